// A step of the customer's path from the selected card, added without a mouse: pick the card the customer goes to
// next and press Add step. On the map a path is drawn by dragging from a card's dot, which a keyboard cannot do.
import { useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Card } from "../../doc";
import { connect } from "../../doc/ops";
import { useMapStore } from "../../store";

/** The map's cards, read only while the list is in use: a 2,000-card map must not draw 2,000 options per selection. */
const NO_CARDS: readonly Card[] = [];

export function NextStepField({ card }: { card: Card }) {
  const { t } = useTranslation();
  const id = useId();
  const run = useMapStore((s) => s.actions.run);
  // The options are drawn once the list takes the focus (a click focuses it before it opens), and dropped when it is
  // left with nothing chosen.
  const [inUse, setInUse] = useState(false);
  const stages = useMapStore((s) => s.journey.stages);
  const lanes = useMapStore((s) => s.journey.lanes);
  const cards = useMapStore((s) => (inUse ? s.journey.cards : NO_CARDS));
  const connections = useMapStore((s) => s.journey.connections);
  const [to, setTo] = useState("");
  const [said, setSaid] = useState("");
  const list = useRef<HTMLSelectElement>(null);
  // Cards this one already leads to are not offered again, nor the card itself (the map refuses both).
  const linked = new Set(connections.filter((c) => c.from === card.id).map((c) => c.to));
  const laneName = new Map(lanes.map((l) => [l.id, l.name]));
  const laneAt = new Map(lanes.map((l, i) => [l.id, i]));
  const offered = (stageId: string) =>
    cards
      .filter((c) => c.stageId === stageId && c.id !== card.id && !linked.has(c.id))
      .sort((a, b) => (laneAt.get(a.laneId) ?? 0) - (laneAt.get(b.laneId) ?? 0));
  const target = cards.find((c) => c.id === to && c.id !== card.id && !linked.has(c.id));
  const add = () => {
    if (!target) return;
    const made = run((doc) => connect(doc, card.id, target.id));
    if (made === undefined) return;
    setTo("");
    setSaid(t("inspector.nextStepAdded", { from: card.title, to: target.title }));
    // The button goes disabled with nothing chosen: the keyboard goes back to the list, for the next step.
    list.current?.focus();
  };
  return (
    <div className="field next-step">
      <label htmlFor={id}>{t("inspector.nextStep")}</label>
      <select
        ref={list}
        id={id}
        value={target ? to : ""}
        onFocus={() => setInUse(true)}
        onBlur={() => setInUse(to !== "")}
        onChange={(e) => setTo(e.target.value)}
      >
        <option value="">{t("inspector.nextStepChoose")}</option>
        {stages.map((stage) => {
          const list = offered(stage.id);
          if (list.length === 0) return null;
          return (
            <optgroup key={stage.id} label={stage.name}>
              {list.map((c) => (
                <option key={c.id} value={c.id}>
                  {`${laneName.get(c.laneId) ?? ""} · ${c.title}`}
                </option>
              ))}
            </optgroup>
          );
        })}
      </select>
      <button type="button" disabled={!target} onClick={add}>
        {t("inspector.nextStepAdd")}
      </button>
      {/* A live region without the status role: the inspector's own status (the signature limit, a colleague's
          change) stays the one status there. */}
      <p className="visually-hidden" aria-live="polite" data-testid="next-step-said">
        {said}
      </p>
    </div>
  );
}
