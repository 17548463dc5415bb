// The outside-in findings of the open map: one runChecks per journey snapshot, in the map's language,
// shared by the checks panel, the canvas marks and the health summary.
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

/** Findings, findings per target and health of a journey snapshot, computed once per snapshot. */
export function findingsOf(journey: Journey): MapFindings {
  let entry = cache.get(journey);
  if (!entry) {
    const findings = runChecks(journey);
    entry = { findings, byTarget: findingsByTarget(findings), health: journeyHealth(journey, findings) };
    cache.set(journey, entry);
  }
  return entry;
}

/** Every finding of the open map, by rule order then map order. */
export function useFindings(): readonly Finding[] {
  return useMapStore((s) => findingsOf(s.journey).findings);
}

/** The findings on one card, stage, lane or connection; the same empty list when there are none. */
export function useFindingsFor(targetId: string): readonly Finding[] {
  return useMapStore((s) => findingsOf(s.journey).byTarget.get(targetId) ?? NONE);
}

/** The journey-health summary of the open map. */
export function useJourneyHealth(): JourneyHealth {
  return useMapStore((s) => findingsOf(s.journey).health);
}
