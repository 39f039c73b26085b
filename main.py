"""guanlan_desk: run the desktop app, or a headless command (``python main.py --help``)."""

import sys

from guanlan_desk.launch import main

if __name__ == "__main__":
    sys.exit(main())
