import type * as z from 'zod/mini';
import { ValidationError } from './errors.js';

/** One list item that did not match the contract and was left out. */
export interface ValidationIssue {
  /** What was being read, for example `Course` or `LearningPath`. */
  resource: string;
  /** Position of the item in the list as received. */
  index: number;
  /** The item's `id`, when it had a readable one. */
  id?: string;
  /** Path of the bad field inside the item, for example `['price', 'amount']`. */
  path: Array<string | number>;
  /** The path joined with dots, for example `price.amount`. */
  field: string;
  /** Plain message naming the resource and the field. */
  message: string;
}

/** A list whose good items are kept and whose bad items are reported. */
export interface ListResult<T> {
  items: T[];
  issues: ValidationIssue[];
}

type Path = Array<string | number>;

function toPath(path: ReadonlyArray<PropertyKey>): Path {
  return path.map((key) => (typeof key === 'number' ? key : String(key)));
}

/** zod mini only says "Invalid input", so the message is built from the path of the field. */
function describeField(resource: string, path: ReadonlyArray<string | number>): string {
  if (path.length === 0) return `${resource}: the data is not a valid ${resource}`;
  return `${resource}: field "${path.join('.')}" is missing or invalid`;
}

/** Parses `data` with `schema` or throws a {@link ValidationError} naming the first bad field. */
export function parseResource<S extends z.ZodMiniType>(resource: string, schema: S, data: unknown): z.output<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({ path: toPath(issue.path), message: issue.message }));
  throw new ValidationError(describeField(resource, issues[0]?.path ?? []), issues);
}

function readId(item: unknown): string | undefined {
  if (typeof item !== 'object' || item === null) return undefined;
  const id = (item as { id?: unknown }).id;
  return typeof id === 'string' ? id : undefined;
}

/** Parses every item on its own: good ones are kept, each bad one becomes an issue. */
export function parseItems<S extends z.ZodMiniType>(
  resource: string,
  schema: S,
  items: readonly unknown[],
): ListResult<z.output<S>> {
  const result: ListResult<z.output<S>> = { items: [], issues: [] };
  items.forEach((item, index) => {
    const parsed = schema.safeParse(item);
    if (parsed.success) {
      result.items.push(parsed.data);
      return;
    }
    const path = toPath(parsed.error.issues[0]?.path ?? []);
    const id = readId(item);
    const where = id === undefined ? `item ${index}` : `"${id}"`;
    result.issues.push({
      resource,
      index,
      ...(id === undefined ? {} : { id }),
      path,
      field: path.join('.'),
      message: `${describeField(resource, path)} (${where})`,
    });
  });
  return result;
}
