// validate, check and export read journey files as UTF-8 and refuse any other encoding with where, exit 1.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { asFile, tinyJourney } from "../fixtures/journeys";
import { runInProcess as run } from "./inProcess";

let dir: string;
let latin1File: string;
let utf8File: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "outside-in-encoding-"));
  const text = JSON.stringify({ ...asFile(tinyJourney()), note: "x" }, null, 2).replace('"x"', '"Prüfung"');
  utf8File = join(dir, "utf8.journey.json");
  latin1File = join(dir, "latin1.journey.json");
  await writeFile(utf8File, text, "utf8");
  await writeFile(latin1File, Buffer.from(text, "latin1"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const REFUSAL =
  /^.*latin1\.journey\.json: This file is not UTF-8 text \(line \d+, column \d+\); a journey file is UTF-8\. Save it as UTF-8 and try again\.$/;

describe("a journey file that is not UTF-8", () => {
  it("is one line of validate's output, exit 1", async () => {
    const run1 = await run("validate", latin1File);
    expect(run1.code).toBe(1);
    expect(run1.out).toHaveLength(1);
    expect(run1.out[0]).toMatch(REFUSAL);
  });

  it("is refused by check and export, which write nothing", async () => {
    const checked = await run("check", latin1File, "--json");
    expect(checked).toMatchObject({ code: 1, out: [] });
    expect(checked.err[0]).toMatch(REFUSAL);
    const out = join(dir, "plan.csv");
    const exported = await run("export", latin1File, "--format", "csv", "--out", out);
    expect(exported).toMatchObject({ code: 1, out: [] });
    expect(exported.err[0]).toMatch(REFUSAL);
    expect(existsSync(out)).toBe(false);
  });

  it("the same file in UTF-8 is valid", async () => {
    expect((await run("validate", utf8File)).code).toBe(0);
  });
});
