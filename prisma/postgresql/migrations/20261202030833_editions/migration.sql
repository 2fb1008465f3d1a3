-- CreateEnum
CREATE TYPE "EditionStatus" AS ENUM ('DRAFT', 'CURRENT', 'PAST');

-- AlterTable
ALTER TABLE "Network" ADD COLUMN     "url" TEXT;

-- AlterTable
ALTER TABLE "Series" ADD COLUMN     "contactEmail" TEXT,
ADD COLUMN     "footer" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "publishedAt" TIMESTAMP(3),
ADD COLUMN     "status" "EditionStatus" NOT NULL DEFAULT 'DRAFT';

-- The editions already held: the newest is the current one, the others are past, and their footer is
-- the one the site showed until now (it was written in the code).
UPDATE "Series" SET "status" = 'PAST', "footer" = 'Rencontres des collectivités locales autour de l''économie sociale et solidaire.
Co-organisées par les réseaux de collectivités signataires de la déclaration commune du 5 mars 2013.';
UPDATE "Series" SET "status" = 'CURRENT' WHERE "id" = (SELECT "id" FROM "Series" ORDER BY "createdAt" DESC LIMIT 1);
