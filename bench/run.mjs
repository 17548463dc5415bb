// `npm run bench`: runs every bench/*.bench.ts through tsx, one process each, so one benchmark's memory does not skew another's.
// `npm run bench -- pdf` runs only the benchmarks whose file name contains "pdf".
import { readdirSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const here = dirname(fileURLToPath(import.meta.url));
const filter = process.argv[2]?.toLowerCase();
const files = readdirSync(here)
  .filter((f) => f.endsWith(".bench.ts") && (filter === undefined || f.toLowerCase().includes(filter)))
  .sort();
if (files.length === 0) {
  console.error(filter ? `No benchmark matches "${filter}".` : "No benchmarks in bench/.");
  process.exit(1);
}
let failed = 0;
for (const file of files) {
  console.log(`\n== ${file}`);
  const result = spawnSync(process.execPath, ["--expose-gc", "--import", "tsx", join(here, file)], {
    stdio: "inherit",
  });
  if (result.status !== 0) failed++;
}
process.exit(failed === 0 ? 0 : 1);
