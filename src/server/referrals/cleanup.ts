import 'server-only';
import { getPrisma } from '@/server/db';

/** Deletes referrals whose expiry has passed; returns how many were removed. */
export async function deleteExpiredReferrals(now: Date = new Date()): Promise<number> {
  const prisma = await getPrisma();
  const { count } = await prisma.referral.deleteMany({ where: { expiresAt: { lte: now } } });
  return count;
}
