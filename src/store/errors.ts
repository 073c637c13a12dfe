// Errors the screen shows, in the user's language, without losing the running simulation.
import { ScenarioValidationError, type ScenarioError } from '../engine';

export type AppError =
  | { kind: 'scenario'; errors: ScenarioError[] }
  | { kind: 'action'; errors: ScenarioError[] }
  | { kind: 'unknownStarter'; id: string }
  | { kind: 'engine'; message: string };

/** Turn whatever the engine threw into something we can show. */
export function toAppError(err: unknown, kind: 'scenario' | 'action'): AppError {
  if (err instanceof ScenarioValidationError) return { kind, errors: err.errors };
  return { kind: 'engine', message: err instanceof Error ? err.message : String(err) };
}
