// The header's Embed button: opens the embed dialog, whose code loads on first use.
import { lazy, Suspense } from 'react';
import { DialogButton } from '../common/DialogButton';
import './header.css';

const EmbedDialog = lazy(() => import('./EmbedDialog').then((m) => ({ default: m.EmbedDialog })));

export function EmbedButton() {
  return (
    <DialogButton
      testId="embed-button"
      label="embed.button"
      hint="embed.button.hint"
      iconPaths={['M5.5 4.5 2 8l3.5 3.5M10.5 4.5 14 8l-3.5 3.5']}
      dialog={(onClose) => (
        <Suspense fallback={null}>
          <EmbedDialog onClose={onClose} />
        </Suspense>
      )}
    />
  );
}
