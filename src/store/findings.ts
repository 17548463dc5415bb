// The outside-in findings of the open map: one runChecks per journey snapshot, in the map's language,
// shared by the checks panel, the canvas marks and the health summary. They are those of the store's
// `checked` snapshot, which follows a whole map that just arrived once it is drawn.
import { findingsByTarget, journeyHealth, runChecks, type Finding, type JourneyHealth } from "../checks";
import type { Journey } from "../doc";
import { useMapStore } from "./context";

export type MapFindings = {
  findings: readonly Finding[];
  byTarget: ReadonlyMap<string, readonly Finding[]>;
  health: JourneyHealth;
};

const NONE: readonly Finding[] = Object.freeze([]);

// Snapshots are immutable and replaced on every change, so the snapshot object is the cache key.
const cache = new WeakMap<Journey, MapFindings>();
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

/** Findings, findings per target and health of a journey snapshot, computed once per snapshot. */
export function findingsOf(journey: Journey): MapFindings {
  let entry = cache.get(journey);
  if (!entry) {
    const findings = runChecks(journey);
    entry = {
      findings,
      byTarget: shareUnchanged(findingsByTarget(findings), last),
      health: journeyHealth(journey, findings),
    };
    cache.set(journey, entry);
    last = entry;
  }
  return entry;
}

/** Every finding of the open map, by rule order then map order. */
export function useFindings(): readonly Finding[] {
  return useMapStore((s) => findingsOf(s.checked).findings);
}

/** The findings on one card, stage, lane or connection; the same empty list when there are none. */
export function useFindingsFor(targetId: string): readonly Finding[] {
  return useMapStore((s) => findingsOf(s.checked).byTarget.get(targetId) ?? NONE);
}

/** The journey-health summary of the open map. */
export function useJourneyHealth(): JourneyHealth {
  return useMapStore((s) => findingsOf(s.checked).health);
}
