// Import fuzz: mutated journey files go through `validate` (parseJourneyText, what `outside-in validate` runs) and
// POST /api/maps. Each must be accepted by both or refused by both with a sentence; a refused file stores nothing,
// and every stored map is whole (its four tokens, its map and comments documents).
import { mkdtemp, rm } from "node:fs/promises";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import Database from "better-sqlite3";
import { parseJourneyText } from "../../src/format";
import { getTemplate, TEMPLATES } from "../../src/templates";
import { journeyFile, journeyOfCards } from "../lib/maps";
import { root, startOurs } from "../lib/servers";
import { seeded } from "./mutate";
import { mutateJourney } from "./mutateJourney";

export interface ImportFuzzOptions {
  files: number;
  seed: number;
  timeLimitMs: number;
  /** Journey files to mutate besides the built-in ones (./journeyCorpus). */
  journeys?: unknown[];
  /**
   * Files on their way to the server at once (default 1). With more, the next file is mutated and validated while
   * the server reads the last one; the files and what is checked of each stay the same.
   */
  inFlight?: number;
}

export interface ImportFuzzResult {
  files: number;
  /** How many journeys the mutations started from. */
  corpus: number;
  accepted: number;
  refused: number;
  /** validate and the API disagreed, or a refusal came without a sentence, or the server failed. */
  problems: string[];
  mapsStored: number;
  incompleteMaps: number;
  orphanRows: number;
  serverExited: boolean;
  seconds: number;
}

/** A refusal a person can read: a sentence, not a stack trace. */
const isSentence = (s: unknown): boolean =>
  typeof s === "string" &&
  s.length >= 10 &&
  s.length <= 500 &&
  /^[A-Z"]/.test(s) &&
  /[.!?]$/.test(s) &&
  !/\n\s+at /.test(s);

/** Where journeys of one's own are looked for by default: the examples beside the project (left out where absent). */
export const EXAMPLES_DIR = resolve(root, "../shared/examples");

/**
 * The journey files under `paths` (a folder's `*.json` files, or files named one by one), read as JSON, to mutate
 * beside the built-in corpus: journeys this project has not seen. Throws a sentence naming the file that cannot be
 * read or is not JSON; a folder that does not exist is an error too, except the default examples folder.
 */
export function journeysFrom(paths: readonly string[]): unknown[] {
  const files = paths.flatMap((path) => {
    if (!existsSync(path)) throw new Error(`There is no file or folder "${path}" to take journeys from.`);
    if (!statSync(path).isDirectory()) return [path];
    return readdirSync(path)
      .filter((name) => name.endsWith(".json"))
      .sort()
      .map((name) => join(path, name));
  });
  return files.map((file) => {
    try {
      return JSON.parse(readFileSync(file, "utf8").replace(/^\uFEFF/, "")) as unknown;
    } catch (error) {
      throw new Error(`"${file}" is not a JSON file to mutate (${(error as Error).message}).`, { cause: error });
    }
  });
}

/** The journeys in ../shared/examples, where that folder exists. */
export const exampleJourneys = (): unknown[] => (existsSync(EXAMPLES_DIR) ? journeysFrom([EXAMPLES_DIR]) : []);

export function journeyCorpus(): unknown[] {
  const fixture: unknown = JSON.parse(readFileSync(join(root, "tests/fixtures/phone-plan.journey.json"), "utf8"));
  const templates = TEMPLATES.flatMap((t) =>
    (["en", "de"] as const).flatMap((lang) => {
      const j = getTemplate(t.id, lang);
      return j ? [journeyFile(j)] : [];
    }),
  );
  return [fixture, journeyFile(journeyOfCards(40, 5)), ...templates];
}

export async function runImportFuzz(options: ImportFuzzOptions): Promise<ImportFuzzResult> {
  const dataDir = await mkdtemp(join(tmpdir(), "outside-in-harden-import-"));
  const server = await startOurs(dataDir);
  const random = seeded(options.seed);
  const corpus = [...journeyCorpus(), ...(options.journeys ?? [])];
  const problems: string[] = [];
  const started = performance.now();
  let files = 0;
  let accepted = 0;
  let refused = 0;
  try {
    const exited = (): boolean => server.child.exitCode !== null || server.child.signalCode !== null;
    const check = async (text: string, label: string): Promise<void> => {
      const verdict = parseJourneyText(text);
      const res = await fetch(`${server.url}/api/maps`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: text,
      });
      const body = (await res.json().catch(() => undefined)) as { error?: unknown } | undefined;
      if (res.status === 201) {
        accepted++;
        if (!verdict.ok) problems.push(`${label}: the API stored a file validate refuses (${verdict.error})`);
      } else if (res.status === 400 || res.status === 413) {
        refused++;
        if (verdict.ok) problems.push(`${label}: validate accepts a file the API refused: ${String(body?.error)}`);
        if (!isSentence(body?.error))
          problems.push(`${label}: the API refused without a sentence: ${String(body?.error)}`);
        if (!verdict.ok && !isSentence(verdict.error)) problems.push(`${label}: validate said "${verdict.error}"`);
      } else problems.push(`${label}: the API answered ${res.status}: ${String(body?.error)}`);
    };
    const pending = new Set<Promise<void>>();
    while (files < options.files && performance.now() - started < options.timeLimitMs && !exited()) {
      const text = mutateJourney(corpus[Math.floor(random() * corpus.length)], random);
      files++;
      const checked: Promise<void> = check(text, `file ${files} (${text.length} chars)`).finally(() =>
        pending.delete(checked),
      );
      pending.add(checked);
      // A server that died fails the run through the race below; the other files' failures need no reader.
      checked.catch(() => {});
      if (pending.size >= (options.inFlight ?? 1)) await Promise.race(pending);
    }
    await Promise.all(pending);
    const serverExited = exited();
    await server.stop();
    const db = new Database(join(dataDir, "outside-in.sqlite"), { readonly: true });
    const mapsStored = (db.prepare("SELECT COUNT(*) AS n FROM maps").get() as { n: number }).n;
    const incompleteMaps = (
      db
        .prepare(
          `SELECT COUNT(*) AS n FROM maps m WHERE
             (SELECT COUNT(*) FROM tokens t WHERE t.map_id = m.id) <> 4
          OR (SELECT COUNT(*) FROM updates u WHERE u.map_id = m.id AND u.doc = 'main') < 1
          OR (SELECT COUNT(*) FROM updates u WHERE u.map_id = m.id AND u.doc = 'comments') < 1`,
        )
        .get() as { n: number }
    ).n;
    const orphanRows = (
      db
        .prepare(
          `SELECT (SELECT COUNT(*) FROM updates WHERE map_id NOT IN (SELECT id FROM maps))
                + (SELECT COUNT(*) FROM tokens WHERE map_id NOT IN (SELECT id FROM maps)) AS n`,
        )
        .get() as { n: number }
    ).n;
    db.close();
    if (mapsStored !== accepted) problems.push(`${mapsStored} maps stored for ${accepted} accepted files`);
    return {
      files,
      corpus: corpus.length,
      accepted,
      refused,
      problems,
      mapsStored,
      incompleteMaps,
      orphanRows,
      serverExited,
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    await server.stop("SIGKILL");
    await rm(dataDir, { recursive: true, force: true });
  }
}
