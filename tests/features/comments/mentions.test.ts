// @mentions: who can be mentioned, where a text mentions them, and the name being typed.
import { describe, expect, it } from "vitest";
import {
  mentionQuery,
  mentionableNames,
  mentionsName,
  splitMentions,
  threadMentions,
} from "../../../src/features/comments/mentions";
import { comment, reply } from "./fixtures";

describe("mentions", () => {
  it("splits a text into plain runs and mentions of known names, keeping every character", () => {
    const text = "Ask @Grace Hopper and @bob, not @Nobody.";
    const segments = splitMentions(text, ["Bob", "Grace Hopper"]);
    expect(segments.map((s) => s.text).join("")).toBe(text);
    expect(segments.filter((s) => s.mention).map((s) => [s.text, s.mention])).toEqual([
      ["@Grace Hopper", "Grace Hopper"],
      ["@bob", "Bob"],
    ]);
  });

  it("prefers the longest name and needs a word boundary after it", () => {
    const names = ["Ann", "Anna Schmidt"];
    expect(splitMentions("@Anna Schmidt says hi", names).find((s) => s.mention)?.mention).toBe("Anna Schmidt");
    expect(splitMentions("@Annabel is new", names).some((s) => s.mention)).toBe(false);
    expect(splitMentions("@Ann.", names).find((s) => s.mention)?.text).toBe("@Ann");
  });

  it("leaves e-mail addresses alone", () => {
    expect(splitMentions("write to ada@bob.example", ["bob"]).some((s) => s.mention)).toBe(false);
  });

  it("knows whether a text or a thread mentions me, case-insensitive, in replies too", () => {
    expect(mentionsName("thanks @ADA", "Ada")).toBe(true);
    expect(mentionsName("Ada said", "Ada")).toBe(false);
    expect(threadMentions(comment("c1", { replies: [reply("r1", { text: "@Ada look" })] }), "Ada")).toBe(true);
    expect(threadMentions(comment("c2"), "Ada")).toBe(false);
  });

  it("offers everyone online, every author and me, once each, sorted", () => {
    const comments = [comment("c1", { author: "Carol", replies: [reply("r1", { author: "bob" })] })];
    expect(mentionableNames(["Bob", "Dora"], comments, "Ada")).toEqual(["Ada", "Bob", "Carol", "Dora"]);
  });

  it("finds the name being typed after an @ before the caret", () => {
    expect(mentionQuery("Hello @Gra", 10)).toEqual({ start: 6, query: "Gra" });
    expect(mentionQuery("Hello @Grace Ho", 15)).toEqual({ start: 6, query: "Grace Ho" });
    expect(mentionQuery("mail ada@exa", 12)).toBeNull();
    expect(mentionQuery("no mention here", 15)).toBeNull();
    expect(mentionQuery("@Ada\nnext", 9)).toBeNull();
  });
});
