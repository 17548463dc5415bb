// The measurement plan as CSV: BOM, header, one row per measurement point and touchpoint, RFC 4180 quoting and a formula guard.
import { renderMeasurementCsv, touchpointsOf } from "../../src/export";
import { exampleJourney, generatedJourney, germanJourney, measuredEverywhereJourney } from "./helpers";
import { readCsv } from "../fixtures/csv";

describe("the measurement-plan CSV", () => {
  it("starts with a BOM and a header, then one row per touchpoint in map order", () => {
    const journey = exampleJourney();
    const csv = renderMeasurementCsv(journey);
    expect(csv.startsWith("\ufeff")).toBe(true);
    const [header, ...rows] = readCsv(csv.slice(1));
    expect(header).toEqual([
      "Stage",
      "Touchpoint",
      "Channel",
      "Metric",
      "Label",
      "Question",
      "Scale",
      "Target",
      "Direction",
      "Source",
      "Owner",
      "Frequency",
      "Latest value",
      "Latest date",
      "Lane",
      "Kind",
      "Latest n",
    ]);
    const tps = touchpointsOf(journey);
    expect(rows.map((r) => r[1])).toEqual(tps.map((t) => t.card.title));
    for (const r of rows) expect(r).toHaveLength(17);
  });

  it("has a row for every measurement point, whatever its lane, in map order and with its lane", () => {
    const rows = readCsv(renderMeasurementCsv(measuredEverywhereJourney()).slice(1)).slice(1);
    expect(rows.map((r) => [r[0], r[14], r[1], r[3], r[4]])).toEqual([
      ["Report", "What I do", "I tell a friend about my claim", "NPS", ""],
      ["Report", "Where I meet the brand", "I fill in the online form", "CSAT", ""],
      ["Settlement", "Where I meet the brand", "I get the payout letter", "CES", ""],
      ["Settlement", "Behind the scenes", "Claim file closed", "custom", "Days to settle"],
    ]);
    expect(rows[0]?.slice(5, 14)).toEqual([
      "How likely are you to recommend us?",
      "0-10",
      "30",
      "",
      "",
      "",
      "",
      "24",
      "2026-10-01",
    ]);
    expect(rows[3]?.slice(7, 10)).toEqual(["10", "lower", "Claims system"]);
  });

  it("keeps a row for a touchpoint without a measurement point, and none for other unmeasured cards", () => {
    const base = measuredEverywhereJourney();
    const journey = {
      ...base,
      cards: [
        ...base.cards,
        { id: "c_open", stageId: "st_settle", laneId: "ln_tp", title: "I call the hotline", channel: "phone" as const },
        { id: "c_do", stageId: "st_settle", laneId: "ln_do", title: "I check my account" },
      ],
    };
    const rows = readCsv(renderMeasurementCsv(journey).slice(1)).slice(1);
    expect(rows.map((r) => r[1])).toEqual([
      "I tell a friend about my claim",
      "I fill in the online form",
      "I get the payout letter",
      "I call the hotline",
      "Claim file closed",
    ]);
    expect(rows[3]?.slice(2, 4)).toEqual(["phone", ""]);
  });

  it("writes the measurement fields and the latest observation", () => {
    const csv = renderMeasurementCsv(germanJourney());
    const [header, first, second] = readCsv(csv.slice(1));
    expect(header?.[0]).toBe("Phase");
    expect(header?.[14]).toBe("Zeile");
    expect(first).toEqual([
      "Schaden melden",
      "„Ich melde den Schaden“ in der App",
      "app",
      "CES",
      "",
      "Wie einfach war die Meldung?",
      "1-7",
      "5.5",
      "higher",
      "",
      "",
      "",
      "",
      "",
      "Wo ich die Marke erlebe",
      "",
      "",
    ]);
    expect(second?.slice(0, 2)).toEqual(["Erstattung", "Ich erhalte 12,50 € Selbstbeteiligung zurück – schön groß"]);
    expect(second?.slice(-5)).toEqual(["3.75", "2026-11-01", "Wo ich die Marke erlebe", "", ""]);
  });

  it("quotes commas, quotes and line breaks so every cell reads back exactly", () => {
    const base = exampleJourney();
    const title = 'I say "hi", then\nleave';
    const journey = { ...base, cards: base.cards.map((c, i) => (i === 1 ? { ...c, title } : c)) };
    const rows = readCsv(renderMeasurementCsv(journey).slice(1));
    expect(rows.map((r) => r[1])).toContain(title);
  });

  it("guards cells that a spreadsheet would run as a formula but leaves negative numbers alone", () => {
    const base = exampleJourney();
    const journey = {
      ...base,
      cards: base.cards.map((c, i) =>
        i === 1
          ? {
              ...c,
              title: '=HYPERLINK("http://x")',
              measurement: {
                metric: "custom" as const,
                label: "@SUM(A1)",
                target: -3.5,
                source: "+1 cmd",
                owner: "-x",
              },
            }
          : c,
      ),
    };
    const row = readCsv(renderMeasurementCsv(journey).slice(1)).find((r) => r[1]?.includes("HYPERLINK"));
    expect(row?.[1]).toBe('\'=HYPERLINK("http://x")');
    expect(row?.[4]).toBe("'@SUM(A1)");
    expect(row?.[7]).toBe("-3.5");
    expect(row?.[9]).toBe("'+1 cmd");
    expect(row?.[10]).toBe("'-x");
  });

  it("has one row for each of 480 touchpoints", () => {
    const rows = readCsv(renderMeasurementCsv(generatedJourney(480)).slice(1));
    expect(rows).toHaveLength(481);
    expect(new Set(rows.slice(1).map((r) => r[1])).size).toBe(480);
  });
});
