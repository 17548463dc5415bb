// Which way a whole map reads: its columns still run left to right, but marks that belong to the map as a whole (the
// label of the line of visibility) stand at the side where its text starts.
import type { Journey } from "../../doc";
import { directionOf } from "../bidi";

/**
 * True when more of the map's names (its title, stage and lane names, card titles) start with a right-to-left letter
 * (Hebrew, Arabic) than with a left-to-right one. Names without a letter do not count.
 */
export function mapReadsRightToLeft(journey: Journey): boolean {
  let balance = 0;
  const names = [
    journey.title,
    ...journey.stages.map((s) => s.name),
    ...journey.lanes.map((l) => l.name),
    ...journey.cards.map((c) => c.title),
  ];
  for (const name of names) {
    const direction = directionOf(name);
    if (direction === "rtl") balance++;
    else if (direction === "ltr") balance--;
  }
  return balance > 0;
}
