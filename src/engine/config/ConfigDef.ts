// Config tables and their machinery, Kafka's org.apache.kafka.common.config.ConfigDef in spirit.
// Each config is one row of its entity's table (tables/*.ts): Kafka's name, the property it resolves
// to, a type, Kafka's default, its range or allowed values and, for broker configs, Kafka's update
// mode. The resolved config types are derived from the tables (ResolvedConfig), so adding a config
// is adding a row. Values parse from a JSON number/boolean or the string a properties file would
// hold ("acks": "1", 1 and "all"). Errors are codes with params (configErrors.ts); their words,
// Kafka's ConfigException wording in English, are in src/content/errors/config.ts, and each row's
// doc line is in src/content/configs.

import { engineError, type EngineError } from '../common/EngineError';
import type { ConfigMap, ConfigValue } from '../scenario/Scenario';
import type {
  ConfigDefKind,
  ConfigError,
  ConfigErrorCode,
  ConfigErrorParams,
  InvalidValueCode,
  UnknownItemCode,
} from './configErrors';

export type { ConfigDefKind } from './configErrors';

export type ConfigType = 'int' | 'long' | 'double' | 'boolean' | 'string' | 'list' | 'enum';

/** A parsed value: int/long/double → number, boolean → boolean, string/enum → string, list → string[]. null = unset. */
export type ParsedValue = number | boolean | string | readonly string[] | null;

const INT_MIN = -2147483648;
const INT_MAX = 2147483647;
/**
 * Java's Long range as doubles (2^63 = Long.MAX_VALUE rounded). Values beyond the JS safe range are clamped to
 * it, so that Long.MAX_VALUE ("forever") still parses.
 */
const LONG_LIMIT = 2 ** 63;

// ---------------------------------------------------------------------------------------------
// ConfigException
// ---------------------------------------------------------------------------------------------

/**
 * Kafka's org.apache.kafka.common.config.ConfigException, as data: a code and its params (the
 * sentences, Kafka's wording in English, are in src/content/errors/config.ts). Error.message is
 * the code and the params as JSON, for logs and stack traces only.
 */
export class ConfigException extends Error {
  override readonly name = 'ConfigException';

  private constructor(
    readonly error: ConfigError,
    /** The offending config key, when one key is to blame. */
    readonly key: string | undefined,
  ) {
    super(`${error.code} ${JSON.stringify(error.params)}`);
  }

  /** Kafka's ConfigException(name, value, message): `Invalid value <value> for configuration <key>: …`. */
  static invalid<C extends InvalidValueCode>(
    key: string,
    value: unknown,
    code: C,
    extra: Omit<ConfigErrorParams[C], 'key' | 'value'>,
  ): ConfigException {
    const params = { key, value: displayValue(value), ...extra };
    return new ConfigException({ code, params } as ConfigError, key);
  }

  /** Kafka's ConfigException(message) and cross-key checks, optionally blaming one key. */
  static of<C extends ConfigErrorCode>(
    code: C,
    params: ConfigErrorParams[C],
    key?: string,
  ): ConfigException {
    return new ConfigException({ code, params } as ConfigError, key);
  }

  static from(error: ConfigError, key?: string): ConfigException {
    return new ConfigException(error, key);
  }

  /** The error at `path` (the caller joins the key onto its base path). */
  toError(path: string): EngineError {
    return engineError(path, this.error.code, this.error.params);
  }
}

/** Values and names longer than this are cut short in messages (a hostile 1 MiB value stays out of them). */
const MAX_SHOWN = 200;

function shorten(s: string): string {
  return s.length > MAX_SHOWN ? `${s.slice(0, MAX_SHOWN - 3)}...` : s;
}

function displayValue(value: unknown): string {
  if (Array.isArray(value)) return shorten(value.join(','));
  return shorten(String(value));
}

// ---------------------------------------------------------------------------------------------
// Rows and tables
// ---------------------------------------------------------------------------------------------

/** Whose config a table holds. */
export type ConfigEntity = ConfigDefKind;

/**
 * Can it change while running? Broker configs use Kafka's DynamicBrokerConfig modes: 'read-only'
 * (read at startup; Kafka needs a restart), 'per-broker' (changeable per broker only) and
 * 'cluster-wide' (changeable as the cluster default, or per broker). Topic configs are all
 * changeable per topic; a client's configs are its own ('per-client').
 */
export type UpdateMode = 'read-only' | 'per-broker' | 'cluster-wide' | 'per-topic' | 'per-client';

/** One config as its table writes it: plain data, plus a parser hook or a resolved form where Kafka has one. */
export interface ConfigRow {
  /** Kafka's property name. */
  readonly name: string;
  readonly type: ConfigType;
  /** Kafka's default, parsed; null = no default (the key is unset unless given). */
  readonly default: ParsedValue;
  /** Numbers: Kafka's Range (at least / no more than). */
  readonly min?: number;
  readonly max?: number;
  /** enum: the allowed values (ValidString); list: the allowed items (ValidList). */
  readonly values?: readonly string[];
  /** list: an empty list is refused. */
  readonly nonEmpty?: boolean;
  /** enum: compare case-insensitively and keep the canonical spelling (CaseInsensitiveValidString). */
  readonly caseInsensitive?: boolean;
  /**
   * list (and string): map a raw item to its canonical form (e.g. a class name to `range`).
   * undefined rejects the item.
   */
  readonly normalizeItem?: (item: string) => string | undefined;
  /** The error when normalizeItem rejects an item (default: `Class <item> could not be found.`). */
  readonly unknownItem?: { readonly code: UnknownItemCode; readonly known: readonly string[] };
  /** Broker rows name Kafka's mode; other tables take their entity's. */
  readonly updateMode?: UpdateMode;
  /**
   * Broker rows the KRaft controller reads, not the brokers (it has its own properties file): a
   * change reaches the controller, never one broker.
   */
  readonly readBy?: 'controller';
  /** The resolved field's value from the parsed one (acks "all" → -1, a list → a policy …). */
  readonly to?: (value: never) => unknown;
}

/** A table: the resolved property name (Kafka's field name where it has one) → its row. */
export type ConfigTable = { readonly [prop: string]: ConfigRow };

type NumberType = 'int' | 'long' | 'double';
type BaseValueOf<R> = R extends { readonly type: NumberType }
  ? number
  : R extends { readonly type: 'boolean' }
    ? boolean
    : R extends { readonly type: 'enum'; readonly values: readonly (infer V)[] }
      ? V
      : R extends { readonly type: 'string' }
        ? string
        : R extends { readonly type: 'list'; readonly values: readonly (infer V)[] }
          ? readonly V[]
          : readonly string[];

/** A row's parsed value type: from its type and allowed values, nullable when it has no default. */
export type ParsedOf<R> = R extends { readonly default: null }
  ? BaseValueOf<R> | null
  : BaseValueOf<R>;

/** A row's resolved value type: its `to`'s result, or the parsed value. */
export type ValueOf<R> = R extends { readonly to: (value: never) => infer T } ? T : ParsedOf<R>;

/** The resolved config of a table: one readonly field per row. */
export type ResolvedConfig<T extends ConfigTable> = { readonly [K in keyof T]: ValueOf<T[K]> };

/** A table as written; `const` keeps its names, types and allowed values as literal types. */
export function configTable<const T extends ConfigTable>(table: T): T {
  return table;
}

/** A row with where it belongs: the resolved property and the entity. */
export type ConfigKey = ConfigRow & {
  readonly prop: string;
  readonly entity: ConfigEntity;
  readonly updateMode: UpdateMode;
};

/** A config definition as plain data (no functions), for readers such as the settings views. */
export interface ConfigDefinition {
  name: string;
  prop: string;
  entity: ConfigEntity;
  type: ConfigType;
  default: ParsedValue;
  min: number | null;
  max: number | null;
  /** enum: the allowed values; list: the allowed items; null = any. */
  values: readonly string[] | null;
  updateMode: UpdateMode;
  /** Broker configs: whether the brokers or the controller read it; null for other entities. */
  readBy: 'broker' | 'controller' | null;
}

/** Kafka's Range / ValidString / ValidList on a parsed value. Throws ConfigException. */
function ensureValid(key: ConfigKey, value: ParsedValue): void {
  const name = key.name;
  if (key.type === 'int' || key.type === 'long' || key.type === 'double') {
    if (key.min === undefined && key.max === undefined) return;
    if (value === null) throw ConfigException.invalid(name, value, 'config.nonNull', {});
    const n = value as number;
    if (key.min !== undefined && n < key.min)
      throw ConfigException.invalid(name, value, 'config.atLeast', { min: key.min });
    if (key.max !== undefined && n > key.max)
      throw ConfigException.invalid(name, value, 'config.atMost', { max: key.max });
  } else if (key.type === 'list' && key.values) {
    const items = value as readonly string[];
    const allowed = key.values;
    if (key.nonEmpty && items.length === 0)
      throw ConfigException.invalid(name, value, 'config.emptyList', { allowed });
    for (const item of items) {
      if (!allowed.includes(item))
        throw ConfigException.invalid(name, item, 'config.oneOf', { allowed });
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Parsing
// ---------------------------------------------------------------------------------------------

function jsonTypeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'double';
  return typeof v;
}

function parseInteger(
  key: ConfigKey,
  raw: unknown,
  min: number,
  max: number,
  typeName: 'INT' | 'LONG',
): number {
  const wrongType = () =>
    ConfigException.invalid(key.name, raw, 'config.wrongType', {
      expected: typeName,
      actual: jsonTypeName(raw),
    });
  let n: number;
  if (typeof raw === 'number') {
    if (!Number.isInteger(raw)) throw wrongType();
    n = raw;
  } else if (typeof raw === 'string') {
    const t = raw.trim();
    if (!/^[+-]?\d+$/.test(t))
      throw ConfigException.invalid(key.name, raw, 'config.notNumber', { type: typeName });
    n = Number(t);
  } else {
    throw wrongType();
  }
  if (n < min || n > max)
    throw ConfigException.invalid(key.name, raw, 'config.outOfTypeRange', { type: typeName });
  if (typeName === 'LONG') {
    // Java's Long range is wider than a JS number's exact range; clamp, so that Long.MAX_VALUE still means "forever".
    if (n > Number.MAX_SAFE_INTEGER) n = Number.MAX_SAFE_INTEGER;
    if (n < -Number.MAX_SAFE_INTEGER) n = -Number.MAX_SAFE_INTEGER;
  }
  return n === 0 ? 0 : n; // no -0
}

/** Kafka's DOUBLE: a JSON number or a numeric string. */
function parseDouble(key: ConfigKey, raw: unknown): number {
  if (typeof raw === 'number' && Number.isFinite(raw)) return raw;
  if (typeof raw === 'string' && raw.trim() !== '' && Number.isFinite(Number(raw.trim())))
    return Number(raw.trim());
  if (typeof raw === 'string')
    throw ConfigException.invalid(key.name, raw, 'config.notNumber', { type: 'DOUBLE' });
  throw ConfigException.invalid(key.name, raw, 'config.wrongType', {
    expected: 'DOUBLE',
    actual: jsonTypeName(raw),
  });
}

function parseString(key: ConfigKey, raw: unknown): string {
  if (typeof raw === 'string') return raw.trim();
  if (typeof raw === 'number' && Number.isFinite(raw)) return String(raw);
  throw ConfigException.invalid(key.name, raw, 'config.wrongType', {
    expected: 'STRING',
    actual: jsonTypeName(raw),
  });
}

/** `Class <item> could not be found.`, or the key's own error for an item it does not know. */
function unknownItem(key: ConfigKey, raw: unknown, item: string): ConfigException {
  const shown = shorten(item);
  if (!key.unknownItem)
    return ConfigException.invalid(key.name, raw, 'config.classNotFound', { item: shown });
  return ConfigException.invalid(key.name, raw, key.unknownItem.code, {
    item: shown,
    known: key.unknownItem.known,
  });
}

/** Parse one raw value for a key and run its validator. Throws ConfigException. */
export function parseConfigValue(key: ConfigKey, raw: unknown): ParsedValue {
  let value: ParsedValue;
  switch (key.type) {
    case 'int':
      value = parseInteger(key, raw, INT_MIN, INT_MAX, 'INT');
      break;
    case 'long':
      value = parseInteger(key, raw, -LONG_LIMIT, LONG_LIMIT, 'LONG');
      break;
    case 'double':
      value = parseDouble(key, raw);
      break;
    case 'boolean': {
      if (typeof raw === 'boolean') value = raw;
      else if (typeof raw === 'string' && raw.trim().toLowerCase() === 'true') value = true;
      else if (typeof raw === 'string' && raw.trim().toLowerCase() === 'false') value = false;
      else throw ConfigException.invalid(key.name, raw, 'config.notBoolean', {});
      break;
    }
    case 'string': {
      let s = parseString(key, raw);
      if (key.normalizeItem && s !== '') {
        const n = key.normalizeItem(s);
        if (n === undefined) throw unknownItem(key, raw, s);
        s = n;
      }
      value = s;
      break;
    }
    case 'enum': {
      const s = parseString(key, raw);
      const values = key.values ?? [];
      const found = key.caseInsensitive
        ? values.find((v) => v.toLowerCase() === s.toLowerCase())
        : values.find((v) => v === s);
      if (found === undefined)
        throw ConfigException.invalid(key.name, raw, 'config.oneOf', { allowed: values });
      value = found;
      break;
    }
    case 'list': {
      if (typeof raw !== 'string' && !(typeof raw === 'number' && Number.isFinite(raw)))
        throw ConfigException.invalid(key.name, raw, 'config.notList', {});
      const t = String(raw).trim();
      const items = t === '' ? [] : t.split(/\s*,\s*/);
      const out: string[] = [];
      for (const item of items) {
        if (key.normalizeItem) {
          const n = key.normalizeItem(item);
          if (n === undefined) throw unknownItem(key, raw, item);
          out.push(n);
        } else {
          out.push(item);
        }
      }
      value = out;
      break;
    }
  }
  ensureValid(key, value);
  return value;
}

// ---------------------------------------------------------------------------------------------
// "Did you mean"
// ---------------------------------------------------------------------------------------------

function squash(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]/g, '');
}

function levenshtein(a: string, b: string): number {
  const prev = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(up + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}

/** The closest of `candidates` to `name` (same letters ignoring case/punctuation, or a small edit distance). */
export function suggestName(name: string, candidates: Iterable<string>): string | undefined {
  // Nothing is that long; and the edit distance costs name.length × candidate.length.
  if (name.length > MAX_SHOWN) return undefined;
  const sq = squash(name);
  let best: string | undefined;
  let bestDistance = Infinity;
  let prefixMatch: string | undefined;
  for (const c of candidates) {
    const sc = squash(c);
    if (sc === sq) return c;
    // "replication" → "replicationFactor": one name is the start of the other
    if (
      !prefixMatch &&
      Math.min(sc.length, sq.length) >= 4 &&
      (sc.startsWith(sq) || sq.startsWith(sc))
    )
      prefixMatch = c;
    const d = levenshtein(name.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = c;
    }
  }
  const limit = Math.max(2, Math.floor(name.length / 4));
  return bestDistance <= limit ? best : prefixMatch;
}

// ---------------------------------------------------------------------------------------------
// ConfigDef and the parsed result
// ---------------------------------------------------------------------------------------------

/** One entity's table, ready to parse raw maps (Kafka property names) into typed configs. */
export class ConfigDef<T extends ConfigTable = ConfigTable> {
  private readonly byName = new Map<string, ConfigKey>();

  /**
   * @param kind     whose configs these are (for messages and definitions)
   * @param table    the rows, by resolved property name
   * @param hints    names that are not keys here but mean something elsewhere → the error saying where
   */
  constructor(
    readonly kind: ConfigEntity,
    readonly table: T,
    private readonly hints: ReadonlyMap<string, ConfigError> = new Map(),
  ) {
    const mode: UpdateMode = kind === 'topic' ? 'per-topic' : 'per-client';
    for (const [prop, row] of Object.entries(table)) {
      if (this.byName.has(row.name)) throw new Error(`Config ${row.name} is defined twice.`);
      if (kind === 'broker' && !row.updateMode)
        throw new Error(`Broker config ${row.name} needs Kafka's update mode.`);
      const key: ConfigKey = { ...row, prop, entity: kind, updateMode: row.updateMode ?? mode };
      this.byName.set(row.name, Object.freeze(key));
    }
  }

  /** All keys, in table order. */
  keys(): readonly ConfigKey[] {
    return [...this.byName.values()];
  }

  names(): string[] {
    return [...this.byName.keys()];
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }

  key(name: string): ConfigKey | undefined {
    return this.byName.get(name);
  }

  /** The rows as plain data. */
  definitions(): ConfigDefinition[] {
    return this.keys().map((k) => ({
      name: k.name,
      prop: k.prop,
      entity: k.entity,
      type: k.type,
      default: k.default,
      min: k.min ?? null,
      max: k.max ?? null,
      values: k.values ?? null,
      updateMode: k.updateMode,
      readBy: k.readBy ?? (k.entity === 'broker' ? 'broker' : null),
    }));
  }

  /** Kafka's defaults, name → parsed value (null = no default). */
  defaultValues(): Record<string, ParsedValue> {
    const out: Record<string, ParsedValue> = {};
    for (const k of this.byName.values()) out[k.name] = k.default;
    return out;
  }

  /** The ConfigException for a name that is not a key of this def, with a "did you mean" when one is close. */
  unknownKey(rawName: string): ConfigException {
    const hint = this.hints.get(rawName);
    if (hint) return ConfigException.from(hint, rawName);
    return ConfigException.of(
      'config.unknownName',
      {
        kind: this.kind,
        name: shorten(rawName),
        suggestion: suggestName(rawName, this.byName.keys()) ?? null,
      },
      rawName,
    );
  }

  /** Parse and validate one value. Throws ConfigException (unknown key, bad type, out of range …). */
  parseValue(name: string, raw: unknown): ParsedValue {
    const key = this.byName.get(name);
    if (!key) throw this.unknownKey(name);
    return parseConfigValue(key, raw);
  }

  /** Every per-key error of a raw map (unknown keys, types, ranges), in the map's order. */
  validate(raw: ConfigMap): ConfigException[] {
    const errors: ConfigException[] = [];
    for (const name of Object.keys(raw)) {
      try {
        this.parseValue(name, raw[name]);
      } catch (e) {
        if (e instanceof ConfigException) errors.push(e);
        else throw e;
      }
    }
    return errors;
  }

  /** Parse a raw map; throws the first ConfigException, like Kafka's AbstractConfig constructor. */
  parse(raw: ConfigMap): ParsedConfig<T> {
    const values = new Map<string, ParsedValue>();
    for (const key of this.byName.values()) values.set(key.name, key.default);
    for (const name of Object.keys(raw)) values.set(name, this.parseValue(name, raw[name]));
    return new ParsedConfig(this, values, raw);
  }
}

/** The parsed values of one raw map (Kafka's AbstractConfig): typed getters, and what the user set. */
export class ParsedConfig<T extends ConfigTable = ConfigTable> {
  constructor(
    readonly def: ConfigDef<T>,
    private readonly values: ReadonlyMap<string, ParsedValue>,
    /** The map as the user wrote it (Kafka's originals()). */
    readonly originals: Readonly<Record<string, ConfigValue>>,
  ) {}

  /** Did the user set this config explicitly? */
  isSet(prop: keyof T & string): boolean {
    return Object.prototype.hasOwnProperty.call(this.originals, this.def.table[prop]!.name);
  }

  /** The parsed value of a config, typed by its row. */
  get<K extends keyof T & string>(prop: K): ParsedOf<T[K]> {
    // The parser produced this value from this row, so it has the row's type.
    return this.byName(this.def.table[prop]!.name) as ParsedOf<T[K]>;
  }

  /** The parsed value by Kafka's name, untyped (for readers walking every key). */
  byName(name: string): ParsedValue {
    if (!this.values.has(name)) throw new Error(`Unknown configuration '${name}'`);
    return this.values.get(name)!;
  }

  /** Every row's resolved value (its `to` applied), a new object; resolvers add cross-key rules. */
  resolved(): ResolvedConfig<T> {
    const out: Record<string, unknown> = {};
    for (const [prop, row] of Object.entries(this.def.table)) {
      const v = this.byName(row.name);
      // A list is copied and frozen: the resolved config shares nothing with the table or the parse.
      const value = Array.isArray(v) ? Object.freeze([...(v as readonly string[])]) : v;
      out[prop] = row.to ? (row.to as (value: ParsedValue) => unknown)(value) : value;
    }
    return out as ResolvedConfig<T>;
  }
}

/** Run `fn`, turning a thrown ConfigException into a list entry. */
export function collectConfigErrors(into: ConfigException[], fn: () => void): void {
  try {
    fn();
  } catch (e) {
    if (e instanceof ConfigException) into.push(e);
    else throw e;
  }
}
