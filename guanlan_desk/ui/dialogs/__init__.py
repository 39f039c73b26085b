"""Dialogs: each exposes an ``ask()`` classmethod that tests monkeypatch."""
