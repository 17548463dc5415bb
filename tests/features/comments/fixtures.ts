// Comment records for the comments tests.
import type { Comment, Reply } from "../../../src/doc";

export function comment(id: string, fields: Partial<Comment> = {}): Comment {
  return {
    id,
    anchor: { kind: "map" },
    author: "Ada",
    text: "Is this worded from the customer's side?",
    createdAt: "2026-11-20T10:00:00.000Z",
    resolved: false,
    replies: [],
    ...fields,
  };
}

export function reply(id: string, fields: Partial<Reply> = {}): Reply {
  return { id, author: "Bob", text: "I think so.", createdAt: "2026-11-20T11:00:00.000Z", ...fields };
}
