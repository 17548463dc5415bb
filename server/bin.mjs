#!/usr/bin/env node
// Entry point of `npx outside-in` and `npm start`: loads the TypeScript CLI through tsx, no build step.
import { register } from "tsx/esm/api";

// A reader that stops early (`outside-in validate FILE | head -1`) closes the pipe: what is left to print has
// nowhere to go, which is no fault of the command. It ends with its own exit code instead of a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error.code !== "EPIPE") throw error;
  });
}

register();
const { main } = await import("./cli.ts");
const code = await main(process.argv.slice(2));
if (typeof code === "number") process.exitCode = code;
