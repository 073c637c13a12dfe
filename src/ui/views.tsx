// The views the main area can show, in tab order. Each view adds one entry here.
import type { ComponentType } from 'react';
import type { MessageKey } from '../content/i18n';
import type { ViewId } from '../store/urlState';
import { ClusterView } from './cluster/ClusterView';

export interface ViewDef {
  id: ViewId;
  label: MessageKey;
  component: ComponentType;
}

export const VIEWS: readonly ViewDef[] = [{ id: 'cluster', label: 'view.cluster', component: ClusterView }];

/** The view to show: the one asked for if it exists, else the cluster view. */
export function viewFor(id: ViewId): ViewDef {
  return VIEWS.find((v) => v.id === id) ?? VIEWS[0]!;
}
