// `outside-in export --format csv --separator semicolon`: the measurement plan for an Excel that expects semicolons
// and decimal commas; comma (or no --separator) is the CSV as before; another value, or a separator asked of another
// format, is refused with a sentence (exit 1) before anything is read or written.
import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { renderMeasurementCsv } from "../../src/export";
import { germanJourney } from "../export/journeys";
import { asFile } from "../fixtures/journeys";
import { runInProcess as run } from "./inProcess";
import { outsideIn } from "./run";

let dir: string;
let journeyFile: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "outside-in-separator-"));
  journeyFile = join(dir, "Schaden.journey.json");
  await writeFile(journeyFile, JSON.stringify(asFile(germanJourney())));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const files = async () => (await readdir(dir)).filter((f) => f !== "Schaden.journey.json").sort();

describe("outside-in export --separator", () => {
  it("writes the CSV for Excel with semicolons and decimal commas (the real command)", async () => {
    const out = join(dir, "plan-excel.csv");
    const result = await outsideIn("export", journeyFile, "--format", "csv", "--separator", "semicolon", "--out", out);
    expect(result).toEqual({ code: 0, stdout: `${out}: written (csv)\n`, stderr: "" });
    const bytes = await readFile(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString("utf8");
    expect(text).toBe(renderMeasurementCsv(germanJourney(), { separator: "semicolon" }));
    expect(text).toContain("Ich erhalte 12,50 € Selbstbeteiligung zurück – schön groß");
    expect(text).toContain(';"5,5";');
    expect(text).toContain(';"3,75";2026-11-01;');
    await rm(out);
  });

  it("writes the comma CSV as before with --separator comma, --separator=comma or without it", async () => {
    const comma = renderMeasurementCsv(germanJourney());
    for (const [name, flags] of [
      ["plain.csv", []],
      ["comma.csv", ["--separator", "comma"]],
      ["inline.csv", ["--separator=comma"]],
    ] as const) {
      const out = join(dir, name);
      const result = await run("export", journeyFile, "--format", "csv", ...flags, "--out", out);
      expect(result).toEqual({ code: 0, out: [`${out}: written (csv)`], err: [] });
      expect(await readFile(out, "utf8")).toBe(comma);
      await rm(out);
    }
    const excel = join(dir, "excel.csv");
    expect((await run("export", journeyFile, "--separator=semicolon", "--format=csv", "--out", excel)).code).toBe(0);
    expect(await readFile(excel, "utf8")).toBe(renderMeasurementCsv(germanJourney(), { separator: "semicolon" }));
    await rm(excel);
  });

  it.each([
    [["--format", "csv", "--separator", "tab"], 'Unknown separator "tab": use one of comma, semicolon.'],
    [["--format", "csv", "--separator", ";"], 'Unknown separator ";": use one of comma, semicolon.'],
    [["--format", "csv", "--separator", "Semicolon"], 'Unknown separator "Semicolon": use one of comma, semicolon.'],
    [["--format", "csv", "--separator"], "The option --separator needs a value."],
    [["--format", "csv", "--separator="], "The option --separator needs a value."],
    [["--format", "csv", "--separator", "comma", "--separator", "semicolon"], "The option --separator is given twice."],
    [
      ["--format", "pdf", "--separator", "semicolon"],
      "--separator is for --format csv only; a pdf export has no cells to separate.",
    ],
    [
      ["--format", "json", "--separator", "comma"],
      "--separator is for --format csv only; a json export has no cells to separate.",
    ],
    [
      ["--format", "png", "--paper", "a4", "--separator", "semicolon"],
      "--separator is for --format csv only; a png export has no cells to separate.",
    ],
  ])("refuses export %j with one sentence and writes nothing", async (flags, sentence) => {
    const out = join(dir, "refused.out");
    const result = await run("export", journeyFile, ...flags, "--out", out);
    expect(result).toEqual({ code: 1, out: [], err: [sentence] });
    expect(existsSync(out)).toBe(false);
    expect(await files()).toEqual([]);
  });

  it("is refused by the commands that export nothing", async () => {
    expect(await run("check", journeyFile, "--separator", "semicolon")).toEqual({
      code: 1,
      out: [],
      err: ['"check" takes no --separator. Run "outside-in help" for what it takes.'],
    });
    expect((await run("validate", journeyFile, "--separator=comma")).err).toEqual([
      '"validate" takes no --separator. Run "outside-in help" for what it takes.',
    ]);
  });

  it("is named in the help", async () => {
    const help = await run("help");
    expect(help.out.join("\n")).toContain("[--separator comma|semicolon]");
  });
});
