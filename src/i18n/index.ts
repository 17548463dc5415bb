// i18next set-up: English and German, the browser's language by default, the user's choice
// remembered in localStorage. Feature folders (presence, share, comments, checks, export, versions, find, and dialog with
// the sentences for a failed server call) bring their own strings.
import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import { checksStrings } from "../features/checks/strings";
import { commentsStrings } from "../features/comments/strings";
import { serverFailureStrings } from "../features/dialog/strings";
import { exportStrings } from "../features/export/strings";
import { findStrings } from "../features/find/strings";
import { presenceStrings } from "../features/presence/strings";
import { shareStrings } from "../features/share/strings";
import { versionsStrings } from "../features/versions/strings";
import { innerQuotes } from "./quotes";
import en from "./en.json";
import de from "./de.json";

export const LANGUAGES = ["en", "de"] as const;
export type Language = (typeof LANGUAGES)[number];
export const LANGUAGE_KEY = "outside-in.language";

export const resources = {
  en: {
    translation: {
      ...en,
      ...presenceStrings.en,
      ...shareStrings.en,
      ...commentsStrings.en,
      ...checksStrings.en,
      ...exportStrings.en,
      ...versionsStrings.en,
      ...findStrings.en,
      ...serverFailureStrings.en,
    },
  },
  de: {
    translation: {
      ...de,
      ...presenceStrings.de,
      ...shareStrings.de,
      ...commentsStrings.de,
      ...checksStrings.de,
      ...exportStrings.de,
      ...versionsStrings.de,
      ...findStrings.de,
      ...serverFailureStrings.de,
    },
  },
};

function stored(): Language | null {
  try {
    const value = localStorage.getItem(LANGUAGE_KEY);
    return LANGUAGES.find((l) => l === value) ?? null;
  } catch {
    return null;
  }
}

export function detectLanguage(): Language {
  const remembered = stored();
  if (remembered) return remembered;
  const wanted = typeof navigator === "undefined" ? [] : (navigator.languages ?? [navigator.language]);
  for (const tag of wanted) {
    const base = tag.toLowerCase().split("-")[0];
    const match = LANGUAGES.find((l) => l === base);
    if (match) return match;
  }
  return "en";
}

let started: Promise<unknown> | null = null;

/** Starts i18next once; later calls return the same instance. */
export function initI18n(language: Language = detectLanguage()): typeof i18n {
  if (!started) {
    // A title quoted into a sentence keeps its own quotations in the inner marks: „Ich bestelle ‚XL‘“.
    i18n.use(innerQuotes);
    started = i18n.use(initReactI18next).init({
      resources,
      lng: language,
      fallbackLng: "en",
      interpolation: { escapeValue: false },
      postProcess: [innerQuotes.name],
      returnNull: false,
    });
    document.documentElement.lang = language;
  }
  return i18n;
}

export async function setLanguage(language: Language): Promise<void> {
  try {
    localStorage.setItem(LANGUAGE_KEY, language);
  } catch {
    // Storage may be disabled; the switch still works for this page.
  }
  document.documentElement.lang = language;
  await i18n.changeLanguage(language);
}

export { i18n };
