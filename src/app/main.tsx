// Browser entry: starts the map's session first (boot.ts), then i18n, and renders the app.
import "./boot";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "@xyflow/react/dist/style.css";
import "./styles.css";
import { initI18n } from "../i18n";
import { App } from "./App";

initI18n();
const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
