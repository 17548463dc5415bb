// A sketch's bars and dots are background layers: one bar per title line, one dot per mark, left to right.
import { sketchLook, sketchMarks } from "../../src/canvas/nodes/sketch";
import type { Card } from "../../src/doc";

const card = (extra: Partial<Card>): Card => ({
  id: "cd_a",
  stageId: "st_a",
  laneId: "ln_a",
  title: "Short",
  ...extra,
});
/** Splits a CSS list at its top-level commas. */
function layers(value: unknown): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = "";
  for (const ch of String(value ?? "")) {
    if (ch === "," && depth === 0) {
      out.push(current.trim());
      current = "";
      continue;
    }
    if (ch === "(") depth += 1;
    if (ch === ")") depth -= 1;
    current += ch;
  }
  return [...out, current.trim()];
}

describe("a card's sketch", () => {
  it("draws one bar for a short title and no dots for a card without marks", () => {
    const look = sketchLook(card({}), "actions");
    expect(look.className).toBe("lane-actions");
    expect(look.marks).toBe("");
    expect(layers(look.style.backgroundImage)).toEqual(["linear-gradient(#adb5bd, #adb5bd)"]);
    expect(look.style.backgroundPosition).toBe("0 0");
  });

  it("draws two bars for a long title, the second as long as its last line", () => {
    const title = "I compare three phone plans on the website"; // 42 characters: 26 + 16
    const look = sketchLook(card({ title }), "actions");
    expect(layers(look.style.backgroundSize)).toEqual(["100% 9px", `${(16 * 100) / 26}% 9px`]);
    expect(layers(look.style.backgroundPosition)).toEqual(["0 0", "0 17px"]);
  });

  it("puts a dot per mark along the bottom in a fixed order, the emotion coloured by its sign", () => {
    const c = card({
      signatureInteraction: { reason: "A warm welcome" },
      momentOfTruth: { reason: "I decide" },
      emotion: -2,
    });
    expect(sketchMarks(c)).toEqual(["mot", "signature", "emotion-neg"]);
    const look = sketchLook(c, "emotions");
    expect(look.marks).toBe("mot signature emotion-neg");
    const images = layers(look.style.backgroundImage);
    expect(images).toHaveLength(4);
    expect(images[0]).toContain("var(--mot)");
    expect(images[1]).toContain("var(--signature)");
    expect(images[2]).toContain("#c92a2a");
    expect(layers(look.style.backgroundPosition).slice(0, 3)).toEqual(["0px 100%", "18px 100%", "36px 100%"]);
    expect(sketchMarks(card({ emotion: 0 }))).toEqual(["emotion-zero"]);
    expect(sketchMarks(card({ emotion: 1 }))).toEqual(["emotion-pos"]);
  });
});
