import { EngineNote } from "../components/library/EngineNote";

export function AboutPage() {
  return (
    <section aria-labelledby="about-title" className="prose">
      <h1 id="about-title" tabIndex={-1}>
        About Flightdeck
      </h1>
      <p>
        Flightdeck is a flight simulator for hard conversations. Engineering managers rehearse the
        conversation they dread — difficult feedback, burnout, a promotion “not yet”, a conflict
        between two seniors — against a simulated employee before they have it for real.
      </p>
      <p>
        The employee has a hidden state (trust, guard, stress, engagement) that moves with how you
        talk. After the conversation, the debrief scores your transcript against a leadership
        pattern and shows every point with the turn that earned it.
      </p>
      <p>
        It needs no network: the database is built in, and when no language model is configured a
        built-in offline engine plays the employee. An OpenAI-compatible model (a hosted one, or one
        running on your machine) gives the employee a freer voice.
      </p>
      <EngineNote />
    </section>
  );
}
