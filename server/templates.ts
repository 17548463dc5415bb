// Looks up a map template by id. src/templates is written in parallel: it is loaded on demand and its
// answer is validated like any imported file, so a missing or broken module means "unknown template".
import { parseJourneyValue, FORMAT, FORMAT_VERSION } from "../src/format";
import type { Journey } from "../src/doc";

type TemplatesModule = { getTemplate?: unknown };

async function loadTemplates(): Promise<TemplatesModule | undefined> {
  const specifier = "../src/templates";
  try {
    return (await import(/* @vite-ignore */ specifier)) as TemplatesModule;
  } catch {
    return undefined;
  }
}

export async function findTemplate(id: string, language: "en" | "de"): Promise<Journey | undefined> {
  const mod = await loadTemplates();
  if (typeof mod?.getTemplate !== "function") return undefined;
  const value: unknown = (mod.getTemplate as (id: string, language: string) => unknown)(id, language);
  if (value === undefined) return undefined;
  const parsed = parseJourneyValue({ format: FORMAT, version: FORMAT_VERSION, journey: value });
  return parsed.ok ? parsed.journey : undefined;
}
