"""The legal-clarity person area (法律明白人)."""
