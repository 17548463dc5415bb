// The customer's path as text: one line per connection, from card › to card (label), in the map's order, so a
// printed map keeps every path and its label although its pages draw no arrows between cards.
import type { Journey } from "../../doc";
import type { Words } from "../words";
import { textLines, type BlockLine } from "./block";
import { COLOR, SIZE } from "./style";
import type { TextMeasurer } from "./types";

/** A title or label on one line, so each path stays one entry of the list. */
const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();

/** The heading and one block per path; nothing for a map without paths. */
export function pathBlocks(journey: Journey, words: Words, width: number, measure: TextMeasurer): BlockLine[][] {
  if (journey.connections.length === 0) return [];
  const titles = new Map(journey.cards.map((c) => [c.id, oneLine(c.title)]));
  const blocks: BlockLine[][] = [
    textLines(words.path, width, { size: SIZE.heading, bold: true, color: COLOR.text }, measure),
  ];
  for (const conn of journey.connections) {
    const from = titles.get(conn.from);
    const to = titles.get(conn.to);
    // A path from a card back to itself goes nowhere; the editor does not show one kept from before either.
    if (from === undefined || to === undefined || conn.from === conn.to) continue;
    const label = conn.label !== undefined && conn.label.trim() !== "" ? ` (${oneLine(conn.label)})` : "";
    // "›" rather than an arrow, which the main font lacks.
    blocks.push(
      textLines(`${from} › ${to}${label}`, width, { size: SIZE.body - 1, color: COLOR.text, indent: 10 }, measure),
    );
  }
  return blocks;
}
