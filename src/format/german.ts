// The importer's sentences in German, for a German interface: formal, short, values and field names quoted „so“
// as they are written in the file, the prose around them German.
import { germanIssue } from "./germanIssues";
import { hintFor, type Hint } from "./hints";
import { MAX_FILE_MIB } from "./limits";
import type { JsonReasons, Wording } from "./wording";

const q = (s: string) => `„${s}“`;

const json: JsonReasons = {
  badUnicodeEscape: "auf \\u müssen vier Hexadezimalziffern folgen",
  badEscape: (found) =>
    `ein Backslash in einer Zeichenkette muss eine Escape-Folge wie \\n oder \\" beginnen (gefunden: ${found === undefined ? "das Dateiende" : q(found)})`,
  controlCharacter: (found) =>
    `eine Zeichenkette darf keinen rohen Zeilenumbruch, Tabulator oder anderes Steuerzeichen enthalten (gefunden: ${q(found)})`,
  unclosedString: "eine Zeichenkette, die hier beginnt, wird nie mit einem doppelten Anführungszeichen geschlossen",
  badNumber: "eine Zahl ist nicht so geschrieben, wie JSON Zahlen schreibt",
  singleQuotedString: "Zeichenketten brauchen doppelte Anführungszeichen, keine einfachen",
  comment: "JSON kennt keine Kommentare",
  missingValue: (before) => `vor ${q(before)} fehlt ein Wert`,
  bareWord: (word) => `${q(word)} ist kein Wert: Nur true, false und null stehen ohne Anführungszeichen`,
  unexpected: (found) => `unerwartetes ${q(found)}, wo ein Wert stehen sollte`,
  noValue: "die Datei enthält keinen Wert",
  unclosed: "die Datei endet, bevor jede { und [ geschlossen ist",
  trailingText: "auf das Ende des JSON-Werts folgt weiterer Text",
  trailingCommaInObject: "ein Komma direkt vor „}“: Nach dem letzten Feld steht kein Komma",
  trailingCommaInArray: "ein Komma direkt vor „]“: Nach dem letzten Eintrag steht kein Komma",
  singleQuotedName: "Feldnamen brauchen doppelte Anführungszeichen, keine einfachen",
  typographicQuote: (found) =>
    `${q(found)} ist ein typografisches Anführungszeichen, das JSON nicht liest: Feldnamen und Texte brauchen gerade doppelte Anführungszeichen (")`,
  nameExpected: (found) => `hier sollte ein Feldname in doppelten Anführungszeichen stehen, nicht ${q(found)}`,
  colonExpected: (found) => `auf den Feldnamen sollte ein Doppelpunkt folgen, nicht ${q(found)}`,
  commaExpected: (close, found) => `hier sollte ein Komma oder ${q(close)} stehen, nicht ${q(found)}`,
};

/** A refusal followed by how the file writes what the person most likely meant (hints.ts). */
function hinted(message: string, hint: Hint | undefined): string {
  if (hint === undefined) return message;
  switch (hint.kind) {
    case "number":
      return `${message}; schreiben Sie ${hint.written}, ${hint.comma ? "mit Punkt statt Komma und " : ""}ohne Anführungszeichen`;
    case "date":
      return `${message}; schreiben Sie ${hint.iso} statt ${hint.written}`;
    case "dateTime":
      return `${message}; schreiben Sie ${hint.iso} (die Uhrzeit in UTC) statt ${hint.written}`;
    case "spelling":
      return `${message}; ${q(hint.written)} wird ${q(hint.meant)} geschrieben`;
    case "meant":
      return `${message}; gemeint ist wohl ${q(hint.meant)}`;
    case "language":
      return `${message}; schreiben Sie ${q(hint.tag)} statt ${q(hint.written)}`;
    case "boolean":
      return `${message}; schreiben Sie ${hint.written} ohne Anführungszeichen`;
    case "quoted":
      return `${message}; schreiben Sie ${hint.written} in Anführungszeichen`;
    case "idCharacter":
      return `${message}; ${q(hint.found)} darf in keiner ID stehen`;
  }
}

const saveAsUtf8 = "eine Journey-Datei ist UTF-8. Speichern Sie sie als UTF-8 und versuchen Sie es noch einmal.";
const KINDS = { stage: "Phase", lane: "Zeile", card: "Karte" } as const;

export const german: Wording = {
  json,
  tooLarge: `Diese Datei ist zu groß: Eine Journey-Datei darf höchstens ${MAX_FILE_MIB} MiB haben.`,
  empty: "Diese Datei ist leer: Eine Journey-Datei ist ein JSON-Dokument.",
  tooDeep: "Diese Datei ist zu tief verschachtelt, um eine Journey-Datei zu sein.",
  notJson: (at, reason) => {
    if (!at) return "Diese Datei ist kein gültiges JSON.";
    const where = `Diese Datei ist kein gültiges JSON (Zeile ${at.line}, Spalte ${at.column})`;
    return reason === undefined ? `${where}.` : `${where}: ${reason}.`;
  },
  utf16: `Diese Datei ist UTF-16-Text; ${saveAsUtf8}`,
  notUtf8: (line, column) => `Diese Datei ist kein UTF-8-Text (Zeile ${line}, Spalte ${column}); ${saveAsUtf8}`,
  notAnObject: "Dies ist keine Outside-In-Journey-Datei: Erwartet wird ein JSON-Objekt.",
  wrongFormat: (format) => ({
    error: `Dies ist keine Outside-In-Journey-Datei: Das Feld ${q("format")} muss ${q(format)} sein.`,
    issue: `muss ${q(format)} sein`,
  }),
  bareJourney: (format, version) =>
    `Sie enthält eine Journey ohne die Datei drumherum: Setzen Sie sie unter "journey", neben "format": "${format}" und "version": ${version}.`,
  noVersion: {
    error: "Diese Datei hat keine gültige Formatversion: Das Feld „version“ muss eine positive ganze Zahl sein.",
    issue: "muss eine positive ganze Zahl sein",
  },
  newerVersion: (version, current) => ({
    error: `Diese Datei wurde von einer neueren Version von Outside-In geschrieben (Formatversion ${version}); diese Version liest Version ${current}.`,
    issue: `Formatversion ${version} ist neuer als ${current}`,
  }),
  problems: (n) => `Diese Datei ist keine gültige Outside-In-Journey: ${n} ${n === 1 ? "Problem" : "Probleme"}.`,
  required: "ist erforderlich",
  requiredFoundAs: (found) =>
    `ist erforderlich; gefunden wurde ${q(found)} (bei Feldnamen zählt die Groß- und Kleinschreibung)`,
  notValid: "ist hier nicht gültig",
  duplicateId: (id, first) => `doppelte ID ${q(id)} (auch bei ${first})`,
  unknownReference: (kind, id, idOf) =>
    `unbekannte ${KINDS[kind]} ${q(id)}${idOf ? `; das ist die ID einer ${KINDS[idOf]}` : ""}`,
  emotionRequired:
    "ist erforderlich, weil die Karte in einer Zeile der Art „emotions“ (Gefühle) liegt: eine ganze Zahl von -2 bis 2",
  selfConnection: "eine Verbindung kann nicht von einer Karte zurück zu derselben Karte führen",
  samePath: (first, from, to) => `derselbe Weg wie ${first} (${q(from)} → ${q(to)})`,
  anchorIdForbidden: "muss fehlen, wenn die Art des Ankers „map“ ist",
  anchorIdRequired: (kind) => `ist erforderlich, wenn die Art des Ankers ${q(kind)} ist`,
  dotsId: (id) =>
    `${q(id)} kann nicht die ID eines Kommentars oder einer Antwort sein: Die API erreicht sie unter einer Adresse, in der ${q(id)} kein Name ist`,
  nestedTooDeep: (max) =>
    `ist mehr als ${max} Ebenen tief verschachtelt, tiefer als eine Journey ein unbekanntes Feld aufbewahrt`,
  issue: (issue) => hinted(germanIssue(issue), hintFor(issue)),
};
