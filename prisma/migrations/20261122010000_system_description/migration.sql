-- AlterTable
ALTER TABLE "System" ADD COLUMN "description" TEXT;
ALTER TABLE "System" ADD COLUMN "descriptionSourceDocument" TEXT;
ALTER TABLE "System" ADD COLUMN "descriptionSourceKind" TEXT;
ALTER TABLE "System" ADD COLUMN "descriptionSourcePublisher" TEXT;
ALTER TABLE "System" ADD COLUMN "descriptionSourceTitle" TEXT;
ALTER TABLE "System" ADD COLUMN "descriptionSourceUrl" TEXT;

