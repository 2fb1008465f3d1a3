-- AlterTable
ALTER TABLE "Attendee" ADD COLUMN     "nameKey" TEXT NOT NULL DEFAULT '';


