// The shortcuts dialog's content, fetched the first time someone opens it (? or the header's
// button): most visits never do.
import type { ReactNode } from 'react';
import { useSimStore } from '../../store/simStore';
import { Dialog } from '../embed/Dialog';
import { useT } from '../common/useT';
import { VIEWS } from '../views';
import { useShortcutsHelp } from './shortcuts';

export default function ShortcutsList() {
  const t = useT();
  const setOpen = useShortcutsHelp((s) => s.setOpen);
  const embed = useSimStore((s) => s.embed);
  const rows: [ReactNode, string][] = [
    [
      <>
        <kbd>{t('keys.space')}</kbd> {t('keys.or')} <kbd>K</kbd>
      </>,
      t('keys.playPause'),
    ],
    [<kbd key=".">.</kbd>, t('keys.step')],
    [<kbd key="left">←</kbd>, t('keys.seekBack')],
    [<kbd key="right">→</kbd>, t('keys.seekAhead')],
    ...(embed
      ? []
      : VIEWS.map((v, i): [ReactNode, string] => [
          <kbd key={v.id}>{i + 1}</kbd>,
          t('keys.view', { view: t(v.label) }),
        ])),
    [<kbd key="?">?</kbd>, t('keys.help')],
    [<kbd key="esc">Esc</kbd>, t('keys.close')],
  ];
  return (
    <Dialog
      title={t('keys.title')}
      onClose={() => setOpen(false)}
      testId="shortcuts-dialog"
      className="shortcuts-dialog"
    >
      <table className="shortcuts">
        <thead>
          <tr>
            <th scope="col">{t('keys.key')}</th>
            <th scope="col">{t('keys.action')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([keys, action]) => (
            <tr key={action}>
              <td className="shortcuts-keys">{keys}</td>
              <td>{action}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="shortcuts-notes small muted">
        {!embed && <li>{t('keys.tabs')}</li>}
        <li>{t('keys.timeline')}</li>
        <li>{t('keys.learn')}</li>
        <li>{t('keys.note')}</li>
      </ul>
    </Dialog>
  );
}
