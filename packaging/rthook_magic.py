"""Bundle start-up: point libmagic at the database shipped inside the bundle."""

import os
import sys

_mgc = os.path.join(getattr(sys, "_MEIPASS", ""), "magic", "magic.mgc")
if os.path.exists(_mgc):
    os.environ.setdefault("MAGIC", _mgc)
