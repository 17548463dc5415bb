// Once nothing is open, the server collects garbage after a while (giving a busy time's heap back); opening a
// document before then calls that off.
import { describe, expect, it } from "vitest";
import { idleMemory } from "../../server/idleMemory";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("the server's idle collection", () => {
  it("collects once the server stayed idle for the wait, and says how big the heap is now", async () => {
    const lines: string[] = [];
    const memory = idleMemory((l) => lines.push(l), 20);
    memory.idle();
    expect(lines).toEqual([]);
    for (let i = 0; i < 100 && lines.length === 0; i++) await sleep(20);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^idle: collected garbage [1-3] time\(s\), V8 heap \d+\.\d MB -> \d+\.\d MB, RSS \d+\.\d MB -> \d+\.\d MB after the freed memory went back$/,
    );
  });

  it("does not collect when a document opens during the wait", async () => {
    const lines: string[] = [];
    const memory = idleMemory((l) => lines.push(l), 50);
    memory.idle();
    await sleep(10);
    memory.busy();
    await sleep(300);
    expect(lines).toEqual([]);
  });

  it("asks the store to release its memory once per idle time, before collecting", async () => {
    const events: string[] = [];
    const memory = idleMemory(
      (l) => events.push(l.startsWith("idle: collected") ? "collected" : l),
      20,
      () => events.push("released"),
    );
    memory.idle();
    await sleep(5);
    expect(events).toEqual([]);
    for (let i = 0; i < 100 && !events.includes("collected"); i++) await sleep(20);
    expect(events).toEqual(["released", "collected"]);
  });

  it("does not release when a document opens during the wait", async () => {
    let released = 0;
    const memory = idleMemory(
      () => {},
      50,
      () => released++,
    );
    memory.idle();
    await sleep(10);
    memory.busy();
    await sleep(300);
    expect(released).toBe(0);
  });

  it("logs what the release throws and still collects", async () => {
    const lines: string[] = [];
    const memory = idleMemory(
      (l) => lines.push(l),
      20,
      () => {
        throw new Error("disk gone");
      },
    );
    memory.idle();
    for (let i = 0; i < 100 && !lines.some((l) => l.startsWith("idle: collected")); i++) await sleep(20);
    expect(lines[0]).toBe("idle: could not release the store's memory: Error: disk gone");
    expect(lines[1]).toMatch(/^idle: collected garbage/);
  });
});
