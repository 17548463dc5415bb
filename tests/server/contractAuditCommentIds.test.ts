// Comments of a journey file are reached by their ids in the API: a file whose comment id is ".." is refused (the
// address /comments/.. is /api/maps/ID), and ids with dots and colons inside stay answerable, resolvable and
// deletable by the owner (contract section 2).
import { api, createdSchema, startTestServer, type TestServer } from "./helpers";

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => {
  await t?.stop();
});

const thread = (id: string) => ({
  id,
  anchor: { kind: "card", id: "urn:card:1" },
  author: "Jörg",
  text: "Bitte prüfen – „dringend“",
  createdAt: "2026-11-20T08:00:00Z",
  resolved: false,
  replies: [{ id: `r-${id}`, author: "Änne", text: "ok", createdAt: "2026-11-20T09:00:00Z" }],
});
const file = (ids: string[]) => ({
  format: "outside-in.journey",
  version: 1,
  journey: {
    id: "j",
    title: "Kommentare mit Punkten",
    stages: [{ id: "st:1", name: "Melden" }],
    lanes: [{ id: "ln.1", name: "Tun", kind: "actions" }],
    cards: [{ id: "urn:card:1", stageId: "st:1", laneId: "ln.1", title: "Ich melde" }],
    connections: [],
    comments: ids.map(thread),
  },
});

describe("comment ids from a journey file in the API", () => {
  it('refuses a comment id ".." with 400 at its path', async () => {
    const res = await api(t.url, "/api/maps", { method: "POST", body: file(["c1", ".."]) });
    expect(res.status).toBe(400);
    expect((res.body as { issues: { path: string }[] }).issues.map((i) => i.path)).toEqual(["journey.comments[1].id"]);
  });

  it("answers, resolves and deletes threads whose ids hold dots and colons", async () => {
    const res = await api(t.url, "/api/maps", { method: "POST", body: file(["urn:c:1", "c.1", "..."]) });
    expect(res.status).toBe(201);
    const { id, tokens } = createdSchema.parse(res.body);
    for (const commentId of ["urn:c:1", "c.1", "..."]) {
      const at = `/api/maps/${id}/comments/${encodeURIComponent(commentId)}`;
      const reply = await api(t.url, `${at}/replies`, {
        method: "POST",
        token: tokens.owner,
        body: { text: "Erledigt", author: "Olga" },
      });
      const resolved = await api(t.url, at, { method: "PATCH", token: tokens.owner, body: { resolved: true } });
      const deleted = await api(t.url, at, { method: "DELETE", token: tokens.owner });
      expect({ commentId, statuses: [reply.status, resolved.status, deleted.status] }).toEqual({
        commentId,
        statuses: [201, 200, 204],
      });
    }
  });
});
