import { NextResponse, type NextRequest } from 'next/server';
import { z } from 'zod';
import { getActivityCalendar } from '@/server/activities/calendar';

export const dynamic = 'force-dynamic';

const querySchema = z.object({ lang: z.enum(['fi', 'sv']).default('fi') });

function problem(status: number, title: string, detail?: string) {
  return NextResponse.json(
    { type: 'about:blank', title, status, ...(detail ? { detail } : {}) },
    { status, headers: { 'Content-Type': 'application/problem+json', 'Cache-Control': 'no-store' } },
  );
}

export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const query = querySchema.safeParse({ lang: request.nextUrl.searchParams.get('lang') ?? undefined });
  if (!query.success) return problem(400, 'Bad Request', 'lang must be fi or sv.');

  const result = await getActivityCalendar(slug, query.data.lang);
  if (result.status === 'not-found') return problem(404, 'Not Found', 'No published activity has this address.');
  if (result.status === 'no-schedule') return problem(404, 'Not Found', 'This activity has no dates to add to a calendar.');

  return new NextResponse(result.ics, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `attachment; filename="${slug.replace(/[^\w.-]/g, '_')}.ics"`,
      'Cache-Control': 'public, max-age=300',
    },
  });
}
