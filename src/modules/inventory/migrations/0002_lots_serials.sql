-- Batch/lot with expiry and serial numbers per product. Lots and serials track quantities (and
-- expiry) only; the value of stock stays with the FIFO / moving-average engine (moves, cost layers).

-- Per-product tracking: none (default, no row needed), batch (lots, optionally with expiry) or serial.
CREATE TABLE inventory.product_tracking (
  tenant_id uuid NOT NULL,
  product_id uuid NOT NULL,
  mode text NOT NULL CHECK (mode IN ('none', 'batch', 'serial')),
  requires_expiry boolean NOT NULL DEFAULT false,
  version integer NOT NULL DEFAULT 2,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, product_id),
  CHECK (NOT requires_expiry OR mode = 'batch')
);
SELECT platform.protect_tenant_table('inventory.product_tracking');

-- A lot (batch) of a product: its code is unique per product; the expiry is fixed at first receipt.
CREATE TABLE inventory.lots (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  product_id uuid NOT NULL,
  code text NOT NULL CHECK (length(code) BETWEEN 1 AND 100),
  expires_on date,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, product_id, code)
);
SELECT platform.protect_tenant_table('inventory.lots');

-- Quantity of each lot in each store, kept in the transaction of each move; never negative.
CREATE TABLE inventory.lot_balances (
  tenant_id uuid NOT NULL,
  store_id uuid NOT NULL,
  lot_id uuid NOT NULL,
  product_id uuid NOT NULL,
  quantity numeric NOT NULL DEFAULT 0 CHECK (quantity >= 0),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, store_id, lot_id),
  FOREIGN KEY (tenant_id, lot_id) REFERENCES inventory.lots (tenant_id, id)
);
CREATE INDEX lot_balances_product ON inventory.lot_balances (tenant_id, product_id, store_id) WHERE quantity > 0;
SELECT platform.protect_tenant_table('inventory.lot_balances');

-- Serial numbers: unique per tenant and product; in a store, in transit (no store) or out (issued).
CREATE TABLE inventory.serials (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  product_id uuid NOT NULL,
  serial text NOT NULL CHECK (length(serial) BETWEEN 1 AND 100),
  store_id uuid,
  status text NOT NULL CHECK (status IN ('in_stock', 'in_transit', 'out')),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, product_id, serial),
  CHECK ((status = 'in_stock') = (store_id IS NOT NULL))
);
CREATE INDEX serials_store ON inventory.serials (tenant_id, product_id, store_id) WHERE status = 'in_stock';
SELECT platform.protect_tenant_table('inventory.serials');

-- Traceability: which lot (and how much of it) or which serial each stock move carried. Append-only.
CREATE TABLE inventory.move_lots (
  tenant_id uuid NOT NULL,
  move_id uuid NOT NULL,
  lot_id uuid,
  serial_id uuid,
  quantity numeric NOT NULL CHECK (quantity > 0),
  FOREIGN KEY (tenant_id, move_id) REFERENCES inventory.moves (tenant_id, id),
  FOREIGN KEY (tenant_id, lot_id) REFERENCES inventory.lots (tenant_id, id),
  FOREIGN KEY (tenant_id, serial_id) REFERENCES inventory.serials (tenant_id, id),
  CHECK ((lot_id IS NULL) <> (serial_id IS NULL))
);
CREATE INDEX move_lots_move ON inventory.move_lots (tenant_id, move_id);
CREATE INDEX move_lots_lot ON inventory.move_lots (tenant_id, lot_id) WHERE lot_id IS NOT NULL;
CREATE INDEX move_lots_serial ON inventory.move_lots (tenant_id, serial_id) WHERE serial_id IS NOT NULL;
SELECT platform.protect_tenant_table('inventory.move_lots');

GRANT SELECT, INSERT, UPDATE ON inventory.product_tracking TO kontor_app;
GRANT SELECT, INSERT ON inventory.lots TO kontor_app;
GRANT SELECT, INSERT, UPDATE ON inventory.lot_balances TO kontor_app;
GRANT SELECT, INSERT, UPDATE ON inventory.serials TO kontor_app;
GRANT SELECT, INSERT ON inventory.move_lots TO kontor_app;
