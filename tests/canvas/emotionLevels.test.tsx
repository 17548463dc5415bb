// @vitest-environment jsdom
// The emotion lane names its levels (+2 … −2) beside the map's right edge: inside the last stage's column a card at
// that level covered its label, so a delighted customer's +2 could not be read.
import { render } from "@testing-library/react";
import type { ComponentProps } from "react";
import { EmotionCurveNode } from "../../src/canvas/nodes/EmotionCurveNode";
import { PAD, STAGE_W } from "../../src/canvas/layout";

type Props = ComponentProps<typeof EmotionCurveNode>;

describe("the emotion lane's level labels", () => {
  it("stand right of the last stage's cards, each on its level's line", () => {
    const width = 2 * STAGE_W;
    const levels = [30, 71, 112, 153, 194];
    const props = {
      id: "curve:ln_feel",
      data: { points: [{ x: 190 + width - PAD - 50, y: 30 }], levels },
      positionAbsoluteX: 190,
      positionAbsoluteY: 300,
      width,
      height: 230,
    } as unknown as Props;
    const { container } = render(<EmotionCurveNode {...props} />);
    const labels = [...container.querySelectorAll("text.level-label")];
    expect(labels.map((l) => l.textContent)).toEqual(["+2", "+1", "0", "−1", "−2"]);
    for (const [i, label] of labels.entries()) {
      // A card of the last stage ends PAD before the column's right edge; a label starting at or after it is clear.
      expect(Number(label.getAttribute("x"))).toBeGreaterThanOrEqual(width);
      expect(label.getAttribute("text-anchor")).toBe("start");
      expect(Number(label.getAttribute("y"))).toBe(levels[i]);
    }
  });
});
