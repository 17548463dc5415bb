// Creating a map from the start page with the server's creation token: the one kept for this session, or the one
// the person types once the server asked for it; a typed token is kept only after the server accepted it.
import { useEffect, useRef, useState, useSyncExternalStore, type RefObject } from "react";
import { ApiError, createMapOnServer, type CreatedMap } from "./api";
import {
  creationTokenProblem,
  forgetCreationToken,
  keepCreationToken,
  keptCreationToken,
  onCreationTokenChange,
} from "./creationToken";

export interface TokenedCreate {
  /** The server asked this form for the token and it is not known yet: the form shows the field. */
  asking: boolean;
  /** The server asked this form for the token, and its map has not been created since (the token may be known now). */
  asked: boolean;
  token: string;
  setToken: (token: string) => void;
  /** Why the typed token was not sent (an i18n key), or null. */
  tokenProblem: string | null;
  /**
   * The last refusal came while the field had the focus: nothing moves, so it must be announced (an alert). Else the
   * focus moves to the field, which reads its description with the refusal, and an alert would say it twice.
   */
  refusalAlert: boolean;
  field: RefObject<HTMLInputElement | null>;
  /** Creates the map; null when no usable token was typed (the field says why and nothing was sent). */
  send: (body: unknown) => Promise<CreatedMap | null>;
}

export function useTokenedCreate(): TokenedCreate {
  const [asked, setAsked] = useState(false);
  // A token kept by the other form on this page answers this form's question too: its field closes.
  const kept = useSyncExternalStore(onCreationTokenChange, keptCreationToken);
  const asking = asked && kept === undefined;
  const [token, setToken] = useState("");
  const [tokenProblem, setTokenProblem] = useState<string | null>(null);
  // Bumped on every refusal, so the field takes the focus again also when it was shown already.
  const [refusals, setRefusals] = useState(0);
  const [refusalAlert, setRefusalAlert] = useState(false);
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (refusals === 0) return;
    // Selected, so a wrong token is replaced by typing the right one.
    field.current?.focus();
    field.current?.select();
  }, [refusals]);

  const refused = () => {
    setRefusalAlert(field.current !== null && document.activeElement === field.current);
    setRefusals((n) => n + 1);
  };

  const send = async (body: unknown): Promise<CreatedMap | null> => {
    // What was typed counts only while the field shows; a closed field's half-typed token is not sent.
    const typed = asking ? token.trim() : "";
    const sent = typed || keptCreationToken();
    const problem = asking ? creationTokenProblem(sent ?? "") : null;
    setTokenProblem(problem);
    if (problem) {
      refused();
      return null;
    }
    try {
      const created = await createMapOnServer(body, sent);
      if (sent !== undefined) keepCreationToken(sent);
      setAsked(false);
      setToken("");
      return created;
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) {
        // A kept token the server no longer takes is of no use; a wrongly typed one never replaced it.
        const keptRefused = !typed && sent !== undefined && sent === keptCreationToken();
        if (keptRefused) forgetCreationToken();
        setAsked(true);
        refused();
        // Nobody typed it: "check the token" beside an empty field would make no sense.
        if (keptRefused) {
          throw new ApiError(
            "The creation token kept from before is no longer accepted, so nothing was created. Enter the current token.",
            "keptToken",
            401,
            [],
            error.serverSentence,
          );
        }
      }
      throw error;
    }
  };
  return { asking, asked, token, setToken, tokenProblem, refusalAlert, field, send };
}
