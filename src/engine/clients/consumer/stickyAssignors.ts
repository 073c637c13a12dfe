// The sticky assignors (StickyAssignor "sticky", CooperativeStickyAssignor "cooperative-sticky")
// and the constrained/general assignment they share (AbstractStickyAssignor). A group runs them
// only when its members name one of them first: the default [range, cooperative-sticky] elects
// range. The rest of the engine reaches them through this one module, so the page can fetch them
// only for a run that names sticky (vite.config.ts swaps this module for
// src/store/stickyAssignorsOnDemand.ts in the build); tests and the CLI import it as it is.
export { StickyAssignor } from './StickyAssignor';
export { CooperativeStickyAssignor } from './CooperativeStickyAssignor';
