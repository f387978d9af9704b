-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "ArticleStatus" AS ENUM ('queued', 'fetching', 'extracting', 'done', 'failed');

-- CreateEnum
CREATE TYPE "SentimentLabel" AS ENUM ('negative', 'neutral', 'positive');

-- CreateEnum
CREATE TYPE "Metric" AS ENUM ('troops_deployed', 'killed', 'wounded', 'casualties', 'captured', 'missing', 'equipment_lost', 'territory_km2', 'settlements', 'civilians_killed', 'civilians_wounded', 'buildings_damaged');

-- CreateEnum
CREATE TYPE "Item" AS ENUM ('tanks', 'ifv', 'apc', 'afv', 'vehicles', 'artillery', 'mlrs', 'air_defense', 'radars', 'ew', 'aircraft', 'helicopters', 'drones', 'ships', 'engineering', 'other');

-- CreateEnum
CREATE TYPE "Qualifier" AS ENUM ('exact', 'approx', 'at_least', 'at_most', 'range');

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('day', 'month', 'year');

-- CreateTable
CREATE TABLE "outlet" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "host" TEXT,

    CONSTRAINT "outlet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "article" (
    "id" UUID NOT NULL,
    "url" TEXT NOT NULL,
    "input_url" TEXT NOT NULL,
    "status" "ArticleStatus" NOT NULL DEFAULT 'queued',
    "failure_code" TEXT,
    "failure_message" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "title" TEXT,
    "outlet_id" UUID,
    "author" TEXT,
    "published_at" DATE,
    "language" TEXT,
    "word_count" INTEGER,
    "text" TEXT,
    "content_hash" TEXT,
    "signature" TEXT,
    "duplicate_of_id" UUID,
    "sentiment_score" DOUBLE PRECISION,
    "sentiment_label" "SentimentLabel",
    "fetched_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "article_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "claim" (
    "id" UUID NOT NULL,
    "article_id" UUID NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "metric" "Metric" NOT NULL,
    "party" CHAR(2),
    "item" "Item",
    "value" DOUBLE PRECISION NOT NULL,
    "qualifier" "Qualifier" NOT NULL,
    "low" DOUBLE PRECISION,
    "high" DOUBLE PRECISION,
    "attributed_to" TEXT,
    "source_party" CHAR(2),
    "as_of" DATE,
    "as_of_precision" "DatePrecision",
    "sentence" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "sentiment_score" DOUBLE PRECISION,
    "sentiment_label" "SentimentLabel",
    "is_echo" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "claim_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "outlet_name_key" ON "outlet"("name");

-- CreateIndex
CREATE UNIQUE INDEX "article_url_key" ON "article"("url");

-- CreateIndex
CREATE INDEX "article_status_updated_at_idx" ON "article"("status", "updated_at");

-- CreateIndex
CREATE INDEX "article_published_at_idx" ON "article"("published_at");

-- CreateIndex
CREATE INDEX "article_content_hash_idx" ON "article"("content_hash");

-- CreateIndex
CREATE INDEX "article_outlet_id_idx" ON "article"("outlet_id");

-- CreateIndex
CREATE INDEX "article_duplicate_of_id_idx" ON "article"("duplicate_of_id");

-- CreateIndex
CREATE INDEX "claim_metric_party_as_of_idx" ON "claim"("metric", "party", "as_of");

-- CreateIndex
CREATE UNIQUE INDEX "claim_article_id_ordinal_key" ON "claim"("article_id", "ordinal");

-- AddForeignKey
ALTER TABLE "article" ADD CONSTRAINT "article_outlet_id_fkey" FOREIGN KEY ("outlet_id") REFERENCES "outlet"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article" ADD CONSTRAINT "article_duplicate_of_id_fkey" FOREIGN KEY ("duplicate_of_id") REFERENCES "article"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim" ADD CONSTRAINT "claim_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Written by hand: the rules of shared/spec/claims.md that Prisma's schema
-- language cannot express. Prisma's diff does not manage CHECK constraints,
-- so later generated migrations leave these in place.

-- AddCheckConstraint
ALTER TABLE "claim" ADD CONSTRAINT "claim_party_check" CHECK ("party" ~ '^[A-Z]{2}$');

-- AddCheckConstraint
ALTER TABLE "claim" ADD CONSTRAINT "claim_source_party_check" CHECK ("source_party" ~ '^[A-Z]{2}$');

-- AddCheckConstraint
ALTER TABLE "claim" ADD CONSTRAINT "claim_item_check" CHECK (("item" IS NOT NULL) = ("metric" = 'equipment_lost'));

-- AddCheckConstraint
ALTER TABLE "claim" ADD CONSTRAINT "claim_value_check" CHECK ("value" >= 0 AND "value" <> 'NaN'::float8 AND "value" <> 'Infinity'::float8);

-- AddCheckConstraint
ALTER TABLE "claim" ADD CONSTRAINT "claim_bounds_check" CHECK ("low" IS NULL OR "high" IS NULL OR "low" <= "high");

-- AddCheckConstraint
ALTER TABLE "claim" ADD CONSTRAINT "claim_offsets_check" CHECK ("start" >= 0 AND "start" <= "end");

-- AddCheckConstraint
ALTER TABLE "claim" ADD CONSTRAINT "claim_as_of_precision_check" CHECK (("as_of" IS NULL) = ("as_of_precision" IS NULL));
