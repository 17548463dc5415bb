// The checks tab of the side panel: the map's live findings, most serious first and then in map
// order; each says what is wrong, why it matters and what to do (in the interface language, like the
// rest of the panel), and a click goes to its target.
import { useId, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { Finding } from "../../checks";
import { useFindings, useMapStore } from "../../store";
import { useChecksFocus } from "./focusRequest";
import { groupFindings } from "./order";
import "./checks.css";

function isSelected(selection: Record<"cards" | "connections" | "stages" | "lanes", string[]>, f: Finding): boolean {
  switch (f.targetKind) {
    case "card":
      return selection.cards.includes(f.targetId);
    case "connection":
      return selection.connections.includes(f.targetId);
    case "stage":
      return selection.stages.includes(f.targetId);
    case "lane":
      return selection.lanes.includes(f.targetId);
    case "journey":
      return false;
  }
}

function FindingItem({ finding, mapLanguage }: { finding: Finding; mapLanguage: string }) {
  const { t, i18n } = useTranslation();
  // The finding is worded in the interface language; its rewording is the card's own text, in the map's.
  const language = i18n.resolvedLanguage ?? i18n.language;
  const focusTarget = useMapStore((s) => s.actions.focusTarget);
  const current = useMapStore((s) => isSelected(s.ui.selection, finding));
  // The button is described by what to do: its title (a tooltip that repeats the message) was read after the message.
  const fixId = useId();
  const goTo = () =>
    focusTarget(
      finding.targetKind === "journey" ? { kind: "map" } : { kind: finding.targetKind, id: finding.targetId },
    );
  return (
    <li
      className={`finding severity-${finding.severity}${current ? " current" : ""}`}
      data-testid="finding"
      data-rule={finding.rule}
      data-target={finding.targetId}
    >
      <button
        type="button"
        className="finding-go"
        onClick={goTo}
        aria-current={current ? "true" : undefined}
        title={t("checks.goTo", { message: finding.message })}
        aria-describedby={fixId}
      >
        <span className="finding-meta">
          <span className="finding-severity">{t(`checks.severityOne.${finding.severity}`)}</span>
          {" · "}
          <span>{t(`checks.target.${finding.targetKind}`)}</span>
        </span>
        <span className="finding-message" lang={language}>
          {finding.message}
        </span>
      </button>
      <dl className="finding-details">
        <dt>{t("checks.why")}</dt>
        <dd lang={language}>{finding.why}</dd>
        <dt>{t("checks.fix")}</dt>
        <dd lang={language} id={fixId}>
          {finding.fix}
        </dd>
        {finding.suggestion !== undefined && (
          <>
            <dt>{t("checks.suggestion")}</dt>
            <dd lang={mapLanguage} className="finding-suggestion" data-testid="finding-suggestion">
              {finding.suggestion}
            </dd>
          </>
        )}
      </dl>
    </li>
  );
}

export function ChecksPanel() {
  const { t } = useTranslation();
  const findings = useFindings();
  const journey = useMapStore((s) => s.journey);
  const mapLanguage = journey.language ?? "en";
  const groups = groupFindings(journey, findings);
  // Opened from the findings in the header, the panel takes the focus, so the keyboard goes on with the findings.
  const heading = useRef<HTMLHeadingElement>(null);
  useChecksFocus(heading);
  return (
    <section className="checks-panel" data-testid="checks-panel">
      <h2 className="panel-title" ref={heading} tabIndex={-1}>
        {t("checks.title")}
      </h2>
      <p className="checks-intro">{t("checks.intro")}</p>
      <p className="checks-count" role="status" data-testid="checks-count">
        {findings.length === 0 ? t("checks.empty") : t("checks.count", { count: findings.length })}
      </p>
      {groups.map((g) => (
        <section key={g.severity} className="finding-group" aria-label={t(`checks.severity.${g.severity}`)}>
          <h3>
            {t(`checks.severity.${g.severity}`)} ({g.findings.length})
          </h3>
          <ul className="finding-list">
            {g.findings.map((f) => (
              <FindingItem key={`${f.rule}:${f.targetId}`} finding={f} mapLanguage={mapLanguage} />
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
