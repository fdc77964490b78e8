"""SP-API regions: the base URL per region and the LWA token URL (defaults of a connection)."""

from __future__ import annotations

from inbox_app.store.marketplaces import BY_CODE

LWA_TOKEN_URL = "https://api.amazon.com/auth/o2/token"

ENDPOINTS: dict[str, str] = {
    "na": "https://sellingpartnerapi-na.amazon.com",
    "eu": "https://sellingpartnerapi-eu.amazon.com",
    "fe": "https://sellingpartnerapi-fe.amazon.com",
}

# Which region serves which marketplace (Amazon's "SP-API endpoints" table).
_REGION_OF_CODE: dict[str, str] = {
    **dict.fromkeys(("US", "CA", "MX", "BR"), "na"),
    **dict.fromkeys(
        ("UK", "GB", "DE", "FR", "IT", "ES", "NL", "SE", "PL", "BE", "TR", "AE", "SA", "EG", "IN"),
        "eu",
    ),
    **dict.fromkeys(("JP", "AU", "SG"), "fe"),
}


def region_of(code: str) -> str | None:
    """The region ("na", "eu", "fe") that serves a marketplace code, None if unknown."""
    return _REGION_OF_CODE.get(code.upper())


def marketplace_id(code: str) -> str:
    """Amazon's marketplace id for a code such as "DE" (KeyError when unknown)."""
    return BY_CODE[code.upper()].id
