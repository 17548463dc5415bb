// The command line (`npx outside-in`): validate, check, export and serve; returns the exit code.
import { randomBytes } from "node:crypto";
import { open, rename, stat, unlink, writeFile, type FileHandle } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import type { Journey } from "../src/doc";
import type { CsvSeparator } from "../src/export/csv";
import {
  decodeJourneyBytes,
  fileExtras,
  formatIssue,
  MAX_FILE_BYTES,
  parseJourneyText,
  serializeJourney,
  TOO_LARGE,
  type JourneyFile,
} from "../src/format";
import { publicUrlProblem } from "./http/publicUrl";

const USAGE = `Usage: outside-in <command>

Commands:
  validate FILE                         check a journey JSON file against format version 1
  check FILE [--json]                   run the outside-in checks and print the findings
  export FILE --format pdf|svg|png|csv|json --out OUT [--paper a3|a4] [--comments]
              [--separator comma|semicolon]
                                        render a journey file (default paper: A3 landscape;
                                        --out - writes it to standard output; a CSV with
                                        --separator semicolon has decimal commas, for an
                                        Excel that expects both: German, French, Dutch)
  serve                                 start the server (PORT, HOST, DATA_DIR, PUBLIC_URL)
  help                                  show this text
  version                               print the version (also --version)
`;

/** The version in package.json, the one a bug report should name. */
function version(): string {
  const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version?: unknown };
  return typeof pkg.version === "string" ? pkg.version : "unknown";
}

const FORMATS = ["pdf", "svg", "png", "csv", "json"] as const;
type Format = (typeof FORMATS)[number];
const PAPERS = ["a3", "a4"] as const;
type Paper = (typeof PAPERS)[number];
const SEPARATORS = ["comma", "semicolon"] as const satisfies readonly CsvSeparator[];

type Io = { out: (line: string) => void; err: (line: string) => void };
const stdio: Io = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/** Thrown for a mistake on the command line; its message is the sentence shown. */
class UsageError extends Error {}

type Args = { positional: string[]; flags: Map<string, string | true> };
const VALUE_FLAGS = new Set(["format", "out", "paper", "separator"]);
const BOOLEAN_FLAGS = new Set(["json", "comments"]);
/** The options each command reads; any other is refused rather than quietly ignored. */
const COMMAND_FLAGS: Record<string, ReadonlySet<string>> = {
  validate: new Set(),
  check: new Set(["json"]),
  export: new Set(["format", "out", "paper", "comments", "separator"]),
};

function parseArgs(command: string, argv: readonly string[]): Args {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    // "--" ends the options, as in every Unix tool: a file named "--draft.json" can follow it.
    if (arg === "--") {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith("--")) {
      positional.push(arg);
      continue;
    }
    const [name = "", inline] = arg.slice(2).split(/=(.*)/s, 2);
    if (!BOOLEAN_FLAGS.has(name) && !VALUE_FLAGS.has(name)) {
      throw new UsageError(`Unknown option --${name}. Run "outside-in help" for the list.`);
    }
    if (!COMMAND_FLAGS[command]?.has(name)) {
      throw new UsageError(`"${command}" takes no --${name}. Run "outside-in help" for what it takes.`);
    }
    if (flags.has(name)) throw new UsageError(`The option --${name} is given twice.`);
    if (BOOLEAN_FLAGS.has(name)) {
      if (inline !== undefined) throw new UsageError(`The option --${name} takes no value: leave out "=${inline}".`);
      flags.set(name, true);
    } else {
      const value = inline ?? argv[++i];
      // "--out --paper a4" gives --out no value; it does not write a file named "--paper".
      if (value === undefined || value === "" || (inline === undefined && value.startsWith("--"))) {
        throw new UsageError(`The option --${name} needs a value.`);
      }
      flags.set(name, value);
    }
  }
  return { positional, flags };
}

function oneFile(args: Args, command: string): string {
  const [file, ...more] = args.positional;
  if (file === undefined) throw new UsageError(`"${command}" needs a journey file: outside-in ${command} FILE.`);
  if (more.length > 0) throw new UsageError(`"${command}" takes one file, not ${args.positional.length}.`);
  return file;
}

/** Why a file cannot be opened or read, as the end of a sentence. */
function cannotRead(e: unknown): string {
  const code = e instanceof Error && "code" in e ? String(e.code) : "";
  if (code === "ENOENT") return "it does not exist";
  if (code === "EISDIR") return "it is a folder";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  return "it cannot be read";
}

type FileText =
  | { ok: true; text: string }
  | { ok: false; unreadable: string }
  | { ok: false; tooLarge: true }
  | { ok: false; notUtf8: string };

/**
 * The text of a journey file, read without ever holding more than the size limit and one byte: a regular
 * file's size is asked first, and anything whose size the file system does not tell (a device, a FIFO) is
 * read up to the limit and one byte, and refused beyond it.
 */
async function readLimited(path: string): Promise<FileText> {
  let handle: FileHandle;
  try {
    handle = await open(path, "r");
  } catch (e) {
    return { ok: false, unreadable: cannotRead(e) };
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) return { ok: false, unreadable: "it is a folder" };
    if (info.isFile() && info.size > MAX_FILE_BYTES) return { ok: false, tooLarge: true };
    const limit = MAX_FILE_BYTES + 1;
    const chunks: Buffer[] = [];
    let total = 0;
    // A regular file in one read of its size and one byte (in case it grew); anything else in pieces.
    let want = info.isFile() ? info.size + 1 : 64 * 1024;
    while (total < limit) {
      const buffer = Buffer.allocUnsafe(Math.min(want, limit - total));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      chunks.push(buffer.subarray(0, bytesRead));
      total += bytesRead;
      want = 1024 * 1024;
    }
    if (total > MAX_FILE_BYTES) return { ok: false, tooLarge: true };
    const decoded = decodeJourneyBytes(Buffer.concat(chunks, total));
    return decoded.ok ? decoded : { ok: false, notUtf8: decoded.error };
  } catch (e) {
    return { ok: false, unreadable: cannotRead(e) };
  } finally {
    await handle.close().catch(() => undefined);
  }
}

type Read = { file: JourneyFile; journey: Journey };

/**
 * Reads and parses a journey file, the one way validate, check and export all read; says what is wrong and
 * returns undefined when it is not valid.
 *
 * `problemsTo` is where the problems go: validate's output is its problems, one line each on stdout, the count
 * on stderr; check and export print their own output on stdout, so for them the problems are errors (stderr).
 * A file refused as a whole (not JSON, too large, another format, a newer version) is one line: its sentence.
 * A file that cannot be read at all (missing, a folder) is an error of the command, on stderr.
 */
async function readJourney(path: string, io: Io, problemsTo: keyof Io): Promise<Read | undefined> {
  const say = io[problemsTo];
  const read = await readLimited(path);
  if (!read.ok) {
    if ("tooLarge" in read) say(`${path}: ${TOO_LARGE}`);
    else if ("notUtf8" in read) say(`${path}: ${read.notUtf8}`);
    else io.err(`${path}: cannot read this file: ${read.unreadable}.`);
    return undefined;
  }
  const result = parseJourneyText(read.text);
  if (result.ok) return { file: result.file, journey: result.journey };
  if (result.scope === "file") {
    say(`${path}: ${result.error}`);
    return undefined;
  }
  io.err(`${path}: ${result.error}`);
  for (const issue of result.issues) say(formatIssue(issue));
  return undefined;
}

async function validate(args: Args, io: Io): Promise<number> {
  const file = oneFile(args, "validate");
  const { journey } = (await readJourney(file, io, "out")) ?? {};
  if (!journey) return 1;
  const n = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;
  io.out(
    `${file}: valid journey (${n(journey.stages.length, "stage")}, ${n(journey.lanes.length, "lane")}, ${n(journey.cards.length, "card")})`,
  );
  return 0;
}

async function check(args: Args, io: Io): Promise<number> {
  const file = oneFile(args, "check");
  const { journey } = (await readJourney(file, io, "err")) ?? {};
  if (!journey) return 1;
  // Loaded on demand so that `validate` works without the checks' code.
  const { runChecks } = await import("../src/checks");
  const findings = runChecks(journey).map(({ rule, severity, targetId, message }) => ({
    rule,
    severity,
    targetId,
    message,
  }));
  if (args.flags.has("json")) io.out(JSON.stringify(findings, null, 2));
  else if (findings.length === 0) io.out(`${file}: no findings`);
  else for (const f of findings) io.out(`${f.severity} ${f.rule} ${f.targetId ?? "journey"}: ${f.message}`);
  return 0;
}

const lowerCase = (value: string | true | undefined) => (typeof value === "string" ? value.toLowerCase() : value);

function pick<T extends string>(value: string | true | undefined, allowed: readonly T[], what: string): T | undefined {
  if (value === undefined) return undefined;
  const found = allowed.find((a) => a === value);
  if (found === undefined) {
    throw new UsageError(`Unknown ${what} "${String(value)}": use one of ${allowed.join(", ")}.`);
  }
  return found;
}

/** Whether two paths name one file (also through a link); false when either does not exist. */
async function sameFile(a: string, b: string): Promise<boolean> {
  const [x, y] = await Promise.all([stat(a).catch(() => undefined), stat(b).catch(() => undefined)]);
  return x !== undefined && y !== undefined && x.dev === y.dev && x.ino === y.ino;
}

/** Writes next to the target and renames, so a failed export never leaves half a file behind. */
async function writeAtomically(path: string, body: Uint8Array | string): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    await writeFile(temp, body);
    await rename(temp, path);
  } catch (e) {
    await unlink(temp).catch(() => undefined);
    throw e;
  }
}

/** Writes the exported file, and nothing else, to standard output; resolves once it is handed over. */
function writeToStdout(body: Uint8Array | string): Promise<void> {
  return new Promise((resolve, reject) => {
    process.stdout.write(body, (error) => (error ? reject(error) : resolve()));
  });
}

async function exportCommand(args: Args, io: Io): Promise<number> {
  const file = oneFile(args, "export");
  const formatFlag = args.flags.get("format");
  if (formatFlag === undefined) throw new UsageError(`"export" needs --format (${FORMATS.join(", ")}).`);
  // Written in any case: "--format PDF" and "--paper A4" are how people write them.
  const format: Format | undefined = pick(lowerCase(formatFlag), FORMATS, "format");
  const paper: Paper | undefined = pick(lowerCase(args.flags.get("paper")), PAPERS, "paper size");
  const separator: CsvSeparator | undefined = pick(args.flags.get("separator"), SEPARATORS, "separator");
  // Only the CSV has cells to separate: a semicolon asked of another format would be silently lost.
  if (separator !== undefined && format !== undefined && format !== "csv") {
    throw new UsageError(`--separator is for --format csv only; a ${format} export has no cells to separate.`);
  }
  const out = args.flags.get("out");
  if (typeof out !== "string") throw new UsageError(`"export" needs --out OUT, the file to write.`);
  if (format === undefined) return 1;
  if (format !== "json" && out !== "-" && (await sameFile(file, out))) {
    throw new UsageError(
      `--out ${out} is the journey file itself; a ${format} export would replace it. Choose another file.`,
    );
  }
  const read = await readJourney(file, io, "err");
  if (!read) return 1;
  const { journey } = read;
  let body: Uint8Array | string;
  if (format === "json") {
    // The file's own unknown top-level fields go back out with it; health and exportedAt are written fresh.
    body = serializeJourney(journey, { exportedAt: new Date(), extra: fileExtras(read.file) });
  } else {
    // Loaded on demand: the renderers pull in PDFKit and fonts, which validate and check never need.
    const { exportFile } = await import("./exportFile");
    const { closeBrowser } = await import("./png");
    const options = {
      format,
      comments: args.flags.has("comments"),
      ...(paper ? { paper } : {}),
      ...(separator ? { separator } : {}),
    };
    try {
      ({ body } = await exportFile(journey, options));
    } finally {
      // The PNG's Chromium would keep the command running until it is idle; the command is done with it.
      await closeBrowser();
    }
  }
  // "-" is standard output, as in other command-line tools: `export FILE --format csv --out - | …`.
  if (out === "-") {
    await writeToStdout(body);
    return 0;
  }
  try {
    await writeAtomically(out, body);
  } catch (e) {
    const code = e instanceof Error && "code" in e ? String(e.code) : "";
    const why =
      code === "ENOENT"
        ? "its folder does not exist"
        : code === "EACCES" || code === "EPERM"
          ? "permission denied"
          : code === "EISDIR"
            ? "it is a folder"
            : e instanceof Error
              ? e.message
              : String(e);
    io.err(`Cannot write ${out}: ${why}.`);
    return 1;
  }
  io.out(`${out}: written (${format})`);
  return 0;
}

export async function main(argv: string[], io: Io = stdio): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "validate":
        return await validate(parseArgs("validate", rest), io);
      case "check":
        return await check(parseArgs("check", rest), io);
      case "export":
        return await exportCommand(parseArgs("export", rest), io);
      case "serve": {
        if (rest.length > 0) {
          throw new UsageError(
            `"serve" takes no options (${rest.join(" ")}); set PORT, HOST, DATA_DIR and PUBLIC_URL in the environment.`,
          );
        }
        const problem = publicUrlProblem(process.env["PUBLIC_URL"]);
        if (problem !== undefined) throw new UsageError(problem);
        await import("./main");
        return 0;
      }
      case "version":
      case "--version":
      case "-v":
        io.out(`outside-in ${version()}`);
        return 0;
      case "help":
      case "--help":
      case "-h":
        io.out(USAGE);
        return 0;
      case undefined:
        io.err(USAGE);
        return 1;
      default:
        io.err(`Unknown command "${command}".`);
        io.err(USAGE);
        return 1;
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(e.message);
      return 1;
    }
    io.err(`outside-in ${command}: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
}
