import { describe, expect, it } from 'vitest';
import { normalizeAddress, resolveClientAddress, stampSocketAddress, UNKNOWN_CLIENT } from './client-address';

function request(socket: string | null, headers: Record<string, string> = {}): Headers {
  const result = new Headers(headers);
  if (socket !== null) stampSocketAddress(result, socket);
  return result;
}

const direct = { trustedProxyHops: 0 };
const oneHop = { trustedProxyHops: 1 };

describe('client address', () => {
  it('parses IPv4 and IPv6, strips ports and zones, and rejects garbage', () => {
    expect(normalizeAddress('203.0.113.5')).toBe('203.0.113.5');
    expect(normalizeAddress(' 203.0.113.5:4711 ')).toBe('203.0.113.5');
    expect(normalizeAddress('::ffff:127.0.0.2')).toBe('127.0.0.2');
    expect(normalizeAddress('[2001:DB8::1]:443')).toBe('2001:db8:0:0::/64');
    expect(normalizeAddress('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    // One /64 is one client: rotating the interface id does not give a new bucket.
    expect(normalizeAddress('2001:db8:1:2:aaaa::1')).toBe(normalizeAddress('2001:db8:1:2:bbbb::2'));
    expect(normalizeAddress('2001:db8:1:3::1')).not.toBe(normalizeAddress('2001:db8:1:2::1'));
    for (const garbage of ['', 'unknown', '1.2.3.4.5', '256.1.1.1', '<script>', '1.2.3.4:99999', '::1::2', 'x'.repeat(200), '_gateway']) {
      expect(normalizeAddress(garbage)).toBeNull();
    }
  });

  it('without a trusted proxy setting, ignores X-Forwarded-For entirely and uses the socket', () => {
    const spoofed = ['198.51.100.1', '198.51.100.2, 198.51.100.3', 'garbage'];
    for (const header of spoofed) {
      expect(resolveClientAddress(request('::ffff:192.0.2.10', { 'x-forwarded-for': header, 'x-real-ip': '198.51.100.4' }), direct)).toBe(
        '192.0.2.10',
      );
    }
    expect(resolveClientAddress(request(null, { 'x-forwarded-for': '198.51.100.1' }), direct)).toBe(UNKNOWN_CLIENT);
  });

  it('behind one trusted hop, takes the entry the proxy wrote and ignores spoofed entries left of it', () => {
    const addresses = new Set(
      ['1.1.1.1', '2.2.2.2, 3.3.3.3', 'not-an-address', ''].map((spoofed) =>
        resolveClientAddress(request('10.0.0.1', { 'x-forwarded-for': `${spoofed ? `${spoofed}, ` : ''}203.0.113.9` }), oneHop),
      ),
    );
    expect([...addresses]).toEqual(['203.0.113.9']);
    // Two hops: the second entry from the right.
    expect(resolveClientAddress(request('10.0.0.1', { 'x-forwarded-for': '1.1.1.1, 203.0.113.9, 10.0.0.2' }), { trustedProxyHops: 2 })).toBe(
      '203.0.113.9',
    );
    // A request that came round the proxy (no header, or fewer entries than hops) counts by its socket.
    expect(resolveClientAddress(request('192.0.2.7'), oneHop)).toBe('192.0.2.7');
    expect(resolveClientAddress(request('192.0.2.7', { 'x-forwarded-for': '203.0.113.9' }), { trustedProxyHops: 2 })).toBe('192.0.2.7');
    // A garbage entry where the proxy's should be falls back to the socket.
    expect(resolveClientAddress(request('10.0.0.1', { 'x-forwarded-for': '1.1.1.1, bogus' }), oneHop)).toBe('10.0.0.1');
  });

  it('with a platform header, reads only that header', () => {
    const config = { trustedProxyHops: 0, clientIpHeader: 'fly-client-ip' };
    expect(
      resolveClientAddress(request('10.0.0.1', { 'fly-client-ip': '2001:db8::5', 'x-forwarded-for': '198.51.100.1' }), config),
    ).toBe('2001:db8:0:0::/64');
    expect(resolveClientAddress(request('10.0.0.1', { 'fly-client-ip': 'nonsense' }), config)).toBe('10.0.0.1');
  });

  it('a client cannot send the socket header: its name is random per process', () => {
    const stamped = request('192.0.2.1');
    const [name] = [...stamped.keys()];
    expect(name).toMatch(/^x-polku-socket-[0-9a-f]{24}$/);
    expect(resolveClientAddress(new Headers({ 'x-polku-socket': '198.51.100.1' }), direct)).toBe(UNKNOWN_CLIENT);
  });
});
