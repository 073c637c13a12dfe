// One module fetched on demand, behind the synchronous functions of a stand-in (the codecs here,
// the engine parts in src/store/*OnDemand.ts): fetched once (a failed fetch is tried again on the
// next call), and until it is here, using it throws, naming it. The engine parts' stand-ins export
// live bindings that start as the placeholders below and become the module's own once it loads.
export interface OnDemand<M> {
  load(): Promise<void>;
  isLoaded(): boolean;
  /** The module; throws, naming it, while it has not loaded. */
  get(): M;
  /** A placeholder for one of its classes: nothing is an instance of it; constructing it throws. */
  readonly NotLoaded: never;
  /** A placeholder for one of its objects: reading any property throws. */
  readonly notLoadedObject: never;
  /** A placeholder for one of its functions: calls the module's own (throws before it loads). */
  call<K extends keyof M>(key: K): M[K];
}

export function onDemand<M>(name: string, fetch: () => Promise<M>): OnDemand<M> {
  let mod: M | null = null;
  let loading: Promise<void> | null = null;
  const get = (): M => {
    if (mod === null) throw new Error(`${name} is not loaded yet: load it before running ${name}`);
    return mod;
  };
  class NotLoaded {
    constructor() {
      get(); // throws, naming the module
    }
  }
  return {
    load() {
      loading ??= fetch().then(
        (m) => {
          mod = m;
        },
        (err: unknown) => {
          loading = null; // a later run tries again
          throw err;
        },
      );
      return loading;
    },
    isLoaded: () => mod !== null,
    get,
    NotLoaded: NotLoaded as never,
    notLoadedObject: new Proxy({}, { get: () => get() }) as never,
    call: (key) =>
      ((...args: unknown[]) => (get()[key] as (...a: unknown[]) => unknown)(...args)) as never,
  };
}
