// @vitest-environment jsdom
import { render, screen } from "@testing-library/react";
import { CardView } from "../../src/canvas";
import { initI18n } from "../../src/i18n";

beforeAll(() => {
  initI18n("en");
});

describe("a card on the canvas", () => {
  it("shows its moment-of-truth and signature marks and its metric with target and latest value", () => {
    render(
      <CardView
        laneKind="touchpoints"
        card={{
          id: "cd_1",
          stageId: "st_1",
          laneId: "ln_1",
          title: "I activate the SIM in the app",
          channel: "app",
          momentOfTruth: { reason: "First use" },
          signatureInteraction: { reason: "One tap" },
          measurement: {
            metric: "CSAT",
            target: 4.5,
            observations: [
              { date: "2026-09-01", value: 4.1 },
              { date: "2026-10-01", value: 4.3 },
            ],
          },
        }}
      />,
    );
    expect(screen.getByTestId("mark-mot")).toHaveAccessibleName("Moment of truth");
    expect(screen.getByTestId("mark-signature")).toHaveAccessibleName("Signature interaction");
    expect(screen.getByTestId("mark-mot").textContent).not.toBe(screen.getByTestId("mark-signature").textContent);
    const metric = screen.getByTestId("card-metric");
    expect(metric).toHaveTextContent("CSAT");
    expect(metric).toHaveTextContent("target 4.5");
    expect(metric).toHaveTextContent("latest 4.3");
    expect(screen.getByText("App")).toBeInTheDocument();
  });

  it("shows no marks on an ordinary card and says when a touchpoint has no measurement point", () => {
    render(<CardView laneKind="touchpoints" card={{ id: "cd_2", stageId: "s", laneId: "l", title: "Letter" }} />);
    expect(screen.queryByTestId("mark-mot")).toBeNull();
    expect(screen.queryByTestId("mark-signature")).toBeNull();
    expect(screen.getByText("No measurement point yet")).toBeInTheDocument();
  });

  it("renders a title with markup literally, as text", () => {
    const title = "<img src=x onerror=alert(1)>";
    const { container } = render(
      <CardView laneKind="actions" card={{ id: "cd_3", stageId: "s", laneId: "l", title }} />,
    );
    expect(screen.getByTestId("card-title").textContent).toBe(title);
    expect(container.querySelector("img")).toBeNull();
  });
});
