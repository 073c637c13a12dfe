// Look an offset (or a timestamp) up the way Kafka does, and watch it: the engine explains the
// lookup (the offsetLookup / timestampLookup queries), the steps play one by one
// (the segment, each probe of the binary search over the index, the entry landed on, each batch
// the scan reads) and end at the batch found, with its byte position.
import { useId, useState, type FormEvent } from 'react';
import type { LogDirView } from '../../engine';
import { useSimStore } from '../../store/simStore';
import { useT } from '../common/useT';
import { fileName, offsetLookupRun, timestampLookupRun, type LookupRun } from './lookupSteps';
import type { RunState } from './ReplicaStorage';
import type { ReplicaRef } from './useLogDir';

interface Props {
  replica: ReplicaRef;
  dir: LogDirView;
  runState: RunState | null;
  onRun(run: LookupRun): void;
  onStep(step: number): void;
}

function parseWhole(text: string): number | null {
  const s = text.trim();
  if (!/^\d{1,15}$/.test(s)) return null;
  return Number(s);
}

export function LookupPanel({ replica, dir, runState, onRun, onStep }: Props) {
  const t = useT();
  const ids = useId();
  const offsetLookup = useSimStore((s) => s.queries.offsetLookup);
  const timestampLookup = useSimStore((s) => s.queries.timestampLookup);
  // Start from an offset in the middle of the log and a timestamp a little in the past.
  const [offsetText, setOffsetText] = useState(() =>
    String(Math.floor((dir.logStartOffset + Math.max(dir.logEndOffset - 1, 0)) / 2)),
  );
  const [tsText, setTsText] = useState(() =>
    String(Math.max(0, Math.floor(useSimStore.getState().now / 2000) * 1000)),
  );
  const [invalid, setInvalid] = useState<'offset' | 'timestamp' | null>(null);

  const lookUp = (e: FormEvent, kind: 'offset' | 'timestamp') => {
    e.preventDefault();
    const target = parseWhole(kind === 'offset' ? offsetText : tsText);
    const { broker, topic, partition } = replica;
    let run: LookupRun | null = null;
    if (target !== null && kind === 'offset') {
      const explained = offsetLookup(broker, topic, partition, target);
      run = explained && offsetLookupRun(explained);
    } else if (target !== null) {
      const explained = timestampLookup(broker, topic, partition, target);
      run = explained && timestampLookupRun(explained);
    }
    if (!run) {
      setInvalid(kind);
      return;
    }
    setInvalid(null);
    onRun(run);
  };

  const run = runState?.run;
  const step = runState?.step ?? 0;
  const done = run ? step >= run.steps.length - 1 : false;
  const result = done ? run?.result : null;

  return (
    <section className="card st-card st-lookup" aria-labelledby="st-lookup-title">
      <header className="st-card-head">
        <h3 id="st-lookup-title">{t('storage.lookup.title')}</h3>
        <span className="muted small">
          {t('storage.lookup.range', {
            start: dir.logStartOffset,
            end: dir.logEndOffset,
          })}
        </span>
      </header>
      <div className="st-lookup-forms">
        <form className="st-inline-form" onSubmit={(e) => lookUp(e, 'offset')}>
          <label htmlFor={`${ids}-o`}>{t('storage.lookup.offset')}</label>
          <input
            id={`${ids}-o`}
            data-testid="lookup-offset"
            inputMode="numeric"
            value={offsetText}
            aria-invalid={invalid === 'offset'}
            onChange={(e) => setOffsetText(e.target.value)}
          />
          <button type="submit" className="btn btn-primary" data-testid="lookup-submit">
            {t('storage.lookup.go')}
          </button>
        </form>
        <form className="st-inline-form" onSubmit={(e) => lookUp(e, 'timestamp')}>
          <label htmlFor={`${ids}-t`}>{t('storage.lookup.timestamp')}</label>
          <input
            id={`${ids}-t`}
            data-testid="lookup-timestamp"
            inputMode="numeric"
            value={tsText}
            aria-invalid={invalid === 'timestamp'}
            onChange={(e) => setTsText(e.target.value)}
          />
          <button type="submit" className="btn" data-testid="lookup-ts-submit">
            {t('storage.lookup.go')}
          </button>
        </form>
      </div>
      {invalid && (
        <p className="small st-warn" role="alert">
          {t('storage.lookup.invalid')}
        </p>
      )}
      {!run && <p className="muted small">{t('storage.lookup.hint')}</p>}
      {run && (
        <>
          <div className="st-lookup-controls">
            <span className="small muted" data-testid="lookup-progress">
              {t('storage.lookup.progress', {
                kind: t(
                  run.kind === 'offset'
                    ? 'storage.lookup.kind.offset'
                    : 'storage.lookup.kind.timestamp',
                ),
                target: run.target,
                step: step + 1,
                steps: run.steps.length,
              })}
            </span>
            <button
              type="button"
              className="btn btn-small"
              disabled={step === 0}
              onClick={() => onStep(0)}
            >
              {t('storage.lookup.replay')}
            </button>
            <button
              type="button"
              className="btn btn-small"
              disabled={done}
              onClick={() => onStep(run.steps.length - 1)}
            >
              {t('storage.lookup.skip')}
            </button>
          </div>
          <ol className="st-steps small" data-testid="lookup-steps">
            {run.steps.slice(0, step + 1).map((s, i) => (
              <li
                key={i}
                className={`st-step${i === step ? ' st-step-current' : ''}${s.found ? ' st-step-found' : ''}`}
                aria-current={i === step ? 'step' : undefined}
              >
                {t(s.msg, s.params)}
              </li>
            ))}
          </ol>
          <p className="visually-hidden" aria-live="polite">
            {run.steps[step] ? t(run.steps[step].msg, run.steps[step].params) : ''}
          </p>
          {done && result && (
            <p
              className="st-result"
              data-testid="lookup-result"
              data-kind={run.kind}
              data-offset={result.offset}
              data-position={result.position}
              data-segment={result.segment}
              data-batch-base-offset={result.batchBaseOffset}
              data-batch-last-offset={result.batchLastOffset}
            >
              {t(run.kind === 'offset' ? 'storage.lookup.result' : 'storage.lookup.result.time', {
                offset: result.offset,
                file: fileName(result.segment, 'log'),
                position: result.position,
                range:
                  result.batchBaseOffset === result.batchLastOffset
                    ? `${result.batchBaseOffset}`
                    : `${result.batchBaseOffset}–${result.batchLastOffset}`,
                timestamp: result.timestamp ?? '',
              })}
            </p>
          )}
          {done && !result && (
            <p
              className="st-result st-result-none"
              data-testid="lookup-result"
              data-kind={run.kind}
            >
              {t(run.steps.at(-1)!.msg, run.steps.at(-1)!.params)}
            </p>
          )}
        </>
      )}
    </section>
  );
}
