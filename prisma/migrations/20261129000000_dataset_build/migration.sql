-- CreateTable
CREATE TABLE "DatasetBuild" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "builtAt" TEXT NOT NULL,
    "dataAsOf" TEXT,
    "notifications" INTEGER NOT NULL,
    "recordVersion" INTEGER NOT NULL,
    "origin" TEXT NOT NULL,
    "files" TEXT NOT NULL
);
