// The one way an action changes a run: check it against the model of the run at its moment, and
// return the next model. Validation of an action is this function's dry run; the Simulation calls
// it for every action (the scenario's, as their time comes, and the user's) and then applies the
// new model to its objects; the UI asks it, never re-deriving what an action would do.
import type { EngineError } from '../common/EngineError';
import type { Action } from './Scenario';
import type { ScenarioModel } from './ScenarioModel';
import { nextModel } from './ScenarioModel';
import { checkAction } from './validate/actions';
import { Report } from './validate/report';
import { checkShape } from './validate/schema';

export type ApplyResult =
  { ok: true; model: ScenarioModel; action: Action } | { ok: false; errors: EngineError[] };

/**
 * Check `input` (any JSON) against `model` and apply it. `path` prefixes every error's path
 * (`actions[3]`, or `action` for one from the UI). The model given is never changed.
 */
export function applyAction(model: ScenarioModel, input: unknown, path = 'action'): ApplyResult {
  const r = new Report();
  const action = checkShape(input, r, path) ? checkAction(input, model, path, r) : undefined;
  if (!action || r.count > 0) return { ok: false, errors: r.list(path) };
  return { ok: true, model: nextModel(model, action), action };
}

/** The errors `input` would be refused with against `model` (none: it applies). */
export function validateAction(
  input: unknown,
  model: ScenarioModel,
  path = 'action',
): EngineError[] {
  const result = applyAction(model, input, path);
  return result.ok ? [] : result.errors;
}
