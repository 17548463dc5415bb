// JSON paths written the way a person reads them: journey.cards[3].stageId.
export function joinPath(parts: readonly PropertyKey[]): string {
  let out = "";
  for (const p of parts) {
    if (typeof p === "number") out += `[${p}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out;
}
