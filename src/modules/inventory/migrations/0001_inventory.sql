-- Inventory: an append-only stock ledger of moves per store, cost layers, counts and reorder levels.
CREATE SCHEMA inventory;
GRANT USAGE ON SCHEMA inventory TO kontor_app;

-- Per-tenant choices: valuation method (changeable only before the first move) and negative stock.
CREATE TABLE inventory.settings (
  tenant_id uuid PRIMARY KEY,
  valuation text NOT NULL DEFAULT 'fifo' CHECK (valuation IN ('fifo', 'moving_average')),
  allow_negative boolean NOT NULL DEFAULT false,
  version integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now()
);
SELECT platform.protect_tenant_table('inventory.settings');

-- The stock ledger: one row per change of stock of a product in a store. Quantities are signed
-- (in: positive, out: negative) in the product's base unit; value is signed, in base-currency minor units.
CREATE TABLE inventory.moves (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  seq bigint GENERATED ALWAYS AS IDENTITY,
  store_id uuid NOT NULL,
  product_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('opening', 'receipt', 'issue', 'transfer_out', 'transfer_in', 'adjustment')),
  quantity numeric NOT NULL CHECK (quantity <> 0),
  value bigint NOT NULL,
  unit_cost numeric NOT NULL,
  -- COGS correction posted when a receipt covers stock issued below zero (see domain/valuation.ts).
  correction bigint NOT NULL DEFAULT 0,
  document_type text NOT NULL CHECK (document_type IN ('receipt', 'issue', 'adjustment', 'transfer', 'count')),
  document_id uuid NOT NULL,
  source_module text,
  source_id text CHECK (length(source_id) <= 200),
  move_date date NOT NULL,
  memo text CHECK (length(memo) <= 500),
  reason text CHECK (length(reason) <= 500),
  entry_id uuid,
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX moves_product ON inventory.moves (tenant_id, product_id, seq);
CREATE INDEX moves_store_date ON inventory.moves (tenant_id, store_id, move_date);
CREATE INDEX moves_document ON inventory.moves (tenant_id, document_id);
SELECT platform.protect_tenant_table('inventory.moves');

CREATE FUNCTION inventory.guard_move() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'stock moves are immutable' USING ERRCODE = 'P0001', HINT = 'INVENTORY.MOVE_IMMUTABLE';
END $$;
CREATE TRIGGER moves_guard BEFORE UPDATE OR DELETE ON inventory.moves
  FOR EACH ROW EXECUTE FUNCTION inventory.guard_move();
CREATE TRIGGER moves_guard_truncate BEFORE TRUNCATE ON inventory.moves
  FOR EACH STATEMENT EXECUTE FUNCTION inventory.guard_move();

-- Stock on hand per store and product, kept in the transaction of each move (row locked).
CREATE TABLE inventory.balances (
  tenant_id uuid NOT NULL,
  store_id uuid NOT NULL,
  product_id uuid NOT NULL,
  quantity numeric NOT NULL DEFAULT 0,
  value bigint NOT NULL DEFAULT 0,
  last_unit_cost numeric NOT NULL DEFAULT 0,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, store_id, product_id)
);
CREATE INDEX balances_product ON inventory.balances (tenant_id, product_id);
SELECT platform.protect_tenant_table('inventory.balances');

-- FIFO cost layers: what is left of each receipt, consumed oldest first.
CREATE TABLE inventory.cost_layers (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  seq bigint GENERATED ALWAYS AS IDENTITY,
  store_id uuid NOT NULL,
  product_id uuid NOT NULL,
  move_id uuid NOT NULL,
  quantity numeric NOT NULL CHECK (quantity > 0),
  remaining numeric NOT NULL CHECK (remaining >= 0),
  remaining_value bigint NOT NULL CHECK (remaining_value >= 0),
  unit_cost numeric NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, move_id) REFERENCES inventory.moves (tenant_id, id)
);
CREATE INDEX cost_layers_open ON inventory.cost_layers (tenant_id, store_id, product_id, seq) WHERE remaining > 0;
SELECT platform.protect_tenant_table('inventory.cost_layers');

-- Transfers between stores: direct (received at once) or dispatched and received later.
CREATE TABLE inventory.transfers (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  from_store_id uuid NOT NULL,
  to_store_id uuid NOT NULL CHECK (to_store_id <> from_store_id),
  status text NOT NULL CHECK (status IN ('in_transit', 'received')),
  -- [{productId, quantity, value}] as dispatched (value at the source's cost, minor units as a string).
  lines jsonb NOT NULL,
  value bigint NOT NULL,
  dispatch_date date NOT NULL,
  receive_date date,
  memo text CHECK (length(memo) <= 500),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX transfers_in_transit ON inventory.transfers (tenant_id) WHERE status = 'in_transit';
SELECT platform.protect_tenant_table('inventory.transfers');

-- Reorder levels; `is_low` remembers a crossing so stock.low is emitted once until stock recovers.
CREATE TABLE inventory.reorder_levels (
  tenant_id uuid NOT NULL,
  store_id uuid NOT NULL,
  product_id uuid NOT NULL,
  level numeric NOT NULL CHECK (level >= 0),
  is_low boolean NOT NULL DEFAULT false,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, store_id, product_id)
);
SELECT platform.protect_tenant_table('inventory.reorder_levels');

-- Stock count sheets: expected quantities snapshotted at creation, counted ones entered, then posted.
CREATE TABLE inventory.counts (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  store_id uuid NOT NULL,
  status text NOT NULL CHECK (status IN ('open', 'posted')),
  count_date date NOT NULL,
  memo text CHECK (length(memo) <= 500),
  -- [{productId, expected, counted}] with quantities as decimal strings, counted null until entered.
  lines jsonb NOT NULL,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  posted_at timestamptz,
  PRIMARY KEY (tenant_id, id)
);
SELECT platform.protect_tenant_table('inventory.counts');

GRANT SELECT, INSERT, UPDATE ON inventory.settings TO kontor_app;
-- Moves are append-only for the app as well as by trigger.
GRANT SELECT, INSERT ON inventory.moves TO kontor_app;
GRANT USAGE ON SEQUENCE inventory.moves_seq_seq TO kontor_app;
GRANT SELECT, INSERT, UPDATE ON inventory.balances TO kontor_app;
GRANT SELECT, INSERT, UPDATE ON inventory.cost_layers TO kontor_app;
GRANT USAGE ON SEQUENCE inventory.cost_layers_seq_seq TO kontor_app;
GRANT SELECT, INSERT, UPDATE ON inventory.transfers TO kontor_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON inventory.reorder_levels TO kontor_app;
GRANT SELECT, INSERT, UPDATE ON inventory.counts TO kontor_app;
