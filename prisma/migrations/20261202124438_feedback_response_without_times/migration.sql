-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_FeedbackResponse" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "eventId" TEXT NOT NULL,
    "linkHash" TEXT NOT NULL,
    CONSTRAINT "FeedbackResponse_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_FeedbackResponse" ("eventId", "id", "linkHash") SELECT "eventId", "id", "linkHash" FROM "FeedbackResponse";
DROP TABLE "FeedbackResponse";
ALTER TABLE "new_FeedbackResponse" RENAME TO "FeedbackResponse";
CREATE UNIQUE INDEX "FeedbackResponse_linkHash_key" ON "FeedbackResponse"("linkHash");
CREATE INDEX "FeedbackResponse_eventId_idx" ON "FeedbackResponse"("eventId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;


