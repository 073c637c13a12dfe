// The header's Embed button: opens the embed dialog.
import { useState } from 'react';
import { useT } from '../common/useT';
import { EmbedDialog } from './EmbedDialog';
import './header.css';

export function EmbedButton() {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="btn"
        data-testid="embed-button"
        title={t('embed.button.hint')}
        aria-label={t('embed.button')}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        <svg viewBox="0 0 16 16" className="icon" aria-hidden="true">
          <path d="M5.5 4.5 2 8l3.5 3.5M10.5 4.5 14 8l-3.5 3.5" />
        </svg>
        <span className="hide-narrow">{t('embed.button')}</span>
      </button>
      {open && <EmbedDialog onClose={() => setOpen(false)} />}
    </>
  );
}
