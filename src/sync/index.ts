// The sync layer: map sessions, connection status, identity and presence.
export { openMapSession, localCopyName, type MapSession, type OpenMapSessionOptions } from "./session";
export {
  CONNECTION_STATUSES,
  deriveStatus,
  accessLostMessage,
  LINK_INVALID,
  LINK_REPLACED,
  UNSENT_EXPORT,
  UNSENT_KEPT,
  UNSENT_REFUSED,
} from "./status";
export type { ConnectionStatus } from "./status";
export * from "./presence";
export { useConnectionStatus, useAccessLost } from "./useSession";
export {
  readStoredMaps,
  findStoredMap,
  storeReplacedLink,
  roleOfLink,
  STORED_MAPS_KEY,
  LINK_ROLES,
  type StoredMap,
  type LinkRole,
  type ShareLinks,
} from "./storedMaps";
export { reloadIdentity, MAX_NAME_LENGTH } from "./identity";
