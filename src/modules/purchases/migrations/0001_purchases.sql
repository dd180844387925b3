-- Purchasing: purchase orders, goods receipts, vendor bills, vendor payments, debit notes.
CREATE SCHEMA purchases;
GRANT USAGE ON SCHEMA purchases TO kontor_app;
