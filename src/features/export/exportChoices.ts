// The entries of the export menu: which file each one makes, and whether the "Include comments" choice applies.
import type { BrowserExportFormat } from "../../export/browser";
import type { CsvSeparator } from "../../export/csv";

export type ExportChoice = {
  id: string;
  format: BrowserExportFormat;
  paper?: "a3" | "a4";
  /** CSV only: semicolons and decimal commas for an Excel that expects them (German, French, Dutch …). */
  separator?: CsvSeparator;
  /** Key of the entry's label in exportMenu.*. */
  label: "pdfA3" | "pdfA4" | "svg" | "png" | "csv" | "csvExcel" | "json";
  /** The printed formats can carry comments as numbered notes; CSV and JSON cannot or always do. */
  takesComments: boolean;
};

export const EXPORT_CHOICES: readonly ExportChoice[] = [
  { id: "pdf-a3", format: "pdf", paper: "a3", label: "pdfA3", takesComments: true },
  { id: "pdf-a4", format: "pdf", paper: "a4", label: "pdfA4", takesComments: true },
  { id: "svg", format: "svg", paper: "a3", label: "svg", takesComments: true },
  { id: "png", format: "png", paper: "a3", label: "png", takesComments: true },
  { id: "csv", format: "csv", label: "csv", takesComments: false },
  { id: "csv-excel", format: "csv", separator: "semicolon", label: "csvExcel", takesComments: false },
  { id: "json", format: "json", label: "json", takesComments: false },
];
