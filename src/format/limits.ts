// How large a journey file may be: files larger are refused before parsing, so a huge upload cannot stall the reader.
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_FILE_MIB = MAX_FILE_BYTES / 1024 / 1024;
