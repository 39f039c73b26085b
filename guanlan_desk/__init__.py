"""guanlan_desk: offline records for community mediation, risk ledgers and legal-clarity persons."""

__version__ = "0.1.0"
