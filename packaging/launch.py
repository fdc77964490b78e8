"""Entry script of the standalone bundle: the same `main()` as the `inbox-app` command."""

import sys

from inbox_app.cli import main

sys.exit(main())
