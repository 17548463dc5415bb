// @vitest-environment jsdom
// A peer's cursor moving over my canvas changes none of the card marks drawn from the peers, so the canvas hands
// the far-away cells and React Flow the same drag and selection maps, and the name tags the same places, as
// before (src/canvas/useSameContent.ts).
import { screen } from "@testing-library/react";
import * as farCards from "../../src/canvas/useFarCards";
import * as peerTags from "../../src/features/presence/PeerTags";
import { stubBrowserApis } from "../features/helpers";
import { renderCanvasWithPeers, setPeerState } from "./peers";
import { waitFitted } from "./zoom";

type FarInput = Parameters<typeof farCards.useFarCards>[0];
const seen: FarInput[] = [];
const tagPlaces: peerTags.PeerTagsProps["places"][] = [];

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

vi.mock("../../src/features/presence/PeerTags", async (importOriginal) => {
  const real = await importOriginal<typeof peerTags>();
  return {
    ...real,
    PeerTags: (props: peerTags.PeerTagsProps) => {
      tagPlaces.push(props.places);
      return <real.PeerTags {...props} />;
    },
  };
});

beforeAll(() => {
  stubBrowserApis();
});

describe("a peer's cursor on my canvas", () => {
  it("leaves the peers' drag and selection maps and name tags the same objects; a new selection makes new ones", async () => {
    const { map, awareness } = renderCanvasWithPeers();
    await screen.findByText("I pay online");
    await waitFitted();
    const ada = { user: { name: "Ada", color: "#2f9e44" }, selection: [map.cardId] };
    setPeerState(awareness, 4243, { ...ada, cursor: { x: 10, y: 10 } });
    const before = seen.at(-1);
    const calls = seen.length;
    const tagsBefore = tagPlaces.at(-1);
    expect(tagsBefore).toHaveLength(1);
    const tagCalls = tagPlaces.length;

    for (let i = 1; i <= 5; i++) setPeerState(awareness, 4243, { ...ada, cursor: { x: 10 + i * 40, y: 10 + i * 15 } });
    const during = seen.slice(calls);
    expect(during.length).toBeGreaterThan(0);
    for (const input of during) {
      expect(input.peerColors).toBe(before?.peerColors);
      expect(input.peerDrags).toBe(before?.peerDrags);
    }
    for (const places of tagPlaces.slice(tagCalls)) expect(places).toBe(tagsBefore);

    setPeerState(awareness, 4243, { ...ada, selection: [], cursor: { x: 300, y: 90 } });
    expect(seen.at(-1)?.peerColors).not.toBe(before?.peerColors);
    expect(seen.at(-1)?.peerColors.size).toBe(0);
    expect(tagPlaces.at(-1)).toHaveLength(0);
    awareness.destroy();
    map.store.destroy();
  });
});
