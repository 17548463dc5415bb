// An emoji with a skin tone (👍🏽) printed as "(+1)�" in the PDF: the tone, which only tints the emoji before it,
// had no font and no stand-in of its own. It is now left out, as joiners and variation selectors are.
import PDFDocument from "pdfkit";
import { renderPdf } from "../../src/export";
import { substitutesFor } from "../../src/export/substitutes";
import { parseJourneyText } from "../../src/format";
import { loadFonts } from "../../server/exportFile";
import { readPdf } from "../export/helpers";
import { unseenText } from "./unseenFixtures";

describe("an emoji with a skin tone in the PDF", () => {
  it("prints the emoji's stand-in alone, without a replacement character for the tone", async () => {
    const parsed = parseJourneyText(unseenText("unicode-rtl.journey.json"));
    if (!parsed.ok) throw new Error(parsed.error);
    const { stages, lanes, cards } = parsed.journey;
    const journey = { ...parsed.journey, stages, lanes, cards: cards.filter((c) => c.id === "u1"), connections: [] };
    const text = (
      await readPdf(await renderPdf(journey, { paper: "a4", fonts: await loadFonts(), PDFDocument }))
    ).pages.join(" ");
    expect(text).toContain("schnell & einfach (+1)");
    expect(text).not.toContain("(+1)\ufffd");
  });

  it("leaves out each of the five tones", () => {
    for (const tone of ["\u{1F3FB}", "\u{1F3FC}", "\u{1F3FD}", "\u{1F3FE}", "\u{1F3FF}"])
      expect(substitutesFor(tone)).toEqual([""]);
    expect(substitutesFor("\u{1F44D}")[0]).toBe("(+1)");
  });
});
