"""Sub-commands of `inbox-app`, one module each with `register(subparsers, db_parent)`."""
