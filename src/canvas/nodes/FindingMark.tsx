// The subtle mark of the outside-in checks' findings on a card, stage or lane: a folded corner whose
// colour is the worst severity; its label counts the findings and its tooltip lists their messages, in the
// interface language (the store words the findings in it).
import { useTranslation } from "react-i18next";
import type { Finding } from "../../checks";
import { useFindingsFor } from "../../store";
import { worstSeverity } from "../findingSeverity";
import "./findingMark.css";

// Most cards have no finding: they return before any translation hook runs.
export function FindingMark({ targetId }: { targetId: string }) {
  const findings = useFindingsFor(targetId);
  return findings.length === 0 ? null : <FindingsMark findings={findings} />;
}

/** The mark itself, for a caller that looked the findings up already (a cell drawing its cards). */
export function FindingsMark({ findings }: { findings: readonly Finding[] }) {
  const { t, i18n } = useTranslation();
  const list = findings.map((f) => f.message).join("\n");
  const label = t("checks.mark", { count: findings.length, list });
  return (
    <span
      className={`finding-mark severity-${worstSeverity(findings)}`}
      role="img"
      aria-label={label}
      title={label}
      data-testid="finding-mark"
      data-count={findings.length}
      // The interface's words inside the map, whose content is read in the map's language.
      lang={i18n.language}
    >
      <FindingCorner />
    </span>
  );
}

/** The folded corner itself, also shown in the canvas legend. */
export function FindingCorner() {
  return (
    <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true">
      <path d="M0 0H18L0 18Z" fill="currentColor" />
      <path d="M5 2.5V7.5M5 9.6V10" stroke="#fff" strokeWidth="1.8" strokeLinecap="round" />
    </svg>
  );
}
