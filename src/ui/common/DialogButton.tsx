// A header button that opens a dialog (Embed, Export): an icon and a label that hides when narrow.
import { useState, type ReactNode } from 'react';
import type { MessageKey } from '../../content/i18n';
import { useT } from './useT';

interface Props {
  testId: string;
  label: MessageKey;
  hint: MessageKey;
  /** The icon's SVG path (16×16 viewBox). */
  iconPath: string;
  dialog: (onClose: () => void) => ReactNode;
}

export function DialogButton({ testId, label, hint, iconPath, dialog }: Props) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="btn"
        data-testid={testId}
        title={t(hint)}
        aria-label={t(label)}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        <svg viewBox="0 0 16 16" className="icon" aria-hidden="true">
          <path d={iconPath} />
        </svg>
        <span className="hide-narrow">{t(label)}</span>
      </button>
      {open && dialog(() => setOpen(false))}
    </>
  );
}
