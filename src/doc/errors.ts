// The error an op throws when asked for something impossible: what went wrong as a code with its values (so an
// interface can say it in its own language) and, as its message, the English sentence scripts and the server read.
import type { z } from "zod";

/** What an op refuses to write, as a person names it. */
export type OpSubject = "card" | "stage" | "lane" | "connection" | "journey" | "measurement";

/** Every refusal an op can raise: a code and the values its sentence shows. */
export type OpProblem =
  | { code: "noStage"; id: string }
  | { code: "noLane"; id: string }
  | { code: "noCard"; id: string }
  | { code: "noConnection"; id: string }
  | { code: "noCardToConnectFrom"; id: string }
  | { code: "noCardToConnectTo"; id: string }
  | { code: "selfConnection" }
  | { code: "emotionRequired" }
  /** A value a record cannot take; `issue` is the first thing the record's schema found wrong. */
  | { code: "invalid"; subject: OpSubject; issue: z.core.$ZodIssue | undefined };

export type OpErrorCode = OpProblem["code"];
type ProblemOf<C extends OpErrorCode> = Extract<OpProblem, { code: C }>;

const SUBJECTS: Record<OpSubject, string> = {
  card: "card",
  stage: "stage",
  lane: "lane",
  connection: "connection",
  journey: "journey",
  measurement: "measurement point",
};

/** The field a schema issue names, as a dotted path (title, observations.0.date); empty for the record itself. */
export const issuePath = (issue: z.core.$ZodIssue | undefined): string => (issue?.path ?? []).map(String).join(".");

const ENGLISH: { [C in OpErrorCode]: (problem: ProblemOf<C>) => string } = {
  noStage: ({ id }) => `There is no stage "${id}".`,
  noLane: ({ id }) => `There is no lane "${id}".`,
  noCard: ({ id }) => `There is no card "${id}".`,
  noConnection: ({ id }) => `There is no connection "${id}".`,
  noCardToConnectFrom: ({ id }) => `There is no card "${id}" to connect from.`,
  noCardToConnectTo: ({ id }) => `There is no card "${id}" to connect to.`,
  selfConnection: () => "A card cannot be connected to itself.",
  emotionRequired: () =>
    "The card was not changed: a card in an emotions lane needs an emotion from −2 (very unhappy) to +2 (delighted).",
  invalid: ({ subject, issue }) => {
    const path = issuePath(issue);
    return `The ${SUBJECTS[subject]} was not changed: ${issue?.message ?? "invalid value"}${path ? ` (${path})` : ""}.`;
  },
};

/** Every code an op can raise, for whoever words them in another language. */
export const OP_ERROR_CODES = Object.keys(ENGLISH) as OpErrorCode[];

const english = (problem: OpProblem): string => (ENGLISH[problem.code] as (p: OpProblem) => string)(problem);

export class OpError extends Error {
  override name = "OpError";
  readonly problem: OpProblem;

  constructor(problem: OpProblem) {
    super(english(problem));
    this.problem = problem;
  }
}
