import { afterEach, describe, expect, it, vi } from "vitest";
import { formatNumber, readNumber } from "../../src/features/inspector/numbers";
import { formatDay } from "../../src/features/inspector/dates";
import { formatTime } from "../../src/features/comments/CommentEntry";
import { formatNumber as exportNumber } from "../../src/export/touchpoints";
import { warmFormats } from "../../src/i18n/formats";

afterEach(() => vi.restoreAllMocks());

describe("Intl formatters", () => {
  it("are made once per language, however many numbers and days are shown", () => {
    // Warm every formatter these calls use, then count the ones made afterwards.
    const show = (language: string) => {
      formatNumber(4.25, language);
      readNumber("4,125", language);
      formatDay("2026-09-30", language);
      formatTime("2026-09-30T10:00:00Z", language);
    };
    show("de-DE");
    exportNumber(1.5, "de");
    const numbers = vi.spyOn(Intl, "NumberFormat");
    const dates = vi.spyOn(Intl, "DateTimeFormat");
    for (let i = 0; i < 50; i++) {
      show("de-DE");
      exportNumber(i / 8, "de");
    }
    expect(numbers).not.toHaveBeenCalled();
    expect(dates).not.toHaveBeenCalled();
  });

  it("still write each language its own way", () => {
    expect(formatNumber(4.25, "de-DE")).toBe("4,25");
    expect(formatNumber(4.25, "en-US")).toBe("4.25");
    expect(formatNumber(1234567.5, "en-US")).toBe("1234567.5");
    expect(formatDay("2026-09-30", "de-DE")).toBe("30.09.2026");
    expect(formatDay("2026-09-30", "en-US")).toBe("Sep 30, 2026");
    expect(exportNumber(0.0012345, "de")).toBe("0,0012345");
  });

  it("are made ahead by warmFormats, so that the inspector's first number and day make none", () => {
    warmFormats("fr-FR");
    const numbers = vi.spyOn(Intl, "NumberFormat");
    const dates = vi.spyOn(Intl, "DateTimeFormat");
    expect(formatNumber(4.5, "fr-FR")).toBe("4,5");
    expect(formatDay("2026-09-30", "fr-FR")).toBe("30 sept. 2026");
    expect(numbers).not.toHaveBeenCalled();
    expect(dates).not.toHaveBeenCalled();
  });
});
