export { CommentsPanel } from "./CommentsPanel";
