// The checks name every channel as the editor's channel list does (Web, not website), in English and German: in a
// channel break and in the fix of a touchpoint without channel.
import { CHANNELS, type Channel } from "../../src/doc";
import { messagesFor } from "../../src/checks/messages";
import en from "../../src/i18n/en.json";
import de from "../../src/i18n/de.json";
import { connect, findings, journey, touchpoint } from "./helpers";

function breakMessage(from: Channel, to: Channel, language: "en" | "de") {
  const a = touchpoint("I fill in the form", { channel: from });
  const b = touchpoint("I sign the contract", { channel: to });
  const [f] = findings(journey({ cards: [a, b], connections: [connect(a, b)], language }), "channel-break");
  return f?.message;
}

describe("channel names in the checks", () => {
  it.each([
    ["en", en.channel],
    ["de", de.channel],
  ] as const)("are the editor's channel labels in %s, every one of them", (language, labels) => {
    const names = messagesFor(language).channelName;
    for (const channel of CHANNELS) expect([channel, names[channel]]).toEqual([channel, labels[channel]]);
  });

  it("name the web channel Web in a channel break, in English and German", () => {
    expect(breakMessage("web", "branch", "en")).toBe(
      'The path from "I fill in the form" (Web) to "I sign the contract" (Branch) forces the customer to switch from Web to Branch.',
    );
    expect(breakMessage("social", "field", "de")).toBe(
      "Der Weg von „I fill in the form“ (Soziale Medien) zu „I sign the contract“ (Außendienst) zwingt die Kundschaft, von Soziale Medien zu Außendienst zu wechseln.",
    );
  });

  it("name the channels of the editor's list in the fix of a touchpoint without channel", () => {
    expect(messagesFor("en")["touchpoint-without-channel"].fix).toBe(
      "Pick the channel the customer uses here (Web, App, Email, Phone, Letter, Branch, …).",
    );
    expect(messagesFor("de")["touchpoint-without-channel"].fix).toBe(
      "Den Kanal wählen, den die Kundschaft hier nutzt (Web, App, E-Mail, Telefon, Brief, Filiale, …).",
    );
  });
});
