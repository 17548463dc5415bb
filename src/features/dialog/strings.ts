// Why a call to the server failed, in both languages; the share dialog and the versions section say it so.
export const serverFailureStrings = {
  en: {
    serverFailure: {
      network: "The server cannot be reached. Check your network connection and try again.",
      refused: "{{reason}}",
      refusedWithout: "The server refused (HTTP {{status}}).",
      answer: "The server sent an answer this app does not understand.",
    },
  },
  de: {
    serverFailure: {
      network: "Der Server ist nicht erreichbar. Prüfen Sie die Netzwerkverbindung und versuchen Sie es noch einmal.",
      // The server answers in English: its own sentence is shown as it came, introduced in German.
      refused: "Der Server hat abgelehnt (HTTP {{status}}) und sagt auf Englisch: „{{reason}}“",
      refusedWithout: "Der Server hat abgelehnt (HTTP {{status}}).",
      answer: "Der Server hat eine Antwort geschickt, die diese App nicht versteht.",
    },
  },
};
