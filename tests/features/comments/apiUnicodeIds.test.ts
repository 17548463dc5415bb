// The page's comments client with threads and replies whose ids hold umlauts and other letters (kommentar-ä1,
// antwort-ö1, notiz_日本): it sends them encoded in the address, and the server finds them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { commentsApi } from "../../../src/features/comments/api";
import { api, createMap, startTestServer, type TestServer } from "../../server/helpers";

const FILE = resolve(import.meta.dirname, "../../fixtures/audit/valid/id-unicode.de.journey.json");

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => {
  await t.stop();
});

describe("the comments client with ids of any script", () => {
  it("replies to, resolves, edits a reply of and deletes threads by those ids", async () => {
    const map = await createMap(t.url, readFileSync(FILE, "utf8"));
    const paths: string[] = [];
    const owner = commentsApi({
      mapId: map.id,
      token: map.tokens.owner,
      authorKey: "k".repeat(32),
      fetch: (path, init) => {
        paths.push(String(path));
        return fetch(`${t.url}${String(path)}`, init);
      },
    });
    await expect(owner.reply("kommentar-ä1", "Danke – „erledigt“", "Jörg")).resolves.toMatchObject({
      text: "Danke – „erledigt“",
    });
    await expect(owner.update("kommentar-ä1", { resolved: true })).resolves.toMatchObject({ resolved: true });
    await expect(owner.updateReply("kommentar-ä1", "antwort-ö1", "Weil das Formular fehlt!")).resolves.toMatchObject({
      id: "antwort-ö1",
    });
    await owner.remove("notiz_日本");
    expect(paths[0]).toBe(`/api/maps/${map.id}/comments/kommentar-%C3%A41/replies`);

    const exported = await api(t.url, `/api/maps/${map.id}/export?format=json`, { token: map.tokens.view });
    const comments = (exported.body as { journey: { comments: { id: string; resolved: boolean }[] } }).journey.comments;
    expect(comments.map((c) => [c.id, c.resolved])).toEqual([["kommentar-ä1", true]]);
  });
});
