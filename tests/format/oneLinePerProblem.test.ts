// One line per problem: a value quoted from the file with a line break or a control character in it never splits a
// problem's line (nor reaches a terminal raw); a card title in a sentence reads as on the map, on one line.
import { formatIssue, parseJourneyText, type ParseResult } from "../../src/format";
import { nested } from "../fixtures/audit/deepFields";

const file = (journey: Record<string, unknown>) =>
  JSON.stringify({
    format: "outside-in.journey",
    version: 1,
    journey: {
      id: "j",
      title: "Schaden melden",
      language: "de",
      stages: [{ id: "s", name: "Melden" }],
      lanes: [{ id: "l", name: "Kontakt", kind: "touchpoints" }],
      cards: [
        { id: "a", stageId: "s", laneId: "l", title: "Ich rufe an\nund warte", channel: "phone" },
        { id: "b", stageId: "s", laneId: "l", title: "Ich gehe\r\nin die Filiale", channel: "branch" },
      ],
      connections: [],
      ...journey,
    },
  });

const lines = (result: ParseResult) => (result.ok ? [] : result.issues.map(formatIssue));

describe("one line per problem", () => {
  it("quotes two cards' titles on one line, as the map shows them", () => {
    const paths = [
      { id: "k1", from: "a", to: "b" },
      { id: "k2", from: "a", to: "b" },
    ];
    expect(lines(parseJourneyText(file({ connections: paths })))).toEqual([
      'journey.connections[1]: the same path as journey.connections[0] ("Ich rufe an und warte" → "Ich gehe in die Filiale")',
    ]);
  });

  it("writes a line break or an escape character in a quoted value as JSON writes it", () => {
    const text = file({
      lanes: [{ id: "l", name: "Kontakt", kind: "touch\npoints" }],
      cards: [
        { id: "a", stageId: "s", laneId: "l", title: "Ich rufe an", channel: "E-\r\nMail" },
        { id: "b", stageId: "s", laneId: "l", title: "Ich zahle", measurement: { metric: "N\u2028PS" } },
        { id: "c", stageId: "s", laneId: "l", title: "Ich lese", channel: "\u001b[31mweb" },
      ],
    });
    const found = lines(parseJourneyText(text));
    expect(found).toEqual([
      'journey.lanes[0].kind: must be one of actions, touchpoints, thoughts, emotions, painPoints, opportunities, backstage; "touch\\npoints" is written "touchpoints"',
      'journey.cards[0].channel: must be one of web, app, email, phone, chat, branch, letter, social, field, kiosk, partner, other; "E-\\r\\nMail" is written "email"',
      'journey.cards[1].measurement.metric: must be one of CSAT, CES, NPS, custom; "N\\u2028PS" is written "NPS"',
      expect.stringMatching(/^journey\.cards\[2\]\.channel: must be one of web, .*other/),
    ]);
    // eslint-disable-next-line no-control-regex -- control characters are what it looks for
    for (const line of found) expect(line).not.toMatch(/[\u0000-\u001f\u2028\u2029]/);
  });

  it("writes a line break in an unknown field's name as JSON writes it", () => {
    const found = lines(parseJourneyText(file({ ["x\ny"]: JSON.parse(nested(40)) as unknown })));
    expect(found).toEqual([
      "journey.x\\ny: is nested more than 32 levels deep, deeper than a map keeps an unknown field",
    ]);
  });

  it("writes a German date with a line break in it on one line, with its hint", () => {
    const text = file({
      cards: [
        {
          id: "a",
          stageId: "s",
          laneId: "l",
          title: "Ich rufe an",
          measurement: { metric: "CSAT", observations: [{ date: "01.11.\n2026", value: 4 }] },
        },
      ],
    });
    const [line, ...rest] = lines(parseJourneyText(text));
    expect(rest).toEqual([]);
    expect(line).toMatch(/^journey\.cards\[0\]\.measurement\.observations\[0\]\.date: .*01\.11\.\\n2026/);
  });
});
