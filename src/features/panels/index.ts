// The side panel and its tabs.
export { SidePanel } from "./SidePanel";
export { CommentsTab } from "./CommentsTab";
export { ChecksTab } from "./ChecksTab";
