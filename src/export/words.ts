// The fixed words of every export (legend, headers, page numbers, CSV columns) in English and German.
// Only characters the embedded Noto Sans latin subset has: no arrows (they would print as empty boxes).
import { fallbackNames } from "../doc/read";
import { CHANNEL_NAMES } from "../i18n/channelNames";
import { ENGLISH_QUOTES, GERMAN_QUOTES, quoted as inQuotes } from "../i18n/quotes";

export type ExportLanguage = "en" | "de";

const en = {
  continued: "continued",
  continuedLeft: "« continued",
  continuedRight: "continued »",
  measurementPlan: "Measurement plan",
  page: (x: number, y: number) => `Page ${x} of ${y}`,
  stages: (from: number, to: number, of: number) =>
    from === to ? `Stage ${from} of ${of}` : `Stages ${from}–${to} of ${of}`,
  legend: "Legend",
  momentOfTruth: "Moment of truth",
  signatureInteraction: "Signature interaction",
  emotionCurve: "Emotion curve",
  /** On the map, the dashed line between the lanes the customer sees and those behind the scenes. */
  lineOfVisibility: "Line of visibility",
  channel: "Channel",
  /** A card's channel as the editor names it (src/i18n), not its code in the file. */
  channels: CHANNEL_NAMES.en,
  owner: "Owner",
  scenario: "Scenario",
  persona: "Persona",
  segment: "Segment",
  goals: "Goals",
  expectations: "Expectations",
  exported: "Exported",
  health: "Health",
  coverage: (m: number, t: number) => `Touchpoints measured: ${m} of ${t}`,
  motMeasured: (m: number, t: number) => `Moments of truth measured: ${m} of ${t}`,
  signatures: (n: number, limit: number) => `Signature interactions: ${n} (limit ${limit})`,
  score: (s: string) => `Score: ${s}`,
  findings: (n: number) => `Open findings: ${n}`,
  target: "target",
  targetHead: "Target",
  latest: "latest",
  meetsTarget: "meets target",
  missesTarget: "misses target",
  noMeasurement: "No measurement point",
  comments: "Comments",
  resolved: "resolved",
  /** A title quoted in running text, with the language's quotation marks. */
  quoted: (text: string) => inQuotes(text, ENGLISH_QUOTES),
  customerGoal: "Goal",
  stage: "Stage",
  lane: "Lane",
  touchpoint: "Touchpoint",
  metric: "Metric",
  label: "Label",
  question: "Question",
  scale: "Scale",
  direction: "Direction",
  source: "Source",
  frequency: "Frequency",
  latestValue: "Latest value",
  latestDate: "Latest date",
  higher: "higher",
  higherBetter: "higher is better",
  lowerBetter: "lower is better",
  lower: "lower",
  kind: "Kind",
  performance: "performance",
  brand: "brand",
  latestN: "Latest n",
  /** Over the earlier observations in the measurement plan, under the latest value. */
  earlier: "Earlier",
  customMetric: "Custom",
  noTouchpoints: "This journey has no touchpoints yet.",
  /** A map whose title shows nothing, as the editor's start page names it (src/i18n: start.untitled). */
  untitledMap: fallbackNames("en").map,
  /** Over the list of the map's paths on the title page, as the editor names them. */
  path: "Customer's path",
  /** On a PDF's title page when some text of the map has characters no embedded font has. */
  standIns:
    "Characters this PDF has no font for (Chinese, Japanese, Korean, most emoji) are printed as stand-ins: \ufffd for " +
    "each such character, or a plain spelling such as (+1) for a thumbs-up. The text as written is kept in the " +
    "PDF's text layer (copy or search it) and in the SVG and JSON exports.",
  /** Under the map in a PNG when some text of the map has characters no embedded font has. */
  imageStandIns:
    "Some text holds characters no font of this export has (Chinese, Japanese, Korean, most emoji): the image shows " +
    "them in the fonts of the machine that drew it, or as empty boxes where it has none. The SVG and JSON exports " +
    "keep the text as written.",
};

export type Words = typeof en;

const de: Words = {
  continued: "Fortsetzung",
  continuedLeft: "« Fortsetzung",
  continuedRight: "Fortsetzung »",
  measurementPlan: "Messplan",
  page: (x, y) => `Seite ${x} von ${y}`,
  stages: (from, to, of) => (from === to ? `Phase ${from} von ${of}` : `Phasen ${from}–${to} von ${of}`),
  legend: "Legende",
  momentOfTruth: "Moment der Wahrheit",
  signatureInteraction: "Signature-Interaktion",
  emotionCurve: "Emotionskurve",
  lineOfVisibility: "Sichtbarkeitslinie",
  channel: "Kanal",
  channels: CHANNEL_NAMES.de,
  owner: "Verantwortlich",
  scenario: "Szenario",
  persona: "Persona",
  segment: "Segment",
  goals: "Ziele",
  expectations: "Erwartungen",
  exported: "Exportiert",
  health: "Zustand",
  coverage: (m, t) => `Gemessene Kontaktpunkte: ${m} von ${t}`,
  motMeasured: (m, t) => `Gemessene Momente der Wahrheit: ${m} von ${t}`,
  signatures: (n, limit) => `Signature-Interaktionen: ${n} (Grenze ${limit})`,
  score: (s) => `Wert: ${s}`,
  findings: (n) => `Offene Befunde: ${n}`,
  target: "Ziel",
  targetHead: "Ziel",
  latest: "zuletzt",
  meetsTarget: "Ziel erreicht",
  missesTarget: "Ziel verfehlt",
  noMeasurement: "Kein Messpunkt",
  comments: "Kommentare",
  resolved: "erledigt",
  quoted: (text: string) => inQuotes(text, GERMAN_QUOTES),
  customerGoal: "Ziel",
  stage: "Phase",
  lane: "Zeile",
  touchpoint: "Kontaktpunkt",
  metric: "Kennzahl",
  label: "Bezeichnung",
  question: "Frage",
  scale: "Skala",
  direction: "Richtung",
  source: "Quelle",
  frequency: "Häufigkeit",
  latestValue: "Letzter Wert",
  latestDate: "Letztes Datum",
  higher: "höher",
  higherBetter: "höher ist besser",
  lowerBetter: "niedriger ist besser",
  lower: "niedriger",
  kind: "Art",
  performance: "Leistung",
  brand: "Marke",
  latestN: "Letztes n",
  earlier: "Früher",
  customMetric: "Eigene",
  noTouchpoints: "Diese Journey hat noch keine Kontaktpunkte.",
  untitledMap: fallbackNames("de").map,
  path: "Weg des Kunden",
  standIns:
    "Zeichen, für die dieses PDF keine Schrift hat (Chinesisch, Japanisch, Koreanisch, die meisten Emoji), stehen " +
    "als Ersatz da: \ufffd für jedes solche Zeichen oder eine Umschreibung wie (+1) für einen erhobenen Daumen. Der " +
    "Text, wie er geschrieben wurde, bleibt in der Textebene des PDFs (zum Kopieren und Suchen) und in der SVG- und " +
    "JSON-Ausgabe erhalten.",
  imageStandIns:
    "Manche Texte enthalten Zeichen, für die dieser Export keine Schrift hat (Chinesisch, Japanisch, Koreanisch, die " +
    "meisten Emoji): Das Bild zeigt sie in den Schriften des Rechners, der es gezeichnet hat, oder als leere " +
    "Kästchen, wo er keine hat. Die SVG- und JSON-Ausgabe enthalten den Text, wie er geschrieben wurde.",
};

/** de, de-AT, de-CH … get German; everything else English. */
export function exportLanguage(language: string | undefined): ExportLanguage {
  return language !== undefined && /^de\b/i.test(language) ? "de" : "en";
}

export function wordsFor(language: string | undefined): Words {
  return exportLanguage(language) === "de" ? de : en;
}
