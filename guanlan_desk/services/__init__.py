"""Use cases, one module per area. Each call is one unit of work, checks permissions and writes the audit log."""
