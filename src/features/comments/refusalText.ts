// The sentence for a refused comments call in the interface language. The server answers in English, so its
// own sentence is the English text; other languages say the same by the situation its status names.
import type { TFunction } from "i18next";
import { ServerCallError } from "../../sync/serverCall";

function refusalKey(error: ServerCallError): string {
  if (error.status === 400 && error.issues.some((issue) => issue.path === "anchor.id")) return "targetGone";
  const byStatus: Record<number, string> = {
    400: "invalid",
    403: "notAllowed",
    404: "gone",
    409: "nameTaken",
    413: "tooLarge",
    429: "tooFast",
  };
  return byStatus[error.status] ?? "other";
}

/** What to show when a call failed; `name` is the author name the call was made under. */
export function refusalText(error: unknown, t: TFunction, name: string): string {
  // A refusal without the server's sentence, like no answer, is most likely a proxy's page: said as a network problem.
  if (!(error instanceof ServerCallError) || error.kind !== "refused" || !error.serverSentence) {
    return t("comments.error.network");
  }
  return t(`comments.error.refused.${refusalKey(error)}`, { reason: error.serverSentence, status: error.status, name });
}
