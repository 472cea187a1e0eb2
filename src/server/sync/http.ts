import 'server-only';
import type { HttpPolicy } from './config';

/** An upstream request that failed for good (after retries, or a non-retryable answer). */
export class UpstreamError extends Error {
  override name = 'UpstreamError';
  constructor(
    message: string,
    readonly url: string,
    readonly attempts: number,
  ) {
    super(message);
  }
}

class RetryableError extends Error {
  constructor(
    message: string,
    /** The server's Retry-After, when it sent one. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

/** Retry-After is either delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

export interface FetchJsonOptions {
  policy: HttpPolicy;
  headers?: Record<string, string>;
  /** Aborts the whole call, including waits between retries. */
  signal?: AbortSignal;
  /** Called before each retry, for logs. */
  onRetry?: (info: { url: string; attempt: number; waitMs: number; reason: string }) => void;
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });

/** Where the request went, without query-string secrets. */
function describeUrl(url: string): string {
  const u = new URL(url);
  return `${u.origin}${u.pathname}`;
}

/** The body as text, refusing to hold more than `limit` bytes of it. */
async function readLimited(response: Response, url: string, limit: number): Promise<string> {
  const tooLarge = () =>
    new UpstreamError(`${describeUrl(url)} answered with more than ${Math.round(limit / 1_048_576)} MB; refused`, url, 1);
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge();
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total).toString('utf8');
}

async function attempt(url: string, options: FetchJsonOptions): Promise<unknown> {
  const timeout = AbortSignal.timeout(options.policy.timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  const transient = (error: unknown) => {
    if (options.signal?.aborted) return error;
    if (timeout.aborted) return new RetryableError(`timed out after ${options.policy.timeoutMs} ms`);
    return new RetryableError(`network error: ${(error as Error).message}`);
  };
  let response: Response;
  try {
    // A redirect is never followed: the configured host is the only one trusted.
    response = await fetch(url, { headers: { accept: 'application/json', ...options.headers }, signal, redirect: 'manual' });
  } catch (error) {
    throw transient(error);
  }
  if (!response.ok) await response.body?.cancel().catch(() => undefined);
  if (response.status >= 300 && response.status < 400) {
    const location = URL.parse(response.headers.get('location') ?? '', url);
    throw new UpstreamError(
      `${describeUrl(url)} answered ${response.status} with a redirect${location ? ` to ${describeUrl(location.toString())}` : ''}; redirects are refused`,
      url,
      1,
    );
  }
  if (response.status === 429) {
    throw new RetryableError('429 Too Many Requests', parseRetryAfter(response.headers.get('retry-after')));
  }
  if (response.status >= 500) {
    throw new RetryableError(`${response.status} ${response.statusText}`, parseRetryAfter(response.headers.get('retry-after')));
  }
  if (!response.ok) {
    // 4xx other than 429: asking again will not help (bad token, wrong path).
    throw new UpstreamError(`${describeUrl(url)} answered ${response.status} ${response.statusText}`, url, 1);
  }
  let body: string;
  try {
    body = await readLimited(response, url, options.policy.maxResponseBytes);
  } catch (error) {
    if (error instanceof UpstreamError) throw error;
    throw transient(error);
  }
  try {
    return JSON.parse(body);
  } catch {
    throw new RetryableError('the response is not valid JSON');
  }
}

/**
 * GET a JSON document, retrying 5xx, 429 (honouring Retry-After), timeouts, network errors
 * and unparseable bodies with exponential backoff. Throws UpstreamError when it gives up, and
 * at once on a redirect, a 4xx or a body over the size limit.
 */
export async function fetchJson(url: string, options: FetchJsonOptions): Promise<unknown> {
  const { policy } = options;
  for (let attemptNo = 1; ; attemptNo++) {
    try {
      return await attempt(url, options);
    } catch (error) {
      if (!(error instanceof RetryableError)) throw error;
      if (attemptNo > policy.maxRetries) {
        throw new UpstreamError(
          `${describeUrl(url)} failed after ${attemptNo} attempt${attemptNo === 1 ? '' : 's'}: ${error.message}`,
          url,
          attemptNo,
        );
      }
      const backoff = policy.retryBaseMs * 2 ** (attemptNo - 1);
      const jittered = backoff / 2 + Math.random() * (backoff / 2);
      const waitMs = Math.min(policy.retryMaxWaitMs, error.retryAfterMs ?? jittered);
      options.onRetry?.({ url, attempt: attemptNo, waitMs, reason: error.message });
      await sleep(waitMs, options.signal);
    }
  }
}
