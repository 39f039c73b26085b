"""Statistics and Excel ledgers."""
