-- AlterTable
ALTER TABLE "Event" ADD COLUMN "emailConfirmationHours" INTEGER;

-- AlterTable
ALTER TABLE "Registration" ADD COLUMN "holdExpiresAt" DATETIME;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Attendee" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "nameKey" TEXT NOT NULL DEFAULT '',
    "organisation" TEXT NOT NULL,
    "organisationType" TEXT NOT NULL,
    "jobTitle" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "phone" TEXT,
    "dietaryNeeds" TEXT NOT NULL DEFAULT '',
    "accessibilityNeeds" TEXT NOT NULL DEFAULT '',
    "consentedAt" DATETIME NOT NULL,
    "manageTokenHash" TEXT NOT NULL,
    "manageTokenVersion" INTEGER NOT NULL DEFAULT 0,
    "manageLinkShownAt" DATETIME,
    "emailVerifiedAt" DATETIME,
    "anonymisedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Attendee" ("accessibilityNeeds", "anonymisedAt", "consentedAt", "createdAt", "dietaryNeeds", "email", "firstName", "id", "jobTitle", "lastName", "manageTokenHash", "nameKey", "organisation", "organisationType", "phone", "role", "updatedAt") SELECT "accessibilityNeeds", "anonymisedAt", "consentedAt", "createdAt", "dietaryNeeds", "email", "firstName", "id", "jobTitle", "lastName", "manageTokenHash", "nameKey", "organisation", "organisationType", "phone", "role", "updatedAt" FROM "Attendee";
DROP TABLE "Attendee";
ALTER TABLE "new_Attendee" RENAME TO "Attendee";
CREATE UNIQUE INDEX "Attendee_email_key" ON "Attendee"("email");
CREATE UNIQUE INDEX "Attendee_manageTokenHash_key" ON "Attendee"("manageTokenHash");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Registration_holdExpiresAt_idx" ON "Registration"("holdExpiresAt");


