import 'server-only';
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import { isIPv4, isIPv6 } from 'node:net';
import { getEnv } from '@/server/env';

/**
 * The one place that decides which address a request comes from; every per-address limit (the
 * open API, referral creation, logins, residents' reports) counts by it.
 *
 * X-Forwarded-For is written by whoever sends the request. Next's server copies the socket's
 * address into it only when the header is missing (`x-forwarded-for ??= socket.remoteAddress` in
 * next/dist/server/base-server.js), so a client that sends its own header picks its own address.
 * Instead the socket's address is stamped onto every request under a header name that is random
 * per process (a client cannot guess it, so cannot send it), and forwarded headers are read only
 * as far as the operator says they can be trusted.
 */

export interface ClientAddressConfig {
  /** Proxies in front of the app that each append to X-Forwarded-For (0: read the socket). */
  trustedProxyHops: number;
  /** A header the platform sets to the client's address and strips from the client (e.g. x-real-ip). */
  clientIpHeader?: string;
}

/** One shared bucket for requests whose address cannot be known. */
export const UNKNOWN_CLIENT = 'unknown-client';

const globalForAddress = globalThis as unknown as { __polkuSocketHeader?: string; __polkuSocketStampInstalled?: boolean };

/** The secret header name the socket's address travels under (same for every copy of this module). */
function socketHeader(): string {
  globalForAddress.__polkuSocketHeader ??= `x-polku-socket-${randomBytes(12).toString('hex')}`;
  return globalForAddress.__polkuSocketHeader;
}

/** Puts a socket address on request headers (the server does this; tests do it for a fake caller). */
export function stampSocketAddress(headers: Headers, address: string): void {
  headers.set(socketHeader(), address);
}

/**
 * Stamps every incoming request with its socket's address before Next's handler sees it. Called
 * once at server start (instrumentation); the servers emit 'request' for each request.
 */
export function installSocketAddressStamp(): void {
  if (globalForAddress.__polkuSocketStampInstalled) return;
  globalForAddress.__polkuSocketStampInstalled = true;
  const name = socketHeader();
  for (const Server of [http.Server, https.Server]) {
    const emit = Server.prototype.emit as (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean;
    Server.prototype.emit = function emitWithSocketAddress(this: http.Server, event: string | symbol, ...args: unknown[]) {
      if (event === 'request') {
        const request = args[0] as http.IncomingMessage;
        request.headers[name] = request.socket?.remoteAddress ?? '';
      }
      return emit.call(this, event, ...args);
    } as typeof Server.prototype.emit;
  }
}

function expandIPv6(address: string): number[] | null {
  const halves = address.split('::');
  if (halves.length > 2) return null;
  const groups = (part: string) => (part === '' ? [] : part.split(':'));
  const head = groups(halves[0]!);
  const tail = halves.length === 2 ? groups(halves[1]!) : [];
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  const all = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...tail];
  return all.map((group) => Number.parseInt(group, 16));
}

/**
 * A validated, normalised address from one header entry or socket address, or null for anything
 * else. Ports are stripped ("203.0.113.5:4711", "[2001:db8::1]:443"), IPv4-mapped IPv6 becomes
 * IPv4, and an IPv6 address stands for its /64 network: one household or server gets a /64, so
 * counting single IPv6 addresses would let one client rotate through billions of them.
 */
export function normalizeAddress(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let value = raw.trim();
  if (value.length === 0 || value.length > 64) return null;
  const withPort = /^\[([^\]]+)\](?::(\d{1,5}))?$/.exec(value) ?? /^([\d.]+):(\d{1,5})$/.exec(value);
  if (withPort) {
    if (withPort[2] !== undefined && Number(withPort[2]) > 65_535) return null;
    value = withPort[1]!;
  }
  value = value.replace(/%[\w.-]+$/, '').toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(value);
  if (mapped) value = mapped[1]!;
  if (isIPv4(value)) return value;
  if (!isIPv6(value)) return null;
  // An embedded IPv4 tail (other than the mapped form above) keeps its own text form.
  if (value.includes('.')) return value;
  const groups = expandIPv6(value);
  if (!groups) return null;
  return `${groups.slice(0, 4).map((group) => group.toString(16)).join(':')}::/64`;
}

/** The client's address by the rules of `config`; pure, for the callers below and tests. */
export function resolveClientAddress(headers: Headers, config: ClientAddressConfig): string {
  const socket = normalizeAddress(headers.get(socketHeader()));
  if (config.clientIpHeader) {
    return normalizeAddress(headers.get(config.clientIpHeader)) ?? socket ?? UNKNOWN_CLIENT;
  }
  if (config.trustedProxyHops > 0) {
    // Each trusted proxy appends the address it got the request from, so the client is the
    // entry the outermost trusted proxy wrote: the hops-th from the right. Entries left of it
    // are whatever the client sent and are never read.
    const entries = (headers.get('x-forwarded-for') ?? '').split(',').map((entry) => entry.trim());
    const written = entries.length - config.trustedProxyHops;
    if (entries[0] !== '' && written >= 0) {
      return normalizeAddress(entries[written]) ?? socket ?? UNKNOWN_CLIENT;
    }
  }
  return socket ?? UNKNOWN_CLIENT;
}

/** The address of the current request's client, per TRUSTED_PROXY_HOPS or CLIENT_IP_HEADER. */
export function clientAddress(headers: Headers): string {
  const env = getEnv();
  return resolveClientAddress(headers, { trustedProxyHops: env.TRUSTED_PROXY_HOPS, clientIpHeader: env.CLIENT_IP_HEADER });
}
