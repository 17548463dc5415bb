// `npm install` builds server/native (malloc_trim for the idle server) with node-gyp, as better-sqlite3 is built.
// The server runs without it, keeping freed memory until it is reused: a failed build says so and lets the
// install go on.
import { spawnSync } from "node:child_process";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
// npm hands its own node-gyp to install scripts; run outside npm, the one on the PATH is used.
const bundled = process.env["npm_config_node_gyp"];
const [command, args] = bundled
  ? [process.execPath, [bundled, "rebuild", "--release"]]
  : ["node-gyp", ["rebuild", "--release"]];
const result = spawnSync(command, args, {
  cwd: here,
  stdio: "inherit",
  shell: !bundled && process.platform === "win32",
});
if (result.status !== 0) {
  console.warn(
    "Outside-In: node-gyp could not build server/native (see above; it needs Python, a C compiler and Node's headers). " +
      "The server works without it, but keeps memory it freed after a busy time instead of returning it.",
  );
}
