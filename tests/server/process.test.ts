// The server as a child process (`node server/bin.mjs serve`): kill -9 right after a peer saw an edit loses
// nothing, a restart serves again quickly, and SIGTERM shuts down cleanly.
import { afterEach, describe, expect, it } from "vitest";
import type { ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readJourney } from "../../src/doc";
import { setJourneyFields } from "../../src/doc/ops";
import { connect, createMap, synced, waitFor, type Client } from "./helpers";
import { serveProcess } from "./serveProcess";

const children: ChildProcess[] = [];
const clients: Client[] = [];
let dataDir = "";

afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  for (const child of children.splice(0))
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

const serve = (dir: string) => serveProcess(dir, children);

const wsOf = (url: string): string => url.replace(/^http/, "ws") + "/ws";
const open = (url: string, room: string, token: string): Client => {
  const c = connect(wsOf(url), room, token);
  clients.push(c);
  return c;
};

describe("server process", () => {
  it("keeps an edit a peer has seen through kill -9 and serves again after a restart", async () => {
    dataDir = await mkdtemp(join(tmpdir(), "outside-in-crash-"));
    const first = await serve(dataDir);
    const map = await createMap(first.url, { title: "Crash test" });
    const editor = open(first.url, map.id, map.tokens.edit);
    const peer = open(first.url, map.id, map.tokens.view);
    await Promise.all([synced(editor), synced(peer)]);
    setJourneyFields(editor.doc, { owner: "Seen before the crash" });
    await waitFor(() => readJourney(peer.doc).owner === "Seen before the crash", 5000, "peer sees the edit");
    first.child.kill("SIGKILL");
    await waitFor(() => first.child.signalCode !== null, 5000, "the kill");
    for (const c of clients.splice(0)) c.destroy();

    const second = await serve(dataDir);
    const after = open(second.url, map.id, map.tokens.view);
    await synced(after);
    await waitFor(() => readJourney(after.doc).owner === "Seen before the crash", 5000, "the edit after restart");
    expect(readJourney(after.doc).title).toBe("Crash test");
  });

  it("stops on SIGTERM with exit code 0 and closes sockets with 1001", async () => {
    dataDir = await mkdtemp(join(tmpdir(), "outside-in-term-"));
    const { child, url } = await serve(dataDir);
    const map = await createMap(url, { title: "Term test" });
    const editor = open(url, map.id, map.tokens.edit);
    await synced(editor);
    setJourneyFields(editor.doc, { owner: "Before SIGTERM" });
    const peer = open(url, map.id, map.tokens.view);
    await waitFor(() => peer.provider.synced && readJourney(peer.doc).owner === "Before SIGTERM", 5000, "peer");
    child.kill("SIGTERM");
    await waitFor(() => child.exitCode !== null, 5000, "exit");
    expect(child.exitCode).toBe(0);
    await waitFor(() => editor.closes.includes(1001), 5000, "close code 1001");
    for (const c of clients.splice(0)) c.destroy();
    const again = await serve(dataDir);
    const reader = open(again.url, map.id, map.tokens.view);
    await synced(reader);
    await waitFor(() => readJourney(reader.doc).owner === "Before SIGTERM", 5000, "state after SIGTERM");
  });
});
