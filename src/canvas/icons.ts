// Symbols for emotions and the two marks; each is paired with a translated label. Plain text
// glyphs only: emoji fonts are missing on many Linux machines (and in print).

export const EMOTION_ICON: Record<string, string> = {
  "-2": "−2",
  "-1": "−1",
  "0": "0",
  "1": "+1",
  "2": "+2",
};

export const MOMENT_OF_TRUTH_ICON = "◆";
export const SIGNATURE_ICON = "✦";
