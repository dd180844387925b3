-- Banking: customer wallets (seed 000). Prepaid balances per customer and currency, held in the
-- liability account "Customer Wallets". Amounts are minor units of the wallet currency (bigint).
-- The ledger entry is the book of record; every movement is also a row of the append-only
-- wallet ledger below, written in the same transaction.

-- One wallet per customer and currency. The balance is kept in the transaction of each movement
-- (the row is locked FOR UPDATE); the CHECK is the last line of defence against going negative.
CREATE TABLE banking.wallets (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  customer_id uuid NOT NULL,
  currency text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
  balance bigint NOT NULL DEFAULT 0 CONSTRAINT wallets_balance_not_negative CHECK (balance >= 0),
  -- The ledger account the balance is held in (Customer Wallets).
  account_id uuid NOT NULL,
  last_movement_date date,
  movements integer NOT NULL DEFAULT 0 CHECK (movements >= 0),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, customer_id, currency)
);
SELECT platform.protect_tenant_table('banking.wallets');

-- The wallet ledger: one row per movement, in the order they were recorded (seq). `amount` is
-- signed (into the wallet: positive; out of it: negative); `balance_after` is the wallet balance
-- right after the movement, so a statement's running balance is read, not recomputed.
CREATE TABLE banking.wallet_movements (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  seq bigint GENERATED ALWAYS AS IDENTITY,
  wallet_id uuid NOT NULL,
  customer_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('top_up', 'spend', 'refund_in', 'refund_out', 'adjustment')),
  movement_date date NOT NULL,
  currency text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
  amount bigint NOT NULL CHECK (amount <> 0),
  balance_after bigint NOT NULL CHECK (balance_after >= 0),
  -- Base-currency value of one unit of the wallet currency on the movement date.
  exchange_rate numeric(30, 18) NOT NULL CHECK (exchange_rate > 0),
  -- The other side of the entry: deposit/bank account, revenue/clearing account, receivable.
  counter_account_id uuid NOT NULL,
  invoice_id uuid,
  invoice_number text,
  reference text CHECK (length(reference) <= 100),
  memo text CHECK (length(memo) <= 500),
  reason text CHECK (length(reason) <= 500),
  entry_id uuid NOT NULL,
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, wallet_id) REFERENCES banking.wallets (tenant_id, id)
);
CREATE INDEX wallet_movements_wallet ON banking.wallet_movements (tenant_id, wallet_id, seq);
CREATE INDEX wallet_movements_invoice ON banking.wallet_movements (tenant_id, invoice_id) WHERE invoice_id IS NOT NULL;
SELECT platform.protect_tenant_table('banking.wallet_movements');

CREATE FUNCTION banking.guard_wallet_movement() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'wallet movements are immutable' USING ERRCODE = 'P0001', HINT = 'BANKING.WALLET_MOVEMENT_IMMUTABLE';
END $$;
CREATE TRIGGER wallet_movements_guard BEFORE UPDATE OR DELETE ON banking.wallet_movements
  FOR EACH ROW EXECUTE FUNCTION banking.guard_wallet_movement();
CREATE TRIGGER wallet_movements_guard_truncate BEFORE TRUNCATE ON banking.wallet_movements
  FOR EACH STATEMENT EXECUTE FUNCTION banking.guard_wallet_movement();

GRANT SELECT, INSERT, UPDATE ON banking.wallets TO kontor_app;
GRANT SELECT, INSERT ON banking.wallet_movements TO kontor_app;
GRANT USAGE ON SEQUENCE banking.wallet_movements_seq_seq TO kontor_app;
