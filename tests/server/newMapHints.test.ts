// A refused new-map body ({ title, template?, language? }) gets the hints a journey file's problems get: a language
// written by its name says its tag, and a missing field present in another case is named; nothing is stored.
// A journey file that holds the same path twice is refused as the importer refuses it, and nothing is stored.
import { join } from "node:path";
import Database from "better-sqlite3";
import { DB_FILE } from "../../server/store/db";
import { api, phonePlan, startTestServer, type TestServer } from "./helpers";

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => {
  await t.stop();
});

function storedMaps(): number {
  const db = new Database(join(t.dataDir, DB_FILE), { readonly: true });
  try {
    return (db.prepare("SELECT COUNT(*) AS n FROM maps").get() as { n: number }).n;
  } finally {
    db.close();
  }
}

const post = (body: unknown) => api(t.url, "/api/maps", { method: "POST", body });
const issuesOf = (body: unknown) => (body as { issues: { path: string; message: string }[] }).issues;

describe("POST /api/maps with a new-map body that is refused", () => {
  it("names the tag of a language written by its name, and stores nothing", async () => {
    const before = storedMaps();
    const res = await post({ title: "Plan", language: "German" });
    expect(res.status).toBe(400);
    expect(issuesOf(res.body)).toEqual([
      { path: "language", message: 'must be a BCP 47 language tag such as en, de or de-CH; write "de", not "German"' },
    ]);
    const deutsch = await post({ title: "Plan", template: "phone-plan", language: "Deutsch" });
    expect(deutsch.status).toBe(400);
    expect(issuesOf(deutsch.body)).toEqual([
      {
        path: "language",
        message: 'must be a BCP 47 language tag such as en, de or de-CH; write "de", not "Deutsch"',
      },
    ]);
    expect(storedMaps()).toBe(before);
  });

  it("names a missing title written in another case, as a journey file's missing field is named", async () => {
    const before = storedMaps();
    const res = await post({ Title: "Plan", language: "English" });
    expect(res.status).toBe(400);
    expect(issuesOf(res.body)).toEqual([
      { path: "title", message: 'is required; found "Title" instead (field names are case-sensitive)' },
      { path: "language", message: 'must be a BCP 47 language tag such as en, de or de-CH; write "en", not "English"' },
      { path: "", message: "has fields it may not have: Title" },
    ]);
    expect(storedMaps()).toBe(before);
  });

  it("names the id of a template written by its name or in another case", async () => {
    const before = storedMaps();
    const res = await post({ title: "Plan", template: "Motor Claim", language: "de" });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      error: 'There is no template "Motor Claim".',
      issues: [{ path: "template", message: 'unknown template; "Motor Claim" is written "motor-claim"' }],
    });
    const unknown = await post({ title: "Plan", template: "garden-party" });
    expect(issuesOf(unknown.body)).toEqual([{ path: "template", message: "unknown template" }]);
    expect(storedMaps()).toBe(before);
  });

  it("still creates the map from a body with a tag", async () => {
    const before = storedMaps();
    const res = await post({ title: "Plan", language: "de" });
    expect(res.status).toBe(201);
    expect(storedMaps()).toBe(before + 1);
  });
});

describe("POST /api/maps with a journey file that holds the same path twice", () => {
  it("answers 400 at the second connection and stores nothing", async () => {
    const file = phonePlan() as { journey: { connections: { id: string; from: string; to: string }[] } };
    const [first] = file.journey.connections;
    file.journey.connections.push({ id: "cn_again", from: first!.from, to: first!.to });
    const at = file.journey.connections.length - 1;
    const before = storedMaps();
    const res = await post(file);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: "This file is not a valid Outside-In journey: 1 problem." });
    const issues = issuesOf(res.body);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toBe(`journey.connections[${at}]`);
    expect(issues[0]!.message).toMatch(/^the same path as journey\.connections\[0\] \(".+" → ".+"\)$/);
    expect(storedMaps()).toBe(before);
  });
});
