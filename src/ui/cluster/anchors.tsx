// Elements that lines and flights attach to, by network NodeId (`producer:p1`, `broker:2`,
// `consumer:g/m`) or by replica (`replica:<topic>/<p>@<broker>`). The overlay measures them.
import {
  createContext,
  useCallback,
  useContext,
  useLayoutEffect,
  useState,
  type RefObject,
} from 'react';
import type { Rect } from './geometry';

export const replicaAnchor = (topic: string, partition: number, broker: number) =>
  `replica:${topic}/${partition}@${broker}`;
export const brokerAnchor = (broker: number) => `broker:${broker}`;
export const producerAnchor = (id: string) => `producer:${id}`;
export const memberAnchor = (group: string, member: string) => `consumer:${group}/${member}`;

export class AnchorRegistry {
  private els = new Map<string, HTMLElement>();
  private listeners = new Set<() => void>();

  set(key: string, el: HTMLElement): void {
    this.els.set(key, el);
    this.notify();
  }

  delete(key: string, el: HTMLElement): void {
    if (this.els.get(key) !== el) return;
    this.els.delete(key);
    this.notify();
  }

  entries(): IterableIterator<[string, HTMLElement]> {
    return this.els.entries();
  }

  subscribe(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private notify(): void {
    for (const fn of this.listeners) fn();
  }
}

const AnchorContext = createContext<AnchorRegistry | null>(null);
export const AnchorProvider = AnchorContext.Provider;

/** A ref callback that registers the element under `key` while it is mounted. */
export function useAnchor(key: string): (el: HTMLElement | null) => (() => void) | undefined {
  const registry = useContext(AnchorContext);
  return useCallback(
    (el: HTMLElement | null) => {
      if (!registry || !el) return undefined;
      registry.set(key, el);
      return () => registry.delete(key, el);
    },
    [registry, key],
  );
}

export type RectMap = ReadonlyMap<string, Rect>;

function sameRects(a: RectMap, b: RectMap): boolean {
  if (a.size !== b.size) return false;
  for (const [k, r] of a) {
    const o = b.get(k);
    if (!o || o.x !== r.x || o.y !== r.y || o.w !== r.w || o.h !== r.h) return false;
  }
  return true;
}

/**
 * Anchor boxes relative to the container. Re-measured (at most once per frame) when an anchor
 * comes or goes, when any anchor or the container resizes, and on any scroll inside it.
 */
export function useAnchorRects(
  containerRef: RefObject<HTMLElement | null>,
  registry: AnchorRegistry,
): RectMap {
  const [rects, setRects] = useState<RectMap>(() => new Map());
  useLayoutEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    let frame = 0;
    const measure = () => {
      frame = 0;
      const base = container.getBoundingClientRect();
      const next = new Map<string, Rect>();
      for (const [key, el] of registry.entries()) {
        const r = el.getBoundingClientRect();
        next.set(key, {
          x: Math.round(r.left - base.left),
          y: Math.round(r.top - base.top),
          w: Math.round(r.width),
          h: Math.round(r.height),
        });
      }
      setRects((prev) => (sameRects(prev, next) ? prev : next));
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(measure);
    };
    const ro = new ResizeObserver(schedule);
    const observeAll = () => {
      ro.disconnect();
      ro.observe(container);
      for (const [, el] of registry.entries()) ro.observe(el);
      schedule();
    };
    const unsubscribe = registry.subscribe(observeAll);
    observeAll();
    measure();
    container.addEventListener('scroll', schedule, true);
    window.addEventListener('resize', schedule);
    return () => {
      unsubscribe();
      ro.disconnect();
      if (frame !== 0) cancelAnimationFrame(frame);
      container.removeEventListener('scroll', schedule, true);
      window.removeEventListener('resize', schedule);
    };
  }, [containerRef, registry]);
  return rects;
}

/**
 * The network nodes' anchors on screen (within `margin` px of the viewport) while `enabled`;
 * null otherwise. An IntersectionObserver says when one comes or goes, so scrolling costs nothing
 * in between; the set is a new object only when its members change. Replica rows are left out:
 * messages fly between nodes.
 */
export function useVisibleAnchors(
  registry: AnchorRegistry,
  enabled: boolean,
  margin = 120,
): ReadonlySet<string> | null {
  const [visible, setVisible] = useState<ReadonlySet<string> | null>(null);
  useLayoutEffect(() => {
    if (!enabled || typeof IntersectionObserver === 'undefined') {
      setVisible(null);
      return;
    }
    const observed = new Map<Element, string>();
    const onScreen = new Set<string>();
    const publish = () => setVisible(new Set(onScreen));
    const io = new IntersectionObserver(
      (entries) => {
        let changed = false;
        for (const e of entries) {
          const key = observed.get(e.target);
          if (key === undefined) continue;
          if (e.isIntersecting === onScreen.has(key)) continue;
          if (e.isIntersecting) onScreen.add(key);
          else onScreen.delete(key);
          changed = true;
        }
        if (changed) publish();
      },
      { rootMargin: `${margin}px` },
    );
    // Anchors come and go many at a time (a commit mounts a column): sync once after them.
    let queued = false;
    let live = true;
    const sync = () => {
      queued = false;
      if (!live) return;
      const now = new Map<Element, string>();
      for (const [key, el] of registry.entries()) if (!key.startsWith('replica:')) now.set(el, key);
      let changed = false;
      for (const [el, key] of observed)
        if (now.get(el) !== key) {
          io.unobserve(el);
          observed.delete(el);
          changed = onScreen.delete(key) || changed;
        }
      for (const [el, key] of now)
        if (!observed.has(el)) {
          observed.set(el, key);
          io.observe(el);
        }
      if (changed) publish();
    };
    const unsubscribe = registry.subscribe(() => {
      if (queued) return;
      queued = true;
      queueMicrotask(sync);
    });
    sync();
    publish();
    return () => {
      live = false;
      unsubscribe();
      io.disconnect();
    };
  }, [registry, enabled, margin]);
  return visible;
}
