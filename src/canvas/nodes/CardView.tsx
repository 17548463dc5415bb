// What a card shows: title, channel, emotion, the moment-of-truth and signature marks, and for
// touchpoints the measurement point (metric, target, latest value). Pure: no store, no React Flow.
import { memo } from "react";
import { useTranslation } from "react-i18next";
import { latestObservation, type Card, type LaneKind } from "../../doc";
import { formatNumber } from "../../export/touchpoints";
import { EMOTION_ICON, MOMENT_OF_TRUTH_ICON, SIGNATURE_ICON } from "../icons";

export interface CardViewProps {
  card: Card;
  laneKind: LaneKind;
  compact?: boolean;
}

export const CardView = memo(function CardView({ card, laneKind, compact = false }: CardViewProps) {
  const { t, i18n } = useTranslation();
  // Figures as the reader writes them (4,5 in German), never rounded.
  const number = (value: number) => formatNumber(value, i18n.language === "de" ? "de" : "en");
  const m = card.measurement;
  const latest = m ? latestObservation(m) : undefined;
  const metricName = m ? (m.metric === "custom" ? m.label || t("metric.custom") : m.metric) : "";
  // The interface's words on the card carry its language; the card's own words are read in the map's (the viewport's).
  const ui = i18n.language;
  return (
    <div className={`card-view lane-${laneKind}${compact ? " compact" : ""}`} data-testid="card-view">
      <div className="card-marks">
        {card.momentOfTruth && (
          <span
            className="mark mark-mot"
            title={t("card.momentOfTruth")}
            aria-label={t("card.momentOfTruth")}
            data-testid="mark-mot"
            lang={ui}
          >
            {MOMENT_OF_TRUTH_ICON}
          </span>
        )}
        {card.signatureInteraction && (
          <span
            className="mark mark-signature"
            title={t("card.signatureInteraction")}
            aria-label={t("card.signatureInteraction")}
            data-testid="mark-signature"
            lang={ui}
          >
            {SIGNATURE_ICON}
          </span>
        )}
        {card.emotion !== undefined && (
          <span
            className={`card-emotion e${card.emotion < 0 ? "neg" : card.emotion > 0 ? "pos" : "zero"}`}
            title={t(`emotion.${card.emotion}`)}
            aria-label={t(`emotion.${card.emotion}`)}
            lang={ui}
          >
            {EMOTION_ICON[String(card.emotion)]}
          </span>
        )}
      </div>
      {/* Cut to its lines on screen: the whole title is the tooltip (and is read whole by screen readers). */}
      <div className="card-title" data-testid="card-title" title={card.title}>
        {card.title}
      </div>
      {!compact && card.channel && (
        <div className="card-channel" lang={ui}>
          {t(`channel.${card.channel}`)}
        </div>
      )}
      {!compact && m && (
        <div className="card-metric" data-testid="card-metric">
          <strong lang={m.metric === "custom" && !m.label ? ui : undefined}>{metricName}</strong>
          {m.target !== undefined && (
            <span lang={ui}>
              {" · "}
              {t("card.target")} {number(m.target)}
            </span>
          )}
          {latest && (
            <span lang={ui}>
              {" · "}
              {t("card.latest")} {number(latest.value)}
            </span>
          )}
        </div>
      )}
      {!compact && !m && laneKind === "touchpoints" && (
        <div className="card-metric missing" lang={ui}>
          {t("card.noMeasurement")}
        </div>
      )}
    </div>
  );
});
