-- CreateEnum
CREATE TYPE "QuestionPurpose" AS ENUM ('REGISTRATION', 'FEEDBACK');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "EmailKind" ADD VALUE 'QUESTIONNAIRE';
ALTER TYPE "EmailKind" ADD VALUE 'QUESTIONNAIRE_REMINDER';

-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "questionnaireClosesAt" TIMESTAMP(3),
ADD COLUMN     "questionnaireEnabled" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Question" ADD COLUMN     "purpose" "QuestionPurpose" NOT NULL DEFAULT 'REGISTRATION';

-- CreateTable
CREATE TABLE "QuestionnaireInvite" (
    "id" TEXT NOT NULL,
    "registrationId" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL,
    "remindedAt" TIMESTAMP(3),
    "answeredAt" TIMESTAMP(3),

    CONSTRAINT "QuestionnaireInvite_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FeedbackResponse" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "linkHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FeedbackResponse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FeedbackAnswer" (
    "id" TEXT NOT NULL,
    "responseId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "value" TEXT NOT NULL,

    CONSTRAINT "FeedbackAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "QuestionnaireInvite_registrationId_key" ON "QuestionnaireInvite"("registrationId");

-- CreateIndex
CREATE INDEX "QuestionnaireInvite_eventId_idx" ON "QuestionnaireInvite"("eventId");

-- CreateIndex
CREATE UNIQUE INDEX "FeedbackResponse_linkHash_key" ON "FeedbackResponse"("linkHash");

-- CreateIndex
CREATE INDEX "FeedbackResponse_eventId_idx" ON "FeedbackResponse"("eventId");

-- CreateIndex
CREATE INDEX "FeedbackAnswer_questionId_idx" ON "FeedbackAnswer"("questionId");

-- CreateIndex
CREATE UNIQUE INDEX "FeedbackAnswer_responseId_questionId_key" ON "FeedbackAnswer"("responseId", "questionId");

-- AddForeignKey
ALTER TABLE "QuestionnaireInvite" ADD CONSTRAINT "QuestionnaireInvite_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedbackResponse" ADD CONSTRAINT "FeedbackResponse_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedbackAnswer" ADD CONSTRAINT "FeedbackAnswer_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "FeedbackResponse"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedbackAnswer" ADD CONSTRAINT "FeedbackAnswer_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE CASCADE ON UPDATE CASCADE;


