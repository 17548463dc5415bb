// Texts of the export menu (keys under exportMenu.*), merged into the app's i18n resources.
export const exportStrings = {
  en: {
    exportMenu: {
      json: "Export JSON",
    },
  },
  de: {
    exportMenu: {
      json: "JSON exportieren",
    },
  },
};
