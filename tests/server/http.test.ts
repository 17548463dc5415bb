// The HTTP API with a real server: health, creating maps, map info per role, export, link rotation, static files.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DB_FILE } from "../../server/store/db";
import { TEMPLATES, getTemplate } from "../../src/templates";
import {
  api,
  countMaps as countMapsIn,
  createMap,
  phonePlan,
  startTestServer,
  type Created,
  type TestServer,
} from "./helpers";

let t: TestServer;
beforeEach(async () => {
  t = await startTestServer();
});
afterEach(async () => {
  await t.stop();
});

const countMaps = (): number => countMapsIn(t.dataDir);

const exportJson = async (map: Created, token: string) => {
  const res = await api(t.url, `/api/maps/${map.id}/export?format=json`, { token });
  return res;
};

describe("HTTP API", () => {
  it("answers the health check", async () => {
    const res = await api(t.url, "/api/health");
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ ok: true });
  });

  it("creates a map from a journey file with share links, its own id and the imported comments", async () => {
    const map = await createMap(t.url, phonePlan());
    expect(map.id).toMatch(/^[A-Za-z0-9_-]{10,40}$/);
    for (const key of ["owner", "edit", "comment", "view"] as const) {
      expect(map.tokens[key].length).toBeGreaterThanOrEqual(22);
      expect(map.links[key]).toBe(`${t.url}/m/${map.id}#token=${map.tokens[key]}`);
    }
    expect(new Set(Object.values(map.tokens)).size).toBe(4);
    const res = await exportJson(map, map.tokens.view);
    expect(res.status).toBe(200);
    const file = res.body as {
      format: string;
      journey: { id: string; title: string; cards: unknown[]; comments: unknown[] };
    };
    expect(file.format).toBe("outside-in.journey");
    expect(file.journey.id).toBe(map.id);
    expect(file.journey.title).toBe("Switch to a new phone plan");
    expect(file.journey.cards.length).toBeGreaterThan(0);
    expect(file.journey.comments).toHaveLength(1);
  });

  it("stores only hashes of tokens", async () => {
    const map = await createMap(t.url);
    const bytes = readdirSync(t.dataDir)
      .filter((f) => f.startsWith(DB_FILE))
      .map((f) => readFileSync(join(t.dataDir, f)).toString("latin1"))
      .join("");
    for (const token of Object.values(map.tokens)) expect(bytes.includes(token)).toBe(false);
  });

  it("creates a blank map in the requested language", async () => {
    const map = await createMap(t.url, { title: "Neue Karte", language: "de" });
    const file = (await exportJson(map, map.tokens.owner)).body as {
      journey: { title: string; language: string; stages: { name: string }[] };
    };
    expect(file.journey.title).toBe("Neue Karte");
    expect(file.journey.language).toBe("de");
    expect(file.journey.stages[0]?.name).toBe("Phase 1");
  });

  it("creates a map from a template with the given title and language", async () => {
    const id = TEMPLATES[0]?.id ?? "";
    const map = await createMap(t.url, { title: "Aus Vorlage", template: id, language: "de" });
    const file = (await exportJson(map, map.tokens.owner)).body as {
      journey: { id: string; title: string; language: string; cards: unknown[] };
    };
    expect(file.journey).toMatchObject({ id: map.id, title: "Aus Vorlage", language: "de" });
    expect(file.journey.cards.length).toBe(getTemplate(id, "de")?.cards.length);
    expect(file.journey.cards.length).toBeGreaterThan(0);
  });

  it("refuses an invalid body with issues and stores nothing", async () => {
    const before = countMaps();
    const bad = phonePlan() as { journey: { cards: { stageId: string }[] } };
    const card = bad.journey.cards[0];
    if (card) card.stageId = "st_missing";
    const res = await api(t.url, "/api/maps", { method: "POST", body: bad });
    expect(res.status).toBe(400);
    const body = res.body as { error: string; issues: { path: string; message: string }[] };
    expect(body.error).toMatch(/not a valid/);
    expect(body.issues.some((i) => i.path === "journey.cards[0].stageId")).toBe(true);

    const noTitle = await api(t.url, "/api/maps", { method: "POST", body: { language: "not a tag" } });
    expect(noTitle.status).toBe(400);
    expect((noTitle.body as { issues: { path: string }[] }).issues.map((i) => i.path)).toEqual(
      expect.arrayContaining(["title", "language"]),
    );
    expect((await api(t.url, "/api/maps", { method: "POST", body: "{not json" })).status).toBe(400);
    const unknownTemplate = await api(t.url, "/api/maps", {
      method: "POST",
      body: { title: "T", template: "no-such-template" },
    });
    expect(unknownTemplate.status).toBe(400);
    expect((unknownTemplate.body as { error: string }).error).toMatch(/no template/);
    expect(countMaps()).toBe(before);
  });

  it("refuses a body over 10 MiB with 413", async () => {
    const res = await api(t.url, "/api/maps", { method: "POST", body: `"${"x".repeat(11 * 1024 * 1024)}"` });
    expect(res.status).toBe(413);
    expect((res.body as { error: string }).error).toMatch(/larger than/);
  });

  it("answers map info with the role of each link and the same 404 for a wrong token or an unknown map", async () => {
    const map = await createMap(t.url, { title: "Roles" });
    const roles = { owner: "owner", edit: "editor", comment: "commenter", view: "viewer" } as const;
    for (const [key, role] of Object.entries(roles)) {
      const res = await api(t.url, `/api/maps/${map.id}`, { token: map.tokens[key as keyof typeof roles] });
      expect(res.body).toEqual({ id: map.id, title: "Roles", role });
    }
    const wrong = await api(t.url, `/api/maps/${map.id}`, { token: "not-a-token" });
    const none = await api(t.url, `/api/maps/${map.id}`);
    const unknown = await api(t.url, `/api/maps/AAAAAAAAAAAAAAAAAAAAAA`, { token: map.tokens.owner });
    const otherMapsToken = await api(t.url, `/api/maps/${(await createMap(t.url)).id}`, { token: map.tokens.owner });
    for (const res of [wrong, none, unknown, otherMapsToken]) {
      expect(res.status).toBe(404);
      expect(res.body).toEqual(wrong.body);
    }
  });

  it("exports JSON for every role with a file name, and refuses no token, a wrong token and unknown formats", async () => {
    const map = await createMap(t.url, { title: "Über Plan" });
    for (const token of Object.values(map.tokens)) {
      const res = await exportJson(map, token);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toMatch(/^application\/json/);
      const disposition = res.headers.get("content-disposition") ?? "";
      expect(disposition).toMatch(/^attachment; filename="[ -~]+\.json"; filename\*=UTF-8''/);
      expect(disposition).toMatch(/filename="Ueber-Plan.json"/);
      expect(decodeURIComponent(disposition.split("UTF-8''")[1] ?? "")).toBe("Über Plan.json");
    }
    expect((await api(t.url, `/api/maps/${map.id}/export?format=json`)).status).toBe(404);
    expect((await exportJson(map, "wrong")).status).toBe(404);
    const bad = await api(t.url, `/api/maps/${map.id}/export?format=docx`, { token: map.tokens.view });
    expect(bad.status).toBe(400);
    expect((bad.body as { error: string }).error).toMatch(/Unknown export format/);
  });

  it("exports CSV through the export module", async () => {
    const map = await createMap(t.url, phonePlan());
    const res = await api(t.url, `/api/maps/${map.id}/export?format=csv`, { token: map.tokens.comment });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/csv/);
    expect(res.headers.get("content-disposition")).toMatch(/\.csv"/);
  });

  it("lets only the owner rotate a link", async () => {
    const map = await createMap(t.url);
    for (const token of [map.tokens.edit, map.tokens.comment, map.tokens.view]) {
      const res = await api(t.url, `/api/maps/${map.id}/links/edit/rotate`, { method: "POST", token });
      expect(res.status).toBe(403);
    }
    const unknownRole = await api(t.url, `/api/maps/${map.id}/links/admin/rotate`, {
      method: "POST",
      token: map.tokens.owner,
    });
    expect(unknownRole.status).toBe(400);
    expect((await api(t.url, `/api/maps/${map.id}`, { token: map.tokens.edit })).status).toBe(200);
  });

  it("asks for the creation token when one is configured", async () => {
    await t.server.close();
    t = await startTestServer({ dataDir: t.dataDir, createToken: "let-me-create-maps" });
    const none = await api(t.url, "/api/maps", { method: "POST", body: { title: "X" } });
    expect(none.status).toBe(401);
    expect((none.body as { error: string }).error).toMatch(/creation token/);
    const wrong = await api(t.url, "/api/maps", { method: "POST", body: { title: "X" }, token: "nope" });
    expect(wrong.status).toBe(401);
    const right = await api(t.url, "/api/maps", { method: "POST", body: { title: "X" }, token: "let-me-create-maps" });
    expect(right.status).toBe(201);
  });
});

describe("static files", () => {
  it("serves the app for / and /m/:id with security headers and never a file outside dist", async () => {
    await t.server.close();
    const dist = join(t.dataDir, "dist");
    mkdirSync(join(dist, "assets"), { recursive: true });
    writeFileSync(join(dist, "index.html"), "<!doctype html><title>app</title>");
    writeFileSync(join(dist, "assets", "app.js"), "console.log(1)");
    writeFileSync(join(t.dataDir, "secret.txt"), "secret");
    t = await startTestServer({ dataDir: t.dataDir, staticDir: dist });

    for (const path of ["/", "/m/abcDEF123456"]) {
      const res = await fetch(`${t.url}${path}`);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
      expect(await res.text()).toContain("<title>app</title>");
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("referrer-policy")).toBe("no-referrer");
      const csp = res.headers.get("content-security-policy") ?? "";
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("style-src 'self' 'unsafe-inline'");
      expect(csp).toContain("img-src 'self' blob: data:");
      expect(csp).toContain(`connect-src 'self' ${t.url.replace("http", "ws")}`);
    }
    const js = await fetch(`${t.url}/assets/app.js`);
    expect(js.headers.get("content-type")).toMatch(/^text\/javascript/);
    for (const path of ["/../secret.txt", "/%2e%2e/secret.txt", "/assets/..%2f..%2fsecret.txt", "/nope.js"]) {
      const res = await fetch(`${t.url}${path}`);
      expect(res.status).toBe(404);
      expect(await res.text()).not.toContain("secret");
    }
    // A browser that asks for a page at an address holding nothing gets the app (its not-found page, in the
    // user's language) with 404; a script gets the sentence as JSON; nothing outside the build is ever read.
    for (const path of ["/nowhere", "/m/", "/m/abc/def", "/../secret.txt", "/%2e%2e/secret.txt"]) {
      const page = await fetch(`${t.url}${path}`, { headers: { accept: "text/html,application/xhtml+xml,*/*;q=0.8" } });
      expect(page.status).toBe(404);
      expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
      const html = await page.text();
      expect(html).toContain("<title>app</title>");
      expect(html).not.toContain("secret");
      const script = await fetch(`${t.url}${path}`);
      expect(script.status).toBe(404);
      expect(await script.json()).toEqual({ error: "There is nothing at this address." });
    }
    // A missing asset stays a plain 404, also for a browser.
    const asset = await fetch(`${t.url}/assets/gone.js`, { headers: { accept: "*/*" } });
    expect(asset.status).toBe(404);
    expect(asset.headers.get("content-type")).toMatch(/json/);
  });
});
