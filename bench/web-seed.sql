-- Seeds the web benchmark's scratch database: 40 outlets, 50,000 articles,
-- 1,000,000 claims, generated in SQL (a minute, not an hour of INSERTs).
-- Deterministic: setseed() fixes random(), so every run measures the same data.
-- The mix is skewed the way real reporting is: most claims are about RU and
-- UA, personnel and equipment dominate, one claim in twenty is an echo.
SELECT setseed(0.42);

INSERT INTO outlet (id, name, host)
SELECT gen_random_uuid(), 'Outlet ' || g, 'outlet' || g || '.example'
FROM generate_series(1, 40) g;

CREATE TEMP TABLE o AS SELECT id, row_number() OVER (ORDER BY name) AS n FROM outlet;

INSERT INTO article (id, url, input_url, status, title, outlet_id, published_at, language, word_count,
                     text, sentiment_score, sentiment_label, fetched_at, created_at, updated_at)
SELECT gen_random_uuid(),
       'https://outlet' || (g % 40 + 1) || '.example/story-' || g,
       'https://outlet' || (g % 40 + 1) || '.example/story-' || g,
       'done', 'Story ' || g,
       (SELECT id FROM o WHERE o.n = g % 40 + 1),
       DATE '2024-01-01' + (g % 730),
       'en', 600, NULL,
       s, CASE WHEN s < -0.05 THEN 'negative' WHEN s > 0.05 THEN 'positive' ELSE 'neutral' END::"SentimentLabel",
       now(), now() - (50000 - g) * interval '1 second', now()
FROM (SELECT g, round((random() * 1.6 - 0.9)::numeric, 3)::float8 AS s FROM generate_series(1, 50000) g) t;

CREATE TEMP TABLE a AS SELECT id, published_at, row_number() OVER (ORDER BY created_at) AS n FROM article;
CREATE INDEX ON a (n);

INSERT INTO claim (id, article_id, ordinal, metric, party, item, value, qualifier, low, high,
                   attributed_to, source_party, as_of, as_of_precision, sentence, start, "end",
                   sentiment_score, sentiment_label, is_echo)
SELECT gen_random_uuid(), a.id, (r.g - 1) / 50000, m.metric, p.party,
       CASE WHEN m.metric = 'equipment_lost' THEN (ARRAY['tanks','ifv','apc','artillery','mlrs','drones','aircraft','vehicles'])[1 + floor(r3 * 8)::int] END::"Item",
       v.value, q.qualifier,
       CASE q.qualifier WHEN 'at_most' THEN NULL WHEN 'range' THEN v.value * 0.8 ELSE v.value END,
       CASE q.qualifier WHEN 'at_least' THEN NULL WHEN 'range' THEN v.value * 1.2 ELSE v.value END,
       src.attributed_to, src.source_party,
       a.published_at - (floor(r4 * 3))::int, 'day',
       'A generated sentence stating a figure of ' || v.value::bigint || ' for the benchmark.', 100 * ((r.g - 1) / 50000), 100 * ((r.g - 1) / 50000) + 60,
       round((r4 * 1.6 - 0.9)::numeric, 3)::float8, 'neutral', r5 < 0.05
-- random() in the subquery's select list runs once per row; in an uncorrelated
-- LATERAL it would run once for the whole statement.
FROM (SELECT g, random() AS r1, random() AS r2, random() AS r3, random() AS r4, random() AS r5, random() AS r6
      FROM generate_series(1, 1000000) g) r
JOIN a ON a.n = (r.g - 1) % 50000 + 1
CROSS JOIN LATERAL (SELECT (CASE
    WHEN r1 < 0.20 THEN 'killed' WHEN r1 < 0.30 THEN 'wounded' WHEN r1 < 0.45 THEN 'casualties'
    WHEN r1 < 0.50 THEN 'captured' WHEN r1 < 0.53 THEN 'missing' WHEN r1 < 0.75 THEN 'equipment_lost'
    WHEN r1 < 0.80 THEN 'troops_deployed' WHEN r1 < 0.86 THEN 'territory_km2' WHEN r1 < 0.90 THEN 'settlements'
    WHEN r1 < 0.95 THEN 'civilians_killed' WHEN r1 < 0.98 THEN 'civilians_wounded' ELSE 'buildings_damaged' END)::"Metric" AS metric) m
CROSS JOIN LATERAL (SELECT (CASE WHEN r2 < 0.45 THEN 'RU' WHEN r2 < 0.85 THEN 'UA' WHEN r2 < 0.93 THEN 'KP' WHEN r2 < 0.97 THEN 'US' ELSE NULL END) AS party) p
CROSS JOIN LATERAL (SELECT round((10 + r6 * r6 * 900000)::numeric)::float8 AS value) v
CROSS JOIN LATERAL (SELECT (CASE WHEN r5 < 0.4 THEN 'exact' WHEN r5 < 0.7 THEN 'approx' WHEN r5 < 0.85 THEN 'at_least' WHEN r5 < 0.92 THEN 'at_most' ELSE 'range' END)::"Qualifier" AS qualifier) q
CROSS JOIN LATERAL (SELECT
    (ARRAY['the Russian defence ministry','Ukraine''s General Staff','South Korea''s spy agency','US officials','UK Defence Intelligence', NULL])[1 + floor(r3 * 6)::int] AS attributed_to,
    (ARRAY['RU','UA','KR','US','GB', NULL])[1 + floor(r3 * 6)::int] AS source_party) src;

-- bench/web.mjs then runs VACUUM ANALYZE (it cannot run inside this script's
-- implicit transaction): statistics for the planner, and the visibility map
-- that lets index-only scans skip the table, as autovacuum would in service.
