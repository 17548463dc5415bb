// A map started from a template exports as the very journey the template built, and that file imports again.
import * as Y from "yjs";
import { loadJourney, readJourney } from "../../src/doc";
import { parseJourneyText, serializeJourney } from "../../src/format";
import { TEMPLATES, getTemplate } from "../../src/templates";

const cases = TEMPLATES.flatMap((t) => (["en", "de"] as const).map((language) => [t.id, language] as const));

describe("templates through the document and JSON export", () => {
  it.each(cases)("%s (%s) comes back unchanged from a JSON export of its map", (id, language) => {
    const journey = getTemplate(id, language);
    if (!journey) throw new Error(`no template ${id}`);
    const doc = new Y.Doc();
    loadJourney(doc, journey);
    const parsed = parseJourneyText(serializeJourney(readJourney(doc)));
    doc.destroy();
    expect(parsed.ok ? [] : parsed.issues).toEqual([]);
    expect(parsed.ok && parsed.journey).toEqual(journey);
  });
});
