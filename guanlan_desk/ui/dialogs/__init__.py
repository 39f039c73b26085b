"""Dialogs: setup wizard, login, about, confirmations."""
