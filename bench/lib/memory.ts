// Asks an instrumented server (bench/harden/serve.ts) for its memory after a GC and reads the answer from its output.
import { z } from "zod";
import { until } from "./rawClient";
import type { ServerProcess } from "./servers";

const reportSchema = z.object({
  rss: z.number(),
  heapUsed: z.number(),
  heapTotal: z.number(),
  /** Memory outside the V8 heap held by JS objects (Buffers, Uint8Arrays of updates). */
  external: z.number(),
});
export type MemoryReport = z.infer<typeof reportSchema>;

export async function memoryAfterGc(server: ServerProcess): Promise<MemoryReport> {
  const seen = (server.output().match(/^memory .*$/gm) ?? []).length;
  server.child.kill("SIGUSR2");
  await until(() => (server.output().match(/^memory .*$/gm) ?? []).length > seen, 10_000, "a memory report");
  const lines = server.output().match(/^memory (.*)$/gm) ?? [];
  return reportSchema.parse(JSON.parse((lines[lines.length - 1] ?? "").slice("memory ".length)));
}
