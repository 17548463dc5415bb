// The importer's English sentences: what the command line, the HTTP API and every script have always read.
import { hintFor, type Hint } from "./hints";
import { MAX_FILE_MIB } from "./limits";
import type { JsonReasons, Wording } from "./wording";

const q = (s: string) => `"${s}"`;
const article = (kind: string) => (/^[aeiou]/.test(kind) ? `an ${kind}` : `a ${kind}`);

const json: JsonReasons = {
  badUnicodeEscape: "\\u must be followed by four hexadecimal digits",
  badEscape: (found) =>
    `a backslash in a string must start an escape such as \\n or \\" (found ${found === undefined ? "the end of the file" : q(found)})`,
  controlCharacter: (found) =>
    `a string may not hold a raw line break, tab or other control character (found ${q(found)})`,
  unclosedString: "a string that starts here is never closed with a double quote",
  badNumber: "a number is not written the way JSON writes numbers",
  singleQuotedString: "strings need double quotes, not single quotes",
  comment: "JSON has no comments",
  missingValue: (before) => `a value is missing before ${q(before)}`,
  bareWord: (word) => `${q(word)} is not a value: only true, false and null go without quotes`,
  unexpected: (found) => `unexpected ${q(found)} where a value should be`,
  noValue: "the file holds no value",
  unclosed: "the file ends before every { and [ is closed",
  trailingText: "more text follows the end of the JSON value",
  trailingCommaInObject: 'a comma right before "}": the last field takes no comma',
  trailingCommaInArray: 'a comma right before "]": the last item takes no comma',
  singleQuotedName: "names need double quotes, not single quotes",
  typographicQuote: (found) =>
    `${q(found)} is a typographic quote, which JSON does not read: names and text need straight double quotes (")`,
  nameExpected: (found) => `a field name in double quotes should be here, not ${q(found)}`,
  colonExpected: (found) => `a colon should follow the field name, not ${q(found)}`,
  commaExpected: (close, found) => `a comma or ${q(close)} should be here, not ${q(found)}`,
};

/** A refusal followed by how the file writes what the person most likely meant (hints.ts). */
export function hinted(message: string, hint: Hint | undefined): string {
  if (hint === undefined) return message;
  switch (hint.kind) {
    case "number":
      return `${message}; write ${hint.written}, ${hint.comma ? "with a point and " : ""}without quotes`;
    case "date":
      return `${message}; write ${hint.iso}, not ${hint.written}`;
    case "dateTime":
      return `${message}; write ${hint.iso} (the time in UTC), not ${hint.written}`;
    case "spelling":
      return `${message}; ${q(hint.written)} is written ${q(hint.meant)}`;
    case "meant":
      return `${message}; did you mean ${q(hint.meant)}?`;
    case "language":
      return `${message}; write ${q(hint.tag)}, not ${q(hint.written)}`;
    case "boolean":
      return `${message}; write ${hint.written}, without quotes`;
    case "quoted":
      return `${message}; write ${hint.written}, in quotes`;
    case "idCharacter":
      return `${message}; ${q(hint.found)} cannot be in an id`;
  }
}

const saveAsUtf8 = "a journey file is UTF-8. Save it as UTF-8 and try again.";

export const english: Wording = {
  json,
  tooLarge: `This file is too large: a journey file may be at most ${MAX_FILE_MIB} MiB.`,
  empty: "This file is empty: a journey file is a JSON document.",
  tooDeep: "This file is nested too deeply to be a journey file.",
  notJson: (at, reason) => {
    if (!at) return "This file is not valid JSON.";
    const where = `This file is not valid JSON (line ${at.line}, column ${at.column})`;
    return reason === undefined ? `${where}.` : `${where}: ${reason}.`;
  },
  utf16: `This file is UTF-16 text; ${saveAsUtf8}`,
  notUtf8: (line, column) => `This file is not UTF-8 text (line ${line}, column ${column}); ${saveAsUtf8}`,
  notAnObject: "This is not an Outside-In journey file: it must be a JSON object.",
  wrongFormat: (format) => ({
    error: `This is not an Outside-In journey file: format must be "${format}".`,
    issue: `must be "${format}"`,
  }),
  bareJourney: (format, version) =>
    `It holds a journey without the file around it: put it under "journey", beside "format": "${format}" and "version": ${version}.`,
  noVersion: {
    error: "This file has no valid format version: version must be a positive whole number.",
    issue: "must be a positive whole number",
  },
  newerVersion: (version, current) => ({
    error: `This file was written by a newer version of Outside-In (format version ${version}); this version reads version ${current}.`,
    issue: `format version ${version} is newer than ${current}`,
  }),
  problems: (n) => `This file is not a valid Outside-In journey: ${n} ${n === 1 ? "problem" : "problems"}.`,
  required: "is required",
  requiredFoundAs: (found) => `is required; found ${q(found)} instead (field names are case-sensitive)`,
  notValid: "is not valid here",
  duplicateId: (id, first) => `duplicate id "${id}" (also at ${first})`,
  unknownReference: (kind, id, idOf) => `unknown ${kind} "${id}"${idOf ? `; that is the id of ${article(idOf)}` : ""}`,
  emotionRequired: "is required on a card in an emotions lane (-2 to 2)",
  selfConnection: "a connection cannot lead from a card back to itself",
  samePath: (first, from, to) => `the same path as ${first} (${q(from)} → ${q(to)})`,
  anchorIdForbidden: "must be left out when the anchor kind is map",
  anchorIdRequired: (kind) => `is required when the anchor kind is ${kind}`,
  dotsId: (id) =>
    `"${id}" cannot be a comment's or a reply's id: the API reaches it at an address where "${id}" is not a name`,
  nestedTooDeep: (max) => `is nested more than ${max} levels deep, deeper than a map keeps an unknown field`,
  // The parse already worded it: the schema's own sentence, or messages.ts where the schema gives none.
  issue: (issue) => hinted(issue.message, hintFor(issue)),
};
