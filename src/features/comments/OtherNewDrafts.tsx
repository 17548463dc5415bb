// New comments begun on another card, stage or lane (or on the whole map) than the one selected now: each target keeps
// its own box, so these are listed under the box, each with a button that selects its target and shows its text.
import { useTranslation } from "react-i18next";
import { useMapStore } from "../../store";
import { useTargetText } from "./TargetLabel";
import { boxTarget, draftsUnder, useDraftKey } from "./drafts";
import { excerpt } from "./excerpt";
import { targetOfAnchor } from "./threads";

const EXCERPT = 60;

export interface OtherNewDraftsProps {
  /** The draft key of the box shown now, which is not listed. */
  current: string;
  /** Called when a target was chosen, before its box is shown. */
  onChoose: () => void;
}

export function OtherNewDrafts({ current, onChoose }: OtherNewDraftsProps) {
  const { t } = useTranslation();
  const targetText = useTargetText();
  const journey = useMapStore((s) => s.journey);
  const actions = useMapStore((s) => s.actions);
  const drafts = draftsUnder(useDraftKey("new:")).flatMap(([key, text]) => {
    const box = boxTarget(key.slice(key.indexOf("\u0000") + 1));
    if (key === current || box?.kind !== "new" || text.trim() === "") return [];
    const target = targetOfAnchor(box.anchor, journey);
    // One on a deleted card, stage or lane is offered with the kept texts instead.
    return target.deleted ? [] : [{ key, anchor: box.anchor, label: targetText(target), text }];
  });
  if (drafts.length === 0) return null;
  return (
    <nav className="other-drafts" aria-label={t("comments.compose.otherDrafts")} data-testid="other-drafts">
      <h3>{t("comments.compose.otherDrafts")}</h3>
      <ul>
        {drafts.map(({ key, anchor, label, text }) => (
          <li key={key}>
            <button
              type="button"
              className="subtle"
              aria-label={t("comments.compose.continueDraft", { target: label })}
              onClick={() => {
                onChoose();
                if (anchor.kind === "map") actions.clearSelection();
                else actions.focusTarget(anchor);
              }}
            >
              <strong>{label}</strong>: {excerpt(text, EXCERPT)}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
