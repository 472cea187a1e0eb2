import { beforeAll, describe, expect, it } from 'vitest';
import { submitFeedbackAction } from '@/server/feedback/actions';
import { submitFeedback } from '@/server/feedback/mutations';
import { FEEDBACK_MESSAGE_MAX_LENGTH, HONEYPOT_FIELD } from '@/server/feedback/schemas';
import { checkFeedbackToken, issueFeedbackToken } from '@/server/feedback/token';
import { useTestDatabase } from '../support/use-test-database';
import { FakeBrowser } from '../support/fake-request';

const db = useTestDatabase();
let activityId: string;
let hiddenActivityId: string;
let addressCounter = 0;

beforeAll(async () => {
  const prisma = db.current.prisma;
  const create = (slug: string, status: 'PUBLISHED' | 'HIDDEN') =>
    prisma.activity.create({
      data: { slug, status, providerType: 'ASSOCIATION', titleFi: `Palaute ${slug}`, publishedAt: new Date('2026-11-01T00:00:00Z') },
    });
  activityId = (await create('palaute-julkinen', 'PUBLISHED')).id;
  hiddenActivityId = (await create('palaute-piilotettu', 'HIDDEN')).id;
});

/** A browser at its own address, so that tests do not share a rate-limit counter. */
const browser = () => new FakeBrowser(`192.0.2.${(addressCounter += 1)}`);
const secondsAgo = (seconds: number) => new Date(Date.now() - seconds * 1000);

const form = (values: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.set(key, value);
  return data;
};

const report = (overrides: Record<string, string> = {}) =>
  form({
    activityId,
    locale: 'fi',
    reason: 'wrongTime',
    message: 'Ryhmä kokoontuu nykyään torstaisin.',
    token: issueFeedbackToken(overrides.activityId ?? activityId, secondsAgo(30)),
    [HONEYPOT_FIELD]: '',
    ...overrides,
  });

const reports = () => db.current.prisma.reviewItem.count({ where: { reason: 'RESIDENT_REPORT' } });

describe('feedback form tokens', () => {
  it('must be signed for the activity, at least 3 seconds and at most 24 hours old', () => {
    const now = new Date('2026-12-01T12:00:00Z');
    const token = issueFeedbackToken(activityId, now);
    expect(checkFeedbackToken(token, activityId, new Date(now.getTime() + 2_000))).toBe('tooFast');
    expect(checkFeedbackToken(token, activityId, new Date(now.getTime() + 3_000))).toBe('ok');
    expect(checkFeedbackToken(token, activityId, new Date(now.getTime() + 24 * 3600_000))).toBe('ok');
    expect(checkFeedbackToken(token, activityId, new Date(now.getTime() + 24 * 3600_000 + 1))).toBe('expired');
    expect(checkFeedbackToken(token, hiddenActivityId, new Date(now.getTime() + 5_000))).toBe('invalid');
    const [stamp, signature] = token.split('.');
    expect(checkFeedbackToken(`${Number(stamp) - 60_000}.${signature}`, activityId, new Date(now.getTime() + 5_000))).toBe('invalid');
    expect(checkFeedbackToken('', activityId, now)).toBe('invalid');
    expect(checkFeedbackToken(undefined, activityId, now)).toBe('invalid');
  });
});

describe('resident feedback', () => {
  it('files an accepted report in the review queue and thanks the resident', async () => {
    const result = await browser().run(() => submitFeedbackAction(null, report()));
    expect(result).toMatchObject({ ok: true });
    expect(result.token).toEqual(expect.any(String));
    const item = await db.current.prisma.reviewItem.findFirstOrThrow({ where: { activityId, reason: 'RESIDENT_REPORT' }, orderBy: { createdAt: 'desc' } });
    expect(item).toMatchObject({ status: 'OPEN', message: 'Ryhmä kokoontuu nykyään torstaisin.', details: { category: 'wrongTime', locale: 'fi' } });

    const withoutMessage = await browser().run(() => submitFeedbackAction(null, report({ reason: 'ended', message: '   ', locale: 'sv' })));
    expect(withoutMessage).toMatchObject({ ok: true });
    const latest = await db.current.prisma.reviewItem.findFirstOrThrow({ where: { activityId, reason: 'RESIDENT_REPORT' }, orderBy: { createdAt: 'desc' } });
    expect(latest).toMatchObject({ message: null, details: { category: 'ended', locale: 'sv' } });
  });

  it('refuses the honeypot, a too-fast, expired or forged token, and stores nothing', async () => {
    const before = await reports();
    expect(await browser().run(() => submitFeedbackAction(null, report({ [HONEYPOT_FIELD]: 'http://spam.example' })))).toEqual({
      ok: false,
      code: 'REFUSED',
    });
    const fast = await browser().run(() => submitFeedbackAction(null, report({ token: issueFeedbackToken(activityId, secondsAgo(1)) })));
    expect(fast).toMatchObject({ ok: false, code: 'TOO_FAST', values: { reason: 'wrongTime', message: 'Ryhmä kokoontuu nykyään torstaisin.' } });
    expect(fast.token).toEqual(expect.any(String));
    const expired = await browser().run(() => submitFeedbackAction(null, report({ token: issueFeedbackToken(activityId, secondsAgo(25 * 3600)) })));
    expect(expired).toMatchObject({ ok: false, code: 'EXPIRED' });
    // The fresh token in the answer lets the resident send again once it is old enough.
    expect(checkFeedbackToken(expired.token, activityId, new Date(Date.now() + 5_000))).toBe('ok');
    const forged = `${Date.now() - 60_000}.${'A'.repeat(43)}`;
    expect(await browser().run(() => submitFeedbackAction(null, report({ token: forged })))).toEqual({ ok: false, code: 'REFUSED' });
    expect(await browser().run(() => submitFeedbackAction(null, report({ token: '' })))).toEqual({ ok: false, code: 'REFUSED' });
    // A token for another activity does not transfer.
    const otherToken = issueFeedbackToken(hiddenActivityId, secondsAgo(30));
    expect(await browser().run(() => submitFeedbackAction(null, report({ token: otherToken })))).toEqual({ ok: false, code: 'REFUSED' });
    expect(await reports()).toBe(before);
  });

  it('answers invalid fields with translated message keys', async () => {
    const before = await reports();
    expect(await browser().run(() => submitFeedbackAction(null, report({ reason: '' })))).toMatchObject({
      ok: false,
      code: 'INVALID',
      fieldErrors: { reason: 'reason' },
    });
    expect(await browser().run(() => submitFeedbackAction(null, report({ reason: 'spam' })))).toMatchObject({
      ok: false,
      code: 'INVALID',
      fieldErrors: { reason: 'reason' },
    });
    expect(
      await browser().run(() => submitFeedbackAction(null, report({ message: 'x'.repeat(FEEDBACK_MESSAGE_MAX_LENGTH + 1) }))),
    ).toMatchObject({ ok: false, code: 'INVALID', fieldErrors: { message: 'messageTooLong' } });
    expect(await browser().run(() => submitFeedbackAction(null, report({ message: 'x'.repeat(FEEDBACK_MESSAGE_MAX_LENGTH) })))).toMatchObject({
      ok: true,
    });
    expect(await reports()).toBe(before + 1);
  });

  it('refuses messages that look like personal data', async () => {
    const before = await reports();
    for (const message of [
      'Soita minulle 040 123 4567',
      'Vastaa osoitteeseen matti.meikalainen@example.com',
      'Asiakkaan hetu 131052-308T',
    ]) {
      expect(await browser().run(() => submitFeedbackAction(null, report({ message }))), message).toMatchObject({
        ok: false,
        code: 'INVALID',
        fieldErrors: { message: 'personalData' },
        values: { message },
      });
    }
    // Times and dates are not phone numbers.
    expect(await browser().run(() => submitFeedbackAction(null, report({ message: 'Alkaa 1.2.2027 klo 09–10.' })))).toMatchObject({ ok: true });
    expect(await reports()).toBe(before + 1);
  });

  it('refuses unknown and hidden activities', async () => {
    const before = await reports();
    const unknown = '01900000-0000-7000-8000-00000000dead';
    expect(await browser().run(() => submitFeedbackAction(null, report({ activityId: unknown })))).toEqual({ ok: false, code: 'NOT_FOUND' });
    expect(await browser().run(() => submitFeedbackAction(null, report({ activityId: hiddenActivityId })))).toEqual({
      ok: false,
      code: 'NOT_FOUND',
    });
    expect(await browser().run(() => submitFeedbackAction(null, report({ activityId: 'not-a-uuid' })))).toEqual({ ok: false, code: 'REFUSED' });
    expect(await reports()).toBe(before);
  });

  it('limits reports per client address', async () => {
    const resident = browser();
    for (let i = 0; i < 5; i += 1) {
      expect(await resident.run(() => submitFeedbackAction(null, report())), `report ${i + 1}`).toMatchObject({ ok: true });
    }
    const before = await reports();
    expect(await resident.run(() => submitFeedbackAction(null, report()))).toMatchObject({ ok: false, code: 'RATE_LIMITED' });
    expect(await reports()).toBe(before);
    // Someone else is not affected.
    expect(await browser().run(() => submitFeedbackAction(null, report()))).toMatchObject({ ok: true });
  });

  it('limits reports from everyone together', async () => {
    const now = new Date('2027-02-01T10:00:00Z');
    const fields = {
      activityId,
      reason: 'other',
      message: '',
      token: issueFeedbackToken(activityId, new Date(now.getTime() - 10_000)),
      [HONEYPOT_FIELD]: '',
    };
    const limits = { perAddress: 100, global: 3 };
    for (let i = 0; i < 3; i += 1) {
      expect(await submitFeedback({ fields, address: `198.51.100.${i}`, locale: 'fi', now, limits })).toMatchObject({ ok: true });
    }
    expect(await submitFeedback({ fields, address: '198.51.100.99', locale: 'fi', now, limits })).toMatchObject({
      ok: false,
      code: 'RATE_LIMITED',
    });
  });

  it('counts an address against the shared budget only while its own limit lets it through', async () => {
    const now = new Date('2027-02-01T12:00:00Z');
    const fields = {
      activityId,
      reason: 'other',
      message: '',
      token: issueFeedbackToken(activityId, new Date(now.getTime() - 10_000)),
      [HONEYPOT_FIELD]: '',
    };
    const limits = { perAddress: 2, global: 3 };
    const results = [];
    for (let i = 0; i < 20; i += 1) results.push(await submitFeedback({ fields, address: '198.51.100.200', locale: 'fi', now, limits }));
    expect(results.filter((r) => r.ok)).toHaveLength(2);
    // The flood used two of the three shared reports, not all of them: someone else still gets through.
    expect(await submitFeedback({ fields, address: '198.51.100.201', locale: 'fi', now, limits })).toMatchObject({ ok: true });
  });
});
