"""Taking a community's existing Excel/WPS/CSV ledgers in (issue 15).

The steps, each a module: ``reading`` (a file into sheets of cells), ``fields`` (what a column may mean and
the saved column mapping), ``values`` (the messy cell values of real sheets), ``rows`` (a sheet row into a
validated candidate record with its warnings or refusal), ``report`` (the refused rows back as a sheet with
the reason). Applying the candidates is a service (:mod:`guanlan_desk.services.ledger_import`).
"""
