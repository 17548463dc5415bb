// Each benchmark writes its own section under bench/results/; bench/RESULTS.md is rebuilt from all of them,
// so `npm run bench -- canvas` refreshes the canvas figures and keeps the others.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, totalmem, type as osType, release } from "node:os";
import { join, resolve } from "node:path";
import { format } from "prettier";

const benchDir = resolve(import.meta.dirname, "..");
const sectionsDir = join(benchDir, "results");

export function machine(): string {
  const cpu = cpus();
  return `${cpu.length} × ${cpu[0]?.model.trim() ?? "unknown CPU"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${osType()} ${release()}, Node ${process.version}`;
}

/** Stores one benchmark's Markdown section and rewrites bench/RESULTS.md. */
export async function writeSection(name: string, title: string, body: string): Promise<void> {
  mkdirSync(sectionsDir, { recursive: true });
  const stamp = new Date().toISOString().replace(/\.\d+Z$/, "Z");
  const section = `## ${title}\n\nRun ${stamp} on ${machine()}.\n\n${body.trim()}\n`;
  writeFileSync(join(sectionsDir, `${name}.md`), await format(section, { parser: "markdown", printWidth: 120 }));
  const sections = readdirSync(sectionsDir)
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((f) => readFileSync(join(sectionsDir, f), "utf8").trim());
  const all = [
    "# Benchmark results",
    "",
    "Written by `npm run bench` (one section per benchmark; `npm run bench -- NAME` reruns one). Each figure is the",
    "median of the runs named in its table. Do not edit by hand.",
    "",
    ...sections.flatMap((s) => [s, ""]),
  ].join("\n");
  writeFileSync(join(benchDir, "RESULTS.md"), await format(all, { parser: "markdown", printWidth: 120 }));
}
