-- CreateTable
CREATE TABLE "Report" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "notificationId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "transmittalNumber" TEXT,
    "reportedOn" TEXT NOT NULL,
    "deliveredOn" TEXT,
    "recordOn" TEXT,
    "registerOn" TEXT,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "valueBeforeUsd" BIGINT,
    "valueAfterUsd" BIGINT,
    "notes" TEXT,
    "sources" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    CONSTRAINT "Report_notificationId_fkey" FOREIGN KEY ("notificationId") REFERENCES "Notification" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Notification" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "recipientId" INTEGER NOT NULL,
    "announcedOn" TEXT NOT NULL,
    "dateApproximate" BOOLEAN NOT NULL,
    "estimatedValueUsd" BIGINT NOT NULL,
    "valueMdeUsd" BIGINT,
    "valueOtherUsd" BIGINT,
    "transmittalNumber" TEXT,
    "deliveredOn" TEXT,
    "deliveredSourceKey" TEXT,
    "recordOn" TEXT,
    "recordSourceKey" TEXT,
    "registerOn" TEXT,
    "registerSourceKey" TEXT,
    "implementingAgency" TEXT,
    "caseDesignator" TEXT,
    "fundingSources" TEXT NOT NULL DEFAULT '[]',
    "fundingNotes" TEXT,
    "implementationNotes" TEXT,
    "reviewWaived" BOOLEAN NOT NULL,
    "emergencyBy" TEXT,
    "emergencyOn" TEXT,
    "emergencySourceKey" TEXT,
    "addsToEarlierCase" BOOLEAN NOT NULL DEFAULT false,
    "addsToBelowThreshold" BOOLEAN,
    "addsToTransmittal" TEXT,
    "addsToDescription" TEXT,
    "addsToSourceKey" TEXT,
    "priorRelatedCases" TEXT,
    "confidence" TEXT NOT NULL,
    "notes" TEXT,
    "contentHash" TEXT NOT NULL,
    CONSTRAINT "Notification_recipientId_fkey" FOREIGN KEY ("recipientId") REFERENCES "Recipient" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Notification" ("announcedOn", "confidence", "contentHash", "dateApproximate", "estimatedValueUsd", "fundingNotes", "id", "implementationNotes", "notes", "recipientId", "reviewWaived", "slug", "summary", "title", "transmittalNumber") SELECT "announcedOn", "confidence", "contentHash", "dateApproximate", "estimatedValueUsd", "fundingNotes", "id", "implementationNotes", "notes", "recipientId", "reviewWaived", "slug", "summary", "title", "transmittalNumber" FROM "Notification";
DROP TABLE "Notification";
ALTER TABLE "new_Notification" RENAME TO "Notification";
CREATE UNIQUE INDEX "Notification_slug_key" ON "Notification"("slug");
CREATE UNIQUE INDEX "Notification_transmittalNumber_key" ON "Notification"("transmittalNumber");
CREATE INDEX "Notification_announcedOn_estimatedValueUsd_idx" ON "Notification"("announcedOn", "estimatedValueUsd");
CREATE INDEX "Notification_recipientId_announcedOn_estimatedValueUsd_idx" ON "Notification"("recipientId", "announcedOn", "estimatedValueUsd");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "Report_slug_key" ON "Report"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Report_transmittalNumber_key" ON "Report"("transmittalNumber");

-- CreateIndex
CREATE INDEX "Report_notificationId_reportedOn_idx" ON "Report"("notificationId", "reportedOn");

