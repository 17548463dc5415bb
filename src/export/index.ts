// Export: the print layout and its renderers (PDF, SVG, CSV); the same functions run in the browser and in Node.
export { layoutJourney, PAPER, wrapText } from "./layout";
export type * from "./layout/types";
export { renderPdf, type PdfOptions } from "./pdf";
export { renderSvg, renderSvgSheet, escapeXml, type SvgOptions } from "./svg";
export { renderMeasurementCsv, csvCell } from "./csv";
export { fontMeasurer, pdfkitMeasurer, type FontBytes, type PDFKitClass } from "./measure";
export { touchpointsOf, measurementRowsOf, formatNumber, measurementLines, metricName } from "./touchpoints";
export { wordsFor, exportLanguage, type Words } from "./words";
