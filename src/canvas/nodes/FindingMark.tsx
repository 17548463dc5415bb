// The subtle mark of the outside-in checks' findings on a card, stage or lane.
export function FindingMark(_props: { targetId: string }) {
  return null;
}
