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
      /** For a view or comment link, which has no changes of its own to keep or send. */
      statusHintReadOnly: {
        connecting: "Opening the map…",
        online: "What others change shows live.",
        reconnecting: "The connection dropped; what others change shows again when it is back.",
        offline:
          "No connection. The map shows what it held last; what others change shows when the connection is back.",
      },
      readOnly: {
        viewer: "View only",
        commenter: "Comment only",
      },
      readOnlyHint: {
        viewer: "This link lets you look at the map and export it, not change it or comment.",
        commenter: "This link lets you look at the map, export it and comment on it, not change it.",
      },
      people: "People in this map",
      count_one: "{{count}} person",
      count_other: "{{count}} people",
      you: "you",
      rename: "Change my name",
      nameLabel: "Your name",
      emptyName: "A name cannot be empty.",
      save: "Save",
      cancel: "Cancel",
      follow: {
        name: "Follow {{name}}",
        following: "Following {{name}}",
        waiting: "Connection lost: you follow {{name}} again once it is back",
        stop: "Stop following",
        left: "{{name}} left the map; you no longer follow anyone.",
        followers_one: "{{count}} follows you",
        followers_other: "{{count}} follow you",
      },
      changedMeanwhile: "Changed meanwhile to “{{text}}”. Enter replaces it with your text; Escape keeps it.",
      pathFromDeleted: "The card “{{title}}” was deleted while you drew a path from it, so no path was made.",
      tag: {
        editing: "{{name}} is editing",
        more: "+{{count}}",
      },
      accessLostTitle: "No access any more",
      reload: "Reload",
      session: {
        invalid: "This link is not valid (any more). Ask the map's owner for a new link.",
        replaced: "The owner replaced this link; ask for the new one.",
        notAllowed: "This link may not change the map. Reload the page to see the map as it is.",
        noMap: "This map does not exist (any more). Ask the map's owner for a new link.",
        tooLarge:
          "Your last change was too large for the server and was not saved. Reloading the page will not send it: the server would refuse it again.",
        unreachable: "The server cannot be reached. Check your network connection and reload the page.",
        badAnswer: "The server sent an answer this app does not understand. Reload the page to try again.",
        httpError: "The server could not open this map (HTTP {{code}}). Try again in a moment.",
        closed: "The server ended the connection (code {{code}}). Reload the page to try again.",
        newerSchema:
          "This map was written by a newer version of Outside-In (schema {{found}}); this one reads up to {{supported}}.",
        unsentKept:
          "Changes this page could not send are kept in this browser: open the map here with a new edit link to send them.",
        unsentExport:
          "Changes this page could not send are still on this page: export the map as JSON and import it on the start page to keep them.",
      },
    },
  },
  de: {
    presence: {
      status: {
        connecting: "Verbinde …",
        online: "Online",
        reconnecting: "Verbinde neu …",
        offline: "Offline",
      },
      statusHint: {
        connecting: "Die Map wird geöffnet …",
        online: "Änderungen werden live geteilt.",
        reconnecting:
          "Die Verbindung ist unterbrochen; Ihre Änderungen bleiben erhalten und werden gesendet, sobald sie zurück ist.",
        offline:
          "Keine Verbindung. Bearbeitende arbeiten weiter; Änderungen werden gesendet, sobald die Verbindung zurück ist.",
      },
      statusHintReadOnly: {
        connecting: "Die Map wird geöffnet …",
        online: "Was andere ändern, erscheint live.",
        reconnecting: "Die Verbindung ist unterbrochen; was andere ändern, erscheint wieder, sobald sie zurück ist.",
        offline:
          "Keine Verbindung. Die Map zeigt ihren letzten Stand; was andere ändern, erscheint, sobald die Verbindung zurück ist.",
      },
      readOnly: {
        viewer: "Nur ansehen",
        commenter: "Nur kommentieren",
      },
      readOnlyHint: {
        viewer: "Mit diesem Link können Sie die Map ansehen und exportieren, aber nicht ändern oder kommentieren.",
        commenter: "Mit diesem Link können Sie die Map ansehen, exportieren und kommentieren, aber nicht ändern.",
      },
      people: "Personen in dieser Map",
      count_one: "{{count}} Person",
      count_other: "{{count}} Personen",
      you: "Sie",
      rename: "Meinen Namen ändern",
      nameLabel: "Ihr Name",
      emptyName: "Der Name darf nicht leer sein.",
      save: "Speichern",
      cancel: "Abbrechen",
      follow: {
        name: "{{name}} folgen",
        following: "Sie folgen {{name}}",
        waiting: "Verbindung unterbrochen: Sie folgen {{name}} wieder, sobald sie zurück ist",
        stop: "Nicht mehr folgen",
        left: "{{name}} hat die Map verlassen; Sie folgen niemandem mehr.",
        followers_one: "{{count}} folgt Ihnen",
        followers_other: "{{count}} folgen Ihnen",
      },
      changedMeanwhile: "Inzwischen geändert zu „{{text}}“. Enter ersetzt es durch Ihren Text, Esc behält es.",
      pathFromDeleted:
        "Die Karte „{{title}}“ wurde gelöscht, während Sie einen Pfad von ihr gezogen haben; es ist kein Pfad entstanden.",
      tag: {
        editing: "{{name}} bearbeitet",
        more: "+{{count}}",
      },
      accessLostTitle: "Kein Zugriff mehr",
      reload: "Neu laden",
      session: {
        invalid: "Dieser Link gilt nicht (mehr). Bitten Sie den Eigentümer der Map um einen neuen Link.",
        replaced: "Der Eigentümer der Map hat diesen Link ersetzt; bitten Sie um den neuen.",
        notAllowed:
          "Mit diesem Link lässt sich die Map nicht ändern. Laden Sie die Seite neu, um die Map zu sehen, wie sie ist.",
        noMap: "Diese Map gibt es nicht (mehr). Bitten Sie den Eigentümer der Map um einen neuen Link.",
        tooLarge:
          "Ihre letzte Änderung war zu groß für den Server und wurde nicht gespeichert. Auch nach dem Neuladen der Seite würde der Server sie wieder ablehnen.",
        unreachable: "Der Server ist nicht erreichbar. Prüfen Sie die Netzwerkverbindung und laden Sie die Seite neu.",
        badAnswer: "Der Server hat eine Antwort geschickt, die diese App nicht versteht. Laden Sie die Seite neu.",
        httpError: "Der Server konnte diese Map nicht öffnen (HTTP {{code}}). Versuchen Sie es gleich noch einmal.",
        closed: "Der Server hat die Verbindung beendet (Code {{code}}). Laden Sie die Seite neu.",
        newerSchema:
          "Diese Map wurde mit einer neueren Version von Outside-In geschrieben (Schema {{found}}); diese Version liest nur bis Schema {{supported}}.",
        unsentKept:
          "Änderungen, die diese Seite nicht senden konnte, bleiben in diesem Browser: Öffnen Sie die Map hier mit einem neuen Bearbeiten-Link, um sie zu senden.",
        unsentExport:
          "Änderungen, die diese Seite nicht senden konnte, sind noch auf dieser Seite: Exportieren Sie die Map als JSON und importieren Sie sie auf der Startseite, um sie zu behalten.",
      },
    },
  },
} as const;
