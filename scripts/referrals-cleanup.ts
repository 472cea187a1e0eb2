// Deletes expired wellbeing referrals, from the command line or a scheduler:
//
//   npm run referrals:cleanup
//
// Works on the configured database (DATABASE_URL, or the embedded PGlite directory, which must
// not be in use by a running app). The sync job calls the same deleteExpiredReferrals().
import { disconnect } from '@/server/db';
import { deleteExpiredReferrals } from '@/server/referrals/cleanup';
import { runCli } from './run-cli';

async function main(): Promise<void> {
  try {
    const count = await deleteExpiredReferrals();
    console.log(`Deleted ${count} expired referral(s).`);
  } finally {
    await disconnect();
  }
}

await runCli(main);
