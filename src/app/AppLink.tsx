// A link inside the app: a plain click opens its page without a page load (the router listens for "popstate"); a
// click with Ctrl, ⌘, Shift or Alt is left to the browser, which opens a new tab or window as it does for any link.
import type { AnchorHTMLAttributes, MouseEvent } from "react";
import { navigate } from "./navigate";

export function AppLink({ href, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(href);
  };
  return <a href={href} {...rest} onClick={onClick} />;
}
