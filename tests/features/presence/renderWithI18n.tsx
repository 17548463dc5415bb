// Renders a component with an i18next instance holding the presence and share texts, and those of a failed server call.
import type { ReactElement } from "react";
import { render, type RenderResult } from "@testing-library/react";
import { createInstance } from "i18next";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { presenceStrings } from "../../../src/features/presence/strings";
import { shareStrings } from "../../../src/features/share/strings";
import { serverFailureStrings } from "../../../src/features/dialog/strings";

export function renderWithI18n(ui: ReactElement, language: "en" | "de" = "en"): RenderResult {
  const i18n = createInstance();
  void i18n.use(initReactI18next).init({
    lng: language,
    fallbackLng: "en",
    initAsync: false,
    interpolation: { escapeValue: false },
    resources: {
      en: { translation: { ...presenceStrings.en, ...shareStrings.en, ...serverFailureStrings.en } },
      de: { translation: { ...presenceStrings.de, ...shareStrings.de, ...serverFailureStrings.de } },
    },
  });
  return render(<I18nextProvider i18n={i18n}>{ui}</I18nextProvider>);
}
