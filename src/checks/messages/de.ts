// German texts of the outside-in checks.
import { quoted, GERMAN_QUOTES } from "../../i18n/quotes";
import { CHANNEL_NAMES } from "../../i18n/channelNames";
import type { Messages } from "./types";

/** A name in quotes; quotations of its own take the inner marks („Ich lese ‚Tarif A‘“), so none nest. */
const q = (s: string) => quoted(s, GERMAN_QUOTES);
const list = (items: string[]) => items.map(q).join(", ");

/** The channels by the names the editor's channel list gives them, so that a finding names what the card shows. */
const channelName: Messages["channelName"] = CHANNEL_NAMES.de;
/** The channels the fix of a touchpoint without channel names as examples. */
const examples = (["web", "app", "email", "phone", "letter", "branch"] as const).map((c) => channelName[c]).join(", ");

export const de: Messages = {
  ruleTitle: {
    "touchpoint-without-measurement": "Kontaktpunkt ohne Messpunkt",
    "touchpoint-without-channel": "Kontaktpunkt ohne Kanal",
    "moment-of-truth-unmeasured": "Moment der Wahrheit ohne Messung",
    "inside-out-language": "Unternehmenssprache in einer Kundenspur",
    "channel-break": "Medienbruch",
    "too-many-signature-interactions": "Zu viele Signature-Interaktionen",
    "stage-without-customer-goal": "Phase ohne Kundenziel",
    "emotion-low-without-opportunity": "Tiefpunkt ohne Chance",
    "no-journey-owner": "Keine verantwortliche Person",
  },
  channelName,
  "touchpoint-without-measurement": {
    message: ({ card }) => `Der Kontaktpunkt ${q(card)} hat keinen Messpunkt.`,
    why: "Was nicht aus Sicht der Kundin oder des Kunden gemessen wird, kann niemand als gelungen erkennen.",
    fix: "Einen Messpunkt anlegen: Kennzahl (CSAT, CES, NPS oder eigene), die Frage an die Kundschaft, ein Zielwert und wer dafür verantwortlich ist.",
  },
  "touchpoint-without-channel": {
    message: ({ card }) => `Der Kontaktpunkt ${q(card)} hat keinen Kanal.`,
    why: "Ohne Kanal sieht niemand, wo die Kundschaft der Marke begegnet und wo sie das Medium wechseln muss.",
    fix: `Den Kanal wählen, den die Kundschaft hier nutzt (${examples}, …).`,
  },
  "moment-of-truth-unmeasured": {
    message: ({ card, hasMeasurement }) =>
      hasMeasurement
        ? `Der Moment der Wahrheit ${q(card)} wird gemessen, hat aber keinen Zielwert.`
        : `Der Moment der Wahrheit ${q(card)} hat keinen Messpunkt.`,
    why: "Ein Moment der Wahrheit entscheidet, ob die Kundschaft bleibt; er braucht eine Kennzahl und einen Zielwert, die zeigen, wann er misslingt.",
    fix: "Einen Messpunkt mit Zielwert und Richtung (höher oder niedriger ist besser) anlegen.",
  },
  "inside-out-language": {
    message: ({ card, phrases }) => `Die Karte ${q(card)} spricht aus Sicht des Unternehmens: ${list(phrases)}.`,
    why: "Die Kundschaft erlebt, was sie tut, sieht und bekommt, nicht die Abläufe, Rollen und Systeme des Unternehmens; Unternehmenssprache verdeckt, ob der Moment für sie gelingt.",
    fix: "In den Worten der Kundschaft formulieren, mit „Ich …“ (was ich tue, sehe, bekomme oder fühle), und interne Schritte in die Zeile „Hinter den Kulissen“ verschieben.",
  },
  "channel-break": {
    message: ({ from, to, fromChannel, toChannel }) =>
      `Der Weg von ${q(from)} (${fromChannel}) zu ${q(to)} (${toChannel}) zwingt die Kundschaft, von ${fromChannel} zu ${toChannel} zu wechseln.`,
    why: "Jeder Medienbruch lässt die Kundschaft neu anfangen, sich wiederholen und warten, und genau dort geben viele auf.",
    fix: "Die Kundschaft im selben Medium abschließen lassen oder den nächsten Schritt im Kanal anbieten, in dem sie schon ist.",
  },
  "too-many-signature-interactions": {
    message: ({ count, limit, cards, more }) =>
      `Die Journey hat ${count} Signature-Interaktionen, mehr als ${limit}: ${list(cards)}${more > 0 ? ` und ${more} weitere` : ""}.`,
    why: "Von einer Journey bleiben nur wenige Momente in Erinnerung; zu viele Signature-Interaktionen verwischen die, die herausragen sollen.",
    fix: "Die einprägsamsten, markentypischsten behalten und bei den anderen die Markierung entfernen.",
  },
  "stage-without-customer-goal": {
    message: ({ stage }) => `Die Phase ${q(stage)} hat kein Kundenziel.`,
    why: "Ohne das Ziel der Kundschaft beschreibt eine Phase den Prozess des Unternehmens, nicht das, was die Kundschaft erreichen will.",
    fix: "In den Worten der Kundschaft aufschreiben, was sie in dieser Phase will: „Ich möchte …“.",
  },
  "emotion-low-without-opportunity": {
    message: ({ stage, emotion }) =>
      `In der Phase ${q(stage)} fühlt sich die Kundschaft schlecht (Emotion ${String(emotion).replace("-", "−")}), und dort steht keine Chance.`,
    why: "Ein Tiefpunkt, an dem niemand arbeitet, ist die Stelle, an der Kundinnen und Kunden gehen und es weitererzählen.",
    fix: "In dieser Phase eine Chance-Karte anlegen, die sagt, wie sich der Moment für die Kundschaft besser anfühlen könnte.",
  },
  "no-journey-owner": {
    message: ({ journey }) => `Die Journey ${q(journey)} hat keine verantwortliche Person.`,
    why: "Eine Journey läuft durch mehrere Abteilungen; ohne eine Person, die sie von Anfang bis Ende verantwortet, fällt die Kundschaft dazwischen durch.",
    fix: "Die Person oder Rolle nennen, die diese Journey von Anfang bis Ende verantwortet.",
  },
};
