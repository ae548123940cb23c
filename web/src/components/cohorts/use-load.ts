import { useCallback, useEffect, useRef, useState } from "react";
import { failure, LOADING, type Load, ready } from "../../state/load";

/**
 * Server data a single page reads and nobody else shares (a cohort, an inbox, review notes): kept in
 * the page, not the store. It is fetched again when `key` changes; `reload` re-reads without dropping
 * what is shown, so a save does not make the page blink.
 */
export function useLoad<T>(
  fetcher: () => Promise<T>,
  key: string,
): [Load<T>, (quiet?: boolean) => Promise<void>] {
  const [load, setLoad] = useState<Load<T>>(LOADING);
  const latest = useRef(fetcher);
  latest.current = fetcher;
  /** `quiet`: a refresh nobody asked for keeps what is shown when it fails (a blip of network). */
  const reload = useCallback(async (quiet = false) => {
    try {
      setLoad(ready(await latest.current()));
    } catch (err) {
      if (!quiet) setLoad(failure(err));
    }
  }, []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: key names what the fetch depends on
  useEffect(() => {
    setLoad(LOADING);
    void reload();
  }, [key, reload]);
  return [load, reload];
}
