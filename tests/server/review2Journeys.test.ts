// The second reviewer's journeys (tests/fixtures/unseen/review2) through the HTTP API of a server that asks for a
// CREATE_TOKEN: each becomes a map whose JSON export is the file (the map's own id aside) and whose CSV is the
// command line's; every format downloads with its type and file name; comments go on every kind of anchor from
// every role that may write them, and only their author or the owner changes or deletes them; a rotated link ends
// its document and comments connections within a second; a wrong token answers like an unknown map; and a copy with
// one defect is refused with its problem's path, and nothing is stored.
import { readdirSync } from "node:fs";
import { parseJourneyText, serializeJourney } from "../../src/format";
import { renderMeasurementCsv } from "../../src/export";
import { comparable } from "../audit/sameJourney";
import { REVIEW2, review2Text, review2Variants } from "../cli/review2Variants";
import { api, countMaps, createdSchema, rawSocket, startTestServer, type Created, type TestServer } from "./helpers";

const CREATE_TOKEN = "review-2-create";
const NAMES = readdirSync(REVIEW2)
  .filter((n) => n.endsWith(".json"))
  .sort();

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({ createToken: CREATE_TOKEN });
});
afterAll(async () => {
  await t.stop();
});

async function create(body: string | Buffer): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${t.url}/api/maps`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${CREATE_TOKEN}` },
    body: typeof body === "string" ? body : new Uint8Array(body),
  });
  return { status: res.status, body: (await res.json()) as unknown };
}

async function map(name: string): Promise<Created> {
  const res = await create(review2Text(name));
  expect({ name, status: res.status }).toEqual({ name, status: 201 });
  return createdSchema.parse(res.body);
}

describe("the second reviewer's journeys through the HTTP API", () => {
  it("creates a map only with the CREATE_TOKEN", async () => {
    const text = review2Text("telecom-cancellation.en.journey.json");
    const before = countMaps(t.dataDir);
    for (const headers of [{}, { Authorization: "Bearer wrong" }]) {
      const res = await fetch(`${t.url}/api/maps`, {
        method: "POST",
        headers: { "Content-Type": "application/json", ...headers },
        body: text,
      });
      expect(res.status).toBe(401);
    }
    expect(countMaps(t.dataDir)).toBe(before);
  });

  it("makes each one a map whose JSON export is the file and whose CSV is the command line's", async () => {
    expect(NAMES).toHaveLength(10);
    for (const name of NAMES) {
      const read = parseJourneyText(review2Text(name));
      if (!read.ok) throw new Error(`${name} should be valid`);
      const { id, tokens } = await map(name);
      const json = await api(t.url, `/api/maps/${id}/export?format=json`, { token: tokens.view });
      const offline = serializeJourney(read.journey, { exportedAt: new Date() });
      const options = { withoutId: true, withoutFileExtras: true };
      expect({ name, same: comparable(JSON.stringify(json.body), options) }).toEqual({
        name,
        same: comparable(offline, options),
      });
      expect({ name, file: comparable(JSON.stringify(json.body), options) }).toEqual({
        name,
        file: comparable(review2Text(name), options),
      });
      const csv = await fetch(`${t.url}/api/maps/${id}/export?format=csv`, {
        headers: { Authorization: `Bearer ${tokens.comment}` },
      });
      // The bytes, not text(), which would drop the byte order mark the CSV starts with.
      expect({ name, csv: Buffer.from(await csv.arrayBuffer()).toString("utf8") }).toEqual({
        name,
        csv: renderMeasurementCsv(read.journey),
      });
    }
  });

  it("makes a map from a map's JSON export that exports the same journey again, also from a file with a UTF-8 BOM", async () => {
    for (const name of ["unknown-fields-everywhere.en.journey.json", "cardiology-appointment.de.journey.json"]) {
      const first = await map(name);
      const exported = await api(t.url, `/api/maps/${first.id}/export?format=json`, { token: first.tokens.view });
      // Windows editors save UTF-8 with a byte order mark; it is not part of the JSON and is read past.
      const again = await create(`\uFEFF${JSON.stringify(exported.body)}`);
      expect({ name, status: again.status }).toEqual({ name, status: 201 });
      const second = createdSchema.parse(again.body);
      const back = await api(t.url, `/api/maps/${second.id}/export?format=json`, { token: second.tokens.view });
      expect({ name, same: comparable(JSON.stringify(back.body), { withoutId: true }) }).toEqual({
        name,
        same: comparable(JSON.stringify(exported.body), { withoutId: true }),
      });
    }
  });

  it("downloads the German appointment in every format, on both papers, with its type and a German file name", async () => {
    const { id, tokens } = await map("cardiology-appointment.de.journey.json");
    const types = { json: "application/json", pdf: "application/pdf", svg: "image/svg+xml", csv: "text/csv" };
    for (const [format, type] of Object.entries(types)) {
      for (const paper of ["a3", "a4"]) {
        const res = await fetch(`${t.url}/api/maps/${id}/export?format=${format}&paper=${paper}`, {
          headers: { Authorization: `Bearer ${tokens.view}` },
        });
        const disposition = res.headers.get("content-disposition") ?? "";
        expect({ format, paper, status: res.status, type: res.headers.get("content-type")?.split(";")[0] }).toEqual({
          format,
          paper,
          status: 200,
          type,
        });
        // The title's „Überweisung“ and € survive in the UTF-8 file name.
        expect(decodeURIComponent(disposition.split("filename*=UTF-8''")[1] ?? "")).toContain(
          "Termin in der Kardiologie – von der Überweisung bis zur Rechnung über 48,50 €",
        );
        const body = Buffer.from(await res.arrayBuffer());
        if (format === "svg" || format === "csv")
          expect(body.toString("utf8")).toContain("Ich melde mich am Empfang an und zahle 10,00 € Parkgebühr");
        if (format === "pdf") expect(body.subarray(0, 5).toString()).toBe("%PDF-");
      }
    }
  });

  it("takes comments on every anchor from every role that may comment, and lets only the author or owner change them", async () => {
    const { id, tokens } = await map("invoicing-saas-rollout.en.journey.json");
    const anchors = {
      owner: { kind: "map" },
      edit: { kind: "stage", id: "migrate" },
      comment: { kind: "lane", id: "ops" },
    };
    const made: Record<string, string> = {};
    for (const [role, anchor] of Object.entries(anchors)) {
      const res = await api(t.url, `/api/maps/${id}/comments`, {
        method: "POST",
        token: tokens[role as keyof typeof anchors],
        body: { anchor, text: `From the ${role} link: „Grüße“ – 5 €`, author: `Jörg (${role})` },
      });
      expect({ role, status: res.status, body: res.body }).toMatchObject({
        role,
        status: 201,
        body: { anchor: { kind: anchor.kind }, text: `From the ${role} link: „Grüße“ – 5 €`, resolved: false },
      });
      made[role] = (res.body as { id: string }).id;
    }
    const onCard = await api(t.url, `/api/maps/${id}/comments`, {
      method: "POST",
      token: tokens.comment,
      body: { anchor: { kind: "card", id: "tp7" }, text: "Still 212 rows.", author: "Sam" },
    });
    expect(onCard.status).toBe(201);
    const viewer = await api(t.url, `/api/maps/${id}/comments`, {
      method: "POST",
      token: tokens.view,
      body: { anchor: { kind: "map" }, text: "May I?", author: "Vic" },
    });
    expect(viewer.status).toBe(403);
    for (const role of ["owner", "edit", "comment"] as const) {
      const reply = await api(t.url, `/api/maps/${id}/comments/${made["comment"]}/replies`, {
        method: "POST",
        token: tokens[role],
        body: { text: `Reply from ${role}`, author: role },
      });
      expect({ role, status: reply.status }).toEqual({ role, status: 201 });
    }
    const patch = (token: string, comment: string) =>
      api(t.url, `/api/maps/${id}/comments/${comment}`, { method: "PATCH", token, body: { resolved: true } });
    expect((await patch(tokens.comment, made["edit"]!)).status).toBe(403);
    expect((await patch(tokens.view, made["edit"]!)).status).toBe(403);
    expect((await patch(tokens.edit, made["edit"]!)).status).toBe(200);
    expect((await patch(tokens.owner, made["comment"]!)).status).toBe(200);
    const del = (token: string, comment: string) =>
      api(t.url, `/api/maps/${id}/comments/${comment}`, { method: "DELETE", token });
    expect((await del(tokens.edit, made["comment"]!)).status).toBe(403);
    expect((await del(tokens.view, made["comment"]!)).status).toBe(403);
    expect((await del(tokens.comment, made["comment"]!)).status).toBe(204);
    expect((await del(tokens.owner, made["edit"]!)).status).toBe(204);
    expect((await del(tokens.owner, made["edit"]!)).status).toBe(404);

    const json = await api(t.url, `/api/maps/${id}/export?format=json`, { token: tokens.owner });
    const comments = (json.body as { journey: { comments: { id: string }[] } }).journey.comments.map((c) => c.id);
    // The file's five threads, the owner's map comment and the card comment; the deleted two are gone.
    expect(comments).toEqual([
      "cm-map",
      "cm-stage",
      "cm-lane",
      "cm-card",
      "cm-card2",
      made["owner"],
      (onCard.body as { id: string }).id,
    ]);
  });

  it("ends the old link's document and comments connections within a second of a rotation", async () => {
    const { id, tokens } = await map("parcel-return-backstage-middle.en.journey.json");
    for (const [role, key] of [
      ["edit", "edit"],
      ["comment", "comment"],
      ["view", "view"],
      ["owner", "owner"],
    ] as const) {
      const token = tokens[key];
      const sockets = [
        rawSocket(`${t.wsUrl}/${id}?token=${token}`),
        rawSocket(`${t.wsUrl}/${id}/comments?token=${token}`),
      ];
      await Promise.all(sockets.map((s) => s.opened));
      const started = Date.now();
      const rotated = await api(t.url, `/api/maps/${id}/links/${role}/rotate`, { method: "POST", token: tokens.owner });
      expect(rotated.status).toBe(200);
      const closes = await Promise.all(sockets.map((s) => s.closed));
      expect({ role, codes: closes.map((c) => c.code), within: Date.now() - started <= 1000 }).toEqual({
        role,
        codes: [4401, 4401],
        within: true,
      });
      const fresh = (rotated.body as { token: string }).token;
      expect((await api(t.url, `/api/maps/${id}`, { token })).status).toBe(404);
      expect((await api(t.url, `/api/maps/${id}`, { token: fresh })).status).toBe(200);
      tokens[key] = fresh;
    }
  });

  it("answers a wrong token like an unknown map, on the map and its export", async () => {
    const { id } = await map("hotel-stay-signatures.en.journey.json");
    const other = await map("energy-switch-every-metric.en.journey.json");
    const answers = await Promise.all(
      [
        [`/api/maps/${id}`, "wrong"],
        [`/api/maps/${id}`, other.tokens.owner],
        ["/api/maps/no-such-map", "wrong"],
        [`/api/maps/${id}/export?format=pdf`, other.tokens.view],
        ["/api/maps/no-such-map/export?format=pdf", "wrong"],
      ].map(async ([path, token]) => {
        const res = await api(t.url, path!, { token: token! });
        return { status: res.status, body: res.body };
      }),
    );
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    expect(answers[0]!.status).toBe(404);
  });

  it("refuses half a character in a new map's title or in a comment, and stores nothing", async () => {
    const { id, tokens } = await map("energy-switch-every-metric.en.journey.json");
    const before = countMaps(t.dataDir);
    const title = await create('{ "title": "Energie \\ud83d" }');
    expect(title).toMatchObject({ status: 400, body: { issues: [{ path: "title" }] } });
    expect(countMaps(t.dataDir)).toBe(before);
    const comment = await api(t.url, `/api/maps/${id}/comments`, {
      method: "POST",
      token: tokens.comment,
      body: '{ "anchor": { "kind": "map" }, "text": "Hallo \\udc00", "author": "Jörg" }',
    });
    expect(comment).toMatchObject({ status: 400, body: { issues: [{ path: "text" }] } });
    const exported = await api(t.url, `/api/maps/${id}/export?format=json`, { token: tokens.view });
    expect((exported.body as { journey: { comments: unknown[] } }).journey.comments).toEqual([]);
  });

  it("refuses each copy with one defect with its problem's path, and stores nothing", async () => {
    const before = countMaps(t.dataDir);
    for (const variant of review2Variants()) {
      const res = await create(variant.bytes);
      const issues = (res.body as { issues?: { path: string }[] }).issues ?? [];
      expect({ name: variant.name, status: res.status, paths: issues.map((i) => i.path) }).toEqual({
        name: variant.name,
        status: 400,
        paths: variant.paths,
      });
    }
    expect(countMaps(t.dataDir)).toBe(before);
  });
});
