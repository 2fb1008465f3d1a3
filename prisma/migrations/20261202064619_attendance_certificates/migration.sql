-- AlterTable
ALTER TABLE "Registration" ADD COLUMN "certificateSentAt" DATETIME;

-- AlterTable (added in place rather than by redefining "Event", so that another branch's migration of
-- "Event" merges without losing these columns)
ALTER TABLE "Event" ADD COLUMN "certificatesByEmail" BOOLEAN NOT NULL DEFAULT true;
ALTER TABLE "Event" ADD COLUMN "certificatesEmailTime" TEXT NOT NULL DEFAULT '09:00';
