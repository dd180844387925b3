-- Sales: invoices, credit and debit notes.
CREATE SCHEMA sales;
GRANT USAGE ON SCHEMA sales TO kontor_app;

-- Per-tenant invoice settings: UPI payee for the QR on INR invoices, default notes/terms, footer, round-off.
CREATE TABLE sales.settings (
  tenant_id uuid PRIMARY KEY,
  upi_vpa text CHECK (length(upi_vpa) <= 100),
  upi_payee_name text CHECK (length(upi_payee_name) <= 100),
  default_notes text CHECK (length(default_notes) <= 2000),
  default_terms text CHECK (length(default_terms) <= 4000),
  invoice_footer text CHECK (length(invoice_footer) <= 500),
  round_total boolean NOT NULL DEFAULT true,
  version integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now()
);
SELECT platform.protect_tenant_table('sales.settings');

-- Invoices and debit notes (kind = 'debit_note', linked to the invoice they add to). Amounts are
-- numeric in the document currency; totals also as bigint minor units. Numbers are drawn on issue.
CREATE TABLE sales.invoices (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  kind text NOT NULL DEFAULT 'invoice' CHECK (kind IN ('invoice', 'debit_note')),
  original_invoice_id uuid,
  number text CHECK (length(number) <= 40),
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'issued', 'partly_paid', 'paid', 'void')),
  customer_id uuid NOT NULL,
  customer_name text NOT NULL,
  -- The buyer as printed (name, address lines, GSTIN, state, email), taken when the invoice is written.
  buyer jsonb NOT NULL DEFAULT '{}',
  currency char(3) NOT NULL,
  exchange_rate numeric NOT NULL DEFAULT 1 CHECK (exchange_rate > 0),
  invoice_date date NOT NULL,
  due_date date NOT NULL CHECK (due_date >= invoice_date),
  tax_engine text NOT NULL CHECK (tax_engine IN ('gst', 'vat')),
  place_of_supply text,
  supply_type text,
  reverse_charge boolean NOT NULL DEFAULT false,
  reference text CHECK (length(reference) <= 100),
  notes text CHECK (length(notes) <= 2000),
  terms text CHECK (length(terms) <= 4000),
  sales_order_id uuid,
  reason text CHECK (length(reason) <= 500),
  subtotal numeric NOT NULL DEFAULT 0,
  discount_total numeric NOT NULL DEFAULT 0,
  tax_total numeric NOT NULL DEFAULT 0,
  -- Tax rows as printed: [{ code, label, rate, taxableValue, amount }].
  taxes jsonb NOT NULL DEFAULT '[]',
  round_off numeric NOT NULL DEFAULT 0,
  total numeric NOT NULL DEFAULT 0 CHECK (total >= 0),
  total_minor bigint NOT NULL DEFAULT 0 CHECK (total_minor >= 0),
  amount_paid numeric NOT NULL DEFAULT 0,
  amount_paid_minor bigint NOT NULL DEFAULT 0 CHECK (amount_paid_minor >= 0 AND amount_paid_minor <= total_minor),
  entry_id uuid,
  stock_entry_id uuid,
  void_entry_id uuid,
  void_stock_entry_id uuid,
  issued_at timestamptz,
  voided_at timestamptz,
  sent_at timestamptz,
  created_by uuid,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, kind, number),
  CHECK ((status = 'draft') = (number IS NULL)),
  CHECK ((kind = 'debit_note') = (original_invoice_id IS NOT NULL))
);
CREATE INDEX invoices_list ON sales.invoices (tenant_id, invoice_date DESC, id DESC);
CREATE INDEX invoices_customer ON sales.invoices (tenant_id, customer_id, due_date);
CREATE INDEX invoices_open ON sales.invoices (tenant_id, due_date) WHERE status IN ('issued', 'partly_paid');
CREATE INDEX invoices_order ON sales.invoices (tenant_id, sales_order_id) WHERE sales_order_id IS NOT NULL;
SELECT platform.protect_tenant_table('sales.invoices');

-- Invoice lines. order_line_id / delivery_line_id link to the orders area (plain uuids, no FK).
CREATE TABLE sales.invoice_lines (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  invoice_id uuid NOT NULL,
  line_no integer NOT NULL,
  product_id uuid,
  description text NOT NULL CHECK (length(description) <= 1000),
  hsn text,
  supply_kind text NOT NULL DEFAULT 'goods' CHECK (supply_kind IN ('goods', 'service')),
  track_stock boolean NOT NULL DEFAULT false,
  quantity numeric NOT NULL CHECK (quantity > 0),
  unit text,
  unit_price numeric NOT NULL CHECK (unit_price >= 0),
  discount_percent numeric NOT NULL DEFAULT 0 CHECK (discount_percent >= 0 AND discount_percent <= 100),
  discount numeric NOT NULL DEFAULT 0,
  taxable_value numeric NOT NULL,
  tax_rate numeric NOT NULL DEFAULT 0,
  -- Tax components of the line: [{ code, label, rate, amount }] (cgst/sgst/igst/cess or the VAT rates).
  tax_components jsonb NOT NULL DEFAULT '[]',
  tax_amount numeric NOT NULL DEFAULT 0,
  line_total numeric NOT NULL,
  tax_rate_id uuid,
  tax_group_id uuid,
  store_id uuid,
  order_line_id uuid,
  delivery_line_id uuid,
  -- Base-currency cost (minor units) of the stock the issue moved out, for returns and voids.
  cost_value bigint,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, invoice_id, line_no),
  FOREIGN KEY (tenant_id, invoice_id) REFERENCES sales.invoices (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX invoice_lines_order_line ON sales.invoice_lines (tenant_id, order_line_id) WHERE order_line_id IS NOT NULL;
SELECT platform.protect_tenant_table('sales.invoice_lines');

-- Credit notes: issued on creation, each line against an invoice line.
CREATE TABLE sales.credit_notes (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  number text NOT NULL CHECK (length(number) <= 40),
  invoice_id uuid NOT NULL,
  customer_id uuid NOT NULL,
  currency char(3) NOT NULL,
  exchange_rate numeric NOT NULL CHECK (exchange_rate > 0),
  note_date date NOT NULL,
  reason text CHECK (length(reason) <= 500),
  subtotal numeric NOT NULL,
  tax_total numeric NOT NULL,
  taxes jsonb NOT NULL DEFAULT '[]',
  total numeric NOT NULL CHECK (total > 0),
  total_minor bigint NOT NULL CHECK (total_minor > 0),
  -- Applied to the invoice's amount due; the rest stays as customer credit on the receivable.
  applied numeric NOT NULL DEFAULT 0,
  unapplied numeric NOT NULL DEFAULT 0,
  return_store_id uuid,
  entry_id uuid NOT NULL,
  stock_entry_id uuid,
  created_by uuid,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, number),
  FOREIGN KEY (tenant_id, invoice_id) REFERENCES sales.invoices (tenant_id, id)
);
CREATE INDEX credit_notes_invoice ON sales.credit_notes (tenant_id, invoice_id);
CREATE INDEX credit_notes_list ON sales.credit_notes (tenant_id, note_date DESC, id DESC);
SELECT platform.protect_tenant_table('sales.credit_notes');

CREATE TABLE sales.credit_note_lines (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  credit_note_id uuid NOT NULL,
  invoice_line_id uuid NOT NULL,
  line_no integer NOT NULL,
  product_id uuid,
  description text NOT NULL,
  hsn text,
  quantity numeric NOT NULL CHECK (quantity > 0),
  unit text,
  unit_price numeric NOT NULL,
  taxable_value numeric NOT NULL,
  tax_rate numeric NOT NULL DEFAULT 0,
  tax_components jsonb NOT NULL DEFAULT '[]',
  tax_amount numeric NOT NULL DEFAULT 0,
  line_total numeric NOT NULL,
  returned_to_stock boolean NOT NULL DEFAULT false,
  cost_value bigint,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, credit_note_id) REFERENCES sales.credit_notes (tenant_id, id),
  FOREIGN KEY (tenant_id, invoice_line_id) REFERENCES sales.invoice_lines (tenant_id, id)
);
CREATE INDEX credit_note_lines_invoice_line ON sales.credit_note_lines (tenant_id, invoice_line_id);
SELECT platform.protect_tenant_table('sales.credit_note_lines');

GRANT SELECT, INSERT, UPDATE ON sales.settings TO kontor_app;
-- Drafts may be deleted (with their lines); issued invoices are refused by the service and by this trigger.
GRANT SELECT, INSERT, UPDATE, DELETE ON sales.invoices TO kontor_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON sales.invoice_lines TO kontor_app;
-- Credit notes are written once.
GRANT SELECT, INSERT ON sales.credit_notes TO kontor_app;
GRANT SELECT, INSERT ON sales.credit_note_lines TO kontor_app;

CREATE FUNCTION sales.guard_issued_invoice() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status <> 'draft' THEN
    RAISE EXCEPTION 'an issued invoice cannot be deleted' USING ERRCODE = 'P0001', HINT = 'SALES.INVOICE_ISSUED';
  END IF;
  RETURN OLD;
END $$;
CREATE TRIGGER invoices_guard_delete BEFORE DELETE ON sales.invoices
  FOR EACH ROW EXECUTE FUNCTION sales.guard_issued_invoice();
