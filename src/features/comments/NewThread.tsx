// Starts a thread on the selected card, stage or lane, or on the whole map when nothing is selected.
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { ComposeBox } from "./ComposeBox";
import { OtherNewDrafts } from "./OtherNewDrafts";
import { TargetLabel } from "./TargetLabel";
import { useCommentCall, useMyName } from "./hooks";
import { useNewCommentTarget } from "./newCommentTarget";

export function NewThread({ names }: { names: readonly string[] }) {
  const { t } = useTranslation();
  const { anchor, target, draftKey } = useNewCommentTarget();
  const myName = useMyName();
  const call = useCommentCall();
  const send = (text: string): Promise<string | null> => call((api) => api.create(anchor, text, myName));
  // A draft chosen from the list below: its box takes the focus from the button that went away with the choice.
  const section = useRef<HTMLElement>(null);
  const chosen = useRef(false);
  useEffect(() => {
    if (!chosen.current) return;
    chosen.current = false;
    const area = section.current?.querySelector("textarea");
    area?.focus();
    area?.setSelectionRange(area.value.length, area.value.length);
  }, [draftKey]);
  return (
    <section className="new-thread" data-testid="new-thread" aria-label={t("comments.compose.newLabel")} ref={section}>
      <p className="new-thread-about">
        {t("comments.compose.on")} <TargetLabel target={target} />
      </p>
      {anchor.kind === "map" && <p className="hint">{t("comments.compose.hint")}</p>}
      {/* Each target has its own box: another selection shows what was written for it. */}
      <ComposeBox
        key={draftKey}
        label={t("comments.compose.newLabel")}
        placeholder={t("comments.compose.placeholder")}
        submitLabel={t("comments.compose.send")}
        names={names}
        testId="new-comment"
        draftKey={draftKey}
        onSubmit={send}
      />
      <OtherNewDrafts current={draftKey} onChoose={() => (chosen.current = true)} />
    </section>
  );
}
