// A card title written wholly in quote marks („Das geht ja schnell!“, "Fast!") is named once quoted in a finding,
// not in two pairs of marks; a title that holds quotations keeps them, in single marks inside the finding's own.
import { findings, journey, touchpoint } from "./helpers";

function measurementMessage(title: string, language?: string): string | undefined {
  const parts = { cards: [touchpoint(title, { measurement: undefined })] };
  const [f] = findings(
    journey(language === undefined ? parts : { ...parts, language }),
    "touchpoint-without-measurement",
  );
  return f?.message;
}

describe("quoted card titles in findings", () => {
  it("are quoted once, in German and English", () => {
    expect(measurementMessage("„Das geht ja schnell!“", "de")).toBe(
      "Der Kontaktpunkt „Das geht ja schnell!“ hat keinen Messpunkt.",
    );
    expect(measurementMessage('"That was fast!"')).toBe('The touchpoint "That was fast!" has no measurement point.');
    expect(measurementMessage("“That was fast!”")).toBe('The touchpoint "That was fast!" has no measurement point.');
    expect(measurementMessage("«Schnell»", "de")).toBe("Der Kontaktpunkt „Schnell“ hat keinen Messpunkt.");
  });

  it("keep quotations inside the title, in single marks so that no marks nest", () => {
    expect(measurementMessage("„Erst“ dann „jetzt“", "de")).toBe(
      "Der Kontaktpunkt „‚Erst‘ dann ‚jetzt‘“ hat keinen Messpunkt.",
    );
    expect(measurementMessage("Ich sage „ja“", "de")).toBe("Der Kontaktpunkt „Ich sage ‚ja‘“ hat keinen Messpunkt.");
    expect(measurementMessage('I read "plan A" twice')).toBe(
      "The touchpoint \"I read 'plan A' twice\" has no measurement point.",
    );
    // Marks of another kind take the inner marks too; a lone mark stays as it is.
    expect(measurementMessage("Ich lese “Tarif A”", "de")).toBe(
      "Der Kontaktpunkt „Ich lese ‚Tarif A‘“ hat keinen Messpunkt.",
    );
    expect(measurementMessage('"', "de")).toBe('Der Kontaktpunkt „"“ hat keinen Messpunkt.');
    expect(measurementMessage('My 27" screen')).toBe('The touchpoint "My 27" screen" has no measurement point.');
  });
});
