// The header's Learn button and its list: the walkthroughs by seed section (in the notes' order),
// each with its summary and how far the reader got (kept in localStorage), and a button to start
// or continue, and the quiz. The list's code, the learn store and the walkthrough files load when
// it first opens.
import { lazy, Suspense } from 'react';
import { setLearnListOpen, useLearnOnDemand } from '../../store/learnOnDemand';
import { DialogButton } from '../common/DialogButton';
import { useT } from '../common/useT';
import { Dialog } from '../embed/Dialog';
import './learn.css';

const LearnLists = lazy(() => import('./LearnLists').then((m) => ({ default: m.LearnLists })));

export function LearnButton() {
  const L = useT();
  const open = useLearnOnDemand((s) => s.listOpen);
  return (
    <DialogButton
      testId="learn-button"
      label="learn.button"
      hint="learn.button.hint"
      iconPaths={[
        'M2 3.5h4.5A1.5 1.5 0 0 1 8 5v8a1.5 1.5 0 0 0-1.5-1.5H2zM14 3.5H9.5A1.5 1.5 0 0 0 8 5v8a1.5 1.5 0 0 1 1.5-1.5H14z',
      ]}
      // Opening a walkthrough (from the list or elsewhere) closes the list: the learn store decides too.
      open={{ value: open, set: setLearnListOpen }}
      dialog={(onClose) => (
        <Dialog
          title={L('learn.list.title')}
          onClose={onClose}
          testId="learn-list"
          className="learn-dialog"
        >
          <Suspense fallback={<p className="muted">{L('learn.list.loading')}</p>}>
            <LearnLists onProof={onClose} />
          </Suspense>
        </Dialog>
      )}
    />
  );
}
