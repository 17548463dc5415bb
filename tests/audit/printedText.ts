// The text an exported SVG shows: the contents of its <text> elements, entities decoded, joined by spaces.

const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, "&");

/**
 * The text as a reader copies it word by word: a hyphen the layout added where it broke a word (`data-break="hyphen"`)
 * is left out and the word joined with its next piece; every other line is joined by a space.
 */
export const svgText = (svg: string): string =>
  [...svg.matchAll(/<text([^>]*)>([^<]*)<\/text>/g)]
    .map((m) => {
      const text = unescapeXml(m[2] ?? "");
      return (m[1] ?? "").includes(' data-break="hyphen"') ? text.slice(0, -1) : `${text} `;
    })
    .join("")
    .trimEnd();
