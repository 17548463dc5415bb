// Journey-level fields: title, language, scenario, owner, persona.
import type * as Y from "yjs";
import { LOCAL, applyPatch, metaMap } from "../schema";
import { readMeta } from "../read";
import { journeyFieldsSchema, type JourneyFields } from "../records/journey";
import { mergedOrThrow, parseOrThrow } from "./validate";
import { META_BOOKKEEPING, withStoredKeys } from "../storedKeys";

const fieldsSchema = journeyFieldsSchema.omit({ id: true });
const patchSchema = fieldsSchema.partial();

export function setJourneyFields(doc: Y.Doc, patch: Partial<JourneyFields>): void {
  const clean = parseOrThrow(patchSchema, patch, "journey");
  // zod drops keys whose value is undefined; keep them so they clear the field.
  const withClears: Record<string, unknown> = { ...clean };
  for (const [k, v] of Object.entries(patch)) if (v === undefined) withClears[k] = undefined;
  delete withClears["id"];
  const { id: _id, ...current } = readMeta(doc);
  mergedOrThrow(fieldsSchema, current, withClears, "journey");
  doc.transact(() => applyPatch(metaMap(doc), withStoredKeys(withClears, META_BOOKKEEPING)), LOCAL);
}
