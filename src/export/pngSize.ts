// How many pixels a PNG of the whole map gets: two per point where that stays within limits every browser and viewer
// can draw, fewer (down to one) for a big map; a map too big even at one pixel per point is refused with a sentence.

/** The longest side a canvas can have in every current browser, and that image viewers open without trouble. */
export const PNG_MAX_SIDE = 16384;
/** About 256 MB while the image is drawn (four bytes a pixel): what a browser tab can spare. */
export const PNG_MAX_PIXELS = 64_000_000;
/** Pixels per point for a map that fits; below one, 7-point card text is no longer readable. */
export const PNG_SCALE = 2;
export const PNG_MIN_SCALE = 1;

/** The map is larger than one PNG may be; the message says by how much and what to export instead. */
export class PngTooLargeError extends Error {
  readonly width: number;
  readonly height: number;
  constructor(width: number, height: number) {
    const w = Math.ceil(width * PNG_MIN_SCALE);
    const h = Math.ceil(height * PNG_MIN_SCALE);
    super(
      `This map is too big for one PNG image: it would be ${group(w)} × ${group(h)} pixels, more than the ` +
        `${group(PNG_MAX_SIDE)} pixels a side and ${PNG_MAX_PIXELS / 1_000_000} million pixels a PNG may have. ` +
        "Export it as PDF or SVG, which split the map into pages.",
    );
    this.name = "PngTooLargeError";
    this.width = w;
    this.height = h;
  }
}

const group = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");

/** Pixels per point for a sheet of `width` x `height` points; throws PngTooLargeError when none fits. */
export function pngScale(width: number, height: number): number {
  const scale = largestScale(width, height);
  if (scale < PNG_MIN_SCALE) throw new PngTooLargeError(width, height);
  return scale;
}

/** Whether a sheet of `width` x `height` points makes a PNG at all (pngScale does not throw). */
export const pngFits = (width: number, height: number): boolean => largestScale(width, height) >= PNG_MIN_SCALE;

function largestScale(width: number, height: number): number {
  const bySide = PNG_MAX_SIDE / Math.max(width, height);
  const byArea = Math.sqrt(PNG_MAX_PIXELS / (width * height));
  // Whole pixels: rounding the sides up must not take the image past the limits.
  return Math.min(PNG_SCALE, Math.floor(Math.min(bySide, byArea) * 100) / 100);
}

/** The PNG's size in pixels at `scale`. */
export function pngPixels(width: number, height: number, scale: number): { width: number; height: number } {
  return { width: Math.ceil(width * scale), height: Math.ceil(height * scale) };
}
