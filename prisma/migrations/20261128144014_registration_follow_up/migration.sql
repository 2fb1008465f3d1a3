-- AlterTable
ALTER TABLE "Registration" ADD COLUMN "internalNote" TEXT;


