-- Inventory: an append-only stock ledger of moves per store, cost layers, counts and reorder levels.
CREATE SCHEMA inventory;
GRANT USAGE ON SCHEMA inventory TO kontor_app;
