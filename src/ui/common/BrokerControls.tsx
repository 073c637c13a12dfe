// The broker actions a learner can take on one broker, in every view: crash it, shut it down
// cleanly, start it again, cut it off the network (and heal it), slow its replica fetches.
// Each button applies the scenario action of the same name through the store, so a click is
// recorded and replays exactly like a scenario's own `actions`.
import { memo, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { ActionBody, BrokerStatus } from '../../engine';
import type { MessageKey } from '../../content/i18n';
import { useSimStore } from '../../store/simStore';
import { labelWithHint } from './labelWithHint';
import { useT } from './useT';
import './brokerControls.css';

/** The test-id suffix of each control: `broker-<id>-<action>`. */
export type BrokerControlId =
  'kill' | 'shutdown' | 'restart' | 'isolate' | 'heal' | 'slow' | 'normal';

export interface BrokerControlsBroker {
  id: number;
  status: BrokerStatus;
  isolated?: true;
  slowFactor?: number;
}

interface Props {
  broker: BrokerControlsBroker;
  /** Icons only (the label stays in aria-label and the tooltip): for narrow cards. */
  compact?: boolean;
  className?: string;
}

interface Control {
  id: BrokerControlId;
  action: ActionBody;
  tone: 'bad' | 'warn' | 'ok' | 'plain';
}

/** Which controls make sense now: an offline broker can only start again (or be reconnected). */
export function brokerControls(b: BrokerControlsBroker): Control[] {
  const broker = b.id;
  const out: Control[] = [];
  if (b.status === 'offline') {
    out.push({ id: 'restart', action: { do: 'restartBroker', broker }, tone: 'ok' });
  } else {
    out.push({ id: 'kill', action: { do: 'killBroker', broker }, tone: 'bad' });
    out.push({ id: 'shutdown', action: { do: 'shutdownBroker', broker }, tone: 'plain' });
  }
  if (b.isolated) out.push({ id: 'heal', action: { do: 'healBroker', broker }, tone: 'ok' });
  else if (b.status !== 'offline')
    out.push({ id: 'isolate', action: { do: 'isolateBroker', broker }, tone: 'warn' });
  if ((b.slowFactor ?? 1) > 1)
    out.push({ id: 'normal', action: { do: 'slowBroker', broker, factor: 1 }, tone: 'ok' });
  else if (b.status !== 'offline')
    out.push({ id: 'slow', action: { do: 'slowBroker', broker }, tone: 'warn' });
  return out;
}

export const BrokerControls = memo(function BrokerControls({ broker, compact, className }: Props) {
  const t = useT();
  const apply = useSimStore((s) => s.apply);
  const controls = brokerControls(broker);
  // One tab stop per broker (the WAI-ARIA toolbar pattern): ← → Home End move between its
  // buttons, so Tab goes from broker to broker instead of through every button.
  const [active, setActive] = useState(0);
  const current = Math.min(active, controls.length - 1);
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const refocus = useRef(false);
  const ids = controls.map((c) => c.id).join(',');
  // A pressed button may go away (Crash becomes Restart): focus stays in the toolbar.
  useEffect(() => {
    if (!refocus.current) return;
    refocus.current = false;
    if (document.activeElement === null || document.activeElement === document.body)
      refs.current[current]?.focus();
  }, [ids, current]);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const last = controls.length - 1;
    const to: Record<string, number> = {
      ArrowRight: current === last ? 0 : current + 1,
      ArrowLeft: current === 0 ? last : current - 1,
      Home: 0,
      End: last,
    };
    if (!(e.key in to) || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    setActive(to[e.key]!);
    refs.current[to[e.key]!]?.focus();
  };
  return (
    <div
      role="toolbar"
      className={`broker-controls${compact ? ' broker-controls-compact' : ''}${className ? ` ${className}` : ''}`}
      aria-label={t('brokerControls.label', { id: broker.id })}
      data-testid={`broker-${broker.id}-controls`}
      onKeyDown={onKeyDown}
    >
      {controls.map((c, i) => {
        const label = t(`brokerControls.${c.id}` as MessageKey);
        const hint = t(`brokerControls.${c.id}.hint` as MessageKey, { id: broker.id });
        return (
          <button
            key={c.id}
            ref={(el) => {
              refs.current[i] = el;
            }}
            type="button"
            className={`btn btn-small btn-quiet broker-control tone-${c.tone}`}
            data-testid={`broker-${broker.id}-${c.id}`}
            aria-label={labelWithHint(label, hint)}
            title={hint}
            tabIndex={i === current ? 0 : -1}
            onFocus={() => setActive(i)}
            onClick={() => {
              refocus.current = true;
              apply(c.action);
            }}
          >
            <ControlIcon id={c.id} />
            <span className={compact ? 'visually-hidden' : undefined}>{label}</span>
          </button>
        );
      })}
    </div>
  );
});

function ControlIcon({ id }: { id: BrokerControlId }) {
  const common = {
    viewBox: '0 0 16 16',
    className: 'icon broker-control-icon',
    'aria-hidden': true as const,
    fill: 'none',
    stroke: 'currentColor',
    strokeWidth: 1.6,
    strokeLinecap: 'round' as const,
    strokeLinejoin: 'round' as const,
  };
  switch (id) {
    case 'kill': // a lightning bolt: a sudden crash
      return (
        <svg {...common}>
          <path d="M9 1.5 3.5 9h4l-1 5.5L12.5 7h-4z" />
        </svg>
      );
    case 'shutdown': // the power symbol: a clean stop
      return (
        <svg {...common}>
          <path d="M8 2v6" />
          <path d="M4.6 4.2a5 5 0 1 0 6.8 0" />
        </svg>
      );
    case 'restart':
      return (
        <svg {...common}>
          <path d="M13 8a5 5 0 1 1-1.5-3.6" />
          <path d="M11.8 1.8v2.8H9" />
        </svg>
      );
    case 'isolate': // a cut link
      return (
        <svg {...common}>
          <path d="M2 8h4M10 8h4" />
          <path d="M7 5.5 9 10.5" />
        </svg>
      );
    case 'heal':
      return (
        <svg {...common}>
          <path d="M2 8h12" />
          <circle cx="8" cy="8" r="1.6" />
        </svg>
      );
    case 'slow': // a snail-paced clock
      return (
        <svg {...common}>
          <circle cx="8" cy="8" r="5.5" />
          <path d="M8 5v3.2l2 1.3" />
        </svg>
      );
    case 'normal': // play: full speed again
      return (
        <svg {...common}>
          <path d="M4 3.5v9l4-4.5zM8.5 3.5v9l4-4.5z" />
        </svg>
      );
  }
}
