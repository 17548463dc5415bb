// Browser entry: starts i18n and renders the app.
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "@xyflow/react/dist/style.css";
import "./styles.css";
import { initI18n } from "../i18n";
import { App } from "./App";
import { openEarly } from "./earlySession";
import { parseRoute } from "./route";

initI18n();
const route = parseRoute(window.location.pathname, window.location.hash);
if (route.kind === "map" && route.token) openEarly(route.id, route.token);
const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
