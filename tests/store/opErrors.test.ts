// @vitest-environment jsdom
// Every refusal an op can raise reaches the error banner in the interface language: German in a German interface,
// with the same names and ids, and English exactly as the op's own message (what scripts and the server read).
import * as Y from "yjs";
import {
  OP_ERROR_CODES,
  OpError,
  createJourneyDoc,
  type Journey,
  type OpErrorCode,
  type OpSubject,
} from "../../src/doc";
import {
  addCard,
  addLane,
  addStage,
  connect,
  deleteStage,
  moveCard,
  setJourneyFields,
  setMeasurement,
  updateCard,
  updateConnection,
  updateLane,
  updateStage,
} from "../../src/doc/ops";
import { i18n, initI18n } from "../../src/i18n";
import { createMapStore } from "../../src/store";

/** A small map with known ids (the shared fixtures read files by URL, which jsdom's URL does not allow). */
const tinyJourney = (): Journey => ({
  id: "jr_tiny",
  title: "Renew my bike insurance",
  language: "en",
  stages: [
    { id: "st_a", name: "Notice" },
    { id: "st_b", name: "Renew" },
  ],
  lanes: [
    { id: "ln_do", name: "What I do", kind: "actions" },
    { id: "ln_tp", name: "Where I meet the brand", kind: "touchpoints" },
    { id: "ln_feel", name: "How I feel", kind: "emotions" },
  ],
  cards: [
    { id: "cd_a", stageId: "st_a", laneId: "ln_do", title: "I read the reminder" },
    { id: "cd_b", stageId: "st_a", laneId: "ln_tp", title: "I get an email", channel: "email" },
    { id: "cd_c", stageId: "st_a", laneId: "ln_feel", title: "Relieved", emotion: 1 },
    { id: "cd_d", stageId: "st_b", laneId: "ln_tp", title: "I renew in the app", channel: "app" },
  ],
  connections: [{ id: "cn_a", from: "cd_b", to: "cd_d" }],
  comments: [],
});

/** Words of the English sentences that a German one never holds (ids, labels and values in „…“ aside). */
const ENGLISH =
  /\b(there|is|no|not|the|was|changed|card|stage|lane|connection|journey|measurement|point|must|may|be|empty|at|most|characters|one|of|only|cannot|connected|itself|to|from|connect|needs?|emotions?|invalid|value|look|ask|owner|edit|title|name|kind|label|target|date|metric|You|There|The|A)\b/;
const noEnglish = (sentence: string) => expect(sentence.replace(/„[^“]*“/g, "")).not.toMatch(ENGLISH);

/** The OpError an op throws. */
function refusal(op: (doc: Y.Doc) => unknown): OpError {
  const doc = createJourneyDoc(tinyJourney());
  try {
    op(doc);
  } catch (error) {
    if (error instanceof OpError) return error;
    throw error;
  }
  throw new Error("expected the op to refuse");
}

/** For every code an op raises, an op that raises it: a code added to OpProblem must be added here. */
const BY_CODE: Record<OpErrorCode, (doc: Y.Doc) => unknown> = {
  noStage: (d) => updateStage(d, "st_gone", { name: "x" }),
  noLane: (d) => moveCard(d, "cd_a", { stageId: "st_a", laneId: "ln_gone" }),
  noCard: (d) => updateCard(d, "cd_gone", { title: "x" }),
  noConnection: (d) => updateConnection(d, "cn_gone", { label: "x" }),
  noCardToConnectFrom: (d) => connect(d, "cd_gone", "cd_a"),
  noCardToConnectTo: (d) => connect(d, "cd_a", "cd_gone"),
  selfConnection: (d) => connect(d, "cd_a", "cd_a"),
  emotionRequired: (d) => updateCard(d, "cd_c", { emotion: undefined }),
  invalid: (d) => updateCard(d, "cd_a", { title: "" }),
};

/** For every subject an op may refuse a value of, an op that refuses one. */
const BY_SUBJECT: Record<OpSubject, (doc: Y.Doc) => unknown> = {
  card: (d) => addCard(d, { stageId: "st_a", laneId: "ln_do", title: "x".repeat(201) }),
  stage: (d) => addStage(d, { name: "" }),
  lane: (d) => addLane(d, { name: "Feelings", kind: "feelings" as never }),
  connection: (d) => updateConnection(d, "cn_a", { label: "x".repeat(201) }),
  journey: (d) => setJourneyFields(d, { language: "english!!" }),
  measurement: (d) => setMeasurement(d, "cd_b", { metric: "CSAT", observations: [{ date: "2026-02-30", value: 4 }] }),
};

async function inLanguage(language: "en" | "de") {
  initI18n(language);
  await i18n.changeLanguage(language);
}

/** What the error banner of an editor's page says when `op` is run. */
function bannerFor(op: (doc: Y.Doc) => unknown, doc = createJourneyDoc(tinyJourney())): string | null {
  const store = createMapStore({ doc, role: "editor" });
  store.getState().actions.run(op);
  const said = store.getState().ui.error;
  store.destroy();
  return said;
}

afterEach(async () => {
  if (i18n.isInitialized) await i18n.changeLanguage("en");
});

describe("op refusals in the interface language", () => {
  it("has an op for every code an op can raise", () => {
    expect(Object.keys(BY_CODE).sort()).toEqual([...OP_ERROR_CODES].sort());
    for (const [code, op] of Object.entries(BY_CODE)) expect(refusal(op).problem.code).toBe(code);
    for (const [subject, op] of Object.entries(BY_SUBJECT)) {
      expect(refusal(op).problem).toMatchObject({ code: "invalid", subject });
    }
  });

  const cases = [
    ...Object.entries(BY_CODE).map(([name, op]) => [name, op] as const),
    ...Object.entries(BY_SUBJECT).map(([name, op]) => [`invalid ${name}`, op] as const),
  ];

  it.each(cases)("says %s in English as the op's message, the field named in words", async (_name, op) => {
    await inLanguage("en");
    const said = bannerFor(op) ?? "";
    const { message, problem } = refusal(op);
    if (problem.code !== "invalid") expect(said).toBe(message);
    else {
      expect(said).toMatch(/^The [a-z ]+ was not changed: "[A-Z][^"(]*" [a-z].*\.$/);
      expect(said).not.toMatch(/\(|[a-z]\.[a-z0-9]/i);
    }
  });

  it("names the field an English user typed into by its label, never by its path", async () => {
    await inLanguage("en");
    expect(bannerFor((d) => updateCard(d, "cd_a", { title: "" }))).toBe(
      'The card was not changed: "Title" must not be empty.',
    );
    expect(bannerFor(BY_SUBJECT.measurement)).toBe(
      'The measurement point was not changed: "Date" must be a real date written YYYY-MM-DD.',
    );
    expect(bannerFor((d) => setMeasurement(d, "cd_b", { metric: "CSAT", target: Infinity }))).toBe(
      'The measurement point was not changed: "Target" must be a finite number.',
    );
  });

  it.each(cases)("says %s in German, with the same ids and no English left", async (_name, op) => {
    await inLanguage("de");
    const said = bannerFor(op) ?? "";
    const english = refusal(op).message;
    expect(said).not.toBe(english);
    expect(said).not.toMatch(/opError/);
    noEnglish(said);
    for (const id of english.match(/"[^"]*"/g) ?? []) expect(said).toContain(`„${id.slice(1, -1)}“`);
  });

  it("names the field a German user typed into by its German label", async () => {
    await inLanguage("de");
    expect(bannerFor((d) => updateCard(d, "cd_a", { title: "" }))).toBe(
      "Die Karte wurde nicht geändert: „Titel“ darf nicht leer sein.",
    );
    expect(bannerFor(BY_SUBJECT.measurement)).toBe(
      "Der Messpunkt wurde nicht geändert: „Datum“ muss ein echtes Datum in der Form JJJJ-MM-TT sein.",
    );
    expect(bannerFor((d) => updateLane(d, "ln_do", { name: "x".repeat(201) }))).toBe(
      "Die Zeile wurde nicht geändert: „Name der Zeile“ darf höchstens 200 Zeichen haben.",
    );
  });

  it("tells a German editor in German that a card a peer just deleted is gone, and changes nothing", async () => {
    await inLanguage("de");
    const doc = createJourneyDoc(tinyJourney());
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
    const store = createMapStore({ doc, role: "editor" });
    deleteStage(peer, "st_b");
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer));
    const before = store.getState().journey;
    store.getState().actions.run((d) => updateCard(d, "cd_d", { title: "Ich verlängere in der App" }));
    expect(store.getState().ui.error).toBe("Die Karte „cd_d“ gibt es nicht mehr.");
    expect(store.getState().journey).toBe(before);
    store.destroy();
  });

  it("tells a German viewer in German that the map is only to look at", async () => {
    await inLanguage("de");
    const store = createMapStore({ doc: createJourneyDoc(tinyJourney()), role: "viewer" });
    store.getState().actions.run((d) => addStage(d, { name: "Neu" }));
    const said = store.getState().ui.error ?? "";
    expect(said).toBe("Sie können diese Map nur ansehen; bitten Sie ihren Eigentümer um einen Link zum Bearbeiten.");
    noEnglish(said);
    store.destroy();
  });

  it("says any other failure of an action in German too, keeping its reason", async () => {
    await inLanguage("de");
    const said = bannerFor(() => {
      throw new Error("Invalid order key: ");
    });
    expect(said).toBe("Diese Änderung ist nicht gelungen: Invalid order key: ");
  });
});
