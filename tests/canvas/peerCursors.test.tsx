// @vitest-environment jsdom
// A peer's cursor moving over my canvas changes none of the card marks drawn from the peers, so the canvas hands
// the far-away cells and React Flow the same drag and selection maps as before (src/canvas/useSameContent.ts).
import { screen } from "@testing-library/react";
import * as farCards from "../../src/canvas/useFarCards";
import { stubBrowserApis } from "../features/helpers";
import { renderCanvasWithPeers, setPeerState } from "./peers";
import { waitFitted } from "./zoom";

type FarInput = Parameters<typeof farCards.useFarCards>[0];
const seen: FarInput[] = [];

vi.mock("../../src/canvas/useFarCards", async (importOriginal) => {
  const real = await importOriginal<typeof farCards>();
  return {
    ...real,
    useFarCards: (input: FarInput) => {
      seen.push(input);
      return real.useFarCards(input);
    },
  };
});

beforeAll(() => {
  stubBrowserApis();
});

describe("a peer's cursor on my canvas", () => {
  it("leaves the peers' drag and selection maps the same objects; a new selection makes new ones", async () => {
    const { map, awareness } = renderCanvasWithPeers();
    await screen.findByText("I pay online");
    await waitFitted();
    const ada = { user: { name: "Ada", color: "#2f9e44" }, selection: [map.cardId] };
    setPeerState(awareness, 4243, { ...ada, cursor: { x: 10, y: 10 } });
    const before = seen.at(-1);
    const calls = seen.length;

    for (let i = 1; i <= 5; i++) setPeerState(awareness, 4243, { ...ada, cursor: { x: 10 + i * 40, y: 10 + i * 15 } });
    const during = seen.slice(calls);
    expect(during.length).toBeGreaterThan(0);
    for (const input of during) {
      expect(input.peerColors).toBe(before?.peerColors);
      expect(input.peerDrags).toBe(before?.peerDrags);
    }

    setPeerState(awareness, 4243, { ...ada, selection: [], cursor: { x: 300, y: 90 } });
    expect(seen.at(-1)?.peerColors).not.toBe(before?.peerColors);
    expect(seen.at(-1)?.peerColors.size).toBe(0);
    awareness.destroy();
    map.store.destroy();
  });
});
