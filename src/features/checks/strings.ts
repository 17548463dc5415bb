// Texts of the checks panel and the journey-health summary (keys under checks.*), merged into the
// app's i18n resources. The findings' own messages come from src/checks/messages in the map's language.
export const checksStrings = {
  en: {
    checks: {
      title: "Checks",
    },
  },
  de: {
    checks: {
      title: "Prüfungen",
    },
  },
};
