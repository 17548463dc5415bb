#!/usr/bin/env node
// Entry point of `npx outside-in` and `npm start`: loads the TypeScript CLI through tsx, no build step.
import { register } from "tsx/esm/api";

register();
const { main } = await import("./cli.ts");
const code = await main(process.argv.slice(2));
if (typeof code === "number") process.exitCode = code;
