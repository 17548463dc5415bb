// The legend of the canvas symbols: moment of truth, signature interaction, emotions, the path, findings, and the
// line of visibility where the map draws one.
import { memo } from "react";
import { useTranslation } from "react-i18next";
import { EMOTION_ICON, MOMENT_OF_TRUTH_ICON, SIGNATURE_ICON } from "./icons";
import { FindingCorner } from "./nodes/FindingMark";

/** `visibility`: the map draws a line of visibility (./visibilityLine.ts), which the legend then names too. */
export const Legend = memo(function Legend({ visibility = false }: { visibility?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="legend" data-testid="legend" aria-label={t("legend.title")}>
      <span>
        <span className="mark mark-mot">{MOMENT_OF_TRUTH_ICON}</span> {t("card.momentOfTruth")}
      </span>
      <span>
        <span className="mark mark-signature">{SIGNATURE_ICON}</span> {t("card.signatureInteraction")}
      </span>
      <span>
        <span className="card-emotion eneg">{EMOTION_ICON["-2"]}</span>…
        <span className="card-emotion epos">{EMOTION_ICON["2"]}</span> {t("legend.emotion")}
      </span>
      <span>
        <span className="legend-arrow">→</span> {t("legend.path")}
      </span>
      <span>
        <span className="legend-finding">
          <FindingCorner />
        </span>{" "}
        {t("checks.legend")}
      </span>
      {visibility && (
        <span data-testid="legend-visibility">
          <span className="legend-visibility" /> {t("canvas.lineOfVisibility")}
        </span>
      )}
    </div>
  );
});
