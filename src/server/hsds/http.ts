import 'server-only';
import { z } from 'zod';
import { HSDS_MAX_PER_PAGE } from '@/lib/api/hsds-schemas';
import { ApiProblem, cachedResponse, handleApi, jsonResponse, validateQuery } from '@/server/api/http';
import type { HsdsPageOf } from './queries';

type ListQuery = { page: number; per_page: number; format: 'json' | 'ndjson' };

/**
 * An HSDS list endpoint: one page as JSON, or with `format=ndjson` every item, one JSON
 * object a line (read from the database a page at a time).
 */
export function hsdsList<S extends z.ZodType<ListQuery, unknown>>(
  schema: S,
  list: (query: z.output<S>) => Promise<HsdsPageOf>,
) {
  return (request: Request) =>
    handleApi(request, async () => {
      const query = validateQuery(schema, request);
      if (query.format === 'json') return jsonResponse(request, await list(query));
      const lines: string[] = [];
      for (let page = 1; ; page += 1) {
        const result = await list({ ...query, page, per_page: HSDS_MAX_PER_PAGE });
        lines.push(...result.contents.map((item) => JSON.stringify(item)));
        if (result.last_page) break;
      }
      return cachedResponse(request, lines.map((line) => `${line}\n`).join(''), 'application/x-ndjson; charset=utf-8');
    });
}

type ItemContext = { params: Promise<{ id: string }> };

/** An HSDS item endpoint: a UUID id, 404 as a problem document when nothing public has it. */
export function hsdsItem<S extends z.ZodType>(
  schema: S,
  find: (id: string, query: z.output<S>) => Promise<Record<string, unknown> | null>,
  notFound: string,
) {
  return (request: Request, { params }: ItemContext) =>
    handleApi(request, async () => {
      const query = validateQuery(schema, request);
      const id = z.uuid().safeParse((await params).id);
      const item = id.success ? await find(id.data.toLowerCase(), query) : null;
      if (!item) throw new ApiProblem(404, notFound);
      return jsonResponse(request, item);
    });
}
