-- AlterTable
ALTER TABLE "Attendee" ADD COLUMN "anonymisedAt" DATETIME;

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
    "replyTo" TEXT,
    "reminderDaysBefore" INTEGER NOT NULL DEFAULT 2,
    "calendarSequence" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Event_seriesId_fkey" FOREIGN KEY ("seriesId") REFERENCES "Series" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Event" ("address", "calendarSequence", "capacity", "city", "createdAt", "endsAt", "host", "id", "kind", "offerHours", "region", "registrationClosesAt", "registrationOpensAt", "reminderDaysBefore", "replyTo", "securityListCutoffAt", "securityListFrozenAt", "seriesId", "slug", "startsAt", "status", "summary", "title", "updatedAt", "venue", "waitlistMode") SELECT "address", "calendarSequence", "capacity", "city", "createdAt", "endsAt", "host", "id", "kind", "offerHours", "region", "registrationClosesAt", "registrationOpensAt", "reminderDaysBefore", "replyTo", "securityListCutoffAt", "securityListFrozenAt", "seriesId", "slug", "startsAt", "status", "summary", "title", "updatedAt", "venue", "waitlistMode" FROM "Event";
DROP TABLE "Event";
ALTER TABLE "new_Event" RENAME TO "Event";
CREATE UNIQUE INDEX "Event_slug_key" ON "Event"("slug");
CREATE INDEX "Event_seriesId_startsAt_idx" ON "Event"("seriesId", "startsAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;


