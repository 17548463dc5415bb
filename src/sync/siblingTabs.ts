// Tabs of one browser on the same map share its local copy and nothing else (same-browser messages are off, so that
// no change passes the server's role checks). A tab that made changes while the server was out of reach and was then
// closed left them in the copy only; a sibling tab still open never read them, and sent the server only its own.
// Each sync after the first takes in what the copy holds, so that those changes go out with this page's.
import * as Y from "yjs";
import { readKeptUpdate, sameHistory } from "./localCopy";

/**
 * Merges into `doc` what the map's local copy holds that `doc` lacks (with `origin`, never the undo's), when the copy
 * grew from the server's document (`serverState`, its state vector); a copy that cannot be read is left alone.
 */
export async function takeSiblingChanges(
  doc: Y.Doc,
  mapId: string,
  serverState: () => Map<number, number> | null,
  origin: unknown,
  stillOpen: () => boolean,
): Promise<void> {
  const kept = await readKeptUpdate(mapId).catch(() => null);
  const server = serverState();
  if (kept === null || server === null || !stillOpen()) return;
  try {
    if (!sameHistory(Y.decodeStateVector(Y.encodeStateVectorFromUpdate(kept)), server)) return;
    Y.applyUpdate(doc, kept, origin);
  } catch {
    // A copy Yjs cannot read adds nothing here; its own loading deals with it on the next visit.
  }
}
