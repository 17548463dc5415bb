// The sentence for a failed call to the server in the interface language, with the English sentence it quotes (the
// server's, or the browser's for an unexpected error) so that EnglishQuote can mark it.
import type { TFunction } from "i18next";
import type { WithEnglish } from "../../i18n/EnglishQuote";
import { ServerCallError } from "../../sync/serverCall";

export function serverFailure(e: unknown, t: TFunction): WithEnglish {
  if (!(e instanceof ServerCallError)) {
    const english = e instanceof Error ? e.message : String(e);
    return { text: english, english };
  }
  if (e.kind !== "refused") return { text: t(`serverFailure.${e.kind}`) };
  if (!e.serverSentence) return { text: t("serverFailure.refusedWithout", { status: e.status }) };
  return {
    text: t("serverFailure.refused", { reason: e.serverSentence, status: e.status }),
    english: e.serverSentence,
  };
}
