// A comment whose card was deleted since is printed with the card's title as it was, quoted: with English quotation
// marks in an English map (“I get a letter”), with German ones in a German map („Ich bekomme einen Brief“). The
// English map printed German quotes before.
import { readFileSync } from "node:fs";
import type { Journey } from "../../src/doc";
import { renderMapSheet } from "../../src/export";
import { parseJourneyText } from "../../src/format";
import { exportFile } from "../../server/exportFile";
import { germanJourney, readPdf, realMeasurer, squash } from "./helpers";

function accountOpening(): Journey {
  const url = new URL("../fixtures/unseen/review/account-branch-visit.en.journey.json", import.meta.url);
  const read = parseJourneyText(readFileSync(url, "utf8"));
  if (!read.ok) throw new Error(read.error);
  return read.journey;
}

function withOrphanComment(journey: Journey, quote: string): Journey {
  const comment = {
    id: "cm_gone",
    anchor: { kind: "card" as const, id: "c_gone", quote },
    author: "Maya",
    text: "Why was this removed?",
    createdAt: "2026-11-20T10:00:00.000Z",
    resolved: false,
    replies: [],
  };
  return { ...journey, comments: [comment] };
}

const svgText = (svg: string) => squash(svg.replace(/<style[\s\S]*?<\/style>/g, " ").replace(/<[^>]+>/g, " "));

describe("a comment on a deleted card, printed", () => {
  it("quotes the card's title with English quotation marks in an English map", async () => {
    const journey = withOrphanComment(accountOpening(), "I get a letter");
    const expected = "“I get a letter” Maya: Why was this removed?";
    const pdf = await exportFile(journey, { format: "pdf", comments: true });
    const pdfText = squash((await readPdf(pdf.body as Uint8Array)).pages.join(" "));
    expect(pdfText).toContain(expected);
    expect(pdfText).not.toContain("„");
    const svg = svgText((await exportFile(journey, { format: "svg", comments: true })).body as string);
    expect(svg).toContain(expected);
    const sheet = svgText(renderMapSheet(journey, { comments: true, measure: await realMeasurer() }).svg);
    expect(sheet).toContain(expected);
  });

  it("quotes it with German quotation marks in a German map", async () => {
    const journey = withOrphanComment(germanJourney(), "Ich bekomme einen Brief");
    const pdf = await exportFile(journey, { format: "pdf", comments: true });
    const pdfText = squash((await readPdf(pdf.body as Uint8Array)).pages.join(" "));
    expect(pdfText).toContain("„Ich bekomme einen Brief“ Maya: Why was this removed?");
  });
});
