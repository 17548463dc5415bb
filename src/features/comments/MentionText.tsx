// A comment's text as plain text, with @mentions of known people highlighted (mine more strongly).
import { useTranslation } from "react-i18next";
import { splitMentions } from "./mentions";

const fold = (s: string): string => s.normalize("NFKC").toLocaleLowerCase("en");

export function MentionText({ text, names, myName }: { text: string; names: readonly string[]; myName: string }) {
  const { t } = useTranslation();
  return (
    <span className="comment-text">
      {splitMentions(text, names).map((segment, i) => {
        if (segment.mention === undefined) return <span key={i}>{segment.text}</span>;
        const me = fold(segment.mention) === fold(myName);
        return (
          <mark
            key={i}
            className={me ? "mention mention-me" : "mention"}
            data-testid="mention"
            {...(me ? { title: t("comments.thread.mentionsYou") } : {})}
          >
            {segment.text}
          </mark>
        );
      })}
    </span>
  );
}
