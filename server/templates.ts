// Looks up a map template by id in the language asked for; a fresh copy each time, so maps never share ids.
import { getTemplate } from "../src/templates";
import type { Journey } from "../src/doc";

export function findTemplate(id: string, language: "en" | "de"): Journey | undefined {
  return getTemplate(id, language);
}
