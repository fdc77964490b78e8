"""The local store: SQLAlchemy schema, engine, migrations, queries. No Qt in here."""
