// The contract audit's journey files (tests/fixtures/audit) through the command line: each valid one validates, its
// `check --json` is one array of { rule, severity, targetId, message } with the contract's rule ids, and its JSON
// export reads back as the same document with every unknown field; each refused one exits 1 with exactly the lines
// below, one per problem with its path. Byte-level variants (BOM and CRLF, 2.0 and -0 for numbers, UTF-16) are made
// here from a fixture, so that formatting the fixtures can never change what they test.
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { RULE_IDS } from "../../src/checks";
import { comparable } from "../audit/sameJourney";
import { runInProcess } from "./inProcess";

const AUDIT = fileURLToPath(new URL("../fixtures/audit/", import.meta.url));
const VALID = join(AUDIT, "valid");
const REFUSED = join(AUDIT, "refused");

let dir: string;
let valid: string[];
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "outside-in-audit-"));
  valid = (await readdir(VALID)).filter((f) => f.endsWith(".json")).sort();
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** What `validate` prints for each refused file: its lines on stdout (a file refused as a whole: its sentence). */
const REFUSALS: Record<string, string[]> = {
  "bad-anchors.journey.json": [
    "journey.comments[0].anchor.id: must be left out when the anchor kind is map",
    'journey.comments[1].anchor.id: unknown card "l1"; that is the id of a lane',
    "journey.comments[2].anchor.kind: must be one of map, stage, lane, card",
    "journey.comments[2].resolved: must be true or false",
    "journey.comments[3].createdAt: must be an ISO 8601 date and time such as 2026-11-22T10:00:00.000Z; write 2026-01-01T00:00:00Z (the time in UTC), not 2026-01-01",
    "journey.comments[3].replies: is required",
  ],
  "date-feb30.journey.json": [
    "journey.cards[0].measurement.observations[0].date: must be a real date written YYYY-MM-DD",
  ],
  "dup-card-stage.journey.json": ['journey.cards[0].id: duplicate id "s1" (also at journey.stages[0].id)'],
  "dup-comment-card.journey.json": ['journey.comments[0].id: duplicate id "c1" (also at journey.cards[0].id)'],
  "emotion-2.5.journey.json": ["journey.cards[0].emotion: must be a whole number from -2 to 2"],
  "emotion-string.journey.json": ["journey.cards[0].emotion: must be a number; write 2, without quotes"],
  "exported-bad.journey.json": ["exportedAt: must be an ISO 8601 date and time such as 2026-11-22T10:00:00.000Z"],
  // Ids take letters of any script (id-unicode.de.journey.json is valid), but no space, slash or quote.
  "id-space.journey.json": [
    'journey.stages[0].id: may only hold letters, digits and _ . : -; " " cannot be in an id',
    'journey.cards[0].stageId: may only hold letters, digits and _ . : -; " " cannot be in an id',
    'journey.cards[1].id: may only hold letters, digits and _ . : -; "/" cannot be in an id',
    'journey.connections[0].to: may only hold letters, digits and _ . : -; "/" cannot be in an id',
    'journey.comments[0].anchor.id: may only hold letters, digits and _ . : -; "/" cannot be in an id',
    'journey.comments[1].id: may only hold letters, digits and _ . : -; " " cannot be in an id',
  ],
  "journey-only.journey.json": [
    'This is not an Outside-In journey file: format must be "outside-in.journey". It holds a journey without the file around it: put it under "journey", beside "format": "outside-in.journey" and "version": 1.',
  ],
  "lang-underscore.journey.json": ["journey.language: must be a BCP 47 language tag such as en, de or de-CH"],
  "newer-version.journey.json": [
    "This file was written by a newer version of Outside-In (format version 2); this version reads version 1.",
  ],
  "newline-titles.journey.json": [
    'journey.connections[1]: the same path as journey.connections[0] ("Ich rufe an und warte" → "Ich gehe in die Filiale")',
  ],
  "newline-values.journey.json": [
    "journey.language: must be a BCP 47 language tag such as en, de or de-CH",
    'journey.lanes[0].kind: must be one of actions, touchpoints, thoughts, emotions, painPoints, opportunities, backstage; "touch\\npoints" is written "touchpoints"',
    'journey.cards[0].channel: must be one of web, app, email, phone, chat, branch, letter, social, field, kiosk, partner, other; did you mean "phone"?',
    'journey.cards[1].measurement.metric: must be one of CSAT, CES, NPS, custom; "N\\nPS" is written "NPS"',
  ],
  "null-fields.journey.json": ["journey.owner: must be a string", "journey.cards[0].description: must be a string"],
  "target-huge.journey.json": ["journey.cards[0].measurement.target: must be a finite number"],
  "target-string.journey.json": ["journey.cards[0].measurement.target: must be a number; write 4.5, without quotes"],
  "title-201.journey.json": ["journey.title: must be at most 200 characters"],
  "version-string.journey.json": ["This file has no valid format version: version must be a positive whole number."],
  "wrong-format.journey.json": ['This is not an Outside-In journey file: format must be "outside-in.journey".'],
};
const WHOLE_FILE = /^This (is not|file (was|has))/;

describe("the audit's valid journey files through the command line", () => {
  it("holds the files this test expects", async () => {
    expect(valid.length).toBeGreaterThanOrEqual(15);
    expect((await readdir(REFUSED)).sort()).toEqual(Object.keys(REFUSALS).sort());
  });

  it("validates each one, checks it into one JSON array, and reads its JSON export back as the same document", async () => {
    for (const name of valid) {
      const path = join(VALID, name);
      const checked = await runInProcess("validate", path);
      expect({ name, code: checked.code, err: checked.err }).toEqual({ name, code: 0, err: [] });
      expect(checked.out).toEqual([expect.stringMatching(new RegExp(`^.*${name}: valid journey \\(`))]);

      const found = await runInProcess("check", path, "--json");
      expect({ name, code: found.code, err: found.err }).toEqual({ name, code: 0, err: [] });
      const findings = JSON.parse(found.out.join("\n")) as Record<string, unknown>[];
      expect(Array.isArray(findings)).toBe(true);
      for (const f of findings) {
        expect(Object.keys(f).sort()).toEqual(["message", "rule", "severity", "targetId"]);
        expect(RULE_IDS).toContain(f["rule"]);
        expect(String(f["message"])).not.toMatch(/\n/);
      }

      const out = join(dir, `${name}.out.json`);
      const exported = await runInProcess("export", path, "--format", "json", "--out", out);
      expect({ name, code: exported.code }).toEqual({ name, code: 0 });
      const again = await runInProcess("validate", out);
      expect({ name, code: again.code }).toEqual({ name, code: 0 });
      const [before, after] = [await readFile(path, "utf8"), await readFile(out, "utf8")];
      expect({ name, same: comparable(after) }).toEqual({ name, same: comparable(before) });
    }
  }, 60_000);

  it("finds what the German claim and the mixed English map hold, rule by rule", async () => {
    const count = async (name: string) => {
      const run = await runInProcess("check", join(VALID, name), "--json");
      const counts: Record<string, number> = {};
      for (const f of JSON.parse(run.out.join("\n")) as { rule: string }[]) counts[f.rule] = (counts[f.rule] ?? 0) + 1;
      return counts;
    };
    // Eleven measured touchpoints and one without; three signature interactions are within the limit; the stage
    // at -1 has no opportunity, the one at -2 has; the backstage "Sachbearbeiter" is below the line of visibility.
    expect(await count("claim-all-lanes.de.journey.json")).toEqual({
      "touchpoint-without-measurement": 1,
      "channel-break": 5,
      "emotion-low-without-opportunity": 1,
    });
    expect(await count("checks-mix.en.journey.json")).toEqual({
      "touchpoint-without-measurement": 1,
      "moment-of-truth-unmeasured": 2,
      "channel-break": 3,
      "too-many-signature-interactions": 1,
      "stage-without-customer-goal": 3,
      "emotion-low-without-opportunity": 1,
      "no-journey-owner": 1,
    });
    expect(await count("io-de-ch.journey.json")).toEqual({ "inside-out-language": 4 });
  });

  it("reads a file with a byte order mark and CRLF line ends, and numbers written 2.0, -0 and 1.0", async () => {
    const text = await readFile(join(VALID, "de-ch.journey.json"), "utf8");
    const variants: Record<string, string> = {
      "bom-crlf.json": `\uFEFF${text.replace(/\r?\n/g, "\r\n")}`,
      "numbers.json": JSON.stringify(JSON.parse(text))
        .replace('"version":1', '"version":1.0')
        .replace('"target":30', '"target":30.0')
        .replace('"cards":[', '"cards":[{"id":"e","stageId":"s1","laneId":"l1","title":"Ich fühle","emotion":-0},'),
    };
    for (const [name, variant] of Object.entries(variants)) {
      const path = join(dir, name);
      await writeFile(path, variant);
      const run = await runInProcess("validate", path);
      expect({ name, code: run.code, out: run.out }).toEqual({
        name,
        code: 0,
        out: [`${path}: valid journey (1 stage, 1 lane, ${name === "numbers.json" ? "2 cards" : "1 card"})`],
      });
      const out = join(dir, `${name}.out.json`);
      expect((await runInProcess("export", path, "--format", "json", "--out", out)).code).toBe(0);
      // JSON writes -0 as 0.
      expect(comparable(await readFile(out, "utf8"))).toEqual(
        comparable(variant.replace(/^\uFEFF/, "").replace("-0}", "0}")),
      );
    }
  });
});

describe("the audit's refused journey files through the command line", () => {
  it.each(Object.entries(REFUSALS))("refuses %s with exit 1 and one line per problem", async (name, expected) => {
    const path = join(REFUSED, name);
    const run = await runInProcess("validate", path);
    expect(run.code).toBe(1);
    if (expected.length === 1 && WHOLE_FILE.test(expected[0]!)) {
      expect(run.out).toEqual([`${path}: ${expected[0]}`]);
      expect(run.err).toEqual([]);
    } else {
      expect(run.out).toEqual(expected);
      const n = expected.length;
      expect(run.err).toEqual([
        `${path}: This file is not a valid Outside-In journey: ${n} ${n === 1 ? "problem" : "problems"}.`,
      ]);
    }
    // check and export refuse it the same way, on stderr, and write nothing
    const checked = await runInProcess("check", path, "--json");
    expect({ code: checked.code, out: checked.out }).toEqual({ code: 1, out: [] });
    const out = join(dir, `${name}.pdf`);
    const exported = await runInProcess("export", path, "--format", "pdf", "--out", out);
    expect(exported.code).toBe(1);
    await expect(readFile(out)).rejects.toThrow();
  });

  it("refuses a UTF-16 copy of a valid file with its one sentence", async () => {
    const text = await readFile(join(VALID, "de-ch.journey.json"), "utf8");
    const path = join(dir, "utf16.json");
    await writeFile(path, Buffer.from(`\uFEFF${text}`, "utf16le"));
    const run = await runInProcess("validate", path);
    expect({ code: run.code, out: run.out }).toEqual({
      code: 1,
      out: [`${path}: This file is UTF-16 text; a journey file is UTF-8. Save it as UTF-8 and try again.`],
    });
  });
});
