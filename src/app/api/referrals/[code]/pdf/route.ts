import { getEnv } from '@/server/env';
import { getClientTexts } from '@/lib/referral/client-texts';
import { clientReferralPath } from '@/lib/referral/paths';
import { shownLanguageOf } from '@/lib/referral/shown-language';
import { getClientReferral } from '@/server/referrals/queries';
import { buildReferralPdf } from '@/server/referrals/pdf';

const PRIVATE_HEADERS = { 'Cache-Control': 'private, no-store', 'X-Robots-Tag': 'noindex, nofollow' };

/** The referral as an A4 PDF in `?lang=` or else the referral's own language. */
export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  try {
    const result = await getClientReferral(code, new Date(), shownLanguageOf(request));
    if (result.status === 'not-found') return new Response('Not found', { status: 404, headers: PRIVATE_HEADERS });
    if (result.status === 'expired') return new Response('Gone', { status: 410, headers: PRIVATE_HEADERS });
    const { referral } = result;
    const texts = getClientTexts(referral.shownIn);
    const url = `${getEnv().PUBLIC_BASE_URL}${clientReferralPath(referral.shownIn, referral.code)}`;
    const pdf = await buildReferralPdf(referral, texts, url);
    return new Response(Buffer.from(pdf), {
      headers: {
        ...PRIVATE_HEADERS,
        'Content-Type': 'application/pdf',
        'Content-Disposition': `attachment; filename="${texts.pdfFileName}.pdf"`,
      },
    });
  } catch (error) {
    console.error('Referral PDF failed', error);
    return new Response('The PDF could not be made.', { status: 500, headers: PRIVATE_HEADERS });
  }
}
