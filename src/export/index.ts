// Export: the print layout and its renderers (PDF, SVG, CSV); the same functions run in the browser and in Node.
export { layoutJourney, PAPER, wrapText } from "./layout";
export type * from "./layout/types";
export { renderPdf, type PdfOptions } from "./pdf";
export { renderSvg, renderSvgSheet, renderMapSheet, escapeXml, type SvgOptions } from "./svg";
export { layoutPoster } from "./layout/poster";
export { pngScale, pngPixels, PngTooLargeError, PNG_MAX_SIDE, PNG_MAX_PIXELS } from "./pngSize";
export { exportFileNames } from "./fileName";
export { renderMeasurementCsv, csvCell } from "./csv";
export { fontMeasurer, pdfkitMeasurer, type FontBytes, type FontPair, type PDFKitClass } from "./measure";
export { woffToSfnt, woffToSfntLater, type Inflate, type InflateLater } from "./woff";
export {
  touchpointsOf,
  measurementRowsOf,
  formatNumber,
  measurementLines,
  metricName,
  earlierObservationLines,
} from "./touchpoints";
export { wordsFor, exportLanguage, type Words } from "./words";
