// The field the start page shows when the server wants its creation token: labelled, explained, and described by
// the refusal it answers, with a button that sends the same map again with the token.
import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { TokenedCreate } from "./useTokenedCreate";

interface Props {
  ask: TokenedCreate;
  /** The id of the sentence saying why the server refused, for the field's description, while it shows. */
  problemId: string | undefined;
  action: string;
  busy: boolean;
}

export function CreationTokenField({ ask, problemId, action, busy }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const described = [problemId ?? "", ask.tokenProblem ? `${id}-problem` : "", `${id}-hint`].filter(Boolean).join(" ");
  return (
    <div className="field creation-token">
      <label htmlFor={id}>{t("start.token.label")}</label>
      <input
        ref={ask.field}
        id={id}
        type="password"
        autoComplete="off"
        spellCheck={false}
        data-testid="creation-token"
        value={ask.token}
        aria-invalid={ask.tokenProblem ? true : undefined}
        aria-describedby={described}
        onChange={(e) => ask.setToken(e.target.value)}
      />
      {ask.tokenProblem && (
        <p className="field-error" role={ask.refusalAlert ? "alert" : undefined} id={`${id}-problem`}>
          {t(ask.tokenProblem)}
        </p>
      )}
      <p className="hint" id={`${id}-hint`}>
        {t("start.token.hint")}
      </p>
      <button type="submit" aria-disabled={busy || undefined}>
        {action}
      </button>
    </div>
  );
}
