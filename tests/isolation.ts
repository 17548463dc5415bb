// Which node test files need a process of their own. Most only call functions and start servers they close, and share
// a long-lived process with the files before them (loading Vitest, tsx and the server's modules once per process, not
// once per file, took the node tests from about 184 s to about 128 s). A file that changes what the whole process
// shares runs alone: module mocks, stubbed globals or environment, fake timers, a fake IndexedDB, signal handlers.
// So does a file that measures the whole process (its memory, the allocator's trim), which what ran before it in
// the same process would sway. A file counts as such when it, or a helper under tests/ that it imports, says one
// of these.
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";

const CHANGES_THE_PROCESS = new RegExp(
  [
    String.raw`\bvi\.(mock|doMock|stubGlobal|stubEnv|useFakeTimers|resetModules|spyOn)\b`,
    String.raw`fake-indexeddb`,
    String.raw`process\.env(\.\w+|\[[^\]]+\])\s*=(?!=)`,
    String.raw`delete process\.env`,
    String.raw`process\.(on|once|chdir)\(`,
    String.raw`process\.exitCode\s*=`,
    String.raw`globalThis\.\w+\s*=(?!=)`,
    String.raw`process\.memoryUsage|\bfullGc\(|\btrimMemory\(`,
  ].join("|"),
);

const IMPORTS = /(?:from|import)\s+"(\.{1,2}\/[^"]+)"/g;

function helperFile(from: string, spec: string, testsDir: string): string | null {
  const base = resolve(dirname(from), spec);
  if (!base.startsWith(testsDir)) return null;
  // A folder imported by its name is its index.ts, not something to read.
  return (
    [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`].find((c) => existsSync(c) && statSync(c).isFile()) ?? null
  );
}

function changesTheProcess(file: string, testsDir: string, seen: Map<string, boolean>): boolean {
  const known = seen.get(file);
  if (known !== undefined) return known;
  seen.set(file, false); // a helper importing itself back counts once
  const text = readFileSync(file, "utf8");
  let changes = CHANGES_THE_PROCESS.test(text);
  for (const [, spec] of changes ? [] : text.matchAll(IMPORTS)) {
    const helper = spec === undefined ? null : helperFile(file, spec, testsDir);
    if (helper && !helper.endsWith(".json") && changesTheProcess(helper, testsDir, seen)) {
      changes = true;
      break;
    }
  }
  seen.set(file, changes);
  return changes;
}

/** The node test files (paths from `root`, as Vitest's include takes them) that must run in a process of their own. */
export function testsNeedingOwnProcess(root: string): string[] {
  const testsDir = resolve(root, "tests");
  const seen = new Map<string, boolean>();
  return readdirSync(testsDir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".test.ts") && !f.startsWith("e2e/"))
    .map((f) => resolve(testsDir, f))
    .filter((f) => changesTheProcess(f, testsDir, seen))
    .map((f) => relative(root, f).split("\\").join("/"))
    .sort();
}
