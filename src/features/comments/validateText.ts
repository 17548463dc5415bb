// Checks a comment or reply before it is sent, so a refused text never leaves the page.
import { MAX } from "../../doc";

export const MAX_COMMENT_LENGTH = MAX.longText;

export type TextProblem =
  { key: "comments.error.empty" } | { key: "comments.error.tooLong"; count: number; max: number };

/** Null when the text may be sent (the server trims it the same way). */
export function textProblem(text: string): TextProblem | null {
  const trimmed = text.trim();
  if (trimmed === "") return { key: "comments.error.empty" };
  if (trimmed.length > MAX_COMMENT_LENGTH) {
    return { key: "comments.error.tooLong", count: trimmed.length, max: MAX_COMMENT_LENGTH };
  }
  return null;
}
