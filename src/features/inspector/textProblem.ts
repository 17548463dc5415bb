// What is wrong with a text a person typed for a field of the map, as a sentence in the interface language;
// checked before an op runs, so a refused value is explained in the reader's language and kept to fix.
import type { TFunction } from "i18next";
import { isVisibleText } from "../../doc/records/limits";

export interface TextRule {
  /** The field may not be empty, nor hold only invisible characters (a title or a name). */
  required?: boolean;
  max: number;
}

export function textProblem(text: string, rule: TextRule, t: TFunction): string | null {
  if (rule.required && !isVisibleText(text)) return t("field.required");
  // Characters as the format counts them: an emoji is one (UTF-16 counts it twice).
  if (text.length > rule.max) {
    const count = [...text].length;
    if (count > rule.max) return t("field.tooLong", { max: rule.max, count });
  }
  return null;
}
