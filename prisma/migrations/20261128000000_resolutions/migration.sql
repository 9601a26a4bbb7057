-- CreateTable
CREATE TABLE "Resolution" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "congress" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "sponsorName" TEXT NOT NULL,
    "sponsorParty" TEXT NOT NULL,
    "sponsorState" TEXT NOT NULL,
    "cosponsors" TEXT NOT NULL DEFAULT '[]',
    "introducedOn" TEXT,
    "sortOn" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "actions" TEXT NOT NULL DEFAULT '[]',
    "becameLawOn" TEXT,
    "becameLawPublicLaw" TEXT,
    "becameLawSourceKey" TEXT,
    "confidence" TEXT NOT NULL,
    "notes" TEXT,
    "sources" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "ResolutionTarget" (
    "resolutionId" INTEGER NOT NULL,
    "notificationId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "named" TEXT NOT NULL,

    PRIMARY KEY ("resolutionId", "notificationId"),
    CONSTRAINT "ResolutionTarget_resolutionId_fkey" FOREIGN KEY ("resolutionId") REFERENCES "Resolution" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ResolutionTarget_notificationId_fkey" FOREIGN KEY ("notificationId") REFERENCES "Notification" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ResolutionVote" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "resolutionId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "chamber" TEXT NOT NULL,
    "votedOn" TEXT,
    "question" TEXT NOT NULL,
    "threshold" TEXT NOT NULL,
    "yeas" INTEGER NOT NULL,
    "nays" INTEGER NOT NULL,
    "present" INTEGER,
    "notVoting" INTEGER,
    "result" TEXT NOT NULL,
    "rollCall" INTEGER,
    "sourceKey" TEXT NOT NULL,
    CONSTRAINT "ResolutionVote_resolutionId_fkey" FOREIGN KEY ("resolutionId") REFERENCES "Resolution" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Resolution_slug_key" ON "Resolution"("slug");

-- CreateIndex
CREATE INDEX "Resolution_sortOn_idx" ON "Resolution"("sortOn");

-- CreateIndex
CREATE UNIQUE INDEX "Resolution_congress_type_number_key" ON "Resolution"("congress", "type", "number");

-- CreateIndex
CREATE INDEX "ResolutionTarget_notificationId_idx" ON "ResolutionTarget"("notificationId");

-- CreateIndex
CREATE UNIQUE INDEX "ResolutionVote_resolutionId_position_key" ON "ResolutionVote"("resolutionId", "position");

