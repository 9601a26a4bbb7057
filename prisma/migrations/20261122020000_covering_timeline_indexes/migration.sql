-- DropIndex
DROP INDEX "Notification_announcedOn_id_idx";

-- DropIndex
DROP INDEX "Notification_recipientId_announcedOn_idx";

-- CreateIndex
CREATE INDEX "Notification_announcedOn_estimatedValueUsd_idx" ON "Notification"("announcedOn", "estimatedValueUsd");

-- CreateIndex
CREATE INDEX "Notification_recipientId_announcedOn_estimatedValueUsd_idx" ON "Notification"("recipientId", "announcedOn", "estimatedValueUsd");
