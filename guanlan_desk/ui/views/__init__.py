"""The main window's pages, one package or module per area."""
