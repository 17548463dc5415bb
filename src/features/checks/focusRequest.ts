// The findings button in the header asks the checks panel to take the keyboard focus, whether the panel is on
// screen already or is about to be (it shows after the tab switch renders).
import { useEffect, type RefObject } from "react";

let wanted = false;
const panels = new Set<() => void>();

export function askChecksFocus(): void {
  wanted = true;
  for (const take of panels) take();
}

/** Focuses `target` when asked, now or on mount. */
export function useChecksFocus(target: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const take = (): void => {
      if (!wanted || !target.current) return;
      wanted = false;
      target.current.focus();
    };
    take();
    panels.add(take);
    return () => {
      panels.delete(take);
    };
  }, [target]);
}
