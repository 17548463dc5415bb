// Texts of Find on the map (keys under find.*), added to the app's i18n resources.
export const findStrings = {
  en: {
    find: {
      open: "Find",
      hint: "Find a card, stage or lane on the map (Ctrl+F)",
      label: "Find on the map",
      placeholder: "Title, text, channel, stage or lane",
      close: "Close Find",
      results: "Matches",
      position: "{{position, number}} of {{count, number}}",
      none: "No card or name contains “{{query}}”",
      stage: "Stage",
      lane: "Lane",
      where: "{{stage}} · {{lane}}",
      field: {
        description: "Description: {{text}}",
        channel: "Channel: {{text}}",
        measurement: "Measurement point: {{text}}",
      },
    },
  },
  de: {
    find: {
      open: "Suchen",
      hint: "Eine Karte, Phase oder Zeile auf der Map suchen (Strg+F)",
      label: "Auf der Map suchen",
      placeholder: "Titel, Text, Kanal, Phase oder Zeile",
      close: "Suche schließen",
      results: "Treffer",
      position: "{{position, number}} von {{count, number}}",
      none: "Keine Karte und kein Name enthält „{{query}}“",
      stage: "Phase",
      lane: "Zeile",
      where: "{{stage}} · {{lane}}",
      field: {
        description: "Beschreibung: {{text}}",
        channel: "Kanal: {{text}}",
        measurement: "Messpunkt: {{text}}",
      },
    },
  },
};
