-- SKELETON: replaced by the helper that owns it.
SELECT 1;
