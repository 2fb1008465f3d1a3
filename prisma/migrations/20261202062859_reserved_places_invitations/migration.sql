-- AlterTable
ALTER TABLE "Registration" ADD COLUMN "guestRole" TEXT;

-- AlterTable
ALTER TABLE "Speaker" ADD COLUMN "email" TEXT;

-- CreateTable
CREATE TABLE "Invitation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "eventId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "organisation" TEXT NOT NULL DEFAULT '',
    "role" TEXT NOT NULL,
    "message" TEXT,
    "expiresAt" DATETIME NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'SENT',
    "tokenHash" TEXT NOT NULL,
    "remindAt" DATETIME,
    "reminderSentAt" DATETIME,
    "speakerId" TEXT,
    "invitedById" TEXT,
    "invitedByLabel" TEXT NOT NULL,
    "registrationId" TEXT,
    "sentAt" DATETIME NOT NULL,
    "respondedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Invitation_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Invitation_speakerId_fkey" FOREIGN KEY ("speakerId") REFERENCES "Speaker" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Invitation_invitedById_fkey" FOREIGN KEY ("invitedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Invitation_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Event" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "seriesId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'PUBLISHED',
    "region" TEXT,
    "summary" TEXT NOT NULL,
    "startsAt" DATETIME NOT NULL,
    "endsAt" DATETIME NOT NULL,
    "venue" TEXT,
    "address" TEXT,
    "city" TEXT NOT NULL,
    "host" TEXT,
    "capacity" INTEGER NOT NULL,
    "registrationOpensAt" DATETIME,
    "registrationClosesAt" DATETIME,
    "securityListCutoffAt" DATETIME,
    "securityListFrozenAt" DATETIME,
    "retentionMonths" INTEGER NOT NULL DEFAULT 6,
    "waitlistMode" TEXT NOT NULL DEFAULT 'OFFER',
    "offerHours" INTEGER NOT NULL DEFAULT 48,
    "emailConfirmationHours" INTEGER,
    "replyTo" TEXT,
    "reminderDaysBefore" INTEGER NOT NULL DEFAULT 2,
    "certificateSignatoryName" TEXT,
    "certificateSignatoryTitle" TEXT,
    "calendarSequence" INTEGER NOT NULL DEFAULT 0,
    "reservedPlaces" INTEGER NOT NULL DEFAULT 0,
    "reservedReleaseAt" DATETIME,
    "reservedReleasedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Event_seriesId_fkey" FOREIGN KEY ("seriesId") REFERENCES "Series" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Event" ("address", "calendarSequence", "capacity", "certificateSignatoryName", "certificateSignatoryTitle", "city", "createdAt", "emailConfirmationHours", "endsAt", "host", "id", "kind", "offerHours", "region", "registrationClosesAt", "registrationOpensAt", "reminderDaysBefore", "replyTo", "retentionMonths", "securityListCutoffAt", "securityListFrozenAt", "seriesId", "slug", "startsAt", "status", "summary", "title", "updatedAt", "venue", "waitlistMode") SELECT "address", "calendarSequence", "capacity", "certificateSignatoryName", "certificateSignatoryTitle", "city", "createdAt", "emailConfirmationHours", "endsAt", "host", "id", "kind", "offerHours", "region", "registrationClosesAt", "registrationOpensAt", "reminderDaysBefore", "replyTo", "retentionMonths", "securityListCutoffAt", "securityListFrozenAt", "seriesId", "slug", "startsAt", "status", "summary", "title", "updatedAt", "venue", "waitlistMode" FROM "Event";
DROP TABLE "Event";
ALTER TABLE "new_Event" RENAME TO "Event";
CREATE UNIQUE INDEX "Event_slug_key" ON "Event"("slug");
CREATE INDEX "Event_seriesId_startsAt_idx" ON "Event"("seriesId", "startsAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

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


