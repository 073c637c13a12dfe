// The errors one validation finds: the first SCENARIO_LIMITS.maxErrors are kept, the rest only counted.
import { engineError } from '../../common/EngineError';
import type { EngineError, ErrorCode, ErrorParamsByCode } from '../../common/EngineError';
import { SCENARIO_LIMITS } from './limits';

/** A code and its params, for an error whose path the caller knows. */
export type Refusal = { [C in ErrorCode]: { code: C; params: ErrorParamsByCode[C] } }[ErrorCode];

export function refusal<C extends ErrorCode>(code: C, params: ErrorParamsByCode[C]): Refusal {
  return { code, params } as Refusal;
}

export class Report {
  /** The first SCENARIO_LIMITS.maxErrors errors. */
  readonly errors: EngineError[] = [];
  private total = 0;

  add<C extends ErrorCode>(path: string, code: C, params: ErrorParamsByCode[C]): void {
    this.push(engineError(path, code, params));
  }

  /** A refusal made elsewhere, at `path`. */
  refuse(path: string, x: Refusal): void {
    this.push({ path, ...x } as EngineError);
  }

  /** An error made elsewhere (a config's, a sub-report's). */
  push(e: EngineError): void {
    this.total++;
    if (this.errors.length < SCENARIO_LIMITS.maxErrors) this.errors.push(e);
  }

  /** Every error found, listed or not. */
  get count(): number {
    return this.total;
  }

  /** The listed errors, and a last one (at `path`) counting those left out. */
  list(path = ''): EngineError[] {
    const left = this.total - this.errors.length;
    if (left <= 0) return this.errors;
    return [...this.errors, engineError(path, 'errors.more', { count: left })];
  }
}
