-- CreateTable
CREATE TABLE "Release" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "date" TEXT NOT NULL,
    "added" INTEGER NOT NULL,
    "changed" INTEGER NOT NULL,
    "renamed" INTEGER NOT NULL,
    "removed" INTEGER NOT NULL,
    "contentHash" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "RecordChange" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "releaseId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "fromSlug" TEXT,
    "fields" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    CONSTRAINT "RecordChange_releaseId_fkey" FOREIGN KEY ("releaseId") REFERENCES "Release" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Release_date_idx" ON "Release"("date");

-- CreateIndex
CREATE INDEX "RecordChange_releaseId_kind_position_idx" ON "RecordChange"("releaseId", "kind", "position");

-- CreateIndex
CREATE INDEX "RecordChange_slug_idx" ON "RecordChange"("slug");

-- CreateIndex
CREATE INDEX "RecordChange_fromSlug_idx" ON "RecordChange"("fromSlug");

