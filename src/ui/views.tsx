// The views the main area can show, in tab order. Each view adds one entry here.
import type { ComponentType } from 'react';
import type { MessageKey } from '../content/i18n';
import type { ViewId } from '../store/urlState';
import { ClusterView } from './cluster/ClusterView';
import { ReplicationView } from './replication/ReplicationView';
import { StorageView } from './storage/StorageView';
import { GroupsView } from './groups/GroupsView';

export interface ViewDef {
  id: ViewId;
  label: MessageKey;
  component: ComponentType;
}

export const VIEWS: readonly ViewDef[] = [
  { id: 'cluster', label: 'view.cluster', component: ClusterView },
  { id: 'replication', label: 'view.replication', component: ReplicationView },
  { id: 'storage', label: 'view.storage', component: StorageView },
  { id: 'groups', label: 'view.groups', component: GroupsView },
];

/** The view to show: the one asked for if it exists, else the cluster view. */
export function viewFor(id: ViewId): ViewDef {
  return VIEWS.find((v) => v.id === id) ?? VIEWS[0]!;
}
