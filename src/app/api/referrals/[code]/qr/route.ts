import { getEnv } from '@/server/env';
import { clientReferralPath } from '@/lib/referral/paths';
import { shownLanguageOf } from '@/lib/referral/shown-language';
import { getClientReferral } from '@/server/referrals/queries';
import { qrPng } from '@/server/referrals/qr';

const PRIVATE_HEADERS = { 'Cache-Control': 'private, no-store', 'X-Robots-Tag': 'noindex, nofollow' };

/**
 * A PNG QR code that opens the referral's client page, in `?lang=` (the language the page was
 * printed in) or else the referral's own; only for referrals that exist.
 */
export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  try {
    const result = await getClientReferral(code, new Date(), shownLanguageOf(request));
    if (result.status === 'not-found') return new Response('Not found', { status: 404, headers: PRIVATE_HEADERS });
    if (result.status === 'expired') return new Response('Gone', { status: 410, headers: PRIVATE_HEADERS });
    const url = `${getEnv().PUBLIC_BASE_URL}${clientReferralPath(result.referral.shownIn, result.referral.code)}`;
    return new Response(new Uint8Array(await qrPng(url)), { headers: { ...PRIVATE_HEADERS, 'Content-Type': 'image/png' } });
  } catch (error) {
    console.error('Referral QR code failed', error);
    return new Response('The QR code could not be made.', { status: 500, headers: PRIVATE_HEADERS });
  }
}
