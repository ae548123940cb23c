/**
 * Speech through the Web Speech API, where the browser has it: dictation into the message box and,
 * on request, reading the persona's replies aloud. Everything here degrades silently to text.
 */

interface RecognitionResultEvent {
  resultIndex: number;
  results: ArrayLike<ArrayLike<{ transcript: string }> & { isFinal: boolean }>;
}
interface Recognition {
  lang: string;
  interimResults: boolean;
  continuous: boolean;
  onresult: ((event: RecognitionResultEvent) => void) | null;
  onend: (() => void) | null;
  onerror: (() => void) | null;
  start(): void;
  stop(): void;
}
type RecognitionCtor = new () => Recognition;

function recognitionCtor(): RecognitionCtor | undefined {
  if (typeof window === "undefined") return undefined;
  const w = window as unknown as {
    SpeechRecognition?: RecognitionCtor;
    webkitSpeechRecognition?: RecognitionCtor;
  };
  return w.SpeechRecognition ?? w.webkitSpeechRecognition;
}

export const canDictate = (): boolean => recognitionCtor() !== undefined;
export const canSpeak = (): boolean =>
  typeof window !== "undefined" &&
  "speechSynthesis" in window &&
  "SpeechSynthesisUtterance" in window;

/**
 * Starts dictation; `onText` receives the words heard so far in this dictation (final and interim),
 * `onEnd` when the browser stops listening. Returns a stop function, or undefined when unsupported.
 */
export function dictate(
  onText: (text: string) => void,
  onEnd: () => void,
): (() => void) | undefined {
  const Ctor = recognitionCtor();
  if (!Ctor) return undefined;
  try {
    const r = new Ctor();
    r.lang = document.documentElement.lang || "en";
    r.interimResults = true;
    r.continuous = true;
    r.onresult = (event) => {
      let text = "";
      for (let i = 0; i < event.results.length; i++)
        text += event.results[i]?.[0]?.transcript ?? "";
      onText(text.trim());
    };
    r.onend = onEnd;
    r.onerror = onEnd;
    r.start();
    return () => r.stop();
  } catch {
    return undefined;
  }
}

/** Reads a reply aloud, cutting off any reply still being read. */
export function speak(text: string): void {
  if (!canSpeak() || text.trim() === "") return;
  try {
    window.speechSynthesis.cancel();
    window.speechSynthesis.speak(new SpeechSynthesisUtterance(text));
  } catch {
    // Speech is a nicety; text is always on screen.
  }
}

export function stopSpeaking(): void {
  if (canSpeak()) window.speechSynthesis.cancel();
}
