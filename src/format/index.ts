// Journey JSON format v1: parsing with every problem named by path, and writing.
export { parseJourneyText, parseJourneyValue, looksLikeJourney, MAX_FILE_BYTES, TOO_LARGE } from "./parse";
export { decodeJourneyBytes, type Decoded } from "./decode";
export { MESSAGE_LANGUAGES, type MessageLanguage, type ReadOptions } from "./wording";
export {
  toJourneyFile,
  serializeJourney,
  fileHealth,
  fileExtras,
  DERIVED_FIELDS,
  journeyFileName,
  type ExportOptions,
} from "./export";
export {
  formatIssue,
  FORMAT,
  FORMAT_VERSION,
  type JourneyFile,
  type FormatIssue,
  type ParseResult,
  type RefusalScope,
} from "./types";
