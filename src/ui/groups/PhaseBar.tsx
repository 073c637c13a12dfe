// The group's state at its coordinator, named as it changes. A classic group: the four phases
// of a rebalance in order (the current one marked, also for screen readers), the generation,
// what the phase means, the rebalance protocol, and the latest transitions with their reasons.
// A consumer-protocol group (KIP-848): the phases of its latest group epoch as the trace told
// them (epoch bumped → target computed → members reconciling → stable), the group epoch and
// the target assignment epoch, the state with what it means, the server assignor, and the
// latest steps (members revoking, waiting, taking partitions).
import type { ConsumerGroupSnapshot } from '../../engine';
import type { Lang, MessageKey } from '../../content/i18n';
import { useSimStore } from '../../store/simStore';
import { formatSimTime } from '../common/format';
import { useT, type TFunction } from '../common/useT';
import type { ConsumerRound, ConsumerStep, GroupLog } from './groupLog';
import { PHASES, tpList } from './model';
import { tKnown } from './safeKey';
import { describeReason } from '../../content/i18n/reasonText';

const KNOWN = new Set<string>([...PHASES, 'Dead']);

export function PhaseBar({ group, log }: { group: ConsumerGroupSnapshot; log: GroupLog }) {
  if (group.protocol === 'consumer') return <ConsumerPhaseBar group={group} log={log} />;
  return <ClassicPhaseBar group={group} log={log} />;
}

function Coordinator({ group }: { group: ConsumerGroupSnapshot }) {
  const t = useT();
  if (!group.coordinator) return null;
  return (
    <>
      {' · '}
      {group.coordinator.broker !== null
        ? t('groups.coordinator', {
            broker: group.coordinator.broker,
            partition: group.coordinator.partition,
          })
        : t('groups.coordinator.none', { partition: group.coordinator.partition })}
    </>
  );
}

function ClassicPhaseBar({ group, log }: { group: ConsumerGroupSnapshot; log: GroupLog }) {
  const t = useT();
  const lang = useSimStore((s) => s.lang);
  const state = group.state;
  const known = KNOWN.has(state);
  const recent = log.phases.slice(-3).reverse();
  const protocol = group.rebalanceProtocol;
  return (
    <div
      className="gv-phase"
      data-testid={`group-${group.id}-phase`}
      data-state={state}
      data-protocol="classic"
    >
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
        {state === 'Dead' && <DeadStep />}
        <li className="gv-gen" data-testid={`group-${group.id}-generation`}>
          {t('groups.generation', { generation: group.generation })}
        </li>
      </ol>
      <p className="gv-phase-hint small">
        {known ? tKnown(t, `groups.phaseHint.${state}`, state) : state}
        {group.leader && <> · {t('groups.leader', { member: group.leader })}</>}
        <Coordinator group={group} />
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
                reason: p.reason ? `— ${describeReason(lang, p.reason)}` : '',
              })}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

type StepId = 'epoch' | 'target' | 'reconciling' | 'stable';
type StepStatus = 'done' | 'current' | 'pending' | 'skipped';

/** Where the group is in its latest epoch's round: from the snapshot's state, the round's times from the trace. */
function stepStatus(state: string, round: ConsumerRound | null): Record<StepId, StepStatus> {
  const all = (s: StepStatus): Record<StepId, StepStatus> => ({
    epoch: s,
    target: s,
    reconciling: s,
    stable: s,
  });
  switch (state) {
    case 'Assigning':
      return { ...all('pending'), epoch: 'current' };
    case 'Reconciling':
      return { epoch: 'done', target: 'done', reconciling: 'current', stable: 'pending' };
    case 'Stable':
      return {
        epoch: round ? 'done' : 'pending',
        target: round?.target ? 'done' : 'pending',
        reconciling: round?.reconcilingAt != null ? 'done' : round ? 'skipped' : 'pending',
        stable: 'current',
      };
    default:
      return all('pending');
  }
}

function ConsumerPhaseBar({ group, log }: { group: ConsumerGroupSnapshot; log: GroupLog }) {
  const t = useT();
  const lang = useSimStore((s) => s.lang);
  const state = group.state;
  const round = log.round;
  const status = stepStatus(state, round);
  const current = (Object.keys(status) as StepId[]).find((k) => status[k] === 'current') ?? '';
  const time = (ms: number | null | undefined) => (ms == null ? null : formatSimTime(ms, lang));
  const target = round?.target ?? null;
  const steps: { id: StepId; label: string; at: string | null }[] = [
    {
      id: 'epoch',
      label: round ? t('groups.k.step.epochN', { epoch: round.epoch }) : t('groups.k.step.epoch'),
      at: time(round?.at),
    },
    {
      id: 'target',
      label: target
        ? t('groups.k.step.targetN', { epoch: target.epoch, assignor: target.assignor })
        : t('groups.k.step.target'),
      at: time(target?.at),
    },
    { id: 'reconciling', label: t('groups.k.step.reconciling'), at: time(round?.reconcilingAt) },
    { id: 'stable', label: t('groups.k.step.stable'), at: time(round?.stableAt) },
  ];
  const assignor = group.strategy ?? target?.assignor ?? null;
  const recent = log.steps.slice(-4).reverse();
  return (
    <div
      className="gv-phase gv-phase-kip848"
      data-testid={`group-${group.id}-phase`}
      data-state={state}
      data-protocol="consumer"
      data-step={current}
    >
      <ol className="gv-steps" aria-label={t('groups.k.phases', { id: group.id })}>
        {state === 'Empty' && (
          <li className="gv-step gv-step-current" aria-current="step">
            {t('groups.phase.Empty')}
          </li>
        )}
        {steps.map((s) => {
          const st = status[s.id];
          const title =
            st === 'skipped'
              ? t('groups.k.step.skipped', { step: s.label })
              : s.at
                ? t('groups.k.step.at', { step: s.label, time: s.at })
                : undefined;
          return (
            <li
              key={s.id}
              className={`gv-step gv-step-flow gv-step-${st}${st === 'current' ? ' gv-step-current' : ''}`}
              aria-current={st === 'current' ? 'step' : undefined}
              data-step={s.id}
              data-status={st}
              title={title}
            >
              {s.label}
            </li>
          );
        })}
        {state === 'Dead' && <DeadStep />}
        <li className="gv-gen" data-testid={`group-${group.id}-generation`}>
          {t('groups.k.epochs', {
            epoch: group.generation,
            target: group.assignmentEpoch ?? group.generation,
          })}
        </li>
      </ol>
      <p className="gv-phase-hint small">
        <strong className="gv-state-name" data-testid={`group-${group.id}-state`}>
          {t('groups.k.state', { state })}
        </strong>
        {' — '}
        {tKnown(t, `groups.k.hint.${state}`, state)}
        <Coordinator group={group} />
      </p>
      <p className="gv-protocol small gv-protocol-consumer">
        {assignor
          ? t('groups.protocol.consumer', { assignor })
          : t('groups.protocol.consumer.noAssignor')}
      </p>
      {recent.length > 0 && (
        <ol className="gv-history small muted" aria-label={t('groups.k.history')}>
          {recent.map((s, i) => (
            <li key={`${s.at}-${s.kind}-${i}`} data-kind={s.kind}>
              {stepText(t, lang, s)}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

/** One KIP-848 step of the trace, in the reader's language. */
function stepText(t: TFunction, lang: Lang, s: ConsumerStep): string {
  const time = formatSimTime(s.at, lang);
  const tps = (list: readonly { topic: string; partition: number }[]) =>
    list.length > 0 ? tpList(list) : t('groups.k.none');
  switch (s.kind) {
    case 'epoch':
      return t('groups.k.ev.epoch', {
        time,
        epoch: s.epoch,
        reason: describeReason(lang, s.reason),
      });
    case 'target':
      return t('groups.k.ev.target', {
        time,
        epoch: s.epoch,
        assignor: s.assignor,
        members: Object.keys(s.assignment).length,
      });
    case 'reconcile':
      if (s.state === 'UNREVOKED_PARTITIONS')
        return t('groups.k.ev.unrevoked', {
          time,
          member: s.member,
          epoch: s.epoch,
          tps: tps(s.pendingRevocation),
        });
      if (s.state === 'UNRELEASED_PARTITIONS')
        return t('groups.k.ev.unreleased', { time, member: s.member, epoch: s.epoch });
      return t('groups.k.ev.stable', {
        time,
        member: s.member,
        epoch: s.epoch,
        tps: tps(s.assigned),
      });
    case 'revoked':
      return t(s.reason === 'lost' ? 'groups.k.ev.lost' : 'groups.k.ev.revoked', {
        time,
        member: s.member,
        tps: tps(s.partitions),
      });
    case 'assigned':
      return t('groups.k.ev.assigned', {
        time,
        member: s.member,
        epoch: s.epoch,
        tps: tps(s.added),
      });
    case 'fenced':
      return t('groups.k.ev.fenced', { time, member: s.member, error: s.error });
    case 'left':
      return t('groups.k.ev.left', {
        time,
        member: s.member,
        reason: describeReason(lang, s.reason),
      });
    case 'state':
      return t('groups.k.ev.state', { time, from: s.from, to: s.to, epoch: s.epoch });
  }
}

/** No broker coordinates the group: its __consumer_offsets partition has no live leader. */
function DeadStep() {
  const t = useT();
  return (
    <li className="gv-step gv-step-current gv-step-dead" aria-current="step">
      {t('groups.phase.Dead')}
    </li>
  );
}
