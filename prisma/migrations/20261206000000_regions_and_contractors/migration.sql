-- CreateTable
CREATE TABLE "Region" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "area" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "sources" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Contractor" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "history" TEXT NOT NULL DEFAULT '[]'
);

-- CreateTable
CREATE TABLE "ContractorName" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "contractorId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "unit" BOOLEAN NOT NULL,
    "normalized" TEXT NOT NULL,
    CONSTRAINT "ContractorName_contractorId_fkey" FOREIGN KEY ("contractorId") REFERENCES "Contractor" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ContractorPartner" (
    "jointVentureId" INTEGER NOT NULL,
    "partnerId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,

    PRIMARY KEY ("jointVentureId", "partnerId"),
    CONSTRAINT "ContractorPartner_jointVentureId_fkey" FOREIGN KEY ("jointVentureId") REFERENCES "Contractor" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ContractorPartner_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Contractor" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Recipient" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "notifiedAs" TEXT,
    "nato" BOOLEAN NOT NULL,
    "regionCode" TEXT,
    CONSTRAINT "Recipient_regionCode_fkey" FOREIGN KEY ("regionCode") REFERENCES "Region" ("code") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Recipient" ("code", "id", "kind", "name", "nato", "notifiedAs") SELECT "code", "id", "kind", "name", "nato", "notifiedAs" FROM "Recipient";
DROP TABLE "Recipient";
ALTER TABLE "new_Recipient" RENAME TO "Recipient";
CREATE UNIQUE INDEX "Recipient_code_key" ON "Recipient"("code");
CREATE INDEX "Recipient_regionCode_idx" ON "Recipient"("regionCode");
CREATE TABLE "new_PrincipalContractor" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "notificationId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "location" TEXT,
    "contractorId" INTEGER,
    CONSTRAINT "PrincipalContractor_notificationId_fkey" FOREIGN KEY ("notificationId") REFERENCES "Notification" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PrincipalContractor_contractorId_fkey" FOREIGN KEY ("contractorId") REFERENCES "Contractor" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_PrincipalContractor" ("id", "location", "name", "notificationId", "position") SELECT "id", "location", "name", "notificationId", "position" FROM "PrincipalContractor";
DROP TABLE "PrincipalContractor";
ALTER TABLE "new_PrincipalContractor" RENAME TO "PrincipalContractor";
CREATE INDEX "PrincipalContractor_contractorId_notificationId_idx" ON "PrincipalContractor"("contractorId", "notificationId");
CREATE UNIQUE INDEX "PrincipalContractor_notificationId_position_key" ON "PrincipalContractor"("notificationId", "position");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "Region_code_key" ON "Region"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Contractor_slug_key" ON "Contractor"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "ContractorName_name_key" ON "ContractorName"("name");

-- CreateIndex
CREATE INDEX "ContractorName_contractorId_idx" ON "ContractorName"("contractorId");

-- CreateIndex
CREATE INDEX "ContractorName_normalized_idx" ON "ContractorName"("normalized");

-- CreateIndex
CREATE INDEX "ContractorPartner_partnerId_idx" ON "ContractorPartner"("partnerId");

