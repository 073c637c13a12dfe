// The reader's own settings that survive a reload: language and theme, in localStorage. Only a
// choice the reader makes is kept (the header's switches); a link's own lang= and theme= win when
// the page opens but are not stored, so opening someone's link does not change your settings.
// Storage may be missing or refuse (a sandboxed frame, private mode, a full quota): then
// nothing is kept and nothing breaks. A stored value is read as data and used only if it is one
// of the known values.
import { isLang, type Lang } from '../content/i18n';
import type { Theme } from './urlState';

export const STORAGE_KEY = 'kafkascope.settings';

export interface StoredSettings {
  lang: Lang | null;
  theme: Theme | null;
}

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null; // SecurityError in a sandboxed frame or with storage blocked
  }
}

export function loadSettings(): StoredSettings {
  const none: StoredSettings = { lang: null, theme: null };
  try {
    const raw = storage()?.getItem(STORAGE_KEY);
    if (!raw || raw.length > 200) return none;
    const data: unknown = JSON.parse(raw);
    if (typeof data !== 'object' || data === null) return none;
    const { lang, theme } = data as Record<string, unknown>;
    return {
      lang: isLang(lang) ? lang : null,
      theme: theme === 'light' || theme === 'dark' ? theme : null,
    };
  } catch {
    return none;
  }
}

/** Keep `change` over what is stored (null: forget that setting). */
export function saveSettings(change: Partial<StoredSettings>): void {
  const s = storage();
  if (!s) return;
  const next = { ...loadSettings(), ...change };
  try {
    s.setItem(STORAGE_KEY, JSON.stringify(next));
  } catch {
    // Quota or a blocked storage: the setting lasts for this page only.
  }
}
