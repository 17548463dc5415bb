// Broken copies of the second reviewer's journeys (tests/fixtures/unseen/review2), one defect each, with the one
// problem each must be refused with: the JSON path, and the sentence for a file refused as a whole.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const REVIEW2 = fileURLToPath(new URL("../fixtures/unseen/review2/", import.meta.url));
export const review2Text = (name: string): string => readFileSync(join(REVIEW2, name), "utf8");

type Doc = {
  format?: unknown;
  version?: unknown;
  journey: {
    title: unknown;
    stages: unknown;
    cards: Record<string, unknown>[];
    connections: Record<string, unknown>[];
    comments?: unknown[];
  };
};

const BASE = "telecom-cancellation.en.journey.json";

export type Variant = {
  name: string;
  /** The file's bytes. */
  bytes: Buffer;
  /** The paths of the problems `validate` prints and the API's `issues` hold, in order. */
  paths: string[];
};

const comment = (anchor: object) => ({
  id: "cx",
  anchor,
  author: "Ines",
  text: "Look here",
  createdAt: "2026-12-01T09:00:00.000Z",
  resolved: false,
  replies: [],
});

const EDITS: [string, (d: Doc) => void, string[]][] = [
  ["dangling stage", (d) => (d.journey.cards[3]!["stageId"] = "s_gone"), ["journey.cards[3].stageId"]],
  ["dangling connection", (d) => (d.journey.connections[2]!["to"] = "t99"), ["journey.connections[2].to"]],
  [
    "dangling anchor",
    (d) => (d.journey.comments = [comment({ kind: "lane", id: "no-lane" })]),
    ["journey.comments[0].anchor.id"],
  ],
  [
    "anchor of the wrong kind",
    (d) => (d.journey.comments = [comment({ kind: "stage", id: "t1" })]),
    ["journey.comments[0].anchor.id"],
  ],
  ["duplicate id across records", (d) => (d.journey.connections[0]!["id"] = "s_keep"), ["journey.connections[0].id"]],
  ["emotion 3", (d) => (d.journey.cards[14]!["emotion"] = 3), ["journey.cards[14].emotion"]],
  ["too long a title", (d) => (d.journey.title = "x".repeat(201)), ["journey.title"]],
  // A title cut after so many UTF-16 units by another tool, through an emoji: its first half is left.
  [
    "half an emoji",
    (d) => (d.journey.cards[1]!["title"] = "I look for the cancel button \ud83d"),
    ["journey.cards[1].title"],
  ],
  ["half an emoji in a field name", (d) => (d.journey.cards[2]!["x-\udc00"] = 1), ["journey.cards[2].x-\\udc00"]],
  ["newer version", (d) => (d.version = 2), ["version"]],
  ["version as a string", (d) => (d.version = "1"), ["version"]],
  ["wrong format", (d) => (d.format = "outside-in.map"), ["format"]],
  [
    "wrong types",
    (d) => {
      d.journey.stages = {};
      d.journey.cards[1]!["title"] = 42;
    },
    ["journey.stages", "journey.cards[1].title"],
  ],
];

/** Every broken copy of the telecom cancellation. */
export function review2Variants(): Variant[] {
  const text = review2Text(BASE);
  const edited = EDITS.map(([name, edit, paths]) => {
    const doc = JSON.parse(text) as Doc;
    edit(doc);
    return { name, bytes: Buffer.from(JSON.stringify(doc, null, 2)), paths };
  });
  return [
    ...edited,
    { name: "trailing garbage", bytes: Buffer.from(`${text}garbage`), paths: [""] },
    { name: "two documents", bytes: Buffer.from(text + text), paths: [""] },
  ];
}
