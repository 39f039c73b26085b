"""Allow ``python -m guanlan_desk``."""

import sys

from guanlan_desk.launch import main

sys.exit(main())
