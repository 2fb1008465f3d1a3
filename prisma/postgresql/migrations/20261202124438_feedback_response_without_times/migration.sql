-- AlterTable
ALTER TABLE "FeedbackResponse" DROP COLUMN "createdAt",
DROP COLUMN "updatedAt";


