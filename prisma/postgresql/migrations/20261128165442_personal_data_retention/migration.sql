-- AlterTable
ALTER TABLE "Attendee" ADD COLUMN     "anonymisedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "retentionMonths" INTEGER NOT NULL DEFAULT 6;


