// The sentences the map session gives when a map cannot be opened or access ends, in the interface
// language. The session speaks English; a sentence it has no translation for is shown as it came.
import type { TFunction } from "i18next";
import { newerSchemaOf } from "../../doc/migrations";
import { LINK_INVALID, LINK_REPLACED, UNSENT_EXPORT, UNSENT_KEPT, UNSENT_REFUSED, accessLostMessage } from "../../sync";

const FIXED = new Map<string, string>([
  [LINK_INVALID, "presence.session.invalid"],
  [LINK_REPLACED, "presence.session.replaced"],
  [accessLostMessage(4403, false) ?? "", "presence.session.notAllowed"],
  [accessLostMessage(4404, false) ?? "", "presence.session.noMap"],
  [accessLostMessage(4413, false) ?? "", "presence.session.tooLarge"],
  ["The server cannot be reached. Check your network connection and reload the page.", "presence.session.unreachable"],
  [
    "The server sent an answer this app does not understand. Reload the page to try again.",
    "presence.session.badAnswer",
  ],
]);

const UNSENT: [string, string][] = [
  [UNSENT_KEPT, "presence.session.unsentKept"],
  [UNSENT_EXPORT, "presence.session.unsentExport"],
  [UNSENT_REFUSED, "editor.unsentRefused"],
];

const WITH_CODE: [RegExp, string][] = [
  [/^The server could not open this map \(HTTP (\d{3})\)\. Try again in a moment\.$/, "presence.session.httpError"],
  [/^The server ended the connection \(code (\d{4})\)\. Reload the page to try again\.$/, "presence.session.closed"],
];

export function sessionMessage(message: string, t: TFunction): string {
  // An editor's page with changes it could not send adds a sentence that says where they are kept.
  for (const [sentence, key] of UNSENT) {
    if (message.endsWith(` ${sentence}`)) {
      return `${sessionMessage(message.slice(0, -sentence.length - 1), t)} ${t(key)}`;
    }
  }
  const key = FIXED.get(message);
  if (key) return t(key);
  // A map from a newer version of the app: the document's refusal, worded by its code and values.
  const newer = newerSchemaOf(message);
  if (newer) return t("presence.session.newerSchema", newer);
  for (const [pattern, codeKey] of WITH_CODE) {
    const code = pattern.exec(message)?.[1];
    if (code) return t(codeKey, { code });
  }
  return message;
}
