// Picks the texts for a check language; plain objects, because checks also run in the CLI without i18next.
import type { CheckLanguage } from "../types";
import type { Messages } from "./types";
import { en } from "./en";
import { de } from "./de";

export type { Messages } from "./types";

export function messagesFor(language: CheckLanguage): Messages {
  return language === "de" ? de : en;
}
