// What `check --json` finds in a journey file, run in this process, and the findings as rule → target ids, for the
// reviewers' journey tests.
import { runInProcess } from "./inProcess";

export type Finding = { rule: string; severity: string; targetId: string; message: string };

/** The findings of `check FILE --json`; fails the test unless the command exits 0 with nothing on stderr. */
export async function checkFindings(file: string): Promise<Finding[]> {
  const run = await runInProcess("check", file, "--json");
  expect({ file, code: run.code, err: run.err }).toEqual({ file, code: 0, err: [] });
  return JSON.parse(run.out.join("\n")) as Finding[];
}

/** The findings' target ids by rule, in the order they came. */
export const byRule = (list: Finding[]): Record<string, string[]> =>
  list.reduce<Record<string, string[]>>((acc, f) => ({ ...acc, [f.rule]: [...(acc[f.rule] ?? []), f.targetId] }), {});
