// `outside-in export` of the audit's journey files to every format and paper: the PDF's text layer, the SVG's text
// and the CSV keep every German character and every measurement field; the JSON export reads back as the same
// document, and exporting that again gives it once more.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runInProcess } from "../cli/inProcess";
import { readPdf, dense } from "../export/helpers";
import { readCsv } from "../fixtures/csv";
import { svgText } from "./printedText";
import { comparable } from "./sameJourney";
import { UNSEEN_NAMES, unseenPath, unseenText, unseenValue, type UnseenName } from "./unseenFixtures";

/** Text each file's PDF and SVG must print, as written. */
const PRINTED: Record<UnseenName, string[]> = {
  "motor-claim-measured.de.journey.json": [
    "Ich melde meinen Kfz-Schaden – Vollkasko „Plus“ mit 300 € Selbstbeteiligung",
    "Dr. Ilse Nußbaum, Bereichsleiterin Kfz-Schaden",
    "Auf dem Parkplatz der Bäckerei „Süß & Salzig“ in der Straße Große Elbstraße – es regnet.",
    "„Zahlt das jetzt meine Versicherung oder seine?“",
    "Zeit bis zur ersten menschlichen Stimme (Sekunden)",
    "Telefonanlage (ACD-Bericht „Wartezeit“)",
    "44,125 (30.11.2026, n = 1922)",
    "58,25 (31.10.2026, n = 1790)",
    "71,5 (30.09.2026, n = 1843)",
    "4,0012345",
    "Partnermanagement Werkstätten",
    "Regulierung gibt die Zahlung frei (Vier-Augen-Prinzip ab 2.000 €)",
  ],
  "b2b-onboarding-12-stages.en.journey.json": [
    "We onboard 400 staff onto a new HR platform",
    "Priya Raman, Head of Customer Onboarding",
    ...["Evaluate", "Single sign-on", "Set up approvals", "Go live", "First review", "Renew"],
    "Customer success manager prepares renew",
  ],
  "one-stage-one-card.journey.json": ["I check my balance", "I open the app and look at my balance"],
  "no-optional-fields.journey.json": ["Bare map", "Before", "During", "After", "I read the leaflet", "Follow-up"],
  "limits.de.journey.json": [
    (unseenValue("limits.de.journey.json")["journey"] as { title: string }).title,
    "€".repeat(200),
  ],
  "unicode-rtl.journey.json": [
    "Grüße aus „Straße“",
    "Zoë",
    "Ich überweise 12,50 € „sofort“ – schnell & einfach",
    "Straße: Äußere Maximilianstraße 7, 80538 München",
    "Ωμέγα",
    "Ёлка",
  ],
  "many-connections.en.journey.json": ["Every way I can reach the brand", "I use kiosk", "I get a surprise"],
  "every-rule.en.journey.json": ["I renew my car insurance", "We send the customer a renewal offer"],
  "every-rule.de.journey.json": [
    "Ich beantrage eine Hausratversicherung",
    "Der Sachbearbeiter prüft meinen Antrag",
    "„Das geht ja schnell!“",
  ],
};

const A3 = [1190.55, 841.89];
const A4 = [841.89, 595.28];

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "outside-in-audit-export-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function exported(name: string, format: string, ...more: string[]): Promise<Uint8Array> {
  const out = join(dir, `${name}.${more.join("")}.${format}`);
  const run = await runInProcess("export", unseenPath(name), "--format", format, "--out", out, ...more);
  expect(run).toEqual({ code: 0, out: [`${out}: written (${format})`], err: [] });
  return new Uint8Array(await readFile(out));
}
const utf8 = (bytes: Uint8Array) => Buffer.from(bytes).toString("utf8");

const rounded = (sizes: [number, number][]) => sizes.map(([w, h]) => [Math.round(w), Math.round(h)]);

describe("export of the audit's journey files", () => {
  it.each(UNSEEN_NAMES)("prints %s on A3 landscape by default, every text intact, in PDF and SVG", async (name) => {
    const pdf = await readPdf(await exported(name, "pdf"));
    expect(new Set(rounded(pdf.sizes).map(String))).toEqual(new Set([A3.map(Math.round).join(",")]));
    const printed = dense(pdf.pages.join(" "));
    const svg = dense(svgText(utf8(await exported(name, "svg"))));
    for (const text of PRINTED[name]) {
      expect(printed, `the PDF of ${name} prints ${text.slice(0, 60)}`).toContain(dense(text));
      expect(svg, `the SVG of ${name} prints ${text.slice(0, 60)}`).toContain(dense(text));
    }
  });

  it("prints on A4 landscape when asked, in PDF and SVG", async () => {
    const name = "motor-claim-measured.de.journey.json";
    const pdf = await readPdf(await exported(name, "pdf", "--paper", "a4"));
    expect(new Set(rounded(pdf.sizes).map(String))).toEqual(new Set([A4.map(Math.round).join(",")]));
    const svg = utf8(await exported(name, "svg", "--paper", "a4"));
    expect(svg.match(/<svg [^>]*>/)?.[0]).toMatch(/ width="841\.89pt" height="[\d.]+pt" /);
    expect(dense(svgText(svg))).toContain(dense("Dr. Ilse Nußbaum"));
  });

  it("prints the file's comments and replies with --comments, every German character intact", async () => {
    const name = "motor-claim-measured.de.journey.json";
    const pdf = dense((await readPdf(await exported(name, "pdf", "--comments"))).pages.join(" "));
    const svg = dense(svgText(utf8(await exported(name, "svg", "--comments"))));
    const comments = [
      "Ziel 45 s ist ehrgeizig – schaffen wir das im Winter mit Glatteis-Spitzen?",
      "Nur mit Rückrufoption. Ich schlage 60 s für Dez.–Feb. vor.",
      "Video-Gutachten: Pilot ab Q1 in Düsseldorf & Köln.",
      "Freigabe durch Vorstand Schaden am 15.12. – bitte bis dahin final.",
      "Aylin Özdemir",
    ];
    for (const text of comments) {
      expect(pdf).toContain(dense(text));
      expect(svg).toContain(dense(text));
    }
  });

  it("writes the right-to-left cards into the SVG in their logical order, with their emoji", async () => {
    const svg = svgText(utf8(await exported("unicode-rtl.journey.json", "svg")));
    for (const text of ["אני שואל את הנציג מה המחיר", "أدفع الفاتورة عبر التطبيق", "Ich öffne die App „Grüezi“ 📲"])
      expect(svg).toContain(text);
  });

  it("lists every measurement point in the CSV with all its fields and its German text", async () => {
    const csv = utf8(await exported("motor-claim-measured.de.journey.json", "csv"));
    expect(csv.startsWith("\ufeff")).toBe(true);
    const [header, ...rows] = readCsv(csv.slice(1));
    expect(header).toEqual([
      ...["Phase", "Kontaktpunkt", "Kanal", "Kennzahl", "Bezeichnung", "Frage", "Skala", "Ziel", "Richtung"],
      ...["Quelle", "Verantwortlich", "Häufigkeit", "Letzter Wert", "Letztes Datum", "Zeile", "Art", "Letztes n"],
    ]);
    expect(rows).toHaveLength(6);
    expect(rows[0]).toEqual([
      "Der Unfall",
      "Ich rufe die 24-h-Schadenhotline an",
      "phone",
      "custom",
      "Zeit bis zur ersten menschlichen Stimme (Sekunden)",
      "Wie lange mussten Sie warten, bis Sie mit jemandem sprechen konnten?",
      "0–600 s",
      "45",
      "lower",
      "Telefonanlage (ACD-Bericht „Wartezeit“)",
      "Leitung Schadenhotline",
      "täglich",
      "44.125",
      "2026-11-30",
      "Wo ich der Versicherung begegne",
      "performance",
      "1922",
    ]);
    expect(rows.map((r) => r[12])).toEqual(["44.125", "5.72", "4.0012345", "38", "4.4", "88.5"]);
    expect(rows.map((r) => r[16])).toEqual(["1922", "401", "240", "171", "0", ""]);
  });

  it("keeps Hebrew, Arabic and emoji in the CSV", async () => {
    const [, ...rows] = readCsv(utf8(await exported("unicode-rtl.journey.json", "csv")).slice(1));
    expect(rows.map((r) => [r[0], r[1]])).toEqual([
      ["Ankunft 🛬", "Ich öffne die App „Grüezi“ 📲"],
      ["בירור", "אני מתקשר למוקד"],
      ["الدفع", "أتلقى رسالة تأكيد بالبريد الإلكتروني"],
    ]);
  });

  it.each(UNSEEN_NAMES)("writes %s as JSON that reads back as the same document, twice", async (name) => {
    const once = utf8(await exported(name, "json"));
    expect(comparable(once)).toEqual(comparable(unseenText(name)));
    const again = join(dir, `again-${name}`);
    const run = await runInProcess("export", join(dir, `${name}..json`), "--format", "json", "--out", again);
    expect(run.code).toBe(0);
    const twice = await readFile(again, "utf8");
    const strip = (text: string) => ({ ...(JSON.parse(text) as object), exportedAt: undefined });
    expect(strip(twice)).toEqual(strip(once));
  });
});

describe("a PNG export", () => {
  it("draws the map in Hebrew, Arabic and emoji into an image", async () => {
    const png = await exported("unicode-rtl.journey.json", "png");
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(Buffer.from(png).readUInt32BE(16)).toBeGreaterThan(1000);
  }, 30_000);
});
