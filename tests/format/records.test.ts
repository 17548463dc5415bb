// The record schemas on their own: what an import, an HTTP body and an op all agree on.
import { z } from "zod";
import { journeySchema } from "../../src/doc";
import { isCalendarDate, isIsoDateTime } from "../../src/doc/records/dates";
import { isLanguageTag } from "../../src/doc/records/language";
import { MAX, idSchema } from "../../src/doc/records/limits";

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.success ? [] : (result.error?.issues.map((i) => i.message) ?? []);

describe("idSchema", () => {
  it("gives one message for an empty or overlong id, not also the one about characters", () => {
    expect(messages(idSchema.safeParse(""))).toEqual(["must not be empty"]);
    expect(messages(idSchema.safeParse(" ".repeat(101)))).toEqual(["must be at most 100 characters"]);
    expect(messages(idSchema.safeParse("a b"))).toEqual(["may only hold letters, digits and _ . : -"]);
    expect(messages(idSchema.safeParse("cd_a"))).toEqual([]);
  });
});

/** Every string field of the journey schema, with its path and its maximum length (null for none). */
function stringFields(schema: z.ZodType, path: string): [string, number | null][] {
  if (schema instanceof z.ZodOptional) return stringFields(schema.unwrap() as z.ZodType, path);
  if (schema instanceof z.ZodArray) return stringFields(schema.element as z.ZodType, `${path}[]`);
  if (schema instanceof z.ZodObject) {
    return Object.entries(schema.shape as Record<string, z.ZodType>).flatMap(([key, inner]) =>
      stringFields(inner, `${path}.${key}`),
    );
  }
  if (schema instanceof z.ZodString) return [[path, schema.maxLength]];
  return [];
}

describe("string lengths", () => {
  it("gives every string in a journey a maximum length", () => {
    const fields = stringFields(journeySchema, "journey");
    expect(fields.length).toBeGreaterThan(40);
    expect(fields.filter(([, max]) => max === null || max > MAX.longText).map(([path]) => path)).toEqual([]);
    expect(Object.fromEntries(fields)).toMatchObject({
      "journey.language": MAX.language,
      "journey.comments[].createdAt": MAX.date,
      "journey.comments[].replies[].createdAt": MAX.date,
      "journey.cards[].measurement.observations[].date": MAX.date,
    });
  });
});

describe("dates", () => {
  it("takes an ISO 8601 date and time with a time zone, as toISOString writes it or with an offset", () => {
    for (const ok of [
      new Date().toISOString(),
      "2026-11-22T10:00:00.000Z",
      "2026-11-22T10:00:00Z",
      "2026-11-22T10:00Z",
      "2026-11-22T11:00:00+01:00",
      "2026-11-22T04:30:00.123456-05:30",
      "2024-02-29T23:59:59.999Z",
      new Date(Date.UTC(12026, 0, 1)).toISOString(),
    ]) {
      expect([ok, isIsoDateTime(ok)]).toEqual([ok, true]);
    }
  });

  it("refuses what a lenient date parser would take and dates that do not exist", () => {
    for (const bad of [
      "1",
      "2026",
      "2026-11-22",
      "2026-11-22T10:00:00",
      "2026-11-22 10:00:00Z",
      "Sun Nov 22 2026 10:00:00 GMT+0100",
      "2026-11-22T10:00:00+0100",
      "2026-13-01T00:00:00Z",
      "2026-02-29T00:00:00Z",
      "2026-04-31T00:00:00Z",
      "2026-11-22T24:00:00Z",
      "2026-11-22T10:60:00Z",
      "2026-11-22T10:00:60Z",
      "2026-11-22T10:00:00+24:00",
      "-000000-01-01T00:00:00Z",
      "+275761-01-01T00:00:00.000Z",
      "2026-11-22T10:00:00.000Z ",
    ]) {
      expect([bad, isIsoDateTime(bad)]).toEqual([bad, false]);
    }
  });

  it("takes a day written YYYY-MM-DD only when it is on the calendar", () => {
    expect(["2026-10-01", "2024-02-29", "2000-02-29", "2026-12-31"].map(isCalendarDate)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(
      ["2026-13-45", "2026-02-29", "1900-02-29", "2026-06-31", "2026-00-10", "2026-01-00", "2026-1-1", "20261001"].map(
        isCalendarDate,
      ),
    ).toEqual(Array(8).fill(false));
  });
});

describe("language tags", () => {
  it("takes well-formed BCP 47 tags in any letter case: extensions, private use, extended languages, old tags", () => {
    const good = [
      "en",
      "de",
      "de-CH",
      "EN-us",
      "en-US-u-ca-gregory",
      "de-CH-x-phonebk",
      "en-US-u-ca-gregory-nu-latn",
      "de-DE-u-co-phonebk-x-private",
      "zh-Hant-TW",
      "sr-Latn-RS",
      "es-419",
      "zh-yue-HK",
      "de-DE-1996",
      "sl-rozaj-biske",
      "de-1901-u-co-phonebk",
      "en-a-bbb-x-a-ccc",
      "qaa-Qaaa-QM-x-southern",
      "x-private",
      "x-whatever-1-2",
      "i-klingon",
      "en-GB-oed",
      "art-lojban",
      "zh-min-nan",
    ];
    expect(good.filter((tag) => !isLanguageTag(tag))).toEqual([]);
  });

  it("refuses what the grammar does not allow, and a variant or extension given twice", () => {
    const bad = [
      "",
      "e",
      "en_US",
      "en-",
      "-en",
      "en--US",
      "not a tag",
      "123",
      "abcdefghi",
      "en-x",
      "en-US-u",
      "en-a-b",
      "en-toolongsubtag",
      "x",
      "en-GB-oed-x",
      "de-1996-1996",
      "en-a-bbb-a-ccc",
      "en-US-u-ca-gregory-u-nu-latn",
      "en-US\n",
    ];
    expect(bad.filter((tag) => isLanguageTag(tag))).toEqual([]);
  });

  it("agrees with Intl wherever Intl takes a tag as it is written", () => {
    for (const tag of ["en-US-u-ca-gregory", "de-CH-x-phonebk", "zh-Hant-TW", "es-419", "de-DE-1996"]) {
      expect(Intl.getCanonicalLocales(tag)).toHaveLength(1);
      expect(isLanguageTag(tag)).toBe(true);
    }
  });
});
