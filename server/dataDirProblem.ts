// Why the server could not open its storage under DATA_DIR, as a sentence that says what to change, instead of
// Node's "EEXIST: file already exists, mkdir '/srv/maps'" or SQLite's "file is not a database".
import { join } from "node:path";
import { DB_FILE } from "./store/db";

/** The sentence for an error from making DATA_DIR or opening its database, or undefined for any other error. */
export function dataDirProblem(error: unknown, dataDir: string): string | undefined {
  const code = error instanceof Error && "code" in error ? String(error.code) : "";
  switch (code) {
    case "EEXIST":
      return `DATA_DIR ${dataDir} is a file, not a folder: set DATA_DIR to a folder for the maps.`;
    case "ENOTDIR":
      return `DATA_DIR ${dataDir} cannot be made: a part of its path is a file, not a folder. Set DATA_DIR to a folder for the maps.`;
    case "EACCES":
    case "EPERM":
    case "EROFS":
    case "SQLITE_CANTOPEN":
    case "SQLITE_READONLY":
      return `DATA_DIR ${dataDir} cannot be written by this user: give it write access, or set DATA_DIR to another folder.`;
    case "SQLITE_NOTADB":
    case "SQLITE_CORRUPT":
      return `${join(dataDir, DB_FILE)} is not a database Outside-In can read; it was left as it is. Move it away, or set DATA_DIR to another folder.`;
    default:
      return undefined;
  }
}
