// `outside-in export --format png` as the real command: it writes the PNG and ends at once, not when Chromium
// would be closed for being idle.
import { mkdtemp, readFile, rm } from "node:fs/promises";
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
