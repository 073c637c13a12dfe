// A simulated moment typed in seconds (tenths allowed), as the embed and export dialogs ask for it.
interface Props {
  id: string;
  testId: string;
  value: string;
  onChange: (value: string) => void;
  invalid?: boolean;
  disabled?: boolean;
  placeholder?: string;
  describedBy?: string;
}

export function SecondsInput(p: Props) {
  return (
    <input
      id={p.id}
      type="number"
      min={0}
      step={0.1}
      inputMode="decimal"
      placeholder={p.placeholder}
      data-testid={p.testId}
      value={p.value}
      disabled={p.disabled}
      aria-invalid={p.invalid}
      aria-describedby={p.describedBy}
      onChange={(e) => p.onChange(e.target.value)}
    />
  );
}
