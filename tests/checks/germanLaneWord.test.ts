// The German checks name a lane as the German editor does, „Zeile“ (Zeile hinzufügen, Zeile ohne Namen, the CSV's
// „Zeile“ column); the inside-out fix said „Spur“, a word the editor never shows.
import { messagesFor } from "../../src/checks/messages";

describe("the German check texts", () => {
  it("call a lane a Zeile, never a Spur", () => {
    const texts = Object.values(messagesFor("de")).flatMap((m) =>
      typeof m === "object" && m !== null && "fix" in m ? [m.why, m.fix] : [],
    );
    expect(texts.length).toBeGreaterThanOrEqual(9);
    for (const text of texts) expect(text).not.toMatch(/\bSpur\b/);
    expect(messagesFor("de")["inside-out-language"].fix).toContain("in die Zeile „Hinter den Kulissen“");
  });
});
