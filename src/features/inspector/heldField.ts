// While I am in a side-panel field, my presence names it (`field`, as `recordId:field`), so a colleague whose field I
// change is told it was me (changedBy.ts): the journey's fields have no card or header to select that would say so.
// It is taken back when I leave the field (after its text is saved, so the change goes out first) or it goes away.
import { useEffect, useRef } from "react";
import type { Awareness } from "y-protocols/awareness";
import { setLocalPresence } from "../../sync/presence";
import { useMapAwareness } from "../presence/mapAwareness";
import { MAX_FIELD_KEY } from "../../sync";

/** Takes back that I am in the field `key`, unless I have moved on to another one meanwhile. */
function leave(awareness: Awareness, key: string): void {
  const current = awareness.getLocalState() as Record<string, unknown> | null;
  if (current?.["field"] === key) setLocalPresence(awareness, { field: null });
}

/** Focus and blur handlers that say in my presence that I am in the field `key`; none without a key or presence. */
export function useHeldField(key: string | undefined): { enter: () => void; leave: () => void } {
  const awareness = useMapAwareness();
  const held = useRef<{ awareness: Awareness; key: string } | null>(null);
  useEffect(
    () => () => {
      if (held.current) leave(held.current.awareness, held.current.key);
      held.current = null;
    },
    [],
  );
  const usable = awareness !== null && key !== undefined && key.length <= MAX_FIELD_KEY;
  return {
    enter: () => {
      if (!usable) return;
      held.current = { awareness, key };
      setLocalPresence(awareness, { field: key });
    },
    leave: () => {
      if (!held.current) return;
      leave(held.current.awareness, held.current.key);
      held.current = null;
    },
  };
}
