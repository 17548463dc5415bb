// Why a typed observed value was not added to the map: the limit of observed values a measurement point keeps, or
// the reason the map gave for refusing the change, never a bare "could not be added".
import type { TFunction } from "i18next";
import { MAX } from "../../doc";
import { messageText, type ErrorMessage } from "../../store";

/** Whether a point already holding `count` observed values has room for one more. */
export const hasRoomForObservation = (count: number): boolean => count < MAX.observations;

/** The sentence saying the point is full, with the limit as the language groups thousands (1,000 or 1.000). */
export function observationLimitText(t: TFunction, language: string): string {
  return t("measurement.observationLimit", { max: new Intl.NumberFormat(language).format(MAX.observations) });
}

/** The sentence for a value the map refused, with the map's reason when it gave one. */
export function observationRefusedText(reason: ErrorMessage | null, t: TFunction, language: string): string {
  if (reason === null) return t("measurement.observationRefused");
  return t("measurement.observationRefusedBecause", { reason: messageText(reason, t, language) });
}
