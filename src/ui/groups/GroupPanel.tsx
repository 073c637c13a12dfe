// One consumer group: header (protocol, counts, controls), its caption (what just happened to it
// and why, what the scenario has coming), phase, then members | lines | partitions. The controls:
// add a member, the group protocol (classic or consumer, KIP-848) and
// the assignor — the client-side partition.assignment.strategy for a classic group, the server
// assignor (group.remote.assignor) for a consumer-protocol group.
import { useId, useMemo, useRef } from 'react';
import type { ConsumerGroupSnapshot, Snapshot } from '../../engine';
import { useSimStore } from '../../store/simStore';
import { labelWithHint } from '../common/labelWithHint';
import { useT } from '../common/useT';
import { useWindowedList } from '../common/useWindowedList';
import { AnchorProvider, AnchorRegistry, useAnchorRects } from '../cluster/anchors';
import { GroupCaption } from '../captions/GroupCaption';
import { EMPTY_LOG, useGroupLog, useLagHistory, type LagSample } from './groupLog';
import { Lines } from './Lines';
import { MemberItem } from './MemberItem';
import { PartitionItem } from './PartitionItem';
import { PhaseBar } from './PhaseBar';
import {
  ASSIGNORS,
  DEFAULT_SERVER_ASSIGNOR,
  PROTOCOLS,
  SERVER_ASSIGNORS,
  configuredGroup,
  groupTopics,
  memberRows,
  partitionRows,
} from './model';

interface Props {
  group: ConsumerGroupSnapshot;
  snapshot: Snapshot;
}

const NO_SERIES: Readonly<Record<string, readonly LagSample[]>> = {};

export function GroupPanel({ group, snapshot }: Props) {
  const t = useT();
  const scenario = useSimStore((s) => s.scenario);
  const queries = useSimStore((s) => s.queries);
  const log = useGroupLog((s) => s.groups[group.id]) ?? EMPTY_LOG;
  const series = useLagHistory((s) => s.series[group.id]) ?? NO_SERIES;
  const spec = scenario?.consumerGroups.find((g) => g.id === group.id);
  const topics = groupTopics(group, spec?.topics);
  const partitions = partitionRows(snapshot, group, topics, log);
  const members = memberRows(group, partitions.length, log);
  const configured = useMemo(
    () => configuredGroup(queries.effectiveConfigs({ kind: 'group', group: group.id })),
    [queries, group.id],
  );
  const strategy = configured.strategy;
  const consumer = group.protocol === 'consumer';
  // Unset group.remote.assignor: the coordinator's choice (the broker's first server assignor).
  const serverDefault = (consumer ? group.strategy : null) ?? DEFAULT_SERVER_ASSIGNOR;
  const remoteAssignor = configured.remoteAssignor ?? serverDefault;

  const registry = useMemo(() => new AnchorRegistry(), []);
  const stageRef = useRef<HTMLDivElement>(null);
  const rects = useAnchorRects(stageRef, registry);
  const selectId = useId();
  const protocolId = useId();
  const apply = useSimStore((s) => s.apply);

  // One scale for every partition of the group: longer bars hold more records.
  const maxOffset = Math.max(1, ...partitions.map((p) => Math.max(p.hw, p.position ?? 0)));
  const maxLag = Math.max(1, ...Object.values(series).flatMap((s) => s.map((x) => x.lag)));
  const totalLag = (group.lag ?? []).reduce((sum, l) => sum + l.lag, 0);
  // A topic of 1,000 partitions: only the rows near the viewport are drawn (issue #16); the
  // lines go to those drawn.
  const win = useWindowedList<HTMLUListElement>(partitions.length, { estimate: 76 });

  return (
    <article
      className="card gv"
      data-testid={`group-panel-${group.id}`}
      data-state={group.state}
      data-generation={group.generation}
      data-protocol={group.protocol}
      data-assignment-epoch={consumer ? (group.assignmentEpoch ?? '') : undefined}
      aria-labelledby={`${selectId}-title`}
    >
      <header className="gv-head">
        <div className="gv-title">
          <h3 id={`${selectId}-title`} data-name-label>
            {t('groups.group', { id: group.id })}
          </h3>
          <span
            className={`gv-badge gv-badge-${group.protocol}`}
            data-testid={`group-${group.id}-protocol`}
          >
            {t(consumer ? 'groups.badge.consumer' : 'groups.badge.classic')}
          </span>
          <span className="muted small">{t('groups.topics', { topics: topics.join(', ') })}</span>
        </div>
        <dl className="gv-stats">
          <div>
            <dt>{t('groups.consumed')}</dt>
            <dd data-testid={`group-${group.id}-consumed`}>{group.consumed ?? 0}</dd>
          </div>
          <div
            className={(group.redelivered ?? 0) > 0 ? 'gv-stat-warn' : undefined}
            title={t('groups.redelivered.hint')}
          >
            <dt>{t('groups.redelivered')}</dt>
            <dd data-testid={`group-${group.id}-redelivered`}>{group.redelivered ?? 0}</dd>
          </div>
          <div>
            <dt>{t('groups.totalLag')}</dt>
            <dd>{totalLag}</dd>
          </div>
        </dl>
        <div className="gv-controls">
          <button
            type="button"
            className="btn btn-small"
            data-testid={`group-${group.id}-add`}
            aria-label={labelWithHint(t('groups.add'), t('groups.add.hint', { group: group.id }))}
            title={t('groups.add.hint', { group: group.id })}
            onClick={() => apply({ do: 'addConsumer', group: group.id })}
          >
            <svg viewBox="0 0 16 16" className="icon" aria-hidden="true">
              <path d="M8 3v10M3 8h10" />
            </svg>
            {t('groups.add')}
          </button>
          <label className="field-inline" htmlFor={protocolId}>
            {t('groups.protocolSelect')}
          </label>
          <select
            id={protocolId}
            className="gv-select"
            data-testid={`group-${group.id}-protocol-select`}
            title={t('groups.protocolSelect.hint', { group: group.id })}
            value={configured.protocol}
            onChange={(e) =>
              apply({
                do: 'setConfig',
                target: `group:${group.id}`,
                key: 'group.protocol',
                value: e.target.value,
              })
            }
          >
            {PROTOCOLS.map((p) => (
              <option key={p} value={p}>
                {t(`groups.protocolOption.${p}`)}
              </option>
            ))}
          </select>
          <label className="field-inline" htmlFor={selectId}>
            {t('groups.assignor')}
          </label>
          {configured.protocol === 'consumer' ? (
            <select
              id={selectId}
              className="gv-select"
              data-testid={`group-${group.id}-assignor`}
              data-key="group.remote.assignor"
              title={t('groups.remoteAssignor.hint', { group: group.id })}
              value={remoteAssignor}
              onChange={(e) =>
                apply({
                  do: 'setConfig',
                  target: `group:${group.id}`,
                  key: 'group.remote.assignor',
                  value: e.target.value,
                })
              }
            >
              {!(SERVER_ASSIGNORS as readonly string[]).includes(remoteAssignor) && (
                <option value={remoteAssignor} disabled>
                  {remoteAssignor}
                </option>
              )}
              {SERVER_ASSIGNORS.map((a) => (
                <option key={a} value={a}>
                  {configured.remoteAssignor === null && a === serverDefault
                    ? t('groups.remoteAssignor.default', { assignor: a })
                    : a}
                </option>
              ))}
            </select>
          ) : (
            <select
              id={selectId}
              className="gv-select"
              data-testid={`group-${group.id}-assignor`}
              data-key="partition.assignment.strategy"
              title={t('groups.assignor.hint', { group: group.id })}
              value={strategy}
              onChange={(e) =>
                apply({
                  do: 'setConfig',
                  target: `group:${group.id}`,
                  key: 'partition.assignment.strategy',
                  value: e.target.value,
                })
              }
            >
              {!(ASSIGNORS as readonly string[]).includes(strategy) && (
                <option value={strategy} disabled>
                  {t('groups.assignor.list', { list: strategy.replace(/,/g, ', ') })}
                </option>
              )}
              {ASSIGNORS.map((a) => (
                <option key={a} value={a}>
                  {a}
                </option>
              ))}
            </select>
          )}
        </div>
        {configured.protocol !== group.protocol && (
          <p className="gv-switching small" data-testid={`group-${group.id}-switching`}>
            {t('groups.protocol.switching', {
              to: t(`groups.protocolOption.${configured.protocol}`),
            })}
          </p>
        )}
      </header>

      <GroupCaption group={group.id} />

      <PhaseBar group={group} log={log} />

      <AnchorProvider value={registry}>
        <div className="gv-stage" ref={stageRef}>
          <div className="gv-col gv-members">
            <h4 className="col-title">{t('groups.members')}</h4>
            {members.length === 0 ? (
              <p className="muted small">{t('groups.noMembers')}</p>
            ) : (
              <ul>
                {members.map((m) => (
                  <MemberItem
                    key={m.member.id}
                    group={group.id}
                    snapshot={group}
                    row={m}
                    targetEpoch={group.assignmentEpoch ?? group.generation}
                  />
                ))}
              </ul>
            )}
          </div>
          <div className="gv-gap" aria-hidden="true" />
          <div className="gv-col gv-partitions">
            <h4 className="col-title">{t('groups.partitions')}</h4>
            <ul
              ref={win.listRef}
              data-testid={`group-${group.id}-partitions`}
              data-count={partitions.length}
            >
              {win.before && <li aria-hidden="true" style={win.before} />}
              {partitions.slice(win.start, win.end).map((p, i) => (
                <PartitionItem
                  key={p.key}
                  group={group.id}
                  row={p}
                  multiTopic={topics.length > 1}
                  maxOffset={maxOffset}
                  series={series[p.key] ?? []}
                  maxLag={maxLag}
                  place={win.windowed ? { index: win.start + i, count: partitions.length } : null}
                />
              ))}
              {win.after && <li aria-hidden="true" style={win.after} />}
            </ul>
          </div>
          <Lines group={group.id} rects={rects} members={members} partitions={partitions} />
        </div>
      </AnchorProvider>
    </article>
  );
}
