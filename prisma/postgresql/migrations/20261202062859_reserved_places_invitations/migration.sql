-- CreateEnum
CREATE TYPE "GuestRole" AS ENUM ('INTERVENANT', 'INVITE', 'PRESSE', 'ORGANISATION');

-- CreateEnum
CREATE TYPE "InvitationState" AS ENUM ('SENT', 'ACCEPTED', 'DECLINED', 'EXPIRED', 'WITHDRAWN');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "EmailKind" ADD VALUE 'INVITATION';
ALTER TYPE "EmailKind" ADD VALUE 'INVITATION_REMINDER';

-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "reservedPlaces" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "reservedReleaseAt" TIMESTAMP(3),
ADD COLUMN     "reservedReleasedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Registration" ADD COLUMN     "guestRole" "GuestRole";

-- AlterTable
ALTER TABLE "Speaker" ADD COLUMN     "email" TEXT;

-- CreateTable
CREATE TABLE "Invitation" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "organisation" TEXT NOT NULL DEFAULT '',
    "role" "GuestRole" NOT NULL,
    "message" TEXT,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "state" "InvitationState" NOT NULL DEFAULT 'SENT',
    "tokenHash" TEXT NOT NULL,
    "remindAt" TIMESTAMP(3),
    "reminderSentAt" TIMESTAMP(3),
    "speakerId" TEXT,
    "invitedById" TEXT,
    "invitedByLabel" TEXT NOT NULL,
    "registrationId" TEXT,
    "sentAt" TIMESTAMP(3) NOT NULL,
    "respondedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Invitation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_tokenHash_key" ON "Invitation"("tokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_registrationId_key" ON "Invitation"("registrationId");

-- CreateIndex
CREATE INDEX "Invitation_state_expiresAt_idx" ON "Invitation"("state", "expiresAt");

-- CreateIndex
CREATE INDEX "Invitation_state_remindAt_idx" ON "Invitation"("state", "remindAt");

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_eventId_email_key" ON "Invitation"("eventId", "email");

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_speakerId_fkey" FOREIGN KEY ("speakerId") REFERENCES "Speaker"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_invitedById_fkey" FOREIGN KEY ("invitedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE SET NULL ON UPDATE CASCADE;


