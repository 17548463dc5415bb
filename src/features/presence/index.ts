// Presence components: cursors and name tags on the canvas (on cards, and on headers being renamed), the people
// list with following someone's view, connection status and access loss.
export { PeerCursors, PresenceCursors, type PresenceCursorsProps } from "./PresenceCursors";
export { PeerTags, type PeerTagPlace, type PeerTagsProps } from "./PeerTags";
export { RenamingTag } from "./RenamingTag";
export { usePublishRenaming } from "./useRenaming";
export { PeopleList, initialsOf, type PeopleListProps } from "./PeopleList";
export { FollowBar, type FollowBarProps } from "./FollowBar";
export { follow, stopFollowing, useFollowState, type FollowState, type Leader } from "./follow";
export { ConnectionIndicator, type ConnectionIndicatorProps } from "./ConnectionIndicator";
export { AccessLostBanner, type AccessLostBannerProps } from "./AccessLostBanner";
export { sessionMessage } from "./sessionMessage";
export { presenceStrings } from "./strings";
export { peerSelectionColors, peerDragPositions } from "../../sync";
