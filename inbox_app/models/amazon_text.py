"""Amazon's error sentences (amazon/errors.py) and the review requests' answers
(services/amazon_reviews.py) in the interface language, for the window and the CLI: from
the error itself, or from a sentence given as English text (a connection's last error, a
sync result, a review request's outcome) by matching it against the templates."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication

from inbox_app.amazon.errors import TEMPLATES, SpApiError
from inbox_app.models.sentence_match import Patterns, match_sentence, template_patterns
from inbox_app.services.amazon_reviews import REVIEW_TEMPLATES

ENGLISH = {**TEMPLATES, **REVIEW_TEMPLATES}  # the two key sets are disjoint

CONTEXT = "AmazonErrors"


def _translated() -> dict[str, str]:
    """The templates as the catalogue has them (the same English without one). Literal
    calls, so that `make translations` finds every sentence."""
    t = QCoreApplication.translate
    return {
        "revoked": t(
            "AmazonErrors",
            "Amazon refused the authorization of '{connection}': the refresh token was revoked "
            "or the client secret is wrong. Authorize the app again in Seller Central and run "
            "'inbox-app amazon connect {connection}' with the new refresh token.",
        ),
        "missing_role": t(
            "AmazonErrors",
            "Your SP-API app lacks the role '{role}'. Add it to the app in Seller Central "
            "(Develop Apps), then authorize the app again.",
        ),
        "throttled": t(
            "AmazonErrors",
            "Amazon is limiting how often this account may call {operation}; "
            "Seller Inbox will try again later by itself.",
        ),
        "timeout": t(
            "AmazonErrors",
            "Amazon could not be reached (the connection timed out); check the internet "
            "connection. The sync picks up where it stopped.",
        ),
        "offline": t(
            "AmazonErrors",
            "Amazon could not be reached (no connection); check the internet connection. "
            "The sync picks up where it stopped.",
        ),
        "lost": t(
            "AmazonErrors",
            "Amazon could not be reached (the connection was lost); check the internet "
            "connection. The sync picks up where it stopped.",
        ),
        "rejected": t("AmazonErrors", "Amazon refused {operation} (HTTP {status}): {message}"),
        "rejected_retry": t(
            "AmazonErrors",
            "Amazon refused {operation} (HTTP {status}): {message} Seller Inbox will try "
            "again later.",
        ),
    }


def _reviews() -> dict[str, str]:
    t = QCoreApplication.translate
    return {
        "already": t(
            "AmazonReviews",
            "A review was already requested for {order} on {date}; Amazon allows one.",
        ),
        "canceled": t("AmazonReviews", "{order} was canceled; there is nothing to review."),
        "no_delivery": t(
            "AmazonReviews",
            "{order} has no delivery date yet; a review may be requested 5-30 days after it.",
        ),
        "too_early": t(
            "AmazonReviews",
            "Too early for {order}: a review may be requested from {date} (5 days after delivery).",
        ),
        "too_early_promised": t(
            "AmazonReviews",
            "Too early for {order}: a review may be requested from {date} (5 days after the "
            "promised delivery date; Amazon has not reported the delivery).",
        ),
        "too_late": t(
            "AmazonReviews", "Too late for {order}: review requests end 30 days after delivery."
        ),
        "too_late_promised": t(
            "AmazonReviews",
            "Too late for {order}: review requests end 30 days after the promised delivery "
            "date; Amazon has not reported the delivery.",
        ),
        "not_offered": t(
            "AmazonReviews", "Amazon does not offer a review request for {order} right now."
        ),
        "requested": t("AmazonReviews", "Review requested for {order}."),
        "requested_promised": t(
            "AmazonReviews",
            "Review requested for {order} (counted from the promised delivery date; Amazon "
            "has not reported the delivery).",
        ),
    }


def _labels() -> dict[str, str]:
    t = QCoreApplication.translate
    return {
        "the order search": t("AmazonOperations", "the order search"),
        "getOrder": t("AmazonOperations", "getOrder"),
        "the messaging actions": t("AmazonOperations", "the messaging actions"),
        "the buyer's language": t("AmazonOperations", "the buyer's language"),
        "the review request check": t("AmazonOperations", "the review request check"),
        "the review request": t("AmazonOperations", "the review request"),
        "the attachment upload": t("AmazonOperations", "the attachment upload"),
        "the Amazon message": t("AmazonOperations", "the Amazon message"),
        "the Login with Amazon token request": t(
            "AmazonOperations", "the Login with Amazon token request"
        ),
    }


def localized(key: str, params: dict[str, str]) -> str:
    """Template `key` in the interface language, filled with `params`."""
    labels = _labels()
    values = dict(params)
    if "operation" in values:
        values["operation"] = labels.get(values["operation"], values["operation"])
    template = {**_translated(), **_reviews()}.get(key, ENGLISH[key])
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
        return ENGLISH[key].format(**params)


def error_text(error: SpApiError) -> str:
    return localized(error.key, error.params)


@cache
def _patterns() -> Patterns:
    return template_patterns(ENGLISH)


def sentence_text(text: str) -> str:
    """A stored English sentence in the interface language (other text as it is)."""
    found = match_sentence(text, _patterns())
    return localized(*found) if found else text
