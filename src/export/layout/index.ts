// The print layout: journey snapshot in, positioned pages out; renderers only draw what it says.
export { layoutJourney } from "./layoutJourney";
export { wrapText } from "./wrap";
export { PAPER } from "./style";
export type * from "./types";
