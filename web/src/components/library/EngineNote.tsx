import { useEffect } from "react";
import { loadEngine } from "../../api/content";
import { engineWords } from "../../model/engine";
import { useAppStore } from "../../state/store";

/**
 * Who plays the employee here and what that means for realism (the built-in offline engine, or a
 * language model). Nothing shows until the server has said, or if it could not: the page works
 * without it.
 */
export function EngineNote() {
  const engine = useAppStore((s) => s.engine);
  useEffect(() => {
    void loadEngine();
  }, []);
  if (engine.status !== "ready") return null;
  const words = engineWords(engine.data);
  return (
    <p className="engine-note">
      {words.who} {words.realism}
    </p>
  );
}
