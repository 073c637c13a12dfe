// The walkthrough validator: reads unknown JSON and returns a typed Walkthrough, or every problem
// as data — a path (`steps[2].until.type`), a code and its params. The sentences for the codes are
// in ./errors.ts (ko and en); nothing here is worded. What needs the engine to run (does an `until`
// happen? does a highlighted broker exist then?) is checked by the headless runner
// (src/store/walkthroughPlan.ts), not here.
import { validateScenario } from '../../engine';
import { findStarter } from '../scenarios';
import {
  SECTIONS,
  STEP_VIEWS,
  TRACE_TYPES,
  UNAWAITABLE,
  VAR_FIELDS,
  WALKTHROUGH_LIMITS as LIMITS,
  type Section,
  type StepView,
  type VarQuery,
  type Walkthrough,
} from './format';
import { hookShapeOk } from './highlight';
import { placeholderNames } from './placeholders';

export type WalkthroughErrorCode =
  | 'notObject'
  | 'missing'
  | 'unknownField'
  | 'wrongType'
  | 'badId'
  | 'idMismatch'
  | 'badSection'
  | 'badView'
  | 'emptyText'
  | 'textTooLong'
  | 'noSteps'
  | 'tooManySteps'
  | 'whereNone'
  | 'whereBoth'
  | 'badMoment'
  | 'momentBackwards'
  | 'badTraceType'
  | 'badMatch'
  | 'badHook'
  | 'tooMany'
  | 'focusNeeded'
  | 'badVar'
  | 'undeclaredPlaceholder'
  | 'badAction'
  | 'unknownStarter'
  | 'badScenario'
  | 'duplicateId'
  | 'badShow'
  | 'unknownWalkthrough'
  | 'unawaitable';

export interface WalkthroughError {
  /** Where in the walkthrough: `steps[2].say.ko`, '' for the whole. */
  path: string;
  code: WalkthroughErrorCode;
  params: Record<string, string | number>;
}

export type WalkthroughResult =
  { ok: true; walkthrough: Walkthrough } | { ok: false; errors: WalkthroughError[] };

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

class Checker {
  readonly errors: WalkthroughError[] = [];

  add(path: string, code: WalkthroughErrorCode, params: Record<string, string | number> = {}) {
    if (this.errors.length < 50) this.errors.push({ path, code, params });
  }

  /** Unknown fields are refused, never dropped (like the scenario format). */
  fields(o: Obj, path: string, allowed: readonly string[]) {
    for (const k of Object.keys(o))
      if (!allowed.includes(k)) this.add(join(path, k), 'unknownField', { field: k });
  }

  obj(v: unknown, path: string): Obj | null {
    if (v === undefined) {
      this.add(path, 'missing');
      return null;
    }
    if (!isObj(v)) {
      this.add(path, 'notObject');
      return null;
    }
    return v;
  }

  localized(v: unknown, path: string, max: number): boolean {
    const o = this.obj(v, path);
    if (!o) return false;
    this.fields(o, path, ['ko', 'en']);
    let ok = true;
    for (const lang of ['ko', 'en'] as const) {
      const s = o[lang];
      const p = join(path, lang);
      if (s === undefined) {
        this.add(p, 'missing');
        ok = false;
      } else if (typeof s !== 'string') {
        this.add(p, 'wrongType', { expected: 'string' });
        ok = false;
      } else if (s.trim() === '') {
        this.add(p, 'emptyText');
        ok = false;
      } else if (s.length > max) {
        this.add(p, 'textTooLong', { limit: max });
        ok = false;
      }
    }
    return ok;
  }

  moment(v: unknown, path: string): number | null {
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > LIMITS.maxAtMs) {
      this.add(path, 'badMoment', { limit: LIMITS.maxAtMs });
      return null;
    }
    return v;
  }

  traceMatch(v: unknown, path: string) {
    const o = this.obj(v, path);
    if (!o) return;
    this.fields(o, path, ['type', 'match', 'after']);
    if (
      o.after !== undefined &&
      (typeof o.after !== 'number' ||
        !Number.isInteger(o.after) ||
        o.after < 0 ||
        o.after > LIMITS.maxWaitMs)
    )
      this.add(join(path, 'after'), 'badMoment', { limit: LIMITS.maxWaitMs });
    if (!(TRACE_TYPES as readonly unknown[]).includes(o.type))
      this.add(join(path, 'type'), 'badTraceType', { value: String(o.type).slice(0, 40) });
    if (o.match === undefined) return;
    if (!isObj(o.match)) {
      this.add(join(path, 'match'), 'notObject');
      return;
    }
    for (const [k, val] of Object.entries(o.match))
      if (!(val === null || ['string', 'number', 'boolean'].includes(typeof val)))
        this.add(join(path, `match.${k}`), 'badMatch');
  }
}

function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path ? `${path}.${key}` : key;
}

function checkVar(c: Checker, v: unknown, path: string) {
  if (!isObj(v)) return c.add(path, 'notObject');
  const q = v.q;
  if (typeof q !== 'string' || !(q in VAR_FIELDS))
    return c.add(join(path, 'q'), 'badVar', { value: String(q).slice(0, 40) });
  const fields = VAR_FIELDS[q as VarQuery];
  c.fields(v, path, ['q', ...Object.keys(fields)]);
  for (const [name, kind] of Object.entries(fields)) {
    const val = v[name];
    if (val === undefined) {
      if (!kind.endsWith('?')) c.add(join(path, name), 'missing');
    } else if (typeof val !== kind.replace('?', '')) {
      c.add(join(path, name), 'wrongType', { expected: kind.replace('?', '') });
    }
  }
}

function checkStep(c: Checker, v: unknown, path: string, previousAt: { at: number }) {
  const s = c.obj(v, path);
  if (!s) return;
  c.fields(s, path, ['at', 'until', 'view', 'focus', 'highlight', 'vars', 'say', 'act']);
  if (s.at === undefined && s.until === undefined) c.add(path, 'whereNone');
  if (s.at !== undefined && s.until !== undefined) c.add(path, 'whereBoth');
  if (s.at !== undefined) {
    const at = c.moment(s.at, join(path, 'at'));
    if (at !== null && at < previousAt.at)
      c.add(join(path, 'at'), 'momentBackwards', { previous: previousAt.at });
    if (at !== null) previousAt.at = at;
  }
  if (s.until !== undefined) c.traceMatch(s.until, join(path, 'until'));
  if (!(STEP_VIEWS as readonly unknown[]).includes(s.view))
    c.add(join(path, 'view'), 'badView', { allowed: STEP_VIEWS.join(', ') });

  if (s.focus !== undefined) {
    const f = c.obj(s.focus, join(path, 'focus'));
    if (f) {
      c.fields(f, join(path, 'focus'), ['topic', 'partition', 'broker', 'segment']);
      if (
        f.segment !== undefined &&
        (typeof f.segment !== 'number' || !Number.isInteger(f.segment) || f.segment < 0)
      )
        c.add(join(path, 'focus.segment'), 'wrongType', { expected: 'number' });
      if (typeof f.topic !== 'string')
        c.add(join(path, 'focus.topic'), 'wrongType', { expected: 'string' });
      if (typeof f.partition !== 'number' || !Number.isInteger(f.partition) || f.partition < 0)
        c.add(join(path, 'focus.partition'), 'wrongType', { expected: 'number' });
      if (f.broker !== undefined && (typeof f.broker !== 'number' || !Number.isInteger(f.broker)))
        c.add(join(path, 'focus.broker'), 'wrongType', { expected: 'number' });
    }
  }

  if (s.highlight !== undefined) {
    if (!Array.isArray(s.highlight))
      c.add(join(path, 'highlight'), 'wrongType', { expected: 'list' });
    else {
      if (s.highlight.length > LIMITS.maxHighlights)
        c.add(join(path, 'highlight'), 'tooMany', { limit: LIMITS.maxHighlights });
      s.highlight.forEach((h, i) => {
        if (typeof h !== 'string' || !hookShapeOk(h))
          c.add(join(join(path, 'highlight'), i), 'badHook', { value: String(h).slice(0, 60) });
        else if (/^(segment-file|index-entry)-/.test(h) && s.focus === undefined)
          c.add(join(join(path, 'highlight'), i), 'focusNeeded', { value: h });
      });
    }
  }

  const declared = new Set<string>();
  if (s.vars !== undefined) {
    const vars = c.obj(s.vars, join(path, 'vars'));
    if (vars) {
      const names = Object.keys(vars);
      if (names.length > LIMITS.maxVars)
        c.add(join(path, 'vars'), 'tooMany', { limit: LIMITS.maxVars });
      for (const name of names) {
        if (!/^\w+$/.test(name)) c.add(join(path, `vars.${name}`), 'badVar', { value: name });
        checkVar(c, vars[name], join(path, `vars.${name}`));
        declared.add(name);
      }
    }
  }

  if (c.localized(s.say, join(path, 'say'), LIMITS.maxSayChars)) {
    const say = s.say as Record<'ko' | 'en', string>;
    for (const lang of ['ko', 'en'] as const)
      for (const name of placeholderNames(say[lang]))
        if (!declared.has(name))
          c.add(join(path, `say.${lang}`), 'undeclaredPlaceholder', { name });
  }

  if (s.act !== undefined) {
    const a = c.obj(s.act, join(path, 'act'));
    if (a) {
      c.fields(a, join(path, 'act'), ['action', 'await']);
      const action = a.action;
      if (!isObj(action) || typeof action.do !== 'string' || 'at' in action)
        c.add(join(path, 'act.action'), 'badAction');
      c.traceMatch(a.await, join(path, 'act.await'));
      const type = isObj(a.await) ? a.await.type : undefined;
      if ((UNAWAITABLE as readonly unknown[]).includes(type))
        c.add(join(path, 'act.await.type'), 'unawaitable', { value: String(type) });
    }
  }
}

/**
 * Check `input` as a walkthrough; `fileId` (the file's name without .json) must equal its id.
 * The scenario is checked too: a starter id must exist, an inline scenario must pass the engine's
 * validator.
 */
export function validateWalkthrough(input: unknown, fileId?: string): WalkthroughResult {
  const c = new Checker();
  if (!isObj(input)) {
    c.add('', 'notObject');
    return { ok: false, errors: c.errors };
  }
  c.fields(input, '', ['id', 'section', 'title', 'summary', 'scenario', 'steps']);
  if (typeof input.id !== 'string' || !ID.test(input.id))
    c.add('id', input.id === undefined ? 'missing' : 'badId', {
      value: String(input.id).slice(0, 40),
    });
  else if (fileId !== undefined && input.id !== fileId)
    c.add('id', 'idMismatch', { value: input.id, file: fileId });
  if (!(SECTIONS as readonly unknown[]).includes(input.section))
    c.add('section', 'badSection', { allowed: SECTIONS.join(', ') });
  c.localized(input.title, 'title', 120);
  c.localized(input.summary, 'summary', 600);

  const scenario = input.scenario;
  if (typeof scenario === 'string') {
    if (!findStarter(scenario))
      c.add('scenario', 'unknownStarter', { value: scenario.slice(0, 80) });
  } else if (isObj(scenario)) {
    const r = validateScenario(scenario);
    if (!r.ok)
      for (const e of r.errors.slice(0, 5))
        c.add(e.path ? `scenario.${e.path}` : 'scenario', 'badScenario', { code: e.code });
  } else
    c.add('scenario', scenario === undefined ? 'missing' : 'wrongType', {
      expected: 'string | object',
    });

  if (!Array.isArray(input.steps))
    c.add('steps', input.steps === undefined ? 'missing' : 'wrongType', { expected: 'list' });
  else if (input.steps.length === 0) c.add('steps', 'noSteps');
  else if (input.steps.length > LIMITS.maxSteps)
    c.add('steps', 'tooManySteps', { limit: LIMITS.maxSteps });
  else {
    const previous = { at: 0 };
    input.steps.forEach((s, i) => checkStep(c, s, join('steps', i), previous));
  }

  if (c.errors.length > 0) return { ok: false, errors: c.errors };
  return { ok: true, walkthrough: input as unknown as Walkthrough };
}

export type { Section, StepView };
