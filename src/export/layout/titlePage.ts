// The title page: what the journey is, whose it is, who the customer is, when it was exported, and how healthy it is.
import type { Journey } from "../../doc";
import { journeyHealth, runChecks } from "../../checks";
import type { ExportLanguage, Words } from "../words";
import { textLines, type BlockLine } from "./block";
import type { Frame, PageDraft } from "./frame";
import { flowBlocks, type FlowBlock } from "./flow";
import { pathBlocks } from "./pathLines";
import { COLOR, SIZE } from "./style";
import type { JourneyHealthLike, TextMeasurer } from "./types";

export type TitleContext = {
  frame: Frame;
  measure: TextMeasurer;
  lang: ExportLanguage;
  words: Words;
  now: Date;
  health: JourneyHealthLike | undefined;
  /** Some printed text has characters no font has: the page says how they are printed and where the text is kept. */
  standIns?: boolean;
};

export function titlePages(journey: Journey, ctx: TitleContext): PageDraft[] {
  const { frame, measure, words } = ctx;
  const width = frame.contentWidth;
  const blocks: FlowBlock[] = [];
  const add = (lines: BlockLine[], spaceBefore = 4, keepWithNext = false) => {
    if (lines.length > 0) blocks.push({ lines, spaceBefore, ...(keepWithNext ? { keepWithNext } : {}) });
  };
  const body = (text: string, color: string = COLOR.text) =>
    textLines(text, width, { size: SIZE.body, color }, measure);
  const heading = (text: string) =>
    textLines(text, width, { size: SIZE.heading, bold: true, color: COLOR.text }, measure);

  add(textLines(journey.title, width, { size: SIZE.titlePage, bold: true, color: COLOR.text }, measure), 40);
  add(body(`${words.exported}: ${ctx.now.toISOString().slice(0, 10)}`, COLOR.muted), 6);
  if (journey.owner !== undefined && journey.owner.trim() !== "") add(body(`${words.owner}: ${journey.owner}`), 6);
  if (ctx.standIns === true) add(body(words.standIns, COLOR.muted), 6);
  if (journey.scenario !== undefined && journey.scenario.trim() !== "") {
    add(heading(words.scenario), 18, true);
    add(body(journey.scenario));
  }
  // A persona of empty fields (as the editor starts one) gets no heading standing over nothing.
  const p = journey.persona;
  const filled = (items: readonly string[] | undefined) => (items ?? []).filter((x) => x.trim() !== "");
  const persona = [
    p?.name?.trim() ? p.name : "",
    p?.segment?.trim() ? `${words.segment}: ${p.segment}` : "",
    filled(p?.goals).length > 0 ? `${words.goals}: ${filled(p?.goals).join(" · ")}` : "",
    filled(p?.expectations).length > 0 ? `${words.expectations}: ${filled(p?.expectations).join(" · ")}` : "",
  ].filter((line) => line !== "");
  if (persona.length > 0) {
    add(heading(words.persona), 18, true);
    for (const line of persona) add(body(line));
  }
  // The same summary as the editor header and the JSON export: journeyHealth over the checks' findings.
  add(heading(words.health), 18, true);
  // Findings a caller passes (any list that fits) replace the map's own; the counts come from the map itself.
  const findings = ctx.health?.findings ?? runChecks(journey);
  const health = journeyHealth(journey, []);
  add(body(words.coverage(health.measured, health.touchpoints)));
  add(body(words.motMeasured(health.momentsMeasured, health.momentsOfTruth)), 2);
  add(body(words.signatures(health.signatureInteractions, health.signatureLimit)), 2);
  if (ctx.health?.score !== undefined) add(body(words.score(String(ctx.health.score))), 2);
  add(body(words.findings(findings.length)), 2);
  for (const f of findings)
    add(textLines(`• ${f.message}`, width, { size: SIZE.body - 1, color: COLOR.muted, indent: 10 }, measure), 1);
  // The map pages draw no arrows: the path and its labels are listed here, so no printed map loses them.
  const [pathHeading, ...paths] = pathBlocks(journey, words, width, measure);
  if (pathHeading !== undefined) {
    add(pathHeading, 18, true);
    for (const lines of paths) add(lines, 1);
  }
  return flowBlocks(blocks, frame, "title", words);
}
