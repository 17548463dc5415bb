// The first module the page evaluates (main.tsx imports it before anything else): when the address is a
// map's, its session starts here, so the map's details and document travel while the rest of the script
// (React, React Flow, the editor) is still being evaluated, instead of after it.
import { openEarly } from "./earlySession";
import { mapAddress, parseRoute } from "./route";

const route = parseRoute(window.location.pathname, window.location.hash);
if (route.kind === "map" && route.token) {
  // A link pasted with a blank after its token or its # escaped is shown, copied and remembered as the link it is.
  const clean = mapAddress(route.id, route.token);
  if (`${window.location.pathname}${window.location.hash}` !== clean) window.history.replaceState(null, "", clean);
  openEarly(route.id, route.token);
}
