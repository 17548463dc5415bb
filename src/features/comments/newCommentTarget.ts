// What a new comment would be about now (the selected card, stage or lane, else the whole map), and the box its
// unsent text is kept under, so that each target keeps its own half-written comment.
import type { AnchorKind } from "../../doc";
import { useMapStore, useShallow } from "../../store";
import { newCommentBox, useDraftKey } from "./drafts";
import { anchorOfSelection, targetOfAnchor, type ThreadTarget } from "./threads";

export interface NewCommentTarget {
  anchor: { kind: AnchorKind; id?: string };
  target: ThreadTarget;
  draftKey: string;
}

const MAP: NewCommentTarget["anchor"] = { kind: "map" };

export function useNewCommentTarget(): NewCommentTarget {
  const selected = useMapStore(useShallow((s) => anchorOfSelection(s.ui.selection)));
  const target: ThreadTarget = useMapStore(useShallow((s) => targetOfAnchor(selected, s.journey)));
  // A selected card that was just deleted by someone else falls back to the whole map.
  const anchor = target.deleted ? MAP : selected;
  const draftKey = useDraftKey(newCommentBox(anchor));
  return { anchor, target: target.deleted ? { kind: "map", title: "", deleted: false } : target, draftKey };
}
