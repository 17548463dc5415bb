// Broken copies of the audit's journey files on the command line: validate names each problem by its JSON path
// and exits 1; check and export exit 1 with the same problems on stderr, print nothing on stdout and write nothing.
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runInProcess } from "../cli/inProcess";
import { BREAKAGES } from "./unseenBreakages";
import { UNSEEN, UNSEEN_NAMES, unseenPath } from "./unseenFixtures";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "outside-in-audit-cli-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("validate on the audit's journey files", () => {
  it.each(UNSEEN_NAMES)("says %s is valid and counts its stages, lanes and cards", async (name) => {
    const { stages, lanes, cards } = UNSEEN[name];
    const path = unseenPath(name);
    const s = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
    expect(await runInProcess("validate", path)).toEqual({
      code: 0,
      out: [`${path}: valid journey (${s(stages, "stage")}, ${s(lanes, "lane")}, ${s(cards, "card")})`],
      err: [],
    });
  });
});

describe("a broken copy of an audit file", () => {
  it.each(BREAKAGES.map((b) => [`${b.fixture}: ${b.name}`, b] as const))(
    "%s is refused by validate, check and export with its path and sentence",
    async (_, breakage) => {
      const file = join(dir, `broken-${BREAKAGES.indexOf(breakage)}.json`);
      await writeFile(file, breakage.text);
      const problems = breakage.problems.length;
      const headline =
        breakage.refusal !== undefined
          ? `${file}: ${breakage.refusal}`
          : `${file}: This file is not a valid Outside-In journey: ${problems} problem${problems === 1 ? "" : "s"}.`;

      const validate = await runInProcess("validate", file);
      expect(validate.code).toBe(1);
      if (breakage.refusal !== undefined) expect(validate).toEqual({ code: 1, out: [headline], err: [] });
      else expect(validate).toEqual({ code: 1, out: breakage.problems, err: [headline] });

      const check = await runInProcess("check", file, "--json");
      expect(check).toEqual({
        code: 1,
        out: [],
        err: breakage.refusal ? [headline] : [headline, ...breakage.problems],
      });

      const out = join(dir, "never-written.csv");
      const exported = await runInProcess("export", file, "--format", "csv", "--out", out);
      expect(exported.code).toBe(1);
      expect(exported.out).toEqual([]);
      expect(exported.err[0]).toBe(headline);
      expect(existsSync(out)).toBe(false);
    },
  );
});
