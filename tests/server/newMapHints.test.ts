// A refused new-map body ({ title, template?, language? }) gets the hints a journey file's problems get: a language
// written by its name says its tag, a missing field present in another case is named, and a key misspelt or
// written in German ("Languge", "sprache") is refused with the key it most likely means; nothing is stored.
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

  it("tells a journey sent without the file around it how to wrap it, and stores nothing", async () => {
    const before = storedMaps();
    const res = await post({ id: "j", title: "Plan", stages: [], lanes: [], cards: [], connections: [] });
    expect(res.status).toBe(400);
    expect((res.body as { error: string }).error).toContain(
      'It holds a journey without the file around it: put it under "journey", beside "format": "outside-in.journey"',
    );
    expect(issuesOf(res.body)).toEqual([{ path: "format", message: 'must be "outside-in.journey"' }]);
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

  const KNOWN = '"motor-claim", "phone-plan-switch", "online-purchase-return" and "bank-account-opening"';

  it("names the id of a template written by its name or in another case, with the templates there are", async () => {
    const before = storedMaps();
    const res = await post({ title: "Plan", template: "Motor Claim", language: "de" });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      error: `There is no template "Motor Claim"; it is written "motor-claim". The templates are ${KNOWN}.`,
      issues: [
        {
          path: "template",
          message: `unknown template; "Motor Claim" is written "motor-claim"; the templates are ${KNOWN}`,
        },
      ],
    });
    const named = await post({ title: "Konto", template: "Girokonto eröffnen", language: "de" });
    expect(named.body).toEqual({
      error: `There is no template "Girokonto eröffnen"; the template of that name is "bank-account-opening". The templates are ${KNOWN}.`,
      issues: [
        {
          path: "template",
          message: `unknown template; the template named "Girokonto eröffnen" is "bank-account-opening"; the templates are ${KNOWN}`,
        },
      ],
    });
    const unknown = await post({ title: "Plan", template: "garden-party" });
    expect(unknown.body).toEqual({
      error: `There is no template "garden-party". The templates are ${KNOWN}.`,
      issues: [{ path: "template", message: `unknown template; the templates are ${KNOWN}` }],
    });
    expect(storedMaps()).toBe(before);
  });

  it("names the template an id with its words in another order most likely means, and the templates there are", async () => {
    const before = storedMaps();
    const res = await post({ title: "Kontoeröffnung – Workshop", template: "open-bank-account", language: "de" });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      error: `There is no template "open-bank-account"; did you mean "bank-account-opening"? The templates are ${KNOWN}.`,
      issues: [
        {
          path: "template",
          message: `unknown template; did you mean "bank-account-opening"? The templates are ${KNOWN}`,
        },
      ],
    });
    const misspelt = await post({ title: "Schaden", template: "moter-claim", language: "de" });
    expect((misspelt.body as { error: string }).error).toBe(
      `There is no template "moter-claim"; did you mean "motor-claim"? The templates are ${KNOWN}.`,
    );
    const blank = await post({ title: "Leer", template: "blank" });
    expect((blank.body as { error: string }).error).toBe(
      `There is no template "blank"; for a blank map, leave "template" out. The templates are ${KNOWN}.`,
    );
    expect(storedMaps()).toBe(before);
  });

  it("still creates the map from a body with a tag", async () => {
    const before = storedMaps();
    const res = await post({ title: "Plan", language: "de" });
    expect(res.status).toBe(201);
    expect(storedMaps()).toBe(before + 1);
  });
});

describe("POST /api/maps with a new-map body whose key is misspelt or written in German", () => {
  it("names the key a misspelt optional key most likely means, and stores nothing", async () => {
    const before = storedMaps();
    const language = await post({ title: "Plan", Languge: "de" });
    expect(language.status).toBe(400);
    expect(language.body).toEqual({
      error: "Send a journey file, or { title, template?, language? } to start a new map.",
      issues: [{ path: "", message: 'has fields it may not have: Languge; write "language", not "Languge"' }],
    });
    const template = await post({ title: "Plan", templte: "phone-plan" });
    expect(issuesOf(template.body)).toEqual([
      { path: "", message: 'has fields it may not have: templte; write "template", not "templte"' },
    ]);
    const swapped = await post({ title: "Plan", langauge: "en" });
    expect(issuesOf(swapped.body)).toEqual([
      { path: "", message: 'has fields it may not have: langauge; write "language", not "langauge"' },
    ]);
    // An optional key in another case is named too, as a missing title in another case is.
    const cased = await post({ title: "Plan", Language: "de" });
    expect(issuesOf(cased.body)).toEqual([
      { path: "", message: 'has fields it may not have: Language; write "language", not "Language"' },
    ]);
    expect(storedMaps()).toBe(before);
  });

  it("names the keys German words stand for, and the title written as Titel where the title is missing", async () => {
    const before = storedMaps();
    const res = await post({ Titel: "Ölwechsel", sprache: "de", vorlage: "phone-plan" });
    expect(res.status).toBe(400);
    expect(issuesOf(res.body)).toEqual([
      { path: "title", message: 'is required; write "title", not "Titel"' },
      {
        path: "",
        message:
          'has fields it may not have: Titel, sprache, vorlage; write "language", not "sprache", and "template", not "vorlage"',
      },
    ]);
    const titel = await post({ titel: "Plan", language: "de" });
    expect(issuesOf(titel.body)).toEqual([
      { path: "title", message: 'is required; write "title", not "titel"' },
      { path: "", message: "has fields it may not have: titel" },
    ]);
    expect(storedMaps()).toBe(before);
  });

  it("refuses an unknown key like no known one as before, and one whose meant key is there too without a guess", async () => {
    const before = storedMaps();
    const colour = await post({ title: "Plan", colour: "red" });
    expect(colour.status).toBe(400);
    expect(issuesOf(colour.body)).toEqual([{ path: "", message: "has fields it may not have: colour" }]);
    const both = await post({ title: "Plan", language: "de", Languge: "en" });
    expect(both.status).toBe(400);
    expect(issuesOf(both.body)).toEqual([{ path: "", message: "has fields it may not have: Languge" }]);
    // Short keys are only one letter off at most: "tit" is not taken for "title".
    const short = await post({ title: "Plan", tit: "x" });
    expect(issuesOf(short.body)).toEqual([{ path: "", message: "has fields it may not have: tit" }]);
    expect(storedMaps()).toBe(before);
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
