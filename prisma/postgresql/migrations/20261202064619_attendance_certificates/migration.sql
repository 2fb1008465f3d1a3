-- AlterEnum
ALTER TYPE "EmailKind" ADD VALUE 'ATTENDANCE_CERTIFICATE';

-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "certificatesByEmail" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "certificatesEmailTime" TEXT NOT NULL DEFAULT '09:00';

-- AlterTable
ALTER TABLE "Registration" ADD COLUMN     "certificateSentAt" TIMESTAMP(3);


