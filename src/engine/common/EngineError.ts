// Errors as data: where (a path into the scenario or action), which (a code) and the values a sentence
// needs (params). The engine holds no words: the Korean and English sentences live in src/content/errors,
// one function per code, typed by that code's params. Params are plain JSON (strings, numbers, booleans,
// null, arrays of those), so an error can cross a worker boundary or be saved in a test fixture.
//
// Each part of the engine declares its own codes in an interface (config/configErrors.ts,
// scenario/scenarioErrors.ts); this file joins them, so a code is declared once and a sentence exists
// for every code (src/content/errors is typed as a total map over ErrorCode).
import type { ConfigErrorParams } from '../config/configErrors';
import type { ScenarioErrorParams } from '../scenario/scenarioErrors';

export type ErrorParamValue = string | number | boolean | null | readonly (string | number)[];

export type ErrorParamsByCode = ConfigErrorParams & ScenarioErrorParams;
export type ErrorCode = keyof ErrorParamsByCode;

/** One error: `path` is `topics[0].partitions`, `actions[3].broker`, or '' for the whole input. */
export type EngineError = {
  [C in ErrorCode]: { path: string; code: C; params: ErrorParamsByCode[C] };
}[ErrorCode];

export function engineError<C extends ErrorCode>(
  path: string,
  code: C,
  params: ErrorParamsByCode[C],
): EngineError {
  return { path, code, params } as EngineError;
}
