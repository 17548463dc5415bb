// `outside-in validate FILE`: exit 0 with a summary for a good file, exit 1 and one line per problem otherwise.
// Runs main in this process (outsideInProcess); a valid file, an invalid one and help run the real command.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BAD_DIR, EXAMPLE_PATH, brokenTiny } from "../fixtures/journeys";
import { outsideInProcess } from "./inProcess";
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

  it("refuses a card on an unknown stage with the contract's path line, alone on stdout", async () => {
    const file = join(BAD_DIR, "unknown-stage.json");
    const run = await outsideIn("validate", file);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('journey.cards[3].stageId: unknown stage "st_9"\n');
    expect(run.stderr).toBe(`${file}: This file is not a valid Outside-In journey: 1 problem.\n`);
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
    const run = await outsideInProcess("validate", file);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`${file}: This file is not a valid Outside-In journey: 4 problems.\n`);
    expect(run.stdout.split("\n")).toEqual([
      "journey.cards[2].emotion: must be a whole number from -2 to 2",
      'journey.cards[3].stageId: unknown stage "st_9"',
      'journey.cards[4].id: duplicate id "cd_a" (also at journey.cards[0].id)',
      'journey.connections[0].to: unknown card "cd_zz"',
      "",
    ]);
  });

  it("prints one line for one problem, however the problem shows", async () => {
    for (const [edit, line] of [
      [
        (j: Parameters<Parameters<typeof brokenTiny>[0]>[0]) => (j.cards[3]!.stageId = ""),
        "journey.cards[3].stageId: must not be empty",
      ],
      [(j: Parameters<Parameters<typeof brokenTiny>[0]>[0]) => (j.stages = null), "journey.stages: must be an array"],
    ] as const) {
      const file = join(dir, "one.json");
      await writeFile(file, JSON.stringify(brokenTiny(edit)));
      const run = await outsideInProcess("validate", file);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe(`${line}\n`);
      expect(run.stderr).toBe(`${file}: This file is not a valid Outside-In journey: 1 problem.\n`);
    }
  });

  it("refuses invalid JSON, an unknown format and a newer version with one sentence on stdout", async () => {
    const invalidFile = join(BAD_DIR, "invalid.json");
    const invalid = await outsideInProcess("validate", invalidFile);
    expect(invalid.code).toBe(1);
    expect(invalid.stdout).toBe(
      `${invalidFile}: This file is not valid JSON (line 5, column 1): the file ends before every { and [ is closed.\n`,
    );
    expect(invalid.stderr).toBe("");

    const formatFile = join(BAD_DIR, "unknown-format.json");
    const format = await outsideInProcess("validate", formatFile);
    expect(format.code).toBe(1);
    expect(format.stdout).toBe(
      `${formatFile}: This is not an Outside-In journey file: format must be "outside-in.journey".\n`,
    );
    expect(format.stderr).toBe("");

    const newerFile = join(BAD_DIR, "newer-version.json");
    const newer = await outsideInProcess("validate", newerFile);
    expect(newer.code).toBe(1);
    expect(newer.stdout).toBe(
      `${newerFile}: This file was written by a newer version of Outside-In (format version 3); this version reads version 1.\n`,
    );
    expect(newer.stderr).toBe("");
  });

  it("prints a trailing comma's place in one line, with none of the file's lines", async () => {
    const file = join(dir, "comma.json");
    const pretty = JSON.stringify(
      brokenTiny(() => undefined),
      null,
      2,
    );
    // A comma after the last stage: "      }," and then "    ]," on the next line.
    const text = pretty.replace(/\}\n( *)\]/, "},\n$1]");
    const lines = text.split("\n");
    const at = lines.findIndex((l, i) => /^ *\],?$/.test(l) && lines[i - 1]?.endsWith("},"));
    expect(at).toBeGreaterThan(0);
    const lineOfBracket = at + 1;
    const column = (lines[at]?.indexOf("]") ?? 0) + 1;
    await writeFile(file, text);
    const run = await outsideInProcess("validate", file);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      `${file}: This file is not valid JSON (line ${lineOfBracket}, column ${column}): a comma right before "]": the last item takes no comma.\n`,
    );
    expect(run.stderr).toBe("");
  });

  it("says so when the file cannot be read", async () => {
    const missing = join(dir, "nope.json");
    const run = await outsideInProcess("validate", missing);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`${missing}: cannot read this file: it does not exist.\n`);
    const folder = await outsideInProcess("validate", dir);
    expect(folder.code).toBe(1);
    expect(folder.stderr).toBe(`${dir}: cannot read this file: it is a folder.\n`);
  });

  it("asks for a file when none is given", async () => {
    const run = await outsideInProcess("validate");
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
    const none = await outsideInProcess();
    expect(none.code).toBe(1);
    expect(none.stderr).toContain("Usage: outside-in <command>");
    const unknown = await outsideInProcess("frobnicate");
    expect(unknown.code).toBe(1);
    expect(lines(unknown.stderr)[0]).toBe('Unknown command "frobnicate".');
  });
});
