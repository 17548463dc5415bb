// POST /api/maps: a new map from an imported journey file, a template or a blank page; nothing is stored
// unless the whole body is valid.
import * as Y from "yjs";
import { z } from "zod";
import { blankJourney, loadComments, loadJourney, type Journey } from "../../src/doc";
import { journeyFieldsSchema } from "../../src/doc/records/journey";
import { requiredName } from "../../src/doc/records/limits";
import { MAX } from "../../src/doc";
import { looksLikeJourney, parseJourneyValue } from "../../src/format";
import { english } from "../../src/format/english";
import { defaultMessage, isPresent, presentInOtherCase } from "../../src/format/messages";
import { joinPath } from "../../src/format/path";
import type { ServerContext } from "../context";
import { newMapId } from "../ids";
import { LINK_KEYS, type LinkKey } from "../store/maps";
import { editDistance } from "../../src/templates/meantTemplate";
import { findTemplate, unknownTemplate } from "../templates";
import { versionFile } from "../store/versions";
import { bodyIssues } from "./body";
import { HttpError } from "./respond";

const newMapBody = z.strictObject({
  // Shown as the map's name: invisible characters only (a zero-width space) are refused as empty, as in a file.
  title: requiredName(MAX.title),
  template: z.string().min(1).max(100).optional(),
  // Whatever tag a journey file may carry; the format owns the rule.
  language: journeyFieldsSchema.shape.language,
});

/** Templates and blank maps are written in German for de and de-*, in English for every other tag. */
const writtenIn = (language: string): "en" | "de" => (/^de(-|$)/i.test(language) ? "de" : "en");

export type Created = { id: string; links: Record<LinkKey, string>; tokens: Record<LinkKey, string> };

export const shareLink = (ctx: ServerContext, mapId: string, token: string): string =>
  `${ctx.publicUrl}/m/${mapId}#token=${token}`;

type NewMapKey = keyof z.infer<typeof newMapBody>;
const NEW_MAP_KEYS = Object.keys(newMapBody.shape) as NewMapKey[];
const REQUIRED_KEYS: readonly NewMapKey[] = ["title"];

/** What a person may write for a key in German or out of habit; the body's keys are English. */
const OTHER_WORDS: Readonly<Record<string, NewMapKey>> = {
  titel: "title",
  name: "title",
  überschrift: "title",
  vorlage: "template",
  sprache: "language",
  lang: "language",
};

const squash = (key: string): string =>
  key
    .normalize("NFC")
    .toLowerCase()
    .replace(/[\s_-]+/g, "");

/**
 * The key of a new-map body that an unknown key most likely means: the same in another case or with a dash
 * ("Language"), a German word ("sprache", "titel"), or one or two letters off ("Languge", "templte"); none
 * when two keys are as close.
 */
function meantKey(key: string): NewMapKey | undefined {
  const written = squash(key);
  const word = OTHER_WORDS[written];
  if (word !== undefined) return word;
  const near = written.length >= 5 ? 2 : 1;
  // Lengths further apart than `near` cannot be that close: a long key is never measured letter by letter.
  const scored = NEW_MAP_KEYS.filter((k) => Math.abs(k.length - written.length) <= near)
    .map((k) => ({ k, d: editDistance(written, k) }))
    .filter((s) => s.d <= near);
  const best = Math.min(...scored.map((s) => s.d));
  const closest = scored.filter((s) => s.d === best);
  return closest.length === 1 ? closest[0]!.k : undefined;
}

/** The unknown keys of a body, each with the key it most likely means, when that key is not in the body too. */
function misspeltKeys(body: unknown): Map<string, NewMapKey> {
  const out = new Map<string, NewMapKey>();
  if (body === null || typeof body !== "object" || Array.isArray(body)) return out;
  for (const key of Object.keys(body)) {
    if ((NEW_MAP_KEYS as string[]).includes(key)) continue;
    const meant = meantKey(key);
    if (meant !== undefined && !Object.prototype.hasOwnProperty.call(body, meant)) out.set(key, meant);
  }
  return out;
}

const q = (s: string): string => JSON.stringify(s);

/** One problem of a new-map body, in the words and with the hints a journey file's problem gets. */
function newMapIssue(body: unknown, issue: z.core.$ZodIssue, misspelt: ReadonlyMap<string, NewMapKey>): string {
  if (issue.code === "unrecognized_keys" && issue.path.length === 0) {
    // A required key's own issue names its misspelling already ("title": is required; write "title", not "titel").
    const hints = issue.keys.flatMap((key) => {
      const meant = misspelt.get(key);
      return meant === undefined || REQUIRED_KEYS.includes(meant) ? [] : [`${q(meant)}, not ${q(key)}`];
    });
    const message = english.issue(issue);
    return hints.length === 0 ? message : `${message}; write ${hints.join(", and ")}`;
  }
  if (issue.path.length === 0 || isPresent(body, issue.path)) return english.issue(issue);
  const other = presentInOtherCase(body, issue.path);
  if (other !== undefined) return english.requiredFoundAs(other);
  const missing = issue.path.length === 1 ? issue.path[0] : undefined;
  const misspeltAs = [...misspelt].find(([, meant]) => meant === missing)?.[0];
  return misspeltAs === undefined
    ? english.required
    : `${english.required}; write ${q(String(missing))}, not ${q(misspeltAs)}`;
}

async function journeyFromBody(body: unknown): Promise<Journey> {
  // A journey file without its "format" (or with a misspelt one) is still meant as a file: say what the file lacks;
  // so is a journey sent without the file around it (its stages, lanes or cards at the top): say how to wrap it.
  if (
    typeof body === "object" &&
    body !== null &&
    ("format" in body || "journey" in body || "version" in body || looksLikeJourney(body as Record<string, unknown>))
  ) {
    const parsed = parseJourneyValue(body);
    // A file refused as a whole (nested too deeply, say) comes without issues; the API always names one.
    if (!parsed.ok) {
      throw new HttpError(400, parsed.error, parsed.issues.length > 0 ? parsed.issues : bodyIssues(parsed.error));
    }
    return parsed.journey;
  }
  // Worded as a journey file's problems are ("is required", "must be a string"), not in zod's own words, with the
  // same hints: a language by its name ("German": write "de"), a field in another case ("Title"); and a key
  // misspelt or written in German ("Languge", "sprache") is refused with the key it most likely means.
  const result = newMapBody.safeParse(body, { error: defaultMessage, reportInput: true });
  if (!result.success) {
    const misspelt = misspeltKeys(body);
    const issues = result.error.issues.map((i) => ({
      path: joinPath(i.path),
      message: newMapIssue(body, i, misspelt),
    }));
    throw new HttpError(400, "Send a journey file, or { title, template?, language? } to start a new map.", issues);
  }
  const { title, template, language = "en" } = result.data;
  if (template === undefined) return { ...blankJourney(title, writtenIn(language)), language };
  const found = findTemplate(template, writtenIn(language), language);
  if (!found) {
    // Names the templates there are, and the one most likely meant ("open-bank-account": "bank-account-opening").
    const refusal = unknownTemplate(template);
    throw new HttpError(400, refusal.sentence, [{ path: "template", message: refusal.issue }]);
  }
  return { ...found, title, language };
}

export async function createMap(ctx: ServerContext, body: unknown): Promise<Created> {
  const journey = await journeyFromBody(body);
  const id = newMapId();
  const main = new Y.Doc();
  const comments = new Y.Doc();
  try {
    loadJourney(main, { ...journey, id });
    loadComments(comments, journey.comments ?? []);
    // The map and its first version ("Created") are stored together, or neither is.
    const tokens = ctx.db.transaction(() => {
      const made = ctx.maps.create(id, journey.title, {
        main: Y.encodeStateAsUpdate(main),
        comments: Y.encodeStateAsUpdate(comments),
      });
      const at = ctx.versions.now();
      ctx.versions.add(id, { kind: "created", ...versionFile(main, at), at });
      return made;
    })();
    const links = Object.fromEntries(LINK_KEYS.map((k) => [k, shareLink(ctx, id, tokens[k])])) as Record<
      LinkKey,
      string
    >;
    return { id, links, tokens };
  } finally {
    main.destroy();
    comments.destroy();
  }
}
