// Each benchmark rewrites its own section of bench/RESULTS.md (found by a marker comment) and keeps the others,
// so `npm run bench -- canvas` refreshes the canvas figures only.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, totalmem, type as osType, release } from "node:os";
import { join, resolve } from "node:path";
import { format } from "prettier";

const resultsFile = join(resolve(import.meta.dirname, ".."), "RESULTS.md");
const MARK = /^<!-- section: ([\w-]+) -->$/m;

const HEADER = `# Benchmark results

Written by \`npm run bench\` and \`npm run harden\` (one section each; \`npm run bench -- NAME\` reruns one). Each
benchmark figure is the median of the runs its section names. Do not edit by hand.`;

export function machine(): string {
  const cpu = cpus();
  return `${cpu.length} × ${cpu[0]?.model.trim() ?? "unknown CPU"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${osType()} ${release()}, Node ${process.version}`;
}

function sectionsOf(text: string): Map<string, string> {
  const sections = new Map<string, string>();
  const parts = text.split(/(?=^<!-- section: [\w-]+ -->$)/m);
  for (const part of parts) {
    const name = MARK.exec(part)?.[1];
    if (name) sections.set(name, part.trim());
  }
  return sections;
}

/** Replaces (or adds) one section of bench/RESULTS.md; sections are ordered by name. */
export async function writeSection(name: string, title: string, body: string): Promise<void> {
  const stamp = new Date().toISOString().replace(/\.\d+Z$/, "Z");
  const sections = sectionsOf(existsSync(resultsFile) ? readFileSync(resultsFile, "utf8") : "");
  sections.set(name, `<!-- section: ${name} -->\n\n## ${title}\n\nRun ${stamp} on ${machine()}.\n\n${body.trim()}`);
  const ordered = [...sections.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, s]) => s);
  const text = [HEADER, ...ordered].join("\n\n") + "\n";
  writeFileSync(resultsFile, await format(text, { parser: "markdown", printWidth: 120 }));
}
