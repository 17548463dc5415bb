// `outside-in export --format png` as the real command: it writes the PNG and ends at once, not when Chromium
// would be closed for being idle.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { EXAMPLE_PATH } from "../fixtures/journeys";
import { outsideIn } from "./run";

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "outside-in-png-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

it("writes a PNG and ends well before the shared Chromium's idle time", async () => {
  const out = join(dir, "map.png");
  const started = Date.now();
  const run = await outsideIn("export", EXAMPLE_PATH, "--format", "png", "--out", out);
  const took = Date.now() - started;
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  expect(run.stdout).toBe(`${out}: written (png)\n`);
  // Chromium is closed after 60 s idle; a command that waited for that would take a minute (a busy machine
  // takes some 15 s for the rest).
  expect(took, `took ${took} ms`).toBeLessThan(40_000);
  expect([...(await readFile(out)).subarray(0, 8)]).toEqual(PNG_SIGNATURE);
}, 70_000);

it("writes the whole of a wide map into the PNG, and refuses one too big for an image with a sentence", async () => {
  const stages = (count: number) => ({
    format: "outside-in.journey",
    version: 1,
    journey: {
      id: "wide",
      title: "Breite Reise",
      language: "de",
      stages: Array.from({ length: count }, (_, i) => ({ id: `st_${i}`, name: `Phase ${i + 1}` })),
      lanes: [{ id: "ln_do", name: "Was ich tue", kind: "actions" }],
      cards: [{ id: "cd_last", stageId: `st_${count - 1}`, laneId: "ln_do", title: "Ich komme an" }],
      connections: [],
    },
  });
  const wide = join(dir, "wide.json");
  await writeFile(wide, JSON.stringify(stages(20)));
  const out = join(dir, "wide.png");
  const run = await outsideIn("export", wide, "--format", "png", "--out", out, "--paper", "a4");
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  const png = await readFile(out);
  // 20 stage columns of 190 points, the lanes' column and the margins, at two pixels per point: not one A4 page.
  expect(png.readUInt32BE(16)).toBe((20 * 190 + 96 + 2 * 28) * 2);

  const huge = join(dir, "huge.json");
  await writeFile(huge, JSON.stringify(stages(100)));
  const refusedOut = join(dir, "huge.png");
  const refused = await outsideIn("export", huge, "--format", "png", "--out", refusedOut);
  expect(refused.code).toBe(1);
  expect(refused.stdout).toBe("");
  expect(refused.stderr).toMatch(
    /This map is too big for one PNG image: it would be 19,152 × \d[\d,]* pixels.* Export it as PDF or SVG, which split the map into pages\.\n$/,
  );
  await expect(readFile(refusedOut)).rejects.toThrow(/ENOENT/);
}, 70_000);
