// The second reviewer's journeys (tests/fixtures/unseen/review2): a telecom cancellation, a German hospital
// appointment and building permit, a B2B rollout with comments on every anchor, the longest strings on 40 stages,
// unknown fields everywhere, version and key-order edges, every metric over time, six signature interactions and a
// backstage lane between customer lanes. Each validates and reads back from its JSON export as the same journey;
// `check --json` finds what the contract's rule table says and nothing else; the German texts reach the PDF and the
// CSV; and a copy with one defect is refused with one line per problem, exit 1, and no file written.
import { mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { comparable } from "../audit/sameJourney";
import { readCsv } from "../fixtures/csv";
import { readPdf, squash } from "../export/helpers";
import { parseJourneyText } from "../../src/format";
import { runInProcess } from "./inProcess";
import { byRule, checkFindings } from "./reviewFindings";
import { REVIEW2, review2Text, review2Variants } from "./review2Variants";

const path = (name: string) => join(REVIEW2, name);

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "outside-in-review2-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** What the contract's rule table finds in each journey, worked out from the rules before running the checks. */
const EXPECTED: Record<string, Record<string, string[]>> = {
  "telecom-cancellation.en.journey.json": {
    "touchpoint-without-measurement": ["t4"],
    "touchpoint-without-channel": ["t8"],
    "moment-of-truth-unmeasured": ["t3"],
    "inside-out-language": ["t4", "t7"],
    "channel-break": ["c2", "c4"],
    "stage-without-customer-goal": ["s_keep"],
    "emotion-low-without-opportunity": ["s_return"],
  },
  "cardiology-appointment.de.journey.json": {
    "touchpoint-without-measurement": ["t4"],
    // „Ich werde von Dr. Müller untersucht“ is the patient speaking; the bill that „wird per Post zugestellt“ is not.
    "inside-out-language": ["t4", "t7"],
    "channel-break": ["v2", "v3", "v6", "v7"],
  },
  "conservatory-permit.de.journey.json": {
    "touchpoint-without-measurement": ["t5", "t7"],
    "touchpoint-without-channel": ["t7"],
    "moment-of-truth-unmeasured": ["t5"],
    // The authority is the organisation of a public-sector journey: „Das Bauamt fordert … nach“ is its side.
    "inside-out-language": ["a2", "t4", "t7"],
    "channel-break": ["c2", "c4", "c5"],
    "stage-without-customer-goal": ["s3", "s4"],
    "emotion-low-without-opportunity": ["s2", "s3", "s4"],
    "no-journey-owner": ["bauantrag-wintergarten"],
  },
  // The customer's own colleagues ("My colleagues install the mobile app") are not the company's staff.
  "invoicing-saas-rollout.en.journey.json": { "channel-break": ["k7"] },
  "longest-strings-40-stages.journey.json": {},
  "unknown-fields-everywhere.en.journey.json": { "channel-break": ["p2"] },
  "version-edges-key-order.pt-BR.journey.json": {},
  "energy-switch-every-metric.en.journey.json": {},
  "hotel-stay-signatures.en.journey.json": {
    "touchpoint-without-measurement": ["h6"],
    "moment-of-truth-unmeasured": ["h4", "h6"],
    "channel-break": ["w2", "w4"],
    "too-many-signature-interactions": ["hotel-stay"],
  },
  "parcel-return-backstage-middle.en.journey.json": {
    "inside-out-language": ["th2"],
    "channel-break": ["x2"],
    "emotion-low-without-opportunity": ["r1"],
  },
};

describe("the second reviewer's journeys on the command line", () => {
  it("validates each one and reads its JSON export back as the same journey", async () => {
    const names = (await readdir(REVIEW2)).filter((n) => n.endsWith(".json")).sort();
    expect(names).toEqual(Object.keys(EXPECTED).sort());
    for (const name of names) {
      const checked = await runInProcess("validate", path(name));
      expect({ name, code: checked.code, err: checked.err }).toEqual({ name, code: 0, err: [] });
      const out = join(dir, `back-${name}`);
      expect((await runInProcess("export", path(name), "--format", "json", "--out", out)).code).toBe(0);
      const original = comparable(review2Text(name));
      expect({ name, same: comparable(await readFile(out, "utf8")) }).toEqual({ name, same: original });
    }
  });

  it("finds in each one what the contract's rules say, and nothing else", async () => {
    for (const [name, expected] of Object.entries(EXPECTED)) {
      expect({ name, found: byRule(await checkFindings(path(name))) }).toEqual({ name, found: expected });
    }
  });

  it("reads an authority, a hospital or a telecom at work as the company, and my colleagues and my letters to them as mine", async () => {
    const found = [
      "Das Bauamt prüft meinen Antrag",
      "Das Landratsamt fordert per Brief fehlende Unterlagen nach",
      "Die Gemeinde verlangt eine Baugenehmigung",
      "Die Ämter prüfen alles doppelt",
      "Rechnung über 48,50 € wird per Post zugestellt",
      "The council sends me a reminder",
      "The local authority will call me",
      "Die Klinik schickt mir einen Termin per Brief",
      "Das Krankenhaus ruft mich zurück",
      "Die Krankenkasse zahlt die Untersuchung",
      "Die Kündigung wird bestätigt",
      "The hospital sends me a letter",
      "Die Kollegin schickt mir den Link",
      "Engineer calls me to book a visit",
      "Account is deactivated",
      "Number is ported to the new provider",
      "Cancellation confirmation is emailed",
      "Der Anschluss wird abgeschaltet",
      "Rufnummer wird portiert",
      "Meine Versicherung zahlt die Reparatur",
      "Wir prüfen alles insgesamt",
      "Wir schicken Ihnen den Bescheid vom Bauamt",
      "My advisor calls me back",
      "Our colleagues call the customer",
    ];
    const left = [
      "Insgesamt kann ich 200 € sparen",
      "Ich rufe beim Bauamt an",
      "Wann meldet sich das Bauamt?",
      "Ich warte, bis mir der Bescheid zugestellt wird",
      "My colleagues install the mobile app",
      "My team installs the app on every laptop",
      "I phone the council",
      "Mein Termin ist bestätigt",
      "Ich rufe in der Klinik an",
      "Will the clinic call me back?",
      "Meine Kollegin schickt mir den Link",
      "Mein Projektteam prüft die Rechnungen",
      "Wir schicken die Unterlagen an das Bauamt",
      "We send the forms to the council",
      "I wait for the engineer to call",
      "I get my number ported",
      "Ich warte, bis meine Rufnummer portiert wird",
      "Letter from the council arrives",
    ];
    const doc = JSON.parse(review2Text("conservatory-permit.de.journey.json")) as {
      journey: { owner?: string; cards: object[]; connections: object[]; stages: { customerGoal?: string }[] };
    };
    doc.journey.cards = [...found, ...left].map((title, i) => ({ id: `k${i}`, stageId: "s1", laneId: "a", title }));
    doc.journey.connections = [];
    const file = join(dir, "wording.json");
    await writeFile(file, JSON.stringify(doc));
    const flagged = (await checkFindings(file)).filter((f) => f.rule === "inside-out-language").map((f) => f.targetId);
    expect(flagged.map((id) => [...found, ...left][Number(id.slice(1))])).toEqual(found);
  });

  it("keeps the unknown fields of every level through the JSON export", async () => {
    const name = "unknown-fields-everywhere.en.journey.json";
    const out = join(dir, "unknown.json");
    expect((await runInProcess("export", path(name), "--format", "json", "--out", out)).code).toBe(0);
    const back = JSON.parse(await readFile(out, "utf8")) as { journey: Record<string, unknown> };
    const j = back.journey as {
      tags: unknown;
      persona: Record<string, unknown>;
      stages: Record<string, unknown>[];
      cards: ({ id: string } & Record<string, Record<string, unknown>>)[];
      connections: Record<string, unknown>[];
      comments: { anchor: Record<string, unknown>; replies: Record<string, unknown>[] }[];
    };
    const card = (id: string) => j.cards.find((c) => c.id === id)!;
    expect(back).toMatchObject({ generator: { name: "JourneyLab", version: "7.2.1" }, "x-checksum": "sha256:9f2c" });
    expect(back.journey).toMatchObject({ "x-crm-id": 88123, "x-last-workshop": "2026-11-18" });
    expect(j.tags).toEqual(["airport", "rental"]);
    expect(j.persona["avatar"]).toEqual({ url: "https://example.invalid/tom.png" });
    expect(j.stages[1]!["color"]).toBeNull();
    expect(card("t1")["measurement"]!["observations"]).toEqual([
      { date: "2026-11-01", value: 5.1, n: 80, wave: "W11", "x-note": "after app release" },
    ]);
    expect(card("t2")["momentOfTruth"]).toEqual({
      reason: "A long queue here spoils the whole trip",
      source: "interviews 2026",
      weight: 3,
    });
    expect(card("t3")["signatureInteraction"]!["x-brand-guide"]).toBe("p. 12");
    expect(j.connections[2]!["waypoints"]).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(j.comments[0]!.anchor["x-range"]).toEqual([0, 8]);
    expect(j.comments[0]!.replies[0]!["x-client"]).toBe("mobile");
  });

  it("prints the German hospital appointment with its umlauts, „quotes“ and euro amounts in the PDF and the CSV", async () => {
    const name = "cardiology-appointment.de.journey.json";
    const { journey } = JSON.parse(review2Text(name)) as {
      journey: { title: string; cards: { title: string; measurement?: unknown }[] };
    };
    for (const paper of ["a3", "a4"]) {
      const pdf = join(dir, `kardio-${paper}.pdf`);
      expect((await runInProcess("export", path(name), "--format", "pdf", "--out", pdf, "--paper", paper)).code).toBe(
        0,
      );
      const text = squash((await readPdf(new Uint8Array(await readFile(pdf)))).pages.join(" "));
      expect(text).toContain(journey.title);
      // A quotation inside a quoted title takes the inner marks.
      expect(text).toContain("„Ich rufe die Terminvergabe an und höre 20 Minuten ‚Bitte warten‘“");
      for (const card of journey.cards)
        expect({ paper, text }).toMatchObject({ paper, text: expect.stringContaining(squash(card.title)) });
    }
    const svg = join(dir, "kardio.svg");
    expect((await runInProcess("export", path(name), "--format", "svg", "--out", svg)).code).toBe(0);
    expect(await readFile(svg, "utf8")).toContain("Ich melde mich am Empfang an und zahle 10,00 € Parkgebühr");

    const csv = join(dir, "kardio.csv");
    expect((await runInProcess("export", path(name), "--format", "csv", "--out", csv)).code).toBe(0);
    const [, ...rows] = readCsv(await readFile(csv, "utf8"));
    expect(rows.map((r) => [r[1], r[3]])).toEqual([
      ["Ich rufe die Terminvergabe an und höre 20 Minuten „Bitte warten“", "CES"],
      ["Ich bekomme die Terminbestätigung per Brief", "CSAT"],
      ["Ich melde mich am Empfang an und zahle 10,00 € Parkgebühr", "CSAT"],
      // A touchpoint without a measurement point is listed too, with the point left empty.
      ["Der Sachbearbeiter prüft meine Versichertenkarte", ""],
      ["Ich werde von Dr. Müller untersucht und bekomme ein Langzeit-EKG", "NPS"],
      ["Ich lese den Befund im Patientenportal", "CSAT"],
      ["Rechnung über 48,50 € wird per Post zugestellt", "custom"],
    ]);
  });

  it("names half an emoji by its escape, in English and in German, where the server once stored a U+FFFD", () => {
    const doc = JSON.parse(review2Text("hotel-stay-signatures.en.journey.json")) as { journey: { title: string } };
    doc.journey.title = `${doc.journey.title} \ud83c`;
    const text = JSON.stringify(doc);
    expect(text).toContain("\\ud83c");
    for (const [language, message] of [
      [
        "en",
        "holds half of a character (\\ud83c), as when an emoji is cut in two; remove it or write the whole character",
      ],
      [
        "de",
        "enthält ein halbes Zeichen (\\ud83c), wie wenn ein Emoji in der Mitte abgeschnitten wurde; entfernen Sie es oder schreiben Sie das ganze Zeichen",
      ],
    ] as const) {
      const read = parseJourneyText(text, { language });
      expect(read.ok ? [] : read.issues).toEqual([{ path: "journey.title", message }]);
    }
    // A whole emoji, written as its two escapes, is a character like any other.
    expect(parseJourneyText(text.replace("\\ud83c", "\\ud83c\\udfe8")).ok).toBe(true);
  });

  it("refuses each copy with one defect with one line per problem, exit 1, and writes nothing", async () => {
    for (const variant of review2Variants()) {
      const file = join(dir, "broken.json");
      await writeFile(file, variant.bytes);
      const run = await runInProcess("validate", file);
      const lines = [...run.out, ...run.err];
      expect({ name: variant.name, code: run.code }).toEqual({ name: variant.name, code: 1 });
      if (variant.paths[0]!.startsWith("journey")) {
        expect({ name: variant.name, lines: run.out.map((l) => l.slice(0, l.indexOf(": "))) }).toEqual({
          name: variant.name,
          lines: variant.paths,
        });
      } else {
        // A file refused as a whole is one sentence about the file.
        expect({ name: variant.name, lines: lines.length, start: lines[0]!.startsWith(`${file}: `) }).toEqual({
          name: variant.name,
          lines: 1,
          start: true,
        });
      }
      const out = join(dir, "never.pdf");
      const exported = await runInProcess("export", file, "--format", "pdf", "--out", out);
      const checked = await runInProcess("check", file, "--json");
      expect({ name: variant.name, codes: [exported.code, checked.code], written: existsSync(out) }).toEqual({
        name: variant.name,
        codes: [1, 1],
        written: false,
      });
    }
  });
});
