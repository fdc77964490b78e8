"""The session scope of the Amazon use-cases, decided once by their façade (AmazonService).

A use-case that asks Amazon between its database steps (a page of the orders sync, a
review request, an Amazon message) is handed an `AmazonWork`: each step is one short
session (`reading`, `snapshot`) or one transaction (`writing`), and no session is open
while Amazon is asked. A use-case of a single database step takes the Session itself.
The use-cases never see the Store: only the façade builds this, over its store. It is
the services' one scope (services/work.py), named for the Amazon side. No Qt.
"""

from __future__ import annotations

from inbox_app.services.work import Work as AmazonWork

__all__ = ["AmazonWork"]
