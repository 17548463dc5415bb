// @vitest-environment jsdom
// A peer's cursor moving over my canvas changes none of the card marks drawn from the peers: the canvas is not drawn
// again for it at all (its cursor is drawn by the cursors' layer), and when it is drawn for something else that
// leaves a mark alone (a colleague's drag colours no card), it hands the far-away cells and React Flow the same
// selection map as before (src/canvas/useSameContent.ts).
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
  it("is not drawn again for it; a drag keeps the selection map the same object, and a new selection makes a new one", async () => {
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
    expect(seen.length).toBe(calls);
    expect(tagPlaces.length).toBe(tagCalls);

    // Bob drags a card he has not selected: the drags change, the selection colours stay the same map.
    setPeerState(awareness, 4244, {
      user: { name: "Bob", color: "#1971c2" },
      dragging: { cardId: map.cardId, x: 500, y: 400 },
    });
    expect(seen.length).toBeGreaterThan(calls);
    expect(seen.at(-1)?.peerDrags).not.toBe(before?.peerDrags);
    expect(seen.at(-1)?.peerColors).toBe(before?.peerColors);

    setPeerState(awareness, 4243, { ...ada, selection: [], cursor: { x: 300, y: 90 } });
    expect(seen.at(-1)?.peerColors).not.toBe(before?.peerColors);
    expect(seen.at(-1)?.peerColors.size).toBe(0);
    expect(tagPlaces.at(-1)).toHaveLength(1);
    expect(tagPlaces.at(-1)?.[0]?.tags.map((tag) => tag.name)).toEqual(["Bob"]);
    awareness.destroy();
    map.store.destroy();
  });
});
