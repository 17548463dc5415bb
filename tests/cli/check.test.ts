// `outside-in check`: findings as lines or as one JSON array; exit 0 whatever it finds, 1 for an invalid file.
// Runs main in this process (outsideInProcess); --json and an invalid file run the real command.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BAD_DIR, EXAMPLE_PATH, asFile, tinyJourney } from "../fixtures/journeys";
import { outsideInProcess } from "./inProcess";
import { lines, outsideIn } from "./run";

let dir: string;
let tiny: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "outside-in-check-"));
  tiny = join(dir, "tiny.json");
  // No measurement points and no goal on the second stage: the checks have something to say.
  const journey = tinyJourney({ owner: undefined });
  await writeFile(tiny, JSON.stringify(asFile(journey)));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("outside-in check", () => {
  it("prints one JSON array of rule, severity, targetId and message with --json, and exits 0", async () => {
    const run = await outsideIn("check", tiny, "--json");
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    const findings = JSON.parse(run.stdout) as Record<string, unknown>[];
    expect(Array.isArray(findings)).toBe(true);
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) expect(Object.keys(f).sort()).toEqual(["message", "rule", "severity", "targetId"]);
    expect(findings).toContainEqual(
      expect.objectContaining({ rule: "touchpoint-without-measurement", targetId: "cd_b" }),
    );
    expect(findings).toContainEqual(expect.objectContaining({ rule: "no-journey-owner" }));
  });

  it("prints one human line per finding without --json", async () => {
    const run = await outsideInProcess("check", tiny);
    expect(run.code).toBe(0);
    const found = lines(run.stdout);
    expect(found.some((l) => /^(error|warning|info) touchpoint-without-measurement cd_b: .+/.test(l))).toBe(true);
  });

  it("prints one line per finding when a title or a stage name spans lines", async () => {
    const file = join(dir, "lines.json");
    const journey = tinyJourney({ owner: undefined, title: "Renew\nmy bike insurance" });
    journey.stages = journey.stages.map((s) => ({ ...s, name: `${s.name}\r\nstage` }));
    journey.cards = journey.cards.map((c) => ({ ...c, title: `${c.title}\nand more` }));
    await writeFile(file, JSON.stringify(asFile(journey)));
    const run = await outsideInProcess("check", file);
    expect(run.code).toBe(0);
    const found = lines(run.stdout);
    expect(found.length).toBeGreaterThan(2);
    for (const line of found) expect(line).toMatch(/^(error|warning|info) [a-z-]+ \S+: .+/);
    expect(found).toContain('warning no-journey-owner jr_tiny: The journey "Renew my bike insurance" has no owner.');
  });

  it("prints an empty array for a journey with no findings", async () => {
    const run = await outsideInProcess("check", EXAMPLE_PATH, "--json");
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([]);
  });

  it("exits 1 with the path lines on stderr when the file is invalid, and keeps stdout for findings", async () => {
    const file = join(BAD_DIR, "unknown-stage.json");
    const run = await outsideIn("check", file, "--json");
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(lines(run.stderr)).toEqual([
      `${file}: This file is not a valid Outside-In journey: 1 problem.`,
      'journey.cards[3].stageId: unknown stage "st_9"',
    ]);
  });

  it("refuses a file that is not a journey file with its one sentence", async () => {
    const file = join(BAD_DIR, "unknown-format.json");
    const run = await outsideInProcess("check", file);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(`${file}: This is not an Outside-In journey file: format must be "outside-in.journey".\n`);
  });
});
