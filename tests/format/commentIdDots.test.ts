// A comment's or a reply's id is part of its address in the API (/comments/ID/replies/ID), where "." and ".." are
// steps, not names: such a thread could never be resolved, answered or deleted, so a file holding one is refused.
import { formatIssue, parseJourneyValue, type ParseResult } from "../../src/format";

const comment = (id: string, replyId = `r${id}`) => ({
  id,
  anchor: { kind: "map" },
  author: "Jörg",
  text: "Bitte prüfen",
  createdAt: "2026-11-20T08:00:00Z",
  resolved: false,
  replies: [{ id: replyId, author: "Änne", text: "ok", createdAt: "2026-11-20T09:00:00Z" }],
});
const file = (comments: unknown[]) => ({
  format: "outside-in.journey",
  version: 1,
  journey: { id: "j", title: "Kommentare", stages: [], lanes: [], cards: [], connections: [], comments },
});
const lines = (result: ParseResult) => (result.ok ? [] : result.issues.map(formatIssue));

describe("comment and reply ids", () => {
  it('refuses "." and ".." as a comment\'s or a reply\'s id, each at its path', () => {
    expect(lines(parseJourneyValue(file([comment(".."), comment("c1", ".")])))).toEqual([
      `journey.comments[0].id: ".." cannot be a comment's or a reply's id: the API reaches it at an address where ".." is not a name`,
      `journey.comments[1].replies[0].id: "." cannot be a comment's or a reply's id: the API reaches it at an address where "." is not a name`,
    ]);
  });

  it("says so in German", () => {
    expect(lines(parseJourneyValue(file([comment(".")]), { language: "de" }))).toEqual([
      "journey.comments[0].id: „.“ kann nicht die ID eines Kommentars oder einer Antwort sein: Die API erreicht sie unter einer Adresse, in der „.“ kein Name ist",
    ]);
  });

  it("takes other ids with dots in them", () => {
    const ok = file([comment("..."), comment("c.1", "r..1")]);
    expect(parseJourneyValue(ok).ok).toBe(true);
  });
});
