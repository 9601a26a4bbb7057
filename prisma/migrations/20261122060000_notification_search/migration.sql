-- Full-text search over each notification's title, summary, equipment lines, principal
-- contractors, sources (publisher and title) and names (recipient, systems and every alias).
-- One row per notification, rowid = Notification.id, written only by the seed
-- (lib/seed/search-index.ts) in the same transaction as the notifications.
--
-- Not in schema.prisma: Prisma cannot model an FTS5 virtual table. So `prisma migrate diff`
-- proposes `DROP TABLE "NotificationSearch"` (and its shadow tables NotificationSearch_*)
-- for every later migration, and `prisma db push` would drop it: delete those statements
-- from each new migration.sql, and never use db push (see README, "Changing the schema").
--
-- Tokenizer: unicode61 splits on punctuation, so "Air-to-Air" is the tokens air, to, air and
-- the query "air-to-air" is run as the phrase "air to air" (lib/search-query.ts); digits are
-- tokens, so "Zone 5" is "zone" followed by "5". remove_diacritics 2 lets "Turkiye" find
-- "Türkiye"; porter stemming lets "missile" find "missiles".
CREATE VIRTUAL TABLE "NotificationSearch" USING fts5(
    title,
    summary,
    equipment,
    contractors,
    sources,
    names,
    tokenize = 'porter unicode61 remove_diacritics 2'
);
