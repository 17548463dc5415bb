// @vitest-environment jsdom
// Following someone while my own connection drops: y-websocket takes everybody else off my page, the leader too,
// which is not their leaving. Following waits (the bar says so) while I am disconnected and goes on when the leader's
// presence is back; it ends with the usual sentence only when they are not back soon after I am connected again, or
// when the server says they left. The provider here is y-websocket's own, on a socket the test opens and drops.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { act, screen } from "@testing-library/react";
import * as Y from "yjs";
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from "y-protocols/awareness";
import { WebsocketProvider } from "y-websocket";
import { FollowBar } from "../../../src/features/presence/FollowBar";
import { follow, followedBy, LEADER_RETURN_MS } from "../../../src/features/presence/follow";
import { reloadIdentity, setIdentity } from "../../../src/sync/identity";
import { renderWithI18n } from "./renderWithI18n";

/** A socket the test opens and drops, as a network would. */
class TestSocket {
  static made: TestSocket[] = [];
  binaryType = "arraybuffer";
  readyState = 0;
  onopen: (() => void) | null = null;
  onclose: ((event: { code: number; reason: string }) => void) | null = null;
  onmessage: ((event: unknown) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  constructor(readonly url: string) {
    TestSocket.made.push(this);
  }
  send(): void {}
  close(): void {}
  open(): void {
    this.readyState = 1;
    this.onopen?.();
  }
  drop(): void {
    this.readyState = 3;
    this.onclose?.({ code: 1006, reason: "" });
  }
}

const latest = (): TestSocket => {
  const socket = TestSocket.made.at(-1);
  if (!socket) throw new Error("no socket made");
  return socket;
};

const ANNA = { user: { name: "Anna", color: "#2f9e44" }, view: { x: 0, y: 0, width: 800, height: 600 } };

let provider: WebsocketProvider | null = null;

beforeEach(() => {
  vi.useFakeTimers();
  localStorage.clear();
  reloadIdentity();
  setIdentity("Ben");
  TestSocket.made = [];
});
afterEach(() => {
  provider?.destroy();
  provider = null;
  vi.useRealTimers();
});

/** Ben's page on a map where Anna is; her presence comes to him through his provider, as from the server. */
function bensPage(language: "en" | "de" = "en") {
  const awareness = new Awareness(new Y.Doc());
  const annas = new Awareness(new Y.Doc());
  annas.setLocalState(ANNA);
  provider = new WebsocketProvider("ws://127.0.0.1:9/ws", "map", awareness.doc, {
    awareness,
    disableBc: true,
    WebSocketPolyfill: TestSocket as unknown as typeof WebSocket,
  });
  const connect = (): void => act(() => latest().open());
  /**
   * Anna's presence as the server sends it to Ben: through his provider, a newer state of hers (her page renews it;
   * one she did not renew is taken again after a reconnect too, see src/sync/session.ts).
   */
  const annaArrives = (): void => {
    annas.setLocalState({ ...annas.getLocalState() });
    act(() => applyAwarenessUpdate(awareness, encodeAwarenessUpdate(annas, [annas.clientID]), provider));
  };
  const dropMyConnection = (): void => act(() => latest().drop());
  /** The server tells Ben's page that Anna's page closed. */
  const annaLeaves = (): void => {
    annas.setLocalState(null);
    act(() => applyAwarenessUpdate(awareness, encodeAwarenessUpdate(annas, [annas.clientID]), provider));
  };
  /** Ben's connection comes back: the provider's next attempt (made after its backoff, at most 2.5 s) opens. */
  const reconnect = (): void => {
    act(() => void vi.advanceTimersByTime(2500));
    expect(latest().readyState).toBe(0);
    connect();
  };
  connect();
  annaArrives();
  renderWithI18n(<FollowBar awareness={awareness} />, language);
  act(() => follow(awareness, annas.clientID));
  expect(screen.getByTestId("follow-bar")).toHaveAttribute("data-waiting", "false");
  return { awareness, anna: annas.clientID, annaArrives, annaLeaves, dropMyConnection, reconnect };
}

const bar = () => screen.queryByTestId("follow-bar");
const said = () => screen.getByTestId("follow-said").textContent;

describe("following while my own connection drops", () => {
  it("waits while I am disconnected, however long, and goes on when the leader's presence is back", () => {
    const page = bensPage();
    page.dropMyConnection();
    expect(page.awareness.getStates().has(page.anna)).toBe(false);
    expect(bar()).toHaveTextContent("Connection lost: you follow Anna again once it is back");
    expect(bar()).toHaveAttribute("data-waiting", "true");
    expect(said()).toBe("Connection lost: you follow Anna again once it is back");
    expect(followedBy(page.awareness)?.name).toBe("Anna");
    expect(page.awareness.getLocalState()?.["following"]).toBe(page.anna);

    // Offline for a while, the provider trying again and again: nothing ends.
    act(() => void vi.advanceTimersByTime(5 * LEADER_RETURN_MS));
    expect(bar()).toHaveAttribute("data-waiting", "true");

    page.reconnect();
    act(() => void vi.advanceTimersByTime(LEADER_RETURN_MS / 2));
    expect(bar()).toHaveAttribute("data-waiting", "true");
    page.annaArrives();
    expect(bar()).toHaveTextContent("Following Anna");
    expect(bar()).toHaveAttribute("data-waiting", "false");
    expect(said()).toBe("");
    // Back for good: the wait that had begun does not end following later.
    act(() => void vi.advanceTimersByTime(2 * LEADER_RETURN_MS));
    expect(bar()).toHaveTextContent("Following Anna");
  });

  it("ends with the usual sentence when the leader is not back soon after I am connected again", () => {
    const page = bensPage();
    page.dropMyConnection();
    page.reconnect();
    act(() => void vi.advanceTimersByTime(LEADER_RETURN_MS - 100));
    expect(bar()).toHaveAttribute("data-waiting", "true");
    act(() => void vi.advanceTimersByTime(100));
    expect(bar()).toBeNull();
    expect(said()).toBe("Anna left the map; you no longer follow anyone.");
    expect(followedBy(page.awareness)).toBeNull();
    expect(page.awareness.getLocalState()?.["following"]).toBeNull();
  });

  it("waits again from the start when my connection drops once more before the leader is back", () => {
    const page = bensPage();
    page.dropMyConnection();
    page.reconnect();
    act(() => void vi.advanceTimersByTime(LEADER_RETURN_MS - 100));
    page.dropMyConnection();
    act(() => void vi.advanceTimersByTime(LEADER_RETURN_MS));
    expect(bar()).toHaveAttribute("data-waiting", "true");
    page.reconnect();
    page.annaArrives();
    expect(bar()).toHaveTextContent("Following Anna");
  });

  it("ends at once when the server says the leader left while I am connected", () => {
    const page = bensPage();
    page.annaLeaves();
    expect(bar()).toBeNull();
    expect(said()).toBe("Anna left the map; you no longer follow anyone.");
  });

  it("waits for a leader whose presence timed out on my page, and ends when they are not back", () => {
    const page = bensPage();
    // Nothing came from Anna for 30 s (a network that died without closing my socket): Awareness drops her.
    act(() => {
      page.awareness.states.delete(page.anna);
      page.awareness.emit("change", [{ added: [], updated: [], removed: [page.anna] }, "timeout"]);
    });
    expect(bar()).toHaveAttribute("data-waiting", "true");
    act(() => void vi.advanceTimersByTime(LEADER_RETURN_MS));
    expect(bar()).toBeNull();
    expect(said()).toBe("Anna left the map; you no longer follow anyone.");
  });

  it("says so in German", () => {
    const page = bensPage("de");
    page.dropMyConnection();
    expect(bar()).toHaveTextContent("Verbindung unterbrochen: Sie folgen Anna wieder, sobald sie zurück ist");
  });
});
