// The most serious severity among a target's findings, which decides the colour of its mark.
import type { Finding, Severity } from "../checks";

const RANK: Record<Severity, number> = { error: 2, warning: 1, info: 0 };

export function worstSeverity(findings: readonly Finding[]): Severity {
  let worst: Severity = "info";
  for (const f of findings) if (RANK[f.severity] > RANK[worst]) worst = f.severity;
  return worst;
}
