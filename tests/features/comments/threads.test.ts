// The thread list's order and filters, a thread's target (deleted or not), and what a new thread is about.
import { describe, expect, it } from "vitest";
import { blankJourney } from "../../../src/doc";
import { EMPTY_SELECTION } from "../../../src/store";
import {
  anchorOfSelection,
  lastActivity,
  newestOpenThread,
  targetOf,
  visibleThreads,
} from "../../../src/features/comments/threads";
import { comment, reply } from "./fixtures";

const ctx = { myName: "Ada", authored: new Set(["c_mine", "r_mine"]) };

describe("threads", () => {
  it("take their last activity from the latest reply or edit", () => {
    expect(lastActivity(comment("a"))).toBe("2026-11-20T10:00:00.000Z");
    expect(lastActivity(comment("a", { editedAt: "2026-11-21T09:00:00.000Z" }))).toBe("2026-11-21T09:00:00.000Z");
    const replied = comment("a", { replies: [reply("r", { createdAt: "2026-11-22T08:00:00.000Z" })] });
    expect(lastActivity(replied)).toBe("2026-11-22T08:00:00.000Z");
  });

  it("are listed newest activity first and filtered by open, resolved, mine and mentions", () => {
    const old = comment("c_old", { createdAt: "2026-11-01T10:00:00.000Z", text: "Hi @Ada" });
    const resolved = comment("c_res", { createdAt: "2026-11-02T10:00:00.000Z", resolved: true });
    const mine = comment("c_mine", { createdAt: "2026-11-03T10:00:00.000Z" });
    const repliedByMe = comment("c_rep", {
      createdAt: "2026-10-01T10:00:00.000Z",
      replies: [reply("r_mine", { createdAt: "2026-11-04T10:00:00.000Z" })],
    });
    const all = [old, resolved, mine, repliedByMe];
    const ids = (filter: Parameters<typeof visibleThreads>[1]) => visibleThreads(all, filter, ctx).map((c) => c.id);
    expect(ids("all")).toEqual(["c_rep", "c_mine", "c_res", "c_old"]);
    expect(ids("open")).toEqual(["c_rep", "c_mine", "c_old"]);
    expect(ids("resolved")).toEqual(["c_res"]);
    expect(ids("mine")).toEqual(["c_rep", "c_mine"]);
    expect(ids("mentions")).toEqual(["c_old"]);
  });

  it("are ordered by the instant of their activity, whatever offset or fraction an imported time is written with", () => {
    const berlin = comment("c_berlin", { createdAt: "2026-11-20T09:30:00+01:00" }); // 08:30 UTC
    const utc = comment("c_utc", { createdAt: "2026-11-20T09:00:00Z" });
    const half = comment("c_half", { createdAt: "2026-11-20T09:00:00.5Z" });
    const ids = visibleThreads([berlin, utc, half], "all", ctx).map((c) => c.id);
    expect(ids).toEqual(["c_half", "c_utc", "c_berlin"]);
    const replied = comment("c_r", {
      createdAt: "2026-11-20T09:00:00Z",
      replies: [reply("r1", { createdAt: "2026-11-20T09:30:00+01:00" })],
    });
    expect(lastActivity(replied)).toBe("2026-11-20T09:00:00Z");
  });

  it("name their target, and a deleted target by the title it had", () => {
    const journey = blankJourney("Phone plan");
    const stage = journey.stages[0];
    if (!stage) throw new Error("no stage");
    expect(targetOf(comment("a", { anchor: { kind: "stage", id: stage.id, quote: "Old" } }), journey)).toEqual({
      kind: "stage",
      id: stage.id,
      title: stage.name,
      deleted: false,
    });
    expect(targetOf(comment("b", { anchor: { kind: "card", id: "cd_gone", quote: "I pay" } }), journey)).toEqual({
      kind: "card",
      id: "cd_gone",
      title: "I pay",
      deleted: true,
    });
    expect(targetOf(comment("c"), journey)).toMatchObject({ kind: "map", deleted: false });
  });

  it("start on the selected card, else stage, else lane, else the map", () => {
    expect(anchorOfSelection({ ...EMPTY_SELECTION, cards: ["cd_1"], stages: ["st_1"] })).toEqual({
      kind: "card",
      id: "cd_1",
    });
    expect(anchorOfSelection({ ...EMPTY_SELECTION, stages: ["st_1"], lanes: ["ln_1"] })).toEqual({
      kind: "stage",
      id: "st_1",
    });
    expect(anchorOfSelection({ ...EMPTY_SELECTION, lanes: ["ln_1"] })).toEqual({ kind: "lane", id: "ln_1" });
    expect(anchorOfSelection({ ...EMPTY_SELECTION, connections: ["cn_1"] })).toEqual({ kind: "map" });
  });

  it("pick the newest open thread of a target for its badge", () => {
    const on = (id: string, createdAt: string, resolved = false) =>
      comment(id, { anchor: { kind: "card", id: "cd_1" }, createdAt, resolved });
    const comments = [
      on("a", "2026-11-01T00:00:00.000Z"),
      on("b", "2026-11-03T00:00:00.000Z"),
      on("c", "2026-11-05T00:00:00.000Z", true),
      comment("d", { createdAt: "2026-11-09T00:00:00.000Z" }),
    ];
    expect(newestOpenThread(comments, "cd_1")?.id).toBe("b");
    expect(newestOpenThread(comments, "cd_2")).toBeUndefined();
  });
});
