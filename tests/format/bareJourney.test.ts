// A journey written without the file around it (a script's own data, or the inside of a file copied out) is refused
// as before, with the sentence saying how to wrap it; a file of another format is refused as before.
import { parseJourneyText } from "../../src/format";

const bare = JSON.stringify({
  id: "j",
  title: "Schaden melden",
  stages: [{ id: "s", name: "Melden" }],
  lanes: [{ id: "l", name: "Tun", kind: "actions" }],
  cards: [],
  connections: [],
});

describe("a journey without the file around it", () => {
  it("is refused saying how to wrap it, at the path format", () => {
    const result = parseJourneyText(bare);
    expect(result.ok || { error: result.error, issues: result.issues }).toEqual({
      error:
        'This is not an Outside-In journey file: format must be "outside-in.journey". It holds a journey without the file around it: put it under "journey", beside "format": "outside-in.journey" and "version": 1.',
      issues: [{ path: "format", message: 'must be "outside-in.journey"' }],
    });
  });

  it("is told in German too", () => {
    const result = parseJourneyText(bare, { language: "de" });
    expect(result.ok || result.error).toMatch(
      /Setzen Sie sie unter "journey", neben "format": "outside-in.journey" und "version": 1\.$/,
    );
  });

  it("leaves another format's file and a file with a wrong format field as they were told", () => {
    for (const text of [
      '{"type":"miro.board","items":[]}',
      '{"format":"x","version":1,"journey":{}}',
      '{"stages":3}',
    ]) {
      const result = parseJourneyText(text);
      expect(result.ok || result.error).toBe(
        'This is not an Outside-In journey file: format must be "outside-in.journey".',
      );
    }
  });
});
