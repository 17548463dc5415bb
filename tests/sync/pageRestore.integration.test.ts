// @vitest-environment jsdom
// A page leaving for the browser's back/forward cache hides my presence at once; coming back from it (pageshow
// with persisted) shows it again, to me and to the others, without waiting for my next move.
import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import type { MapSession } from "../../src/sync/session";
import { setLocalPresence } from "../../src/sync/presence";
import { waitFor, withLiveServer } from "./liveServer";

const { createMap, session } = withLiveServer();

async function twoSessions(): Promise<{ me: MapSession; peer: MapSession }> {
  const map = await createMap({ title: "Zurück" });
  const me = await session(map.id, map.tokens.edit);
  const peer = await session(map.id, map.tokens.owner);
  await waitFor(() => me.status() === "online" && peer.status() === "online", "both online");
  return { me, peer };
}

const pageShow = (persisted: boolean): Event => new PageTransitionEvent("pageshow", { persisted });

describe("a map page and the back/forward cache", () => {
  it("shows my presence again, to me and to the others, when the page comes back from the cache", async () => {
    const { me, peer } = await twoSessions();
    setLocalPresence(me.awareness, { selection: ["c_größe"], editing: "c_größe" });
    const mine = me.awareness.getLocalState();
    expect(mine).toMatchObject({ selection: ["c_größe"] });
    const seenByPeer = () => peer.awareness.getStates().get(me.doc.clientID);
    await waitFor(() => seenByPeer() !== undefined, "my presence at the peer");

    window.dispatchEvent(new PageTransitionEvent("pagehide", { persisted: true }));
    expect(me.awareness.getLocalState()).toBeNull();
    await waitFor(() => seenByPeer() === undefined, "my presence gone at the peer");

    window.dispatchEvent(pageShow(true));
    expect(me.awareness.getLocalState()).toEqual(mine);
    await waitFor(() => seenByPeer() !== undefined, "my presence back at the peer");
    expect(seenByPeer()).toEqual(mine);
  });

  it("leaves a newer state alone, and a first pageshow (not from the cache) changes nothing", async () => {
    const { me } = await twoSessions();
    window.dispatchEvent(pageShow(false));
    const before = me.awareness.getLocalState();
    expect(before).not.toBeNull();

    window.dispatchEvent(new PageTransitionEvent("pagehide", { persisted: true }));
    setLocalPresence(me.awareness, { selection: ["c_new"] });
    window.dispatchEvent(pageShow(true));
    expect(me.awareness.getLocalState()).toMatchObject({ selection: ["c_new"] });
  });
});
