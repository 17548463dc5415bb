// Find on the map: which cards, stages and lanes a query matches, in map order. A card matches by its title,
// description, channel (by its name in English or German) and measurement point (metric, label, question); a stage
// or lane by its name. Pure: journey snapshot and query in, matches out.
import type { Card, Journey } from "../../doc";
import { CHANNEL_NAMES } from "../../i18n/channelNames";
import { excerptOf, fold, queryPattern } from "./textMatcher";

/** Where a match was found: a card's title or a stage's or lane's name, or another field of a card. */
export type MatchField = "title" | "name" | "description" | "channel" | "measurement";

export interface MapMatch {
  kind: "card" | "stage" | "lane";
  id: string;
  /** The card's title, or the stage's or lane's name. */
  title: string;
  /** A card's stage and lane names. */
  stage?: string;
  lane?: string;
  field: MatchField;
  /** For a match outside the title or name, the text around it (for a channel, the channel's name that matched). */
  excerpt?: string;
}

interface CardTexts {
  title: string;
  description: string;
  channels: readonly string[];
  measurement: readonly string[];
}

/** The searched texts of a card, folded once per card object (a snapshot keeps unchanged cards as they were). */
const foldedCards = new WeakMap<Card, { folded: CardTexts; plain: CardTexts }>();

function textsOf(card: Card): { folded: CardTexts; plain: CardTexts } {
  let texts = foldedCards.get(card);
  if (!texts) {
    const m = card.measurement;
    const plain: CardTexts = {
      title: card.title,
      description: card.description ?? "",
      channels: card.channel ? [CHANNEL_NAMES.en[card.channel], CHANNEL_NAMES.de[card.channel]] : [],
      // A custom metric is named by its label, not by the word "custom".
      measurement: m ? [m.metric === "custom" ? "" : m.metric, m.label ?? "", m.question ?? ""] : [],
    };
    const folded: CardTexts = {
      title: fold(plain.title),
      description: fold(plain.description),
      channels: plain.channels.map(fold),
      measurement: plain.measurement.map(fold),
    };
    texts = { folded, plain };
    foldedCards.set(card, texts);
  }
  return texts;
}

function matchCard(card: Card, pattern: RegExp): Pick<MapMatch, "field" | "excerpt"> | null {
  const { folded, plain } = textsOf(card);
  if (pattern.test(folded.title)) return { field: "title" };
  if (pattern.test(folded.description)) {
    const excerpt = excerptOf(plain.description, pattern);
    return excerpt === undefined ? { field: "description" } : { field: "description", excerpt };
  }
  const channel = folded.channels.findIndex((c) => pattern.test(c));
  if (channel >= 0) {
    const name = plain.channels[channel];
    return name === undefined ? { field: "channel" } : { field: "channel", excerpt: name };
  }
  const measured = folded.measurement.findIndex((c) => pattern.test(c));
  if (measured >= 0) {
    const excerpt = excerptOf(plain.measurement[measured] ?? "", pattern);
    return excerpt === undefined ? { field: "measurement" } : { field: "measurement", excerpt };
  }
  return null;
}

/**
 * Everything on the map that `query` matches, in map order: the lane names first (they head the map's rows, left of
 * every stage), then stage by stage its name and its cards, lane by lane, in their order in the cell.
 */
export function findOnMap(journey: Journey, query: string): MapMatch[] {
  const pattern = queryPattern(query);
  if (!pattern) return [];
  const matches: MapMatch[] = [];
  const laneIndex = new Map(journey.lanes.map((l, i) => [l.id, i]));
  for (const lane of journey.lanes) {
    if (pattern.test(fold(lane.name))) matches.push({ kind: "lane", id: lane.id, title: lane.name, field: "name" });
  }
  const cardsOfStage = new Map<string, { card: Card; lane: number; at: number }[]>();
  journey.cards.forEach((card, at) => {
    const lane = laneIndex.get(card.laneId);
    if (lane === undefined) return;
    const list = cardsOfStage.get(card.stageId) ?? [];
    list.push({ card, lane, at });
    cardsOfStage.set(card.stageId, list);
  });
  for (const stage of journey.stages) {
    if (pattern.test(fold(stage.name))) matches.push({ kind: "stage", id: stage.id, title: stage.name, field: "name" });
    const cards = (cardsOfStage.get(stage.id) ?? []).sort((a, b) => a.lane - b.lane || a.at - b.at);
    for (const { card, lane } of cards) {
      const found = matchCard(card, pattern);
      if (!found) continue;
      const laneName = journey.lanes[lane]?.name ?? "";
      matches.push({ kind: "card", id: card.id, title: card.title, stage: stage.name, lane: laneName, ...found });
    }
  }
  return matches;
}
