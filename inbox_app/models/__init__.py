"""Qt item models over the store's frozen rows (no widgets here)."""
