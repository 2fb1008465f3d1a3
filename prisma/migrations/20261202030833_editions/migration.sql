-- AlterTable
ALTER TABLE "Network" ADD COLUMN "url" TEXT;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Series" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "title" TEXT NOT NULL,
    "theme" TEXT NOT NULL,
    "context" TEXT NOT NULL,
    "footer" TEXT NOT NULL DEFAULT '',
    "contactEmail" TEXT,
    "publishedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Series" ("context", "createdAt", "id", "slug", "theme", "title", "updatedAt") SELECT "context", "createdAt", "id", "slug", "theme", "title", "updatedAt" FROM "Series";
DROP TABLE "Series";
ALTER TABLE "new_Series" RENAME TO "Series";
CREATE UNIQUE INDEX "Series_slug_key" ON "Series"("slug");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- The editions already held: the newest is the current one, the others are past, and their footer is
-- the one the site showed until now (it was written in the code).
UPDATE "Series" SET "status" = 'PAST', "footer" = 'Rencontres des collectivités locales autour de l''économie sociale et solidaire.
Co-organisées par les réseaux de collectivités signataires de la déclaration commune du 5 mars 2013.';
UPDATE "Series" SET "status" = 'CURRENT' WHERE "id" = (SELECT "id" FROM "Series" ORDER BY "createdAt" DESC LIMIT 1);
