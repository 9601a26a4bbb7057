-- CreateTable
CREATE TABLE "Recipient" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "notifiedAs" TEXT,
    "nato" BOOLEAN NOT NULL
);

-- CreateTable
CREATE TABLE "RecipientContext" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "recipientId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "fact" TEXT NOT NULL,
    "sourceKind" TEXT NOT NULL,
    "sourcePublisher" TEXT NOT NULL,
    "sourceTitle" TEXT,
    "sourceUrl" TEXT,
    "sourceDocument" TEXT,
    CONSTRAINT "RecipientContext_recipientId_fkey" FOREIGN KEY ("recipientId") REFERENCES "Recipient" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Category" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "System" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "categoryId" INTEGER NOT NULL,
    CONSTRAINT "System_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SystemAlias" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "systemId" INTEGER NOT NULL,
    "alias" TEXT NOT NULL,
    "normalized" TEXT NOT NULL,
    CONSTRAINT "SystemAlias_systemId_fkey" FOREIGN KEY ("systemId") REFERENCES "System" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "recipientId" INTEGER NOT NULL,
    "announcedOn" TEXT NOT NULL,
    "dateApproximate" BOOLEAN NOT NULL,
    "estimatedValueUsd" BIGINT NOT NULL,
    "transmittalNumber" TEXT,
    "fundingNotes" TEXT,
    "implementationNotes" TEXT,
    "reviewWaived" BOOLEAN NOT NULL,
    "confidence" TEXT NOT NULL,
    "notes" TEXT,
    "contentHash" TEXT NOT NULL,
    CONSTRAINT "Notification_recipientId_fkey" FOREIGN KEY ("recipientId") REFERENCES "Recipient" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "NotificationSystem" (
    "notificationId" INTEGER NOT NULL,
    "systemId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,

    PRIMARY KEY ("notificationId", "systemId"),
    CONSTRAINT "NotificationSystem_notificationId_fkey" FOREIGN KEY ("notificationId") REFERENCES "Notification" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "NotificationSystem_systemId_fkey" FOREIGN KEY ("systemId") REFERENCES "System" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "LineItem" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "notificationId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "quantity" INTEGER,
    "upTo" BOOLEAN NOT NULL,
    CONSTRAINT "LineItem_notificationId_fkey" FOREIGN KEY ("notificationId") REFERENCES "Notification" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PrincipalContractor" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "notificationId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "location" TEXT,
    CONSTRAINT "PrincipalContractor_notificationId_fkey" FOREIGN KEY ("notificationId") REFERENCES "Notification" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Source" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "notificationId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "publisher" TEXT NOT NULL,
    "title" TEXT,
    "url" TEXT,
    "publishedOn" TEXT,
    "document" TEXT,
    "supports" TEXT,
    "reportedValueAmount" BIGINT,
    "reportedValueCurrency" TEXT,
    "reportedValueText" TEXT,
    CONSTRAINT "Source_notificationId_fkey" FOREIGN KEY ("notificationId") REFERENCES "Notification" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Claim" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "notificationId" INTEGER NOT NULL,
    "sourceId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "claim" TEXT NOT NULL,
    "verdict" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    CONSTRAINT "Claim_notificationId_fkey" FOREIGN KEY ("notificationId") REFERENCES "Notification" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Claim_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Recipient_code_key" ON "Recipient"("code");

-- CreateIndex
CREATE UNIQUE INDEX "RecipientContext_recipientId_position_key" ON "RecipientContext"("recipientId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Category_slug_key" ON "Category"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "System_slug_key" ON "System"("slug");

-- CreateIndex
CREATE INDEX "System_categoryId_idx" ON "System"("categoryId");

-- CreateIndex
CREATE UNIQUE INDEX "SystemAlias_normalized_key" ON "SystemAlias"("normalized");

-- CreateIndex
CREATE UNIQUE INDEX "Notification_slug_key" ON "Notification"("slug");

-- CreateIndex
CREATE INDEX "Notification_announcedOn_id_idx" ON "Notification"("announcedOn", "id");

-- CreateIndex
CREATE INDEX "Notification_recipientId_announcedOn_idx" ON "Notification"("recipientId", "announcedOn");

-- CreateIndex
CREATE INDEX "NotificationSystem_systemId_notificationId_idx" ON "NotificationSystem"("systemId", "notificationId");

-- CreateIndex
CREATE UNIQUE INDEX "LineItem_notificationId_kind_position_key" ON "LineItem"("notificationId", "kind", "position");

-- CreateIndex
CREATE UNIQUE INDEX "PrincipalContractor_notificationId_position_key" ON "PrincipalContractor"("notificationId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Source_notificationId_key_key" ON "Source"("notificationId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "Claim_notificationId_position_key" ON "Claim"("notificationId", "position");

