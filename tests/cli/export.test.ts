// `outside-in export`: writes the file whole or not at all, and refuses bad options before reading anything.
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseJourneyText } from "../../src/format";
import { BAD_DIR, EXAMPLE_PATH } from "../fixtures/journeys";
import { outsideIn } from "./run";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "outside-in-export-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("outside-in export", () => {
  it("writes a JSON file that validates and holds the same journey", async () => {
    const out = join(dir, "map.json");
    const run = await outsideIn("export", EXAMPLE_PATH, "--format", "json", "--out", out);
    expect(run.code).toBe(0);
    const written = parseJourneyText(await readFile(out, "utf8"));
    const original = parseJourneyText(await readFile(EXAMPLE_PATH, "utf8"));
    expect(written.ok && original.ok).toBe(true);
    if (!written.ok || !original.ok) return;
    expect(written.journey).toEqual(original.journey);
    expect(await readdir(dir)).toEqual(["map.json"]);
  });

  it("writes an SVG on A4 paper", async () => {
    const out = join(dir, "map.svg");
    const run = await outsideIn("export", EXAMPLE_PATH, "--format=svg", "--paper", "a4", "--out", out);
    expect(run.code).toBe(0);
    expect(await readFile(out, "utf8")).toMatch(/<svg[\s>]/);
  });

  it("writes a PDF with comments and a CSV measurement plan", async () => {
    const pdf = join(dir, "map.pdf");
    const run = await outsideIn("export", EXAMPLE_PATH, "--format", "pdf", "--comments", "--out", pdf);
    expect(run.code).toBe(0);
    expect((await readFile(pdf)).subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const csv = join(dir, "plan.csv");
    expect((await outsideIn("export", EXAMPLE_PATH, "--format", "csv", "--out", csv)).code).toBe(0);
    expect(await readFile(csv, "utf8")).toContain("Click-through rate");
    expect((await readdir(dir)).sort()).toEqual(["map.pdf", "plan.csv"]);
  });

  it("refuses an unknown format or paper and writes nothing", async () => {
    const out = join(dir, "map.gif");
    const format = await outsideIn("export", EXAMPLE_PATH, "--format", "gif", "--out", out);
    expect(format.code).toBe(1);
    expect(format.stderr).toBe('Unknown format "gif": use one of pdf, svg, png, csv, json.\n');
    const paper = await outsideIn("export", EXAMPLE_PATH, "--format", "pdf", "--paper", "letter", "--out", out);
    expect(paper.code).toBe(1);
    expect(paper.stderr).toBe('Unknown paper size "letter": use one of a3, a4.\n');
    expect(await readdir(dir)).toEqual([]);
  });

  it("asks for --out and --format when they are missing", async () => {
    const noOut = await outsideIn("export", EXAMPLE_PATH, "--format", "csv");
    expect(noOut.code).toBe(1);
    expect(noOut.stderr).toBe('"export" needs --out OUT, the file to write.\n');
    const noFormat = await outsideIn("export", EXAMPLE_PATH, "--out", join(dir, "x"));
    expect(noFormat.code).toBe(1);
    expect(noFormat.stderr).toBe('"export" needs --format (pdf, svg, png, csv, json).\n');
    expect(await readdir(dir)).toEqual([]);
  });

  it("refuses an invalid journey file and writes nothing", async () => {
    const out = join(dir, "map.json");
    const run = await outsideIn("export", join(BAD_DIR, "unknown-stage.json"), "--format", "json", "--out", out);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('journey.cards[3].stageId: unknown stage "st_9"');
    expect(await readdir(dir)).toEqual([]);
  });

  it("says so when the target cannot be written, and leaves no temporary file", async () => {
    const out = join(dir, "missing-folder", "map.json");
    const run = await outsideIn("export", EXAMPLE_PATH, "--format", "json", "--out", out);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`Cannot write ${out}: its folder does not exist.\n`);
    expect(await readdir(dir)).toEqual([]);
  });
});
