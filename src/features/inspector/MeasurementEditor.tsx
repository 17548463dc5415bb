// The measurement point of a card: metric, question, scale, target, direction, source, owner,
// frequency, and the observed values.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { flushSync } from "react-dom";
import type { TFunction } from "i18next";
import { METRICS, defaultMeasurement, type Card, type Measurement, type Metric, type Observation } from "../../doc";
import { setMeasurement } from "../../doc/ops";
import { keptCardText, useMapStore, useMapStoreApi } from "../../store";
import { keptObservationText, keptTargetText } from "../../store/keptTexts";
import { formatDay, readDay, today, typedDay, type DayReading } from "./dates";
import { SelectField, TextField } from "./fields";
import { formatNumber, readNumber, readTarget, type NumberReading } from "./numbers";
import { hasRoomForObservation, observationLimitText, observationRefusedText } from "./observationRefusal";
import { offScale } from "./offScale";
import { scaleRange, withinScale } from "./scaleRange";
import { draftMemory } from "./unsavedDrafts";

/** The sentence refusing a typed number, or null when it reads as one. */
function problemOf(reading: NumberReading, text: string, language: string, t: TFunction, notNumber: string) {
  return reading.ok ? null : refusal(reading, text, language, t, notNumber);
}

/** Why a typed number cannot be taken; `notNumber` is the field's own sentence for text that is no number at all. */
function refusal(
  reading: Extract<NumberReading, { ok: false }>,
  text: string,
  language: string,
  t: TFunction,
  notNumber: string,
) {
  if (reading.problem !== "ambiguous")
    return reading.problem === "separators" ? t("measurement.numberSeparators") : notNumber;
  const { decimal, whole } = reading;
  return t("measurement.numberAmbiguous", {
    text: text.trim(),
    decimal: formatNumber(decimal, language),
    whole: formatNumber(whole, language),
  });
}

type Field = "date" | "value" | "n";

type Patch = { [K in keyof Measurement]?: Measurement[K] | undefined };

/** Why a typed day cannot be taken, as a sentence in the interface language. */
function dayRefusal(reading: Extract<DayReading, { ok: false }>, text: string, language: string, t: TFunction) {
  switch (reading.problem) {
    case "empty":
      return t("measurement.dateInvalid");
    case "format":
      return t("measurement.dateFormat");
    case "noSuchDay":
      return t("measurement.dateNoSuchDay", { text: text.trim() });
    case "ambiguous":
      return t("measurement.dateAmbiguous", {
        text: text.trim(),
        first: typedDay(reading.dayFirst, language),
        second: typedDay(reading.monthFirst, language),
      });
  }
}

/**
 * The scale after a change of metric: the new metric's usual one (0-10 for NPS) while the point holds the old
 * metric's usual one, which nobody chose (NPS on 1-5 misleads), else the scale as typed.
 */
function scaleFor(metric: Metric, m: Measurement): string | undefined {
  return m.scale === defaultMeasurement(m.metric).scale ? defaultMeasurement(metric).scale : m.scale;
}

/**
 * The observed values in the order of their days, each with its place in the map's list: one added later for an
 * earlier day (a September figure typed after November's) is listed where it belongs, not at the end.
 */
function byDay(observations: readonly Observation[]): { o: Observation; i: number }[] {
  return observations
    .map((o, i) => ({ o, i }))
    .sort((a, b) => (a.o.date < b.o.date ? -1 : a.o.date > b.o.date ? 1 : 0));
}

/**
 * How many of the latest observed values the list shows until all are asked for: a point measured daily for years
 * holds up to 1,000, and drawing them all (a row and a button each) made selecting its card slow.
 */
export const LATEST_OBSERVATIONS = 50;

/** What the observation form holds, as typed. */
export interface ObservationDraft {
  date: string;
  value: string;
  n: string;
}

/** The observation a draft reads as in `language`, or undefined when any of its parts does not. */
function observationOf(draft: ObservationDraft, language: string): Observation | undefined {
  const day = readDay(draft.date);
  if (!day.ok) return undefined;
  const value = readTarget(draft.value, language);
  if (!value.ok) return undefined;
  if (draft.n.trim() === "") return { date: day.iso, value: value.value };
  const n = readNumber(draft.n, language);
  if (!n.ok || !Number.isInteger(n.value) || n.value < 0) return undefined;
  return { date: day.iso, value: value.value, n: n.value };
}

/** A draft as one line to copy, written as the list of observed values shows one: "3 Dec 2026: 4.2 (n = 31)". */
function draftText(draft: ObservationDraft, language: string): string {
  const day = readDay(draft.date);
  const typed = draft.date.trim();
  const date = day.ok ? `${formatDay(day.iso, language)}: ` : typed === "" ? "" : `${typed}: `;
  const n = draft.n.trim() === "" ? "" : ` (n = ${draft.n.trim()})`;
  return `${date}${draft.value.trim()}${n}`;
}

/** Values typed and not added when the inspector moved on to another card, by card id, to be there on return. */
const observationDrafts = draftMemory<ObservationDraft>();

function ObservationForm({
  draftKey,
  onAdd,
  onLeftUnsaved,
}: {
  draftKey: string;
  onAdd: (o: { date: string; value: number; n?: number }) => string | null;
  /** Called when the form goes away holding a value or n that was typed and not added (its card was deleted). */
  onLeftUnsaved?: (draft: ObservationDraft) => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const [kept] = useState(() => observationDrafts.peek(draftKey));
  const [date, setDate] = useState(() => kept?.date ?? typedDay(today(), language));
  const [value, setValue] = useState(kept?.value ?? "");
  const [n, setN] = useState(kept?.n ?? "");
  // What the form holds when it goes away: a value or n typed and not added is handed to onLeftUnsaved, and kept
  // for when the card is selected again.
  const left = useRef({ draft: { date, value, n }, onLeftUnsaved, draftKey });
  useEffect(() => {
    left.current = { draft: { date, value, n }, onLeftUnsaved, draftKey };
  });
  useEffect(() => {
    const holds = left;
    observationDrafts.drop(holds.current.draftKey);
    return () => {
      const { draft, onLeftUnsaved: keep, draftKey: key } = holds.current;
      if (draft.value.trim() === "" && draft.n.trim() === "") return;
      keep?.(draft);
      observationDrafts.keep(key, draft);
    };
  }, []);
  // The refusal names the field it is about, and that field points at it (aria-invalid, aria-describedby).
  const [error, setError] = useState<{ field: Field; text: string } | null>(null);
  const errorId = useId();
  const add = () => {
    // A cleared, half-typed or ambiguous day is refused here with a sentence, not by the map.
    const day = readDay(date);
    if (!day.ok) return setError({ field: "date", text: dayRefusal(day, date, language, t) });
    // Read as a target is: an observed share is typed with its percent sign as often as its target ("87 %").
    const read = readTarget(value, language);
    if (!read.ok) {
      return setError({ field: "value", text: refusal(read, value, language, t, t("measurement.valueInvalid")) });
    }
    const v = read.value;
    const readN = n.trim() === "" ? undefined : readNumber(n, language);
    if (readN?.ok === false) {
      return setError({ field: "n", text: refusal(readN, n, language, t, t("measurement.nInvalid")) });
    }
    const count = readN?.value;
    if (count !== undefined && (!Number.isInteger(count) || count < 0))
      return setError({ field: "n", text: t("measurement.nInvalid") });
    const problem = onAdd(count === undefined ? { date: day.iso, value: v } : { date: day.iso, value: v, n: count });
    setError(problem === null ? null : { field: "value", text: problem });
    if (!problem) {
      setValue("");
      setN("");
    }
  };
  const tie = (field: Field) => (error?.field === field ? { "aria-invalid": true, "aria-describedby": errorId } : {});
  // Enter adds the value from any of the form's fields, as it saves the inspector's other fields.
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "Enter") {
      e.preventDefault();
      add();
    }
  };
  return (
    <div className="observation-form">
      <input
        type="text"
        // Ten characters (TT.MM.JJJJ): at the 20 a text field takes by default, the form was wider than the panel.
        size={10}
        aria-label={t("measurement.date")}
        placeholder={t("measurement.datePlaceholder")}
        {...tie("date")}
        value={date}
        onChange={(e) => setDate(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <input
        type="text"
        inputMode="decimal"
        aria-label={t("measurement.value")}
        placeholder={t("measurement.value")}
        {...tie("value")}
        value={value}
        onChange={(e) => setValue(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <input
        type="text"
        inputMode="numeric"
        aria-label={t("measurement.n")}
        placeholder="n"
        {...tie("n")}
        value={n}
        onChange={(e) => setN(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <button type="button" onClick={add}>
        {t("measurement.addObservation")}
      </button>
      {error && (
        <p className="field-error" role="alert" id={errorId}>
          {error.text}
        </p>
      )}
    </div>
  );
}

export function MeasurementEditor({ card }: { card: Card }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const canEdit = useMapStore((s) => s.canEdit);
  const run = useMapStore((s) => s.actions.run);
  const keepIfDeleted = useMapStore((s) => s.actions.keepIfDeleted);
  const storeApi = useMapStoreApi();
  const m = card.measurement;
  const readOnly = !canEdit;
  // Adding or removing the point replaces the button that was pressed: the focus goes on to the first control
  // of what is now shown, not back to the top of the page.
  const section = useRef<HTMLElement>(null);
  const [moveFocus, setMoveFocus] = useState(false);
  useEffect(() => {
    if (!moveFocus) return;
    setMoveFocus(false);
    section.current?.querySelector<HTMLElement>("select, button")?.focus();
  }, [moveFocus, m]);
  // Removing an observed value takes its button away: the focus goes to the value now in its place (else the last
  // one, else the day to type). On the page's body, the next Backspace or Delete deleted the card.
  const list = useRef<HTMLUListElement>(null);
  const [refocusAt, setRefocusAt] = useState<number | null>(null);
  // All the observed values, once asked for; the button that asked goes away, so the keyboard goes to the list.
  const [allShown, setAllShown] = useState(false);
  const showAll = () => {
    flushSync(() => setAllShown(true));
    list.current?.focus();
  };
  useEffect(() => {
    if (refocusAt === null) return;
    setRefocusAt(null);
    const buttons = [...(list.current?.querySelectorAll<HTMLElement>("button") ?? [])];
    const next = buttons[Math.min(refocusAt, buttons.length - 1)];
    (next ?? section.current?.querySelector<HTMLElement>(".observation-form input"))?.focus();
  }, [refocusAt, m]);
  // What adding or removing an observed value did, said once (the list changes where the keyboard is not).
  const [said, setSaid] = useState("");
  const targetNoteId = useId();

  if (!m) {
    return (
      <section ref={section} className="inspector-section" aria-label={t("measurement.title")}>
        <h3>{t("measurement.title")}</h3>
        <p className="hint">{t("measurement.none")}</p>
        {canEdit && (
          <button
            type="button"
            onClick={() => {
              run((doc) => setMeasurement(doc, card.id, defaultMeasurement()));
              setMoveFocus(true);
            }}
          >
            {t("measurement.add")}
          </button>
        )}
      </section>
    );
  }

  const save = (patch: Patch) => {
    const next = { ...m, ...patch } as Measurement;
    for (const key of Object.keys(next) as (keyof Measurement)[]) if (next[key] === undefined) delete next[key];
    run((doc) => setMeasurement(doc, card.id, next));
  };
  const text = (key: "label" | "question" | "scale" | "source" | "owner" | "frequency") => (value: string) =>
    save({ [key]: value.trim() === "" ? undefined : value });
  // Text typed into a field when someone deletes the card is kept (store keptTexts), not dropped with the form.
  const kept = (key: "label" | "question" | "scale" | "source" | "owner" | "frequency") => (value: string) =>
    keepIfDeleted(keptCardText(card, `measurement.${key}`, value));
  const observations = m.observations ?? [];
  const valueOf = (o: Observation) => ({ value: formatNumber(o.value, language), date: formatDay(o.date, language) });
  // Two values of one day are told apart by their value; one alone on its day by its day, as before.
  const perDay = new Map<string, number>();
  for (const o of observations) perDay.set(o.date, (perDay.get(o.date) ?? 0) + 1);
  const sharesDay = (o: Observation) => (perDay.get(o.date) ?? 0) > 1;
  // A target or observed value off the point's scale (7 on 1-5, an NPS of 150) is a typo: refused with a sentence.
  const range = scaleRange(m.metric, m.scale);
  const outsideScale = (what: "target" | "value", value: number) => {
    if (range === null || withinScale(value, range)) return null;
    const shown = formatNumber(value, language);
    if (m.metric === "NPS") return t(`measurement.${what}OutsideNps`, { value: shown });
    const [min, max] = [range.min, range.max].map((x) => formatNumber(x, language));
    return t(`measurement.${what}OutsideScale${range.orShare ? "OrShare" : ""}`, { value: shown, min, max });
  };
  // Figures already off the scale (from a file, or left by a change of metric or scale) stay as they are and are
  // named until fixed; the live regions say them as a change of metric or scale makes them.
  const off = offScale(m, t, language);

  return (
    <section ref={section} className="inspector-section" aria-label={t("measurement.title")}>
      <h3>{t("measurement.title")}</h3>
      <SelectField<Metric>
        label={t("measurement.metric")}
        value={m.metric}
        readOnly={readOnly}
        options={METRICS.map((x) => ({ value: x, label: x === "custom" ? t("metric.custom") : x }))}
        onSave={(metric) => metric && save({ metric, scale: scaleFor(metric, m) })}
      />
      {m.metric === "custom" && (
        <TextField
          label={t("measurement.label")}
          value={m.label ?? ""}
          readOnly={readOnly}
          maxLength={200}
          onSave={text("label")}
          onLeftUnsaved={kept("label")}
          draftKey={`${card.id}:measurement.label`}
        />
      )}
      <SelectField<"performance" | "brand">
        label={t("measurement.kind")}
        value={m.kind ?? ""}
        readOnly={readOnly}
        options={[
          { value: "", label: t("common.none") },
          { value: "performance", label: t("measurement.performance") },
          { value: "brand", label: t("measurement.brand") },
        ]}
        onSave={(kind) => save({ kind: kind === "" ? undefined : kind })}
      />
      <TextField
        label={t("measurement.question")}
        value={m.question ?? ""}
        readOnly={readOnly}
        multiline
        maxLength={2000}
        onSave={text("question")}
        onLeftUnsaved={kept("question")}
        draftKey={`${card.id}:measurement.question`}
      />
      <TextField
        label={t("measurement.scale")}
        value={m.scale ?? ""}
        readOnly={readOnly}
        maxLength={100}
        onSave={text("scale")}
        onLeftUnsaved={kept("scale")}
        draftKey={`${card.id}:measurement.scale`}
      />
      <TextField
        label={t("measurement.target")}
        value={m.target === undefined ? "" : formatNumber(m.target, language)}
        readOnly={readOnly}
        maxLength={30}
        check={(value) => {
          if (value.trim() === "") return null;
          const read = readTarget(value, language);
          return read.ok
            ? outsideScale("target", read.value)
            : problemOf(read, value, language, t, t("measurement.targetInvalid"));
        }}
        onSave={(value) => {
          if (value.trim() === "") return save({ target: undefined });
          const read = readTarget(value, language);
          if (read.ok && withinScale(read.value, range)) save({ target: read.value });
        }}
        onLeftUnsaved={(value) => {
          const read = readTarget(value, language);
          keepIfDeleted(keptTargetText(card, value, read.ok ? read.value : undefined));
        }}
        draftKey={`${card.id}:measurement.target`}
        {...(off.target === null ? {} : { describedBy: targetNoteId })}
      />
      <div role="status">
        {off.target && (
          <p className="field-error" id={targetNoteId}>
            {off.target}
          </p>
        )}
      </div>
      <SelectField<"higher" | "lower">
        label={t("measurement.direction")}
        value={m.direction ?? ""}
        readOnly={readOnly}
        options={[
          { value: "", label: t("common.none") },
          { value: "higher", label: t("measurement.higher") },
          { value: "lower", label: t("measurement.lower") },
        ]}
        onSave={(direction) => save({ direction: direction === "" ? undefined : direction })}
      />
      <TextField
        label={t("measurement.source")}
        value={m.source ?? ""}
        readOnly={readOnly}
        maxLength={200}
        onSave={text("source")}
        onLeftUnsaved={kept("source")}
        draftKey={`${card.id}:measurement.source`}
      />
      <TextField
        label={t("measurement.owner")}
        value={m.owner ?? ""}
        readOnly={readOnly}
        maxLength={200}
        onSave={text("owner")}
        onLeftUnsaved={kept("owner")}
        draftKey={`${card.id}:measurement.owner`}
      />
      <TextField
        label={t("measurement.frequency")}
        value={m.frequency ?? ""}
        readOnly={readOnly}
        maxLength={100}
        onSave={text("frequency")}
        onLeftUnsaved={kept("frequency")}
        draftKey={`${card.id}:measurement.frequency`}
      />
      <h4>{t("measurement.observations")}</h4>
      {observations.length === 0 && <p className="hint">{t("measurement.noObservations")}</p>}
      {!allShown && observations.length > LATEST_OBSERVATIONS && (
        <p className="hint" data-testid="observations-latest">
          {t("measurement.observationsLatest", { shown: LATEST_OBSERVATIONS, count: observations.length })}{" "}
          <button type="button" onClick={showAll}>
            {t("measurement.observationsShowAll", { count: observations.length })}
          </button>
        </p>
      )}
      <ul className="observations" ref={list} tabIndex={-1} aria-label={t("measurement.observations")}>
        {byDay(observations)
          .slice(allShown ? 0 : -LATEST_OBSERVATIONS)
          .map(({ o, i }, shown) => (
            <li key={`${o.date}-${i}`}>
              <span>{formatDay(o.date, language)}</span> <strong>{formatNumber(o.value, language)}</strong>
              {o.n !== undefined && <span> (n = {formatNumber(o.n, language)})</span>}
              {canEdit && (
                <button
                  type="button"
                  aria-label={
                    sharesDay(o)
                      ? t("measurement.removeObservationValue", valueOf(o))
                      : t("measurement.removeObservation", { date: formatDay(o.date, language) })
                  }
                  onClick={() => {
                    save({ observations: observations.filter((_, k) => k !== i) });
                    setRefocusAt(shown);
                    setSaid(t("measurement.observationRemoved", valueOf(o)));
                  }}
                >
                  ✕
                </button>
              )}
            </li>
          ))}
      </ul>
      <div role="status">{off.values && <p className="field-error">{off.values}</p>}</div>
      {canEdit && (
        <ObservationForm
          draftKey={card.id}
          onAdd={(o) => {
            // A full point is told so before the map is asked, with the limit in the interface language's words.
            if (!hasRoomForObservation(observations.length)) return observationLimitText(t, language);
            const outside = outsideScale("value", o.value);
            if (outside) return outside;
            const ok = run((doc) => {
              setMeasurement(doc, card.id, { ...m, observations: [...observations, o] });
              return true;
            });
            if (ok) setSaid(t("measurement.observationAdded", valueOf(o)));
            return ok ? null : observationRefusedText(storeApi.getState().ui.errorMessage, t, language);
          }}
          onLeftUnsaved={(draft) =>
            keepIfDeleted(keptObservationText(card, draftText(draft, language), observationOf(draft, language)))
          }
        />
      )}
      <p className="visually-hidden" role="status" data-testid="observations-said">
        {said}
      </p>
      {canEdit && (
        <button
          type="button"
          className="danger subtle"
          onClick={() => {
            run((doc) => setMeasurement(doc, card.id, null));
            setMoveFocus(true);
          }}
        >
          {t("measurement.remove")}
        </button>
      )}
    </section>
  );
}
