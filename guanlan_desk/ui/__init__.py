"""The PySide6 desktop app: windows, views, dialogs and Qt table models (the only place Qt is imported)."""
