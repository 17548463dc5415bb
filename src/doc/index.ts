// The journey document: records, schema, reading, loading, migrations and undo.
export * from "./records/journey";
export * from "./records/stage";
export * from "./records/lane";
export * from "./records/card";
export * from "./records/measurement";
export * from "./records/connection";
export * from "./records/comment";
export { MAX } from "./records/limits";
export { SCHEMA_VERSION, LOCAL, SYSTEM } from "./schema";
export { readJourney, readComments, readMeta, hasOwnTitle } from "./read";
export { loadJourney, loadComments, blankJourney, createJourneyDoc } from "./load";
export { migrate } from "./migrations";
export { createUndoManager, undoLatest, redoLatest, type StepOutcome } from "./undo";
export { OpError, OP_ERROR_CODES, issuePath, type OpProblem, type OpErrorCode, type OpSubject } from "./errors";
export { newId } from "./ids";
