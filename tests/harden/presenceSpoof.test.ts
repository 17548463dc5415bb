// Found by the role matrix: a new connection could claim, as its first awareness id, the id another connection
// already speaks for, and overwrite that person's presence (name, cursor, selection) for everyone.
import { afterEach, describe, expect, it } from "vitest";
import { rawClient, until, type RawClient } from "../../bench/lib/rawClient";
import { createMap, startTestServer, type TestServer } from "../server/helpers";

let server: TestServer | undefined;
const clients: RawClient[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) c.ws.terminate();
  await server?.stop();
  server = undefined;
});

const open = (url: string, room: string, token: string): RawClient => {
  const c = rawClient(url, room, { token });
  clients.push(c);
  return c;
};

describe("presence", () => {
  it("keeps another connection from speaking for a client id that is already taken", async () => {
    server = await startTestServer();
    const map = await createMap(server.url);
    const victim = open(server.wsUrl, map.id, map.tokens.edit);
    const observer = open(server.wsUrl, map.id, map.tokens.view);
    const seen: string[] = [];
    observer.ws.on("message", (data: Buffer) => seen.push(data.toString("latin1")));
    await until(() => victim.synced && observer.synced, 5000, "victim and observer");
    victim.sendAwareness(4242, 1, { user: { name: "Victim" } });
    await until(() => seen.some((s) => s.includes("Victim")), 5000, "the victim's presence");

    const spoofer = open(server.wsUrl, map.id, map.tokens.view);
    await until(() => spoofer.synced, 5000, "the spoofer");
    spoofer.sendAwareness(4242, 99, { user: { name: "Spoofer" } });
    // Its own presence still goes through, and arrives after anything it sent before.
    spoofer.sendAwareness(5151, 1, { user: { name: "Honest" } });
    await until(() => seen.some((s) => s.includes("Honest")), 5000, "the spoofer's own presence");
    expect(seen.some((s) => s.includes("Spoofer"))).toBe(false);
  });

  it("lets a client that reconnects with its id speak for it once the old connection is gone", async () => {
    server = await startTestServer();
    const map = await createMap(server.url);
    const observer = open(server.wsUrl, map.id, map.tokens.view);
    const seen: string[] = [];
    observer.ws.on("message", (data: Buffer) => seen.push(data.toString("latin1")));
    const first = open(server.wsUrl, map.id, map.tokens.edit);
    await until(() => first.synced && observer.synced, 5000, "first and observer");
    first.sendAwareness(4343, 1, { user: { name: "Before" } });
    await until(() => seen.some((s) => s.includes("Before")), 5000, "the first presence");
    first.close();
    await first.closed;
    const again = open(server.wsUrl, map.id, map.tokens.edit);
    await until(() => again.synced, 5000, "the reconnect");
    again.sendAwareness(4343, 2, { user: { name: "After" } });
    await until(() => seen.some((s) => s.includes("After")), 5000, "the presence after reconnecting");
  });
});
