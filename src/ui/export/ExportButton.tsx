// The header's Export button. The dialog and everything behind it load on first use.
import { lazy, Suspense } from 'react';
import { DialogButton } from '../common/DialogButton';

const ExportDialog = lazy(() => import('./ExportDialog'));

export function ExportButton() {
  return (
    <DialogButton
      testId="export-button"
      label="export.button"
      hint="export.button.hint"
      iconPaths={['M8 2.5v7.5M4.8 7 8 10.2 11.2 7M2.8 11.5v2h10.4v-2']}
      dialog={(onClose) => (
        <Suspense fallback={null}>
          <ExportDialog onClose={onClose} />
        </Suspense>
      )}
    />
  );
}
