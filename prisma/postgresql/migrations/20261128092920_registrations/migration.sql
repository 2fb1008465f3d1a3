-- CreateEnum
CREATE TYPE "RegistrationStatus" AS ENUM ('CONFIRMED', 'WAITLISTED', 'OFFERED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "CancellationReason" AS ENUM ('ATTENDEE', 'OFFER_DECLINED', 'OFFER_EXPIRED');

-- CreateEnum
CREATE TYPE "WaitlistMode" AS ENUM ('OFFER', 'AUTO_CONFIRM');

-- CreateEnum
CREATE TYPE "OrganisationType" AS ENUM ('REGION', 'DEPARTEMENT', 'INTERCOMMUNALITE', 'COMMUNE', 'RESEAU', 'STRUCTURE_ESS', 'ETAT', 'AUTRE');

-- CreateEnum
CREATE TYPE "AttendeeRole" AS ENUM ('ELU', 'AGENT', 'AUTRE');

-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "offerHours" INTEGER NOT NULL DEFAULT 48,
ADD COLUMN     "waitlistMode" "WaitlistMode" NOT NULL DEFAULT 'OFFER';

-- CreateTable
CREATE TABLE "Attendee" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "organisation" TEXT NOT NULL,
    "organisationType" "OrganisationType" NOT NULL,
    "jobTitle" TEXT NOT NULL,
    "role" "AttendeeRole" NOT NULL,
    "phone" TEXT,
    "dietaryNeeds" TEXT NOT NULL DEFAULT '',
    "accessibilityNeeds" TEXT NOT NULL DEFAULT '',
    "consentedAt" TIMESTAMP(3) NOT NULL,
    "manageTokenHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Attendee_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Registration" (
    "id" TEXT NOT NULL,
    "attendeeId" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "status" "RegistrationStatus" NOT NULL,
    "activeDay" TEXT,
    "lunch" BOOLEAN NOT NULL DEFAULT false,
    "cancellationReason" "CancellationReason",
    "confirmedAt" TIMESTAMP(3),
    "cancelledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Registration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Seat" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "registrationId" TEXT,

    CONSTRAINT "Seat_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WaitlistEntry" (
    "position" SERIAL NOT NULL,
    "eventId" TEXT NOT NULL,
    "registrationId" TEXT NOT NULL,
    "offerExpiresAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WaitlistEntry_pkey" PRIMARY KEY ("position")
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" TEXT NOT NULL,
    "actor" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Attendee_email_key" ON "Attendee"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Attendee_manageTokenHash_key" ON "Attendee"("manageTokenHash");

-- CreateIndex
CREATE INDEX "Registration_eventId_status_idx" ON "Registration"("eventId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Registration_attendeeId_eventId_key" ON "Registration"("attendeeId", "eventId");

-- CreateIndex
CREATE UNIQUE INDEX "Registration_attendeeId_activeDay_key" ON "Registration"("attendeeId", "activeDay");

-- CreateIndex
CREATE UNIQUE INDEX "Seat_registrationId_key" ON "Seat"("registrationId");

-- CreateIndex
CREATE INDEX "Seat_eventId_registrationId_idx" ON "Seat"("eventId", "registrationId");

-- CreateIndex
CREATE UNIQUE INDEX "Seat_eventId_number_key" ON "Seat"("eventId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "WaitlistEntry_registrationId_key" ON "WaitlistEntry"("registrationId");

-- CreateIndex
CREATE INDEX "WaitlistEntry_eventId_position_idx" ON "WaitlistEntry"("eventId", "position");

-- CreateIndex
CREATE INDEX "WaitlistEntry_offerExpiresAt_idx" ON "WaitlistEntry"("offerExpiresAt");

-- CreateIndex
CREATE INDEX "AuditEntry_entityType_entityId_idx" ON "AuditEntry"("entityType", "entityId");

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_attendeeId_fkey" FOREIGN KEY ("attendeeId") REFERENCES "Attendee"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Seat" ADD CONSTRAINT "Seat_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Seat" ADD CONSTRAINT "Seat_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WaitlistEntry" ADD CONSTRAINT "WaitlistEntry_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WaitlistEntry" ADD CONSTRAINT "WaitlistEntry_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE CASCADE ON UPDATE CASCADE;



-- Seats for the events that already exist: one row per place, numbered from 1.
INSERT INTO "Seat" ("id", "eventId", "number")
SELECT md5(random()::text || clock_timestamp()::text), "Event"."id", "numbers"."n"
FROM "Event" CROSS JOIN LATERAL generate_series(1, "Event"."capacity") AS "numbers"("n");
