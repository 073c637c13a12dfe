// The group's state at its coordinator, named as it changes: the four phases of a classic
// rebalance in order (the current one marked, also for screen readers), the generation, what
// the phase means, the rebalance protocol, and the latest transitions with their reasons.
import type { ConsumerGroupSnapshot } from '../../engine';
import type { MessageKey } from '../../content/i18n';
import { useSimStore } from '../../store/simStore';
import { formatSimTime } from '../common/format';
import { useT } from '../common/useT';
import type { GroupLog } from './groupLog';
import { PHASES } from './model';
import { tKnown } from './safeKey';

const KNOWN = new Set<string>([...PHASES, 'Dead']);

export function PhaseBar({ group, log }: { group: ConsumerGroupSnapshot; log: GroupLog }) {
  const t = useT();
  const lang = useSimStore((s) => s.lang);
  const state = group.state;
  const known = KNOWN.has(state);
  const recent = log.phases.slice(-3).reverse();
  const protocol = group.rebalanceProtocol;
  return (
    <div className="gv-phase" data-testid={`group-${group.id}-phase`} data-state={state}>
      <ol className="gv-steps" aria-label={t('groups.phases', { id: group.id })}>
        {PHASES.map((p) => (
          <li
            key={p}
            className={p === state ? 'gv-step gv-step-current' : 'gv-step'}
            aria-current={p === state ? 'step' : undefined}
          >
            {t(`groups.phase.${p}` as MessageKey)}
          </li>
        ))}
        {state === 'Dead' && (
          <li className="gv-step gv-step-current gv-step-dead" aria-current="step">
            {t('groups.phase.Dead')}
          </li>
        )}
        <li className="gv-gen" data-testid={`group-${group.id}-generation`}>
          {t('groups.generation', { generation: group.generation })}
        </li>
      </ol>
      <p className="gv-phase-hint small">
        {known ? tKnown(t, `groups.phaseHint.${state}`, state) : state}
        {group.leader && <> · {t('groups.leader', { member: group.leader })}</>}
        {group.coordinator && (
          <>
            {' · '}
            {group.coordinator.broker !== null
              ? t('groups.coordinator', {
                  broker: group.coordinator.broker,
                  partition: group.coordinator.partition,
                })
              : t('groups.coordinator.none', { partition: group.coordinator.partition })}
          </>
        )}
      </p>
      {protocol && (
        <p className={`gv-protocol small gv-protocol-${protocol.toLowerCase()}`}>
          {tKnown(t, `groups.protocol.${protocol}`, protocol)}
          {group.strategy && <span className="muted"> ({group.strategy})</span>}
        </p>
      )}
      {recent.length > 0 && (
        <ol className="gv-history small muted" aria-label={t('groups.history')}>
          {recent.map((p) => (
            <li key={`${p.at}-${p.from}-${p.to}`}>
              {t('groups.history.item', {
                time: formatSimTime(p.at, lang),
                from: p.from,
                to: p.to,
                generation: p.generation,
                reason: p.reason ? `— ${p.reason}` : '',
              })}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
