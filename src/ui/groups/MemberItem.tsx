// One member: its colour, id, role and state, the partitions it owns, why it owns none (joining
// a rebalance, with what the coordinator waits for counting down; idle; crashed; stalled), and
// its two actions: a graceful stop and a crash. In a consumer-protocol
// group (KIP-848) also its member epoch, the partitions it must give up and those of its target
// it does not own yet, and the coordinator's reconciliation state in words.
import type { ActionBody, ConsumerGroupSnapshot } from '../../engine';
import { useSimStore } from '../../store/simStore';
import { tpName } from '../common/format';
import { labelWithHint } from '../common/labelWithHint';
import { useT } from '../common/useT';
import { useAnchor } from '../cluster/anchors';
import { isJoining, JoinCountdown } from '../captions/Joining';
import type { MemberRow } from './model';
import { tKnown } from './safeKey';

export const memberPort = (member: string) => `m:${member}`;

interface Props {
  group: string;
  /** The group as the snapshot has it (its join phase's deadline, for the countdown). */
  snapshot?: ConsumerGroupSnapshot;
  row: MemberRow;
  /** The group's target assignment epoch (consumer protocol). */
  targetEpoch?: number;
}

export function MemberItem({ group, snapshot, row, targetEpoch }: Props) {
  const t = useT();
  const apply = useSimStore((s) => s.apply);
  const ref = useAnchor(memberPort(row.member.id));
  const m = row.member;
  const assignment = m.assignment ?? [];
  const k = row.kip848;
  const outgoing = new Set((k?.outgoing ?? []).map((a) => tpName(a.topic, a.partition)));
  const run = (action: ActionBody) => apply(action);
  // Owning nothing in a rebalance is joining, not idle; a KIP-848 member's own note says more.
  const joining = isJoining(m);
  const idle = row.idle && !joining;
  const joiningNote = joining && (row.note === null || row.note === 'groups.idle.rebalance');
  const cls = [
    'gv-member',
    idle ? 'gv-member-idle' : '',
    joining ? 'gv-member-joining' : '',
    row.crashed ? 'gv-member-crashed' : '',
    row.stalled ? 'gv-member-stalled' : '',
    k?.reconciliation && k.reconciliation !== 'STABLE' ? 'gv-member-reconciling' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <li
      ref={ref}
      className={cls}
      style={{ ['--member' as string]: row.color }}
      data-testid={`consumer-${group}-${m.id}`}
      data-assignment={assignment.map((a) => tpName(a.topic, a.partition)).join(',')}
      data-target={k ? k.target.map((a) => tpName(a.topic, a.partition)).join(',') : undefined}
      data-reconciliation={k ? (k.reconciliation ?? '') : undefined}
      data-epoch={m.generation}
      data-state={m.state}
      data-status={m.status}
      data-idle={idle}
      data-joining={joining ? 'true' : undefined}
    >
      <div className="gv-member-head">
        <span className="gv-swatch" aria-hidden="true" />
        <span className="gv-member-id" data-name-label>
          {m.id}
        </span>
        {row.leader && <span className="pill gv-pill-leader">{t('groups.member.leader')}</span>}
        {row.crashed && <span className="pill pill-offline">{t('groups.member.crashed')}</span>}
        {row.stalled && <span className="pill pill-fenced">{t('groups.member.stalled')}</span>}
        {idle && <span className="pill gv-pill-idle">{t('groups.idle')}</span>}
        {joining && <span className="pill gv-pill-joining">{t('captions.joining.pill')}</span>}
        {!row.crashed && (
          <span
            className="gv-member-actions"
            role="group"
            aria-label={t('groups.memberActions', { member: m.id })}
          >
            <button
              type="button"
              className="btn btn-small btn-quiet"
              data-testid={`consumer-${group}-${m.id}-stop`}
              aria-label={labelWithHint(t('groups.stop'), t('groups.stop.hint', { member: m.id }))}
              title={t('groups.stop.hint', { member: m.id })}
              onClick={() => run({ do: 'removeConsumer', group, member: m.id })}
            >
              <svg viewBox="0 0 16 16" className="icon" aria-hidden="true">
                <rect x="4" y="4" width="8" height="8" rx="1" />
              </svg>
              <span className="gv-btn-text">{t('groups.stop')}</span>
            </button>
            <button
              type="button"
              className="btn btn-small btn-quiet gv-crash"
              data-testid={`consumer-${group}-${m.id}-crash`}
              aria-label={labelWithHint(
                t('groups.crash'),
                t('groups.crash.hint', { member: m.id }),
              )}
              title={t('groups.crash.hint', { member: m.id })}
              onClick={() => run({ do: 'crashConsumer', group, member: m.id })}
            >
              <svg viewBox="0 0 16 16" className="icon" aria-hidden="true">
                <path d="M9 1.5 4 9h4l-1 5.5L12 7H8z" />
              </svg>
              <span className="gv-btn-text">{t('groups.crash')}</span>
            </button>
          </span>
        )}
      </div>
      <div className="gv-member-sub small">
        <span className="muted">
          {tKnown(t, `groups.member.state.${m.state}`, String(m.state))} ·{' '}
          {!k
            ? `gen ${m.generation}`
            : k.behind
              ? t('groups.member.epochBehind', { epoch: m.generation, target: targetEpoch ?? '' })
              : t('groups.member.epoch', { epoch: m.generation })}
        </span>
        {(assignment.length > 0 || (k?.incoming.length ?? 0) > 0) && (
          <span className="gv-chips">
            {assignment.map((a) => {
              const name = tpName(a.topic, a.partition);
              const out = outgoing.has(name);
              return (
                <span
                  key={name}
                  className={out ? 'gv-chip gv-chip-out' : 'gv-chip'}
                  title={out ? t('groups.chip.outgoing', { tp: name }) : undefined}
                >
                  {out ? (
                    <>
                      <span aria-hidden="true">{name}</span>
                      <span className="visually-hidden">
                        {t('groups.chip.outgoing', { tp: name })}
                      </span>
                    </>
                  ) : (
                    name
                  )}
                </span>
              );
            })}
            {k?.incoming.map((a) => {
              const name = tpName(a.topic, a.partition);
              return (
                <span
                  key={`in-${name}`}
                  className="gv-chip gv-chip-in"
                  title={t('groups.chip.incoming', { tp: name })}
                >
                  <span aria-hidden="true">→{name}</span>
                  <span className="visually-hidden">{t('groups.chip.incoming', { tp: name })}</span>
                </span>
              );
            })}
          </span>
        )}
      </div>
      {joiningNote ? (
        <p
          className="gv-note small member-joining-note"
          data-testid={`consumer-${group}-${m.id}-note`}
          data-note="captions.joining"
        >
          {t('captions.joining')}
          {snapshot && <JoinCountdown group={snapshot} />}
        </p>
      ) : (
        row.note && (
          <p
            className="gv-note small"
            data-testid={`consumer-${group}-${m.id}-note`}
            data-note={row.note}
          >
            {t(row.note, row.noteParams)}
          </p>
        )
      )}
    </li>
  );
}
