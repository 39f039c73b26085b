"""Allow ``python -m guanlan_desk``."""

import sys

from guanlan_desk.cli import main

sys.exit(main())
