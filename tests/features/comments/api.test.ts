// @vitest-environment jsdom
// The comments API client: token and author key on every call, bodies as the contract says, refusals
// as the server's sentence, and what I wrote remembered.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { commentsApi } from "../../../src/features/comments/api";
import { ServerCallError } from "../../../src/sync/serverCall";
import { getAuthorKey, reloadAuthorKey } from "../../../src/sync/authorKey";
import { authoredIds, reloadAuthored } from "../../../src/sync/authoredComments";
import { comment, reply } from "./fixtures";

beforeEach(() => {
  localStorage.clear();
  reloadAuthorKey();
  reloadAuthored();
});

function answer(status: number, body?: unknown): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json" },
  });
}

describe("the comments API client", () => {
  it("creates a comment with the page's token and this browser's author key, and remembers it as mine", async () => {
    const created = comment("cm_new", { anchor: { kind: "card", id: "cd_1", quote: "I pay" } });
    const fetchMock = vi.fn(async (_url: string, _init?: RequestInit) => answer(201, created));
    const api = commentsApi({ mapId: "m_1", token: "tok", fetch: fetchMock as unknown as typeof fetch });
    await expect(api.create({ kind: "card", id: "cd_1" }, "Looks good", "Ada")).resolves.toEqual(created);
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe("/api/maps/m_1/comments");
    expect(init?.method).toBe("POST");
    const headers = init?.headers as Record<string, string>;
    expect(headers["Authorization"]).toBe("Bearer tok");
    expect(headers["X-Author-Key"]).toBe(getAuthorKey());
    expect(JSON.parse(String(init?.body))).toEqual({
      anchor: { kind: "card", id: "cd_1" },
      text: "Looks good",
      author: "Ada",
    });
    expect(authoredIds("m_1").has("cm_new")).toBe(true);
  });

  it("replies, patches, and deletes comments and replies at their addresses", async () => {
    const calls: string[] = [];
    const fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
      calls.push(`${init?.method} ${url}`);
      if (init?.method === "DELETE") return answer(204);
      if (url.includes("/replies")) return answer(init?.method === "POST" ? 201 : 200, reply("rp_1"));
      return answer(200, comment("cm_1", { resolved: true }));
    });
    const api = commentsApi({ mapId: "m_1", token: "tok", fetch: fetchMock as unknown as typeof fetch });
    await api.reply("cm_1", "Yes", "Ada");
    await api.update("cm_1", { resolved: true });
    await api.updateReply("cm_1", "rp_1", "Yes!");
    await api.removeReply("cm_1", "rp_1");
    await api.remove("cm_1");
    expect(calls).toEqual([
      "POST /api/maps/m_1/comments/cm_1/replies",
      "PATCH /api/maps/m_1/comments/cm_1",
      "PATCH /api/maps/m_1/comments/cm_1/replies/rp_1",
      "DELETE /api/maps/m_1/comments/cm_1/replies/rp_1",
      "DELETE /api/maps/m_1/comments/cm_1",
    ]);
    expect(authoredIds("m_1").has("rp_1")).toBe(true);
  });

  it("turns a refusal into the server's sentence", async () => {
    const sentence = "You are commenting too fast; wait a minute and try again.";
    const api = commentsApi({
      mapId: "m_1",
      token: "tok",
      fetch: (async () => answer(429, { error: sentence })) as unknown as typeof fetch,
    });
    const error = await api.create({ kind: "map" }, "x", "Ada").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServerCallError);
    expect(error).toMatchObject({ serverSentence: sentence, kind: "refused", status: 429 });
    expect(authoredIds("m_1").size).toBe(0);
  });

  it("tells an unreachable server, a strange answer and a refusal without a sentence apart", async () => {
    const offline = commentsApi({
      mapId: "m_1",
      token: "tok",
      fetch: (async () => {
        throw new TypeError("Failed to fetch");
      }) as unknown as typeof fetch,
    });
    await expect(offline.remove("cm_1")).rejects.toMatchObject({ kind: "network" });
    const strange = commentsApi({
      mapId: "m_1",
      token: "tok",
      fetch: (async () => answer(201, { nope: true })) as unknown as typeof fetch,
    });
    await expect(strange.create({ kind: "map" }, "x", "Ada")).rejects.toMatchObject({ kind: "answer" });
    const proxyError = commentsApi({
      mapId: "m_1",
      token: "tok",
      fetch: (async () => new Response("<html>Bad gateway</html>", { status: 502 })) as unknown as typeof fetch,
    });
    await expect(proxyError.update("cm_1", { resolved: true })).rejects.toMatchObject({
      kind: "refused",
      status: 502,
      serverSentence: "",
    });
  });
});
