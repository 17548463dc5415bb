// too-many-signature-interactions: one finding on the journey above the limit (default 3).
import { findings, journey, touchpoint } from "./helpers";

const signature = (title: string) => touchpoint(title, { signatureInteraction: { reason: "memorable" } });

describe("too-many-signature-interactions", () => {
  it("leaves exactly three signature interactions alone", () => {
    const j = journey({ cards: [signature("A"), signature("B"), signature("C")] });
    expect(findings(j, "too-many-signature-interactions")).toEqual([]);
  });

  it("finds a fourth, once, on the journey, naming the count, the limit and the cards", () => {
    const j = journey({ cards: [signature("A"), signature("B"), signature("C"), signature("D")] });
    const found = findings(j, "too-many-signature-interactions");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ targetId: "j-test", targetKind: "journey" });
    expect(found[0]?.message).toBe('The journey has 4 signature interactions, more than 3: "A", "B", "C", "D".');
  });

  it("uses the signature limit it is given", () => {
    const j = journey({ cards: [signature("A"), signature("B")] });
    expect(findings(j, "too-many-signature-interactions", { signatureLimit: 1 })).toHaveLength(1);
    expect(findings(j, "too-many-signature-interactions", { signatureLimit: 2 })).toHaveLength(0);
  });

  it("falls back to three when the limit given is not a whole number of zero or more", () => {
    const j = journey({ cards: [signature("A"), signature("B")] });
    expect(findings(j, "too-many-signature-interactions", { signatureLimit: -1 })).toHaveLength(0);
    expect(findings(j, "too-many-signature-interactions", { signatureLimit: Number.NaN })).toHaveLength(0);
  });

  it("names the first ten cards on a big map and counts the rest, in English and German", () => {
    const cards = Array.from({ length: 40 }, (_, i) => signature(`S${i + 1}`));
    const named = cards.slice(0, 10).map((c) => c.title);
    const [en] = findings(journey({ cards }), "too-many-signature-interactions");
    expect(en?.message).toBe(
      `The journey has 40 signature interactions, more than 3: ${named.map((t) => `"${t}"`).join(", ")} and 30 more.`,
    );
    const [de] = findings(journey({ cards, language: "de" }), "too-many-signature-interactions");
    expect(de?.message).toBe(
      `Die Journey hat 40 Signature-Interaktionen, mehr als 3: ${named.map((t) => `„${t}“`).join(", ")} und 30 weitere.`,
    );
  });

  it("says it in German on a German map", () => {
    const j = journey({ cards: [signature("A"), signature("B"), signature("C"), signature("D")], language: "de" });
    expect(findings(j, "too-many-signature-interactions")[0]?.message).toBe(
      "Die Journey hat 4 Signature-Interaktionen, mehr als 3: „A“, „B“, „C“, „D“.",
    );
  });
});
