// `check` on the audit's journey files: every rule of CONTRACT section 5 fires exactly where the file asks for it
// (and nowhere else), in English and German, as JSON and as lines, and the command exits 0 whatever it finds.
import { runInProcess } from "../cli/inProcess";
import { UNSEEN_NAMES, unseenPath, type UnseenName } from "./unseenFixtures";

type Found = { rule: string; severity: string; targetId: string; message: string };

const many = ["k06", "k07", "k08", "k12", "k13", "k14", "k15", "k18", "k23", "k24", "k26", "k27", "k28", "k29"];

/** [rule, targetId] of every finding, in the order the checks report them (rule order, then map order). */
const EXPECTED: Record<UnseenName, [string, string][]> = {
  "motor-claim-measured.de.journey.json": [
    ["channel-break", "p3"],
    ["channel-break", "p5"],
  ],
  "b2b-onboarding-12-stages.en.journey.json": [
    ["channel-break", "P02"],
    ["channel-break", "P06"],
    ["channel-break", "P07"],
    ["channel-break", "P08"],
  ],
  "one-stage-one-card.journey.json": [],
  "no-optional-fields.journey.json": [
    ["touchpoint-without-measurement", "c2"],
    ["touchpoint-without-measurement", "c4"],
    ["touchpoint-without-channel", "c2"],
    ["touchpoint-without-channel", "c4"],
    ["stage-without-customer-goal", "s1"],
    ["stage-without-customer-goal", "s2"],
    ["stage-without-customer-goal", "s3"],
    ["no-journey-owner", "bare"],
  ],
  "limits.de.journey.json": [
    ["touchpoint-without-measurement", "card-2"],
    ["touchpoint-without-channel", "card-2"],
  ],
  "unicode-rtl.journey.json": [["channel-break", "uc1"]],
  "many-connections.en.journey.json": [
    ["touchpoint-without-channel", "tp_nochannel"],
    ...[...many, "k30", "k31"].map((id): [string, string] => ["channel-break", id]),
  ],
  "every-rule.en.journey.json": [
    ["touchpoint-without-measurement", "c_nomeas"],
    ["touchpoint-without-channel", "c_nochan"],
    ["moment-of-truth-unmeasured", "c_mot_none"],
    ["moment-of-truth-unmeasured", "c_mot_notarget"],
    ["inside-out-language", "c_inside"],
    ["inside-out-language", "c_system"],
    ["channel-break", "x_break"],
    ["too-many-signature-interactions", "j_rules"],
    ["stage-without-customer-goal", "st_nogoal"],
    ["emotion-low-without-opportunity", "st_nogoal"],
    ["emotion-low-without-opportunity", "st_low"],
    ["no-journey-owner", "j_rules"],
  ],
  "every-rule.de.journey.json": [
    ["touchpoint-without-measurement", "d5"],
    ["touchpoint-without-measurement", "d6"],
    ["touchpoint-without-channel", "d6"],
    ["moment-of-truth-unmeasured", "d9"],
    ["moment-of-truth-unmeasured", "d10"],
    ["inside-out-language", "d2"],
    ["inside-out-language", "d9"],
    ["channel-break", "v1"],
    ["too-many-signature-interactions", "j_regeln"],
    ["stage-without-customer-goal", "s_b"],
    ["emotion-low-without-opportunity", "s_b"],
    ["no-journey-owner", "j_regeln"],
  ],
};

async function checkJson(name: string): Promise<Found[]> {
  const run = await runInProcess("check", unseenPath(name), "--json");
  expect(run.code).toBe(0);
  expect(run.err).toEqual([]);
  return JSON.parse(run.out.join("\n")) as Found[];
}

describe("check on the audit's journey files", () => {
  it.each(UNSEEN_NAMES)("finds in %s exactly what the file was written to show", async (name) => {
    const findings = await checkJson(name);
    expect(findings.map((f) => [f.rule, f.targetId])).toEqual(EXPECTED[name]);
    for (const f of findings) {
      expect(Object.keys(f)).toEqual(["rule", "severity", "targetId", "message"]);
      expect(f.severity).toBe(f.rule === "moment-of-truth-unmeasured" ? "error" : "warning");
      expect(f.message).not.toBe("");
    }
  });

  it("fires every rule id of the contract in the English and the German file", async () => {
    const rules = [
      "touchpoint-without-measurement",
      "touchpoint-without-channel",
      "moment-of-truth-unmeasured",
      "inside-out-language",
      "channel-break",
      "too-many-signature-interactions",
      "stage-without-customer-goal",
      "emotion-low-without-opportunity",
      "no-journey-owner",
    ];
    for (const name of ["every-rule.en.journey.json", "every-rule.de.journey.json"] as const) {
      expect([...new Set(EXPECTED[name].map(([rule]) => rule))]).toEqual(rules);
    }
  });

  it("words the German file's findings in German, naming its cards with their umlauts and quotes", async () => {
    const byTarget = new Map(
      (await checkJson("every-rule.de.journey.json")).map((f) => [`${f.rule} ${f.targetId}`, f]),
    );
    expect(byTarget.get("inside-out-language d2")?.message).toContain("„Der Sachbearbeiter prüft“");
    expect(byTarget.get("inside-out-language d9")?.message).toContain("„Wir prüfen“");
    expect(byTarget.get("channel-break v1")?.message).toContain("(Web) zu „Ich gehe zur Filiale und unterschreibe“");
    expect(byTarget.get("no-journey-owner j_regeln")?.message).toContain("Hausratversicherung");
  });

  it("names the company's phrases the contract lists: we send, the system processes", async () => {
    const byTarget = new Map((await checkJson("every-rule.en.journey.json")).map((f) => [f.targetId, f.message]));
    expect(byTarget.get("c_inside")).toContain('"We send"');
    expect(byTarget.get("c_system")).toContain('"The system processes"');
  });

  it("prints one line per finding without --json, and says so when there is none", async () => {
    const run = await runInProcess("check", unseenPath("every-rule.en.journey.json"));
    expect(run.code).toBe(0);
    expect(run.out).toHaveLength(EXPECTED["every-rule.en.journey.json"].length);
    expect(run.out[6]).toBe(
      'warning channel-break x_break: The path from "I pay in the app" (App) to "I get the policy by post" (Letter) forces the customer to switch from App to Letter.',
    );
    const none = await runInProcess("check", unseenPath("one-stage-one-card.journey.json"));
    expect(none).toEqual({ code: 0, out: [`${unseenPath("one-stage-one-card.journey.json")}: no findings`], err: [] });
  });
});
