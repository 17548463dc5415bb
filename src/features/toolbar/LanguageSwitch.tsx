// Switches the interface language; the choice is remembered in this browser.
import { useTranslation } from "react-i18next";
import { LANGUAGES, setLanguage, type Language } from "../../i18n";

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <label className="language-switch">
      <span className="visually-hidden">{t("toolbar.language")}</span>
      <select
        aria-label={t("toolbar.language")}
        value={i18n.language}
        onChange={(e) => {
          const lang = LANGUAGES.find((l) => l === e.target.value);
          if (lang) void setLanguage(lang as Language);
        }}
      >
        {LANGUAGES.map((l) => (
          // Each language named in itself (English, Deutsch), so a screen reader reads it in that language.
          <option key={l} value={l} lang={l}>
            {t(`language.${l}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
