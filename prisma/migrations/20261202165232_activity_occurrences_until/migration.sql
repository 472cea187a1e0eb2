-- AlterTable
ALTER TABLE "Activity" ADD COLUMN     "occurrencesUntil" TIMESTAMPTZ(3);

