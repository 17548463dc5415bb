// The sentence a failed action shows, in the interface language: an op's refusal is worded from its code and
// values (never from its English message), so a German interface says it in German with the same names and ids.
import i18next, { type TFunction } from "i18next";
import { OpError, issuePath, type OpProblem } from "../doc";
import { germanIssue } from "../format/germanIssues";

/** English for a page without i18next (tests, scripts); the same sentence as en.json's opError.readOnly. */
export const READ_ONLY = "You may only look at this map; ask its owner for an edit link.";

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

/** The field as the form labels it, or its path when no form shows it. */
function fieldName(problem: Extract<OpProblem, { code: "invalid" }>, t: TFunction): string {
  const path = issuePath(problem.issue);
  const bare = path.replace(/\.\d+(?=\.|$)/g, "");
  const key = FIELD_LABELS[`${problem.subject} ${bare}`];
  return key ? t(key) : path;
}

function problemText(problem: Extract<OpProblem, { code: "invalid" }>, t: TFunction, language: string): string {
  const { issue } = problem;
  if (!issue) return t("opError.invalidValue");
  const path = issuePath(issue);
  // English keeps the schema's own sentence, as scripts and the server read it; German words it from the issue's code.
  if (language !== "de") return path ? `${issue.message} (${path})` : issue.message;
  return path ? `„${fieldName(problem, t)}“ ${germanIssue(issue)}` : germanIssue(issue);
}

export function opErrorText(error: OpError, t: TFunction, language: string): string {
  const { problem } = error;
  if (problem.code === "invalid") {
    return t(`opError.invalid.${problem.subject}`, { problem: problemText(problem, t, language) });
  }
  return t(`opError.${problem.code}`, problem);
}

/** What the error banner says about an action that failed, in the interface language once i18next runs. */
export function errorText(error: unknown): string {
  const english = error instanceof Error ? error.message : String(error);
  if (!i18next.isInitialized) return english;
  const language = i18next.resolvedLanguage ?? i18next.language;
  const t = i18next.getFixedT(language);
  if (error instanceof OpError) return opErrorText(error, t, language);
  return t("opError.failed", { reason: english });
}

/** The sentence for a write tried on a page that may only look. */
export const readOnlyText = (): string => (i18next.isInitialized ? i18next.t("opError.readOnly") : READ_ONLY);
