// In the importer's German sentences, what is written in the file (field names, kinds, channels, metrics) stands
// quoted „so“, exactly as in the file, and the prose around it is German; the paths before the colon stay as written.
import { ANCHOR_KINDS, CHANNELS, LANE_KINDS, METRICS } from "../../src/doc";
import { formatIssue, parseJourneyText } from "../../src/format";
import { brokenTiny, exampleFileValue } from "../fixtures/journeys";

/** Every field name the example file uses. */
function keysOf(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) keysOf(v, into);
  else if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      into.add(k);
      keysOf(v, into);
    }
  }
  return into;
}

/** Words of the file (names and values), which a German sentence may only show quoted. */
const FILE_WORDS = [
  ...keysOf(exampleFileValue()),
  ...ANCHOR_KINDS,
  ...CHANNELS,
  ...LANE_KINDS,
  ...METRICS,
  "performance",
  "brand",
  "higher",
  "lower",
].filter((w) => w.length > 1);
const BARE_FILE_WORD = new RegExp(`(?<![\\w.\\[])(${FILE_WORDS.join("|")})(?![\\w\\]])`);

const text = (value: unknown) => JSON.stringify(value);

const BROKEN: [string, string][] = [
  ["another format", text({ ...exampleFileValue(), format: "miro.board" })],
  ["no version", text({ ...exampleFileValue(), version: "1" })],
  [
    "records with wrong kinds, values and anchors",
    text(
      brokenTiny((j) => {
        const [a, b, c] = j.cards;
        Object.assign(a ?? {}, { channel: "pigeon" });
        Object.assign(b ?? {}, { measurement: { metric: "ROI", kind: "loud", direction: "up" } });
        delete c?.emotion;
        j.lanes = [...(j.lanes as unknown[]), { id: "ln_x", name: "Feelings", kind: "feelings" }];
        j.comments = [
          {
            id: "cm_1",
            anchor: { kind: "map", id: "cd_a" },
            author: "S",
            text: "t",
            createdAt: "2026-11-20T09:30:00.000Z",
            resolved: false,
            replies: [],
          },
          {
            id: "cm_2",
            anchor: { kind: "stage" },
            author: "S",
            text: "t",
            createdAt: "2026-11-20T09:30:00.000Z",
            resolved: false,
            replies: [],
          },
          {
            id: "cm_3",
            anchor: { kind: "planet" },
            author: "S",
            text: "t",
            createdAt: "2026-11-20T09:30:00.000Z",
            resolved: false,
            replies: [],
          },
        ];
      }),
    ),
  ],
];

function germanRefusal(file: string): string[] {
  const parsed = parseJourneyText(file, { language: "de" });
  if (parsed.ok) throw new Error("expected the file to be refused");
  return [parsed.error, ...parsed.issues.map(formatIssue)];
}

describe("field names and values inside the importer's German sentences", () => {
  it.each(BROKEN)("quotes every name and value of the file in a refusal of %s", (_name, file) => {
    const sentences = germanRefusal(file);
    expect(sentences.length).toBeGreaterThan(1);
    for (const sentence of sentences) {
      const prose = sentence.replace(/^[\w.[\]]+: /, "").replace(/„[^“]*“/g, "„…“");
      expect(prose, sentence).not.toMatch(BARE_FILE_WORD);
    }
  });

  it("says what a file gets wrong in German prose, with the file's own words quoted", () => {
    const [, format] = BROKEN;
    expect(germanRefusal(BROKEN[0]?.[1] ?? "")[0]).toBe(
      "Dies ist keine Outside-In-Journey-Datei: Das Feld „format“ muss „outside-in.journey“ sein.",
    );
    expect(germanRefusal(format?.[1] ?? "")[0]).toBe(
      "Diese Datei hat keine gültige Formatversion: Das Feld „version“ muss eine positive ganze Zahl sein.",
    );
    expect(germanRefusal(BROKEN[2]?.[1] ?? "").slice(1)).toEqual([
      "journey.lanes[3].kind: muss einer dieser Werte sein: „actions“, „touchpoints“, „thoughts“, „emotions“, „painPoints“, „opportunities“, „backstage“; gemeint ist wohl „emotions“",
      "journey.cards[0].channel: muss einer dieser Werte sein: „web“, „app“, „email“, „phone“, „chat“, „branch“, „letter“, „social“, „field“, „kiosk“, „partner“, „other“",
      "journey.cards[1].measurement.metric: muss einer dieser Werte sein: „CSAT“, „CES“, „NPS“, „custom“",
      "journey.cards[1].measurement.kind: muss „performance“ oder „brand“ sein",
      "journey.cards[1].measurement.direction: muss „higher“ oder „lower“ sein; gemeint ist wohl „higher“",
      "journey.cards[2].emotion: ist erforderlich, weil die Karte in einer Zeile der Art „emotions“ (Gefühle) liegt: eine ganze Zahl von -2 bis 2",
      "journey.comments[0].anchor.id: muss fehlen, wenn die Art des Ankers „map“ ist",
      "journey.comments[1].anchor.id: ist erforderlich, wenn die Art des Ankers „stage“ ist",
      "journey.comments[2].anchor.kind: muss einer dieser Werte sein: „map“, „stage“, „lane“, „card“",
    ]);
  });
});
