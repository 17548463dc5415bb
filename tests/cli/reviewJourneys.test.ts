// A reviewer's journeys (tests/fixtures/unseen/review), none like the others here, through every command of the
// contract: each validates, `check --json` finds exactly what each rule should (every rule in the inside-out claims,
// in English and German, nothing in the clean German move), the JSON export reads back as the same journey, the CSV
// and the PDF hold every measurement point with the German characters, and a journey saved as UTF-16 without a
// byte order mark is refused as UTF-16.
import { mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { RULE_IDS } from "../../src/checks";
import { comparable } from "../audit/sameJourney";
import { readCsv } from "../fixtures/csv";
import { dense, readPdfAsCopied, squash } from "../export/helpers";
import { runInProcess } from "./inProcess";

const REVIEW = fileURLToPath(new URL("../fixtures/unseen/review/", import.meta.url));
const path = (name: string) => join(REVIEW, name);

type Finding = { rule: string; severity: string; targetId: string; message: string };
type Card = {
  id: string;
  title: string;
  measurement?: { metric: string; label?: string; target?: number };
};

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "outside-in-review-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function findings(name: string): Promise<Finding[]> {
  const run = await runInProcess("check", path(name), "--json");
  expect({ name, code: run.code, err: run.err }).toEqual({ name, code: 0, err: [] });
  return JSON.parse(run.out.join("\n")) as Finding[];
}

const byRule = (list: Finding[]) =>
  list.reduce<Record<string, string[]>>((acc, f) => ({ ...acc, [f.rule]: [...(acc[f.rule] ?? []), f.targetId] }), {});

describe("the reviewer's journeys on the command line", () => {
  it("validates each one and reads its JSON export back as the same journey, twice", async () => {
    const names = (await readdir(REVIEW)).filter((n) => n.endsWith(".json")).sort();
    expect(names).toHaveLength(8);
    for (const name of names) {
      const checked = await runInProcess("validate", path(name));
      expect({ name, code: checked.code, err: checked.err }).toEqual({ name, code: 0, err: [] });
      const first = join(dir, `first-${name}`);
      const second = join(dir, `second-${name}`);
      expect((await runInProcess("export", path(name), "--format", "json", "--out", first)).code).toBe(0);
      expect((await runInProcess("export", first, "--format", "json", "--out", second)).code).toBe(0);
      const original = comparable(await readFile(path(name), "utf8"));
      expect({ name, same: comparable(await readFile(first, "utf8")) }).toEqual({ name, same: original });
      expect({ name, same: comparable(await readFile(second, "utf8")) }).toEqual({ name, same: original });
    }
  });

  it("finds every rule of the contract in the inside-out claims, in English and in German", async () => {
    expect(byRule(await findings("claim-inside-out.en.journey.json"))).toEqual({
      "touchpoint-without-measurement": ["t2", "t3"],
      "touchpoint-without-channel": ["t2"],
      "moment-of-truth-unmeasured": ["t3", "t4"],
      "inside-out-language": ["a1", "a2", "a3"],
      "channel-break": ["c2"],
      "too-many-signature-interactions": ["io"],
      "stage-without-customer-goal": ["s1", "s3"],
      "emotion-low-without-opportunity": ["s2"],
      "no-journey-owner": ["io"],
    });
    const german = await findings("claim-inside-out.de.journey.json");
    expect(Object.keys(byRule(german)).sort()).toEqual([...RULE_IDS].sort());
    // The customer named by the insurer's role for them, without an article; not the customer's own „Ich prüfe“,
    // a quoted thought or the backstage's Sachbearbeiter.
    expect(byRule(german)["inside-out-language"]).toEqual(["k_vn", "k_ast"]);
    expect(german.find((f) => f.targetId === "k_vn")?.message).toBe(
      "Die Karte „Versicherungsnehmer meldet den Schaden telefonisch“ spricht aus Sicht des Unternehmens: „Versicherungsnehmer meldet“.",
    );
  });

  it("finds nothing in the clean German move, only the forced switches in the account opening", async () => {
    expect(await findings("moving-clean.de.journey.json")).toEqual([]);
    expect(await findings("scripts-emoji-long.he.journey.json")).toEqual([]);
    expect(byRule(await findings("account-branch-visit.en.journey.json"))).toEqual({
      "channel-break": ["c1", "c2", "c3"],
    });
    expect(byRule(await findings("one-empty-cell.journey.json"))).toEqual({
      "stage-without-customer-goal": ["s"],
      "no-journey-owner": ["m"],
    });
  });

  it("prints every measurement point of the German claim with its German characters in the PDF and the CSV", async () => {
    const name = "bike-theft-household.de.journey.json";
    const { journey } = JSON.parse(await readFile(path(name), "utf8")) as { journey: { cards: Card[] } };
    const measured = journey.cards.filter((c) => c.measurement !== undefined);
    expect(measured).toHaveLength(4);

    const pdf = join(dir, "claim.pdf");
    expect((await runInProcess("export", path(name), "--format", "pdf", "--out", pdf, "--paper", "a4")).code).toBe(0);
    // As a reader copies it: a word the layout broke with a hyphen reads whole (ActualText).
    const text = squash((await readPdfAsCopied(new Uint8Array(await readFile(pdf)))).join(" "));
    for (const card of measured) {
      expect(text).toContain(card.title);
      expect(text).toContain(card.measurement?.label ?? card.measurement?.metric);
    }
    for (const phrase of [
      "Fahrraddiebstahl der Hausratversicherung melden – „schnell & fair“",
      "Jörgs E-Bike (3.499,00 €)",
      "Ziel 5,5 (höher ist besser)",
      "zuletzt -12 (30.11.2026, n = 140)",
    ]) {
      expect(text).toContain(phrase);
    }
    // A word longer than its column is broken with a drawn hyphen that copying and searching do not see.
    expect(dense(text)).toContain("Hausratversicherungsfahrradzusatzbausteinerklärung");

    const csv = join(dir, "claim.csv");
    expect((await runInProcess("export", path(name), "--format", "csv", "--out", csv)).code).toBe(0);
    const [header, ...rows] = readCsv(await readFile(csv, "utf8"));
    expect(header?.[0]).toBe("\uFEFFPhase");
    expect(rows.map((r) => [r[1], r[2], r[3], r[7]])).toEqual([
      ["Ich fülle das Schadensmeldungsformular in der App aus", "app", "CES", "5.5"],
      ["Ich lade Kaufbeleg und Anzeige hoch", "web", "custom", "5"],
      ["Ich bekomme den Erstattungsbescheid per Brief", "letter", "CSAT", "4"],
      ["Ich sehe die Überweisung über 2.850,00 € auf meinem Konto", "other", "NPS", "40"],
    ]);
  });

  it("keeps the odd scales, negative targets and small figures of every metric in the CSV", async () => {
    const csv = join(dir, "metrics.csv");
    const name = "every-metric-odd-scales.en.journey.json";
    expect((await runInProcess("export", path(name), "--format", "csv", "--out", csv)).code).toBe(0);
    const [, ...rows] = readCsv(await readFile(csv, "utf8"));
    expect(rows.map((r) => [r[1], r[3], r[6], r[7], r[8], r[12], r[13], r[14], r[16]])).toEqual([
      ["I rate the chat", "CSAT", "'-3 to +3", "-0.5", "higher", "0", "2026-01-01", "Touchpoints", "0"],
      ["I call the hotline", "CES", "1-11", "0.0012345", "lower", "0.0000001", "2026-11-11", "Touchpoints", ""],
      ["I answer the NPS mail", "NPS", "'-100..100", "-100", "", "100", "2026-11-11", "Touchpoints", "5"],
      ["I scan the kiosk QR", "custom", "", "", "higher", "", "", "Touchpoints", ""],
      ["I see the partner shop", "CSAT", "", "", "", "", "", "Touchpoints", ""],
      ["Backstage KPI", "custom", "seconds", "123456789.125", "lower", "98765.4321", "2026-11-12", "Backstage", "12"],
    ]);
  });

  it("refuses the German claim saved as UTF-16 without a byte order mark as UTF-16, either way round", async () => {
    const text = await readFile(path("bike-theft-household.de.journey.json"), "utf8");
    const little = Buffer.from(text, "utf16le");
    const big = Buffer.from(text, "utf16le").swap16();
    for (const [label, bytes] of [
      ["le", little],
      ["be", big],
    ] as const) {
      const file = join(dir, `utf16${label}.json`);
      await writeFile(file, bytes);
      for (const command of [["validate"], ["check", "--json"]]) {
        const run = await runInProcess(command[0]!, file, ...command.slice(1));
        expect({ label, command, code: run.code, lines: [...run.out, ...run.err] }).toEqual({
          label,
          command,
          code: 1,
          lines: [`${file}: This file is UTF-16 text; a journey file is UTF-8. Save it as UTF-8 and try again.`],
        });
      }
    }
  });
});
