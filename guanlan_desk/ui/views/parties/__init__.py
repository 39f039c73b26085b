"""The party page (当事人): every person and organisation with their disputes and risk items."""
