// The first module the page evaluates (main.tsx imports it before anything else): when the address is a
// map's, its session starts here, so the map's details and document travel while the rest of the script
// (React, React Flow, the editor) is still being evaluated, instead of after it.
import { openEarly } from "./earlySession";
import { parseRoute } from "./route";

const route = parseRoute(window.location.pathname, window.location.hash);
if (route.kind === "map" && route.token) openEarly(route.id, route.token);
