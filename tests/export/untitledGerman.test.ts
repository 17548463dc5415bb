// A German map whose title, or a card's title, a stage's or a lane's name, shows nothing (blank, or invisible
// characters only) is named in German in every export and its file name ("Map ohne Titel", "Karte ohne Titel",
// "Phase ohne Namen", "Zeile ohne Namen"), as the German editor names an untitled map; English maps keep "Untitled
// map" and the rest, and a German map really titled "Untitled map" keeps its title.
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { loadJourney, readJourney, type Journey } from "../../src/doc";
import { journeyReader } from "../../src/doc/readCache";
import { parseJourneyText } from "../../src/format";
import { exportFileNames, renderMapSheet } from "../../src/export";
import { exportFileName } from "../../src/export/browser";
import { exportFile } from "../../server/exportFile";
import { germanJourney, readPdf, realMeasurer, squash } from "./helpers";

const GERMAN = ["Map ohne Titel", "Karte ohne Titel", "Phase ohne Namen", "Zeile ohne Namen"];
const ENGLISH = ["Untitled map", "Untitled card", "Untitled stage", "Untitled lane"];

/** The German example map as a document, with its title, a touchpoint's title, a stage's and a lane's name blank. */
function blankDoc(language = "de"): Y.Doc {
  const doc = new Y.Doc();
  loadJourney(doc, { ...germanJourney(), language });
  const set = (collection: string, id: string, key: string, value: string) =>
    (doc.getMap(collection).get(id) as Y.Map<unknown>).set(key, value);
  doc.getMap("meta").set("title", "   ");
  set("cards", "c1", "title", "\u200B");
  set("stages", "st_2", "name", " \u00AD ");
  set("lanes", "ln_tp", "name", "\uFEFF\u2060");
  return doc;
}

/** The journey with a comment on a card deleted since, whose title showed nothing (its quote is blank). */
function withOrphanComment(journey: Journey): Journey {
  const comment = {
    id: "cm_1",
    anchor: { kind: "card" as const, id: "c_gone", quote: " " },
    author: "Jürgen",
    text: "Bitte prüfen",
    createdAt: "2026-11-20T10:00:00.000Z",
    resolved: false,
    replies: [],
  };
  return { ...journey, comments: [comment] };
}

const svgText = (svg: string) => squash(svg.replace(/<style[\s\S]*?<\/style>/g, " ").replace(/<[^>]+>/g, " "));

describe("a German map whose names show nothing", () => {
  it("reads with the German fallbacks, and an English one with the English ones", () => {
    const german = readJourney(blankDoc());
    expect([german.title, german.cards[0]?.title, german.stages[1]?.name, german.lanes[0]?.name]).toEqual(GERMAN);
    const english = readJourney(blankDoc("en-GB"));
    expect([english.title, english.cards[0]?.title, english.stages[1]?.name, english.lanes[0]?.name]).toEqual(ENGLISH);
  });

  it("prints them in German in its PDF, SVG, PNG sheet, CSV and JSON, and a blank quote of a deleted card as its fallback", async () => {
    const journey = withOrphanComment(readJourney(blankDoc()));
    const pdf = await exportFile(journey, { format: "pdf", comments: true });
    const { pages, title } = await readPdf(pdf.body as Uint8Array);
    const pdfText = squash(pages.join(" "));
    expect(title).toBe("Map ohne Titel");
    for (const word of GERMAN) expect(pdfText).toContain(word);
    expect(pdfText).toContain("„Karte ohne Titel“ Jürgen: Bitte prüfen");
    expect(pdfText).not.toMatch(/Untitled|„\s*“/);

    const svg = svgText((await exportFile(journey, { format: "svg", comments: true })).body as string);
    for (const word of GERMAN) expect(svg).toContain(word);
    expect(svg).not.toMatch(/Untitled|„\s*“/);

    // The PNG's sheet, which Chromium draws.
    const sheet = svgText(renderMapSheet(journey, { comments: true, measure: await realMeasurer() }).svg);
    for (const word of GERMAN) expect(sheet).toContain(word);
    expect(sheet).not.toMatch(/Untitled|„\s*“/);

    const csv = (await exportFile(journey, { format: "csv" })).body as string;
    for (const word of GERMAN.slice(1)) expect(csv).toContain(word);
    expect(csv).not.toContain("Untitled");

    const json = (await exportFile(journey, { format: "json" })).body as string;
    const back = parseJourneyText(json);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.journey.title).toBe("Map ohne Titel");
    expect(back.journey.cards.find((c) => c.id === "c1")?.title).toBe("Karte ohne Titel");
    expect(json).not.toContain("Untitled");
  });

  it("names its files in German, on the server and in the browser alike", () => {
    const journey = withOrphanComment(readJourney(blankDoc("de-AT")));
    expect(exportFileNames(journey.title, "pdf", "a3")).toEqual({
      name: "Map ohne Titel (A3).pdf",
      ascii: "Map-ohne-Titel-A3.pdf",
    });
    expect(exportFileName(journey, "pdf", "a4", true)).toBe("Map ohne Titel (A4, mit Kommentaren).pdf");
    expect(exportFileName(journey, "csv", "a3", false, "semicolon")).toBe("Map ohne Titel (Excel).csv");
    expect(exportFileName(journey, "json")).toBe("Map ohne Titel.json");
    expect(exportFileName(readJourney(blankDoc("en")), "png")).toBe("Untitled map.png");
  });

  it("keeps a title or name that is really Untitled map or Untitled card", () => {
    const doc = blankDoc();
    doc.getMap("meta").set("title", "Untitled map");
    (doc.getMap("cards").get("c2") as Y.Map<unknown>).set("title", "Untitled card");
    const journey = readJourney(doc);
    expect(journey.title).toBe("Untitled map");
    expect(journey.cards.map((c) => c.title)).toEqual([
      "Karte ohne Titel",
      "Ängstlich",
      "Untitled card",
      "Erleichtert, weil alles gut ausging",
    ]);
  });

  it("follows a change of the map's language in the editor's snapshot, whose records are read once", () => {
    const doc = blankDoc("en");
    const reader = journeyReader(doc);
    const names = (j: Journey) => [j.title, j.cards[0]?.title, j.stages[1]?.name, j.lanes[0]?.name];
    expect(names(reader.read())).toEqual(ENGLISH);
    const untouched = reader.read().cards[1];
    doc.getMap("meta").set("language", "de");
    const german = reader.read();
    expect(names(german)).toEqual(GERMAN);
    // A record with a name of its own is not read again.
    expect(german.cards[1]).toBe(untouched);
    expect(reader.read().cards[0]).toBe(german.cards[0]);
    doc.getMap("meta").set("language", "fr");
    expect(names(reader.read())).toEqual(ENGLISH);
    reader.dispose();
  });
});
