import { describe, expect, it } from 'vitest';
import { ACTION_BODY_LIMIT_BYTES, checkActionBody, checkActionHeaders, checkUrl, isPossibleAction, requestKind } from './request-checks';

const action = {
  origin: 'https://polku.example',
  host: 'polku.example',
  contentType: 'text/plain;charset=UTF-8',
  contentLength: '2',
  actionId: '7f3a'.repeat(10) + 'ab',
};

describe('checkUrl', () => {
  it('lets well-formed paths and queries through, including encoded letters', () => {
    expect(checkUrl('/fi/haku?q=kes%C3%A4+kahvila&page=2')).toBeNull();
    expect(checkUrl('/sv/verksamhet/k%C3%B6r')).toBeNull();
    expect(checkUrl('/fi/haku?q=100%25')).toBeNull();
    expect(checkUrl('/fi/haku?q=50%')).toBeNull();
  });

  it.each(['/fi/%E0%A4%A', '/fi/%zz', '/api/v1/activities/%', '/fi/%C0%AF', '/fi/toiminta/a%00b', '/fi/%0Aa', '/sv/administration/synkronisering/%25', '/fi/haku?q=%00', '/api/v1/activities?q=a%00', '/fi/hallinta/loki?actor=%FF', '/api/v1/activities?q=%E2%82'])(
    'refuses %s with a 400',
    (target) => {
      expect(checkUrl(target)?.status).toBe(400);
    },
  );
});

describe('checkActionHeaders', () => {
  it('accepts a same-origin action post and one without Origin (older browsers)', () => {
    expect(checkActionHeaders(action)).toBeNull();
    expect(checkActionHeaders({ ...action, origin: null })).toBeNull();
    expect(checkActionHeaders({ ...action, contentType: 'multipart/form-data; boundary=x' })).toBeNull();
  });

  it.each(['https://evil.example', 'null', 'https://polku.example.evil.example', 'not a url'])('refuses Origin %s with a 403', (origin) => {
    expect(checkActionHeaders({ ...action, origin })?.status).toBe(403);
  });

  it('refuses a body over 1 MB with a 413 before reading it', () => {
    expect(checkActionHeaders({ ...action, contentLength: String(ACTION_BODY_LIMIT_BYTES + 1) })?.status).toBe(413);
  });

  it('refuses invented action ids, bad lengths and content types with a 400', () => {
    expect(checkActionHeaders({ ...action, actionId: '' })?.status).toBe(400);
    expect(checkActionHeaders({ ...action, actionId: 'zz' })?.status).toBe(400);
    expect(checkActionHeaders({ ...action, contentLength: '-4' })?.status).toBe(400);
    expect(checkActionHeaders({ ...action, contentType: 'application/json' })?.status).toBe(400);
  });
});

describe('checkActionBody', () => {
  it('accepts React reply arrays and parseable multipart bodies', async () => {
    expect(await checkActionBody(new TextEncoder().encode('["fi",{"a":"$$5","at":"$D2026-01-01","n":"$n12","u":"$u"}]').buffer, 'text/plain')).toBeNull();
    const form = new FormData();
    form.set('0', '["$K1"]');
    form.set('1_email', 'a@b.fi');
    const request = new Request('http://x', { method: 'POST', body: form });
    expect(await checkActionBody(await request.arrayBuffer(), request.headers.get('content-type')!)).toBeNull();
  });

  it('refuses what Next cannot decode', async () => {
    const bytes = (text: string) => new TextEncoder().encode(text).buffer;
    expect((await checkActionBody(bytes('['), 'text/plain'))?.status).toBe(400);
    expect((await checkActionBody(bytes('{"a":1}'), 'text/plain'))?.status).toBe(400);
    expect((await checkActionBody(new Uint8Array([0xff, 0xfe, 0xc3, 0x28]).buffer, 'text/plain'))?.status).toBe(400);
    expect((await checkActionBody(bytes('------x\r\nnot a part'), 'multipart/form-data; boundary=----x'))?.status).toBe(400);
    expect((await checkActionBody(new ArrayBuffer(ACTION_BODY_LIMIT_BYTES + 1), 'text/plain'))?.status).toBe(413);
    // References to parts a JSON body cannot have, or a multipart body does not have.
    expect((await checkActionBody(bytes('["$@1"]'), 'text/plain'))?.status).toBe(400);
    expect((await checkActionBody(bytes(`["$n${'9'.repeat(301)}"]`), 'text/plain'))?.status).toBe(400);
    const form = new FormData();
    form.set('0', '["$@2", "$Q3"]');
    const request = new Request('http://x', { method: 'POST', body: form });
    expect((await checkActionBody(await request.arrayBuffer(), request.headers.get('content-type')!))?.status).toBe(400);
  });

  it('refuses a call from JavaScript whose multipart body has no arguments part', async () => {
    const empty = new TextEncoder().encode('------broken--').buffer;
    expect((await checkActionBody(empty, 'multipart/form-data; boundary=----broken', true))?.status).toBe(400);
    const form = new FormData();
    form.set('1_email', 'a@b.fi');
    const request = new Request('http://x', { method: 'POST', body: form });
    const contentType = request.headers.get('content-type')!;
    const body = await request.arrayBuffer();
    expect((await checkActionBody(body, contentType, true))?.status).toBe(400);
    // The same form posted without JavaScript is Next's to read ($ACTION_* fields).
    expect(await checkActionBody(body, contentType, false)).toBeNull();
  });
});

describe('requestKind', () => {
  it('tells API, embed and page requests apart', () => {
    expect(requestKind('/api/v1/activities')).toBe('api');
    expect(requestKind('/embed/activities')).toBe('embed');
    expect(requestKind('/fi/api')).toBe('page');
    expect(requestKind('/apis')).toBe('page');
  });
});

describe('forms posted without JavaScript', () => {
  it('count as possible actions and are judged like them', async () => {
    expect(isPossibleAction('POST', null, 'multipart/form-data; boundary=x')).toBe(true);
    expect(isPossibleAction('POST', null, 'application/x-www-form-urlencoded')).toBe(true);
    expect(isPossibleAction('POST', null, 'application/json')).toBe(false);
    expect(isPossibleAction('GET', 'abc', null)).toBe(false);
    expect(checkActionHeaders({ ...action, actionId: null, contentType: 'application/x-www-form-urlencoded' })).toBeNull();
    expect(checkActionHeaders({ ...action, actionId: null, origin: 'https://evil.example', contentType: 'multipart/form-data; boundary=x' })?.status).toBe(403);
    expect((await checkActionBody(new TextEncoder().encode('--x\r\n').buffer, 'multipart/form-data; boundary=x'))?.status).toBe(400);
  });
});
