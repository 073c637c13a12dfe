// The views the main area can show, in tab order. Each view adds one entry here.
//
// The cluster view comes with the page; the others load when first shown (their code and styles
// are separate chunks), behind a visible placeholder. Logs that tell a view's story over time are
// started here, with the page, so a view opened later still has the whole story.
import { lazy, Suspense, type ComponentType } from 'react';
import type { MessageKey } from '../content/i18n';
import type { ViewId } from '../store/urlState';
import { ClusterView } from './cluster/ClusterView';
import { startGroupLog, startLagHistory } from './groups/groupLog';
import { useT } from './common/useT';

startGroupLog();
startLagHistory();

export interface ViewDef {
  id: ViewId;
  label: MessageKey;
  component: ComponentType;
}

/** A view whose code loads on first use; until then, its name and a loading bar. */
function onDemand(label: MessageKey, load: () => Promise<ComponentType>): ComponentType {
  const View = lazy(() => load().then((component) => ({ default: component })));
  return function OnDemandView() {
    return (
      <Suspense fallback={<ViewLoading label={label} />}>
        <View />
      </Suspense>
    );
  };
}

function ViewLoading({ label }: { label: MessageKey }) {
  const t = useT();
  return (
    <div className="view-loading" role="status" aria-busy="true" data-testid="view-loading">
      <span className="muted">{t(label)} …</span>
    </div>
  );
}

export const VIEWS: readonly ViewDef[] = [
  { id: 'cluster', label: 'view.cluster', component: ClusterView },
  {
    id: 'replication',
    label: 'view.replication',
    component: onDemand('view.replication', () =>
      import('./replication/ReplicationView').then((m) => m.ReplicationView),
    ),
  },
  {
    id: 'storage',
    label: 'view.storage',
    component: onDemand('view.storage', () =>
      import('./storage/StorageView').then((m) => m.StorageView),
    ),
  },
  {
    id: 'groups',
    label: 'view.groups',
    component: onDemand('view.groups', () =>
      import('./groups/GroupsView').then((m) => m.GroupsView),
    ),
  },
];

/** The view to show: the one asked for if it exists, else the cluster view. */
export function viewFor(id: ViewId): ViewDef {
  return VIEWS.find((v) => v.id === id) ?? VIEWS[0]!;
}
