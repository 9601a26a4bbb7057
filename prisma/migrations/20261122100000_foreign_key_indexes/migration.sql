-- Indexes on two foreign keys that had none. Claim.sourceId: deleting a notification cascades
-- to its sources and from each source to its claims, and without the index each source deleted
-- scanned the whole Claim table (a re-seed that rewrites 1,000 of the bench's 10,000
-- notifications took 22 s instead of 2). SystemAlias.systemId: a system's names are read by
-- systemId (the vocabulary, system pages).

-- CreateIndex
CREATE INDEX "SystemAlias_systemId_idx" ON "SystemAlias"("systemId");

-- CreateIndex
CREATE INDEX "Claim_sourceId_idx" ON "Claim"("sourceId");
