// The little of fontkit (PDFKit's font engine) the glyph test uses; fontkit ships no types of its own.
declare module "fontkit" {
  export function create(buffer: Uint8Array): { hasGlyphForCodePoint(codePoint: number): boolean };
}
