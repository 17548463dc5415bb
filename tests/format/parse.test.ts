// Every kind of bad journey file is refused with a sentence and one line per problem, each with its JSON path.
import { formatIssue, MAX_FILE_BYTES, parseJourneyText, parseJourneyValue, type ParseResult } from "../../src/format";
import { asFile, brokenTiny, exampleText, tinyJourney } from "../fixtures/journeys";

function problems(result: ParseResult): string[] {
  if (result.ok) throw new Error("expected the file to be refused");
  return result.issues.map(formatIssue);
}

const parseValue = (value: unknown) => parseJourneyText(JSON.stringify(value));

describe("parseJourneyText", () => {
  it("accepts the example file and counts its records", () => {
    const result = parseJourneyText(exampleText());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.journey.stages).toHaveLength(5);
    expect(result.journey.cards).toHaveLength(17);
    expect(result.file.exportedAt).toBe("2026-11-22T10:00:00.000Z");
  });

  it("refuses invalid JSON with a sentence that says where", () => {
    const result = parseJourneyText('{\n  "format": "outside-in.journey",\n  "version": 1,,\n}');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatch(/^This file is not valid JSON \(line 3, column \d+\): .+\.$/);
  });

  it("says where a trailing comma is, in one line that quotes none of the file", () => {
    const text =
      '{\n  "format": "outside-in.journey",\n  "journey": {\n    "cards": [\n      {"id": "cd_secret"},\n    ]\n  }\n}';
    const result = parseJourneyText(text);
    expect(result.ok || result.error).toBe(
      'This file is not valid JSON (line 6, column 5): a comma right before "]": the last item takes no comma.',
    );
    const inObject = parseJourneyText('{\r\n  "format": "outside-in.journey",\r\n}');
    expect(inObject.ok || inObject.error).toBe(
      'This file is not valid JSON (line 3, column 1): a comma right before "}": the last field takes no comma.',
    );
  });

  it("says that typographic quotes a word processor wrote are not JSON's, in English and German", () => {
    const name = '{\n  „format“: "outside-in.journey"\n}';
    const value = '{\n  "journey": { "title": “Kündigung” }\n}';
    const english = parseJourneyText(name);
    expect(english.ok || english.error).toBe(
      'This file is not valid JSON (line 2, column 3): "„" is a typographic quote, which JSON does not read: names and text need straight double quotes (").',
    );
    const german = parseJourneyText(value, { language: "de" });
    expect(german.ok || german.error).toBe(
      'Diese Datei ist kein gültiges JSON (Zeile 2, Spalte 25): „““ ist ein typografisches Anführungszeichen, das JSON nicht liest: Feldnamen und Texte brauchen gerade doppelte Anführungszeichen (").',
    );
    // Inside a string they are text like any other.
    const inText = parseJourneyText('{"a": "„Kündigung“ «sofort»"}');
    expect(inText.ok || inText.error).not.toMatch(/typographic/);
  });

  it("keeps every JSON error to one short line, with invisible characters written as escapes", () => {
    const long = `{"format": "outside-in.journey", "journey": ${"x".repeat(100_000)}}`;
    const cases: [string, string][] = [
      [
        long,
        'This file is not valid JSON (line 1, column 45): "xxxxxxxxxxxxxxxxxxxx" is not a value: only true, false and null go without quotes.',
      ],
      [
        '{"a":\u001b[2J}',
        'This file is not valid JSON (line 1, column 6): unexpected "\\u001b" where a value should be.',
      ],
      [
        '{"a":"line\nbreak"}',
        'This file is not valid JSON (line 1, column 11): a string may not hold a raw line break, tab or other control character (found "\\u000a").',
      ],
      [
        '\uFEFF{"a": 1 "b": 2}',
        'This file is not valid JSON (line 1, column 9): a comma or "}" should be here, not """.',
      ],
      ['{"😀": 😀}', 'This file is not valid JSON (line 1, column 7): unexpected "😀" where a value should be.'],
      ['{"a": [1, 2', "This file is not valid JSON (line 1, column 12): the file ends before every { and [ is closed."],
      ["{'a': 1}", "This file is not valid JSON (line 1, column 2): names need double quotes, not single quotes."],
    ];
    for (const [text, error] of cases) {
      const result = parseJourneyText(text);
      expect(result.ok || result.error).toBe(error);
      if (!result.ok) {
        expect(result.error.length).toBeLessThanOrEqual(200);
        expect([...result.error].filter((ch) => ch < " " || ch === "\u2028" || ch === "\u2029")).toEqual([]);
      }
    }
  });

  it("says whether a refusal is of the file as a whole or of records in it", () => {
    const scope = (result: ParseResult) => (result.ok ? "ok" : result.scope);
    expect(scope(parseJourneyText("{"))).toBe("file");
    expect(scope(parseJourneyText(" ".repeat(MAX_FILE_BYTES + 1)))).toBe("file");
    expect(scope(parseValue({ ...asFile(tinyJourney()), format: "miro.board" }))).toBe("file");
    expect(scope(parseValue({ ...asFile(tinyJourney()), version: 2 }))).toBe("file");
    expect(scope(parseValue(brokenTiny((j) => (j.cards[3]!.stageId = "st_9"))))).toBe("records");
  });

  it("refuses an empty file", () => {
    const result = parseJourneyText("  \n");
    expect(result.ok || result.error).toBe("This file is empty: a journey file is a JSON document.");
  });

  it("refuses text over the size limit before parsing it", () => {
    const result = parseJourneyText(" ".repeat(MAX_FILE_BYTES + 1));
    expect(result.ok || result.error).toBe("This file is too large: a journey file may be at most 10 MiB.");
  });

  it("refuses absurdly deep nesting with a sentence instead of crashing", () => {
    const deep = `{"format":"outside-in.journey","version":1,"journey":${"[".repeat(200_000)}${"]".repeat(200_000)}}`;
    const fromText = parseJourneyText(deep);
    expect(fromText.ok || fromText.error).toBe("This file is nested too deeply to be a journey file.");
    let value: unknown = 1;
    for (let i = 0; i < 200_000; i++) value = [value];
    const result = parseJourneyValue({ format: "outside-in.journey", version: 1, journey: value });
    expect(result.ok || result.error).toBe("This file is nested too deeply to be a journey file.");
  });

  it("refuses JSON that is not an object", () => {
    expect(parseJourneyText("[1, 2]").ok || "refused").toBe("refused");
    expect(parseJourneyText("null").ok || "refused").toBe("refused");
  });

  it("refuses an unknown or missing format with the contract's sentence", () => {
    for (const format of ["miro.board", undefined]) {
      const result = parseValue({ ...asFile(tinyJourney()), format });
      expect(result.ok || result.error).toBe(
        'This is not an Outside-In journey file: format must be "outside-in.journey".',
      );
    }
  });

  it("refuses a newer format version and says which version it reads", () => {
    const result = parseValue({ ...asFile(tinyJourney()), version: 3 });
    expect(result.ok || result.error).toBe(
      "This file was written by a newer version of Outside-In (format version 3); this version reads version 1.",
    );
  });

  it("refuses a version that is not a positive whole number", () => {
    for (const version of [0, 1.5, "1", undefined]) {
      expect(problems(parseValue({ ...asFile(tinyJourney()), version }))).toEqual([
        "version: must be a positive whole number",
      ]);
    }
  });

  it("names a card's unknown stage exactly as the contract shows", () => {
    const result = parseValue(brokenTiny((j) => (j.cards[3]!.stageId = "st_9")));
    expect(result.ok || result.error).toBe("This file is not a valid Outside-In journey: 1 problem.");
    expect(problems(result)).toEqual(['journey.cards[3].stageId: unknown stage "st_9"']);
  });

  it("names an unknown lane, connection ends and comment anchor", () => {
    const result = parseValue(
      brokenTiny((j) => {
        j.cards[0]!.laneId = "ln_9";
        const [connection] = j.connections as Record<string, unknown>[];
        connection!.from = "cd_8";
        connection!.to = "cd_9";
        const [comment] = j.comments as { anchor: Record<string, unknown> }[];
        comment!.anchor = { kind: "stage", id: "cd_a" };
      }),
    );
    expect(problems(result)).toEqual([
      'journey.cards[0].laneId: unknown lane "ln_9"',
      'journey.connections[0].from: unknown card "cd_8"',
      'journey.connections[0].to: unknown card "cd_9"',
      'journey.comments[0].anchor.id: unknown stage "cd_a"; that is the id of a card',
    ]);
  });

  it("requires an anchor id for stage, lane and card anchors and refuses one on the map", () => {
    const withAnchor = (anchor: Record<string, unknown>) =>
      brokenTiny((j) => ((j.comments as { anchor: unknown }[])[0]!.anchor = anchor));
    expect(problems(parseValue(withAnchor({ kind: "card" })))).toEqual([
      "journey.comments[0].anchor.id: is required when the anchor kind is card",
    ]);
    expect(problems(parseValue(withAnchor({ kind: "map", id: "cd_a" })))).toEqual([
      "journey.comments[0].anchor.id: must be left out when the anchor kind is map",
    ]);
    expect(parseValue(withAnchor({ kind: "map" })).ok).toBe(true);
  });

  it("finds duplicate ids across every kind of record, replies included", () => {
    const result = parseValue(
      brokenTiny((j) => {
        j.cards[4]!.id = "cd_a";
        (j.connections as Record<string, unknown>[])[0]!.id = "st_a";
        const [comment] = j.comments as { replies: Record<string, unknown>[] }[];
        comment!.replies[0]!.id = "ln_do";
      }),
    );
    expect(problems(result)).toEqual([
      'journey.cards[4].id: duplicate id "cd_a" (also at journey.cards[0].id)',
      'journey.connections[0].id: duplicate id "st_a" (also at journey.stages[0].id)',
      'journey.comments[0].replies[0].id: duplicate id "ln_do" (also at journey.lanes[0].id)',
    ]);
  });

  it("counts the journey's own id among the ids that must be unique", () => {
    const result = parseValue(
      brokenTiny((j) => {
        (j.comments as Record<string, unknown>[])[0]!.id = "jr_tiny";
        j.cards[0]!.id = "jr_tiny";
      }),
    );
    expect(problems(result)).toEqual([
      'journey.cards[0].id: duplicate id "jr_tiny" (also at journey.id)',
      'journey.comments[0].id: duplicate id "jr_tiny" (also at journey.id)',
    ]);
  });

  it("names each place once: an empty or overlong reference is one problem, not three", () => {
    expect(problems(parseValue(brokenTiny((j) => (j.cards[3]!.stageId = ""))))).toEqual([
      "journey.cards[3].stageId: must not be empty",
    ]);
    expect(problems(parseValue(brokenTiny((j) => (j.cards[3]!.laneId = "l".repeat(101)))))).toEqual([
      "journey.cards[3].laneId: must be at most 100 characters",
    ]);
    expect(problems(parseValue(brokenTiny((j) => (j.cards[3]!.stageId = "st 9"))))).toEqual([
      'journey.cards[3].stageId: may only hold letters, digits and _ . : -; " " cannot be in an id',
    ]);
    const twoEmpty = parseValue(
      brokenTiny((j) => {
        j.cards[0]!.id = "";
        j.cards[4]!.id = "";
      }),
    );
    expect(problems(twoEmpty)).toEqual([
      "journey.cards[0].id: must not be empty",
      "journey.cards[4].id: must not be empty",
    ]);
    expect(twoEmpty.ok || twoEmpty.error).toBe("This file is not a valid Outside-In journey: 2 problems.");
  });

  it("checks no references against a collection that is not a list", () => {
    expect(problems(parseValue(brokenTiny((j) => (j.stages = null))))).toEqual(["journey.stages: must be an array"]);
    expect(problems(parseValue(brokenTiny((j) => (j.lanes = {}))))).toEqual(["journey.lanes: must be an array"]);
    expect(problems(parseValue(brokenTiny((j) => (j.cards = "none" as never))))).toEqual([
      "journey.cards: must be an array",
    ]);
    // The other collections are still checked.
    const result = parseValue(
      brokenTiny((j) => {
        j.stages = null;
        j.cards[0]!.laneId = "ln_9";
      }),
    );
    expect(problems(result)).toEqual([
      "journey.stages: must be an array",
      'journey.cards[0].laneId: unknown lane "ln_9"',
    ]);
  });

  it("words every problem for a person, not in zod's terms", () => {
    const measured = (measurement: Record<string, unknown>) =>
      brokenTiny((j) => (j.cards[1]!.measurement = measurement));
    expect(
      problems(parseValue(measured({ metric: "CSAT", observations: [{ date: "2026-10-01", value: 4, n: 2.5 }] }))),
    ).toEqual(["journey.cards[1].measurement.observations[0].n: must be a whole number"]);
    expect(problems(parseValue(measured({ target: 4 })))).toEqual(["journey.cards[1].measurement.metric: is required"]);
    expect(problems(parseValue(measured({ metric: "CSAT", kind: "loyalty" })))).toEqual([
      "journey.cards[1].measurement.kind: must be performance or brand",
    ]);
    const replyRole = brokenTiny(
      (j) => ((j.comments as { replies: Record<string, unknown>[] }[])[0]!.replies[0]!.role = "boss"),
    );
    expect(problems(parseValue(replyRole))).toEqual([
      "journey.comments[0].replies[0].role: must be one of owner, editor, commenter, viewer",
    ]);
    const notBoolean = brokenTiny((j) => ((j.comments as Record<string, unknown>[])[0]!.resolved = "no"));
    expect(problems(parseValue(notBoolean))).toEqual(["journey.comments[0].resolved: must be true or false"]);
    const noReplies = brokenTiny((j) => delete (j.comments as Record<string, unknown>[])[0]!.replies);
    expect(problems(parseValue(noReplies))).toEqual(["journey.comments[0].replies: is required"]);
    const goals = brokenTiny((j) => (j.persona = { goals: Array.from({ length: 51 }, () => "g") }));
    expect(problems(parseValue(goals))).toEqual(["journey.persona.goals: may hold at most 50 items"]);
    expect(problems(parseValue(brokenTiny((j) => (j.title = 42))))).toEqual(["journey.title: must be a string"]);
  });

  it("says a number too large for JSON (1e999, read as Infinity) must be a finite number", () => {
    const measurement = { metric: "CSAT", target: 0, observations: [{ date: "2026-10-01", value: 0 }] };
    const text = JSON.stringify(brokenTiny((j) => (j.cards[1]!.measurement = measurement)))
      .replace('"target":0', '"target":1e999')
      .replace('"value":0', '"value":-1e999')
      .replace('"order":0,"title":"I read', '"order":1e999,"title":"I read');
    expect(problems(parseJourneyText(text))).toEqual([
      "journey.cards[0].order: must be a finite number",
      "journey.cards[1].measurement.target: must be a finite number",
      "journey.cards[1].measurement.observations[0].value: must be a finite number",
    ]);
  });

  it("refuses a language tag, a comment's or reply's date and the export date that are absurdly long", () => {
    // Each of these passed the old checks: a long run of language subtags, and dates whose tail V8's
    // lenient date parser reads as a comment in parentheses.
    const longTag = `en${"-abcdefgh".repeat(500_000)}`;
    const longDate = `Fri Nov 20 2026 (${"x".repeat(1000)})`;
    const result = parseValue({
      ...brokenTiny((j) => {
        j.language = longTag;
        const [comment] = j.comments as { createdAt: string; replies: { createdAt: string }[] }[];
        comment!.createdAt = longDate;
        comment!.replies[0]!.createdAt = longDate;
      }),
      exportedAt: longDate,
    });
    expect(problems(result)).toEqual([
      "exportedAt: must be at most 100 characters",
      "journey.language: must be at most 100 characters",
      "journey.comments[0].createdAt: must be at most 100 characters",
      "journey.comments[0].replies[0].createdAt: must be at most 100 characters",
    ]);
  });

  it("takes only real dates: ISO 8601 dates and times for comments, replies and the export, YYYY-MM-DD days", () => {
    const dated = (createdAt: string, day: string, exportedAt = "2026-11-22T10:00:00.000Z") => ({
      ...brokenTiny((j) => {
        const [comment] = j.comments as { createdAt: string; replies: { createdAt: string }[] }[];
        comment!.createdAt = createdAt;
        comment!.replies[0]!.createdAt = createdAt;
        j.cards[1]!.measurement = { metric: "CSAT", observations: [{ date: day, value: 4 }] };
      }),
      exportedAt,
    });
    expect(problems(parseValue(dated("1", "2026-13-45", "2026-02-30T10:00:00Z")))).toEqual([
      "exportedAt: must be an ISO 8601 date and time such as 2026-11-22T10:00:00.000Z",
      "journey.cards[1].measurement.observations[0].date: must be a real date written YYYY-MM-DD",
      "journey.comments[0].createdAt: must be an ISO 8601 date and time such as 2026-11-22T10:00:00.000Z",
      "journey.comments[0].replies[0].createdAt: must be an ISO 8601 date and time such as 2026-11-22T10:00:00.000Z",
    ]);
    // A day without its time is refused with how the file writes it (hints.ts).
    expect(problems(parseValue(dated("2026-11-20", "2026-02-29")))).toEqual([
      "journey.cards[1].measurement.observations[0].date: must be a real date written YYYY-MM-DD",
      "journey.comments[0].createdAt: must be an ISO 8601 date and time such as 2026-11-22T10:00:00.000Z; write 2026-11-20T00:00:00Z (the time in UTC), not 2026-11-20",
      "journey.comments[0].replies[0].createdAt: must be an ISO 8601 date and time such as 2026-11-22T10:00:00.000Z; write 2026-11-20T00:00:00Z (the time in UTC), not 2026-11-20",
    ]);
    expect(parseValue(dated(new Date().toISOString(), "2024-02-29", "2026-11-22T11:00:00+01:00")).ok).toBe(true);
  });

  it("accepts a journey in any well-formed BCP 47 language and refuses one that is not", () => {
    for (const language of ["en-US-u-ca-gregory", "de-CH-x-phonebk", "zh-yue-HK", "i-klingon"]) {
      expect([language, parseValue(brokenTiny((j) => (j.language = language))).ok]).toEqual([language, true]);
    }
    expect(problems(parseValue(brokenTiny((j) => (j.language = "en_US"))))).toEqual([
      "journey.language: must be a BCP 47 language tag such as en, de or de-CH",
    ]);
  });

  it("refuses emotions outside -2..2 and between whole numbers", () => {
    for (const emotion of [3, 1.5, -3]) {
      expect(problems(parseValue(brokenTiny((j) => (j.cards[2]!.emotion = emotion))))).toEqual([
        "journey.cards[2].emotion: must be a whole number from -2 to 2",
      ]);
    }
  });

  it("requires an emotion on a card in an emotions lane", () => {
    expect(problems(parseValue(brokenTiny((j) => delete j.cards[2]!.emotion)))).toEqual([
      "journey.cards[2].emotion: is required on a card in an emotions lane (-2 to 2)",
    ]);
  });

  it("refuses a title that is empty or too long", () => {
    expect(problems(parseValue(brokenTiny((j) => (j.title = "x".repeat(201)))))).toEqual([
      "journey.title: must be at most 200 characters",
    ]);
    expect(problems(parseValue(brokenTiny((j) => (j.title = "   "))))).toEqual(["journey.title: must not be empty"]);
    expect(problems(parseValue(brokenTiny((j) => delete j.title)))).toEqual(["journey.title: is required"]);
  });

  it("reports every problem of a file at once, not just the first", () => {
    const result = parseValue(
      brokenTiny((j) => {
        j.cards[3]!.stageId = "st_9";
        j.cards[2]!.emotion = 3;
        j.cards[1]!.channel = "pigeon";
        (j.lanes as Record<string, unknown>[])[0]!.kind = "feelings";
      }),
    );
    expect(result.ok || result.error).toBe("This file is not a valid Outside-In journey: 4 problems.");
    expect(problems(result)).toEqual(
      expect.arrayContaining([
        'journey.cards[3].stageId: unknown stage "st_9"',
        "journey.cards[2].emotion: must be a whole number from -2 to 2",
        expect.stringMatching(/^journey\.cards\[1\]\.channel: must be one of web, app/),
        expect.stringMatching(/^journey\.lanes\[0\]\.kind: must be one of actions/),
      ]),
    );
  });

  it("lists problems in reading order: record by record, fields in the order the format gives them", () => {
    const result = parseValue(
      brokenTiny((j) => {
        (j.connections as Record<string, unknown>[])[0]!.to = "cd_zz";
        j.cards[10] = { id: "cd_k", stageId: "st_a", laneId: "ln_do", title: "Late" };
        j.cards[3]!.stageId = "st_9";
        j.cards[3]!.title = "";
        j.cards[3]!.id = "cd_a";
        j.title = "";
      }),
    );
    expect(problems(result)).toEqual([
      "journey.title: must not be empty",
      'journey.cards[3].id: duplicate id "cd_a" (also at journey.cards[0].id)',
      'journey.cards[3].stageId: unknown stage "st_9"',
      "journey.cards[3].title: must not be empty",
      "journey.cards[5]: must be an object",
      "journey.cards[6]: must be an object",
      "journey.cards[7]: must be an object",
      "journey.cards[8]: must be an object",
      "journey.cards[9]: must be an object",
      'journey.connections[0].to: unknown card "cd_zz"',
      'journey.comments[0].anchor.id: unknown card "cd_d"',
    ]);
  });

  it("lists an observation's and the persona's problems in the order the format gives their fields", () => {
    const result = parseValue(
      brokenTiny((j) => {
        j.persona = { name: 7, segment: 8 };
        j.cards[3]!.measurement = { metric: "CSAT", observations: [{ n: -1, value: null, date: "gestern" }] };
      }),
    );
    expect(problems(result)).toEqual([
      "journey.persona.name: must be a string",
      "journey.persona.segment: must be a string",
      "journey.cards[3].measurement.observations[0].date: must be a real date written YYYY-MM-DD",
      "journey.cards[3].measurement.observations[0].value: must be a number",
      "journey.cards[3].measurement.observations[0].n: must not be negative",
    ]);
  });

  it("refuses a missing journey and a journey of the wrong type", () => {
    expect(problems(parseValue({ format: "outside-in.journey", version: 1 }))).toEqual(["journey: is required"]);
    expect(problems(parseValue(asFile([])))).toEqual(["journey: must be an object"]);
  });

  it("refuses an exportedAt that is not a date", () => {
    expect(problems(parseValue(asFile(tinyJourney(), { exportedAt: "yesterday" })))).toEqual([
      "exportedAt: must be an ISO 8601 date and time such as 2026-11-22T10:00:00.000Z",
    ]);
  });
});

describe("keys that reach for the prototype", () => {
  const payload = (journey: string) =>
    `{"format":"outside-in.journey","version":1,"__proto__":{"polluted":"file"},"journey":${journey}}`;

  afterEach(() => {
    // If a test ever failed by polluting, do not let it spoil the rest of the run.
    delete (Object.prototype as Record<string, unknown>).polluted;
  });

  it("drops __proto__, constructor and prototype keys and pollutes nothing", () => {
    const tiny = JSON.stringify(tinyJourney()).replace(
      '"id":"cd_a",',
      '"id":"cd_a","__proto__":{"polluted":"card"},"constructor":{"prototype":{"polluted":"ctor"}},',
    );
    const result = parseJourneyText(payload(tiny.replace("{", '{"__proto__":{"polluted":"journey"},')));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(result.file)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(result.journey)).toBe(Object.prototype);
    const card = result.journey.cards[0]!;
    expect(Object.getPrototypeOf(card)).toBe(Object.prototype);
    expect(Object.keys(card)).not.toContain("constructor");
    expect((card as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(result.journey, "__proto__")).toBe(false);
  });

  it("cleans a value that someone else parsed with a plain JSON.parse", () => {
    const value: unknown = JSON.parse(payload(JSON.stringify(tinyJourney())));
    const result = parseJourneyValue(value);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.keys(result.file)).not.toContain("__proto__");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
