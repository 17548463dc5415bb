// Journey health: the summary the editor header, the PDF title page and the JSON export show.
import type { Journey } from "../doc";
import { DEFAULT_SIGNATURE_LIMIT, type Finding } from "./types";

export type JourneyHealth = {
  touchpoints: number;
  measured: number;
  /** measured / touchpoints, 0..1; 1 when there are no touchpoints (nothing is unmeasured). */
  coverage: number;
  momentsOfTruth: number;
  /** Moments of truth with a measurement point that has a target. */
  momentsMeasured: number;
  signatureInteractions: number;
  signatureLimit: number;
  openFindings: number;
};

export function journeyHealth(
  journey: Journey,
  findings: readonly Finding[],
  options: { signatureLimit?: number | undefined } = {},
): JourneyHealth {
  const touchpointLanes = new Set(journey.lanes.filter((l) => l.kind === "touchpoints").map((l) => l.id));
  const touchpoints = journey.cards.filter((c) => touchpointLanes.has(c.laneId));
  const measured = touchpoints.filter((c) => c.measurement !== undefined).length;
  const moments = journey.cards.filter((c) => c.momentOfTruth !== undefined);
  const limit = options.signatureLimit;
  return {
    touchpoints: touchpoints.length,
    measured,
    coverage: touchpoints.length === 0 ? 1 : measured / touchpoints.length,
    momentsOfTruth: moments.length,
    momentsMeasured: moments.filter((c) => c.measurement?.target !== undefined).length,
    signatureInteractions: journey.cards.filter((c) => c.signatureInteraction !== undefined).length,
    signatureLimit: limit !== undefined && Number.isInteger(limit) && limit >= 0 ? limit : DEFAULT_SIGNATURE_LIMIT,
    openFindings: findings.length,
  };
}
