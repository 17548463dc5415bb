export { CommentsPanel, type CommentsPanelProps } from "./CommentsPanel";
export { commentsApi, type CommentsApi } from "./api";
