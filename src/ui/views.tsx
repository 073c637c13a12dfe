// The views the main area can show, in tab order. Each view adds one entry here.
//
// The cluster view comes with the page; the others load when first shown (their code and styles
// are separate chunks), behind a visible placeholder. What tells a view's story over time and
// cannot be rebuilt from the run's tape (the lag sampled from snapshots, the quorum's chatter) is
// started here, with the page; a derived log of trace events (the groups view's) is registered
// when its view loads and first fed the run so far from the tape (registerDerivedLog).
import { lazy, Suspense, type ComponentType } from 'react';
import { loadTextPart, type MessageKey, type TextPart } from '../content/i18n';
import { loadRecordBatchEncoder } from '../store/recordBatchEncoderOnDemand';
import { useSimStore } from '../store/simStore';
import type { ViewId } from '../store/urlState';
import { ClusterView } from './cluster/ClusterView';
import { startLagHistory } from './groups/lagHistory';
import { startQuorumLog } from './controller/quorumLog';
import { useT } from './common/useT';

startLagHistory();
startQuorumLog();

export interface ViewDef {
  id: ViewId;
  label: MessageKey;
  component: ComponentType;
  /** A view loaded on demand: fetch its code now (main.tsx does, for the view a link opens). */
  preload?: () => Promise<void>;
}

/**
 * A view whose code loads on first use; until then, its name as a placeholder. Once `preload`
 * has fetched it, the first render does not suspend (React.lazy is handed a thenable that
 * resolves at once), so a link to the view shows it whole from the first frame.
 */
function onDemand(id: ViewId, label: MessageKey, load: () => Promise<ComponentType>): ViewDef {
  let loaded: ComponentType | null = null;
  let loading: Promise<ComponentType> | null = null;
  const fetchView = () =>
    (loading ??= load().then(
      (component) => (loaded = component),
      (err: unknown) => {
        loading = null; // a later render tries again (the error boundary shows this failure)
        throw err;
      },
    ));
  const Lazy = lazy(() =>
    loaded ? settled({ default: loaded }) : fetchView().then((c) => ({ default: c })),
  );
  function OnDemandView() {
    return (
      <Suspense fallback={<ViewLoading label={label} />}>
        <Lazy />
      </Suspense>
    );
  }
  return {
    id,
    label,
    component: OnDemandView,
    preload: () => fetchView().then(() => undefined),
  };
}

/** A thenable that calls back at once (React.lazy reads it without suspending). */
function settled<T>(value: T): Promise<T> {
  return { then: (onFulfilled: (v: T) => unknown) => onFulfilled(value) } as unknown as Promise<T>;
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
  onDemand('replication', 'view.replication', () =>
    withMotion(import('./replication/ReplicationView').then((m) => m.ReplicationView)),
  ),
  onDemand('storage', 'view.storage', () =>
    withTexts(
      'storage',
      // Its segment files are encoded bytes: the encoder comes with the view.
      withMotion(
        Promise.all([import('./storage/StorageView'), loadRecordBatchEncoder()]).then(
          ([m]) => m.StorageView,
        ),
      ),
    ),
  ),
  onDemand('groups', 'view.groups', () =>
    withTexts('groups', withMotion(import('./groups/GroupsView').then((m) => m.GroupsView))),
  ),
  onDemand('whyfast', 'view.whyfast', () =>
    withTexts('whyfast', withMotion(import('./whyfast/WhyFastView').then((m) => m.WhyFastView))),
  ),
  onDemand('controller', 'view.controller', () =>
    withTexts(
      'controller',
      withMotion(import('./controller/ControllerView').then((m) => m.ControllerView)),
    ),
  ),
];

/** A view loaded on demand, inside framer-motion's settings (fetched with it: withMotionConfig.tsx). */
function withMotion(view: Promise<ComponentType>): Promise<ComponentType> {
  return Promise.all([view, import('./withMotionConfig')]).then(([View, m]) =>
    m.withMotionConfig(View),
  );
}

/** A view whose texts are a part of their own (content/i18n): fetched with it, in the page's language. */
function withTexts(part: TextPart, view: Promise<ComponentType>): Promise<ComponentType> {
  return Promise.all([view, loadTextPart(part, useSimStore.getState().lang)]).then(
    ([View]) => View,
  );
}

/** The view to show: the one asked for if it exists, else the cluster view. */
export function viewFor(id: ViewId): ViewDef {
  return VIEWS.find((v) => v.id === id) ?? VIEWS[0]!;
}
