// `outside-in serve` refuses, with a sentence and exit 1, a PUBLIC_URL no share link could be made from (it said
// "Invalid URL", or started and wrote links such as https://x?a=1/m/ID) and options it does not read (it ignored
// them and started on another port than asked); `outside-in --version` prints the package's version.
import { readFileSync } from "node:fs";
import { lines, outsideIn } from "./run";
import { runInProcess } from "./inProcess";

/** `serve` with PUBLIC_URL set for the run only, in this process (the check comes before the server starts). */
async function serveWith(publicUrl: string) {
  const before = process.env["PUBLIC_URL"];
  process.env["PUBLIC_URL"] = publicUrl;
  try {
    return await runInProcess("serve");
  } finally {
    if (before === undefined) delete process.env["PUBLIC_URL"];
    else process.env["PUBLIC_URL"] = before;
  }
}

describe("outside-in serve", () => {
  it.each([
    [
      "journeys.example.com",
      'PUBLIC_URL must be a full web address such as https://maps.example.com, not "journeys.example.com".',
    ],
    [
      "ftp://maps.example.com",
      'PUBLIC_URL must start with https:// or http:// (such as https://maps.example.com), not "ftp://".',
    ],
    [
      "https://anna:geheim@maps.example.com",
      "PUBLIC_URL must not hold a user name or password: every share link would carry it.",
    ],
    [
      "https://maps.example.com/?team=1",
      "PUBLIC_URL must not have a query (?…) or fragment (#…): share links add /m/ID to it (such as https://maps.example.com).",
    ],
  ])("refuses PUBLIC_URL=%s with a sentence before it starts", async (value, sentence) => {
    const run = await serveWith(value);
    expect(run.code).toBe(1);
    expect(run.err).toEqual([sentence]);
    expect(run.out).toEqual([]);
  });

  it("refuses options, which it does not read, instead of starting as if they were not there", async () => {
    const run = await runInProcess("serve", "--port", "3000");
    expect(run.code).toBe(1);
    expect(run.err).toEqual([
      '"serve" takes no options (--port 3000); set PORT, HOST, DATA_DIR and PUBLIC_URL in the environment.',
    ]);
  });
});

describe("outside-in --version", () => {
  it("prints the package's version and exits 0", async () => {
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
    for (const flag of ["--version", "version", "-v"]) {
      const run = await outsideIn(flag);
      expect(run.code).toBe(0);
      expect(lines(run.stdout)).toEqual([`outside-in ${pkg.version}`]);
      expect(run.stderr).toBe("");
    }
  });
});
