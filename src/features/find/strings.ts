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
      more_one: "{{count, number}} more match: Enter goes on to it, or type more to narrow the list",
      more_other: "{{count, number}} more matches: Enter goes on to them, or type more to narrow the list",
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
      more_one:
        "{{count, number}} weiterer Treffer: Mit der Eingabetaste geht es weiter, oder tippen Sie mehr, um die Liste einzugrenzen",
      more_other:
        "{{count, number}} weitere Treffer: Mit der Eingabetaste geht es weiter, oder tippen Sie mehr, um die Liste einzugrenzen",
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
