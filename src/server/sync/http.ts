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

async function attempt(url: string, options: FetchJsonOptions): Promise<unknown> {
  const timeout = AbortSignal.timeout(options.policy.timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  let response: Response;
  let body: string;
  try {
    response = await fetch(url, { headers: { accept: 'application/json', ...options.headers }, signal });
    body = await response.text();
  } catch (error) {
    if (options.signal?.aborted) throw error;
    if (timeout.aborted) throw new RetryableError(`timed out after ${options.policy.timeoutMs} ms`);
    throw new RetryableError(`network error: ${(error as Error).message}`);
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
  try {
    return JSON.parse(body);
  } catch {
    throw new RetryableError('the response is not valid JSON');
  }
}

/**
 * GET a JSON document, retrying 5xx, 429 (honouring Retry-After), timeouts, network errors
 * and unparseable bodies with exponential backoff. Throws UpstreamError when it gives up.
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
