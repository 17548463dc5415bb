// The outside-in findings of the open map: one runChecks per journey snapshot and interface language,
// shared by the checks panel, the canvas marks and the health summary. They are those of the store's
// `checked` snapshot, which follows a whole map that just arrived once it is drawn.
import { useSyncExternalStore } from "react";
import i18next from "i18next";
import {
  checkLanguage,
  findingsByTarget,
  journeyHealth,
  runChecks,
  type CheckLanguage,
  type Finding,
  type JourneyHealth,
} from "../checks";
import type { Journey } from "../doc";
import { useMapStore } from "./context";

export type MapFindings = {
  findings: readonly Finding[];
  byTarget: ReadonlyMap<string, readonly Finding[]>;
  health: JourneyHealth;
};

const NONE: readonly Finding[] = Object.freeze([]);

// Snapshots are immutable and replaced on every change, so the snapshot object is the cache key, with one
// answer per language: switching the interface back and forth does not run the checks again.
const cache = new WeakMap<Journey, Partial<Record<CheckLanguage, MapFindings>>>();
// The last answer, whose unchanged per-target lists are reused so marks whose findings stay the same do not re-render.
let last: MapFindings | undefined;

const KEYS = ["rule", "severity", "targetId", "targetKind", "message", "why", "fix", "suggestion"] as const;

function sameFindings(a: readonly Finding[], b: readonly Finding[]): boolean {
  return a.length === b.length && a.every((f, i) => KEYS.every((k) => f[k] === b[i]?.[k]));
}

function shareUnchanged(
  next: Map<string, Finding[]>,
  previous: MapFindings | undefined,
): Map<string, readonly Finding[]> {
  const out = new Map<string, readonly Finding[]>();
  for (const [id, list] of next) {
    const old = previous?.byTarget.get(id);
    out.set(id, old !== undefined && sameFindings(old, list) ? old : list);
  }
  return out;
}

/**
 * The language the user chose for the interface, once i18next runs; before that (a script, a store test)
 * there is none and the findings are written in the map's language, as on the command line.
 */
function interfaceLanguage(): string | undefined {
  return i18next.isInitialized ? (i18next.resolvedLanguage ?? i18next.language) : undefined;
}

function onLanguageChange(changed: () => void): () => void {
  i18next.on("languageChanged", changed);
  return () => i18next.off("languageChanged", changed);
}

/** The interface language, re-rendering its caller when the user switches it. */
function useInterfaceLanguage(): string | undefined {
  return useSyncExternalStore(onLanguageChange, interfaceLanguage, interfaceLanguage);
}

/**
 * Findings, findings per target and health of a journey snapshot, computed once per snapshot and language.
 * The texts are in `language` (the interface's by default), whatever language the map is written in; which
 * cards are found does not depend on it (the inside-out wording is found in English and German alike).
 */
export function findingsOf(journey: Journey, language: string | undefined = interfaceLanguage()): MapFindings {
  const lang = checkLanguage(language ?? journey.language);
  let entries = cache.get(journey);
  if (!entries) cache.set(journey, (entries = {}));
  let entry = entries[lang];
  if (!entry) {
    const findings = runChecks(journey, { language: lang });
    entry = {
      findings,
      byTarget: shareUnchanged(findingsByTarget(findings), last),
      health: journeyHealth(journey, findings),
    };
    entries[lang] = entry;
    last = entry;
  }
  return entry;
}

/** Every finding of the open map, by rule order then map order, in the interface language. */
export function useFindings(): readonly Finding[] {
  const language = useInterfaceLanguage();
  return useMapStore((s) => findingsOf(s.checked, language).findings);
}

/** The findings on one card, stage, lane or connection; the same empty list when there are none. */
export function useFindingsFor(targetId: string): readonly Finding[] {
  const language = useInterfaceLanguage();
  return useMapStore((s) => findingsOf(s.checked, language).byTarget.get(targetId) ?? NONE);
}

/** The journey-health summary of the open map. */
export function useJourneyHealth(): JourneyHealth {
  const language = useInterfaceLanguage();
  return useMapStore((s) => findingsOf(s.checked, language).health);
}
