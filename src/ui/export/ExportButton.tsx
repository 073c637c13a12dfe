// The header's Export button. The dialog and everything behind it load on first use.
import { lazy, Suspense, useState } from 'react';
import { useT } from '../common/useT';

const ExportDialog = lazy(() => import('./ExportDialog'));

export function ExportButton() {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="btn"
        data-testid="export-button"
        title={t('export.button.hint')}
        aria-label={t('export.button')}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        <svg viewBox="0 0 16 16" className="icon" aria-hidden="true">
          <path d="M8 2.5v7.5M4.8 7 8 10.2 11.2 7M2.8 11.5v2h10.4v-2" />
        </svg>
        <span className="hide-narrow">{t('export.button')}</span>
      </button>
      {open && (
        <Suspense fallback={null}>
          <ExportDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
