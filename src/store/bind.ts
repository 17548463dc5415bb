// Keeps snapshots of the map and comments documents up to date: observes the root maps, and
// re-reads once per transaction that touched them (only the records it touched), reusing unchanged objects.
import type * as Y from "yjs";
import { readComments, type Comment, type Journey } from "../doc";
import { journeyReader } from "../doc/readCache";
import { COMMENTS_ROOT, ROOTS } from "../doc/schema";
import { shareJourney, shareList } from "./share";

export interface Snapshots {
  journey: Journey;
  comments: Comment[];
}

/** Calls `onJourney`/`onComments` after each transaction that changed the respective document. */
export function bindDoc(
  doc: Y.Doc,
  commentsDoc: Y.Doc | null,
  onChange: (patch: Partial<Snapshots>) => void,
): {
  initial: Snapshots;
  unbind: () => void;
  /**
   * Shows `journey` (the server's reading of a map still on its way, src/doc/snapshotMessage.ts) until `release`,
   * reading nothing from the document meanwhile; false, and nothing shown, when the document already has something.
   */
  hold: (journey: Journey) => boolean;
  /** Ends a hold: the document's reading replaces what was shown, sharing every object that stayed the same. */
  release: () => void;
} {
  const reader = journeyReader(doc);
  let journey = shareJourney(null, reader.read());
  let comments: Comment[] = commentsDoc ? readComments(commentsDoc) : [];
  let dirty = false;
  let held = false;
  let commentsDirty = false;

  const markDirty = (): void => {
    dirty = true;
  };
  const roots = Object.values(ROOTS).map((name) => doc.getMap(name));
  for (const root of roots) root.observeDeep(markDirty);
  // observeDeep fires once per root per transaction; flushing after the transaction reads once.
  const flush = (): void => {
    if (!dirty || held) return;
    dirty = false;
    const next = shareJourney(journey, reader.read());
    reader.adopt(next);
    if (next === journey) return;
    journey = next;
    onChange({ journey });
  };
  doc.on("afterTransaction", flush);

  const commentsRoot = commentsDoc?.getMap(COMMENTS_ROOT);
  const markComments = (): void => {
    commentsDirty = true;
  };
  const flushComments = (): void => {
    if (!commentsDirty || !commentsDoc) return;
    commentsDirty = false;
    const next = shareList(comments, readComments(commentsDoc));
    if (next === comments) return;
    comments = next;
    onChange({ comments });
  };
  commentsRoot?.observeDeep(markComments);
  commentsDoc?.on("afterTransaction", flushComments);

  return {
    initial: { journey, comments },
    hold(shown) {
      if (held || doc.store.clients.size > 0) return false;
      held = true;
      journey = shareJourney(journey, shown);
      onChange({ journey });
      return true;
    },
    release() {
      if (!held) return;
      held = false;
      dirty = true;
      flush();
    },
    unbind() {
      for (const root of roots) root.unobserveDeep(markDirty);
      reader.dispose();
      doc.off("afterTransaction", flush);
      commentsRoot?.unobserveDeep(markComments);
      commentsDoc?.off("afterTransaction", flushComments);
    },
  };
}
