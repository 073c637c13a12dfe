// A header button that opens a dialog (Embed, Export, Learn, Interview): an icon and a label that
// hides when narrow. It keeps whether the dialog is open, unless its owner does (`open`).
import { useState, type ReactNode } from 'react';
import type { MessageKey } from '../../content/i18n';
import { useT } from './useT';

interface Props {
  testId: string;
  label: MessageKey;
  hint: MessageKey;
  /** The icon's SVG paths (16×16 viewBox). */
  iconPaths: readonly string[];
  dialog: (onClose: () => void) => ReactNode;
  /** Whether the dialog is open and how to change it, when another part of the page decides too. */
  open?: { value: boolean; set(open: boolean): void };
}

export function DialogButton({ testId, label, hint, iconPaths, dialog, open }: Props) {
  const t = useT();
  const [own, setOwn] = useState(false);
  const isOpen = open ? open.value : own;
  const setOpen = open ? open.set : setOwn;
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
          {iconPaths.map((d) => (
            <path key={d} d={d} />
          ))}
        </svg>
        <span className="hide-narrow">{t(label)}</span>
      </button>
      {isOpen && dialog(() => setOpen(false))}
    </>
  );
}
