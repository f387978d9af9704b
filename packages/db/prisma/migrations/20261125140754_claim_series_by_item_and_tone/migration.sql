-- DropIndex
DROP INDEX "claim_series_idx";

-- CreateIndex
CREATE INDEX "claim_series_idx" ON "claim"("metric", "party", "item", "as_of", "source_party", "is_echo", "value", "low", "high", "article_id");

-- CreateIndex
CREATE INDEX "claim_tone_idx" ON "claim"("as_of", "source_party", "is_echo", "sentiment_score");
