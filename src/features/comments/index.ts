export { CommentsPanel, type CommentsPanelProps } from "./CommentsPanel";
export { commentsApi, CommentApiError, type CommentsApi } from "./api";
