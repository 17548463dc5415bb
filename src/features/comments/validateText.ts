// Checks a comment or reply before it is sent, so a refused text never leaves the page.
import type { TFunction } from "i18next";
import { MAX } from "../../doc";
import { isVisibleText } from "../../doc/records/limits";

export const MAX_COMMENT_LENGTH = MAX.longText;

export type TextProblem =
  { key: "comments.error.empty" } | { key: "comments.error.tooLong"; count: number; max: number };

/** Null when the text may be sent (the server trims it the same way). */
export function textProblem(text: string): TextProblem | null {
  const trimmed = text.trim();
  // Only spaces and invisible characters (zero-width space, soft hyphen ...) is empty, as the server sees it.
  if (!isVisibleText(trimmed)) return { key: "comments.error.empty" };
  const count = characterCount(trimmed);
  if (count > MAX_COMMENT_LENGTH) return { key: "comments.error.tooLong", count, max: MAX_COMMENT_LENGTH };
  return null;
}

/** Characters as the server counts them: an emoji is one (UTF-16 counts it twice). */
export function characterCount(text: string): number {
  return [...text].length;
}

/** The sentence of what keeps the text from being sent, in the interface language; null when it may be sent. */
export function textProblemSentence(text: string, t: TFunction): string | null {
  const problem = textProblem(text);
  if (!problem) return null;
  return problem.key === "comments.error.empty"
    ? t("comments.error.empty")
    : t("comments.error.tooLong", { count: problem.count, max: problem.max });
}
