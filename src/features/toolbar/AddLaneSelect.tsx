// The toolbar's "Add lane…" list. The arrow keys (and type-ahead) step a closed drop-down through its options, each
// step a change: adding a lane on every change added one lane per option passed. Stepped options wait, shown in the
// list, until Enter adds that kind; Escape or leaving the list gives them up. A choice from the open list adds at once.
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { STANDARD_LANES, type LaneKind } from "../../doc";

export function AddLaneSelect({ onAdd }: { onAdd: (kind: LaneKind) => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<LaneKind | null>(null);
  const stepping = useRef(false);
  return (
    <select
      aria-label={t("toolbar.addLane")}
      value={draft ?? ""}
      onKeyDown={(e) => {
        if (e.key === "Enter") {
          if (draft === null) return;
          e.preventDefault();
          setDraft(null);
          onAdd(draft);
        } else if (e.key === "Escape") setDraft(null);
        else stepping.current = e.key !== "Tab" && !e.altKey && !e.ctrlKey && !e.metaKey && e.key !== " ";
      }}
      onKeyUp={() => {
        stepping.current = false;
      }}
      onBlur={() => setDraft(null)}
      onChange={(e) => {
        const kind = STANDARD_LANES.find((l) => l.kind === e.target.value)?.kind ?? null;
        if (stepping.current) return setDraft(kind);
        setDraft(null);
        if (kind) onAdd(kind);
      }}
    >
      <option value="">{t("toolbar.addLane")}</option>
      {STANDARD_LANES.map((l) => (
        <option key={l.kind} value={l.kind}>
          {t(`laneKind.${l.kind}`)}
        </option>
      ))}
    </select>
  );
}
