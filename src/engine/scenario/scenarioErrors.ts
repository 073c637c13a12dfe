// The codes a scenario or an action can be refused with, and the values each sentence needs.
// Sentences: src/content/errors/scenario.ts.
export interface ScenarioErrorParams {
  /** A field the scenario format does not have. */
  'field.unknown': { field: string; allowed: readonly string[] };
}
