-- The tax engine's tables: rates and groups, the HSN/SAC master and tenant additions, TDS/TCS sections.
CREATE SCHEMA tax;
GRANT USAGE ON SCHEMA tax TO kontor_app;
