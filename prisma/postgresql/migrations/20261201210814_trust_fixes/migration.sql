-- AlterEnum
ALTER TYPE "CheckInMethod" ADD VALUE 'CORRECTED';

-- AlterTable
ALTER TABLE "CheckIn" ADD COLUMN     "correctionReason" TEXT;

-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "certificateSignatoryName" TEXT,
ADD COLUMN     "certificateSignatoryTitle" TEXT;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "allEvents" BOOLEAN NOT NULL DEFAULT false;



-- Organisers with no day listed could see every day: they keep that access, now as an explicit choice.
UPDATE "User" SET "allEvents" = true
WHERE "role" = 'ORGANISER' AND NOT EXISTS (SELECT 1 FROM "OrganiserEvent" WHERE "OrganiserEvent"."userId" = "User"."id");
