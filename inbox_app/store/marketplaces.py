"""Amazon marketplaces: ids, relay TLDs, languages, phone regions and subject tags.

Reference data shared by the store (seeded at open), the mail parser (alias TLD ->
marketplace) and the policy context. Ids from Amazon's SP-API marketplace list.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class MarketplaceInfo:
    id: str
    code: str
    name: str
    domain: str
    relay_tld: str
    language: str
    region: str
    important_tag: str = "[Important]"


MARKETPLACES: tuple[MarketplaceInfo, ...] = (
    MarketplaceInfo("ATVPDKIKX0DER", "US", "Amazon.com", "amazon.com", "com", "en", "US"),
    MarketplaceInfo("A2EUQ1WTGCTBG2", "CA", "Amazon.ca", "amazon.ca", "ca", "en", "CA"),
    MarketplaceInfo("A1AM78C64UM0Y8", "MX", "Amazon.com.mx", "amazon.com.mx", "com.mx", "es", "MX"),
    MarketplaceInfo("A2Q3Y263D00KWC", "BR", "Amazon.com.br", "amazon.com.br", "com.br", "pt", "BR"),
    MarketplaceInfo("A1F83G8C2ARO7P", "UK", "Amazon.co.uk", "amazon.co.uk", "co.uk", "en", "GB"),
    MarketplaceInfo(
        "A1PA6795UKMFR9", "DE", "Amazon.de", "amazon.de", "de", "de", "DE", "[Wichtig]"
    ),
    MarketplaceInfo("A13V1IB3VIYZZH", "FR", "Amazon.fr", "amazon.fr", "fr", "fr", "FR"),
    MarketplaceInfo("APJ6JRA9NG5V4", "IT", "Amazon.it", "amazon.it", "it", "it", "IT"),
    MarketplaceInfo("A1RKKUPIHCS9HS", "ES", "Amazon.es", "amazon.es", "es", "es", "ES"),
    MarketplaceInfo("A1805IZSGTT6HS", "NL", "Amazon.nl", "amazon.nl", "nl", "nl", "NL"),
    MarketplaceInfo("A2NODRKZP88ZB9", "SE", "Amazon.se", "amazon.se", "se", "sv", "SE"),
    MarketplaceInfo("A1C3SOZRARQ6R3", "PL", "Amazon.pl", "amazon.pl", "pl", "pl", "PL"),
    MarketplaceInfo("AMEN7PMS3EDWL", "BE", "Amazon.com.be", "amazon.com.be", "com.be", "fr", "BE"),
    MarketplaceInfo("A33AVAJ2PDY3EV", "TR", "Amazon.com.tr", "amazon.com.tr", "com.tr", "tr", "TR"),
    MarketplaceInfo("A2VIGQ35RCS4UG", "AE", "Amazon.ae", "amazon.ae", "ae", "en", "AE"),
    MarketplaceInfo("A17E79C6D8DWNP", "SA", "Amazon.sa", "amazon.sa", "sa", "ar", "SA"),
    MarketplaceInfo("ARBP9OOSHTCHU", "EG", "Amazon.eg", "amazon.eg", "eg", "ar", "EG"),
    MarketplaceInfo("A21TJRUUN4KGV", "IN", "Amazon.in", "amazon.in", "in", "en", "IN"),
    MarketplaceInfo("A1VC38T7YXB528", "JP", "Amazon.co.jp", "amazon.co.jp", "co.jp", "ja", "JP"),
    MarketplaceInfo("A39IBJ37TRP1C6", "AU", "Amazon.com.au", "amazon.com.au", "com.au", "en", "AU"),
    MarketplaceInfo("A19VAU5U5O7RUS", "SG", "Amazon.sg", "amazon.sg", "sg", "en", "SG"),
)

BY_ID = {m.id: m for m in MARKETPLACES}
BY_CODE = {m.code: m for m in MARKETPLACES}
BY_TLD = {m.relay_tld: m for m in MARKETPLACES}
# "GB" is the ISO code; sellers say "UK".
BY_CODE["GB"] = BY_CODE["UK"]


def by_relay_address(address: str) -> MarketplaceInfo | None:
    """The marketplace of a relay alias `token@marketplace.amazon.<tld>`."""
    domain = address.rpartition("@")[2].lower().strip().rstrip(">")
    prefix = "marketplace.amazon."
    if not domain.startswith(prefix):
        return None
    return BY_TLD.get(domain.removeprefix(prefix))


def by_sales_channel(channel: str) -> MarketplaceInfo | None:
    """The marketplace of an order report's sales-channel (`Amazon.co.uk`)."""
    wanted = channel.strip().lower()
    for m in MARKETPLACES:
        if m.name.lower() == wanted or m.domain == wanted:
            return m
    return None
