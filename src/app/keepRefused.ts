// An editor's page that lost its access refuses every save (the store's run), and a field keeps the text only while
// the page lives: closing or reloading the tab took it. Each save refused for that reason is tried on a copy of the
// document instead, never on the map's, and the texts it would have changed are kept in this browser for the map
// (src/sync/keptAfterLoss.ts) to be offered again. Viewers and commenters made nothing: their pages keep nothing.
import * as Y from "yjs";
import { readJourney, type Card, type Journey } from "../doc";
import { keptCardText, keptLaneText, keptStageText, type CreateMapStoreOptions, type NewKeptText } from "../store";
import { keptConnectionText, keptTargetText, type KeptTextField } from "../store/keptTexts";
import { keepAfterLoss, type JourneyTextField, type KeptAfterLoss } from "../sync/keptAfterLoss";

/** A card's text fields and how each reads from a card. */
const CARD_TEXTS: readonly [KeptTextField, (c: Card) => string | undefined][] = [
  ["title", (c) => c.title],
  ["description", (c) => c.description],
  ["owner", (c) => c.owner],
  ["momentOfTruth.reason", (c) => c.momentOfTruth?.reason],
  ["signatureInteraction.reason", (c) => c.signatureInteraction?.reason],
  ["measurement.label", (c) => c.measurement?.label],
  ["measurement.question", (c) => c.measurement?.question],
  ["measurement.scale", (c) => c.measurement?.scale],
  ["measurement.source", (c) => c.measurement?.source],
  ["measurement.owner", (c) => c.measurement?.owner],
  ["measurement.frequency", (c) => c.measurement?.frequency],
];

/** The map's own text fields and how each reads from the journey (goals and expectations one per line). */
const JOURNEY_TEXTS: readonly [JourneyTextField, (j: Journey) => string | undefined][] = [
  ["title", (j) => j.title],
  ["scenario", (j) => j.scenario],
  ["owner", (j) => j.owner],
  ["persona.name", (j) => j.persona?.name],
  ["persona.segment", (j) => j.persona?.segment],
  ["persona.goals", (j) => j.persona?.goals?.join("\n")],
  ["persona.expectations", (j) => j.persona?.expectations?.join("\n")],
];

/** The texts of the map and of records `before` had that differ in `after`: what a change typed into their fields. */
export function changedTexts(before: Journey, after: Journey): KeptAfterLoss[] {
  const records: NewKeptText[] = [];
  const texts: KeptAfterLoss[] = [];
  const changed = (was: string | undefined, now: string | undefined): now is string =>
    now !== undefined && now.trim() !== "" && now !== was;
  for (const card of before.cards) {
    const now = after.cards.find((c) => c.id === card.id);
    if (!now) continue;
    for (const [field, read] of CARD_TEXTS) {
      const text = read(now);
      if (changed(read(card), text)) records.push(keptCardText(card, field, text));
    }
    const target = now.measurement?.target;
    if (target !== undefined && target !== card.measurement?.target) {
      records.push(keptTargetText(card, String(target), target));
    }
  }
  before.stages.forEach((stage, index) => {
    const now = after.stages.find((s) => s.id === stage.id);
    if (changed(stage.name, now?.name)) records.push(keptStageText(stage, index, "stage.name", now.name));
    if (changed(stage.customerGoal, now?.customerGoal)) {
      records.push(keptStageText(stage, index, "stage.customerGoal", now.customerGoal));
    }
  });
  before.lanes.forEach((lane, index) => {
    const now = after.lanes.find((l) => l.id === lane.id);
    if (changed(lane.name, now?.name)) records.push(keptLaneText(lane, index, now.name));
  });
  for (const connection of before.connections) {
    const now = after.connections.find((c) => c.id === connection.id);
    if (changed(connection.label, now?.label)) records.push(keptConnectionText(connection, now.label));
  }
  texts.push(...records.map((kept) => ({ kept })));
  for (const [field, read] of JOURNEY_TEXTS) {
    const text = read(after);
    if (changed(read(before), text)) texts.push({ journey: { field, text } });
  }
  return texts;
}

/** The name the kept text's record has in `journey` (a path has none). */
function nameIn(journey: Journey, what: KeptAfterLoss): string {
  if (!("kept" in what)) return "";
  const { kept } = what;
  const id = kept.targetId;
  switch (kept.putBack.kind) {
    case "card":
      return journey.cards.find((c) => c.id === id)?.title ?? "";
    case "stage":
      return journey.stages.find((s) => s.id === id)?.name ?? "";
    case "lane":
      return journey.lanes.find((l) => l.id === id)?.name ?? "";
    case "connection":
      return "";
  }
}

/** What `op` would change in the texts of `doc`'s map and records, tried on a copy; nothing when the op refuses. */
function textsOf(doc: Y.Doc, before: Journey, op: (doc: Y.Doc) => unknown): KeptAfterLoss[] {
  const scratch = new Y.Doc();
  try {
    Y.applyUpdate(scratch, Y.encodeStateAsUpdate(doc));
    op(scratch);
    return changedTexts(before, readJourney(scratch));
  } catch {
    return [];
  } finally {
    scratch.destroy();
  }
}

/**
 * What the store calls with a save it refused because the page lost its access (`onRefusedAfterLoss`): the texts
 * the save would have written are kept, for the map `mapId`, in this browser. The save itself stays refused (with
 * the access-lost sentence) and the document as it is. Only a page that could edit loses its access this way: a
 * viewer's or commenter's refused save is no text of theirs to keep.
 */
export function keepRefusedTexts(mapId: string): NonNullable<CreateMapStoreOptions["onRefusedAfterLoss"]> {
  return (op, { doc, journey }) => {
    for (const what of textsOf(doc, journey, op)) {
      keepAfterLoss(mapId, what, { mapTitle: journey.title, recordName: nameIn(journey, what) });
    }
  };
}
