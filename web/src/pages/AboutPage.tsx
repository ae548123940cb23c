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
        Everything runs on your machine. When no language model is configured, a built-in offline
        engine plays the employee.
      </p>
    </section>
  );
}
