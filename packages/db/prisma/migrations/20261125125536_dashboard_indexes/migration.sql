-- CreateIndex
CREATE INDEX "article_created_at_id_idx" ON "article"("created_at", "id");

-- CreateIndex
CREATE INDEX "claim_series_idx" ON "claim"("metric", "party", "as_of", "source_party", "item", "is_echo", "value", "low", "high", "article_id");

-- CreateIndex
CREATE INDEX "claim_as_of_id_idx" ON "claim"("as_of", "id");
