// Vector glyphs for the marks a card can carry, drawn the same on the map and in the legend.
import { COLOR } from "./style";
import type { PathCommand, PathItem } from "./types";

export type MarkKind = "mot" | "sig";

/** Moment of truth: a red diamond. Signature interaction: an amber five-pointed star. */
export function markGlyph(kind: MarkKind, cx: number, cy: number, r: number): PathItem {
  const commands: PathCommand[] = [];
  if (kind === "mot") {
    commands.push({ op: "M", x: cx, y: cy - r }, { op: "L", x: cx + r, y: cy }, { op: "L", x: cx, y: cy + r });
    commands.push({ op: "L", x: cx - r, y: cy }, { op: "Z" });
    return { type: "path", commands, fill: COLOR.mot };
  }
  for (let i = 0; i < 10; i++) {
    const radius = i % 2 === 0 ? r * 1.15 : r * 0.5;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    const x = cx + radius * Math.cos(angle);
    const y = cy + radius * Math.sin(angle);
    commands.push(i === 0 ? { op: "M", x, y } : { op: "L", x, y });
  }
  commands.push({ op: "Z" });
  return { type: "path", commands, fill: COLOR.sig };
}
