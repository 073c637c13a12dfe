// The export dialog: the current view as a PNG (and the storage view's segment map as SVG), and
// a stretch of the run as an animated GIF rendered frame by frame from the deterministic run.
// Loaded lazily with its renderer: none of it is in the app's first load.
import { SecondsInput } from '../common/SecondsInput';
import { useEffect, useId, useRef, useState } from 'react';
import { findStarter, starterText } from '../../content/scenarios';
import { buildShareUrl } from '../../store/shareLink';
import { useSimStore } from '../../store/simStore';
import { formatSimTime } from '../common/format';
import { useT } from '../common/useT';
import { Dialog } from '../embed/Dialog';
import type { Stamp } from './capture';
import type { Rendered } from './render';
import { downloadBlob } from '../common/download';
import {
  BAND_PX,
  exportName,
  FPS_CHOICES,
  frameTimes,
  GIF_SCALES,
  planError,
  PNG_SCALES,
  printableLink,
  type AnimationPlan,
} from './plan';
import './export.css';

type Status =
  | { kind: 'idle' }
  | { kind: 'busy'; frame: number; frames: number; phase: 'frames' | 'encoding' }
  | { kind: 'done'; name: string; size: number; width: number; height: number; frames: number }
  | { kind: 'cancelled' }
  | { kind: 'failed'; reason: string };

/** The element the views draw in. */
function viewElement(): HTMLElement | null {
  return document.querySelector<HTMLElement>('main.app-main');
}

function seconds(ms: number): string {
  return String(Math.floor(ms / 100) / 10);
}

function typedMs(text: string): number {
  const s = Number(text);
  return text.trim() !== '' && Number.isFinite(s) ? Math.round(s * 1000) : Number.NaN;
}

function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

export default function ExportDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const ids = useId();
  const lang = useSimStore((s) => s.lang);
  const view = useSimStore((s) => s.view);
  const starterId = useSimStore((s) => s.starterId);
  const [pngScale, setPngScale] = useState<number>(2);
  const [from, setFrom] = useState(() => seconds(useSimStore.getState().now));
  const [to, setTo] = useState(() => seconds(useSimStore.getState().now + 10_000));
  const [fps, setFps] = useState<number>(5);
  const [gifScale, setGifScale] = useState<number>(1);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const abort = useRef<AbortController | null>(null);
  const [viewSize, setViewSize] = useState({ width: 0, height: 0 });

  useEffect(() => {
    const el = viewElement();
    if (el) setViewSize({ width: el.clientWidth, height: el.clientHeight });
  }, [view]);
  // Closing the dialog mid-render cancels it (the run is put back where it was).
  useEffect(() => () => abort.current?.abort(), []);

  const starter = starterId ? findStarter(starterId) : undefined;
  const scenarioName = starterId ?? 'scenario';

  const stampAt = (ms: number): Stamp => {
    const link = buildShareUrl(useSimStore.getState(), { t: ms, autoplay: false });
    return {
      title: starter ? t(starterText(starter.id, 'title')) : t('embed.title.custom'),
      time: t('export.stamp.time', { time: formatSimTime(ms, lang) }),
      link,
      linkText: printableLink(link),
    };
  };

  const plan: AnimationPlan = { from: typedMs(from), to: typedMs(to), fps };
  const invalid = planError(plan) !== null;
  const frames = frameTimes(plan).length;
  const gifWidth = Math.round(viewSize.width * gifScale);
  const gifHeight = Math.round(viewSize.height * gifScale) + Math.round(BAND_PX * gifScale);
  const busy = status.kind === 'busy';

  const fail = (err: unknown) => {
    if (err instanceof DOMException && err.name === 'AbortError') setStatus({ kind: 'cancelled' });
    else setStatus({ kind: 'failed', reason: err instanceof Error ? err.message : String(err) });
  };

  /** Download what was rendered and say so. */
  const saved = (out: Rendered, name: string) => {
    downloadBlob(out.blob, name);
    setStatus({
      kind: 'done',
      name,
      size: out.blob.size,
      width: out.width,
      height: out.height,
      frames: out.frames,
    });
  };

  const savePng = async () => {
    const el = viewElement();
    if (!el) return;
    const now = useSimStore.getState().now;
    setStatus({ kind: 'busy', frame: 1, frames: 1, phase: 'frames' });
    try {
      const { renderPng } = await import('./render');
      const out = await renderPng(el, pngScale, stampAt(now));
      const name = exportName(scenarioName, view, `t${now}`, 'png');
      saved(out, name);
    } catch (err) {
      fail(err);
    }
  };

  const saveSvg = async () => {
    const svg = document.querySelector<SVGSVGElement>('svg[data-testid="segment-map"]');
    if (!svg) return;
    const now = useSimStore.getState().now;
    try {
      const { renderSvg } = await import('./render');
      const out = renderSvg(svg, stampAt(now));
      const name = exportName(scenarioName, 'segment-map', `t${now}`, 'svg');
      saved(out, name);
    } catch (err) {
      fail(err);
    }
  };

  const saveGif = async () => {
    const el = viewElement();
    if (!el || invalid) return;
    const controller = new AbortController();
    abort.current = controller;
    const first = stampAt(plan.from);
    setStatus({ kind: 'busy', frame: 0, frames, phase: 'frames' });
    try {
      const { renderGif } = await import('./render');
      const out = await renderGif(
        el,
        plan,
        gifScale,
        // Each frame says its own time; the link is the same for all: the run at the first frame.
        (ms) => ({ ...stampAt(ms), link: first.link, linkText: first.linkText }),
        (p) => {
          if (!controller.signal.aborted) setStatus({ kind: 'busy', ...p });
        },
        controller.signal,
      );
      const name = exportName(scenarioName, view, `${plan.from}-${plan.to}ms`, 'gif');
      saved(out, name);
    } catch (err) {
      fail(err);
    } finally {
      abort.current = null;
    }
  };

  return (
    <Dialog
      title={t('export.dialog.title')}
      onClose={onClose}
      locked={busy}
      testId="export-dialog"
      className="export-dialog"
    >
      <section className="dialog-section">
        <h3>{t('export.image.title')}</h3>
        <p className="dialog-note">{t('export.image.intro')}</p>
        <div className="dialog-fields">
          <div className="field-inline">
            <label htmlFor={`${ids}-scale`}>{t('export.scale')}</label>
            <select
              id={`${ids}-scale`}
              data-testid="export-scale"
              value={pngScale}
              disabled={busy}
              onChange={(e) => setPngScale(Number(e.target.value))}
            >
              {PNG_SCALES.map((s) => (
                <option key={s} value={s}>
                  {s}× ({Math.round(viewSize.width * s)} ×{' '}
                  {Math.round((viewSize.height + BAND_PX) * s)} px)
                </option>
              ))}
            </select>
          </div>
          <button
            type="button"
            className="btn btn-primary"
            data-testid="export-png"
            disabled={busy}
            onClick={() => void savePng()}
          >
            {t('export.png')}
          </button>
          {view === 'storage' && (
            <button
              type="button"
              className="btn"
              data-testid="export-svg"
              title={t('export.svg.hint')}
              disabled={busy}
              onClick={() => void saveSvg()}
            >
              {t('export.svg')}
            </button>
          )}
        </div>
      </section>
      <section className="dialog-section">
        <h3>{t('export.anim.title')}</h3>
        <p className="dialog-note">{t('export.anim.intro')}</p>
        <div className="dialog-fields">
          <div className="field-inline">
            <label htmlFor={`${ids}-from`}>{t('export.from')}</label>
            <SecondsInput
              id={`${ids}-from`}
              testId="export-from"
              value={from}
              disabled={busy}
              invalid={invalid}
              onChange={setFrom}
            />
          </div>
          <div className="field-inline">
            <label htmlFor={`${ids}-to`}>{t('export.to')}</label>
            <SecondsInput
              id={`${ids}-to`}
              testId="export-to"
              value={to}
              disabled={busy}
              invalid={invalid}
              onChange={setTo}
            />
          </div>
          <div className="field-inline">
            <label htmlFor={`${ids}-fps`}>{t('export.fps')}</label>
            <select
              id={`${ids}-fps`}
              data-testid="export-fps"
              value={fps}
              disabled={busy}
              onChange={(e) => setFps(Number(e.target.value))}
            >
              {FPS_CHOICES.map((f) => (
                <option key={f} value={f}>
                  {f}
                </option>
              ))}
            </select>
          </div>
          <div className="field-inline">
            <label htmlFor={`${ids}-gscale`}>{t('export.scale')}</label>
            <select
              id={`${ids}-gscale`}
              data-testid="export-gif-scale"
              value={gifScale}
              disabled={busy}
              onChange={(e) => setGifScale(Number(e.target.value))}
            >
              {GIF_SCALES.map((s) => (
                <option key={s} value={s}>
                  {Math.round(s * 100)}%
                </option>
              ))}
            </select>
          </div>
        </div>
        {invalid ? (
          <p className="dialog-error" role="alert">
            {t('export.range.invalid')}
          </p>
        ) : (
          <p className="dialog-note" data-testid="export-gif-summary">
            {t('export.frames', {
              frames,
              width: gifWidth,
              height: gifHeight,
              seconds: (plan.to - plan.from) / 1000,
            })}
          </p>
        )}
        <div className="dialog-actions">
          <button
            type="button"
            className="btn btn-primary"
            data-testid="export-gif"
            disabled={busy || invalid}
            onClick={() => void saveGif()}
          >
            {t('export.gif')}
          </button>
          {busy && status.frames > 1 && (
            <button
              type="button"
              className="btn"
              data-testid="export-cancel"
              onClick={() => abort.current?.abort()}
            >
              {t('export.cancel')}
            </button>
          )}
        </div>
      </section>
      <StatusLine status={status} />
    </Dialog>
  );
}

function StatusLine({ status }: { status: Status }) {
  const t = useT();
  if (status.kind === 'busy') {
    const text =
      status.phase === 'encoding'
        ? t('export.encoding')
        : t('export.progress', { frame: status.frame, frames: status.frames });
    return (
      <div className="export-progress" data-testid="export-status" data-state="busy">
        <progress
          max={status.frames}
          value={status.frame}
          aria-label={t('export.busy')}
          data-testid="export-progress"
        />
        <span role="status">{text}</span>
      </div>
    );
  }
  const text =
    status.kind === 'done'
      ? t('export.done', { name: status.name, size: sizeText(status.size) })
      : status.kind === 'cancelled'
        ? t('export.cancelled')
        : status.kind === 'failed'
          ? t('export.failed', { reason: status.reason })
          : '';
  return (
    <p
      className={`dialog-status export-status${status.kind === 'failed' ? ' dialog-error' : ''}`}
      role="status"
      data-testid="export-status"
      data-state={status.kind}
      data-width={status.kind === 'done' ? status.width : undefined}
      data-height={status.kind === 'done' ? status.height : undefined}
      data-frames={status.kind === 'done' ? status.frames : undefined}
    >
      {text}
    </p>
  );
}
