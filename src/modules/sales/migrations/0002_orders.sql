-- Sales: quotations (with revisions and approvals), sales orders, stock reservations, delivery notes and returns.
-- Money and quantities are numeric (decimal strings in the API); stock values are bigint minor units of the base currency.

-- Per-tenant approval rules for quotations: a quotation over either threshold needs a manager's approval.
CREATE TABLE sales.approval_rules (
  tenant_id uuid PRIMARY KEY,
  -- Any line discount above this percentage needs approval (null: no rule).
  max_discount_percent numeric CHECK (max_discount_percent >= 0 AND max_discount_percent <= 100),
  -- A quotation total above this amount (in the quotation currency) needs approval (null: no rule).
  max_total numeric CHECK (max_total >= 0),
  version integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now()
);
SELECT platform.protect_tenant_table('sales.approval_rules');

CREATE TABLE sales.quotations (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  -- Drawn from the 'quotation' series when first submitted or sent; kept across revisions.
  number text CHECK (length(number) <= 16),
  status text NOT NULL CHECK (status IN ('draft', 'pending_approval', 'approved', 'rejected', 'sent', 'accepted', 'declined', 'converted')),
  revision integer NOT NULL DEFAULT 1 CHECK (revision >= 1),
  customer_id uuid NOT NULL,
  customer_name text NOT NULL,
  currency text NOT NULL,
  quote_date date NOT NULL,
  valid_until date NOT NULL CHECK (valid_until >= quote_date),
  place_of_supply text,
  reference text CHECK (length(reference) <= 100),
  terms text CHECK (length(terms) <= 4000),
  notes text CHECK (length(notes) <= 4000),
  -- Priced lines and totals as computed (decimal strings): see orders/pricing.ts.
  lines jsonb NOT NULL,
  totals jsonb NOT NULL,
  total numeric NOT NULL,
  max_discount_percent numeric NOT NULL DEFAULT 0,
  -- Why approval is needed (rule texts); empty when none.
  approval_reasons jsonb NOT NULL DEFAULT '[]',
  decided_by uuid,
  decided_at timestamptz,
  decision_reason text CHECK (length(decision_reason) <= 1000),
  sales_order_id uuid,
  created_by uuid,
  -- Who last edited (made the current revision): they may not approve it.
  edited_by uuid,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id)
);
CREATE UNIQUE INDEX quotations_number ON sales.quotations (tenant_id, number) WHERE number IS NOT NULL;
CREATE INDEX quotations_list ON sales.quotations (tenant_id, created_at DESC, id DESC);
CREATE INDEX quotations_pending ON sales.quotations (tenant_id, updated_at) WHERE status = 'pending_approval';
SELECT platform.protect_tenant_table('sales.quotations');

-- Earlier revisions, as they were when they were replaced (read-only).
CREATE TABLE sales.quotation_revisions (
  tenant_id uuid NOT NULL,
  quotation_id uuid NOT NULL,
  revision integer NOT NULL,
  snapshot jsonb NOT NULL,
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, quotation_id, revision),
  FOREIGN KEY (tenant_id, quotation_id) REFERENCES sales.quotations (tenant_id, id)
);
SELECT platform.protect_tenant_table('sales.quotation_revisions');

CREATE TABLE sales.sales_orders (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  number text CHECK (length(number) <= 16),
  -- Stored status; partial/complete delivery and invoicing are derived from the lines.
  status text NOT NULL CHECK (status IN ('draft', 'confirmed', 'closed', 'cancelled')),
  customer_id uuid NOT NULL,
  customer_name text NOT NULL,
  currency text NOT NULL,
  order_date date NOT NULL,
  expected_date date,
  store_id uuid,
  reserve_stock boolean NOT NULL DEFAULT false,
  place_of_supply text,
  reference text CHECK (length(reference) <= 100),
  terms text CHECK (length(terms) <= 4000),
  notes text CHECK (length(notes) <= 4000),
  totals jsonb NOT NULL,
  total numeric NOT NULL,
  quotation_id uuid,
  credit_warning jsonb,
  created_by uuid,
  confirmed_at timestamptz,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id)
);
CREATE UNIQUE INDEX sales_orders_number ON sales.sales_orders (tenant_id, number) WHERE number IS NOT NULL;
-- One order per quotation: a second convert finds the first.
CREATE UNIQUE INDEX sales_orders_quotation ON sales.sales_orders (tenant_id, quotation_id) WHERE quotation_id IS NOT NULL;
CREATE INDEX sales_orders_list ON sales.sales_orders (tenant_id, created_at DESC, id DESC);
SELECT platform.protect_tenant_table('sales.sales_orders');

CREATE TABLE sales.sales_order_lines (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  order_id uuid NOT NULL,
  position integer NOT NULL,
  product_id uuid,
  -- Goods whose stock the inventory module keeps: delivered through delivery notes.
  stocked boolean NOT NULL DEFAULT false,
  description text NOT NULL,
  hsn text,
  unit text,
  quantity numeric NOT NULL CHECK (quantity > 0),
  unit_price numeric NOT NULL CHECK (unit_price >= 0),
  discount_percent numeric NOT NULL DEFAULT 0,
  discount numeric NOT NULL DEFAULT 0,
  tax_rate text,
  -- VAT/sales-tax tenants: the rate or group the line is taxed with.
  tax_rate_id uuid,
  tax_group_id uuid,
  taxable_value numeric NOT NULL,
  tax numeric NOT NULL,
  amount numeric NOT NULL,
  store_id uuid,
  -- Fulfilment: delivered (net of returns) and returned. Invoiced quantities come from the invoices.
  delivered numeric NOT NULL DEFAULT 0 CHECK (delivered >= 0 AND delivered <= quantity),
  returned numeric NOT NULL DEFAULT 0 CHECK (returned >= 0),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, order_id) REFERENCES sales.sales_orders (tenant_id, id)
);
CREATE INDEX sales_order_lines_order ON sales.sales_order_lines (tenant_id, order_id, position);
SELECT platform.protect_tenant_table('sales.sales_order_lines');

-- Stock held for an order line in a store; `quantity` is what is still held (delivery and cancel release it).
CREATE TABLE sales.stock_reservations (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  order_id uuid NOT NULL,
  order_line_id uuid NOT NULL,
  store_id uuid NOT NULL,
  product_id uuid NOT NULL,
  reserved numeric NOT NULL CHECK (reserved > 0),
  quantity numeric NOT NULL CHECK (quantity >= 0),
  status text NOT NULL CHECK (status IN ('open', 'released')),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, order_line_id) REFERENCES sales.sales_order_lines (tenant_id, id)
);
CREATE INDEX stock_reservations_open ON sales.stock_reservations (tenant_id, store_id, product_id) WHERE status = 'open';
SELECT platform.protect_tenant_table('sales.stock_reservations');

CREATE TABLE sales.delivery_notes (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  number text NOT NULL CHECK (length(number) <= 16),
  order_id uuid NOT NULL,
  customer_id uuid NOT NULL,
  customer_name text NOT NULL,
  delivery_date date NOT NULL,
  memo text CHECK (length(memo) <= 500),
  -- The inventory document (issue) and its ledger entry (COGS).
  entry_id uuid,
  version integer NOT NULL DEFAULT 1,
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, order_id) REFERENCES sales.sales_orders (tenant_id, id)
);
CREATE UNIQUE INDEX delivery_notes_number ON sales.delivery_notes (tenant_id, number);
CREATE INDEX delivery_notes_order ON sales.delivery_notes (tenant_id, order_id);
CREATE INDEX delivery_notes_list ON sales.delivery_notes (tenant_id, created_at DESC, id DESC);
SELECT platform.protect_tenant_table('sales.delivery_notes');

CREATE TABLE sales.delivery_lines (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  delivery_id uuid NOT NULL,
  order_line_id uuid NOT NULL,
  position integer NOT NULL,
  product_id uuid,
  store_id uuid,
  description text NOT NULL,
  quantity numeric NOT NULL CHECK (quantity > 0),
  -- Cost of the goods that left, base-currency minor units (positive); returns take it back pro rata.
  cost bigint NOT NULL DEFAULT 0,
  returned numeric NOT NULL DEFAULT 0 CHECK (returned >= 0 AND returned <= quantity),
  returned_cost bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, delivery_id) REFERENCES sales.delivery_notes (tenant_id, id),
  FOREIGN KEY (tenant_id, order_line_id) REFERENCES sales.sales_order_lines (tenant_id, id)
);
CREATE INDEX delivery_lines_delivery ON sales.delivery_lines (tenant_id, delivery_id, position);
CREATE INDEX delivery_lines_order_line ON sales.delivery_lines (tenant_id, order_line_id);
SELECT platform.protect_tenant_table('sales.delivery_lines');

-- Which invoice (made from an order or from delivery notes) took which quantity of an order line,
-- and through which delivery line (null: the invoice issues the stock itself). A link counts while
-- its invoice exists and is not void, so deleting a draft or voiding an invoice gives it back.
CREATE TABLE sales.order_invoice_links (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  invoice_id uuid NOT NULL,
  order_line_id uuid NOT NULL,
  delivery_line_id uuid,
  quantity numeric NOT NULL CHECK (quantity > 0),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, order_line_id) REFERENCES sales.sales_order_lines (tenant_id, id),
  FOREIGN KEY (tenant_id, delivery_line_id) REFERENCES sales.delivery_lines (tenant_id, id)
);
CREATE INDEX order_invoice_links_line ON sales.order_invoice_links (tenant_id, order_line_id);
SELECT platform.protect_tenant_table('sales.order_invoice_links');

-- Goods brought back against a delivery note, at the cost they left with.
CREATE TABLE sales.delivery_returns (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  delivery_id uuid NOT NULL,
  return_date date NOT NULL,
  reason text NOT NULL CHECK (length(reason) <= 500),
  -- [{deliveryLineId, orderLineId, productId, storeId, quantity, cost}]
  lines jsonb NOT NULL,
  entry_id uuid,
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, delivery_id) REFERENCES sales.delivery_notes (tenant_id, id)
);
CREATE INDEX delivery_returns_delivery ON sales.delivery_returns (tenant_id, delivery_id);
SELECT platform.protect_tenant_table('sales.delivery_returns');

GRANT SELECT, INSERT, UPDATE ON sales.approval_rules TO kontor_app;
GRANT SELECT, INSERT, UPDATE ON sales.quotations TO kontor_app;
GRANT SELECT, INSERT ON sales.quotation_revisions TO kontor_app;
GRANT SELECT, INSERT, UPDATE ON sales.sales_orders TO kontor_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON sales.sales_order_lines TO kontor_app;
GRANT SELECT, INSERT, UPDATE ON sales.stock_reservations TO kontor_app;
GRANT SELECT, INSERT, UPDATE ON sales.delivery_notes TO kontor_app;
GRANT SELECT, INSERT, UPDATE ON sales.delivery_lines TO kontor_app;
GRANT SELECT, INSERT ON sales.delivery_returns TO kontor_app;
GRANT SELECT, INSERT ON sales.order_invoice_links TO kontor_app;
