// Messages are one line whatever the names hold.
import { card, journey } from "./helpers";
import { runChecks } from "../../src/checks";

describe("messages", () => {
  it("are one line, even when a card title, a stage name or the journey title spans lines", () => {
    const j = journey({
      owner: "",
      stages: [{ id: "s1", name: "Report\r\nthe claim" }],
      cards: [card("touchpoints", "We send\nthe   policy"), card("emotions", "Angry", { emotion: -2 })],
    });
    j.title = "Motor\nclaim";
    const found = runChecks(j);
    expect(found.length).toBeGreaterThanOrEqual(5);
    for (const f of found) expect(f.message).not.toMatch(/[\r\n]/);
    expect(found.map((f) => f.message)).toEqual(
      expect.arrayContaining([
        'The touchpoint "We send the policy" has no channel.',
        'The stage "Report the claim" has no customer goal.',
        'The customer feels bad in the stage "Report the claim" (emotion −2), and there is no opportunity there.',
        'The journey "Motor claim" has no owner.',
      ]),
    );
  });

  it("hold no control character a terminal would act on, nor a next-line character, whatever the names hold", () => {
    const j = journey({
      owner: "",
      stages: [{ id: "s1", name: "Report\u0085the claim" }],
      cards: [
        card("touchpoints", "We send\u001b[2J the policy", { signatureInteraction: { reason: "r" } }),
        card("touchpoints", "I\u0007 call", { signatureInteraction: { reason: "r" } }),
        card("touchpoints", "I\u009b31m pay", { signatureInteraction: { reason: "r" } }),
        card("touchpoints", "I read", { signatureInteraction: { reason: "r" } }),
        card("emotions", "Angry", { emotion: -2 }),
      ],
    });
    j.title = "Motor \u001b[31mclaim\u001b[0m";
    const found = runChecks(j);
    // eslint-disable-next-line no-control-regex -- control characters are what it looks for
    for (const f of found) expect(f.message).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    expect(found.map((f) => f.message)).toEqual(
      expect.arrayContaining([
        'The touchpoint "We send[2J the policy" has no channel.',
        'The journey has 4 signature interactions, more than 3: "We send[2J the policy", "I call", "I31m pay", "I read".',
        'The stage "Report the claim" has no customer goal.',
        'The journey "Motor [31mclaim[0m" has no owner.',
      ]),
    );
  });

  it("cut a long card title short between characters, never inside an emoji", () => {
    const title = `${"a".repeat(76)}😀😀 and more words after the cut`;
    const j = journey({ cards: [card("touchpoints", title)] });
    const [f] = runChecks(j);
    expect(f?.message).toBe(`The touchpoint "${"a".repeat(76)}😀…" has no measurement point.`);
  });
});
