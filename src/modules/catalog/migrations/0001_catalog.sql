-- The catalog: products and services, units, categories, price lists, suppliers per product.
CREATE SCHEMA catalog;
GRANT USAGE ON SCHEMA catalog TO kontor_app;
