// A button with an icon, a short label and a longer hint in its tooltip; its accessible name holds
// both (labelWithHint). The playback bar and the timeline are made of these.
import type { ReactNode } from 'react';
import { labelWithHint } from './labelWithHint';

interface Props {
  testId: string;
  label: string;
  hint: string;
  /** The tooltip, when it differs from the hint (e.g. why the button is disabled). */
  title?: string;
  className: string;
  icon: ReactNode;
  /** The label beside the icon: always, hidden on narrow screens, or never (icon only). */
  text: 'shown' | 'wide' | 'none';
  disabled: boolean;
  onClick: () => void;
}

export function HintButton(p: Props) {
  return (
    <button
      type="button"
      className={p.className}
      data-testid={p.testId}
      aria-label={labelWithHint(p.label, p.hint)}
      title={p.title ?? p.hint}
      disabled={p.disabled}
      onClick={p.onClick}
    >
      {p.icon}
      {p.text !== 'none' && (
        <span className={p.text === 'wide' ? 'hide-narrow' : undefined}>{p.label}</span>
      )}
    </button>
  );
}
