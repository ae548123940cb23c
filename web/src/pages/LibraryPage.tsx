export function LibraryPage() {
  return (
    <section aria-labelledby="library-title">
      <h1 id="library-title">Scenario library</h1>
      <p className="lede">
        Pick a conversation you dread, read the briefing, and rehearse it with an employee who
        reacts to how you talk.
      </p>
      <div className="empty-state" role="status">
        <h2>No scenarios yet</h2>
        <p>Scenarios appear here once the content library is loaded.</p>
      </div>
    </section>
  );
}
