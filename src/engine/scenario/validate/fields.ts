// Shared field readers: each checks one value, reports what is wrong as an error code with params
// (the words are in src/content/errors), and returns the value or undefined.
import type { ConfigException } from '../../config/ConfigDef';
import { suggestName } from '../../config/ConfigDef';
import type { ConfigMap, ConfigValue } from '../Scenario';
import type { ExpectedType, Got } from '../scenarioErrors';
import { SCENARIO_LIMITS } from './limits';
import { refusal } from './report';
import type { Refusal, Report } from './report';

export type Obj = Record<string, unknown>;

export function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Is the field present? (A field set to undefined, which JSON cannot hold, counts as absent.) */
export function has(o: Obj, k: string): boolean {
  return Object.prototype.hasOwnProperty.call(o, k) && o[k] !== undefined;
}

/** A field name as a path or an error shows it: a hostile 1 MiB key is cut short. */
export function fieldName(k: string): string {
  return k.length > 64 ? `${k.slice(0, 61)}...` : k;
}

export function join(base: string, field: string): string {
  if (field === '') return `${base}[""]`; // an empty key still names a field: never the whole input's ''
  const f = fieldName(field);
  return base ? `${base}.${f}` : f;
}

/** A name from the input, as an error quotes it (ids and topic names can be long or hostile). */
export function short(s: string): string {
  return s.length > 100 ? `${s.slice(0, 97)}...` : s;
}

/** The start of a string that an error quotes as JSON (the sentence clips it further). */
export function quoted(s: string): string {
  return s.length > 64 ? s.slice(0, 64) : s;
}

/** A value as an error describes it: its type, and the value itself when it is short and plain. */
export function got(v: unknown): Got {
  if (v === undefined) return { gotType: 'nothing', got: null };
  if (v === null) return { gotType: 'null', got: null };
  if (typeof v === 'string') return { gotType: 'string', got: quoted(v) };
  if (typeof v === 'number') return { gotType: 'number', got: v };
  if (typeof v === 'boolean') return { gotType: 'boolean', got: v };
  if (Array.isArray(v)) return { gotType: 'array', got: null };
  if (typeof v === 'object') return { gotType: 'object', got: null };
  return { gotType: typeof v as Got['gotType'], got: null };
}

/** Names an error lists: the first 11, each shortened (a sentence shows 10, then "…" if there are more). */
export function names(items: Iterable<string | number>): string[] {
  const out: string[] = [];
  for (const x of items) {
    if (out.length === 11) break;
    out.push(short(String(x)));
  }
  return out;
}

/** Report every own field of `o` that is not in `allowed`, with a "did you mean". */
export function checkFields(o: Obj, allowed: readonly string[], path: string, r: Report): void {
  for (const k of Object.keys(o)) {
    if (allowed.includes(k) || o[k] === undefined) continue;
    r.add(join(path, k), 'field.unknown', {
      field: fieldName(k),
      allowed,
      suggestion: suggestName(k, allowed) ?? null,
    });
  }
}

export function missing(path: string, r: Report): void {
  r.add(path, 'field.missing', { field: path.slice(path.lastIndexOf('.') + 1) });
}

function wrongType(v: unknown, expected: ExpectedType, path: string, r: Report): false {
  r.add(path, 'value.wrongType', { expected, ...got(v) });
  return false;
}

export function expectObject(v: unknown, path: string, r: Report): v is Obj {
  return isObj(v) || wrongType(v, 'object', path, r);
}

export function expectArray(v: unknown, path: string, r: Report): v is unknown[] {
  return Array.isArray(v) || wrongType(v, 'array', path, r);
}

export function expectString(v: unknown, path: string, r: Report): v is string {
  return typeof v === 'string' || wrongType(v, 'string', path, r);
}

export interface Bounds {
  min?: number;
  max?: number;
  /** Replace the generic value.atMost (a cap with its reason). */
  tooBig?: (v: number) => Refusal;
  /** Replace the generic value.atLeast. */
  tooSmall?: (v: number) => Refusal;
}

function checkBounds(v: number, path: string, b: Bounds, r: Report): boolean {
  if (b.min !== undefined && v < b.min) {
    r.refuse(path, b.tooSmall?.(v) ?? refusal('value.atLeast', { min: b.min, value: v }));
    return false;
  }
  if (b.max !== undefined && v > b.max) {
    r.refuse(path, b.tooBig?.(v) ?? refusal('value.atMost', { max: b.max, value: v }));
    return false;
  }
  return true;
}

/** An integer within bounds, or undefined (error reported). */
export function intField(v: unknown, path: string, b: Bounds, r: Report): number | undefined {
  if (typeof v !== 'number' || !Number.isInteger(v)) {
    wrongType(v, 'integer', path, r);
    return undefined;
  }
  return checkBounds(v, path, b, r) ? v : undefined;
}

/** A finite number within bounds, or undefined (error reported). */
export function numberField(v: unknown, path: string, b: Bounds, r: Report): number | undefined {
  if (typeof v !== 'number' || !Number.isFinite(v)) {
    wrongType(v, 'number', path, r);
    return undefined;
  }
  return checkBounds(v, path, b, r) ? v : undefined;
}

export const ID_PATTERN = /^[a-zA-Z0-9._-]+$/;

/** A producer or group id: 1–249 characters from [a-zA-Z0-9._-]. */
export function idField(v: unknown, path: string, r: Report): string | undefined {
  if (!expectString(v, path, r)) return undefined;
  const max = SCENARIO_LIMITS.maxNameLength;
  if (v.length === 0 || v.length > max || !ID_PATTERN.test(v)) {
    r.add(path, 'value.id', { id: quoted(v), maxLength: max });
    return undefined;
  }
  return v;
}

export function isConfigValue(v: unknown): v is ConfigValue {
  return (
    typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v))
  );
}

/** A config's error at `base` (a config map's path, or setConfig's key or value). */
export function configError(r: Report, base: string, e: ConfigException): void {
  r.push(e.toError(base));
}

/** A raw config map: an object whose values are strings, numbers or booleans; then the def's checks. */
export function configMap(
  v: unknown,
  path: string,
  r: Report,
  validate: (raw: ConfigMap) => ConfigException[],
): ConfigMap | undefined {
  if (!expectObject(v, path, r)) return undefined;
  const out: ConfigMap = {};
  let typed = true;
  for (const k of Object.keys(v)) {
    const value = v[k];
    if (isConfigValue(value)) {
      // Not `out[k] = value`: a "__proto__" key would set the prototype and vanish unreported.
      Object.defineProperty(out, k, {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    } else {
      typed = false;
      r.add(join(path, k), 'value.configType', got(value));
    }
  }
  const before = r.count;
  for (const e of validate(out)) configMapError(r, path, e);
  return typed && r.count === before ? out : undefined;
}

/** A config map's error: at the key it blames, or at the map. */
export function configMapError(r: Report, path: string, e: ConfigException): void {
  configError(r, e.key !== undefined ? join(path, e.key) : path, e);
}
