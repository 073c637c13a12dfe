// Listens for the keyboard shortcuts on the whole page (see shortcuts.ts) and does what they ask
// through the store: play/pause, step, seek, switch views, open the list of shortcuts.
import { useEffect } from 'react';
import { useSimStore } from '../../store/simStore';
import { VIEWS } from '../views';
import { shortcutFor, useShortcutsHelp } from './shortcuts';

function modalOpen(): boolean {
  return document.querySelector('dialog[open], [aria-modal="true"]') !== null;
}

export function useShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      const store = useSimStore.getState();
      const shortcut = shortcutFor(e, {
        modalOpen: modalOpen(),
        views: store.embed ? 0 : VIEWS.length,
      });
      if (!shortcut) return;
      e.preventDefault();
      switch (shortcut.kind) {
        case 'toggle':
          store.togglePlaying();
          break;
        case 'step':
          store.step();
          break;
        case 'seek':
          // Like the timeline's own keys: seeking pauses, so the moment reached stays in view.
          store.setPlaying(false);
          void store.seekBy(shortcut.deltaMs);
          break;
        case 'view':
          store.setView(VIEWS[shortcut.index]!.id);
          break;
        case 'help':
          useShortcutsHelp.getState().setOpen(true);
          break;
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
