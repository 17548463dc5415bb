// POST /api/maps: a new map from an imported journey file, a template or a blank page; nothing is stored
// unless the whole body is valid.
import * as Y from "yjs";
import { z } from "zod";
import { blankJourney, loadComments, loadJourney, type Journey } from "../../src/doc";
import { journeyFieldsSchema } from "../../src/doc/records/journey";
import { requiredText } from "../../src/doc/records/limits";
import { MAX } from "../../src/doc";
import { parseJourneyValue } from "../../src/format";
import { english, hinted } from "../../src/format/english";
import { spellingHint } from "../../src/format/hints";
import { defaultMessage, isPresent, presentInOtherCase } from "../../src/format/messages";
import { joinPath } from "../../src/format/path";
import type { ServerContext } from "../context";
import { newMapId } from "../ids";
import { LINK_KEYS, type LinkKey } from "../store/maps";
import { TEMPLATES } from "../../src/templates";
import { findTemplate } from "../templates";
import { bodyIssues } from "./body";
import { HttpError } from "./respond";

const newMapBody = z.strictObject({
  title: requiredText(MAX.title),
  template: z.string().min(1).max(100).optional(),
  // Whatever tag a journey file may carry; the format owns the rule.
  language: journeyFieldsSchema.shape.language,
});

/** Templates and blank maps are written in German for de and de-*, in English for every other tag. */
const writtenIn = (language: string): "en" | "de" => (/^de(-|$)/i.test(language) ? "de" : "en");

export type Created = { id: string; links: Record<LinkKey, string>; tokens: Record<LinkKey, string> };

export const shareLink = (ctx: ServerContext, mapId: string, token: string): string =>
  `${ctx.publicUrl}/m/${mapId}#token=${token}`;

/** One problem of a new-map body, in the words and with the hints a journey file's problem gets. */
function newMapIssue(body: unknown, issue: z.core.$ZodIssue): string {
  if (issue.path.length === 0 || isPresent(body, issue.path)) return english.issue(issue);
  const other = presentInOtherCase(body, issue.path);
  return other === undefined ? english.required : english.requiredFoundAs(other);
}

async function journeyFromBody(body: unknown): Promise<Journey> {
  // A journey file without its "format" (or with a misspelt one) is still meant as a file: say what the file lacks.
  if (typeof body === "object" && body !== null && ("format" in body || "journey" in body || "version" in body)) {
    const parsed = parseJourneyValue(body);
    // A file refused as a whole (nested too deeply, say) comes without issues; the API always names one.
    if (!parsed.ok) {
      throw new HttpError(400, parsed.error, parsed.issues.length > 0 ? parsed.issues : bodyIssues(parsed.error));
    }
    return parsed.journey;
  }
  // Worded as a journey file's problems are ("is required", "must be a string"), not in zod's own words, with the
  // same hints: a language by its name ("German": write "de"), a field in another case ("Title").
  const result = newMapBody.safeParse(body, { error: defaultMessage, reportInput: true });
  if (!result.success) {
    const issues = result.error.issues.map((i) => ({ path: joinPath(i.path), message: newMapIssue(body, i) }));
    throw new HttpError(400, "Send a journey file, or { title, template?, language? } to start a new map.", issues);
  }
  const { title, template, language = "en" } = result.data;
  if (template === undefined) return { ...blankJourney(title, writtenIn(language)), language };
  const found = findTemplate(template, writtenIn(language));
  if (!found) {
    // An id written as its name or in another case ("Motor Claim") is told as a journey file's value is.
    const message = hinted(
      "unknown template",
      spellingHint(
        template,
        TEMPLATES.map((t) => t.id),
      ),
    );
    throw new HttpError(400, `There is no template "${template}".`, [{ path: "template", message }]);
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
    const tokens = ctx.maps.create(id, journey.title, {
      main: Y.encodeStateAsUpdate(main),
      comments: Y.encodeStateAsUpdate(comments),
    });
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
