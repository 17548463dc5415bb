export { ChecksPanel } from "./ChecksPanel";
export { HealthSummary } from "./HealthSummary";
