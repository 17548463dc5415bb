// What a thread is about: the whole map, or a card, stage or lane by its title (marked when deleted).
import { useTranslation } from "react-i18next";
import type { ThreadTarget } from "./threads";

export function useTargetText(): (target: Pick<ThreadTarget, "kind" | "title" | "deleted">) => string {
  const { t } = useTranslation();
  return (target) => {
    const { kind, title, deleted } = target;
    if (kind === "map") return t("comments.target.map");
    if (!deleted) return t(`comments.target.${kind}`, { title });
    // A thread from an imported file has no quoted title to show.
    const untitled = title.trim() === "" ? "Untitled" : "";
    if (kind === "card") return t(`comments.target.deletedCard${untitled}`, { title });
    if (kind === "stage") return t(`comments.target.deletedStage${untitled}`, { title });
    return t(`comments.target.deletedLane${untitled}`, { title });
  };
}

export function TargetLabel({ target, id }: { target: ThreadTarget; id?: string }) {
  const text = useTargetText();
  return (
    <span id={id} className={target.deleted ? "thread-target deleted" : "thread-target"} data-testid="thread-target">
      {text(target)}
    </span>
  );
}
