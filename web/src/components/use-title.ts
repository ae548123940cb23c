import { useEffect } from "react";
import { matchRoute, pageTitle } from "../model/routes";
import { useAppStore } from "../state/store";

/** Names what the page is about in the tab's title once it is known (App sets the page's own). */
export function useTitle(about: string | undefined): void {
  const path = useAppStore((s) => s.path);
  useEffect(() => {
    if (about) document.title = pageTitle(matchRoute(path), about);
  }, [about, path]);
}
