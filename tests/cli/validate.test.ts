// `outside-in validate FILE`: exit 0 with a summary for a good file, exit 1 and one line per problem otherwise.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BAD_DIR, EXAMPLE_PATH, brokenTiny } from "../fixtures/journeys";
import { lines, outsideIn } from "./run";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "outside-in-cli-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("outside-in validate", () => {
  it("accepts the example file and says what it holds", async () => {
    const run = await outsideIn("validate", EXAMPLE_PATH);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`${EXAMPLE_PATH}: valid journey (5 stages, 6 lanes, 17 cards)\n`);
    expect(run.stderr).toBe("");
  });

  it("refuses a card on an unknown stage with the contract's path line", async () => {
    const file = join(BAD_DIR, "unknown-stage.json");
    const run = await outsideIn("validate", file);
    expect(run.code).toBe(1);
    expect(lines(run.stderr)).toEqual([
      `${file}: This file is not a valid Outside-In journey: 1 problem.`,
      'journey.cards[3].stageId: unknown stage "st_9"',
    ]);
  });

  it("prints one line per problem when a file has several", async () => {
    const file = join(dir, "several.json");
    await writeFile(
      file,
      JSON.stringify(
        brokenTiny((j) => {
          j.cards[3]!.stageId = "st_9";
          j.cards[4]!.id = "cd_a";
          j.cards[2]!.emotion = 3;
          (j.connections as Record<string, unknown>[])[0]!.to = "cd_zz";
        }),
      ),
    );
    const run = await outsideIn("validate", file);
    expect(run.code).toBe(1);
    const [first, ...rest] = lines(run.stderr);
    expect(first).toBe(`${file}: This file is not a valid Outside-In journey: 4 problems.`);
    expect(rest).toEqual([
      "journey.cards[2].emotion: must be a whole number from -2 to 2",
      'journey.cards[3].stageId: unknown stage "st_9"',
      'journey.cards[4].id: duplicate id "cd_a" (also at journey.cards[0].id)',
      'journey.connections[0].to: unknown card "cd_zz"',
    ]);
  });

  it("refuses invalid JSON, an unknown format and a newer version with a sentence", async () => {
    const invalid = await outsideIn("validate", join(BAD_DIR, "invalid.json"));
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toMatch(/invalid\.json: This file is not valid JSON/);

    const format = await outsideIn("validate", join(BAD_DIR, "unknown-format.json"));
    expect(format.code).toBe(1);
    expect(format.stderr).toContain('format must be "outside-in.journey".');
    expect(lines(format.stderr)).toContain('format: must be "outside-in.journey"');

    const newer = await outsideIn("validate", join(BAD_DIR, "newer-version.json"));
    expect(newer.code).toBe(1);
    expect(newer.stderr).toContain("written by a newer version of Outside-In (format version 3)");
  });

  it("says so when the file cannot be read", async () => {
    const missing = join(dir, "nope.json");
    const run = await outsideIn("validate", missing);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`${missing}: cannot read this file: it does not exist.\n`);
    const folder = await outsideIn("validate", dir);
    expect(folder.code).toBe(1);
    expect(folder.stderr).toBe(`${dir}: cannot read this file: it is a folder.\n`);
  });

  it("asks for a file when none is given", async () => {
    const run = await outsideIn("validate");
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('"validate" needs a journey file: outside-in validate FILE.\n');
  });
});

describe("outside-in without a known command", () => {
  it("prints the usage and exits 0 for help", async () => {
    const run = await outsideIn("help");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Usage: outside-in <command>");
  });

  it("prints the usage and exits 1 for no command or an unknown one", async () => {
    const none = await outsideIn();
    expect(none.code).toBe(1);
    expect(none.stderr).toContain("Usage: outside-in <command>");
    const unknown = await outsideIn("frobnicate");
    expect(unknown.code).toBe(1);
    expect(lines(unknown.stderr)[0]).toBe('Unknown command "frobnicate".');
  });
});
