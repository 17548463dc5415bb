// Texts of the export menu (keys under exportMenu.*), merged into the app's i18n resources.
export const exportStrings = {
  en: {
    exportMenu: {
      button: "Export",
      menuLabel: "Export formats",
      includeComments: "Include comments",
      pdfA3: "PDF, A3 landscape",
      pdfA4: "PDF, A4 landscape",
      svg: "SVG image",
      png: "PNG image",
      csv: "CSV measurement plan",
      json: "JSON journey file",
      exporting: "Exporting…",
      progress: "Exporting… {{percent}} %",
      progressLabel: "Export progress",
      done: "Exported: {{what}}. The file is in your downloads.",
      failed: "The export did not work: {{reason}}",
      unknownReason: "the browser gave no reason.",
      opening: "the map is still opening. Try again once it shows.",
      offline:
        "the files it needs could not be loaded from the server. Check the network connection and try again; the JSON and CSV exports also work offline once the editor has been open a moment.",
      dismiss: "Dismiss",
    },
  },
  de: {
    exportMenu: {
      button: "Exportieren",
      menuLabel: "Exportformate",
      includeComments: "Kommentare einschließen",
      pdfA3: "PDF, A3 quer",
      pdfA4: "PDF, A4 quer",
      svg: "SVG-Grafik",
      png: "PNG-Bild",
      csv: "CSV-Messplan",
      json: "JSON-Journey-Datei",
      exporting: "Exportiere …",
      progress: "Exportiere … {{percent}} %",
      progressLabel: "Exportfortschritt",
      done: "Exportiert: {{what}}. Die Datei liegt bei Ihren Downloads.",
      failed: "Der Export hat nicht geklappt: {{reason}}",
      unknownReason: "Der Browser hat keinen Grund genannt.",
      opening: "Die Map wird noch geöffnet. Versuchen Sie es noch einmal, sobald sie zu sehen ist.",
      offline:
        "Die dafür nötigen Dateien ließen sich nicht vom Server laden. Prüfen Sie die Netzwerkverbindung und versuchen Sie es noch einmal; JSON- und CSV-Export klappen auch offline, sobald der Editor einen Moment offen ist.",
      dismiss: "Schließen",
    },
  },
};
