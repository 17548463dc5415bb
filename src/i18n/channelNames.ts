// The channels by the names the editor's channel list gives them (`channel` in src/i18n/en.json and de.json), for
// the texts made without i18next: the checks' findings and the exports. Plain code with no imports but a type, so
// the command line takes it too; tests/checks/channelNames.test.ts keeps it equal to the editor's list.
import type { Channel } from "../doc";

export const CHANNEL_NAMES: Readonly<Record<"en" | "de", Readonly<Record<Channel, string>>>> = {
  en: {
    web: "Web",
    app: "App",
    email: "Email",
    phone: "Phone",
    chat: "Chat",
    branch: "Branch",
    letter: "Letter",
    social: "Social media",
    field: "Field service",
    kiosk: "Kiosk",
    partner: "Partner",
    other: "Other",
  },
  de: {
    web: "Web",
    app: "App",
    email: "E-Mail",
    phone: "Telefon",
    chat: "Chat",
    branch: "Filiale",
    letter: "Brief",
    social: "Soziale Medien",
    field: "Außendienst",
    kiosk: "Terminal",
    partner: "Partner",
    other: "Sonstiges",
  },
};
