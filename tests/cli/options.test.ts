// The command line's options: each command takes its own and refuses any other with a sentence (exit 1), rather
// than quietly ignoring it; nothing is read or written then. Runs `main` in this process, with its output caught.
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { asFile, tinyJourney } from "../fixtures/journeys";
import { runInProcess as run } from "./inProcess";

let dir: string;
let journey: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "outside-in-options-"));
  journey = join(dir, "tiny.journey.json");
  await writeFile(journey, JSON.stringify(asFile(tinyJourney())));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("command line options", () => {
  it.each([
    [["validate", "FILE", "--json"], '"validate" takes no --json. Run "outside-in help" for what it takes.'],
    [["check", "FILE", "--format", "pdf"], '"check" takes no --format. Run "outside-in help" for what it takes.'],
    [["check", "FILE", "--paper=a4"], '"check" takes no --paper. Run "outside-in help" for what it takes.'],
    [["check", "FILE", "--comments"], '"check" takes no --comments. Run "outside-in help" for what it takes.'],
    [["check", "FILE", "--json=false"], 'The option --json takes no value: leave out "=false".'],
    [["check", "FILE", "--json", "--json"], "The option --json is given twice."],
    [["check", "FILE", "--jsno"], 'Unknown option --jsno. Run "outside-in help" for the list.'],
    [
      ["export", "FILE", "--format", "csv", "--json", "--out", "OUT"],
      '"export" takes no --json. Run "outside-in help" for what it takes.',
    ],
    [["export", "FILE", "--format", "csv", "--format", "pdf", "--out", "OUT"], "The option --format is given twice."],
    [
      ["export", "FILE", "--format", "csv", "--comments=yes", "--out", "OUT"],
      'The option --comments takes no value: leave out "=yes".',
    ],
  ])("%j is refused with one sentence", async (argv, sentence) => {
    const paths: Record<string, string> = { FILE: journey, OUT: join(dir, "refused.out") };
    const result = await run(...argv.map((a) => paths[a] ?? a));
    expect(existsSync(paths["OUT"] ?? "")).toBe(false);
    expect(result).toEqual({ code: 1, out: [], err: [sentence] });
  });

  it("gives --out no value when another option follows it, and writes no file named after that option", async () => {
    const stray = join(process.cwd(), "--paper");
    const result = await run("export", journey, "--format", "csv", "--out", "--paper", "a4");
    const written = existsSync(stray);
    if (written) await rm(stray);
    expect(result).toEqual({ code: 1, out: [], err: ["The option --out needs a value."] });
    expect(written).toBe(false);
  });

  it("still takes what each command reads", async () => {
    expect((await run("validate", journey)).code).toBe(0);
    const checked = await run("check", journey, "--json");
    expect(checked.code).toBe(0);
    expect(Array.isArray(JSON.parse(checked.out.join("\n")))).toBe(true);
    const out = join(dir, "plan.csv");
    const exported = await run("export", journey, "--format=csv", "--out", out, "--paper", "a4", "--comments");
    expect(exported).toEqual({ code: 0, out: [`${out}: written (csv)`], err: [] });
    expect(await readFile(out, "utf8")).toContain("\r\n");
  });
});
