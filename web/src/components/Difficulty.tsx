/** Difficulty as text ("difficulty 3 of 5") with pips for the eye; never as colour alone. */
export function Difficulty(props: { value: number }) {
  return (
    <span className="difficulty">
      <span aria-hidden="true" className="pips">
        {[1, 2, 3, 4, 5].map((n) => (
          <span key={n} className={n <= props.value ? "pip on" : "pip"} />
        ))}
      </span>
      Difficulty {props.value} of 5
    </span>
  );
}
