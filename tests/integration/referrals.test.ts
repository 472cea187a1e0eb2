import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../support/use-test-database';
import { FakeBrowser } from '../support/fake-request';
import { pdfText } from '../support/pdf-text';
import { writeDemoCatalogue } from '@/server/demo/write';
import { createReferral } from '@/server/referrals/mutations';
import { createReferralAction, getBasketActivitiesAction } from '@/server/referrals/actions';
import { REFERRAL_RATE_LIMIT } from '@/server/referrals/schemas';
import { getClientReferral } from '@/server/referrals/queries';
import { deleteExpiredReferrals } from '@/server/referrals/cleanup';
import { buildReferralPdf } from '@/server/referrals/pdf';
import { getClientTexts } from '@/lib/referral/client-texts';
import { GET as getPdf } from '@/app/api/referrals/[code]/pdf/route';

const db = useTestDatabase();
const now = new Date('2027-03-10T10:00:00Z');
let published: { id: string; titleSv: string | null; titleFi: string | null }[] = [];
let archivedId = '';
/** The professional's browser; each test file starts with a fresh rate-limit window per address. */
const browser = new FakeBrowser('192.0.2.41');

beforeAll(async () => {
  const prisma = db.current.prisma;
  await writeDemoCatalogue(db.current.database.executor, { count: 30, seed: 7, now });
  published = await prisma.activity.findMany({
    where: { status: 'PUBLISHED' },
    select: { id: true, titleFi: true, titleSv: true },
    orderBy: { id: 'asc' },
    take: 5,
  });
  const toArchive = await prisma.activity.findFirstOrThrow({ where: { status: 'PUBLISHED', id: { notIn: published.map((a) => a.id) } } });
  await prisma.activity.update({ where: { id: toArchive.id }, data: { status: 'ARCHIVED', archivedAt: now } });
  archivedId = toArchive.id;
});

async function referralCount() {
  return db.current.prisma.referral.count();
}

describe('creating a referral', () => {
  it('stores nothing but the listed fields', async () => {
    const ids = published.slice(0, 3).map((a) => a.id).reverse();
    const result = await createReferral(
      { activityIds: ids, language: 'sv', message: 'Välkommen med!', stepCodes: ['record-guidance', 'bring-up-activities'] },
      now,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;

    const columns = await db.current.prisma.$queryRaw<{ column_name: string }[]>`
      SELECT column_name FROM information_schema.columns WHERE table_name = 'Referral' ORDER BY column_name`;
    expect(columns.map((c) => c.column_name).sort()).toEqual(
      ['activityIds', 'code', 'createdAt', 'expiresAt', 'id', 'language', 'message', 'stepCodes'].sort(),
    );

    const row = await db.current.prisma.referral.findUniqueOrThrow({ where: { code: result.referral.code } });
    expect(Object.keys(row).sort()).toEqual(['activityIds', 'code', 'createdAt', 'expiresAt', 'id', 'language', 'message', 'stepCodes']);
    expect(row.activityIds).toEqual(ids);
    expect(row.language).toBe('sv');
    expect(row.message).toBe('Välkommen med!');
    expect(row.stepCodes).toEqual(['record-guidance', 'bring-up-activities']);
    expect(row.createdAt).toEqual(now);
    expect(row.expiresAt.getTime() - now.getTime()).toBe(90 * 86_400_000);
    expect(row.code).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });

  it('answers the action with links, the record text and a mailto', async () => {
    const result = await browser.run(() => createReferralAction('fi', {
      activityIds: [published[0]!.id],
      language: 'en',
      message: '',
      stepCodes: ['search-together'],
    }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.referral.clientUrl).toMatch(/^https?:\/\/[^/]+\/en\/l\/[A-Za-z0-9_-]{22}$/);
    expect(result.referral.recordSummary).toContain('Hyvinvointilähete');
    expect(result.referral.recordSummary).toContain(published[0]!.titleFi!);
    expect(result.referral.mailtoHref).toMatch(/^mailto:\?subject=Wellbeing%20referral&body=/);
    const row = await db.current.prisma.referral.findUniqueOrThrow({ where: { code: result.referral.code } });
    expect(row.message).toBeNull();
  });
});

describe('bad input', () => {
  const good = () => ({ activityIds: [published[0]!.id], language: 'fi', message: '', stepCodes: [] as unknown[] });
  const cases: [string, () => unknown, string, RegExp][] = [
    ['no activities', () => ({ ...good(), activityIds: [] }), 'activityIds', /vähintään yksi/],
    ['hundreds of activities', () => ({ ...good(), activityIds: Array.from({ length: 300 }, () => published[0]!.id) }), 'activityIds', /enintään 20/],
    ['duplicates', () => ({ ...good(), activityIds: [published[0]!.id, published[0]!.id] }), 'activityIds', /useammin kuin kerran/],
    ['an unknown id', () => ({ ...good(), activityIds: ['01900000-0000-7000-8000-00000000dead'] }), 'activityIds', /ei löydy/],
    ['a non-uuid id', () => ({ ...good(), activityIds: ["1' OR 1=1"] }), 'activityIds', /ei löydy/],
    ['an archived activity', () => ({ ...good(), activityIds: [archivedId] }), 'activityIds', /ei ole enää saatavilla/],
    ['a bad language', () => ({ ...good(), language: 'de' }), 'language', /suomi, ruotsi tai englanti/],
    ['an over-long message', () => ({ ...good(), message: 'a'.repeat(1001) }), 'message', /liian pitkä/],
    ['a henkilötunnus', () => ({ ...good(), message: 'Asiakas 131052-308T' }), 'message', /henkilötunnus/],
    ['a new-style henkilötunnus', () => ({ ...good(), message: 'tunnus 010101A123N' }), 'message', /henkilötunnus/],
    ['a phone number', () => ({ ...good(), message: 'Soita +358 40 123 4567' }), 'message', /puhelinnumero/],
    ['an e-mail address', () => ({ ...good(), message: 'asiakas@example.fi' }), 'message', /sähköpostiosoite/],
    ['an unknown step', () => ({ ...good(), stepCodes: ['hack'] }), 'stepCodes', /tuntematon vaihe/],
    ['not an object', () => 'nonsense', 'form', /puutteelliset/],
    ['null', () => null, 'form', /puutteelliset/],
  ];

  it.each(cases)('%s: a translated answer and nothing stored', async (_name, input, field, pattern) => {
    const before = await referralCount();
    const result = await browser.run(() => createReferralAction('fi', input()));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect((result.errors as Record<string, string[]>)[field]?.join(' ')).toMatch(pattern);
    expect(await referralCount()).toBe(before);
  });

  it('answers in Swedish for a Swedish UI', async () => {
    const result = await browser.run(() => createReferralAction('sv', { ...good(), message: 'Ring 040 123 4567' }));
    expect(result).toEqual({ ok: false, errors: { message: [expect.stringMatching(/telefonnummer/)] } });
  });

  it('refuses a flood of referrals from one address, kindly, and stores none of them', async () => {
    const flooder = new FakeBrowser('198.51.100.23');
    const before = await referralCount();
    const results = [];
    for (let i = 0; i <= REFERRAL_RATE_LIMIT.limit; i++) results.push(await flooder.run(() => createReferralAction('fi', good())));
    expect(results.slice(0, REFERRAL_RATE_LIMIT.limit).every((r) => r.ok)).toBe(true);
    expect(results.at(-1)).toEqual({ ok: false, errors: { form: [expect.stringMatching(/Odota 15 minuuttia/)] } });
    expect(await referralCount()).toBe(before + REFERRAL_RATE_LIMIT.limit);
    // Another address is not affected.
    expect((await new FakeBrowser('198.51.100.24').run(() => createReferralAction('sv', good()))).ok).toBe(true);
  });
});

describe('reading and expiry', () => {
  it('shows current details, marks archived and unknown activities, and expires', async () => {
    const created = await createReferral({ activityIds: [published[1]!.id, published[2]!.id], language: 'sv', stepCodes: [] }, now);
    if (!created.ok) throw new Error('setup');
    await db.current.prisma.activity.update({ where: { id: published[2]!.id }, data: { status: 'ARCHIVED' } });
    const result = await getClientReferral(created.referral.code, now);
    expect(result.status).toBe('ok');
    if (result.status !== 'ok') return;
    expect(result.referral.activities.map((a) => a.state)).toEqual([expect.stringMatching(/available|ended/), 'archived']);

    expect((await getClientReferral('AAAAAAAAAAAAAAAAAAAAAA', now)).status).toBe('not-found');
    expect((await getClientReferral('../../etc', now)).status).toBe('not-found');
    const later = new Date(now.getTime() + 91 * 86_400_000);
    expect(await getClientReferral(created.referral.code, later)).toEqual({ status: 'expired', language: 'sv' });
    await db.current.prisma.activity.update({ where: { id: published[2]!.id }, data: { status: 'PUBLISHED' } });
  });

  it('reports tampered basket ids as unknown without throwing', async () => {
    const result = await getBasketActivitiesAction('fi', ['nonsense', published[0]!.id, archivedId]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.activities.map((a) => a.state)).toEqual(['unknown', expect.stringMatching(/available|ended/), 'archived']);
    expect((await getBasketActivitiesAction('fi', 'x')).ok).toBe(false);
  });

  it('deletes expired referrals only', async () => {
    const total = await referralCount();
    const expiredCount = await db.current.prisma.referral.count({ where: { expiresAt: { lte: new Date(now.getTime() + 91 * 86_400_000) } } });
    expect(await deleteExpiredReferrals(new Date(now.getTime() + 91 * 86_400_000))).toBe(expiredCount);
    expect(await referralCount()).toBe(total - expiredCount);
  });
});

describe('PDF', () => {
  it('holds the activity titles in the referral language', async () => {
    const created = await createReferral({ activityIds: published.slice(0, 3).map((a) => a.id), language: 'sv', stepCodes: [] });
    if (!created.ok) throw new Error('setup');
    const result = await getClientReferral(created.referral.code);
    if (result.status !== 'ok') throw new Error('setup');
    const pdf = await buildReferralPdf(result.referral, getClientTexts('sv'), 'http://localhost:3000/sv/l/x');
    const text = pdfText(pdf);
    for (const activity of result.referral.activities) expect(text).toContain(activity.title!.text);
    expect(text).toContain('Verksamhet som passar dig');

    const response = await getPdf(new Request('http://localhost/api'), { params: Promise.resolve({ code: created.referral.code }) });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const missing = await getPdf(new Request('http://localhost/api'), { params: Promise.resolve({ code: 'nope' }) });
    expect(missing.status).toBe(404);
  });
});
