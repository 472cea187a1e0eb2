/** Turning URL query strings into input for the API's zod schemas, and zod issues into problem entries. */
import type { z } from 'zod';
import { LIST_PARAMS, type ParameterError } from './schemas';

/**
 * The query as a plain object: list parameters as arrays (repeated and comma-separated
 * values collected, empty items kept), others as one string, or an array when repeated (which the schema
 * then rejects).
 */
export function collectQuery(params: URLSearchParams): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    if (LIST_PARAMS.has(key)) {
      // Empty items (`theme=`, `theme=a,,b`) stay in, so that the schema rejects them.
      query[key] = values.flatMap((value) => value.split(',')).map((v) => v.trim());
    } else {
      query[key] = values.length === 1 ? values[0]! : values;
    }
  }
  return query;
}

export function parameterErrors(error: z.ZodError): ParameterError[] {
  return error.issues.flatMap((issue): ParameterError[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ parameter: key.slice(0, 60), message: 'Unknown parameter.' }));
    }
    const parameter = String(issue.path[0] ?? 'query');
    if (issue.code === 'invalid_type' && issue.expected === 'string' && issue.input !== undefined) {
      return [{ parameter, message: 'Give this parameter only once.' }];
    }
    return [{ parameter, message: issue.message }];
  });
}

export type QueryResult<T> = { ok: true; data: T } | { ok: false; errors: ParameterError[] };

export function parseQuery<S extends z.ZodType>(schema: S, params: URLSearchParams): QueryResult<z.output<S>> {
  const result = schema.safeParse(collectQuery(params));
  return result.success ? { ok: true, data: result.data } : { ok: false, errors: parameterErrors(result.error) };
}
