// The journey-health summary in the editor header.
export function HealthSummary() {
  return null;
}
