// Small deliberate breakages of the audit's journey files, each with the one problem line `validate` must print
// for it (the JSON path and the sentence), or the one sentence that refuses a file as a whole.
import { UNSEEN_NAMES, unseenValue, type JsonObject, type UnseenName } from "./unseenFixtures";

export type Breakage = {
  name: string;
  /** The file the breakage starts from. */
  fixture: UnseenName;
  /** The broken file, as JSON text. */
  text: string;
  /** The problem lines `validate` prints on stdout, in order; empty when the file is refused as a whole. */
  problems: string[];
  /** The sentence on stderr for a file refused as a whole. */
  refusal?: string;
};

type Journey = JsonObject & {
  stages: JsonObject[];
  cards: JsonObject[];
  connections: JsonObject[];
  comments?: JsonObject[];
};

function broken(
  fixture: UnseenName,
  name: string,
  change: (file: JsonObject, journey: Journey) => void,
  problems: string[],
  refusal?: string,
): Breakage {
  const file = unseenValue(fixture);
  change(file, file["journey"] as Journey);
  return { name, fixture, text: JSON.stringify(file, null, 2), problems, ...(refusal ? { refusal } : {}) };
}

/** Three breakages of every file: a wrong type, a dangling id, a missing required field. */
function common(fixture: UnseenName): Breakage[] {
  const last = unseenValue(fixture)["journey"] as Journey;
  const n = last.cards.length - 1;
  return [
    broken(fixture, "a card title that is a number", (_, j) => (j.cards[n]!["title"] = 42), [
      `journey.cards[${n}].title: must be a string`,
    ]),
    broken(fixture, "a card in a lane that does not exist", (_, j) => (j.cards[n]!["laneId"] = "nowhere"), [
      `journey.cards[${n}].laneId: unknown lane "nowhere"`,
    ]),
    broken(fixture, "a stage without its name", (_, j) => delete j.stages[0]!["name"], [
      "journey.stages[0].name: is required",
    ]),
  ];
}

const card = (j: Journey, id: string): JsonObject => j.cards.find((c) => c["id"] === id)!;

/** Breakages that only some files can have: their measurements, comments, paths and limits. */
const SPECIAL: Breakage[] = [
  broken(
    "motor-claim-measured.de.journey.json",
    "an observed value written with a decimal comma",
    (_, j) => {
      const obs = (card(j, "k_notruf")["measurement"] as { observations: JsonObject[] }).observations;
      obs[0]!["value"] = "71,5";
    },
    [
      "journey.cards[1].measurement.observations[0].value: must be a number; write 71.5, with a point and without quotes",
    ],
  ),
  broken(
    "motor-claim-measured.de.journey.json",
    "a comment on a card that does not exist",
    (_, j) => ((j.comments![0]!["anchor"] as JsonObject)["id"] = "k_weg"),
    ['journey.comments[0].anchor.id: unknown card "k_weg"'],
  ),
  broken(
    "motor-claim-measured.de.journey.json",
    "a card in the emotions lane without its emotion",
    (_, j) => delete card(j, "k_gef_unfall")["emotion"],
    ["journey.cards[3].emotion: is required on a card in an emotions lane (-2 to 2)"],
  ),
  broken(
    "motor-claim-measured.de.journey.json",
    "a metric that is not one of the four",
    (_, j) => ((card(j, "k_app")["measurement"] as JsonObject)["metric"] = "Umsatz"),
    ["journey.cards[6].measurement.metric: must be one of CSAT, CES, NPS, custom"],
  ),
  broken(
    "unicode-rtl.journey.json",
    "an emotion that is not a whole number",
    (_, j) => (card(j, "u9")["emotion"] = 1.5),
    ["journey.cards[8].emotion: must be a whole number from -2 to 2"],
  ),
  broken(
    "many-connections.en.journey.json",
    "a path to a card that does not exist",
    (_, j) => (j.connections[33]!["to"] = "ghost"),
    ['journey.connections[33].to: unknown card "ghost"'],
  ),
  broken(
    "b2b-onboarding-12-stages.en.journey.json",
    "two stages with the same id",
    (_, j) => (j.stages[11]!["id"] = "S01"),
    [
      'journey.stages[11].id: duplicate id "S01" (also at journey.stages[0].id)',
      ...["act", "tp", "th", "em", "back"].map((lane) => {
        const index = j12(lane);
        return `journey.cards[${index}].stageId: unknown stage "S12"`;
      }),
    ],
  ),
  broken(
    "limits.de.journey.json",
    "a title one character too long",
    (_, j) => (j["title"] = `${String(j["title"])}ß`),
    ["journey.title: must be at most 200 characters"],
  ),
  broken(
    "limits.de.journey.json",
    "a lane name one emoji too long",
    (_, j) => {
      const lane = (j["lanes"] as JsonObject[])[0]!;
      lane["name"] = `${String(lane["name"])}🚗`;
    },
    ["journey.lanes[0].name: must be at most 200 characters"],
  ),
  broken(
    "one-stage-one-card.journey.json",
    "a newer format version",
    (file) => (file["version"] = 2),
    [],
    "This file was written by a newer version of Outside-In (format version 2); this version reads version 1.",
  ),
  broken(
    "no-optional-fields.journey.json",
    "another format",
    (file) => (file["format"] = "outside-in.map"),
    [],
    'This is not an Outside-In journey file: format must be "outside-in.journey".',
  ),
];

/** The index of stage 12's card in a lane of the B2B file (stage 12 has no pain point or opportunity card). */
function j12(lane: string): number {
  const j = unseenValue("b2b-onboarding-12-stages.en.journey.json")["journey"] as Journey;
  return j.cards.findIndex((c) => c["id"] === `S12-${lane}`);
}

export const BREAKAGES: Breakage[] = [...UNSEEN_NAMES.flatMap(common), ...SPECIAL];
