// A question asked in place of the button that asked it ("Delete?"), and the focus when it closes: cancelled, the
// focus goes back to that button, which the question had replaced (it would drop to the page).
import { useEffect, useRef, useState } from "react";

export function useConfirmQuestion() {
  const [open, setOpen] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const [refocus, setRefocus] = useState(false);
  useEffect(() => {
    if (!refocus || open) return;
    trigger.current?.focus();
    setRefocus(false);
  }, [refocus, open]);
  return {
    open,
    /** The button that asks the question: it gets the focus back when the question is cancelled. */
    trigger,
    ask: () => setOpen(true),
    /** Closes the question and gives the focus back to the button that asked it. */
    cancel: () => {
      setOpen(false);
      setRefocus(true);
    },
    /** Closes the question once it was answered and what it asked about is gone. */
    close: () => setOpen(false),
  };
}
