// `npm start` / `outside-in serve`: builds the browser app when it is missing or stale, starts the server
// from the environment and shuts down gracefully on SIGTERM and SIGINT.
import { join, resolve } from "node:path";
import { appBuildNeeded, buildApp, projectRoot } from "./appBuild";
import { startServer } from "./app";
import { dataDirProblem } from "./dataDirProblem";
import { listenProblem } from "./listenProblem";

function portFrom(value: string | undefined): number {
  if (value === undefined || value === "") return 8080;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, not "${value}".`);
  return port;
}

/**
 * A creation token a client can send: `Authorization: Bearer TOKEN` carries one word of Latin-1 characters (what
 * a browser's fetch allows in a header), and the server reads exactly that word. A token with a space, a control
 * character or, say, € could never be matched, and nobody could create a map.
 */
function createTokenFrom(value: string | undefined): string | undefined {
  if (value === undefined || value === "") return undefined;
  if (!/^[\x21-\x7e\xa1-\xff]+$/.test(value))
    throw new Error(
      "CREATE_TOKEN must be one word of printable characters (no spaces, no characters beyond Latin-1 such as €): " +
        "no client could send it.",
    );
  return value;
}

const env = process.env;
const createToken = createTokenFrom(env["CREATE_TOKEN"]);
// SKIP_BUILD=1 serves whatever dist/ holds (tests of the server process need no browser app).
if (env["SKIP_BUILD"] !== "1" && appBuildNeeded()) {
  console.log("Building the browser app…");
  buildApp();
}
const port = portFrom(env["PORT"]);
const host = env["HOST"] || "127.0.0.1";
const dataDir = resolve(env["DATA_DIR"] || "./data");
const server = await startServer({
  port,
  host,
  dataDir,
  staticDir: join(projectRoot, "dist"),
  ...(env["PUBLIC_URL"] ? { publicUrl: env["PUBLIC_URL"] } : {}),
  ...(createToken ? { createToken } : {}),
  logger: (line) => console.log(line),
}).catch((error: unknown) => {
  const sentence = listenProblem(error, host, port) ?? dataDirProblem(error, dataDir);
  throw new Error(sentence ?? (error instanceof Error ? error.message : String(error)));
});
// Where it listens, and, when PUBLIC_URL differs (a proxy in front), the address share links point to.
console.log(
  server.publicUrl === server.url
    ? `Outside-In is running at ${server.url}`
    : `Outside-In is running at ${server.url}; share links point to ${server.publicUrl}`,
);

let stopping = false;
const stop = (signal: string): void => {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: saving and closing…`);
  server.close().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
};
process.on("SIGTERM", () => stop("SIGTERM"));
process.on("SIGINT", () => stop("SIGINT"));
