"""Printed documents: reportlab PDFs of the mediation forms, risk sheets and the legal-clarity-person wall."""
