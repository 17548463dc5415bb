// Puts findings in the order a person reads the map: most serious first, then the whole journey, the
// lanes, and the stages left to right with their cards top to bottom (a path step sits at its start card).
import type { Finding, Severity } from "../../checks";
import type { Journey } from "../../doc";

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

type Position = readonly number[];

function compare(a: Position, b: Position): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? -1) - (b[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

export function positionsOf(journey: Journey): (f: Finding) => Position {
  const stageIndex = new Map(journey.stages.map((s, i) => [s.id, i]));
  const laneIndex = new Map(journey.lanes.map((l, i) => [l.id, i]));
  const cardPosition = new Map<string, Position>(
    journey.cards.map((c, i) => [c.id, [stageIndex.get(c.stageId) ?? -1, laneIndex.get(c.laneId) ?? -1, i]]),
  );
  const fromCard = new Map(journey.connections.map((c) => [c.id, c.from]));
  return (f) => {
    switch (f.targetKind) {
      case "journey":
        return [-3];
      case "lane":
        return [-2, laneIndex.get(f.targetId) ?? -1];
      case "stage":
        return [stageIndex.get(f.targetId) ?? -1, -1];
      case "card":
        return cardPosition.get(f.targetId) ?? [Number.MAX_SAFE_INTEGER];
      case "connection": {
        const from = fromCard.get(f.targetId);
        const at = from !== undefined ? cardPosition.get(from) : undefined;
        return at ? [...at, 1] : [Number.MAX_SAFE_INTEGER];
      }
    }
  };
}

/** Findings grouped by severity (error, warning, info; empty groups left out), each group in map order. */
export function groupFindings(
  journey: Journey,
  findings: readonly Finding[],
): { severity: Severity; findings: Finding[] }[] {
  const position = positionsOf(journey);
  const keyed = findings.map((f, i) => ({ f, i, at: position(f) }));
  keyed.sort((a, b) => compare(a.at, b.at) || a.i - b.i);
  return SEVERITIES.map((severity) => ({
    severity,
    findings: keyed.filter((k) => k.f.severity === severity).map((k) => k.f),
  })).filter((g) => g.findings.length > 0);
}
