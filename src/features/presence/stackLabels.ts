// Rows for cursor labels that would cover each other: a label moves down a row until it is clear of the
// labels placed before it. Sizes are estimates from the name's length, erring wide (the label is capped).
export const LABEL_ROW = 18;
const LABEL_MAX_W = 170;

export interface LabelAt {
  /** Where the label's top-left corner is on screen before stacking. */
  x: number;
  y: number;
  name: string;
}

const widthOf = (name: string): number => Math.min(LABEL_MAX_W, [...name].length * 7.5 + 14);

/** For each label, in order, how many rows it moves down. */
export function stackLabels(labels: readonly LabelAt[]): number[] {
  const placed: { x: number; y: number; w: number }[] = [];
  return labels.map(({ x, y, name }) => {
    const w = widthOf(name);
    let row = 0;
    const clash = (p: { x: number; y: number; w: number }): boolean =>
      x < p.x + p.w && p.x < x + w && Math.abs(y + row * LABEL_ROW - p.y) < LABEL_ROW;
    while (placed.some(clash)) row += 1;
    placed.push({ x, y: y + row * LABEL_ROW, w });
    return row;
  });
}
