-- AlterTable
ALTER TABLE "CheckIn" ADD COLUMN "correctionReason" TEXT;

-- AlterTable
ALTER TABLE "Event" ADD COLUMN "certificateSignatoryName" TEXT;
ALTER TABLE "Event" ADD COLUMN "certificateSignatoryTitle" TEXT;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "name" TEXT,
    "emailVerified" DATETIME,
    "image" TEXT,
    "role" TEXT NOT NULL DEFAULT 'ORGANISER',
    "deactivatedAt" DATETIME,
    "allEvents" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_User" ("createdAt", "deactivatedAt", "email", "emailVerified", "id", "image", "name", "role", "updatedAt") SELECT "createdAt", "deactivatedAt", "email", "emailVerified", "id", "image", "name", "role", "updatedAt" FROM "User";
DROP TABLE "User";
ALTER TABLE "new_User" RENAME TO "User";
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;



-- Organisers with no day listed could see every day: they keep that access, now as an explicit choice.
UPDATE "User" SET "allEvents" = true
WHERE "role" = 'ORGANISER' AND NOT EXISTS (SELECT 1 FROM "OrganiserEvent" WHERE "OrganiserEvent"."userId" = "User"."id");
