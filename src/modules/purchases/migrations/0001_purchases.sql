-- Purchasing: purchase orders, goods receipts, vendor bills, vendor payments, debit notes.
-- Document amounts are numeric decimal strings in the document currency; values that came from the
-- stock ledger (receipt values) are bigint minor units of the base currency, as inventory posted them.
CREATE SCHEMA purchases;
GRANT USAGE ON SCHEMA purchases TO kontor_app;

-- ---------------------------------------------------------------- purchase orders
CREATE TABLE purchases.orders (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  number text NOT NULL CHECK (length(number) <= 16),
  vendor_id uuid NOT NULL,
  status text NOT NULL CHECK (status IN ('draft', 'confirmed', 'partly_received', 'received', 'cancelled')),
  order_date date NOT NULL,
  expected_date date,
  store_id uuid NOT NULL,
  currency char(3) NOT NULL,
  reference text CHECK (length(reference) <= 100),
  notes text CHECK (length(notes) <= 2000),
  -- Estimates at the order's prices (the bill carries what is owed).
  subtotal numeric(20, 2) NOT NULL DEFAULT 0,
  tax_total numeric(20, 2) NOT NULL DEFAULT 0,
  total numeric(20, 2) NOT NULL DEFAULT 0,
  taxes jsonb NOT NULL DEFAULT '[]',
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, number)
);
CREATE INDEX orders_list ON purchases.orders (tenant_id, order_date DESC, id DESC);
CREATE INDEX orders_vendor ON purchases.orders (tenant_id, vendor_id);
SELECT platform.protect_tenant_table('purchases.orders');

CREATE TABLE purchases.order_lines (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  order_id uuid NOT NULL,
  line_no integer NOT NULL,
  product_id uuid,
  -- Whether the line is a stocked product (received through goods receipts) or billed directly.
  stocked boolean NOT NULL DEFAULT false,
  description text NOT NULL CHECK (length(description) <= 500),
  hsn text CHECK (length(hsn) <= 8),
  unit text CHECK (length(unit) <= 20),
  quantity numeric NOT NULL CHECK (quantity > 0),
  unit_price numeric NOT NULL CHECK (unit_price >= 0),
  gst_rate numeric,
  account_id uuid,
  amount numeric(20, 2) NOT NULL,
  received_quantity numeric NOT NULL DEFAULT 0 CHECK (received_quantity >= 0 AND received_quantity <= quantity),
  billed_quantity numeric NOT NULL DEFAULT 0 CHECK (billed_quantity >= 0),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, order_id, line_no),
  FOREIGN KEY (tenant_id, order_id) REFERENCES purchases.orders (tenant_id, id)
);
SELECT platform.protect_tenant_table('purchases.order_lines');

-- ---------------------------------------------------------------- goods receipts
CREATE TABLE purchases.receipts (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  number text NOT NULL CHECK (length(number) <= 16),
  order_id uuid NOT NULL,
  vendor_id uuid NOT NULL,
  store_id uuid NOT NULL,
  receipt_date date NOT NULL,
  currency char(3) NOT NULL,
  exchange_rate numeric NOT NULL,
  -- Stock value received, base-currency minor units (what GRNI was credited with).
  value bigint NOT NULL,
  entry_id uuid,
  notes text CHECK (length(notes) <= 2000),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, number),
  FOREIGN KEY (tenant_id, order_id) REFERENCES purchases.orders (tenant_id, id)
);
CREATE INDEX receipts_list ON purchases.receipts (tenant_id, receipt_date DESC, id DESC);
CREATE INDEX receipts_order ON purchases.receipts (tenant_id, order_id);
SELECT platform.protect_tenant_table('purchases.receipts');

CREATE TABLE purchases.receipt_lines (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  receipt_id uuid NOT NULL,
  line_no integer NOT NULL,
  order_line_id uuid NOT NULL,
  product_id uuid NOT NULL,
  quantity numeric NOT NULL CHECK (quantity > 0),
  unit_price numeric NOT NULL,
  value bigint NOT NULL CHECK (value >= 0),
  billed_quantity numeric NOT NULL DEFAULT 0 CHECK (billed_quantity >= 0 AND billed_quantity <= quantity),
  -- GRNI already cleared by bills for billed_quantity (base minor units).
  billed_value bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, receipt_id, line_no),
  FOREIGN KEY (tenant_id, receipt_id) REFERENCES purchases.receipts (tenant_id, id),
  FOREIGN KEY (tenant_id, order_line_id) REFERENCES purchases.order_lines (tenant_id, id)
);
SELECT platform.protect_tenant_table('purchases.receipt_lines');

-- ---------------------------------------------------------------- vendor bills
CREATE TABLE purchases.bills (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  number text NOT NULL CHECK (length(number) <= 16),
  vendor_id uuid NOT NULL,
  vendor_bill_number text NOT NULL CHECK (length(vendor_bill_number) BETWEEN 1 AND 50),
  vendor_bill_date date NOT NULL,
  bill_date date NOT NULL,
  due_date date NOT NULL,
  status text NOT NULL CHECK (status IN ('draft', 'posted', 'partly_paid', 'paid', 'void')),
  order_id uuid,
  currency char(3) NOT NULL,
  exchange_rate numeric NOT NULL DEFAULT 1,
  place_of_supply text,
  supply_type text,
  reverse_charge boolean NOT NULL DEFAULT false,
  tds_section text,
  tds_rate_key text,
  subtotal numeric(20, 2) NOT NULL DEFAULT 0,
  cgst numeric(20, 2) NOT NULL DEFAULT 0,
  sgst numeric(20, 2) NOT NULL DEFAULT 0,
  igst numeric(20, 2) NOT NULL DEFAULT 0,
  cess numeric(20, 2) NOT NULL DEFAULT 0,
  tax_total numeric(20, 2) NOT NULL DEFAULT 0,
  round_off numeric(20, 2) NOT NULL DEFAULT 0,
  -- The vendor's invoice total (taxable + tax charged + round-off).
  total numeric(20, 2) NOT NULL DEFAULT 0,
  -- The total's value in base currency as posted to Accounts Payable (minor units).
  total_base bigint NOT NULL DEFAULT 0,
  tds_amount numeric(20, 2) NOT NULL DEFAULT 0,
  -- total − TDS: what the vendor is owed.
  payable numeric(20, 2) NOT NULL DEFAULT 0,
  amount_paid numeric(20, 2) NOT NULL DEFAULT 0,
  amount_debited numeric(20, 2) NOT NULL DEFAULT 0,
  entry_id uuid,
  tds_deduction_id uuid,
  void_entry_ids uuid[] NOT NULL DEFAULT '{}',
  notes text CHECK (length(notes) <= 2000),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  posted_at timestamptz,
  voided_at timestamptz,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, number),
  CHECK (amount_paid >= 0 AND amount_debited >= 0 AND amount_paid + amount_debited <= payable)
);
-- The vendor's own number is unique per vendor (a void bill frees it).
CREATE UNIQUE INDEX bills_vendor_number ON purchases.bills (tenant_id, vendor_id, lower(vendor_bill_number)) WHERE status <> 'void';
CREATE INDEX bills_list ON purchases.bills (tenant_id, bill_date DESC, id DESC);
CREATE INDEX bills_vendor ON purchases.bills (tenant_id, vendor_id);
SELECT platform.protect_tenant_table('purchases.bills');

CREATE TABLE purchases.bill_lines (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  bill_id uuid NOT NULL,
  line_no integer NOT NULL,
  kind text NOT NULL CHECK (kind IN ('receipt', 'order', 'expense')),
  receipt_line_id uuid,
  order_line_id uuid,
  product_id uuid,
  store_id uuid,
  account_id uuid,
  description text NOT NULL CHECK (length(description) <= 500),
  hsn text,
  quantity numeric NOT NULL CHECK (quantity > 0),
  unit_price numeric NOT NULL CHECK (unit_price >= 0),
  taxable_value numeric(20, 2) NOT NULL,
  gst_rate numeric NOT NULL DEFAULT 0,
  cgst_rate numeric NOT NULL DEFAULT 0,
  sgst_rate numeric NOT NULL DEFAULT 0,
  igst_rate numeric NOT NULL DEFAULT 0,
  cess_percent numeric NOT NULL DEFAULT 0,
  cgst numeric(20, 2) NOT NULL DEFAULT 0,
  sgst numeric(20, 2) NOT NULL DEFAULT 0,
  igst numeric(20, 2) NOT NULL DEFAULT 0,
  cess numeric(20, 2) NOT NULL DEFAULT 0,
  total numeric(20, 2) NOT NULL,
  -- Receipt lines: the GRNI this line cleared when the bill was posted (base minor units).
  grni_value bigint NOT NULL DEFAULT 0,
  returned_quantity numeric NOT NULL DEFAULT 0,
  debited_value numeric(20, 2) NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, bill_id, line_no),
  FOREIGN KEY (tenant_id, bill_id) REFERENCES purchases.bills (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX bill_lines_receipt ON purchases.bill_lines (tenant_id, receipt_line_id) WHERE receipt_line_id IS NOT NULL;
SELECT platform.protect_tenant_table('purchases.bill_lines');

-- ---------------------------------------------------------------- vendor payments
CREATE TABLE purchases.payments (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  number text NOT NULL CHECK (length(number) <= 16),
  vendor_id uuid NOT NULL,
  payment_date date NOT NULL,
  currency char(3) NOT NULL,
  amount numeric(20, 2) NOT NULL CHECK (amount > 0),
  -- The part not applied to bills: an advance to the vendor.
  unapplied numeric(20, 2) NOT NULL DEFAULT 0 CHECK (unapplied >= 0),
  bank_account_id uuid NOT NULL,
  exchange_rate numeric NOT NULL DEFAULT 1,
  status text NOT NULL CHECK (status IN ('posted', 'reversed')),
  reference text CHECK (length(reference) <= 100),
  notes text CHECK (length(notes) <= 2000),
  entry_id uuid,
  -- Entries that applied the advance to bills after the payment (Dr Accounts Payable / Cr Vendor Advances).
  applied_entry_ids uuid[] NOT NULL DEFAULT '{}',
  reversal_entry_id uuid,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  reversed_at timestamptz,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, number)
);
CREATE INDEX payments_list ON purchases.payments (tenant_id, payment_date DESC, id DESC);
SELECT platform.protect_tenant_table('purchases.payments');

CREATE TABLE purchases.payment_allocations (
  tenant_id uuid NOT NULL,
  payment_id uuid NOT NULL,
  bill_id uuid NOT NULL,
  amount numeric(20, 2) NOT NULL CHECK (amount > 0),
  -- Realised exchange gain (+) or loss (−), base minor units.
  gain_loss bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, payment_id, bill_id),
  FOREIGN KEY (tenant_id, payment_id) REFERENCES purchases.payments (tenant_id, id),
  FOREIGN KEY (tenant_id, bill_id) REFERENCES purchases.bills (tenant_id, id)
);
CREATE INDEX payment_allocations_bill ON purchases.payment_allocations (tenant_id, bill_id);
SELECT platform.protect_tenant_table('purchases.payment_allocations');

-- ---------------------------------------------------------------- debit notes to vendors
CREATE TABLE purchases.debit_notes (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  number text NOT NULL CHECK (length(number) <= 16),
  bill_id uuid NOT NULL,
  vendor_id uuid NOT NULL,
  note_date date NOT NULL,
  currency char(3) NOT NULL,
  reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
  subtotal numeric(20, 2) NOT NULL,
  cgst numeric(20, 2) NOT NULL DEFAULT 0,
  sgst numeric(20, 2) NOT NULL DEFAULT 0,
  igst numeric(20, 2) NOT NULL DEFAULT 0,
  cess numeric(20, 2) NOT NULL DEFAULT 0,
  total numeric(20, 2) NOT NULL,
  -- Cost of the goods sent back, base minor units (0 for a price reduction only).
  return_value bigint NOT NULL DEFAULT 0,
  lines jsonb NOT NULL,
  entry_id uuid,
  stock_entry_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, number),
  FOREIGN KEY (tenant_id, bill_id) REFERENCES purchases.bills (tenant_id, id)
);
CREATE INDEX debit_notes_list ON purchases.debit_notes (tenant_id, note_date DESC, id DESC);
CREATE INDEX debit_notes_bill ON purchases.debit_notes (tenant_id, bill_id);
SELECT platform.protect_tenant_table('purchases.debit_notes');

GRANT SELECT, INSERT, UPDATE ON purchases.orders, purchases.order_lines TO kontor_app;
GRANT DELETE ON purchases.order_lines TO kontor_app;
GRANT SELECT, INSERT, UPDATE ON purchases.receipts, purchases.receipt_lines TO kontor_app;
GRANT SELECT, INSERT, UPDATE ON purchases.bills, purchases.bill_lines TO kontor_app;
GRANT DELETE ON purchases.bill_lines TO kontor_app;
GRANT SELECT, INSERT, UPDATE ON purchases.payments, purchases.payment_allocations TO kontor_app;
GRANT SELECT, INSERT ON purchases.debit_notes TO kontor_app;
