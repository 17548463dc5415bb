// React bindings for a map session's connection status and access loss.
import { useCallback, useSyncExternalStore } from "react";
import type { MapSession } from "./session";
import type { ConnectionStatus } from "./status";

export function useConnectionStatus(session: MapSession): ConnectionStatus {
  const subscribe = useCallback((cb: () => void) => session.onStatus(cb), [session]);
  return useSyncExternalStore(subscribe, session.status, session.status);
}

/** The sentence why access ended, or null while the session is fine. */
export function useAccessLost(session: MapSession): string | null {
  const subscribe = useCallback((cb: () => void) => session.onAccessLost(cb), [session]);
  return useSyncExternalStore(subscribe, session.accessLost, session.accessLost);
}
