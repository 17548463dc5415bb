// What the canvas benchmark serves: the production build of the app (rebuilt when stale) and the bare React Flow
// page built with Vite's API into a temporary folder, with the node rectangles of each map size beside it.
import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { build } from "vite";
import react from "@vitejs/plugin-react";
import { computeGrid } from "../../src/canvas/layout";
import type { Journey } from "../../src/doc";
import { appBuildNeeded, buildApp } from "../../server/appBuild";

export function ensureAppBuilt(): void {
  if (!appBuildNeeded()) return;
  console.log("Building the app into dist/ …");
  buildApp();
}

export async function buildBare(outDir: string): Promise<void> {
  await build({
    root: resolve(import.meta.dirname, "../bare"),
    configFile: false,
    plugins: [react()],
    logLevel: "warn",
    base: "./",
    build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  });
}

/** Writes nodes-N.json: one plain node per card, at the rectangle our layout gives that card, and the paths. */
export function writeBareNodes(outDir: string, journey: Journey, n: number): void {
  const grid = computeGrid(journey);
  const titles = new Map(journey.cards.map((c) => [c.id, c.title]));
  const rects = [...grid.cardRects].map(([id, r]) => ({ id, ...r, title: titles.get(id) ?? id }));
  const edges = journey.connections.map((c) => ({ id: c.id, source: c.from, target: c.to }));
  writeFileSync(join(outDir, `nodes-${n}.json`), JSON.stringify({ rects, edges }));
}
