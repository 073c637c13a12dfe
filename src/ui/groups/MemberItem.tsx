// One member: its colour, id, role and state, the partitions it owns, why it is idle (or
// crashed, or stalled), and its two actions: a graceful stop and a crash.
import type { ActionBody } from '../../engine';
import { useSimStore } from '../../store/simStore';
import { tpName } from '../common/format';
import { useT } from '../common/useT';
import { useAnchor } from '../cluster/anchors';
import type { MemberRow } from './model';
import { tKnown } from './safeKey';

export const memberPort = (member: string) => `m:${member}`;

export function MemberItem({ group, row }: { group: string; row: MemberRow }) {
  const t = useT();
  const apply = useSimStore((s) => s.apply);
  const ref = useAnchor(memberPort(row.member.id));
  const m = row.member;
  const assignment = m.assignment ?? [];
  const run = (action: ActionBody) => apply(action);
  const cls = [
    'gv-member',
    row.idle ? 'gv-member-idle' : '',
    row.crashed ? 'gv-member-crashed' : '',
    row.stalled ? 'gv-member-stalled' : '',
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
      data-state={m.state}
      data-status={m.status}
      data-idle={row.idle}
    >
      <div className="gv-member-head">
        <span className="gv-swatch" aria-hidden="true" />
        <span className="gv-member-id">{m.id}</span>
        {row.leader && <span className="pill gv-pill-leader">{t('groups.member.leader')}</span>}
        {row.crashed && <span className="pill pill-offline">{t('groups.member.crashed')}</span>}
        {row.stalled && <span className="pill pill-fenced">{t('groups.member.stalled')}</span>}
        {row.idle && <span className="pill gv-pill-idle">{t('groups.idle')}</span>}
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
              aria-label={t('groups.stop.hint', { member: m.id })}
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
              aria-label={t('groups.crash.hint', { member: m.id })}
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
          {tKnown(t, `groups.member.state.${m.state}`, String(m.state))} · gen {m.generation}
        </span>
        {assignment.length > 0 && (
          <span className="gv-chips">
            {assignment.map((a) => (
              <span key={tpName(a.topic, a.partition)} className="gv-chip">
                {tpName(a.topic, a.partition)}
              </span>
            ))}
          </span>
        )}
      </div>
      {row.note && <p className="gv-note small">{t(row.note)}</p>}
    </li>
  );
}
