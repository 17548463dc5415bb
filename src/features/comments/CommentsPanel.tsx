// The comments tab of the side panel: every thread of the map, filterable, with the open thread.
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Awareness } from "y-protocols/awareness";
import { useMapStore } from "../../store";
import { usePeers } from "../../sync";
import { FilterBar } from "./FilterBar";
import { NewThread } from "./NewThread";
import { ThreadList } from "./ThreadList";
import { ThreadView } from "./ThreadView";
import "./comments.css";
import { useAuthored, useMyName } from "./hooks";
import { mentionableNames, threadMentions } from "./mentions";
import { visibleThreads, type ThreadFilter } from "./threads";

const NOBODY: readonly string[] = [];

export interface CommentsPanelProps {
  /** The map's awareness, so the people online now can be @mentioned; without it, comment authors only. */
  awareness?: Awareness | undefined;
}

export function CommentsPanel({ awareness }: CommentsPanelProps) {
  return awareness ? <WithPeers awareness={awareness} /> : <CommentsPanelBody online={NOBODY} />;
}

function WithPeers({ awareness }: { awareness: Awareness }) {
  const peers = usePeers(awareness);
  const online = useMemo(() => peers.map((p) => p.name), [peers]);
  return <CommentsPanelBody online={online} />;
}

function CommentsPanelBody({ online }: { online: readonly string[] }) {
  const { t } = useTranslation();
  const comments = useMapStore((s) => s.comments);
  const openThreadId = useMapStore((s) => s.ui.openThreadId);
  const canComment = useMapStore((s) => s.canComment);
  const myName = useMyName();
  const authored = useAuthored();
  const [filter, setFilter] = useState<ThreadFilter>("all");
  const names = useMemo(() => mentionableNames(online, comments, myName), [online, comments, myName]);
  const openMentions = useMemo(
    () => comments.filter((c) => !c.resolved && threadMentions(c, myName)).length,
    [comments, myName],
  );
  const threads = useMemo(
    () => visibleThreads(comments, filter, { myName, authored }),
    [comments, filter, myName, authored],
  );

  return (
    <div className="comments-panel" data-testid="comments-panel">
      <h2 className="panel-title">{t("comments.title")}</h2>
      {openThreadId !== null ? (
        <ThreadView commentId={openThreadId} names={names} />
      ) : (
        <>
          {canComment ? <NewThread names={names} /> : <p className="hint">{t("comments.readOnly")}</p>}
          <FilterBar filter={filter} onChange={setFilter} openMentions={openMentions} />
          <ThreadList
            threads={threads}
            names={names}
            myName={myName}
            emptyText={comments.length === 0 ? t("comments.empty.all") : t("comments.empty.filtered")}
          />
        </>
      )}
    </div>
  );
}
