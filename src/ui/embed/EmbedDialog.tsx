// The embed dialog: choose the size, language, theme, view, start and stop times and whether it
// plays; see the embed live (an iframe of this very app with embed=1) and copy its code.
import { SecondsInput } from '../common/SecondsInput';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { isLangLoaded, LANGS, loadLang, translate, type Lang } from '../../content/i18n';
import { findStarter, starterText } from '../../content/scenarios';
import { buildShareUrl } from '../../store/shareLink';
import { SPEEDS, useSimStore } from '../../store/simStore';
import type { Theme, ViewId } from '../../store/urlState';
import { useElementWidth } from '../common/useElementWidth';
import { useT } from '../common/useT';
import { VIEWS } from '../views';
import { Dialog } from './Dialog';
import { iframeCode, presetSize, SIZE_PRESETS, type SizePreset } from './embedLink';
import './embed.css';

const LANG_NAMES: Record<Lang, string> = { ko: '한국어', en: 'English' };
/** The preview reloads once the options have been still this long (typing a time). */
const PREVIEW_SETTLE_MS = 400;

/** Seconds as typed → ms; null for empty, NaN for nonsense. */
function typedMs(text: string): number | null {
  if (text.trim() === '') return null;
  const s = Number(text);
  return Number.isFinite(s) && s >= 0 ? Math.round(s * 1000) : NaN;
}

interface EmbedOptions {
  view: ViewId;
  lang: Lang;
  theme: Theme;
  t: number;
  until: number | null;
  autoplay: boolean;
  speed: number;
}

/** The embed's iframe address: the run's share link (scenario, actions) with embed=1. */
function srcFor(o: EmbedOptions): string {
  return buildShareUrl(useSimStore.getState(), {
    embed: true,
    view: o.view,
    lang: o.lang,
    theme: o.theme,
    t: o.t,
    until: o.until ?? undefined,
    autoplay: o.autoplay,
    speed: o.speed,
  });
}

export function EmbedDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const ids = useId();
  const state = useSimStore.getState();
  const starterId = useSimStore((s) => s.starterId);
  const [preset, setPreset] = useState<SizePreset>('640x400');
  const [lang, setLang] = useState<Lang>(state.lang);
  const [theme, setTheme] = useState<Theme>(state.theme);
  const [view, setView] = useState<ViewId>(state.view);
  const [autoplay, setAutoplay] = useState(true);
  const [speed, setSpeed] = useState<number>(state.speed < 1 ? 1 : state.speed);
  const [start, setStart] = useState(() => String(Math.floor(state.now / 100) / 10));
  const [stop, setStop] = useState('');
  const [status, setStatus] = useState<'copied' | 'failed' | null>(null);
  const codeRef = useRef<HTMLTextAreaElement>(null);

  const startMs = typedMs(start) ?? 0;
  const stopMs = typedMs(stop);
  const startBad = Number.isNaN(startMs);
  const stopBad = stopMs !== null && (Number.isNaN(stopMs) || stopMs <= startMs);

  const options: EmbedOptions = {
    view,
    lang,
    theme,
    t: startBad ? 0 : startMs,
    until: stopBad ? null : stopMs,
    autoplay,
    speed,
  };
  const src = srcFor(options);
  const starter = starterId ? findStarter(starterId) : undefined;
  // The embed's title in the embed's language: fetch that language's texts if it is not the page's.
  const [, textsArrived] = useState(0);
  useEffect(() => {
    if (!isLangLoaded(lang))
      loadLang(lang).then(
        () => textsArrived((n) => n + 1),
        () => undefined, // (the page's language stands in)
      );
  }, [lang]);
  const title = starter
    ? translate(lang, starterText(starter.id, 'title'))
    : t('embed.title.custom');
  const code = iframeCode(src, preset, title);

  useEffect(() => setStatus(null), [code]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setStatus('copied');
    } catch {
      codeRef.current?.focus();
      codeRef.current?.select();
      setStatus('failed');
    }
  };

  return (
    <Dialog
      title={t('embed.dialog.title')}
      onClose={onClose}
      testId="embed-dialog"
      className="embed-dialog"
    >
      <p className="dialog-note">{t('embed.dialog.intro')}</p>
      <div className="dialog-fields">
        <div className="segmented" role="group" aria-label={t('embed.size')}>
          {SIZE_PRESETS.map((p) => (
            <button
              key={p}
              type="button"
              aria-pressed={p === preset}
              data-testid={`embed-size-${p}`}
              onClick={() => setPreset(p)}
            >
              {p === 'responsive' ? t('embed.size.responsive') : p.replace('x', ' × ')}
            </button>
          ))}
        </div>
        <div className="field-inline">
          <label htmlFor={`${ids}-view`}>{t('embed.view')}</label>
          <select
            id={`${ids}-view`}
            data-testid="embed-view"
            value={view}
            onChange={(e) => setView(e.target.value as ViewId)}
          >
            {VIEWS.map((v) => (
              <option key={v.id} value={v.id}>
                {t(v.label)}
              </option>
            ))}
          </select>
        </div>
        <div className="field-inline">
          <label htmlFor={`${ids}-lang`}>{t('embed.lang')}</label>
          <select
            id={`${ids}-lang`}
            data-testid="embed-lang"
            value={lang}
            onChange={(e) => setLang(e.target.value as Lang)}
          >
            {LANGS.map((l) => (
              <option key={l} value={l} lang={l}>
                {LANG_NAMES[l]}
              </option>
            ))}
          </select>
        </div>
        <div className="field-inline">
          <label htmlFor={`${ids}-theme`}>{t('embed.theme')}</label>
          <select
            id={`${ids}-theme`}
            data-testid="embed-theme"
            value={theme}
            onChange={(e) => setTheme(e.target.value as Theme)}
          >
            <option value="light">{t('header.theme.light')}</option>
            <option value="dark">{t('header.theme.dark')}</option>
          </select>
        </div>
      </div>
      <div className="dialog-fields">
        <div className="field-inline">
          <label htmlFor={`${ids}-start`}>{t('embed.start')}</label>
          <SecondsInput
            id={`${ids}-start`}
            testId="embed-start"
            value={start}
            invalid={startBad}
            onChange={setStart}
          />
          <button
            type="button"
            className="btn btn-small"
            title={t('embed.now.hint')}
            onClick={() => setStart(String(Math.floor(useSimStore.getState().now / 100) / 10))}
          >
            {t('embed.now')}
          </button>
        </div>
        <div className="field-inline">
          <label htmlFor={`${ids}-stop`}>{t('embed.stop')}</label>
          <SecondsInput
            id={`${ids}-stop`}
            testId="embed-stop"
            placeholder={t('embed.stop.placeholder')}
            value={stop}
            invalid={stopBad}
            describedBy={stopBad ? `${ids}-stop-error` : undefined}
            onChange={setStop}
          />
        </div>
        <label className="field-inline">
          <input
            type="checkbox"
            data-testid="embed-autoplay"
            checked={autoplay}
            onChange={(e) => setAutoplay(e.target.checked)}
          />
          {t('embed.autoplay')}
        </label>
        <div className="field-inline">
          <label htmlFor={`${ids}-speed`}>{t('embed.speed')}</label>
          <select
            id={`${ids}-speed`}
            data-testid="embed-speed"
            value={speed}
            onChange={(e) => setSpeed(Number(e.target.value))}
          >
            {SPEEDS.map((s) => (
              <option key={s} value={s}>
                {s}×
              </option>
            ))}
          </select>
        </div>
      </div>
      {stopBad && (
        <p className="dialog-error" id={`${ids}-stop-error`} role="alert">
          {t('embed.stop.invalid')}
        </p>
      )}
      <div className="embed-dialog-grid">
        <section className="embed-dialog-preview" aria-label={t('embed.preview')}>
          <h3>{t('embed.preview')}</h3>
          <Preview src={src} preset={preset} title={t('embed.preview.frame')} />
        </section>
        <section className="embed-dialog-code">
          <label htmlFor={`${ids}-code`}>
            <h3>{t('embed.code')}</h3>
          </label>
          <textarea
            id={`${ids}-code`}
            ref={codeRef}
            readOnly
            spellCheck={false}
            rows={6}
            data-testid="embed-code"
            value={code}
            onFocus={(e) => e.currentTarget.select()}
          />
          <div className="dialog-actions">
            <button
              type="button"
              className="btn btn-primary"
              data-testid="embed-copy"
              onClick={() => void copy()}
            >
              <svg viewBox="0 0 16 16" className="icon" aria-hidden="true">
                <rect x="5" y="5" width="8.5" height="8.5" rx="1.5" />
                <path d="M10.5 3.5V3a1 1 0 0 0-1-1H3a1 1 0 0 0-1 1v6.5a1 1 0 0 0 1 1h.5" />
              </svg>
              {t('embed.copy')}
            </button>
            <p className="dialog-status" role="status" data-testid="embed-copy-status">
              {status === 'copied'
                ? t('embed.copied')
                : status === 'failed'
                  ? t('embed.copyFailed')
                  : ''}
            </p>
          </div>
        </section>
      </div>
    </Dialog>
  );
}

/** The embed itself, scaled to the room there is; reloaded once the options settle. */
function Preview({ src, preset, title }: { src: string; preset: SizePreset; title: string }) {
  const box = useRef<HTMLDivElement>(null);
  const room = useElementWidth(box);
  const [shown, setShown] = useState(src);
  useEffect(() => {
    if (src === shown) return;
    const timer = window.setTimeout(() => setShown(src), PREVIEW_SETTLE_MS);
    return () => window.clearTimeout(timer);
  }, [src, shown]);
  const { width, height } = presetSize(preset);
  const scale = room > 0 ? Math.min(1, room / width) : 1;
  const frameStyle = useMemo(
    () => ({ width, height, transform: `scale(${scale})` }),
    [width, height, scale],
  );
  return (
    <div ref={box} className="embed-preview-box" data-testid="embed-preview">
      <div className="embed-preview-frame" style={{ height: height * scale }}>
        <iframe key={shown} src={shown} title={title} style={frameStyle} data-src={shown} />
      </div>
    </div>
  );
}
