-- The catalog: products and services, units, categories, price lists, suppliers per product.
CREATE SCHEMA catalog;
GRANT USAGE ON SCHEMA catalog TO kontor_app;

-- Units of measure per tenant; codes are lower case and never change once created.
CREATE TABLE catalog.units (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  code text NOT NULL CHECK (code ~ '^[a-z][a-z0-9_.-]{0,15}$'),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'archived')),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, code)
);
SELECT platform.protect_tenant_table('catalog.units');

CREATE TABLE catalog.categories (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  parent_id uuid,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, parent_id) REFERENCES catalog.categories (tenant_id, id),
  CHECK (parent_id IS NULL OR parent_id <> id)
);
-- Sibling names are unique (case-insensitive); roots are siblings of each other.
CREATE UNIQUE INDEX categories_name_key
  ON catalog.categories (tenant_id, coalesce(parent_id, '00000000-0000-0000-0000-000000000000'::uuid), lower(name));
CREATE INDEX categories_parent ON catalog.categories (tenant_id, parent_id);
SELECT platform.protect_tenant_table('catalog.categories');

CREATE TABLE catalog.products (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  type text NOT NULL CHECK (type IN ('goods', 'service')),
  sku text NOT NULL CHECK (sku ~ '^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$'),
  barcode text CHECK (barcode ~ '^[\x21-\x7e]{1,64}$'),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  description text CHECK (length(description) <= 4000),
  hsn_sac text CHECK (hsn_sac ~ '^([0-9]{4}|[0-9]{6}|[0-9]{8})$'),
  base_unit text NOT NULL,
  -- Tax as plain data until the tax module links its categories: GST rate and cess in percent.
  gst_rate numeric CHECK (gst_rate >= 0 AND gst_rate <= 100 AND scale(gst_rate) <= 3),
  cess_rate numeric CHECK (cess_rate >= 0 AND cess_rate <= 100 AND scale(cess_rate) <= 3),
  tax_category text CHECK (tax_category ~ '^[a-z0-9][a-z0-9_.-]{0,39}$'),
  sale_price numeric CHECK (sale_price >= 0 AND scale(sale_price) <= 6),
  purchase_price numeric CHECK (purchase_price >= 0 AND scale(purchase_price) <= 6),
  currency char(3) NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
  track_inventory boolean NOT NULL DEFAULT false,
  category_id uuid,
  tags text[] NOT NULL DEFAULT '{}' CHECK (cardinality(tags) <= 20),
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'archived')),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, base_unit) REFERENCES catalog.units (tenant_id, code),
  FOREIGN KEY (tenant_id, category_id) REFERENCES catalog.categories (tenant_id, id),
  CHECK (type = 'goods' OR NOT track_inventory),
  CHECK (hsn_sac IS NULL OR (type = 'service') = (hsn_sac LIKE '99%'))
);
CREATE UNIQUE INDEX products_sku_key ON catalog.products (tenant_id, lower(sku));
CREATE UNIQUE INDEX products_barcode_key ON catalog.products (tenant_id, barcode) WHERE barcode IS NOT NULL;
CREATE INDEX products_name ON catalog.products (tenant_id, lower(name), id);
CREATE INDEX products_category ON catalog.products (tenant_id, category_id);
CREATE INDEX products_tags ON catalog.products USING gin (tags);
SELECT platform.protect_tenant_table('catalog.products');

-- Alternate units of a product: one `unit` holds `factor` base units (a box of 12 pcs: factor 12).
CREATE TABLE catalog.product_units (
  tenant_id uuid NOT NULL,
  product_id uuid NOT NULL,
  unit text NOT NULL,
  factor numeric NOT NULL CHECK (factor > 0 AND scale(factor) <= 9),
  PRIMARY KEY (tenant_id, product_id, unit),
  FOREIGN KEY (tenant_id, product_id) REFERENCES catalog.products (tenant_id, id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, unit) REFERENCES catalog.units (tenant_id, code)
);
SELECT platform.protect_tenant_table('catalog.product_units');

-- Who supplies a product; vendor_id is a party of the parties module (no foreign key across schemas).
CREATE TABLE catalog.product_suppliers (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  product_id uuid NOT NULL,
  vendor_id uuid NOT NULL,
  supplier_sku text CHECK (length(supplier_sku) BETWEEN 1 AND 64),
  lead_time_days integer CHECK (lead_time_days BETWEEN 0 AND 3650),
  last_cost numeric CHECK (last_cost >= 0 AND scale(last_cost) <= 6),
  last_cost_currency char(3) CHECK (last_cost_currency ~ '^[A-Z]{3}$'),
  last_cost_date date,
  preferred boolean NOT NULL DEFAULT false,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, product_id, vendor_id),
  FOREIGN KEY (tenant_id, product_id) REFERENCES catalog.products (tenant_id, id) ON DELETE CASCADE,
  CHECK ((last_cost IS NULL) = (last_cost_currency IS NULL))
);
-- At most one preferred supplier per product.
CREATE UNIQUE INDEX product_suppliers_preferred_key ON catalog.product_suppliers (tenant_id, product_id) WHERE preferred;
SELECT platform.protect_tenant_table('catalog.product_suppliers');

CREATE TABLE catalog.price_lists (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  currency char(3) NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
  -- NULL: every customer.
  customer_group text CHECK (customer_group ~ '^[A-Za-z0-9][A-Za-z0-9 _.-]{0,39}$'),
  valid_from date,
  valid_to date,
  tax_inclusive boolean NOT NULL DEFAULT false,
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'archived')),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_from <= valid_to)
);
CREATE UNIQUE INDEX price_lists_name_key ON catalog.price_lists (tenant_id, lower(name));
SELECT platform.protect_tenant_table('catalog.price_lists');

CREATE TABLE catalog.price_list_items (
  tenant_id uuid NOT NULL,
  price_list_id uuid NOT NULL,
  product_id uuid NOT NULL,
  -- The unit the price is for: the product's base unit or one of its alternate units.
  unit text NOT NULL,
  min_quantity numeric NOT NULL DEFAULT 0 CHECK (min_quantity >= 0 AND scale(min_quantity) <= 6),
  price numeric NOT NULL CHECK (price >= 0 AND scale(price) <= 6),
  PRIMARY KEY (tenant_id, price_list_id, product_id, unit, min_quantity),
  FOREIGN KEY (tenant_id, price_list_id) REFERENCES catalog.price_lists (tenant_id, id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, product_id) REFERENCES catalog.products (tenant_id, id),
  FOREIGN KEY (tenant_id, unit) REFERENCES catalog.units (tenant_id, code)
);
CREATE INDEX price_list_items_product ON catalog.price_list_items (tenant_id, product_id);
SELECT platform.protect_tenant_table('catalog.price_list_items');

GRANT SELECT, INSERT, UPDATE ON catalog.units TO kontor_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON catalog.categories TO kontor_app;
GRANT SELECT, INSERT, UPDATE ON catalog.products TO kontor_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON catalog.product_units TO kontor_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON catalog.product_suppliers TO kontor_app;
GRANT SELECT, INSERT, UPDATE ON catalog.price_lists TO kontor_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON catalog.price_list_items TO kontor_app;
