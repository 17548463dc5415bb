// Editing one step of the customer's path: where it goes, its label, and removing it.
import { useTranslation } from "react-i18next";
import type { Connection } from "../../doc";
import { disconnect, updateConnection } from "../../doc/ops";
import { useMapStore } from "../../store";
import { keptConnectionText } from "../../store/keptTexts";
import { useWhoChanged, WhoChangedContext } from "./changedBy";
import { TextField } from "./fields";

export function ConnectionInspector({ connection }: { connection: Connection }) {
  const { t } = useTranslation();
  const canEdit = useMapStore((s) => s.canEdit);
  const actions = useMapStore((s) => s.actions);
  const from = useMapStore((s) => s.journey.cards.find((c) => c.id === connection.from)?.title);
  const to = useMapStore((s) => s.journey.cards.find((c) => c.id === connection.to)?.title);
  const whoChanged = useWhoChanged({ kind: "connection", id: connection.id });
  return (
    <WhoChangedContext.Provider value={whoChanged}>
      <div className="inspector" data-testid="connection-inspector">
        <h3>{t("connection.title")}</h3>
        <p className="inspector-place">
          {from} → {to}
        </p>
        <TextField
          label={t("connection.label")}
          value={connection.label ?? ""}
          readOnly={!canEdit}
          maxLength={200}
          draftKey={`${connection.id}:label`}
          // A label typed when someone deletes the path is kept (store keptTexts), not dropped with the field.
          onLeftUnsaved={(v) => actions.keepIfDeleted(keptConnectionText(connection, v))}
          onSave={(v) =>
            actions.run((doc) =>
              updateConnection(doc, connection.id, v.trim() === "" ? { label: undefined } : { label: v }),
            )
          }
        />
        {canEdit && (
          <button
            type="button"
            className="danger"
            onClick={(e) => {
              // The button goes with the step: the focus goes to the panel's tab, not to the top of the page.
              const tab = e.currentTarget.closest('[role="tabpanel"]')?.getAttribute("aria-labelledby");
              actions.run((doc) => disconnect(doc, [connection.id]));
              actions.clearSelection();
              if (tab) document.getElementById(tab)?.focus();
            }}
          >
            {t("connection.remove")}
          </button>
        )}
      </div>
    </WhoChangedContext.Provider>
  );
}
