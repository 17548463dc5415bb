// Symbols for channels, emotions and the two marks; each is paired with a translated label.
import type { Channel } from "../doc";

export const CHANNEL_ICON: Record<Channel, string> = {
  web: "🌐",
  app: "📱",
  email: "✉️",
  phone: "📞",
  chat: "💬",
  branch: "🏢",
  letter: "📄",
  social: "👥",
  field: "🚶",
  kiosk: "🏧",
  partner: "🤝",
  other: "•",
};

export const EMOTION_ICON: Record<string, string> = {
  "-2": "😣",
  "-1": "🙁",
  "0": "😐",
  "1": "🙂",
  "2": "😄",
};

export const MOMENT_OF_TRUTH_ICON = "◆";
export const SIGNATURE_ICON = "✦";
