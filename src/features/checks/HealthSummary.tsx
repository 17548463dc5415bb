// The journey-health summary in the editor header: measurement coverage, moments of truth measured,
// signature interactions against the limit, and the open findings, which open the checks panel.
import { useTranslation } from "react-i18next";
import { useJourneyHealth, useMapStore } from "../../store";
import { askChecksFocus } from "./focusRequest";
import "./checks.css";

export function HealthSummary() {
  const { t } = useTranslation();
  const health = useJourneyHealth();
  const setPanel = useMapStore((s) => s.actions.setPanel);
  const percent = Math.round(health.coverage * 100);
  const over = health.signatureInteractions > health.signatureLimit;
  const coverageTitle = t("checks.health.coverageTitle", {
    measured: health.measured,
    total: health.touchpoints,
    percent,
  });
  const momentsTitle = t("checks.health.momentsTitle", {
    measured: health.momentsMeasured,
    total: health.momentsOfTruth,
  });
  const signaturesTitle = t(over ? "checks.health.signaturesOver" : "checks.health.signaturesTitle", {
    count: health.signatureInteractions,
    limit: health.signatureLimit,
  });
  return (
    <div className="health-summary" role="group" aria-label={t("checks.health.label")} data-testid="health-summary">
      <span
        className={`health-item${health.measured < health.touchpoints ? " short" : ""}`}
        title={coverageTitle}
        data-testid="health-coverage"
      >
        <span className="visually-hidden">{coverageTitle}</span>
        <span aria-hidden="true">
          {t("checks.health.coverage")}{" "}
          <strong>
            {health.measured}/{health.touchpoints}
          </strong>
        </span>
      </span>
      <span
        className={`health-item${health.momentsMeasured < health.momentsOfTruth ? " short" : ""}`}
        title={momentsTitle}
        data-testid="health-moments"
      >
        <span className="visually-hidden">{momentsTitle}</span>
        <span aria-hidden="true">
          {t("checks.health.moments")}{" "}
          <strong>
            {health.momentsMeasured}/{health.momentsOfTruth}
          </strong>
        </span>
      </span>
      <span className={`health-item${over ? " short" : ""}`} title={signaturesTitle} data-testid="health-signatures">
        <span className="visually-hidden">{signaturesTitle}</span>
        <span aria-hidden="true">
          {t("checks.health.signatures")}{" "}
          <strong>
            {health.signatureInteractions}/{health.signatureLimit}
          </strong>
        </span>
      </span>
      <button
        type="button"
        className={`health-findings${health.openFindings > 0 ? " open" : ""}`}
        title={t("checks.health.openPanel")}
        data-testid="health-findings"
        onClick={() => {
          setPanel("checks");
          askChecksFocus();
        }}
      >
        {health.openFindings === 0
          ? t("checks.health.noFindings")
          : t("checks.health.findings", { count: health.openFindings })}
      </button>
    </div>
  );
}
