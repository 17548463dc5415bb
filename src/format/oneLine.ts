// A problem is one line: a value quoted from the file (a misspelt kind, a date) that holds a line break or another
// control character shows it as JSON writes it (\n, \u001b), so no line of `validate` splits and no terminal
// reads an escape sequence from a file.
// eslint-disable-next-line no-control-regex -- control characters are what it finds
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
const ESCAPES: Readonly<Record<string, string>> = { "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f" };

export const oneLine = (text: string): string =>
  text.replace(CONTROL, (ch) => ESCAPES[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
