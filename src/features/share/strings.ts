// Texts of the share dialog (keys under share.*), merged into the app's i18n resources.
export const shareStrings = {
  en: {
    share: {
      title: "Share this map",
      close: "Close",
      role: {
        owner: "Owner: full control, can replace links",
        edit: "Can edit",
        comment: "Can comment",
        view: "Can view",
      },
      copy: "Copy",
      copyNamed: "Copy: {{label}}",
      copied: "Copied",
      copiedNamed: "Link copied: {{label}}",
      copyFailed: "Copying did not work here; select the link and copy it by hand.",
      replace: "Replace link",
      replaceNamed: "Replace link: {{label}}",
      confirmQuestion: "Replace the link “{{label}}”?",
      replaceExplain:
        "Replacing a link makes the old one stop working: everyone using it is disconnected at once and needs the new link.",
      confirmReplace: "Replace now",
      cancel: "Cancel",
      replaced: "New link ready. People on the old link were disconnected.",
      replacedOwn: "Your own link was replaced; this page now opens with the new one.",
      replaceFailed: "The link could not be replaced: {{reason}}",
      unknownLinks:
        "This browser did not keep this map's other links. Replace one of them to get a new one you can hand out.",
      thisPage: "Link to this page",
      thisPageHint: "Anyone with this link gets the same access as you:",
      lostLink:
        "This page's link no longer opens the map, so there is no link here to hand on. Ask the map's owner for a new one.",
      unsentComments_one:
        "Your unsent comment stays in this browser: open the map here with a new link and it is offered again.",
      unsentComments_other:
        "Your {{count, number}} unsent comments stay in this browser: open the map here with a new link and they are offered again.",
    },
  },
  de: {
    share: {
      title: "Diese Map teilen",
      close: "Schließen",
      role: {
        owner: "Eigentümer: volle Kontrolle, kann Links ersetzen",
        edit: "Kann bearbeiten",
        comment: "Kann kommentieren",
        view: "Kann ansehen",
      },
      copy: "Kopieren",
      copyNamed: "Kopieren: {{label}}",
      copied: "Kopiert",
      copiedNamed: "Link kopiert: {{label}}",
      copyFailed: "Kopieren ging hier nicht; markieren Sie den Link und kopieren Sie ihn von Hand.",
      replace: "Link ersetzen",
      replaceNamed: "Link ersetzen: {{label}}",
      confirmQuestion: "Den Link „{{label}}“ ersetzen?",
      replaceExplain:
        "Wenn Sie einen Link ersetzen, funktioniert der alte nicht mehr: Alle, die ihn benutzen, werden sofort getrennt und brauchen den neuen Link.",
      confirmReplace: "Jetzt ersetzen",
      cancel: "Abbrechen",
      replaced: "Neuer Link bereit. Personen mit dem alten Link wurden getrennt.",
      replacedOwn: "Ihr eigener Link wurde ersetzt; diese Seite öffnet jetzt mit dem neuen.",
      replaceFailed: "Der Link konnte nicht ersetzt werden: {{reason}}",
      unknownLinks:
        "Dieser Browser hat die anderen Links dieser Map nicht gespeichert. Ersetzen Sie einen davon, um einen neuen zum Weitergeben zu bekommen.",
      thisPage: "Link zu dieser Seite",
      thisPageHint: "Alle mit diesem Link bekommen denselben Zugriff wie Sie:",
      lostLink:
        "Der Link dieser Seite öffnet die Map nicht mehr; hier gibt es also keinen Link zum Weitergeben. Bitten Sie den Eigentümer der Map um einen neuen.",
      unsentComments_one:
        "Ihr nicht gesendeter Kommentar bleibt in diesem Browser: Öffnen Sie die Map hier mit einem neuen Link, dann wird er Ihnen wieder angeboten.",
      unsentComments_other:
        "Ihre {{count, number}} nicht gesendeten Kommentare bleiben in diesem Browser: Öffnen Sie die Map hier mit einem neuen Link, dann werden sie Ihnen wieder angeboten.",
    },
  },
} as const;
