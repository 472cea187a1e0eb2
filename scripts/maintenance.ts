// Housekeeping, from the command line or a scheduler (README, "Maintenance"):
//
//   npm run maintenance
//
// Deletes expired referrals and search records past their retention, extends activities'
// occurrences and moves their next occurrence on. Works on the configured database
// (DATABASE_URL, or the embedded PGlite directory, which must not be in use by a running app).
// The scheduled sync runs the same runCatalogueMaintenance() after each run.
import { disconnect } from '@/server/db';
import { runCatalogueMaintenance } from '@/server/maintenance';
import { runCli } from './run-cli';

async function main(): Promise<void> {
  try {
    const result = await runCatalogueMaintenance();
    console.log(
      [
        `Deleted ${result.expiredReferralsDeleted} expired referral(s) and ${result.searchLogsDeleted} old search record(s).`,
        `Extended the occurrences of ${result.occurrenceWindowsExtended} activit(y/ies) (${result.occurrencesAdded} added);`,
        `moved the next occurrence of ${result.nextOccurrencesRefreshed} on.`,
      ].join(' '),
    );
  } finally {
    await disconnect();
  }
}

await runCli(main);
