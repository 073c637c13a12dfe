// What the controller tab draws the same in both modes: a quorum member's card (a KRaft voter, a
// ZooKeeper server) — its name and status, its role with a mark, drawn in again when its role
// changes — with the kill/restart/isolate/heal buttons a broker has; and the heading naming the
// active controller.
import type { ReactNode } from 'react';
import { motion, useReducedMotion } from 'framer-motion';
import type { ActionBody } from '../../engine';
import { useSimStore } from '../../store/simStore';
import { useT } from '../common/useT';
import type { MessageKey } from '../../content/i18n';

export type NodeStatus = 'online' | 'offline' | 'isolated';
export type NodeRole = 'leader' | 'follower' | 'candidate' | 'unattached';

export function nodeStatus(n: { status: string; isolated: boolean }): NodeStatus {
  return n.status === 'offline' ? 'offline' : n.isolated ? 'isolated' : 'online';
}

const ROLE_MARK: Record<NodeRole, string> = {
  leader: '★',
  candidate: '?',
  follower: '→',
  unattached: '·',
};

export function NodeCard({
  id,
  testId,
  role,
  status,
  isolated,
  drawKey,
  data,
  name,
  roleLine,
  details,
  killLabel,
  children,
}: {
  id: number;
  /** `controller` or `zookeeper`: the card is `<testId>-<id>`, its buttons `<testId>-<id>-kill` … */
  testId: string;
  role: NodeRole;
  status: NodeStatus;
  /** Cut off by a partition (an offline member may be too: heal is offered then). */
  isolated: boolean;
  /** Changes when the card should be drawn in again (a new role or epoch). */
  drawKey: string;
  /** The card's data-* attributes besides data-testid and data-status. */
  data: Record<`data-${string}`, string | number>;
  name: string;
  roleLine: ReactNode;
  details: ReactNode;
  killLabel: MessageKey;
  /** Between the details and the buttons. */
  children?: ReactNode;
}) {
  const t = useT();
  const reduce = useReducedMotion();
  return (
    <motion.li
      className={`card quorum-voter role-${role} status-${status}`}
      data-testid={`${testId}-${id}`}
      {...data}
      data-status={status}
      // A member that changes role is drawn in again, so an election is seen as it happens.
      key={drawKey}
      initial={reduce ? false : { scale: 0.96, opacity: 0.6 }}
      animate={{ scale: 1, opacity: 1 }}
      transition={{ duration: 0.35 }}
    >
      <div className="quorum-voter-head">
        <strong data-name-label>{name}</strong>
        <span className={`pill pill-${status === 'online' ? 'online' : 'offline'}`}>
          {t(`controller.status.${status}`)}
        </span>
      </div>
      <div className="quorum-role">
        <span aria-hidden="true" className="quorum-role-mark">
          {ROLE_MARK[role]}
        </span>{' '}
        {roleLine}
      </div>
      <div className="muted small">{details}</div>
      {children}
      <NodeActions
        id={id}
        testId={testId}
        offline={status === 'offline'}
        isolated={isolated}
        killLabel={killLabel}
      />
    </motion.li>
  );
}

/** A member's buttons: kill or restart, isolate or heal (the scenario actions a broker's apply). */
function NodeActions({
  id,
  testId,
  offline,
  isolated,
  killLabel,
}: {
  id: number;
  testId: string;
  offline: boolean;
  isolated: boolean;
  killLabel: MessageKey;
}) {
  const t = useT();
  const apply = useSimStore((s) => s.apply);
  const buttons: { id: string; label: string; action: ActionBody }[] = [];
  if (offline)
    buttons.push({
      id: 'restart',
      label: t('controller.restart', { id }),
      action: { do: 'restartBroker', broker: id },
    });
  else
    buttons.push({
      id: 'kill',
      label: t(killLabel, { id }),
      action: { do: 'killBroker', broker: id },
    });
  if (isolated)
    buttons.push({
      id: 'heal',
      label: t('controller.heal', { id }),
      action: { do: 'healBroker', broker: id },
    });
  else if (!offline)
    buttons.push({
      id: 'isolate',
      label: t('controller.isolate', { id }),
      action: { do: 'isolateBroker', broker: id },
    });
  return (
    <div className="quorum-actions" role="group" aria-label={t('controller.actions')}>
      {buttons.map((b) => (
        <button
          key={b.id}
          type="button"
          className="btn btn-small btn-quiet"
          data-testid={`${testId}-${id}-${b.id}`}
          onClick={() => apply(b.action)}
        >
          {b.label}
        </button>
      ))}
    </div>
  );
}

/** The tab's heading: the active controller and its epoch, or none. */
export function ActiveController({
  leader,
  epoch,
  active,
  none,
}: {
  leader: number | null;
  epoch: number;
  active: MessageKey;
  none: MessageKey;
}) {
  const t = useT();
  return (
    <h2 className="quorum-active" data-testid="active-controller" data-leader={leader ?? ''}>
      {leader !== null ? t(active, { id: leader, epoch }) : t(none, { epoch })}
    </h2>
  );
}
