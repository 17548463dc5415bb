// The comments service through the HTTP API: every role and action, authorship, anchors, names, rate limit.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readComments, type Comment } from "../../src/doc";
import {
  api,
  connect,
  createMap,
  phonePlan,
  startTestServer,
  synced,
  waitFor,
  type Created,
  type TestServer,
} from "./helpers";

let t: TestServer;
let map: Created;
beforeEach(async () => {
  t = await startTestServer({ commentsPerMinute: 1000 });
  map = await createMap(t.url, phonePlan());
});
afterEach(async () => {
  await t.stop();
});

const KEYS = { alice: "alice-secret-key-0001", bob: "bob-secret-key-000002", carol: "carol-secret-key-0003" };

function call(method: string, path: string, token: string | undefined, key: string | undefined, body?: unknown) {
  return api(t.url, `/api/maps/${map.id}/comments${path}`, {
    method,
    ...(token !== undefined ? { token } : {}),
    ...(key !== undefined ? { headers: { "X-Author-Key": key } } : {}),
    ...(body !== undefined ? { body } : {}),
  });
}

async function comments(): Promise<Comment[]> {
  const res = await api(t.url, `/api/maps/${map.id}/export?format=json`, { token: map.tokens.owner });
  return (res.body as { journey: { comments?: Comment[] } }).journey.comments ?? [];
}

async function post(token: string, key: string, author: string, text = "A thought"): Promise<Comment> {
  const res = await call("POST", "", token, key, { anchor: { kind: "map" }, text, author });
  expect(res.status).toBe(201);
  return res.body as Comment;
}

describe("comments API", () => {
  it("lets owner, editor and commenter comment and reply, and refuses viewer (403) and anonymous (404)", async () => {
    const before = (await comments()).length;
    const owner = await post(map.tokens.owner, KEYS.alice, "Alice");
    expect(owner).toMatchObject({ author: "Alice", role: "owner", resolved: false, replies: [] });
    await post(map.tokens.edit, KEYS.bob, "Bob");
    const mine = await post(map.tokens.comment, KEYS.carol, "Carol");
    expect(
      (
        await call("POST", "", map.tokens.view, "viewer-secret-key-0004", {
          anchor: { kind: "map" },
          text: "x",
          author: "V",
        })
      ).status,
    ).toBe(403);
    expect(
      (await call("POST", "", undefined, KEYS.alice, { anchor: { kind: "map" }, text: "x", author: "Alice" })).status,
    ).toBe(404);
    expect(
      (await call("POST", "", "wrong-token", KEYS.alice, { anchor: { kind: "map" }, text: "x", author: "Alice" }))
        .status,
    ).toBe(404);

    for (const [token, key, name] of [
      [map.tokens.owner, KEYS.alice, "Alice"],
      [map.tokens.edit, KEYS.bob, "Bob"],
      [map.tokens.comment, KEYS.carol, "Carol"],
    ] as const) {
      const res = await call("POST", `/${mine.id}/replies`, token, key, { text: `Reply from ${name}`, author: name });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ author: name, text: `Reply from ${name}` });
    }
    expect(
      (await call("POST", `/${mine.id}/replies`, map.tokens.view, "viewer-secret-key-0004", { text: "x", author: "V" }))
        .status,
    ).toBe(403);
    expect(
      (await call("POST", `/${mine.id}/replies`, undefined, KEYS.alice, { text: "x", author: "Alice" })).status,
    ).toBe(404);

    const list = await comments();
    expect(list).toHaveLength(before + 3);
    expect(list.find((c) => c.id === mine.id)?.replies.map((r) => r.author)).toEqual(["Alice", "Bob", "Carol"]);
  });

  it("lets the author or the owner edit, delete and resolve, and nobody else", async () => {
    const c = await post(map.tokens.comment, KEYS.carol, "Carol", "Original");
    const text = (token: string | undefined, key: string | undefined) =>
      call("PATCH", `/${c.id}`, token, key, { text: "Changed" });
    const resolve = (token: string | undefined, key: string | undefined, resolved: boolean) =>
      call("PATCH", `/${c.id}`, token, key, { resolved });

    // Another commenter (other key), an editor, a viewer and strangers may not reword it.
    expect((await text(map.tokens.comment, "other-commenter-key-01")).status).toBe(403);
    expect((await text(map.tokens.edit, KEYS.bob)).status).toBe(403);
    expect((await text(map.tokens.view, KEYS.carol)).status).toBe(403);
    expect((await text(undefined, KEYS.carol)).status).toBe(404);
    expect((await comments()).find((x) => x.id === c.id)?.text).toBe("Original");

    const byAuthor = await text(map.tokens.comment, KEYS.carol);
    expect(byAuthor.status).toBe(200);
    expect(byAuthor.body).toMatchObject({ text: "Changed" });
    expect((byAuthor.body as Comment).editedAt).toBeDefined();
    expect((await call("PATCH", `/${c.id}`, map.tokens.owner, KEYS.alice, { text: "Owner's words" })).status).toBe(200);

    expect((await resolve(map.tokens.comment, "other-commenter-key-01", true)).status).toBe(403);
    expect((await resolve(map.tokens.view, KEYS.carol, true)).status).toBe(403);
    // An editor changes the map, not other people's threads (CONTRACT.md: the author or the owner).
    expect((await resolve(map.tokens.edit, KEYS.bob, true)).status).toBe(403);
    expect((await comments()).find((x) => x.id === c.id)?.resolved).toBe(false);
    expect((await resolve(map.tokens.comment, KEYS.carol, true)).body).toMatchObject({ resolved: true });
    expect((await resolve(map.tokens.edit, KEYS.bob, false)).status).toBe(403);
    expect((await resolve(map.tokens.owner, KEYS.alice, false)).body).toMatchObject({ resolved: false });
    expect((await resolve(map.tokens.owner, KEYS.alice, true)).body).toMatchObject({ resolved: true });

    expect((await call("DELETE", `/${c.id}`, map.tokens.edit, KEYS.bob)).status).toBe(403);
    expect((await call("DELETE", `/${c.id}`, map.tokens.comment, "other-commenter-key-01")).status).toBe(403);
    expect((await call("DELETE", `/${c.id}`, map.tokens.view, KEYS.carol)).status).toBe(403);
    expect((await call("DELETE", `/${c.id}`, undefined, KEYS.carol)).status).toBe(404);
    expect((await comments()).some((x) => x.id === c.id)).toBe(true);
    expect((await call("DELETE", `/${c.id}`, map.tokens.comment, KEYS.carol)).status).toBe(204);
    expect((await comments()).some((x) => x.id === c.id)).toBe(false);

    const other = await post(map.tokens.edit, KEYS.bob, "Bob");
    expect((await call("DELETE", `/${other.id}`, map.tokens.owner, KEYS.alice)).status).toBe(204);
    expect((await call("DELETE", `/${other.id}`, map.tokens.owner, KEYS.alice)).status).toBe(404);
  });

  it("lets a reply's author or the owner edit and delete it", async () => {
    const c = await post(map.tokens.owner, KEYS.alice, "Alice");
    const reply = (
      await call("POST", `/${c.id}/replies`, map.tokens.comment, KEYS.carol, { text: "Hi", author: "Carol" })
    ).body as { id: string };
    const path = `/${c.id}/replies/${reply.id}`;
    expect((await call("PATCH", path, map.tokens.edit, KEYS.bob, { text: "Nope" })).status).toBe(403);
    expect((await call("PATCH", path, map.tokens.comment, KEYS.carol, { text: "Hello" })).body).toMatchObject({
      text: "Hello",
    });
    expect((await call("DELETE", path, map.tokens.edit, KEYS.bob)).status).toBe(403);
    expect((await call("DELETE", path, map.tokens.owner, KEYS.alice)).status).toBe(204);
    expect((await comments()).find((x) => x.id === c.id)?.replies).toEqual([]);
  });

  it("quotes a card's whole title of 200 characters with emoji (an emoji is one character)", async () => {
    const file = phonePlan() as { journey: { cards: { id: string; title: string }[] } };
    const card = file.journey.cards[0]!;
    card.title = "🚗".repeat(40) + "Ich prüfe die Größe!".repeat(8);
    expect([...card.title].length).toBe(200);
    const created = await createMap(t.url, file);
    const res = await api(t.url, `/api/maps/${created.id}/comments`, {
      method: "POST",
      token: created.tokens.edit,
      headers: { "X-Author-Key": KEYS.bob },
      body: { anchor: { kind: "card", id: card.id }, text: "Schau", author: "Bob" },
    });
    expect(res.status).toBe(201);
    expect((res.body as Comment).anchor.quote).toBe(card.title);
  });

  it("anchors a comment on a card with its title and refuses an anchor that does not exist", async () => {
    const ok = await call("POST", "", map.tokens.edit, KEYS.bob, {
      anchor: { kind: "card", id: "cd_1" },
      text: "Look",
      author: "Bob",
    });
    expect(ok.status).toBe(201);
    const anchor = (ok.body as Comment).anchor;
    expect(anchor.kind).toBe("card");
    expect(anchor.id).toBe("cd_1");
    expect(anchor.quote?.length).toBeGreaterThan(0);
    const stage = await call("POST", "", map.tokens.edit, KEYS.bob, {
      anchor: { kind: "stage", id: "st_aware" },
      text: "S",
      author: "Bob",
    });
    expect(stage.status).toBe(201);
    const before = (await comments()).length;
    const bad = await call("POST", "", map.tokens.edit, KEYS.bob, {
      anchor: { kind: "card", id: "cd_nope" },
      text: "x",
      author: "Bob",
    });
    expect(bad.status).toBe(400);
    expect((bad.body as { error: string }).error).toMatch(/no card "cd_nope"/);
    const noId = await call("POST", "", map.tokens.edit, KEYS.bob, {
      anchor: { kind: "lane" },
      text: "x",
      author: "Bob",
    });
    expect(noId.status).toBe(400);
    const tooLong = await call("POST", "", map.tokens.edit, KEYS.bob, {
      anchor: { kind: "map" },
      text: "x".repeat(5001),
      author: "Bob",
    });
    expect(tooLong.status).toBe(400);
    expect((tooLong.body as { issues: { path: string }[] }).issues[0]?.path).toBe("text");
    expect((await comments()).length).toBe(before);
  });

  it("words a refused body's problems for people, as a journey file's are, not in the schema library's words", async () => {
    const issuesOf = async (body: unknown, path = "") => {
      const res = await call(path ? "PATCH" : "POST", path, map.tokens.owner, KEYS.alice, body);
      expect(res.status).toBe(400);
      return (res.body as { issues: { path: string; message: string }[] }).issues;
    };
    expect(await issuesOf({ anchor: { kind: "galaxy" }, text: "x", author: "Alice" })).toEqual([
      { path: "anchor.kind", message: "must be one of map, stage, lane, card" },
    ]);
    expect(await issuesOf({ anchor: { kind: "map" }, text: "x" })).toEqual([
      { path: "author", message: "is required" },
    ]);
    expect(await issuesOf({ anchor: { kind: "map" }, text: 5, author: "Alice", mood: "x" })).toEqual(
      expect.arrayContaining([
        { path: "text", message: "must be a string" },
        { path: "", message: "has fields it may not have: mood" },
      ]),
    );
    const c = await post(map.tokens.owner, KEYS.alice, "Alice");
    expect(await issuesOf({ resolved: "yes" }, `/${c.id}`)).toEqual([
      { path: "resolved", message: "must be true or false" },
    ]);
  });

  it("refuses a name another author key already uses on the map, and a malformed author key", async () => {
    await post(map.tokens.comment, KEYS.carol, "Carol");
    const res = await call("POST", "", map.tokens.owner, KEYS.alice, {
      anchor: { kind: "map" },
      text: "I am Carol",
      author: " carol ",
    });
    expect(res.status).toBe(409);
    expect((res.body as { error: string }).error).toBe(
      "Someone else already comments as carol on this map; pick another name.",
    );
    const shortKey = await call("POST", "", map.tokens.owner, "short", {
      anchor: { kind: "map" },
      text: "x",
      author: "Anon",
    });
    expect(shortKey.status).toBe(400);
    expect((shortKey.body as { error: string }).error).toMatch(/X-Author-Key/);
    expect((await comments()).filter((c) => c.text === "I am Carol")).toEqual([]);
    await post(map.tokens.comment, KEYS.carol, "Carol", "Still me");
  });

  it("serves a script without an author key as the contract says: the link is the author", async () => {
    const made: Record<string, Comment> = {};
    for (const role of ["owner", "edit", "comment"] as const) {
      const res = await call("POST", "", map.tokens[role], undefined, {
        anchor: { kind: "map" },
        text: `From ${role}`,
        author: "Workshop script",
      });
      expect(res.status).toBe(201);
      made[role] = res.body as Comment;
    }
    const viewer = await call("POST", "", map.tokens.view, undefined, {
      anchor: { kind: "map" },
      text: "x",
      author: "V",
    });
    expect(viewer.status).toBe(403);
    const byCommenter = made["comment"]!;
    expect(byCommenter).toMatchObject({ author: "Workshop script", role: "commenter" });
    expect((await call("PATCH", `/${byCommenter.id}`, map.tokens.comment, undefined, { text: "Edited" })).status).toBe(
      200,
    );
    expect((await call("PATCH", `/${byCommenter.id}`, map.tokens.edit, undefined, { text: "Not mine" })).status).toBe(
      403,
    );
    expect((await call("PATCH", `/${byCommenter.id}`, map.tokens.edit, undefined, { resolved: true })).status).toBe(
      403,
    );
    expect((await call("PATCH", `/${byCommenter.id}`, map.tokens.owner, undefined, { resolved: true })).status).toBe(
      200,
    );
    expect((await call("DELETE", `/${made["edit"]!.id}`, map.tokens.comment, undefined)).status).toBe(403);
    expect((await call("DELETE", `/${made["edit"]!.id}`, map.tokens.owner, undefined)).status).toBe(204);
    // A browser's key is another author than the bare link, even with the same token.
    expect((await call("PATCH", `/${byCommenter.id}`, map.tokens.comment, KEYS.carol, { text: "x" })).status).toBe(403);
    const after = await comments();
    expect(after.find((c) => c.id === byCommenter.id)).toMatchObject({ text: "Edited", resolved: true });
    expect(after.find((c) => c.id === made["edit"]!.id)).toBeUndefined();
  });

  it("puts comments into the comments document that clients read over the websocket", async () => {
    const reader = connect(t.wsUrl, `${map.id}/comments`, map.tokens.view);
    try {
      await synced(reader);
      const created = await post(map.tokens.comment, KEYS.carol, "Carol", "Live");
      await waitFor(() => readComments(reader.doc).some((c) => c.id === created.id), 5000, "comment at the client");
    } finally {
      reader.destroy();
    }
  });
});

describe("comments rate limit", () => {
  it("answers 429 past the limit per token and address and stores nothing more", async () => {
    await t.server.close();
    t = await startTestServer({ dataDir: t.dataDir, commentsPerMinute: 3 });
    for (let i = 0; i < 3; i++) await post(map.tokens.comment, KEYS.carol, "Carol", `n${i}`);
    const before = (await comments()).length;
    const res = await call("POST", "", map.tokens.comment, KEYS.carol, {
      anchor: { kind: "map" },
      text: "too many",
      author: "Carol",
    });
    expect(res.status).toBe(429);
    expect((res.body as { error: string }).error).toMatch(/too fast/);
    // When a comment may be sent again: once the first of the three leaves the minute.
    const wait = Number(res.headers.get("Retry-After"));
    expect(wait).toBeGreaterThanOrEqual(1);
    expect(wait).toBeLessThanOrEqual(60);
    expect((await comments()).length).toBe(before);
    // Another link is counted on its own.
    await post(map.tokens.edit, KEYS.bob, "Bob");
  });
});
