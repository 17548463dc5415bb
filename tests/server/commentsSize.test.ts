// The comments document has a size limit like the map's: a thread cannot grow without end (each reply writes the
// whole thread again, to disk and to every reader), nor can the map's comments; what is refused stores nothing.
import { afterEach, describe, expect, it } from "vitest";
import type { Comment } from "../../src/doc";
import { api, createMap, startTestServer, type Created, type TestServer } from "./helpers";

let t: TestServer;
afterEach(async () => {
  await t.stop();
});

const LONG = "Ein langer Gedanke über den Tarif. ".repeat(140).slice(0, 4900);

function post(map: Created, text = LONG) {
  return api(t.url, `/api/maps/${map.id}/comments`, {
    method: "POST",
    token: map.tokens.comment,
    body: { anchor: { kind: "map" }, text, author: "Writer" },
  });
}

async function comments(map: Created): Promise<Comment[]> {
  const res = await api(t.url, `/api/maps/${map.id}/export?format=json`, { token: map.tokens.owner });
  return (res.body as { journey: { comments?: Comment[] } }).journey.comments ?? [];
}

describe("the size of the comments", () => {
  it("refuses a comment past the map's size limit with 413 and a sentence, and takes one again once threads are deleted", async () => {
    t = await startTestServer({ commentsPerMinute: 10000, maxDocBytes: 64 * 1024 });
    const map = await createMap(t.url, { title: "Small map" });
    const made: string[] = [];
    let refused: Awaited<ReturnType<typeof post>> | undefined;
    for (let i = 0; i < 40 && !refused; i++) {
      const res = await post(map);
      if (res.status === 201) made.push((res.body as Comment).id);
      else refused = res;
    }
    expect(refused?.status).toBe(413);
    expect(refused?.body).toEqual({
      error: "The comments of this map have reached their size limit; delete old threads to make room.",
    });
    expect(made.length).toBeGreaterThan(5);
    expect((await comments(map)).length).toBe(made.length);
    for (const id of made.slice(0, 3)) {
      const res = await api(t.url, `/api/maps/${map.id}/comments/${id}`, { method: "DELETE", token: map.tokens.owner });
      expect(res.status).toBe(204);
    }
    expect((await post(map, "Room again")).status).toBe(201);
  });

  it("refuses a reply that would make its thread longer than a thread may be, and stores nothing", async () => {
    t = await startTestServer({ commentsPerMinute: 10000 });
    const map = await createMap(t.url, { title: "Long talk" });
    const thread = (await post(map)).body as Comment;
    let last: Awaited<ReturnType<typeof api>> | undefined;
    let replies = 0;
    for (let i = 0; i < 400; i++) {
      last = await api(t.url, `/api/maps/${map.id}/comments/${thread.id}/replies`, {
        method: "POST",
        token: map.tokens.edit,
        body: { text: LONG, author: "Replier" },
      });
      if (last.status !== 201) break;
      replies++;
    }
    expect(last?.status).toBe(413);
    expect(last?.body).toEqual({ error: "This thread has grown too long; start a new one." });
    expect(replies).toBeGreaterThan(90);
    expect((await comments(map)).find((c) => c.id === thread.id)?.replies).toHaveLength(replies);
  });
});
