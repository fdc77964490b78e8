"""Parts of revision 0001, split by job and frozen with it (not revisions themselves:
Alembic reads only the .py files directly in versions/)."""
