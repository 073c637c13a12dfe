// The consumer-group view: for each group, its rebalance phase (state and generation, the
// transitions as they happened), its members with coloured lines to the partitions they own,
// idle members with the reason, each partition's log with the committed offset, the owner's
// position and the lag (now and over time), consumed/redelivered counts, and the controls: add a
// member, stop or crash one, switch the group protocol (classic or consumer, KIP-848), change the
// assignor. A consumer-protocol group also shows its group and target epochs, the phases of its
// latest epoch, each member's epoch and reconciliation, and dotted lines to the partitions of
// its target it does not own yet. Every control applies a scenario action.
import { useSimStore } from '../../store/simStore';
import { useT } from '../common/useT';
import { GroupPanel } from './GroupPanel';
import { startGroupLog, startLagHistory } from './groupLog';
import '../cluster/cluster.css';
import './groups.css';

// Listen to every simulation from the start, so the phases are whole when the tab opens.
startGroupLog();
startLagHistory();

export function GroupsView() {
  const t = useT();
  const snapshot = useSimStore((s) => s.snapshot);
  if (!snapshot) return <p className="muted">{t('cluster.empty')}</p>;
  const groups = snapshot.consumerGroups ?? [];
  return (
    <section className="groups" aria-label={t('groups.label')} data-testid="groups-view">
      {groups.length === 0 && <p className="muted">{t('groups.none')}</p>}
      {groups.map((g) => (
        <GroupPanel key={g.id} group={g} snapshot={snapshot} />
      ))}
    </section>
  );
}
