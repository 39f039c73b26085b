"""The demo folders' login (generated data only), kept apart so the login window can show it without loading
the database layer."""

DEMO_USERNAME = "admin"
DEMO_PASSWORD = "demo1234"
