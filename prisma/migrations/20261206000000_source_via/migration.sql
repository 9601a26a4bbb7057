-- AlterTable
ALTER TABLE "Source" ADD COLUMN "via" TEXT;

