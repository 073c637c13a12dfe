// The list of keyboard shortcuts, in a modal dialog: opened with ? or the header's button,
// closed with Esc or its close button (focus goes back to where it was).
import type { ReactNode } from 'react';
import { useSimStore } from '../../store/simStore';
import { Dialog } from '../embed/Dialog';
import { useT } from '../common/useT';
import { VIEWS } from '../views';
import { useShortcutsHelp } from './shortcuts';
import './keyboard.css';

export function ShortcutsDialog() {
  const t = useT();
  const open = useShortcutsHelp((s) => s.open);
  const setOpen = useShortcutsHelp((s) => s.setOpen);
  const embed = useSimStore((s) => s.embed);
  if (!open) return null;
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

/** The header's button that opens the list (the same as pressing ?). */
export function ShortcutsButton() {
  const t = useT();
  const setOpen = useShortcutsHelp((s) => s.setOpen);
  return (
    <button
      type="button"
      className="btn btn-icon"
      data-testid="shortcuts-button"
      title={t('keys.open.hint')}
      aria-label={t('keys.open')}
      aria-haspopup="dialog"
      aria-keyshortcuts="?"
      onClick={() => setOpen(true)}
    >
      <svg viewBox="0 0 16 16" className="icon" aria-hidden="true">
        <rect x="1.5" y="4" width="13" height="8.5" rx="1.5" />
        <path d="M4 6.5h.01M6.5 6.5h.01M9 6.5h.01M11.5 6.5h.01M5 10h6" />
      </svg>
    </button>
  );
}

/**
 * The first thing Tab reaches: a link that takes focus to the play button, past the header, the
 * tabs and the view. Shown only while focused.
 */
export function SkipLink() {
  const t = useT();
  return (
    <a
      className="skip-link"
      href="#playback"
      data-testid="skip-to-playback"
      onClick={(e) => {
        // The address's fragment holds the scenario: move focus without touching it.
        e.preventDefault();
        document.querySelector<HTMLElement>('[data-testid="play-toggle"]')?.focus();
      }}
    >
      {t('keys.skipToPlayback')}
    </a>
  );
}
