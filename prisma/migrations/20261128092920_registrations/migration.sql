-- CreateTable
CREATE TABLE "Attendee" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "organisation" TEXT NOT NULL,
    "organisationType" TEXT NOT NULL,
    "jobTitle" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "phone" TEXT,
    "dietaryNeeds" TEXT NOT NULL DEFAULT '',
    "accessibilityNeeds" TEXT NOT NULL DEFAULT '',
    "consentedAt" DATETIME NOT NULL,
    "manageTokenHash" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Registration" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "attendeeId" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "activeDay" TEXT,
    "lunch" BOOLEAN NOT NULL DEFAULT false,
    "cancellationReason" TEXT,
    "confirmedAt" DATETIME,
    "cancelledAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Registration_attendeeId_fkey" FOREIGN KEY ("attendeeId") REFERENCES "Attendee" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Registration_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Seat" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "eventId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "registrationId" TEXT,
    CONSTRAINT "Seat_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Seat_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "WaitlistEntry" (
    "position" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "eventId" TEXT NOT NULL,
    "registrationId" TEXT NOT NULL,
    "offerExpiresAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "WaitlistEntry_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "WaitlistEntry_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "actor" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
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
    "waitlistMode" TEXT NOT NULL DEFAULT 'OFFER',
    "offerHours" INTEGER NOT NULL DEFAULT 48,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Event_seriesId_fkey" FOREIGN KEY ("seriesId") REFERENCES "Series" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Event" ("address", "capacity", "city", "createdAt", "endsAt", "host", "id", "kind", "region", "registrationClosesAt", "registrationOpensAt", "seriesId", "slug", "startsAt", "status", "summary", "title", "updatedAt", "venue") SELECT "address", "capacity", "city", "createdAt", "endsAt", "host", "id", "kind", "region", "registrationClosesAt", "registrationOpensAt", "seriesId", "slug", "startsAt", "status", "summary", "title", "updatedAt", "venue" FROM "Event";
DROP TABLE "Event";
ALTER TABLE "new_Event" RENAME TO "Event";
CREATE UNIQUE INDEX "Event_slug_key" ON "Event"("slug");
CREATE INDEX "Event_seriesId_startsAt_idx" ON "Event"("seriesId", "startsAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "Attendee_email_key" ON "Attendee"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Attendee_manageTokenHash_key" ON "Attendee"("manageTokenHash");

-- CreateIndex
CREATE INDEX "Registration_eventId_status_idx" ON "Registration"("eventId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Registration_attendeeId_eventId_key" ON "Registration"("attendeeId", "eventId");

-- CreateIndex
CREATE UNIQUE INDEX "Registration_attendeeId_activeDay_key" ON "Registration"("attendeeId", "activeDay");

-- CreateIndex
CREATE UNIQUE INDEX "Seat_registrationId_key" ON "Seat"("registrationId");

-- CreateIndex
CREATE INDEX "Seat_eventId_registrationId_idx" ON "Seat"("eventId", "registrationId");

-- CreateIndex
CREATE UNIQUE INDEX "Seat_eventId_number_key" ON "Seat"("eventId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "WaitlistEntry_registrationId_key" ON "WaitlistEntry"("registrationId");

-- CreateIndex
CREATE INDEX "WaitlistEntry_eventId_position_idx" ON "WaitlistEntry"("eventId", "position");

-- CreateIndex
CREATE INDEX "WaitlistEntry_offerExpiresAt_idx" ON "WaitlistEntry"("offerExpiresAt");

-- CreateIndex
CREATE INDEX "AuditEntry_entityType_entityId_idx" ON "AuditEntry"("entityType", "entityId");



-- Seats for the events that already exist: one row per place, numbered from 1.
WITH RECURSIVE "numbers"("n") AS (SELECT 1 UNION ALL SELECT "n" + 1 FROM "numbers" WHERE "n" < (SELECT MAX("capacity") FROM "Event"))
INSERT INTO "Seat" ("id", "eventId", "number")
SELECT lower(hex(randomblob(12))), "Event"."id", "numbers"."n" FROM "Event" JOIN "numbers" ON "numbers"."n" <= "Event"."capacity";
