"""Offline sync by signed, encrypted file bundles."""
