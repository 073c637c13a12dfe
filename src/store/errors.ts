// Errors the screen shows, in the user's language, without losing the running simulation. A refused
// scenario or action keeps its errors as data ({ path, code, params }); the views render them with
// src/content/errors.
import { ScenarioValidationError, type EngineError } from '../engine';

export type AppError =
  | { kind: 'scenario'; errors: EngineError[] }
  | { kind: 'action'; errors: EngineError[] }
  | { kind: 'unknownStarter'; id: string }
  | { kind: 'engine'; message: string };

/** Turn whatever the engine threw into something we can show. */
export function toAppError(err: unknown, kind: 'scenario' | 'action'): AppError {
  if (err instanceof ScenarioValidationError) return { kind, errors: err.errors };
  return { kind: 'engine', message: err instanceof Error ? err.message : String(err) };
}
