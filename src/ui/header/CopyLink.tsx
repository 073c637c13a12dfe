// The header's "Copy link": builds the link that reproduces this screen (the scenario, the
// reader's actions, the moment, view, language, theme, speed, playing, selection), puts it on the
// clipboard and shows it in a small panel — selected, to copy by hand where the browser refuses
// the clipboard. The panel also carries `data-snapshot-hash`, a hash of the engine snapshot the
// link was made at, so a test can check that the link opens the same snapshot. The link's code
// (with lz-string) is fetched on the first click, if the address had not fetched it already.
import { useEffect, useId, useRef, useState } from 'react';
import type { Snapshot } from '../../engine';
import { useSimStore } from '../../store/simStore';
import { formatSimTime } from '../common/format';
import { useT } from '../common/useT';
import './share.css';

interface Made {
  url: string;
  at: number;
  actions: number;
  hash: string;
  copied: boolean;
}

/** FNV-1a over the snapshot's JSON: equal snapshots, equal hashes (a test hook, not security). */
export function snapshotHash(snapshot: Snapshot | null): string {
  const text = JSON.stringify(snapshot);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `${(h >>> 0).toString(16).padStart(8, '0')}-${text.length}`;
}

export function CopyLink() {
  const t = useT();
  const ids = useId();
  const lang = useSimStore((s) => s.lang);
  const hasSim = useSimStore((s) => s.scenario !== null);
  const [made, setMade] = useState<Made | null>(null);
  const fieldRef = useRef<HTMLInputElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  const copy = async () => {
    const state = useSimStore.getState();
    const { buildShareUrl, userActionsOf } = await import('../../store/shareLink');
    const url = buildShareUrl(state);
    const base = {
      url,
      at: state.now,
      actions: userActionsOf(state).length,
      hash: snapshotHash(state.snapshot),
    };
    let copied = false;
    try {
      await navigator.clipboard.writeText(url);
      copied = true;
    } catch {
      // Refused (no permission, an insecure page, an embed): the field below is selected instead.
    }
    setMade({ ...base, copied });
  };

  useEffect(() => {
    if (!made) return;
    fieldRef.current?.focus();
    fieldRef.current?.select();
  }, [made]);

  const close = () => {
    setMade(null);
    buttonRef.current?.focus();
  };

  return (
    <div className="share">
      <button
        ref={buttonRef}
        type="button"
        className="btn"
        data-testid="copy-link"
        title={t('share.copy.hint')}
        aria-expanded={made !== null}
        aria-controls={`${ids}-panel`}
        disabled={!hasSim}
        onClick={() => void copy().catch(() => undefined)}
      >
        <svg viewBox="0 0 16 16" className="icon" aria-hidden="true">
          <path d="M6.5 9.5a3 3 0 0 0 4.2 0l2.3-2.3a3 3 0 0 0-4.2-4.2l-.9.9M9.5 6.5a3 3 0 0 0-4.2 0L3 8.8a3 3 0 0 0 4.2 4.2l.9-.9" />
        </svg>
        <span className="hide-narrow">{t('share.copy')}</span>
      </button>
      {made && (
        <div
          id={`${ids}-panel`}
          className="share-panel"
          role="region"
          aria-label={t('share.field')}
          data-testid="share-panel"
          data-snapshot-hash={made.hash}
          onKeyDown={(e) => {
            if (e.key === 'Escape') close();
          }}
        >
          <p role="status" className="share-status">
            {t(made.copied ? 'share.copied' : 'share.copyFailed')}
          </p>
          <label htmlFor={`${ids}-url`}>{t('share.field')}</label>
          <input
            ref={fieldRef}
            id={`${ids}-url`}
            type="text"
            readOnly
            spellCheck={false}
            value={made.url}
            data-testid="share-url"
            onFocus={(e) => e.currentTarget.select()}
          />
          <p className="share-summary muted">
            {t('share.summary', { time: formatSimTime(made.at, lang), count: made.actions })}
          </p>
          <button type="button" className="btn btn-small" onClick={close}>
            {t('share.close')}
          </button>
        </div>
      )}
    </div>
  );
}
