// The checks tab of the side panel: the map's live findings, most serious first and then in map
// order; each says what is wrong, why it matters and what to do (in the interface language, like the
// rest of the panel), and a click goes to its target.
import { useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Finding } from "../../checks";
import { updateCard } from "../../doc/ops";
import { useFindings, useMapStore } from "../../store";
import { useChecksFocus } from "./focusRequest";
import { groupFindings } from "./order";
import "./checks.css";

function isSelected(selection: Record<"cards" | "connections" | "stages" | "lanes", string[]>, f: Finding): boolean {
  switch (f.targetKind) {
    case "card":
      return selection.cards.includes(f.targetId);
    case "connection":
      return selection.connections.includes(f.targetId);
    case "stage":
      return selection.stages.includes(f.targetId);
    case "lane":
      return selection.lanes.includes(f.targetId);
    case "journey":
      return false;
  }
}

/** What a finding's neighbour in the list is found by once the finding is gone. */
const keyOf = (li: Element | undefined) =>
  li instanceof HTMLElement ? { rule: li.dataset["rule"] ?? "", target: li.dataset["target"] ?? "" } : null;

function FindingItem({
  finding,
  mapLanguage,
  onReworded,
}: {
  finding: Finding;
  mapLanguage: string;
  /** The card took the rewording; `next` is the finding the keyboard goes on to (this one leaves the list). */
  onReworded: (title: string, next: { rule: string; target: string } | null) => void;
}) {
  const { t, i18n } = useTranslation();
  const canEdit = useMapStore((s) => s.canEdit);
  const run = useMapStore((s) => s.actions.run);
  const item = useRef<HTMLLIElement>(null);
  // The customer-view rewording goes into the card's title in one step (Undo takes it back), for editors.
  const takeRewording = (title: string) => {
    const items = [...(item.current?.closest(".checks-panel")?.querySelectorAll("li.finding") ?? [])];
    const at = items.findIndex((li) => li === item.current);
    const next = keyOf(items[at + 1] ?? items[at - 1]);
    const done = run((doc) => {
      updateCard(doc, finding.targetId, { title });
      return true;
    });
    if (done) onReworded(title, next);
  };
  // The finding is worded in the interface language; its rewording is the card's own text, in the map's.
  const language = i18n.resolvedLanguage ?? i18n.language;
  const focusTarget = useMapStore((s) => s.actions.focusTarget);
  const current = useMapStore((s) => isSelected(s.ui.selection, finding));
  // The button is described by what to do: its title (a tooltip that repeats the message) was read after the message.
  const fixId = useId();
  const goTo = () =>
    focusTarget(
      finding.targetKind === "journey" ? { kind: "map" } : { kind: finding.targetKind, id: finding.targetId },
    );
  return (
    <li
      ref={item}
      className={`finding severity-${finding.severity}${current ? " current" : ""}`}
      data-testid="finding"
      data-rule={finding.rule}
      data-target={finding.targetId}
    >
      <button
        type="button"
        className="finding-go"
        onClick={goTo}
        aria-current={current ? "true" : undefined}
        title={t("checks.goTo", { message: finding.message })}
        aria-describedby={fixId}
      >
        <span className="finding-meta">
          <span className="finding-severity">{t(`checks.severityOne.${finding.severity}`)}</span>
          {" · "}
          <span>{t(`checks.target.${finding.targetKind}`)}</span>
        </span>
        <span className="finding-message" lang={language}>
          {finding.message}
        </span>
      </button>
      <dl className="finding-details">
        <dt>{t("checks.why")}</dt>
        <dd lang={language}>{finding.why}</dd>
        <dt>{t("checks.fix")}</dt>
        <dd lang={language} id={fixId}>
          {finding.fix}
        </dd>
        {finding.suggestion !== undefined && (
          <>
            <dt>{t("checks.suggestion")}</dt>
            <dd lang={mapLanguage} className="finding-suggestion" data-testid="finding-suggestion">
              {finding.suggestion}
            </dd>
          </>
        )}
      </dl>
      {finding.suggestion !== undefined && finding.targetKind === "card" && canEdit && (
        <button type="button" className="finding-use" onClick={() => takeRewording(finding.suggestion ?? "")}>
          {t("checks.useSuggestion")}
        </button>
      )}
    </li>
  );
}

export function ChecksPanel() {
  const { t } = useTranslation();
  const findings = useFindings();
  const journey = useMapStore((s) => s.journey);
  const mapLanguage = journey.language ?? "en";
  const groups = groupFindings(journey, findings);
  // Opened from the findings in the header, the panel takes the focus, so the keyboard goes on with the findings.
  const heading = useRef<HTMLHeadingElement>(null);
  useChecksFocus(heading);
  const list = useRef<HTMLElement>(null);
  const [said, setSaid] = useState("");
  // The finding whose rewording was taken leaves the list with the button pressed: the keyboard goes on to the next
  // finding (else the one before, else the heading), and what changed is said.
  const onReworded = (title: string, next: { rule: string; target: string } | null) => {
    setSaid(t("checks.suggestionUsed", { title }));
    requestAnimationFrame(() => {
      const active = document.activeElement;
      if (active !== null && active !== document.body && active.isConnected) return;
      const items = [...(list.current?.querySelectorAll<HTMLElement>("li.finding") ?? [])];
      const li = next && items.find((x) => x.dataset["rule"] === next.rule && x.dataset["target"] === next.target);
      (li?.querySelector<HTMLElement>(".finding-go") ?? heading.current)?.focus();
    });
  };
  return (
    <section className="checks-panel" data-testid="checks-panel" ref={list}>
      <h2 className="panel-title" ref={heading} tabIndex={-1}>
        {t("checks.title")}
      </h2>
      <p className="checks-intro">{t("checks.intro")}</p>
      <p className="checks-count" role="status" data-testid="checks-count">
        {findings.length === 0 ? t("checks.empty") : t("checks.count", { count: findings.length })}
      </p>
      <p className="visually-hidden" aria-live="polite" data-testid="checks-said">
        {said}
      </p>
      {groups.map((g) => (
        <section key={g.severity} className="finding-group" aria-label={t(`checks.severity.${g.severity}`)}>
          <h3>
            {t(`checks.severity.${g.severity}`)} ({g.findings.length})
          </h3>
          <ul className="finding-list">
            {g.findings.map((f) => (
              <FindingItem
                key={`${f.rule}:${f.targetId}`}
                finding={f}
                mapLanguage={mapLanguage}
                onReworded={onReworded}
              />
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
