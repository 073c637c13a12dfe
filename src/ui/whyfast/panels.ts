// The storage side of the why-fast view: the append-only log written sequentially, the page cache
// per broker, a fetch through the zero-copy path. Each is a panel of its own, listed here in the
// order shown; the view lays them out beside the batching panel.
import type { ComponentType } from 'react';
import { PageCachePanel } from './PageCachePanel';
import { SequentialLogPanel } from './SequentialLogPanel';
import { ZeroCopyPanel } from './ZeroCopyPanel';
import './storagePanels.css';

export interface WhyFastPanel {
  /** Its slot's name: the panel's section carries data-slot="<id>". */
  id: string;
  component: ComponentType;
}

export const STORAGE_PANELS: readonly WhyFastPanel[] = [
  { id: 'sequential-log', component: SequentialLogPanel },
  { id: 'page-cache', component: PageCachePanel },
  { id: 'zero-copy', component: ZeroCopyPanel },
];
