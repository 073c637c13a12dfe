// The shape of ACTION_RULES (actions.ts): how one action kind's fields are read and checked.
import type { ValidationContext } from './context';
import type { Report } from './report';

/** One action being checked. */
export interface ActionCheck {
  /** The action's path (`actions[3]`, `action`). */
  path: string;
  ctx: ValidationContext;
  r: Report;
  /** The fields read so far without an error: name → value (a createTopic's topic as its clean spec). */
  read: Map<string, unknown>;
}

/** Check the value at `path`; return it (or its clean form), or anything when an error is reported. */
export type FieldReader = (v: unknown, path: string, c: ActionCheck) => unknown;

export interface FieldRule {
  /** Absent is an error (field.missing). */
  required: boolean;
  read: FieldReader;
}

export interface KindRule {
  /** The kind's fields besides `at` and `do`, in the order they are read. */
  fields: Record<string, FieldRule>;
  /** Checks across fields, once every field is read (a refused field is absent from `read`). */
  check?: (c: ActionCheck) => void;
}

/** A field that must be present. */
export function req(read: FieldReader): FieldRule {
  return { required: true, read };
}

/** A field that may be left out. */
export function opt(read: FieldReader): FieldRule {
  return { required: false, read };
}
