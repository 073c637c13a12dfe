// One module fetched on demand, behind the synchronous functions of a codec stand-in: fetched once
// (a failed fetch is tried again on the next call), and until it is here, using it throws.
export interface OnDemand<M> {
  load(): Promise<void>;
  isLoaded(): boolean;
  /** The module; throws, naming it, while it has not loaded. */
  get(): M;
}

export function onDemand<M>(name: string, fetch: () => Promise<M>): OnDemand<M> {
  let mod: M | null = null;
  let loading: Promise<void> | null = null;
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
    get() {
      if (mod === null)
        throw new Error(`${name} is not loaded yet: load it before running ${name}`);
      return mod;
    },
  };
}
