-- AlterEnum
ALTER TYPE "CancellationReason" ADD VALUE 'ORGANISER';

-- AlterTable
ALTER TABLE "Registration" ADD COLUMN     "internalNote" TEXT;


