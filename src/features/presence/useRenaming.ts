// While I type a stage's or lane's name in place, my presence says so, as it does for a card's title: others see
// who is renaming it. It stops saying so when the field closes (saved, Escape, blur) or goes away with its header.
import { useEffect } from "react";
import { setLocalPresence, stopRenaming } from "../../sync/presence";
import { useMapAwareness } from "./mapAwareness";

/** Says in my presence that I rename the stage or lane `id` while `renaming` holds. */
export function usePublishRenaming(id: string, renaming: boolean): void {
  const awareness = useMapAwareness();
  useEffect(() => {
    if (!awareness || !renaming) return;
    setLocalPresence(awareness, { renaming: id });
    return () => stopRenaming(awareness, id);
  }, [awareness, id, renaming]);
}
