// The sentence a failed action shows, in the interface language: an op's refusal is worded from its code and
// values (never from its English message), so a German interface says it in German with the same names and ids.
import i18next, { type TFunction } from "i18next";
import { OpError, issuePath, type OpProblem } from "../doc";
import { germanIssue } from "../format/germanIssues";
import { defaultMessage } from "../format/messages";

/** English for a page without i18next (tests, scripts); the same sentence as en.json's opError.readOnly. */
export const READ_ONLY = "You may only look at this map; ask its owner for an edit link.";

/** English without i18next; the same sentence as en.json's opError.accessLost. */
export const ACCESS_LOST =
  "Not saved: this page has lost its access to the map (the notice above says why). Copy what you typed before you leave.";

/** English without i18next; the same sentence as en.json's opError.opening. */
export const OPENING = "The map is still opening; nothing was changed. Try again in a moment.";

/** The form label (an existing i18n key) of a field an op names, by subject and path without list indexes. */
const FIELD_LABELS: Record<string, string> = {
  "card title": "inspector.title",
  "card description": "inspector.description",
  "card channel": "inspector.channel",
  "card owner": "inspector.owner",
  "card emotion": "inspector.emotion",
  "card momentOfTruth": "card.momentOfTruth",
  "card momentOfTruth.reason": "inspector.momentOfTruthReason",
  "card signatureInteraction": "card.signatureInteraction",
  "card signatureInteraction.reason": "inspector.signatureReason",
  "stage name": "stage.name",
  "stage customerGoal": "stage.customerGoal",
  "lane name": "lane.name",
  "lane kind": "lane.kind",
  "connection label": "connection.label",
  "journey title": "journey.title",
  "journey language": "start.mapLanguage",
  "journey scenario": "journey.scenario",
  "journey owner": "journey.owner",
  "journey persona": "journey.persona",
  "journey persona.name": "journey.personaName",
  "journey persona.segment": "journey.segment",
  "journey persona.goals": "journey.goals",
  "journey persona.expectations": "journey.expectations",
  "measurement metric": "measurement.metric",
  "measurement label": "measurement.label",
  "measurement kind": "measurement.kind",
  "measurement question": "measurement.question",
  "measurement scale": "measurement.scale",
  "measurement target": "measurement.target",
  "measurement direction": "measurement.direction",
  "measurement source": "measurement.source",
  "measurement owner": "measurement.owner",
  "measurement frequency": "measurement.frequency",
  "measurement observations": "measurement.observations",
  "measurement observations.date": "measurement.date",
  "measurement observations.value": "measurement.value",
  "measurement observations.n": "measurement.n",
};

/** A field no form labels, in words rather than as its path: customerGoal -> customer goal. */
function pathInWords(bare: string): string {
  const last = bare.split(".").pop() ?? bare;
  return last.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
}

/** The field as the form labels it; a field no form shows in words, never as its internal path. */
function fieldName(problem: Extract<OpProblem, { code: "invalid" }>, t: TFunction): string {
  const bare = issuePath(problem.issue).replace(/\.\d+(?=\.|$)/g, "");
  const key = FIELD_LABELS[`${problem.subject} ${bare}`];
  return key ? t(key) : pathInWords(bare);
}

/** An issue in English words for a person: the schema's own sentence, or ours where zod's is for programmers. */
function englishIssue(issue: NonNullable<Extract<OpProblem, { code: "invalid" }>["issue"]>): string {
  return issue.code === "invalid_type" ? defaultMessage({ ...issue, input: issue.input }) : issue.message;
}

function problemText(problem: Extract<OpProblem, { code: "invalid" }>, t: TFunction, language: string): string {
  const { issue } = problem;
  if (!issue) return t("opError.invalidValue");
  const path = issuePath(issue);
  // Both languages name the field as the form labels it (the op's own English message, which scripts and the
  // server read, keeps the path); German words the issue from its code.
  if (language !== "de") return path ? `"${fieldName(problem, t)}" ${englishIssue(issue)}` : englishIssue(issue);
  return path ? `„${fieldName(problem, t)}“ ${germanIssue(issue)}` : germanIssue(issue);
}

function opProblemText(problem: OpProblem, t: TFunction, language: string): string {
  if (problem.code === "invalid") {
    return t(`opError.invalid.${problem.subject}`, { problem: problemText(problem, t, language) });
  }
  return t(`opError.${problem.code}`, problem);
}

export function opErrorText(error: OpError, t: TFunction, language: string): string {
  return opProblemText(error.problem, t, language);
}

/**
 * What the error banner says, kept as a code and values rather than a sentence, so it is said again in the
 * language the interface switches to while it is shown: an op's refusal, a write on a read-only page, any
 * other failure (its English sentence as the reason), or an interface sentence by its i18n key.
 */
export type ErrorMessage =
  | { code: "op"; problem: OpProblem }
  | { code: "readOnly" }
  /** A write on a page that could edit until its link was rotated, its map replaced or deleted. */
  | { code: "accessLost" }
  | { code: "opening" }
  | { code: "failed"; reason: string }
  | { code: "key"; key: string; values?: Record<string, string | number> };

export function errorMessageOf(error: unknown): ErrorMessage {
  if (error instanceof OpError) return { code: "op", problem: error.problem };
  return { code: "failed", reason: error instanceof Error ? error.message : String(error) };
}

/** The message in the language of `t`. */
export function messageText(message: ErrorMessage, t: TFunction, language: string): string {
  switch (message.code) {
    case "op":
      return opProblemText(message.problem, t, language);
    case "readOnly":
      return t("opError.readOnly");
    case "accessLost":
      return t("opError.accessLost");
    case "opening":
      return t("opError.opening");
    case "failed":
      return t("opError.failed", { reason: message.reason });
    case "key":
      return t(message.key, message.values ?? {});
  }
}

/** The message in the interface language once i18next runs; English (its reason or key) before. */
export function messageSentence(message: ErrorMessage): string {
  if (!i18next.isInitialized) {
    if (message.code === "op") return new OpError(message.problem).message;
    if (message.code === "readOnly") return READ_ONLY;
    if (message.code === "accessLost") return ACCESS_LOST;
    if (message.code === "opening") return OPENING;
    return message.code === "failed" ? message.reason : message.key;
  }
  const language = i18next.resolvedLanguage ?? i18next.language;
  return messageText(message, i18next.getFixedT(language), language);
}

/** What the error banner says about an action that failed, in the interface language once i18next runs. */
export function errorText(error: unknown): string {
  if (!i18next.isInitialized) return error instanceof Error ? error.message : String(error);
  return messageSentence(errorMessageOf(error));
}
