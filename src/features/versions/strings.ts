// Texts of the versions section in the journey tab (keys under versions.*), added to the app's i18n resources.
export const versionsStrings = {
  en: {
    versions: {
      title: "Versions",
      intro:
        "The map is kept as a version when it is made, every ten minutes while it is edited, and when the last person leaves it. Restoring one keeps the map as it is as a version first.",
      save: "Save a version…",
      nameLabel: "Name of the version",
      saveNow: "Save",
      cancel: "Cancel",
      saving: "Saving…",
      saved: "Saved as “{{name}}”.",
      loading: "Loading the versions…",
      empty: "No versions yet.",
      download: "Download (JSON)",
      downloadNamed: "Download (JSON): {{label}}, {{date}}",
      restore: "Restore…",
      restoreNamed: "Restore…: {{label}}, {{date}}",
      confirmTitle: "Restore this version?",
      confirmExplain:
        "Everyone on this map sees the change at once. The map as it is now is kept as a version first, so nothing is lost.",
      confirmRestore: "Restore now",
      restoring: "Restoring…",
      restored: "Restored. The map as it was is kept as “{{label}}”.",
      kind: {
        created: "Created",
        auto: "Automatic",
      },
      beforeRestoring: "Before restoring “{{name}}”",
      beforeRestoringAt: "Before restoring the version of {{date}}",
      by: "by {{name}}",
      cards_one: "{{count, number}} card",
      cards_other: "{{count, number}} cards",
      failure: {
        network: "The server cannot be reached. Check your network connection and try again.",
        refused: "{{reason}}",
        refusedWithout: "The server refused (HTTP {{status}}).",
        answer: "The server sent an answer this app does not understand.",
      },
    },
  },
  de: {
    versions: {
      title: "Versionen",
      intro:
        "Die Map wird als Version aufbewahrt, wenn sie angelegt wird, alle zehn Minuten, während sie bearbeitet wird, und wenn die letzte Person sie verlässt. Vor dem Wiederherstellen einer Version wird die Map, wie sie ist, als Version aufbewahrt.",
      save: "Version speichern …",
      nameLabel: "Name der Version",
      saveNow: "Speichern",
      cancel: "Abbrechen",
      saving: "Wird gespeichert …",
      saved: "Als „{{name}}“ gespeichert.",
      loading: "Die Versionen werden geladen …",
      empty: "Noch keine Versionen.",
      download: "Herunterladen (JSON)",
      downloadNamed: "Herunterladen (JSON): {{label}}, {{date}}",
      restore: "Wiederherstellen …",
      restoreNamed: "Wiederherstellen …: {{label}}, {{date}}",
      confirmTitle: "Diese Version wiederherstellen?",
      confirmExplain:
        "Alle auf dieser Map sehen die Änderung sofort. Die Map, wie sie jetzt ist, wird vorher als Version aufbewahrt, es geht also nichts verloren.",
      confirmRestore: "Jetzt wiederherstellen",
      restoring: "Wird wiederhergestellt …",
      restored: "Wiederhergestellt. Die Map, wie sie war, ist als „{{label}}“ aufbewahrt.",
      kind: {
        created: "Erstellt",
        auto: "Automatisch",
      },
      beforeRestoring: "Vor dem Wiederherstellen von „{{name}}“",
      beforeRestoringAt: "Vor dem Wiederherstellen der Version vom {{date}}",
      by: "von {{name}}",
      cards_one: "{{count, number}} Karte",
      cards_other: "{{count, number}} Karten",
      failure: {
        network: "Der Server ist nicht erreichbar. Prüfen Sie die Netzwerkverbindung und versuchen Sie es noch einmal.",
        // The server answers in English: its own sentence is shown as it came, introduced in German.
        refused: "Der Server hat abgelehnt (HTTP {{status}}) und sagt auf Englisch: „{{reason}}“",
        refusedWithout: "Der Server hat abgelehnt (HTTP {{status}}).",
        answer: "Der Server hat eine Antwort geschickt, die diese App nicht versteht.",
      },
    },
  },
};
