// The interface's number and date wording: no digit lost, either separator read, two-way readings refused.
import { formatDay } from "../../src/features/inspector/dates";
import { formatNumber, readNumber } from "../../src/features/inspector/numbers";

describe("formatNumber", () => {
  it("writes the language's separator and keeps every digit of the stored number", () => {
    for (const value of [4.5, 0.1 + 0.2, 1 / 3, 123456789.125, -2.5, 1e-21]) {
      const german = formatNumber(value, "de");
      expect(readNumber(german, "de")).toEqual(value === 1e-21 ? expect.anything() : { ok: true, value });
      expect(german).not.toContain(".");
    }
    expect(formatNumber(4.5, "de")).toBe("4,5");
    expect(formatNumber(4.5, "en")).toBe("4.5");
    expect(formatNumber(12345.5, "de")).toBe("12345,5");
    expect(formatNumber(-0, "de")).toBe("0");
    expect(formatNumber(1e-21, "de")).toBe("1e-21");
  });
});

describe("readNumber", () => {
  it("reads a comma or a point as the decimal separator in either language", () => {
    for (const language of ["de", "en"]) {
      expect(readNumber("4,2", language)).toEqual({ ok: true, value: 4.2 });
      expect(readNumber(" 4.2 ", language)).toEqual({ ok: true, value: 4.2 });
      expect(readNumber("−1,5", language)).toEqual({ ok: true, value: -1.5 });
      expect(readNumber("0.125", language)).toEqual({ ok: true, value: 0.125 });
      expect(readNumber("1234.567", language)).toEqual({ ok: true, value: 1234.567 });
    }
  });

  it("refuses the language's thousands separator before three digits, and what is no plain number", () => {
    expect(readNumber("4.125", "de")).toEqual({ ok: false, problem: "ambiguous", decimal: 4.125, whole: 4125 });
    expect(readNumber("4,125", "de")).toEqual({ ok: true, value: 4.125 });
    expect(readNumber("4,125", "en")).toEqual({ ok: false, problem: "ambiguous", decimal: 4.125, whole: 4125 });
    expect(readNumber("1.234,5", "de")).toEqual({ ok: false, problem: "separators" });
    for (const text of ["1e3", "0x10", "Infinity", "5,", "vier", ""]) {
      expect(readNumber(text, "de")).toEqual({ ok: false, problem: "notNumber" });
    }
  });
});

describe("formatDay", () => {
  it("writes an ISO day in the language's date format and leaves anything else as it is", () => {
    expect(formatDay("2026-09-30", "de")).toBe("30.09.2026");
    expect(formatDay("2026-09-30", "en")).toBe("Sep 30, 2026");
    expect(formatDay("2026-02-31", "de")).toBe("2026-02-31");
    expect(formatDay("soon", "de")).toBe("soon");
  });
});
