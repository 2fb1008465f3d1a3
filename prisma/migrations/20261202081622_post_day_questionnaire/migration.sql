-- CreateTable
CREATE TABLE "QuestionnaireInvite" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "registrationId" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "sentAt" DATETIME NOT NULL,
    "remindedAt" DATETIME,
    "answeredAt" DATETIME,
    CONSTRAINT "QuestionnaireInvite_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FeedbackResponse" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "eventId" TEXT NOT NULL,
    "linkHash" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "FeedbackResponse_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FeedbackAnswer" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "responseId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    CONSTRAINT "FeedbackAnswer_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "FeedbackResponse" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "FeedbackAnswer_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question" ("id") ON DELETE CASCADE ON UPDATE CASCADE
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
    "certificatesByEmail" BOOLEAN NOT NULL DEFAULT true,
    "certificatesEmailTime" TEXT NOT NULL DEFAULT '09:00',
    "questionnaireEnabled" BOOLEAN NOT NULL DEFAULT false,
    "questionnaireClosesAt" DATETIME,
    "calendarSequence" INTEGER NOT NULL DEFAULT 0,
    "reservedPlaces" INTEGER NOT NULL DEFAULT 0,
    "reservedReleaseAt" DATETIME,
    "reservedReleasedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Event_seriesId_fkey" FOREIGN KEY ("seriesId") REFERENCES "Series" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Event" ("address", "calendarSequence", "capacity", "certificateSignatoryName", "certificateSignatoryTitle", "certificatesByEmail", "certificatesEmailTime", "city", "createdAt", "emailConfirmationHours", "endsAt", "host", "id", "kind", "offerHours", "region", "registrationClosesAt", "registrationOpensAt", "reminderDaysBefore", "replyTo", "reservedPlaces", "reservedReleaseAt", "reservedReleasedAt", "retentionMonths", "securityListCutoffAt", "securityListFrozenAt", "seriesId", "slug", "startsAt", "status", "summary", "title", "updatedAt", "venue", "waitlistMode") SELECT "address", "calendarSequence", "capacity", "certificateSignatoryName", "certificateSignatoryTitle", "certificatesByEmail", "certificatesEmailTime", "city", "createdAt", "emailConfirmationHours", "endsAt", "host", "id", "kind", "offerHours", "region", "registrationClosesAt", "registrationOpensAt", "reminderDaysBefore", "replyTo", "reservedPlaces", "reservedReleaseAt", "reservedReleasedAt", "retentionMonths", "securityListCutoffAt", "securityListFrozenAt", "seriesId", "slug", "startsAt", "status", "summary", "title", "updatedAt", "venue", "waitlistMode" FROM "Event";
DROP TABLE "Event";
ALTER TABLE "new_Event" RENAME TO "Event";
CREATE UNIQUE INDEX "Event_slug_key" ON "Event"("slug");
CREATE INDEX "Event_seriesId_startsAt_idx" ON "Event"("seriesId", "startsAt");
CREATE TABLE "new_Question" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "eventId" TEXT NOT NULL,
    "purpose" TEXT NOT NULL DEFAULT 'REGISTRATION',
    "key" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "help" TEXT,
    "required" BOOLEAN NOT NULL DEFAULT false,
    "sensitive" BOOLEAN NOT NULL DEFAULT false,
    "position" INTEGER NOT NULL,
    "archivedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Question_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Question" ("archivedAt", "createdAt", "eventId", "help", "id", "key", "label", "position", "required", "sensitive", "type", "updatedAt") SELECT "archivedAt", "createdAt", "eventId", "help", "id", "key", "label", "position", "required", "sensitive", "type", "updatedAt" FROM "Question";
DROP TABLE "Question";
ALTER TABLE "new_Question" RENAME TO "Question";
CREATE INDEX "Question_eventId_position_idx" ON "Question"("eventId", "position");
CREATE UNIQUE INDEX "Question_eventId_key_key" ON "Question"("eventId", "key");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "QuestionnaireInvite_registrationId_key" ON "QuestionnaireInvite"("registrationId");

-- CreateIndex
CREATE INDEX "QuestionnaireInvite_eventId_idx" ON "QuestionnaireInvite"("eventId");

-- CreateIndex
CREATE UNIQUE INDEX "FeedbackResponse_linkHash_key" ON "FeedbackResponse"("linkHash");

-- CreateIndex
CREATE INDEX "FeedbackResponse_eventId_idx" ON "FeedbackResponse"("eventId");

-- CreateIndex
CREATE INDEX "FeedbackAnswer_questionId_idx" ON "FeedbackAnswer"("questionId");

-- CreateIndex
CREATE UNIQUE INDEX "FeedbackAnswer_responseId_questionId_key" ON "FeedbackAnswer"("responseId", "questionId");


