// The side panel and its tabs.
export { SidePanel } from "./SidePanel";
