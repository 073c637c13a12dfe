// Errors the screen shows, in the user's language, without losing the running simulation. A refused
// scenario or action keeps its errors as data ({ path, code, params }); the views render them with
// src/content/errors.
import { ScenarioValidationError, type EngineError } from '../engine';
import type { LinkError } from './shareLink';

export type AppError =
  | { kind: 'scenario'; errors: EngineError[] }
  | { kind: 'action'; errors: EngineError[] }
  | { kind: 'unknownStarter'; id: string }
  | { kind: 'engine'; message: string }
  /**
   * A link read only in part. `fatal`: its run could not be opened, so the default scenario is
   * open; otherwise the parts named were left out. `engine`: what the engine refused in the
   * link's scenario (paths start with `#scenario`).
   */
  | { kind: 'link'; fatal: boolean; errors: LinkError[]; engine: EngineError[] };

/** Turn whatever the engine threw into something we can show. */
export function toAppError(err: unknown, kind: 'scenario' | 'action'): AppError {
  if (err instanceof ScenarioValidationError) return { kind, errors: err.errors };
  return { kind: 'engine', message: err instanceof Error ? err.message : String(err) };
}
