// The error an op throws when asked for something impossible; its message is a sentence for a person.
export class OpError extends Error {
  override name = "OpError";
}
