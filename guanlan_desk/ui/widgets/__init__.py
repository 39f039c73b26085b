"""Reusable widgets shared by the pages (search box, column chooser, inline field errors)."""
