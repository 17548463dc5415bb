// Find on the map: the toolbar's Find control and Ctrl+F.
export { FindControl } from "./FindControl";
