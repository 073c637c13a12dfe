// The input's structure before its meaning: its size and nesting (checked first, without recursion,
// so that hostile input cannot overflow the stack or take long), and the top-level fields.
import type { ScenarioArray } from '../scenarioErrors';
import { checkFields, expectArray, got, has, intField, join, missing } from './fields';
import type { Obj } from './fields';
import { DEFAULT_SEED, SCENARIO_LIMITS, SCENARIO_VERSION } from './limits';
import { refusal } from './report';
import type { Report } from './report';

interface ShapeNode {
  v: unknown;
  parent: ShapeNode | null;
  key: string | number;
  depth: number;
}

function shapePath(n: ShapeNode, base: string): string {
  const parts: (string | number)[] = [];
  for (let x: ShapeNode | null = n; x && x.parent; x = x.parent) parts.push(x.key);
  let path = base;
  for (let i = parts.length - 1; i >= 0; i--) {
    const k = parts[i]!;
    path = typeof k === 'number' ? `${path}[${k}]` : join(path, k);
  }
  return path;
}

/**
 * Walk the input once, without recursion: refuse more than SCENARIO_LIMITS.maxScenarioChars of JSON (counted
 * as JSON.stringify would print it, escapes aside) or objects/arrays nested deeper than maxDepth. A refused
 * input is not looked at further, so every later check runs on a bounded input.
 */
export function checkShape(input: unknown, r: Report, base = ''): boolean {
  const { maxScenarioChars: maxChars, maxDepth } = SCENARIO_LIMITS;
  const stack: ShapeNode[] = [{ v: input, parent: null, key: base, depth: 1 }];
  let chars = 0;
  const tooBig = (): boolean => {
    r.add(base, 'input.tooLarge', { whole: base === '', maxChars });
    return false;
  };
  while (stack.length > 0) {
    const n = stack.pop()!;
    const v = n.v;
    if (typeof v === 'string') chars += v.length + 2;
    else if (typeof v === 'number') chars += String(v).length;
    else if (typeof v === 'boolean' || v === null) chars += 5;
    else if (typeof v === 'object') {
      if (n.depth > maxDepth) {
        r.add(shapePath(n, base), 'input.tooDeep', { maxDepth });
        return false;
      }
      if (Array.isArray(v)) {
        chars += 2 + v.length;
        if (chars > maxChars) return tooBig();
        for (let i = v.length - 1; i >= 0; i--)
          stack.push({ v: v[i], parent: n, key: i, depth: n.depth + 1 });
      } else {
        const keys = Object.keys(v);
        chars += 2 + 4 * keys.length;
        if (chars > maxChars) return tooBig();
        for (let i = keys.length - 1; i >= 0; i--) {
          const k = keys[i]!;
          chars += k.length;
          stack.push({ v: (v as Obj)[k], parent: n, key: k, depth: n.depth + 1 });
        }
      }
    }
    if (chars > maxChars) return tooBig();
  }
  return true;
}

const TOP_FIELDS = [
  'version',
  'seed',
  'cluster',
  'topics',
  'producers',
  'consumerGroups',
  'actions',
] as const;

/** The caps on the top-level arrays. */
const ARRAY_CAPS: Record<ScenarioArray, number> = {
  topics: SCENARIO_LIMITS.maxTopics,
  producers: SCENARIO_LIMITS.maxProducers,
  consumerGroups: SCENARIO_LIMITS.maxGroups,
  actions: SCENARIO_LIMITS.maxActions,
};

/** The top-level fields, version and seed of an object of bounded shape; the seed, or undefined when refused. */
export function validateHeader(input: Obj, r: Report): number | undefined {
  checkFields(input, TOP_FIELDS, '', r);

  if (!has(input, 'version')) missing('version', r);
  else if (input.version !== SCENARIO_VERSION)
    r.add('version', 'scenario.version', { ...got(input.version), supported: SCENARIO_VERSION });

  if (!has(input, 'seed')) return DEFAULT_SEED;
  const max = SCENARIO_LIMITS.maxSeed;
  const outside = (value: number) => refusal('scenario.seed', { value, max });
  return intField(input.seed, 'seed', { min: 0, max, tooSmall: outside, tooBig: outside }, r);
}

export interface TopArrays {
  /** Each array, or [] when it is missing, not an array, or longer than its cap. */
  arrays: Record<ScenarioArray, unknown[]>;
  /** Arrays longer than their cap: reported, and not looked into. */
  tooLong: ReadonlySet<ScenarioArray>;
}

/** The top-level arrays, each held to its cap. */
export function readArrays(input: Obj, r: Report): TopArrays {
  const tooLong = new Set<ScenarioArray>();
  const array = (what: ScenarioArray): unknown[] => {
    if (!has(input, what) || !expectArray(input[what], what, r)) return [];
    const a = input[what];
    const max = ARRAY_CAPS[what];
    if (a.length <= max) return a;
    tooLong.add(what);
    r.add(what, 'scenario.tooMany', { what, max, count: a.length });
    return [];
  };
  // One at a time, in this order, so that errors are listed in the scenario's order.
  const topics = array('topics');
  const producers = array('producers');
  const consumerGroups = array('consumerGroups');
  const actions = array('actions');
  return { arrays: { topics, producers, consumerGroups, actions }, tooLong };
}
