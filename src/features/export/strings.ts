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
      png: "PNG image of the whole map",
      csv: "CSV measurement plan",
      csvExcel: "CSV measurement plan for Excel (semicolons)",
      json: "JSON journey file",
      exporting: "Exporting…",
      progress: "Exporting… {{percent}} %",
      progressLabel: "Export progress",
      done: "Exported: {{what}}. The file is in your downloads.",
      doneWithoutComments:
        "Exported: {{what}}, but without its comments: they did not arrive from the server. The file is in your downloads; export again once the map is online to include them.",
      failed: "The export did not work: {{reason}}",
      unknownReason: "the browser gave no reason.",
      opening: "the map is still opening. Try again once it shows.",
      offline: "the files it needs could not be loaded from the server. Check the network connection and try again.",
      pngTooBig:
        "the map is too big for one PNG image ({{width, number}} × {{height, number}} pixels; a PNG may have {{maxSide, number}} pixels a side and {{maxMillions, number}} million pixels). Export it as PDF or SVG, which split it into pages.",
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
      png: "PNG-Bild der ganzen Map",
      csv: "CSV-Messplan",
      csvExcel: "CSV-Messplan für Excel (Semikolon)",
      json: "JSON-Journey-Datei",
      exporting: "Exportiere …",
      progress: "Exportiere … {{percent}} %",
      progressLabel: "Exportfortschritt",
      done: "Exportiert: {{what}}. Die Datei liegt bei Ihren Downloads.",
      doneWithoutComments:
        "Exportiert: {{what}}, aber ohne die Kommentare: Sie kamen nicht vom Server. Die Datei liegt bei Ihren Downloads; exportieren Sie noch einmal, sobald die Map online ist, um sie einzuschließen.",
      failed: "Der Export hat nicht geklappt: {{reason}}",
      unknownReason: "Der Browser hat keinen Grund genannt.",
      opening: "Die Map wird noch geöffnet. Versuchen Sie es noch einmal, sobald sie zu sehen ist.",
      offline:
        "Die dafür nötigen Dateien ließen sich nicht vom Server laden. Prüfen Sie die Netzwerkverbindung und versuchen Sie es noch einmal.",
      pngTooBig:
        "Die Map ist zu groß für ein PNG-Bild ({{width, number}} × {{height, number}} Pixel; ein PNG darf {{maxSide, number}} Pixel je Seite und {{maxMillions, number}} Millionen Pixel haben). Exportieren Sie sie als PDF oder SVG, die sie auf Seiten aufteilen.",
      dismiss: "Schließen",
    },
  },
};
