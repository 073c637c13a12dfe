// A caption's tone as an icon (a tick, an i, a warning triangle): colour is never the only signal.
import type { Tone } from './captionText';

export function ToneIcon({
  tone,
  className = 'repl-caption-icon',
}: {
  tone: Tone;
  className?: string;
}) {
  return (
    <svg viewBox="0 0 16 16" className={`icon ${className}`} aria-hidden="true">
      {tone === 'good' ? (
        <path d="M3 8.5 6.5 12 13 4.5" />
      ) : tone === 'info' ? (
        <>
          <circle cx="8" cy="8" r="6" />
          <path d="M8 7.5V11.5M8 4.8v.1" />
        </>
      ) : (
        <>
          <path d="M8 1.8 14.6 13.5H1.4z" />
          <path d="M8 6.3v3.6M8 11.6v.1" />
        </>
      )}
    </svg>
  );
}
