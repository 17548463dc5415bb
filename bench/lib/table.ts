// Prints figures as an aligned table on the console and as a Markdown table for bench/RESULTS.md.

export type Row = readonly string[];

export function textTable(head: Row, rows: readonly Row[]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (r: Row) =>
    r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join("  ");
  return [line(head), ...rows.map(line)].join("\n");
}

export function markdownTable(head: Row, rows: readonly Row[]): string {
  const line = (r: Row) => `| ${r.join(" | ")} |`;
  return [line(head), `| ${head.map((_, i) => (i === 0 ? "---" : "---:")).join(" | ")} |`, ...rows.map(line)].join(
    "\n",
  );
}
