// The engine's public API, the same in Node (tests, CLI, benchmarks) and in the browser.
export { Simulation, createSimulation, replay } from './sim/Simulation';
export type { InFlightMessage, SnapshotOptions } from './sim/Simulation';
export { validateScenario, ScenarioValidationError } from './scenario/validateScenario';
export type { ScenarioError, ValidationResult } from './scenario/validateScenario';
export type * from './scenario/Scenario';
export type * from './snapshot/Snapshot';
export type * from './trace/TraceEvent';
export { toPositive, murmur2 } from './common/utils/Utils';
