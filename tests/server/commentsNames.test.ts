// Author names on a map: a name a browser holds cannot be taken by anyone else, also not by a script without
// an author key, nor by the same name with invisible characters or other spacing; a name is one line.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Comment } from "../../src/doc";
import { api, createMap, phonePlan, startTestServer, type Created, type TestServer } from "./helpers";

let t: TestServer;
let map: Created;
beforeEach(async () => {
  t = await startTestServer({ commentsPerMinute: 1000 });
  map = await createMap(t.url, phonePlan());
});
afterEach(async () => {
  await t.stop();
});

const ANNA = "anna-browser-secret-0001";

function post(token: string, key: string | undefined, author: string, text = "A thought") {
  return api(t.url, `/api/maps/${map.id}/comments`, {
    method: "POST",
    token,
    ...(key !== undefined ? { headers: { "X-Author-Key": key } } : {}),
    body: { anchor: { kind: "map" }, text, author },
  });
}

function reply(token: string, key: string | undefined, commentId: string, author: string, text = "Me too") {
  return api(t.url, `/api/maps/${map.id}/comments/${commentId}/replies`, {
    method: "POST",
    token,
    ...(key !== undefined ? { headers: { "X-Author-Key": key } } : {}),
    body: { text, author },
  });
}

async function texts(): Promise<string[]> {
  const res = await api(t.url, `/api/maps/${map.id}/export?format=json`, { token: map.tokens.owner });
  const comments = (res.body as { journey: { comments?: Comment[] } }).journey.comments ?? [];
  return comments.flatMap((c) => [c.text, ...c.replies.map((r) => r.text)]);
}

describe("author names", () => {
  it("refuses a script without an author key that writes under a name a browser holds, and stores nothing", async () => {
    const anna = await post(map.tokens.comment, ANNA, "Anna");
    expect(anna.status).toBe(201);
    const forged = await post(map.tokens.comment, undefined, "Anna", "Forged comment");
    expect(forged.status).toBe(409);
    expect(forged.body).toEqual({ error: "Someone else already comments as Anna on this map; pick another name." });
    const forgedReply = await reply(map.tokens.owner, undefined, (anna.body as Comment).id, "anna", "Forged reply");
    expect(forgedReply.status).toBe(409);
    expect(await texts()).not.toEqual(expect.arrayContaining(["Forged comment"]));
    expect(await texts()).not.toEqual(expect.arrayContaining(["Forged reply"]));
    // A script still writes under a name nobody's browser holds, and Anna's browser under hers.
    expect((await post(map.tokens.comment, undefined, "Workshop script")).status).toBe(201);
    expect((await post(map.tokens.comment, ANNA, "Anna", "Still me")).status).toBe(201);
  });

  it("takes a name with invisible characters or other spacing for the name a browser holds", async () => {
    expect((await post(map.tokens.comment, ANNA, "Anna Schmidt")).status).toBe(201);
    for (const lookalike of ["Anna\u200B Schmidt", "\uFEFFAnna Schmidt", "Anna  Schmidt", "Anna\u00A0Schmidt"]) {
      const res = await post(
        map.tokens.comment,
        "someone-else-secret-01",
        lookalike,
        `as ${JSON.stringify(lookalike)}`,
      );
      expect(res.status, JSON.stringify(lookalike)).toBe(409);
    }
    expect((await texts()).filter((x) => x.startsWith("as "))).toEqual([]);
  });

  it("refuses an author name with a line break or another control character, naming the field", async () => {
    for (const author of ["Bob\nAlice", "Bob\tAlice", "Bob\u0000"]) {
      const res = await post(map.tokens.comment, "bob-browser-secret-0001", author, "Controlled");
      expect(res.status, JSON.stringify(author)).toBe(400);
      expect(res.body).toEqual({
        error: "This comment request is not valid.",
        issues: [{ path: "author", message: "must be one line without control characters" }],
      });
    }
    expect(await texts()).not.toEqual(expect.arrayContaining(["Controlled"]));
    // Emoji, joined ones too, and German letters are names like any other.
    expect((await post(map.tokens.comment, "bob-browser-secret-0001", "Jürgen 👩‍💻")).status).toBe(201);
  });
});

describe("names and texts that show nothing", () => {
  it("are refused like empty ones, for a comment, a reply and an edit, and nothing is stored", async () => {
    const invisible = "\u200B\u2060\uFEFF";
    const before = await texts();
    const noText = await post(map.tokens.comment, ANNA, "Anna", invisible);
    expect(noText.status).toBe(400);
    expect(noText.body).toMatchObject({ issues: [{ path: "text", message: "must not be empty" }] });
    const noName = await post(map.tokens.comment, ANNA, ` ${invisible} `);
    expect(noName.status).toBe(400);
    expect(noName.body).toMatchObject({ issues: [{ path: "author", message: "must not be empty" }] });

    const first = await post(map.tokens.comment, ANNA, "Anna", "Größe „prüfen“");
    expect(first.status).toBe(201);
    const id = (first.body as Comment).id;
    expect((await reply(map.tokens.comment, ANNA, id, "Anna", invisible)).status).toBe(400);
    const edit = await api(t.url, `/api/maps/${map.id}/comments/${id}`, {
      method: "PATCH",
      token: map.tokens.comment,
      headers: { "X-Author-Key": ANNA },
      body: { text: "\u00AD" },
    });
    expect(edit.status).toBe(400);
    expect(await texts()).toEqual([...before, "Größe „prüfen“"]);
  });
});
