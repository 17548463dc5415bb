// The template an unknown id most likely means: by its id in another spelling, by its name, by its words in another
// order or form, a letter off, or a word of its German name; none when nothing is close or two are as close.
import { TEMPLATES } from "../../src/templates";
import { meantTemplate } from "../../src/templates/meantTemplate";

describe("the template an unknown id most likely means", () => {
  it.each([
    ["Motor Claim", { kind: "spelling", id: "motor-claim" }],
    ["PHONE_PLAN_SWITCH", { kind: "spelling", id: "phone-plan-switch" }],
    ["Girokonto eröffnen", { kind: "name", id: "bank-account-opening" }],
    ["Online purchase with return", { kind: "name", id: "online-purchase-return" }],
    ["open-bank-account", { kind: "close", id: "bank-account-opening" }],
    ["moter-claim", { kind: "close", id: "motor-claim" }],
    ["girokonto-eroeffnen", { kind: "close", id: "bank-account-opening" }],
    ["Tarifwechsel", { kind: "close", id: "phone-plan-switch" }],
    ["kfz-schaden", { kind: "close", id: "motor-claim" }],
    ["shoe-return", { kind: "close", id: "online-purchase-return" }],
  ])("reads %j as %j", (written, meant) => {
    expect(meantTemplate(written)).toEqual(meant);
  });

  it.each(["garden-party", "garden-party-return", "return-phone", "x", "", " - "])(
    "names none for %j, which is not close to one template",
    (written) => {
      expect(meantTemplate(written)).toBeUndefined();
    },
  );

  it("only names ids that are templates", () => {
    const ids = new Set(TEMPLATES.map((t) => t.id));
    for (const written of ["bank", "claims", "switch", "opening"]) {
      expect(ids.has(meantTemplate(written)?.id ?? "")).toBe(true);
    }
  });
});
