// A value written the way a person writes it in a letter or a spreadsheet is refused with how the file writes it:
// 4,5 and "4.5" for 4.5, 01.11.2026 for 2026-11-01, "Web" and "E-Mail" for web and email, "stageID" for stageId,
// a lane's id where a stage's belongs, in English and German.
import { formatIssue, parseJourneyText, type MessageLanguage, type ParseResult } from "../../src/format";
import { brokenTiny } from "../fixtures/journeys";

function problems(result: ParseResult): string[] {
  if (result.ok) throw new Error("expected the file to be refused");
  return result.issues.map(formatIssue);
}

const read = (edit: Parameters<typeof brokenTiny>[0], language: MessageLanguage = "en") =>
  problems(parseJourneyText(JSON.stringify(brokenTiny(edit)), { language }));

const measured = (j: { cards: Record<string, unknown>[] }, measurement: Record<string, unknown>) =>
  (j.cards[3]!.measurement = { metric: "CSAT", scale: "1-5", ...measurement });

describe("a refused value written the way a person writes it", () => {
  it("shows a number written with a decimal comma or in quotes as JSON writes it", () => {
    const edit = (j: { cards: Record<string, unknown>[] }) => {
      measured(j, { target: "4,5", observations: [{ date: "2026-11-01", value: "4.25", n: "120" }] });
      j.cards[2]!.emotion = "-1";
    };
    expect(read(edit)).toEqual([
      "journey.cards[2].emotion: must be a number; write -1, without quotes",
      "journey.cards[3].measurement.target: must be a number; write 4.5, with a point and without quotes",
      "journey.cards[3].measurement.observations[0].value: must be a number; write 4.25, without quotes",
      "journey.cards[3].measurement.observations[0].n: must be a number; write 120, without quotes",
    ]);
    expect(read(edit, "de")).toEqual([
      "journey.cards[2].emotion: muss eine Zahl sein; schreiben Sie -1, ohne Anführungszeichen",
      "journey.cards[3].measurement.target: muss eine Zahl sein; schreiben Sie 4.5, mit Punkt statt Komma und ohne Anführungszeichen",
      "journey.cards[3].measurement.observations[0].value: muss eine Zahl sein; schreiben Sie 4.25, ohne Anführungszeichen",
      "journey.cards[3].measurement.observations[0].n: muss eine Zahl sein; schreiben Sie 120, ohne Anführungszeichen",
    ]);
  });

  it("shows a German date as YYYY-MM-DD, and only a date that exists", () => {
    const edit = (j: { cards: Record<string, unknown>[] }) =>
      measured(j, {
        observations: [
          { date: "1.11.2026", value: 4 },
          { date: "30.02.2026", value: 4 },
        ],
      });
    expect(read(edit)).toEqual([
      "journey.cards[3].measurement.observations[0].date: must be a real date written YYYY-MM-DD; write 2026-11-01, not 1.11.2026",
      "journey.cards[3].measurement.observations[1].date: must be a real date written YYYY-MM-DD",
    ]);
    expect(read(edit, "de")[0]).toBe(
      "journey.cards[3].measurement.observations[0].date: muss ein echtes Datum in der Form JJJJ-MM-TT sein; schreiben Sie 2026-11-01 statt 1.11.2026",
    );
  });

  it("shows a comment's date and time written without its zone as the file writes it, in UTC", () => {
    const edit = (j: Record<string, unknown>) => {
      const comments = j.comments as { createdAt: string; replies: { createdAt: string }[] }[];
      comments[0]!.createdAt = "01.11.2026 14:30";
      comments[0]!.replies[0]!.createdAt = "2026-11-01";
    };
    expect(read(edit)).toEqual([
      "journey.comments[0].createdAt: must be an ISO 8601 date and time such as 2026-11-22T10:00:00.000Z; write 2026-11-01T14:30:00Z (the time in UTC), not 01.11.2026 14:30",
      "journey.comments[0].replies[0].createdAt: must be an ISO 8601 date and time such as 2026-11-22T10:00:00.000Z; write 2026-11-01T00:00:00Z (the time in UTC), not 2026-11-01",
    ]);
    expect(read(edit, "de")[0]).toBe(
      "journey.comments[0].createdAt: muss ein Zeitpunkt nach ISO 8601 sein, etwa 2026-11-22T10:00:00.000Z; schreiben Sie 2026-11-01T14:30:00Z (die Uhrzeit in UTC) statt 01.11.2026 14:30",
    );
    // A day that does not exist gets no hint.
    const impossible = (j: Record<string, unknown>) => {
      (j.comments as { createdAt: string }[])[0]!.createdAt = "30.02.2026, 9:15 Uhr";
    };
    expect(read(impossible)[0]).not.toContain("write");
  });

  it("names the allowed value meant by another case, a space or a dash", () => {
    const edit = (j: { cards: Record<string, unknown>[]; lanes?: unknown }) => {
      j.cards[1]!.channel = "E-Mail";
      (j.lanes as Record<string, unknown>[])[1]!.kind = "Touch Points";
      measured(j, { metric: "csat", direction: "Higher" });
    };
    expect(read(edit)).toEqual([
      'journey.lanes[1].kind: must be one of actions, touchpoints, thoughts, emotions, painPoints, opportunities, backstage; "Touch Points" is written "touchpoints"',
      'journey.cards[1].channel: must be one of web, app, email, phone, chat, branch, letter, social, field, kiosk, partner, other; "E-Mail" is written "email"',
      'journey.cards[3].measurement.metric: must be one of CSAT, CES, NPS, custom; "csat" is written "CSAT"',
      'journey.cards[3].measurement.direction: must be higher or lower; "Higher" is written "higher"',
    ]);
    expect(read(edit, "de")).toEqual([
      "journey.lanes[1].kind: muss einer dieser Werte sein: „actions“, „touchpoints“, „thoughts“, „emotions“, „painPoints“, „opportunities“, „backstage“; „Touch Points“ wird „touchpoints“ geschrieben",
      "journey.cards[1].channel: muss einer dieser Werte sein: „web“, „app“, „email“, „phone“, „chat“, „branch“, „letter“, „social“, „field“, „kiosk“, „partner“, „other“; „E-Mail“ wird „email“ geschrieben",
      "journey.cards[3].measurement.metric: muss einer dieser Werte sein: „CSAT“, „CES“, „NPS“, „custom“; „csat“ wird „CSAT“ geschrieben",
      "journey.cards[3].measurement.direction: muss „higher“ oder „lower“ sein; „Higher“ wird „higher“ geschrieben",
    ]);
  });

  it("names the allowed value meant by a plural, a slip of a letter or a word people use for it", () => {
    const edit = (j: { cards: Record<string, unknown>[]; lanes?: unknown }) => {
      const lanes = j.lanes as Record<string, unknown>[];
      lanes[0]!.kind = "action";
      lanes[1]!.kind = "Kontaktpunkte";
      lanes[2]!.kind = "emotion";
      j.cards[1]!.channel = "Telefon";
      measured(j, { metric: "Net Promoter Score", direction: "up" });
    };
    expect(read(edit)).toEqual([
      'journey.lanes[0].kind: must be one of actions, touchpoints, thoughts, emotions, painPoints, opportunities, backstage; did you mean "actions"?',
      'journey.lanes[1].kind: must be one of actions, touchpoints, thoughts, emotions, painPoints, opportunities, backstage; did you mean "touchpoints"?',
      'journey.lanes[2].kind: must be one of actions, touchpoints, thoughts, emotions, painPoints, opportunities, backstage; did you mean "emotions"?',
      'journey.cards[1].channel: must be one of web, app, email, phone, chat, branch, letter, social, field, kiosk, partner, other; did you mean "phone"?',
      'journey.cards[3].measurement.metric: must be one of CSAT, CES, NPS, custom; did you mean "NPS"?',
      'journey.cards[3].measurement.direction: must be higher or lower; did you mean "higher"?',
    ]);
    expect(read(edit, "de")[3]).toBe(
      "journey.cards[1].channel: muss einer dieser Werte sein: „web“, „app“, „email“, „phone“, „chat“, „branch“, „letter“, „social“, „field“, „kiosk“, „partner“, „other“; gemeint ist wohl „phone“",
    );
  });

  it("guesses nothing where no allowed value is plainly meant", () => {
    const edit = (j: { cards: Record<string, unknown>[]; lanes?: unknown }) => {
      (j.lanes as Record<string, unknown>[])[0]!.kind = "planet";
      j.cards[1]!.channel = "pigeon";
      measured(j, { metric: "XYZ" });
    };
    for (const line of read(edit)) expect(line).not.toMatch(/did you mean|is written/);
  });

  it("names a missing field's name written in another case, in the record and for the journey itself", () => {
    const edit = (j: { cards: Record<string, unknown>[] }) => {
      const card = j.cards[0]!;
      card.stageID = card.stageId;
      card.Title = "Ich lese die Erinnerung „Ihre Police läuft ab“";
      delete card.stageId;
      delete card.title;
    };
    expect(read(edit)).toEqual([
      'journey.cards[0].stageId: is required; found "stageID" instead (field names are case-sensitive)',
      'journey.cards[0].title: is required; found "Title" instead (field names are case-sensitive)',
    ]);
    expect(read(edit, "de")).toEqual([
      "journey.cards[0].stageId: ist erforderlich; gefunden wurde „stageID“ (bei Feldnamen zählt die Groß- und Kleinschreibung)",
      "journey.cards[0].title: ist erforderlich; gefunden wurde „Title“ (bei Feldnamen zählt die Groß- und Kleinschreibung)",
    ]);
    const { journey, ...header } = brokenTiny(() => {}) as Record<string, unknown>;
    expect(problems(parseJourneyText(JSON.stringify({ ...header, Journey: journey })))).toEqual([
      'journey: is required; found "Journey" instead (field names are case-sensitive)',
    ]);
  });

  it("says whose id a reference of the wrong kind is: a lane's as a stage, a stage's as a card", () => {
    const edit = (j: { cards: Record<string, unknown>[]; connections?: unknown }) => {
      j.cards[0]!.stageId = "ln_do";
      j.cards[0]!.laneId = "st_a";
      (j.connections as Record<string, unknown>[])[0]!.to = "st_b";
    };
    expect(read(edit)).toEqual([
      'journey.cards[0].stageId: unknown stage "ln_do"; that is the id of a lane',
      'journey.cards[0].laneId: unknown lane "st_a"; that is the id of a stage',
      'journey.connections[0].to: unknown card "st_b"; that is the id of a stage',
    ]);
    expect(read(edit, "de")).toEqual([
      "journey.cards[0].stageId: unbekannte Phase „ln_do“; das ist die ID einer Zeile",
      "journey.cards[0].laneId: unbekannte Zeile „st_a“; das ist die ID einer Phase",
      "journey.connections[0].to: unbekannte Karte „st_b“; das ist die ID einer Phase",
    ]);
  });

  it("says no more than before where nothing plain was meant", () => {
    const edit = (j: { cards: Record<string, unknown>[] }) => {
      j.cards[1]!.channel = "Brieftaube";
      j.cards[2]!.emotion = "negativ";
      measured(j, { target: "4,5 Sterne", observations: [{ date: "2026-11-01", value: 4, n: "zwölf" }] });
    };
    expect(read(edit)).toEqual([
      "journey.cards[1].channel: must be one of web, app, email, phone, chat, branch, letter, social, field, kiosk, partner, other",
      "journey.cards[2].emotion: must be a number",
      "journey.cards[3].measurement.target: must be a number",
      "journey.cards[3].measurement.observations[0].n: must be a number",
    ]);
  });

  it("shows an id a database counts (a whole number) as text in quotes, and only an id", () => {
    const edit = (j: { cards: Record<string, unknown>[]; connections: Record<string, unknown>[] }) => {
      j.cards[0]!.id = 10;
      j.cards[1]!.title = 2026;
      j.cards[2]!.id = 1.5;
      j.connections[0]!.from = 11;
    };
    expect(read(edit as never)).toEqual([
      'journey.cards[0].id: must be a string; write "10", in quotes',
      "journey.cards[1].title: must be a string",
      "journey.cards[2].id: must be a string",
      'journey.connections[0].from: must be a string; write "11", in quotes',
    ]);
    expect(read(edit as never, "de")[0]).toBe(
      'journey.cards[0].id: muss Text sein; schreiben Sie "10" in Anführungszeichen',
    );
  });

  it("names the first character an id cannot hold: a quote, a slash, a space, a tab (as JSON writes it)", () => {
    const edit = (j: { cards: Record<string, unknown>[] }) => {
      j.cards[0]!.id = "prüfung\u201Ceins";
      j.cards[2]!.id = "awareness/1";
      j.cards[4]!.id = "ärger\tzwei";
      j.cards[4]!.laneId = "Zeile 1";
    };
    expect(read(edit)).toEqual([
      'journey.cards[0].id: may only hold letters, digits and _ . : -; "\u201C" cannot be in an id',
      'journey.cards[2].id: may only hold letters, digits and _ . : -; "/" cannot be in an id',
      'journey.cards[4].id: may only hold letters, digits and _ . : -; "\\u0009" cannot be in an id',
      'journey.cards[4].laneId: may only hold letters, digits and _ . : -; " " cannot be in an id',
    ]);
    expect(read(edit, "de")[0]).toBe(
      "journey.cards[0].id: darf nur Buchstaben, Ziffern und _ . : - enthalten; „\u201C“ darf in keiner ID stehen",
    );
  });

  it("takes letters and digits of any script in an id, with combining marks", () => {
    const edit = (j: { cards: Record<string, unknown>[] }) => {
      j.cards[0]!.id = "prüfung";
      j.cards[2]!.id = "pru\u0308fung-2";
      j.cards[4]!.id = "phase_ü1:ß.ēž-Ωπ-日本-١٢";
    };
    expect(parseJourneyText(JSON.stringify(brokenTiny(edit))).ok).toBe(true);
  });

  it("shows a day written year first with slashes or without a leading zero, and true or false in quotes, as JSON writes them", () => {
    const edit = (j: { cards: Record<string, unknown>[] } & Record<string, unknown>) => {
      measured(j, {
        observations: [
          { date: "2026/11/01", value: 4 },
          { date: "2026-11-1", value: 4 },
          { date: "2026/02/30", value: 4 },
        ],
      });
      j["comments"] = [
        {
          id: "cm_a",
          anchor: { kind: "map" },
          author: "Jörg",
          text: "Bitte prüfen",
          createdAt: "2026-11-20T08:00:00Z",
          resolved: "False",
          replies: [],
        },
      ];
    };
    expect(read(edit as never)).toEqual([
      "journey.cards[3].measurement.observations[0].date: must be a real date written YYYY-MM-DD; write 2026-11-01, not 2026/11/01",
      "journey.cards[3].measurement.observations[1].date: must be a real date written YYYY-MM-DD; write 2026-11-01, not 2026-11-1",
      "journey.cards[3].measurement.observations[2].date: must be a real date written YYYY-MM-DD",
      "journey.comments[0].resolved: must be true or false; write false, without quotes",
    ]);
    expect(read(edit as never, "de").at(-1)).toBe(
      "journey.comments[0].resolved: muss true oder false sein; schreiben Sie false ohne Anführungszeichen",
    );
  });
});
