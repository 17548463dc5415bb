// The HTTP API at its edges: broken addresses, refused bodies (always with issues), comment anchors, export file
// names, languages of new maps and the names of links to rotate.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { TEMPLATES, getTemplate } from "../../src/templates";
import { api, createMap, phonePlan, startTestServer, type Created, type TestServer } from "./helpers";

let t: TestServer;
let logged: string[];
beforeEach(async () => {
  logged = [];
  t = await startTestServer({ logger: (line) => logged.push(line) });
});
afterEach(async () => {
  await t.stop();
});

type ErrorBody = { error: string; issues?: { path: string; message: string }[] };

describe("addresses with broken percent-encoding", () => {
  it("are answered like any unknown address or map, with 404 and no stack trace", async () => {
    const map = await createMap(t.url);
    const unknownPath = await api(t.url, "/api/nowhere");
    const unknownMap = await api(t.url, "/api/maps/AAAAAAAAAAAAAAAAAAAAAA/export", { token: map.tokens.owner });
    const cases: [string, ErrorBody][] = [
      ["/api/%ZZ", unknownPath.body as ErrorBody],
      ["/api/maps/%E0%A4%A/export", unknownMap.body as ErrorBody],
      ["/api/maps/%E0%A4%A", unknownMap.body as ErrorBody],
      [`/api/maps/${map.id}/comments/%ZZ`, { error: "There is no such comment on this map." }],
      [`/api/maps/${map.id}/%ZZ`, unknownPath.body as ErrorBody],
    ];
    for (const [path, expected] of cases) {
      const method = path.includes("/comments/") ? "DELETE" : "GET";
      const res = await api(t.url, path, { method, token: map.tokens.owner });
      expect(res.status, path).toBe(404);
      expect(res.body, path).toEqual(expected);
    }
    expect(logged.filter((line) => /failed|URIError|\n\s+at /.test(line))).toEqual([]);
  });
});

const hasIssues = (body: unknown): boolean => {
  const issues = (body as ErrorBody).issues;
  return (
    Array.isArray(issues) &&
    issues.length > 0 &&
    issues.every((i) => typeof i.path === "string" && typeof i.message === "string" && i.message.length > 0)
  );
};

describe("refused bodies", () => {
  it("always carry at least one issue when a map is created", async () => {
    let nested = "{}";
    for (let i = 0; i < 100_000; i++) nested = `{"a":${nested}}`;
    const bodies: [string, string, number][] = [
      ["invalid JSON", "{not json", 400],
      ["an empty body", "", 400],
      ["only white space", "  \n", 400],
      ["a journey nested 100,000 levels deep", `{"format":"outside-in/journey","version":1,"journey":${nested}}`, 400],
      ["a body over 10 MiB", `"${"x".repeat(11 * 1024 * 1024)}"`, 413],
    ];
    for (const [what, body, status] of bodies) {
      const res = await fetch(`${t.url}/api/maps`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body,
      });
      expect(res.status, what).toBe(status);
      const answer = (await res.json()) as ErrorBody;
      expect(answer.error, what).toMatch(/\.$/);
      expect(hasIssues(answer), `${what}: ${JSON.stringify(answer)}`).toBe(true);
      expect(answer.issues?.[0]?.path, what).toBe("");
    }
  });

  it("refuse a body that is not UTF-8 (a file saved as Windows-1252), saying where; the same body in UTF-8 is taken", async () => {
    const text = JSON.stringify({ title: "Schadenprüfung" });
    const res = await fetch(`${t.url}/api/maps`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: Buffer.from(text, "latin1"),
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: "The request body is not UTF-8 text (line 1, column 20); JSON is sent as UTF-8.",
      issues: [{ path: "", message: "is not UTF-8 text (line 1, column 20)" }],
    });
    const same = await fetch(`${t.url}/api/maps`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: Buffer.from(text, "utf8"),
    });
    expect(same.status).toBe(201);
  });

  it("always carry at least one issue on the comment endpoints", async () => {
    const map = await createMap(t.url);
    const created = await api(t.url, `/api/maps/${map.id}/comments`, {
      method: "POST",
      token: map.tokens.comment,
      body: { anchor: { kind: "map" }, text: "First", author: "Ana" },
    });
    const commentId = (created.body as { id: string }).id;
    const calls: [string, string][] = [
      ["POST", `/api/maps/${map.id}/comments`],
      ["POST", `/api/maps/${map.id}/comments/${commentId}/replies`],
      ["PATCH", `/api/maps/${map.id}/comments/${commentId}`],
    ];
    for (const [method, path] of calls) {
      for (const body of ["{broken", ""]) {
        const res = await api(t.url, path, { method, token: map.tokens.owner, body });
        expect(res.status, `${method} ${path} ${JSON.stringify(body)}`).toBe(400);
        expect(hasIssues(res.body), `${method} ${path}: ${JSON.stringify(res.body)}`).toBe(true);
      }
    }
    const huge = await api(t.url, `/api/maps/${map.id}/comments`, {
      method: "POST",
      token: map.tokens.owner,
      body: { anchor: { kind: "map" }, text: "x".repeat(70 * 1024), author: "Ana" },
    });
    expect(huge.status).toBe(413);
    expect((huge.body as ErrorBody).error).toBe("The request body is larger than 64 KiB.");
    expect(hasIssues(huge.body)).toBe(true);
  });
});

describe("comment anchors", () => {
  it("refuses an id on a map anchor with 400 and an issue, as the journey importer does", async () => {
    const map = await createMap(t.url);
    const res = await api(t.url, `/api/maps/${map.id}/comments`, {
      method: "POST",
      token: map.tokens.comment,
      body: { anchor: { kind: "map", id: "c1" }, text: "Where does this go?", author: "Ana" },
    });
    expect(res.status).toBe(400);
    const issue = (res.body as ErrorBody).issues?.find((i) => i.path === "anchor.id");
    expect(issue?.message).toBeDefined();

    const file = phonePlan() as { journey: { comments: { anchor: unknown }[] } };
    const first = file.journey.comments[0];
    if (first) first.anchor = { kind: "map", id: "c1" };
    const imported = await api(t.url, "/api/maps", { method: "POST", body: file });
    expect(imported.status).toBe(400);
    const importIssue = (imported.body as ErrorBody).issues?.find((i) => i.path.endsWith(".anchor.id"));
    expect(importIssue?.message).toBe(issue?.message);

    const exported = await api(t.url, `/api/maps/${map.id}/export?format=json`, { token: map.tokens.owner });
    expect((exported.body as { journey: { comments?: unknown[] } }).journey.comments ?? []).toEqual([]);
  });

  it("still takes a map anchor without an id, and needs one on a card", async () => {
    const map = await createMap(t.url);
    const ok = await api(t.url, `/api/maps/${map.id}/comments`, {
      method: "POST",
      token: map.tokens.comment,
      body: { anchor: { kind: "map" }, text: "On the whole map", author: "Ana" },
    });
    expect(ok.status).toBe(201);
    expect((ok.body as { anchor: unknown }).anchor).toEqual({ kind: "map" });
    const noId = await api(t.url, `/api/maps/${map.id}/comments`, {
      method: "POST",
      token: map.tokens.comment,
      body: { anchor: { kind: "card" }, text: "Which card?", author: "Ana" },
    });
    expect(noId.status).toBe(400);
    expect((noId.body as ErrorBody).issues).toEqual([
      { path: "anchor.id", message: "is required when the anchor kind is card" },
    ]);
  });
});

/** The names a Content-Disposition header gives: `filename` and the decoded RFC 5987 `filename*`. */
function dispositionNames(header: string | null): { ascii: string | undefined; utf8: string | undefined } {
  const ascii = /;\s*filename="([^"]*)"/.exec(header ?? "")?.[1];
  const encoded = /;\s*filename\*=UTF-8''([^;\s]+)/i.exec(header ?? "")?.[1];
  return { ascii, utf8: encoded === undefined ? undefined : decodeURIComponent(encoded) };
}

describe("export file names", () => {
  const titles: [string, string, string][] = [
    [
      "Größe ändern – Übersicht für Straßen",
      "Größe ändern – Übersicht für Straßen",
      "Groesse-aendern-Uebersicht-fuer-Strassen",
    ],
    ["Путь клиента: тариф", "Путь клиента тариф", "journey"],
    ["顧客の旅", "顧客の旅", "journey"],
  ];
  for (const [title, utf8Base, asciiBase] of titles) {
    it(`carry the title "${title}" in filename* beside an ASCII filename`, async () => {
      const map = await createMap(t.url, { title });
      for (const format of ["json", "csv"]) {
        const res = await api(t.url, `/api/maps/${map.id}/export?format=${format}`, { token: map.tokens.view });
        expect(res.status).toBe(200);
        const header = res.headers.get("content-disposition");
        expect(header).toMatch(/^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''[A-Za-z0-9%!#$&+.^_`|~-]+$/);
        expect(dispositionNames(header)).toEqual({ ascii: `${asciiBase}.${format}`, utf8: `${utf8Base}.${format}` });
      }
    });
  }
});

describe("the language of a new map", () => {
  type Exported = { journey: { language?: string; stages: { name: string }[]; cards: { title: string }[] } };
  const exported = async (map: Created): Promise<Exported["journey"]> =>
    ((await api(t.url, `/api/maps/${map.id}/export?format=json`, { token: map.tokens.owner })).body as Exported)
      .journey;

  it("may be any tag the journey format takes; the map keeps it and is written in German for de-*", async () => {
    const cases: [string, string][] = [
      ["fr", "Stage 1"],
      ["de-AT", "Phase 1"],
      ["de", "Phase 1"],
      ["DE-ch", "Phase 1"],
      ["en-GB", "Stage 1"],
      ["pt-BR", "Stage 1"],
    ];
    for (const [language, firstStage] of cases) {
      const created = await api(t.url, "/api/maps", { method: "POST", body: { title: "Carte", language } });
      expect(created.status, `${language}: ${JSON.stringify(created.body)}`).toBe(201);
      const journey = await exported(created.body as Created);
      expect(journey.language).toBe(language);
      expect(journey.stages[0]?.name, language).toBe(firstStage);
    }
  });

  it("picks the template's words by the tag: German for de-AT, English for fr", async () => {
    const id = TEMPLATES[0]?.id ?? "";
    for (const [language, words] of [
      ["de-AT", "de"],
      ["fr", "en"],
    ] as const) {
      const created = await api(t.url, "/api/maps", {
        method: "POST",
        body: { title: "Vorlage", template: id, language },
      });
      expect(created.status).toBe(201);
      const journey = await exported(created.body as Created);
      expect(journey.language).toBe(language);
      expect(journey.cards.map((c) => c.title)).toEqual(getTemplate(id, words)?.cards.map((c) => c.title));
    }
  });

  it("refuses what is no language tag, naming the field", async () => {
    const res = await api(t.url, "/api/maps", { method: "POST", body: { title: "X", language: "not a tag" } });
    expect(res.status).toBe(400);
    expect((res.body as ErrorBody).issues?.map((i) => i.path)).toEqual(["language"]);
  });
});

describe("rotating a link by its role's name", () => {
  it("takes editor, commenter and viewer as the edit, comment and view links, with the same answer", async () => {
    const map = await createMap(t.url);
    const pairs = [
      ["edit", "editor"],
      ["comment", "commenter"],
      ["view", "viewer"],
    ] as const;
    for (const [key, role] of pairs) {
      const byRole = await api(t.url, `/api/maps/${map.id}/links/${role}/rotate`, {
        method: "POST",
        token: map.tokens.owner,
      });
      expect(byRole.status, role).toBe(200);
      const { link, token } = byRole.body as { link: string; token: string };
      expect(Object.keys(byRole.body as object).sort()).toEqual(["link", "token"]);
      expect(link).toBe(`${t.url}/m/${map.id}#token=${token}`);
      expect((await api(t.url, `/api/maps/${map.id}`, { token })).body).toMatchObject({ role });
      expect((await api(t.url, `/api/maps/${map.id}`, { token: map.tokens[key] })).status).toBe(404);
      // The link key still names the same link: rotating it replaces the token the role name gave.
      const byKey = await api(t.url, `/api/maps/${map.id}/links/${key}/rotate`, {
        method: "POST",
        token: map.tokens.owner,
      });
      expect(byKey.status).toBe(200);
      expect((await api(t.url, `/api/maps/${map.id}`, { token })).status).toBe(404);
    }
  });

  it("refuses names of no link, also those every object inherits, with 400", async () => {
    const map = await createMap(t.url);
    for (const name of ["admin", "constructor", "toString", "__proto__", "owners"]) {
      const res = await api(t.url, `/api/maps/${map.id}/links/${name}/rotate`, {
        method: "POST",
        token: map.tokens.owner,
      });
      expect(res.status, name).toBe(400);
      expect((res.body as ErrorBody).error, name).toMatch(/^Unknown link/);
    }
    expect(logged.filter((line) => /failed/.test(line))).toEqual([]);
  });
});

describe("requests from another site's page", () => {
  it("may not create or change maps; the server's own pages and scripts without Origin may", async () => {
    const map = await createMap(t.url);
    const foreign = { Origin: "http://evil.example" };
    const refused = [
      await api(t.url, "/api/maps", { method: "POST", body: { title: "Planted" }, headers: foreign }),
      await api(t.url, `/api/maps/${map.id}/links/view/rotate`, {
        method: "POST",
        token: map.tokens.owner,
        headers: foreign,
      }),
      await api(t.url, `/api/maps/${map.id}/comments`, {
        method: "POST",
        token: map.tokens.owner,
        headers: foreign,
        body: { anchor: { kind: "map" }, text: "Planted", author: "Eve" },
      }),
    ];
    for (const res of refused) {
      expect(res.status).toBe(403);
      expect((res.body as ErrorBody).error).toMatch(/another site/);
    }
    // Nothing happened: the old view link still works, and the map has no comment.
    expect((await api(t.url, `/api/maps/${map.id}`, { token: map.tokens.view })).status).toBe(200);
    const file = await api(t.url, `/api/maps/${map.id}/export?format=json`, { token: map.tokens.owner });
    expect((file.body as { journey: { comments?: unknown[] } }).journey.comments ?? []).toEqual([]);
    // Reading is not changing: a foreign page may still export with a token.
    expect((await api(t.url, `/api/maps/${map.id}`, { token: map.tokens.view, headers: foreign })).status).toBe(200);
    const own = await api(t.url, "/api/maps", { method: "POST", body: { title: "Mine" }, headers: { Origin: t.url } });
    expect(own.status).toBe(201);
  });
});
