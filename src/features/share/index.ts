// The share dialog and its texts.
export { ShareDialog, type ShareDialogProps } from "./ShareDialog";
export { rotateLink, type RotatedLink } from "./rotateLink";
export { shareStrings } from "./strings";
