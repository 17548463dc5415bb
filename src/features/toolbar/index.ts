// The editor toolbar.
export { Toolbar } from "./Toolbar";
export { LanguageSwitch } from "./LanguageSwitch";
