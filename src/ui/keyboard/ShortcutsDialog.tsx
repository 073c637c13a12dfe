// The list of keyboard shortcuts, in a modal dialog: opened with ? or the header's button,
// closed with Esc or its close button (focus goes back to where it was).
import { lazy, Suspense } from 'react';
import { useT } from '../common/useT';
import { useShortcutsHelp } from './shortcuts';
import './keyboard.css';

const ShortcutsList = lazy(() => import('./ShortcutsList'));

export function ShortcutsDialog() {
  const open = useShortcutsHelp((s) => s.open);
  if (!open) return null;
  return (
    <Suspense fallback={null}>
      <ShortcutsList />
    </Suspense>
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
