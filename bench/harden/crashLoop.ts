// Crash loop: the real server process (`outside-in serve`) is killed with SIGKILL while several clients edit one
// map, then restarted on the same DATA_DIR. Every edit any client saw arrive from the server must be there after
// each restart; at the end SQLite's integrity_check must say ok.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import * as Y from "yjs";
import { createMapOn } from "../lib/maps";
import { insertedStrings, rawClient, until, type RawClient } from "../lib/rawClient";
import { startOurs, type ServerProcess } from "../lib/servers";

export interface CrashLoopOptions {
  cycles: number;
  writers: number;
  /** How long the clients edit before the kill, in ms (a random time up to this). */
  editMs: number;
}

export interface CrashLoopResult {
  cycles: number;
  seen: number;
  lost: number;
  maxRestartMs: number;
  medianRestartMs: number;
  /** The first start, on an empty data folder: what a restart after a kill is held against when the machine is busy. */
  firstStartMs: number;
  integrity: string;
}

const ROOT_KEY = "crash-loop";

export async function runCrashLoop(options: CrashLoopOptions): Promise<CrashLoopResult> {
  const dataDir = await mkdtemp(join(tmpdir(), "outside-in-harden-crash-"));
  const seen = new Set<string>();
  const restarts: number[] = [];
  let lost = 0;
  let server: ServerProcess | undefined;
  let clients: RawClient[] = [];
  try {
    server = await startOurs(dataDir);
    const firstStartMs = server.startedInMs;
    const map = await createMapOn(server.url, { title: "Crash loop" });
    for (let cycle = 0; cycle <= options.cycles; cycle++) {
      if (cycle > 0) {
        server = await startOurs(dataDir);
        restarts.push(server.startedInMs);
      }
      // A fresh reader after the restart: everything any client saw before must be in the server's document.
      const stored = new Y.Doc();
      const reader = rawClient(server.wsUrl, map.id, {
        token: map.tokens.view,
        onUpdate: (update, how) => {
          if (how === "step2") Y.applyUpdate(stored, update);
        },
      });
      await until(() => reader.synced, 10_000, "the reader after a restart");
      const present = new Set(stored.getArray<string>(ROOT_KEY).toArray());
      for (const s of seen) if (!present.has(s)) lost++;
      reader.ws.terminate();
      stored.destroy();
      if (cycle === options.cycles) break;

      // Writers with fresh documents each cycle, so nothing they wrote before is sent again and hides a loss.
      const docs: Y.Doc[] = [];
      clients = [];
      for (let w = 0; w < options.writers; w++) {
        const doc = new Y.Doc();
        docs.push(doc);
        const client = rawClient(server.wsUrl, map.id, {
          token: map.tokens.edit,
          onUpdate: (update, how) => {
            if (how === "update") for (const s of insertedStrings(update)) seen.add(s);
          },
        });
        doc.on("update", (update: Uint8Array) => client.sendUpdate(update));
        clients.push(client);
      }
      const watcher = rawClient(server.wsUrl, map.id, {
        token: map.tokens.view,
        onUpdate: (update, how) => {
          if (how === "update") for (const s of insertedStrings(update)) seen.add(s);
        },
      });
      clients.push(watcher);
      await until(() => clients.every((c) => c.synced), 10_000, "the clients to sync");
      let seq = 0;
      const timer = setInterval(() => {
        docs.forEach((doc, w) => doc.getArray<string>(ROOT_KEY).push([`c${cycle}-w${w}-${seq}`]));
        seq++;
      }, 5);
      await new Promise((r) => setTimeout(r, 50 + Math.random() * options.editMs));
      server.child.kill("SIGKILL");
      await server.stop();
      clearInterval(timer);
      for (const c of clients) c.ws.terminate();
      for (const d of docs) d.destroy();
    }
    await server.stop();
    const db = new Database(join(dataDir, "outside-in.sqlite"));
    const integrity = String(db.pragma("integrity_check", { simple: true }));
    db.close();
    const sorted = [...restarts].sort((a, b) => a - b);
    return {
      cycles: options.cycles,
      seen: seen.size,
      lost,
      maxRestartMs: Math.max(0, ...restarts),
      medianRestartMs: sorted[Math.floor(sorted.length / 2)] ?? 0,
      firstStartMs,
      integrity,
    };
  } finally {
    for (const c of clients) c.ws.terminate();
    await server?.stop("SIGKILL");
    await rm(dataDir, { recursive: true, force: true });
  }
}
