// The app shell: picks the page from the location and follows in-app navigation.
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { EditorPage } from "./EditorPage";
import { AppLink } from "./AppLink";
import { parseRoute, type Route } from "./route";
import { StartPage } from "./StartPage";

const current = (): Route => parseRoute(window.location.pathname, window.location.hash);

export function App() {
  const { t } = useTranslation();
  const [route, setRoute] = useState<Route>(current);
  useEffect(() => {
    const onChange = () => setRoute(current());
    window.addEventListener("popstate", onChange);
    window.addEventListener("hashchange", onChange);
    return () => {
      window.removeEventListener("popstate", onChange);
      window.removeEventListener("hashchange", onChange);
    };
  }, []);
  if (route.kind === "map")
    return <EditorPage key={`${route.id}#${route.token ?? ""}`} mapId={route.id} token={route.token} />;
  if (route.kind === "notFound") {
    return (
      <div className="page-message" role="alert">
        <p>{t("app.notFound")}</p>
        <AppLink href="/">{t("editor.backToStart")}</AppLink>
      </div>
    );
  }
  return <StartPage />;
}
