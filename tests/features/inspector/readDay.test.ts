// Reading a typed day: ISO, day.month.year, and a slashed day only when it reads one way.
import { readDay, today, typedDay } from "../../../src/features/inspector/dates";

describe("readDay", () => {
  it("reads ISO and day-first dotted days, with or without leading zeros", () => {
    expect(readDay("2026-11-01")).toEqual({ ok: true, iso: "2026-11-01" });
    expect(readDay(" 1.11.2026 ")).toEqual({ ok: true, iso: "2026-11-01" });
    expect(readDay("01. 11. 2026")).toEqual({ ok: true, iso: "2026-11-01" });
    expect(readDay("2026-2-9")).toEqual({ ok: true, iso: "2026-02-09" });
  });

  it("reads a slashed day only when it can be read one way", () => {
    expect(readDay("30/09/2026")).toEqual({ ok: true, iso: "2026-09-30" });
    expect(readDay("09/30/2026")).toEqual({ ok: true, iso: "2026-09-30" });
    expect(readDay("05/05/2026")).toEqual({ ok: true, iso: "2026-05-05" });
    expect(readDay("01/11/2026")).toEqual({
      ok: false,
      problem: "ambiguous",
      dayFirst: "2026-11-01",
      monthFirst: "2026-01-11",
    });
  });

  it("refuses what is empty, not a day, or not in the calendar", () => {
    expect(readDay("  ")).toEqual({ ok: false, problem: "empty" });
    expect(readDay("01.11.26")).toEqual({ ok: false, problem: "format" });
    expect(readDay("1. November")).toEqual({ ok: false, problem: "format" });
    expect(readDay("31.02.2026")).toEqual({ ok: false, problem: "noSuchDay" });
    expect(readDay("29.02.2028")).toEqual({ ok: true, iso: "2028-02-29" });
    expect(readDay("2026-13-01")).toEqual({ ok: false, problem: "noSuchDay" });
  });

  it("writes a day to type in German as day.month.year and in English as ISO", () => {
    expect(typedDay("2026-11-01", "de")).toBe("01.11.2026");
    expect(typedDay("2026-11-01", "en")).toBe("2026-11-01");
    expect(today(new Date(2026, 11, 1, 0, 30))).toBe("2026-12-01");
  });
});
