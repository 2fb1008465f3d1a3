-- AlterEnum
ALTER TYPE "CancellationReason" ADD VALUE 'EMAIL_NOT_CONFIRMED';

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "EmailKind" ADD VALUE 'JOIN_LINK';
ALTER TYPE "EmailKind" ADD VALUE 'CONFIRM_EMAIL';

-- AlterTable
ALTER TABLE "Attendee" ADD COLUMN     "emailVerifiedAt" TIMESTAMP(3),
ADD COLUMN     "manageLinkShownAt" TIMESTAMP(3),
ADD COLUMN     "manageTokenVersion" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "emailConfirmationHours" INTEGER;

-- AlterTable
ALTER TABLE "Registration" ADD COLUMN     "holdExpiresAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "Registration_holdExpiresAt_idx" ON "Registration"("holdExpiresAt");


