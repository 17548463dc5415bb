// Texts of the presence components (keys under presence.*), merged into the app's i18n resources.
export const presenceStrings = {
  en: {
    presence: {
      status: {
        connecting: "Connecting…",
        online: "Online",
        reconnecting: "Reconnecting…",
        offline: "Offline",
      },
      statusHint: {
        connecting: "Opening the map…",
        online: "Changes are shared live.",
        reconnecting: "The connection dropped; your changes are kept and sent when it is back.",
        offline: "No connection. Editors keep working; changes are sent when the connection is back.",
      },
      readOnly: {
        viewer: "View only",
        commenter: "Comment only",
      },
      people: "People in this map",
      you: "you",
      rename: "Change my name",
      nameLabel: "Your name",
      emptyName: "A name cannot be empty.",
      save: "Save",
      cancel: "Cancel",
      accessLostTitle: "No access any more",
      reload: "Reload",
    },
  },
  de: {
    presence: {
      status: {
        connecting: "Verbinde…",
        online: "Online",
        reconnecting: "Verbinde neu…",
        offline: "Offline",
      },
      statusHint: {
        connecting: "Die Karte wird geöffnet…",
        online: "Änderungen werden live geteilt.",
        reconnecting:
          "Die Verbindung ist unterbrochen; deine Änderungen bleiben erhalten und werden gesendet, sobald sie zurück ist.",
        offline:
          "Keine Verbindung. Bearbeitende arbeiten weiter; Änderungen werden gesendet, sobald die Verbindung zurück ist.",
      },
      readOnly: {
        viewer: "Nur ansehen",
        commenter: "Nur kommentieren",
      },
      people: "Personen in dieser Karte",
      you: "du",
      rename: "Meinen Namen ändern",
      nameLabel: "Dein Name",
      emptyName: "Der Name darf nicht leer sein.",
      save: "Speichern",
      cancel: "Abbrechen",
      accessLostTitle: "Kein Zugriff mehr",
      reload: "Neu laden",
    },
  },
} as const;
