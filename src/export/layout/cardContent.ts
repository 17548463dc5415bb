// What a card shows in print: title, description, channel, measurement point, marks, owner, footnote numbers.
import type { Card, LaneKind } from "../../doc";
import { measurementLines } from "../touchpoints";
import type { ExportLanguage, Words } from "../words";
import { textLines, type BlockLine } from "./block";
import { COLOR, SIZE } from "./style";
import type { TextMeasurer } from "./types";

export type CardContext = {
  measure: TextMeasurer;
  lang: ExportLanguage;
  words: Words;
  /** Footnote numbers of the comments on this card, if comments are printed. */
  notes: readonly number[];
};

const MARK_INDENT = 9;

/** An emotion as the editor writes it: +2, 0, −1 (a minus sign, not a hyphen). */
function signedEmotion(emotion: number): string {
  return emotion > 0 ? `+${emotion}` : emotion < 0 ? `−${-emotion}` : "0";
}

export function cardLines(card: Card, laneKind: LaneKind, width: number, ctx: CardContext): BlockLine[] {
  const { measure, words } = ctx;
  const lines: BlockLine[] = [];
  const refs = ctx.notes.length > 0 ? ` [${ctx.notes.join(", ")}]` : "";
  lines.push(...textLines(card.title + refs, width, { size: SIZE.cardTitle, bold: true, color: COLOR.text }, measure));
  const small = { size: SIZE.cardText, color: COLOR.muted };
  if (laneKind === "emotions" && card.emotion !== undefined)
    lines.push(...textLines(signedEmotion(card.emotion), width, small, measure));
  if (card.description !== undefined && card.description.trim() !== "")
    lines.push(...textLines(card.description, width, small, measure));
  if (card.channel !== undefined)
    lines.push(
      ...textLines(
        `${words.channel}: ${words.channels[card.channel]}`,
        width,
        { size: SIZE.cardText, color: COLOR.text },
        measure,
      ),
    );
  if (card.measurement !== undefined) {
    const [first, ...rest] = measurementLines(card.measurement, ctx.lang, words);
    if (first !== undefined)
      lines.push(...textLines(first, width, { size: SIZE.cardText, bold: true, color: COLOR.text }, measure));
    for (const l of rest) lines.push(...textLines(l, width, { size: SIZE.cardText, color: COLOR.text }, measure));
  } else if (laneKind === "touchpoints") {
    lines.push(...textLines(words.noMeasurement, width, { size: SIZE.cardText, color: COLOR.warn }, measure));
  }
  if (card.momentOfTruth !== undefined) {
    const reason = card.momentOfTruth.reason.trim();
    const text = reason === "" ? words.momentOfTruth : `${words.momentOfTruth}: ${reason}`;
    lines.push(...textLines(text, width, { ...small, indent: MARK_INDENT, mark: "mot" }, measure));
  }
  if (card.signatureInteraction !== undefined) {
    const reason = card.signatureInteraction.reason.trim();
    const text = reason === "" ? words.signatureInteraction : `${words.signatureInteraction}: ${reason}`;
    lines.push(...textLines(text, width, { ...small, indent: MARK_INDENT, mark: "sig" }, measure));
  }
  if (card.owner !== undefined && card.owner.trim() !== "")
    lines.push(...textLines(`${words.owner}: ${card.owner}`, width, small, measure));
  return lines;
}
