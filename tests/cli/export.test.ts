// `outside-in export`: writes the file whole or not at all, and refuses bad options before reading anything.
// Runs main in this process (outsideInProcess); a PDF export and an unwritable target run the real command.
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileHealth, parseJourneyText } from "../../src/format";
import { BAD_DIR, EXAMPLE_PATH, asFile, tinyJourney } from "../fixtures/journeys";
import { readPdf } from "../export/helpers";
import { outsideInProcess } from "./inProcess";
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
    const run = await outsideInProcess("export", EXAMPLE_PATH, "--format", "json", "--out", out);
    expect(run.code).toBe(0);
    const written = parseJourneyText(await readFile(out, "utf8"));
    const original = parseJourneyText(await readFile(EXAMPLE_PATH, "utf8"));
    expect(written.ok && original.ok).toBe(true);
    if (!written.ok || !original.ok) return;
    expect(written.journey).toEqual(original.journey);
    expect(await readdir(dir)).toEqual(["map.json"]);
  });

  it("keeps the file's unknown top-level fields in a JSON export, and writes health and exportedAt fresh", async () => {
    const source = join(dir, "vendor.json");
    const journey = tinyJourney();
    const vendor = { crm: "J-42", tags: ["pilot", "b2c"], nested: { deep: [1, { ok: true }] } };
    const file = asFile(journey, {
      exportedAt: "2020-01-01T00:00:00.000Z",
      "x-vendor": vendor,
      health: { openFindings: 0, coverage: 1, stale: true },
      notes: "kept",
    });
    // Keys that reach for the prototype, written raw: they must not come back.
    const text = JSON.stringify(file).replace("{", '{"__proto__":{"polluted":true},"constructor":{"prototype":{}},');
    await writeFile(source, text);
    const out = join(dir, "map.json");
    const run = await outsideInProcess("export", source, "--format", "json", "--out", out);
    expect(run.code).toBe(0);
    const written = JSON.parse(await readFile(out, "utf8")) as Record<string, unknown>;
    expect(Object.keys(written)).toEqual(["format", "version", "exportedAt", "health", "x-vendor", "notes", "journey"]);
    expect(written["x-vendor"]).toEqual(vendor);
    expect(written.notes).toBe("kept");
    expect(written.health).toEqual(fileHealth(journey));
    expect(written.exportedAt).not.toBe("2020-01-01T00:00:00.000Z");
    expect(Date.now() - Date.parse(String(written.exportedAt))).toBeLessThan(60_000);
    const back = parseJourneyText(await readFile(out, "utf8"));
    expect(back.ok && back.journey).toEqual(journey);
  });

  it("writes an SVG on A4 paper", async () => {
    const out = join(dir, "map.svg");
    const run = await outsideInProcess("export", EXAMPLE_PATH, "--format=svg", "--paper", "a4", "--out", out);
    expect(run.code).toBe(0);
    expect(await readFile(out, "utf8")).toMatch(/<svg[\s>]/);
  });

  it("writes a PDF with comments and a CSV measurement plan", async () => {
    const pdf = join(dir, "map.pdf");
    const run = await outsideIn("export", EXAMPLE_PATH, "--format", "pdf", "--comments", "--out", pdf);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`${pdf}: written (pdf)\n`);
    expect(run.stderr).toBe("");
    expect((await readFile(pdf)).subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const csv = join(dir, "plan.csv");
    expect((await outsideInProcess("export", EXAMPLE_PATH, "--format", "csv", "--out", csv)).code).toBe(0);
    expect(await readFile(csv, "utf8")).toContain("Click-through rate");
    expect((await readdir(dir)).sort()).toEqual(["map.pdf", "plan.csv"]);
  });

  it("takes the format and the paper written in capitals (--format PDF --paper A4)", async () => {
    const out = join(dir, "map.pdf");
    const run = await outsideInProcess("export", EXAMPLE_PATH, "--format", "PDF", "--paper", "A4", "--out", out);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const pdf = await readPdf(new Uint8Array(await readFile(out)));
    expect(Math.round(pdf.sizes[0]![0])).toBe(842);
  });

  it("refuses an unknown format or paper and writes nothing", async () => {
    const out = join(dir, "map.gif");
    const format = await outsideInProcess("export", EXAMPLE_PATH, "--format", "gif", "--out", out);
    expect(format.code).toBe(1);
    expect(format.stderr).toBe('Unknown format "gif": use one of pdf, svg, png, csv, json.\n');
    const paper = await outsideInProcess("export", EXAMPLE_PATH, "--format", "pdf", "--paper", "letter", "--out", out);
    expect(paper.code).toBe(1);
    expect(paper.stderr).toBe('Unknown paper size "letter": use one of a3, a4.\n');
    expect(await readdir(dir)).toEqual([]);
  });

  it("asks for --out and --format when they are missing", async () => {
    const noOut = await outsideInProcess("export", EXAMPLE_PATH, "--format", "csv");
    expect(noOut.code).toBe(1);
    expect(noOut.stderr).toBe('"export" needs --out OUT, the file to write.\n');
    const noFormat = await outsideInProcess("export", EXAMPLE_PATH, "--out", join(dir, "x"));
    expect(noFormat.code).toBe(1);
    expect(noFormat.stderr).toBe('"export" needs --format (pdf, svg, png, csv, json).\n');
    expect(await readdir(dir)).toEqual([]);
  });

  it("refuses an invalid journey file and writes nothing", async () => {
    const out = join(dir, "map.json");
    const run = await outsideInProcess("export", join(BAD_DIR, "unknown-stage.json"), "--format", "json", "--out", out);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('journey.cards[3].stageId: unknown stage "st_9"');
    expect(await readdir(dir)).toEqual([]);
  });

  it("refuses to write a PDF or CSV over the journey file it reads, which stays as it was", async () => {
    const source = join(dir, "kündigung.json");
    const text = JSON.stringify(asFile({ ...tinyJourney(), title: "Kündigung „sofort“ – 5 €" }));
    await writeFile(source, text);
    // Spelled another way than the source, as a shell or a script may.
    const out = `${dir}/./kündigung.json`;
    for (const format of ["pdf", "csv"]) {
      const run = await outsideInProcess("export", source, "--format", format, "--out", out);
      expect(run.code).toBe(1);
      expect(run.stderr).toBe(
        `--out ${out} is the journey file itself; a ${format} export would replace it. Choose another file.\n`,
      );
    }
    expect(await readFile(source, "utf8")).toBe(text);
    expect(await readdir(dir)).toEqual(["kündigung.json"]);
  });

  it("says so when the target cannot be written, and leaves no temporary file", async () => {
    const out = join(dir, "missing-folder", "map.json");
    const run = await outsideIn("export", EXAMPLE_PATH, "--format", "json", "--out", out);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`Cannot write ${out}: its folder does not exist.\n`);
    expect(run.stdout).toBe("");
    expect(await readdir(dir)).toEqual([]);
  });
});
