// Starts a thread on the selected card, stage or lane, or on the whole map when nothing is selected.
import { useTranslation } from "react-i18next";
import { useMapStore, useShallow } from "../../store";
import { ComposeBox } from "./ComposeBox";
import { TargetLabel } from "./TargetLabel";
import { useDraftKey } from "./drafts";
import { useCommentCall, useMyName } from "./hooks";
import { anchorOfSelection, targetOfAnchor, type ThreadTarget } from "./threads";

export function NewThread({ names }: { names: readonly string[] }) {
  const { t } = useTranslation();
  const anchor = useMapStore(useShallow((s) => anchorOfSelection(s.ui.selection)));
  const target: ThreadTarget = useMapStore(useShallow((s) => targetOfAnchor(anchor, s.journey)));
  const myName = useMyName();
  const call = useCommentCall();
  const draftKey = useDraftKey("new");
  // A selected card that was just deleted by someone else falls back to nothing to comment on.
  const usable = !target.deleted;
  const send = (text: string): Promise<string | null> =>
    call((api) => api.create(usable ? anchor : { kind: "map" }, text, myName));
  return (
    <section className="new-thread" data-testid="new-thread" aria-label={t("comments.compose.newLabel")}>
      <p className="new-thread-about">
        {t("comments.compose.on")} <TargetLabel target={usable ? target : { kind: "map", title: "", deleted: false }} />
      </p>
      {anchor.kind === "map" && <p className="hint">{t("comments.compose.hint")}</p>}
      <ComposeBox
        label={t("comments.compose.newLabel")}
        placeholder={t("comments.compose.placeholder")}
        submitLabel={t("comments.compose.send")}
        names={names}
        testId="new-comment"
        draftKey={draftKey}
        onSubmit={send}
      />
    </section>
  );
}
