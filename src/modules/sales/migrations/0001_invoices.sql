-- Sales: invoices, credit and debit notes.
CREATE SCHEMA sales;
GRANT USAGE ON SCHEMA sales TO kontor_app;
