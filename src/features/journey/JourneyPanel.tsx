// The journey tab: title, scenario, owner and the persona (name, segment, goals, expectations), and the map's versions
// (owners and editors).
import { useEffect, useId, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { TFunction } from "i18next";
import { MAX, type JourneyFields, type Persona } from "../../doc";
import { setJourneyFields } from "../../doc/ops";
import { useFindings, useMapStore } from "../../store";
import { useWhoChanged, WhoChangedContext } from "../inspector/changedBy";
import { TextField } from "../inspector/fields";
import { VersionsSection } from "../versions/VersionsSection";

const lines = (text: string): string[] =>
  text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);

/** Why the map cannot hold these lines (more than it keeps, or one too long), so they stay in the field; else null. */
function linesProblem(text: string, t: TFunction): string | null {
  const count = lines(text).length;
  if (count > MAX.items) return t("journey.tooManyLines", { max: MAX.items, count });
  // Characters as the format counts them: an emoji is one.
  const lengths = text.split("\n").map((row) => [...row.trim()].length);
  const long = lengths.findIndex((length) => length > MAX.text);
  if (long === -1) return null;
  return t("journey.lineTooLong", { line: long + 1, count: lengths[long] ?? 0, max: MAX.text });
}

export function JourneyPanel() {
  const { t } = useTranslation();
  const journey = useMapStore((s) => s.journey);
  const canEdit = useMapStore((s) => s.canEdit);
  const run = useMapStore((s) => s.actions.run);
  const readOnly = !canEdit;
  const persona: Persona = journey.persona ?? {};
  const save = (patch: Partial<JourneyFields>) => run((doc) => setJourneyFields(doc, patch));
  const savePersona = (patch: Partial<Persona>) => {
    const next: Persona = { ...persona, ...patch };
    for (const key of Object.keys(next) as (keyof Persona)[]) {
      const v = next[key];
      if (v === undefined || (Array.isArray(v) && v.length === 0)) delete next[key];
    }
    save({ persona: next });
  };
  const optional = (v: string) => (v.trim() === "" ? undefined : v);
  // Opened by a press that took its own button away (a finding about the whole journey, in the checks tab), the
  // panel takes the focus on the field to fill in: the owner while it is found missing, else the title.
  const panel = useRef<HTMLDivElement>(null);
  // The goals and the expectations take one per line: the hint below them is read with each of the two fields.
  const onePerLine = useId();
  // The persona's fields are one group named by its heading, so "Name" is heard as the persona's name.
  const personaHeading = useId();
  // A field a colleague changes while I am in it names them when their presence says they are in that field.
  const whoChanged = useWhoChanged({ kind: "journey" });
  const findings = useFindings();
  const ownerMissing = useRef(findings.some((f) => f.rule === "no-journey-owner"));
  useEffect(() => {
    const active = document.activeElement;
    if (active !== null && active !== document.body) return;
    const field = ownerMissing.current ? "journey-owner" : "journey-title";
    panel.current?.querySelector<HTMLElement>(`[data-testid="${field}"]`)?.focus();
  }, []);
  return (
    <WhoChangedContext.Provider value={whoChanged}>
      <div className="inspector" data-testid="journey-panel" ref={panel}>
        <TextField
          label={t("journey.title")}
          presenceKey="journey:title"
          testId="journey-title"
          value={journey.title}
          readOnly={readOnly}
          maxLength={200}
          required
          onSave={(title) => save({ title })}
        />
        <TextField
          label={t("journey.scenario")}
          presenceKey="journey:scenario"
          value={journey.scenario ?? ""}
          readOnly={readOnly}
          multiline
          onSave={(v) => save({ scenario: optional(v) })}
        />
        <TextField
          label={t("journey.owner")}
          presenceKey="journey:owner"
          testId="journey-owner"
          value={journey.owner ?? ""}
          readOnly={readOnly}
          maxLength={200}
          onSave={(v) => save({ owner: optional(v) })}
        />
        <h3 id={personaHeading}>{t("journey.persona")}</h3>
        <div role="group" aria-labelledby={personaHeading}>
          <TextField
            label={t("journey.personaName")}
            presenceKey="journey:persona.name"
            value={persona.name ?? ""}
            readOnly={readOnly}
            maxLength={200}
            onSave={(v) => savePersona({ name: optional(v) })}
          />
          <TextField
            label={t("journey.segment")}
            presenceKey="journey:persona.segment"
            value={persona.segment ?? ""}
            readOnly={readOnly}
            maxLength={200}
            onSave={(v) => savePersona({ segment: optional(v) })}
          />
          <TextField
            label={t("journey.goals")}
            presenceKey="journey:persona.goals"
            value={(persona.goals ?? []).join("\n")}
            readOnly={readOnly}
            multiline
            check={(v) => linesProblem(v, t)}
            describedBy={onePerLine}
            onSave={(v) => savePersona({ goals: lines(v) })}
          />
          <TextField
            label={t("journey.expectations")}
            presenceKey="journey:persona.expectations"
            value={(persona.expectations ?? []).join("\n")}
            readOnly={readOnly}
            multiline
            check={(v) => linesProblem(v, t)}
            describedBy={onePerLine}
            onSave={(v) => savePersona({ expectations: lines(v) })}
          />
          <p className="hint" id={onePerLine}>
            {t("journey.onePerLine")}
          </p>
        </div>
        <VersionsSection />
      </div>
    </WhoChangedContext.Provider>
  );
}
