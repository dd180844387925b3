-- Numbering series per document type and fiscal year.
CREATE SCHEMA numbering;
GRANT USAGE ON SCHEMA numbering TO kontor_app;
