// Share links of a map: the owner sees all four and can replace each; everybody else copies this page's link.
import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Role } from "../../doc";
import { LINK_ROLES, findStoredMap, roleOfLink, storeReplacedLink, type LinkRole } from "../../sync";
import { ModalDialog } from "../dialog/ModalDialog";
import { CopyField } from "./CopyField";
import { rotateLink } from "./rotateLink";
import { serverFailure } from "../dialog/serverFailure";
import { EnglishQuote, type WithEnglish } from "../../i18n/EnglishQuote";

export interface ShareDialogProps {
  mapId: string;
  token: string;
  role: Role;
  /** http(s) origin of the server; the page's origin by default. */
  baseUrl?: string;
  onClose?: () => void;
  /** This page's link no longer opens the map (replaced, or the map is gone): there is nothing to hand on or replace. */
  lost?: boolean;
  /**
   * Called after the owner replaced the owner link, which is this page's own token. By default the
   * page reopens with the new link.
   */
  onOwnLinkReplaced?: (link: string, token: string) => void;
}

function reopenWith(link: string): void {
  window.location.replace(link);
  // Only the fragment changed, which does not reload by itself.
  window.location.reload();
}

export function ShareDialog({
  mapId,
  token,
  role,
  baseUrl,
  onClose,
  lost = false,
  onOwnLinkReplaced,
}: ShareDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  // The owner's own link is the one this page was opened with, also in a browser that kept no links of the map.
  const [links, setLinks] = useState<Partial<Record<LinkRole, string>>>(() => ({
    ...(role === "owner" ? { owner: window.location.href } : {}),
    ...findStoredMap(mapId)?.links,
  }));
  const [confirming, setConfirming] = useState<LinkRole | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<WithEnglish | null>(null);
  const isOwner = role === "owner";
  // The link this page was opened with, named as the owner's rows name it, so one knows what handing it on gives.
  const ownLink = LINK_ROLES.find((r) => roleOfLink(r) === role) ?? "view";
  const knowsOtherLinks = LINK_ROLES.some((r) => r !== "owner" && links[r] !== undefined);
  // After a confirmation closes, focus goes back to the row's Replace button instead of being lost.
  const replaceButtons = useRef(new Map<LinkRole, HTMLButtonElement>());
  const [focusBack, setFocusBack] = useState<LinkRole | null>(null);
  useEffect(() => {
    if (confirming !== null || focusBack === null) return;
    replaceButtons.current.get(focusBack)?.focus();
    setFocusBack(null);
  }, [confirming, focusBack]);
  const endConfirming = (linkRole: LinkRole) => {
    setFocusBack(linkRole);
    setConfirming(null);
  };

  const replace = async (linkRole: LinkRole) => {
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      const origin = baseUrl ?? window.location.origin;
      const rotated = await rotateLink(origin, mapId, token, linkRole);
      storeReplacedLink(mapId, linkRole, rotated.link);
      setLinks((prev) => ({ ...prev, [linkRole]: rotated.link }));
      endConfirming(linkRole);
      if (roleOfLink(linkRole) === role) {
        setNotice(t("share.replacedOwn"));
        (onOwnLinkReplaced ?? reopenWith)(rotated.link, rotated.token);
      } else {
        setNotice(t("share.replaced"));
      }
    } catch (e) {
      const { text, english } = serverFailure(e, t);
      setError({ text: t("share.replaceFailed", { reason: text }), english });
    } finally {
      setBusy(false);
    }
  };

  return (
    <ModalDialog
      labelledBy={titleId}
      onClose={onClose}
      testId="share-dialog"
      style={{ display: "flex", flexDirection: "column", gap: 12, padding: 16, minWidth: 320, maxWidth: 560 }}
    >
      <header style={{ display: "flex", justifyContent: "space-between", alignItems: "center" }}>
        <h2 id={titleId} style={{ margin: 0, fontSize: 18 }}>
          {t("share.title")}
        </h2>
        {onClose && (
          <button type="button" onClick={onClose} aria-label={t("share.close")}>
            ×
          </button>
        )}
      </header>

      {lost && (
        <p style={{ margin: 0 }} data-testid="share-lost">
          {t("share.lostLink")}
        </p>
      )}

      {!lost && !isOwner && (
        <>
          <CopyField label={t("share.thisPage")} value={window.location.href} testId="share-this-page" />
          <small>
            {t("share.thisPageHint")} <strong data-testid="share-this-role">{t(`share.role.${ownLink}`)}</strong>
          </small>
        </>
      )}

      {!lost && isOwner && (
        <>
          {!knowsOtherLinks && <p style={{ margin: 0 }}>{t("share.unknownLinks")}</p>}
          <p style={{ margin: 0, fontSize: 13, color: "#495057" }}>{t("share.replaceExplain")}</p>
          {LINK_ROLES.map((linkRole) => {
            const link = links[linkRole];
            return (
              <div
                key={linkRole}
                data-testid={`share-row-${linkRole}`}
                style={{ display: "flex", flexDirection: "column", gap: 4 }}
              >
                {link !== undefined ? (
                  <CopyField label={t(`share.role.${linkRole}`)} value={link} testId={`share-link-${linkRole}`} />
                ) : (
                  <span>{t(`share.role.${linkRole}`)}</span>
                )}
                {confirming === linkRole ? (
                  <span role="group" aria-labelledby={`${titleId}-confirm`} style={{ display: "flex", gap: 4 }}>
                    <span id={`${titleId}-confirm`} className="visually-hidden">
                      {t("share.confirmQuestion", { label: t(`share.role.${linkRole}`) })}
                    </span>
                    <button
                      type="button"
                      disabled={busy}
                      data-testid={`share-confirm-replace-${linkRole}`}
                      onClick={() => void replace(linkRole)}
                    >
                      {t("share.confirmReplace")}
                    </button>
                    {/* The safe choice takes the focus, so an Enter by mistake replaces nothing. */}
                    <button type="button" disabled={busy} autoFocus onClick={() => endConfirming(linkRole)}>
                      {t("share.cancel")}
                    </button>
                  </span>
                ) : (
                  <span>
                    <button
                      type="button"
                      ref={(el) => {
                        if (el) replaceButtons.current.set(linkRole, el);
                        else replaceButtons.current.delete(linkRole);
                      }}
                      disabled={busy}
                      aria-label={t("share.replaceNamed", { label: t(`share.role.${linkRole}`) })}
                      data-testid={`share-replace-${linkRole}`}
                      onClick={() => setConfirming(linkRole)}
                    >
                      {t("share.replace")}
                    </button>
                  </span>
                )}
              </div>
            );
          })}
        </>
      )}

      {notice && (
        <p role="status" style={{ margin: 0, color: "#2b8a3e" }}>
          {notice}
        </p>
      )}
      {error && (
        <p role="alert" style={{ margin: 0, color: "#c92a2a" }}>
          <EnglishQuote {...error} />
        </p>
      )}
    </ModalDialog>
  );
}
