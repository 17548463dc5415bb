// channel-break: connections between touchpoints whose channels force a switch of medium, named with both channels.
import type { Channel } from "../../src/doc";
import { isChannelBreak } from "../../src/checks";
import { card, connect, findings, journey, touchpoint } from "./helpers";

function pathOf(from: Channel, to: Channel, language?: string) {
  const a = touchpoint(`I use ${from}`, { channel: from });
  const b = touchpoint(`Then I use ${to}`, { channel: to });
  const parts = { cards: [a, b], connections: [connect(a, b, "cn-1")] };
  return findings(journey(language === undefined ? parts : { ...parts, language }), "channel-break");
}

describe("channel-break", () => {
  it("finds an online form followed by a branch visit and names both channels", () => {
    const [f, ...rest] = pathOf("web", "branch");
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ targetId: "cn-1", targetKind: "connection", severity: "warning" });
    expect(f?.message).toBe(
      'The path from "I use web" (Web) to "Then I use branch" (Branch) forces the customer to switch from Web to Branch.',
    );
  });

  it("names the channels in German on a German map", () => {
    const [f] = pathOf("app", "letter", "de");
    expect(f?.message).toContain("von App zu Brief");
  });

  it("names field service as the editor's channel list does, in English and German", () => {
    expect(pathOf("web", "field")[0]?.message).toContain("from Web to Field service");
    expect(pathOf("web", "field", "de")[0]?.message).toContain("von Web zu Außendienst");
  });

  it.each<[Channel, Channel]>([
    ["web", "letter"],
    ["app", "letter"],
    ["email", "branch"],
    ["chat", "phone"],
    ["phone", "letter"],
    ["phone", "branch"],
    ["letter", "branch"],
    ["web", "field"],
    ["app", "kiosk"],
    // The other way round: back from a call, the post or a place to a screen, or on to another medium.
    ["branch", "web"],
    ["letter", "app"],
    ["branch", "app"],
    ["kiosk", "web"],
    ["letter", "phone"],
    ["branch", "phone"],
    ["branch", "letter"],
    ["field", "letter"],
  ])("finds %s → %s", (from, to) => {
    expect(pathOf(from, to)).toHaveLength(1);
  });

  it.each<[Channel, Channel]>([
    ["web", "web"],
    ["letter", "letter"],
    ["branch", "branch"],
    ["web", "email"],
    ["app", "chat"],
    ["social", "web"],
    ["email", "web"],
    ["app", "app"],
    ["web", "email"],
    // A follow-up by email reaches the customer wherever they are: a call or a visit confirmed, a letter followed up.
    ["phone", "email"],
    ["branch", "email"],
    ["field", "email"],
    ["letter", "email"],
    // A call hands over to the screen of the phone the customer holds (the app link sent by text during the call).
    ["phone", "app"],
    ["phone", "web"],
    ["phone", "chat"],
    ["web", "partner"],
    ["other", "branch"],
  ])("leaves %s → %s alone", (from, to) => {
    expect(pathOf(from, to)).toEqual([]);
  });

  it("leaves connections that do not join two touchpoints alone", () => {
    const tp = touchpoint("I fill in the form online", { channel: "web" });
    const act = card("actions", "I go to the branch", { channel: "branch" });
    const j = journey({ cards: [tp, act], connections: [connect(tp, act)] });
    expect(findings(j, "channel-break")).toEqual([]);
  });

  it("leaves touchpoints without a channel to touchpoint-without-channel", () => {
    const a = touchpoint("I fill in the form online", { channel: "web" });
    const { channel: _channel, ...b } = touchpoint("I sign");
    const j = journey({ cards: [a, b], connections: [connect(a, b)] });
    expect(findings(j, "channel-break")).toEqual([]);
  });

  it("judges both directions: the app sending me to post and a letter sending me into the app both break", () => {
    expect(isChannelBreak("app", "letter")).toBe(true);
    expect(isChannelBreak("letter", "app")).toBe(true);
    expect(isChannelBreak("email", "web")).toBe(false);
    expect(isChannelBreak("phone", "email")).toBe(false);
  });

  it("names a switch back from a branch to a web form like any other, in English and German", () => {
    const [en] = pathOf("branch", "web");
    expect(en?.message).toBe(
      'The path from "I use branch" (Branch) to "Then I use web" (Web) forces the customer to switch from Branch to Web.',
    );
    const [de] = pathOf("branch", "web", "de");
    expect(de?.message).toContain("zwingt die Kundschaft, von Filiale zu Web zu wechseln.");
  });
});
