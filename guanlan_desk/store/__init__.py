"""Storage: SQLAlchemy models, the engine with its SQLite pragmas, migrations, search and encrypted columns."""
