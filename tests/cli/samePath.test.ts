// `outside-in validate` refuses a file that holds the same path twice, with the contract's path line, and the
// file stays as it was.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brokenTiny } from "../fixtures/journeys";
import { runInProcess } from "./inProcess";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "outside-in-same-path-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("outside-in validate on the same path twice", () => {
  it("exits 1 with one line naming the second connection and the first", async () => {
    const file = join(dir, "twice.json");
    const text = JSON.stringify(
      brokenTiny((j) => {
        const connections = j.connections as Record<string, unknown>[];
        connections.push({ id: "cn_b", from: "cd_d", to: "cd_e" }, { id: "cn_again", from: "cd_b", to: "cd_d" });
      }),
    );
    await writeFile(file, text);
    const run = await runInProcess("validate", file);
    expect(run.code).toBe(1);
    expect(run.out).toEqual([
      'journey.connections[2]: the same path as journey.connections[0] ("I get an email" → "I renew in the app")',
    ]);
    expect(run.err).toEqual([`${file}: This file is not a valid Outside-In journey: 1 problem.`]);
    expect(await readFile(file, "utf8")).toBe(text);
  });
});
