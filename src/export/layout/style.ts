// Paper sizes, type sizes and colours of the print layout, shared by every page kind.
import type { LaneKind } from "../../doc";
import type { Paper } from "./types";

/** ISO 216 landscape, in PDF points (1/72 inch). */
export const PAPER: Record<Paper, { width: number; height: number }> = {
  a3: { width: 1190.55, height: 841.89 },
  a4: { width: 841.89, height: 595.28 },
};

export const MARGIN = 28;
export const FOOTER_H = 26;
export const LINE = 1.3;
/** Where the baseline sits below the top of a line box, as a share of the font size (Noto Sans ascender). */
export const ASCENT = 1.02;

export const SIZE = {
  header: 9,
  pageNo: 7.5,
  stage: 9.5,
  goal: 7,
  lane: 8,
  cardTitle: 8,
  cardText: 7,
  table: 7,
  tableHead: 7,
  footnote: 6.5,
  titlePage: 26,
  heading: 12,
  body: 10,
} as const;

export const COLOR = {
  text: "#1f2933",
  muted: "#52606d",
  rule: "#9aa5b1",
  faint: "#e4e7eb",
  headerFill: "#f5f7fa",
  stageFill: "#243b53",
  stageText: "#ffffff",
  mot: "#c81e1e",
  sig: "#b7791f",
  curve: "#2f6fdf",
  warn: "#b42318",
  ok: "#1f7a3d",
} as const;

export const LANE_FILL: Record<LaneKind, string> = {
  actions: "#eef4ff",
  touchpoints: "#fff7e6",
  thoughts: "#f3f0ff",
  emotions: "#ffffff",
  painPoints: "#ffeef0",
  opportunities: "#ebfbee",
  backstage: "#f1f3f5",
};

export const CARD_FILL = "#ffffff";
