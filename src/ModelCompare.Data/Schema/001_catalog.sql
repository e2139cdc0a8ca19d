-- The catalog as built from data/. Prices and other decimals are stored as TEXT so that they
-- round-trip exactly; dates as ISO TEXT (yyyy-MM-dd); booleans as INTEGER 0/1.
CREATE TABLE meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE providers (
  slug TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  is_maker INTEGER NOT NULL,
  is_host INTEGER NOT NULL,
  seller_kind TEXT NOT NULL,
  website TEXT,
  docs_url TEXT,
  api_base_url TEXT,
  sdk_package TEXT,
  notes_html TEXT,
  last_reviewed TEXT NOT NULL
);

CREATE TABLE models (
  slug TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  maker_slug TEXT NOT NULL REFERENCES providers (slug),
  family TEXT,
  release_date TEXT,
  retirement_date TEXT,
  status TEXT NOT NULL,
  deprecation_date TEXT,
  status_source_name TEXT,
  status_source_url TEXT,
  status_checked TEXT,
  successor_slug TEXT,
  context_window INTEGER,
  max_output INTEGER,
  parameters_total_billions TEXT,
  parameters_active_billions TEXT,
  architecture TEXT,
  license TEXT,
  open_weights INTEGER,
  commercial_use TEXT NOT NULL,
  commercial_use_note TEXT,
  knowledge_cutoff TEXT,
  best_for TEXT,
  overview_html TEXT,
  last_reviewed TEXT NOT NULL
);

CREATE TABLE model_aliases (
  alias TEXT PRIMARY KEY,
  model_slug TEXT NOT NULL REFERENCES models (slug)
);

-- Ordered lists that hang off a model: api ids, decision-fit tags, modalities.
CREATE TABLE model_tags (
  model_slug TEXT NOT NULL REFERENCES models (slug),
  kind TEXT NOT NULL,
  position INTEGER NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY (model_slug, kind, position)
);

-- Facts a model's sources disagree on: every value they give, in the order the file lists them.
CREATE TABLE model_disputes (
  model_slug TEXT NOT NULL REFERENCES models (slug),
  field TEXT NOT NULL,
  position INTEGER NOT NULL,
  value TEXT NOT NULL,
  routes INTEGER NOT NULL,
  sources TEXT NOT NULL,
  maker INTEGER NOT NULL,
  PRIMARY KEY (model_slug, field, position)
);

CREATE TABLE model_capabilities (
  model_slug TEXT NOT NULL REFERENCES models (slug),
  capability TEXT NOT NULL,
  supported INTEGER NOT NULL,
  PRIMARY KEY (model_slug, capability)
);

CREATE TABLE sources (
  owner_kind TEXT NOT NULL,
  owner_slug TEXT NOT NULL,
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  url TEXT NOT NULL,
  PRIMARY KEY (owner_kind, owner_slug, position)
);

CREATE TABLE routes (
  id INTEGER PRIMARY KEY,
  provider_slug TEXT NOT NULL REFERENCES providers (slug),
  model_slug TEXT NOT NULL REFERENCES models (slug),
  -- A variant (quantized, regional, plan) of the provider's plain route; all three NULL for the plain route.
  variant_slug TEXT,
  variant_kind TEXT,
  variant_detail TEXT,
  is_maker_own INTEGER NOT NULL,
  api_id TEXT,
  status TEXT NOT NULL,
  is_free_tier INTEGER NOT NULL,
  context_window INTEGER,
  max_output INTEGER,
  source_url TEXT NOT NULL,
  checked TEXT NOT NULL,
  -- Fees beside the token prices, USD per 1,000 requests and per 1,000 web searches.
  fee_per_1k_requests TEXT,
  fee_per_1k_web_searches TEXT
);

CREATE UNIQUE INDEX routes_by_key ON routes (provider_slug, model_slug, ifnull(variant_slug, ''));

-- Every price a route carries: its list price, service-tier prices, context tiers and dated history.
CREATE TABLE route_prices (
  route_id INTEGER NOT NULL REFERENCES routes (id),
  kind TEXT NOT NULL CHECK (kind IN ('list', 'batch', 'flex', 'priority', 'tier', 'history', 'history_tier')),
  position INTEGER NOT NULL,
  above_tokens INTEGER,
  date TEXT,
  event TEXT,
  input TEXT,
  output TEXT,
  cache_read TEXT,
  cache_write TEXT,
  cache_write_1h TEXT,
  reasoning TEXT,
  -- A history row: 1 when it records its context tiers (none or some), NULL when it does not say.
  tiers_recorded INTEGER,
  -- A history_tier row: the position of the history row whose tiers it is.
  tier_of INTEGER,
  PRIMARY KEY (route_id, kind, position)
);

-- Where a route's price was read when not at its source_url: the field it fills (batch, tiers, fees ...).
CREATE TABLE route_price_sources (
  route_id INTEGER NOT NULL REFERENCES routes (id),
  field TEXT NOT NULL,
  url TEXT NOT NULL,
  checked TEXT NOT NULL,
  note TEXT,
  PRIMARY KEY (route_id, field)
);

CREATE TABLE route_regions (
  route_id INTEGER NOT NULL REFERENCES routes (id),
  position INTEGER NOT NULL,
  region TEXT NOT NULL,
  PRIMARY KEY (route_id, position)
);

CREATE TABLE benchmarks (
  slug TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  category TEXT NOT NULL,
  unit TEXT NOT NULL,
  scale_min TEXT NOT NULL,
  scale_max TEXT NOT NULL,
  higher_is_better INTEGER NOT NULL,
  description TEXT,
  source_name TEXT NOT NULL,
  source_url TEXT NOT NULL
);

CREATE TABLE scores (
  benchmark_slug TEXT NOT NULL REFERENCES benchmarks (slug),
  model_slug TEXT NOT NULL REFERENCES models (slug),
  value TEXT NOT NULL,
  variant TEXT,
  notes TEXT,
  source_name TEXT NOT NULL,
  source_url TEXT NOT NULL,
  date TEXT,
  self_reported INTEGER NOT NULL,
  cost_usd TEXT,
  cost_per TEXT,
  reported_by TEXT
);

CREATE INDEX scores_by_model ON scores (model_slug);
