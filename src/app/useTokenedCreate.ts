// Creating a map from the start page with the server's creation token: the one kept for this session, or the one
// the person types once the server asked for it; a typed token is kept only after the server accepted it.
import { useEffect, useRef, useState, type RefObject } from "react";
import { ApiError, createMapOnServer, type CreatedMap } from "./api";
import { creationTokenProblem, forgetCreationToken, keepCreationToken, keptCreationToken } from "./creationToken";

export interface TokenedCreate {
  /** The server wants a creation token: the form shows the field. */
  asking: boolean;
  token: string;
  setToken: (token: string) => void;
  /** Why the typed token was not sent (an i18n key), or null. */
  tokenProblem: string | null;
  field: RefObject<HTMLInputElement | null>;
  /** Creates the map; null when no usable token was typed (the field says why and nothing was sent). */
  send: (body: unknown) => Promise<CreatedMap | null>;
}

export function useTokenedCreate(): TokenedCreate {
  const [asking, setAsking] = useState(false);
  const [token, setToken] = useState("");
  const [tokenProblem, setTokenProblem] = useState<string | null>(null);
  // Bumped on every refusal, so the field takes the focus again also when it was shown already.
  const [asked, setAsked] = useState(0);
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (asked === 0) return;
    // Selected, so a wrong token is replaced by typing the right one.
    field.current?.focus();
    field.current?.select();
  }, [asked]);

  const send = async (body: unknown): Promise<CreatedMap | null> => {
    const typed = token.trim();
    const sent = typed || keptCreationToken();
    const problem = asking ? creationTokenProblem(sent ?? "") : null;
    setTokenProblem(problem);
    if (problem) {
      setAsked((n) => n + 1);
      return null;
    }
    try {
      const created = await createMapOnServer(body, sent);
      if (sent !== undefined) keepCreationToken(sent);
      setAsking(false);
      setToken("");
      return created;
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) {
        // A kept token the server no longer takes is of no use; a wrongly typed one never replaced it.
        if (sent !== undefined && sent === keptCreationToken()) forgetCreationToken();
        setAsking(true);
        setAsked((n) => n + 1);
      }
      throw error;
    }
  };
  return { asking, token, setToken, tokenProblem, field, send };
}
