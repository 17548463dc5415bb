// "--" ends the options, as in other command-line tools: what follows is a file, even when it starts with "--"
// (it answered "Unknown option --.").
import { copyFile, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runInProcess } from "./inProcess";

const FIXTURE = new URL("../fixtures/unseen/water-damage-claim.de.journey.json", import.meta.url);

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "outside-in-cli-dashdash-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('"--" on the command line', () => {
  it("takes what follows as the file, even a name that starts with --", async () => {
    const file = join(dir, "--entwurf.json");
    await copyFile(FIXTURE, file);
    const run = await runInProcess("validate", "--", file);
    expect(run).toEqual({ code: 0, out: [`${file}: valid journey (4 stages, 7 lanes, 11 cards)`], err: [] });
  });

  it("still reads the options before it", async () => {
    const file = join(dir, "schaden.json");
    await copyFile(FIXTURE, file);
    const run = await runInProcess("check", "--json", "--", file);
    expect(run.code).toBe(0);
    const findings = JSON.parse(run.out.join("\n")) as { rule: string }[];
    expect(findings.map((f) => f.rule)).toContain("channel-break");
  });

  it("makes an option after it a file name", async () => {
    const run = await runInProcess("validate", "--", "--json");
    expect(run.code).toBe(1);
    expect(run.err).toEqual(["--json: cannot read this file: it does not exist."]);
  });
});
