// Runs the command line's `main` in this process and collects its exit code and its lines on stdout and stderr.
import { main } from "../../server/cli";

export type InProcessRun = { code: number; out: string[]; err: string[] };

export async function runInProcess(...argv: string[]): Promise<InProcessRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}
