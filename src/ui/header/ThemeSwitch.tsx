// Light/dark switch; until used, the theme follows prefers-color-scheme.
import { useSimStore } from '../../store/simStore';
import { useT } from '../common/useT';

export function ThemeSwitch() {
  const t = useT();
  const theme = useSimStore((s) => s.theme);
  const setTheme = useSimStore((s) => s.setTheme);
  const next = theme === 'dark' ? 'light' : 'dark';
  const label = t(next === 'dark' ? 'header.theme.toDark' : 'header.theme.toLight');
  return (
    <button
      type="button"
      className="btn btn-icon"
      aria-label={label}
      title={label}
      data-testid="theme-switch"
      onClick={() => setTheme(next)}
    >
      {theme === 'dark' ? <SunIcon /> : <MoonIcon />}
    </button>
  );
}

function SunIcon() {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" className="icon">
      <circle cx="12" cy="12" r="4.5" />
      <path d="M12 2v2.5M12 19.5V22M2 12h2.5M19.5 12H22M4.9 4.9l1.8 1.8M17.3 17.3l1.8 1.8M4.9 19.1l1.8-1.8M17.3 6.7l1.8-1.8" />
    </svg>
  );
}

function MoonIcon() {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" className="icon">
      <path d="M20 14.5A8 8 0 0 1 9.5 4a8 8 0 1 0 10.5 10.5z" />
    </svg>
  );
}
