// Our server for the soak test: startServer as `npm start` runs it (its log on stdout), plus an idle time from
// IDLE_MS, the wait before its idle collection from IDLE_GC_MS and, on SIGUSR2,
// one line "memory {rss, heapUsed, heapTotal, external}" measured right after a full GC, so retained memory can be told from garbage.
import { resolve } from "node:path";
import { startServer } from "../../server/app";
import { IDLE_GC_DELAY_MS } from "../../server/idleMemory";

const env = process.env;
const server = await startServer({
  port: 0,
  host: "127.0.0.1",
  dataDir: resolve(env["DATA_DIR"] ?? "./data"),
  staticDir: resolve(import.meta.dirname, "../../dist"),
  idleMs: Number(env["IDLE_MS"] ?? 30_000),
  idleGcMs: Number(env["IDLE_GC_MS"] ?? IDLE_GC_DELAY_MS),
  logger: (line) => console.log(line),
});
console.log(`Outside-In is running at ${server.url}`);
process.on("SIGUSR2", () => {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const { rss, heapUsed, heapTotal, external } = process.memoryUsage();
  console.log(`memory ${JSON.stringify({ rss, heapUsed, heapTotal, external })}`);
});
process.on("SIGTERM", () => void server.close().then(() => process.exit(0)));
