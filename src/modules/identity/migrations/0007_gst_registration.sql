-- How an Indian business is registered for GST: the tax engine treats a composition dealer or an
-- SEZ unit differently from a regular taxpayer. NULL: derived (a GSTIN means regular, none unregistered).
ALTER TABLE identity.tenants
  ADD COLUMN gst_registration text CHECK (gst_registration IN ('regular', 'composition', 'sez', 'unregistered'));
