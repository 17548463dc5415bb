// A comment's length counts characters as the server does: 5,000 emoji may be sent, 5,001 characters may not.
import { describe, expect, it } from "vitest";
import { MAX_COMMENT_LENGTH, textProblem } from "../../../src/features/comments/validateText";

describe("a comment's length", () => {
  it("counts an emoji as one character", () => {
    expect(textProblem("🚗".repeat(MAX_COMMENT_LENGTH))).toBeNull();
    expect(textProblem(`${"🚗".repeat(MAX_COMMENT_LENGTH)}ä`)).toEqual({
      key: "comments.error.tooLong",
      count: MAX_COMMENT_LENGTH + 1,
      max: MAX_COMMENT_LENGTH,
    });
  });
});
