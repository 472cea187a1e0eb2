import { getRunProgress } from '@/server/admin/sync/queries';
import { runIdSchema } from '@/server/admin/sync/schemas';
import { assertRole, AuthError, authErrorResponse } from '@/server/auth/session';

/** Progress of one sync run, polled by the run page while it is going. */

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

const noStore = { 'cache-control': 'no-store' };

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    await assertRole(['ADMIN', 'COORDINATOR']);
  } catch (error) {
    if (error instanceof AuthError) return authErrorResponse(error);
    throw error;
  }
  const id = runIdSchema.safeParse((await params).id);
  const progress = id.success ? await getRunProgress(id.data) : null;
  if (!progress) return Response.json({ error: 'not found' }, { status: 404, headers: noStore });
  return Response.json(progress, { headers: noStore });
}
