// The order comments read in: by the instant they were written, whatever the precision or offset of their time.
import * as Y from "yjs";
import { loadComments, readComments, type Comment } from "../../src/doc";

const comment = (id: string, createdAt: string): Comment => ({
  id,
  anchor: { kind: "map" },
  author: "Ana",
  text: `Kommentar ${id}`,
  createdAt,
  resolved: false,
  replies: [],
});

function order(list: Comment[]): string[] {
  const doc = new Y.Doc();
  loadComments(doc, list);
  return readComments(doc).map((c) => c.id);
}

describe("the order comments are read in", () => {
  it("lists a time with fractions of a second after the same second without them", () => {
    expect(order([comment("b", "2026-11-01T08:00:00.5Z"), comment("a", "2026-11-01T08:00:00Z")])).toEqual(["a", "b"]);
  });

  it("counts a time's offset: 08:30+01:00 is before 08:00Z", () => {
    expect(order([comment("z", "2026-11-01T08:00:00Z"), comment("p", "2026-11-01T08:30:00+01:00")])).toEqual([
      "p",
      "z",
    ]);
  });

  it("orders the same instant written two ways by the text, and the same text by id", () => {
    const list = [
      comment("c", "2026-11-01T09:00:00+01:00"),
      comment("b", "2026-11-01T08:00:00.000Z"),
      comment("a", "2026-11-01T08:00:00.000Z"),
    ];
    expect(order(list)).toEqual(["a", "b", "c"]);
    expect(order([...list].reverse())).toEqual(["a", "b", "c"]);
  });
});
