// A hand-written German journey whose ids hold umlauts and other letters (stufe-prüfung, phase_ü1, notiz_日本): it is
// created by POST, exported as the same ids, and its threads are answered, resolved and deleted by their ids.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { api, createMap, startTestServer, type TestServer } from "./helpers";

const FILE = fileURLToPath(new URL("../fixtures/audit/valid/id-unicode.de.journey.json", import.meta.url));

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => {
  await t?.stop();
});

type Exported = {
  journey: {
    stages: { id: string }[];
    cards: { id: string; stageId: string }[];
    comments: { id: string; resolved: boolean; replies: { id: string; text: string }[] }[];
  };
};

describe("ids with letters of any script through the HTTP API", () => {
  it("creates the map, exports its ids as written, and answers, resolves and deletes its threads by id", async () => {
    const created = await createMap(t.url, readFileSync(FILE, "utf8"));
    const exportAt = `/api/maps/${created.id}/export?format=json`;
    const before = (await api(t.url, exportAt, { token: created.tokens.view })).body as Exported;
    expect(before.journey.stages.map((s) => s.id)).toEqual(["stufe-prüfung", "phase_ü1"]);
    expect(before.journey.cards.map((c) => c.id)).toContain("karte-ärger.2");

    for (const commentId of ["kommentar-ä1", "notiz_日本"]) {
      const at = `/api/maps/${created.id}/comments/${encodeURIComponent(commentId)}`;
      const reply = await api(t.url, `${at}/replies`, {
        method: "POST",
        token: created.tokens.comment,
        body: { text: "Erledigt – „gut“", author: "Jörg" },
      });
      const resolved = await api(t.url, at, { method: "PATCH", token: created.tokens.owner, body: { resolved: true } });
      expect({ commentId, statuses: [reply.status, resolved.status] }).toEqual({ commentId, statuses: [201, 200] });
    }
    const after = (await api(t.url, exportAt, { token: created.tokens.view })).body as Exported;
    expect(after.journey.comments.map((c) => [c.id, c.resolved, c.replies.at(-1)?.text])).toEqual([
      ["kommentar-ä1", true, "Erledigt – „gut“"],
      ["notiz_日本", true, "Erledigt – „gut“"],
    ]);
    expect(after.journey.comments[0]?.replies[0]?.id).toBe("antwort-ö1");

    const at = `/api/maps/${created.id}/comments/${encodeURIComponent("notiz_日本")}`;
    expect((await api(t.url, at, { method: "DELETE", token: created.tokens.owner })).status).toBe(204);
  });

  it("refuses an id with a space, and stores nothing", async () => {
    const text = readFileSync(FILE, "utf8").replaceAll("stufe-prüfung", "stufe prüfung");
    const res = await api(t.url, "/api/maps", { method: "POST", body: JSON.parse(text) as unknown });
    expect(res.status).toBe(400);
    expect((res.body as { issues: { path: string }[] }).issues.map((i) => i.path)).toEqual([
      "journey.stages[0].id",
      "journey.cards[0].stageId",
    ]);
  });
});
