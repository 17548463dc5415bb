// What a screen reader hears of a colleague's change to the field under the focus that I have not typed into: the
// value changes under the cursor, which screen readers do not read by themselves. Said politely, and once a burst of
// changes has settled, so a colleague who changes it several times in a row is announced once, with the last value.
import { useCallback, useEffect, useRef, useState } from "react";
import type { TFunction } from "i18next";

/** How long the changes must rest before the last one is said. */
export const SETTLE_MS = 1000;

/** The longest piece of the new value that is read out; the field itself holds the whole of it. */
const SAID_CHARS = 100;

/** The sentence said about a change: who changed which field, to what (or that they emptied it). */
export function changeSentence(t: TFunction, field: string, name: string | null, value: string): string {
  const chars = [...value];
  const text = chars.length > SAID_CHARS ? `${chars.slice(0, SAID_CHARS).join("")}…` : value;
  if (value.trim() === "")
    return name === null ? t("field.emptiedBySomeone", { field }) : t("field.emptiedBy", { name, field });
  return name === null ? t("field.changedBySomeone", { field, text }) : t("field.changedBy", { name, field, text });
}

/**
 * The text of a polite live region, and `tell`, which empties it at once and says `sentence` when no further change
 * has come for SETTLE_MS (the region empties first, so the same sentence said twice is read twice).
 */
export function useSaidChange(): [said: string, tell: (sentence: string) => void] {
  const [said, setSaid] = useState("");
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (timer.current !== null) clearTimeout(timer.current);
    },
    [],
  );
  const tell = useCallback((sentence: string) => {
    setSaid("");
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = null;
      setSaid(sentence);
    }, SETTLE_MS);
  }, []);
  return [said, tell];
}
