-- Customers and vendors: who a tenant trades with.
CREATE SCHEMA parties;
GRANT USAGE ON SCHEMA parties TO kontor_app;
