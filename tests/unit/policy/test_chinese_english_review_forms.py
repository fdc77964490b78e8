"""Review requests in the English that sellers abroad write ("contact us first before leave
feedback", "give us a favorable comment", "5 stars praise", "write a comment for our product")
are found, and a buyer's "good comment" thanked in a reply stays clean (ruleset 2026.12.04-5).
Written for this test, not taken from the real corpus."""

from __future__ import annotations

import pytest

from inbox_app.policy import Context, Draft, check

SELLER = Context(buyer_initiated=False, order_id="123-1234567-1234567")
REPLY = Context(buyer_initiated=True)
ORDER = "Order 123-1234567-1234567: "


def rules(text: str, context: Context) -> dict[str, str]:
    return {f.rule: f.severity for f in check(Draft("", text), context).findings}


@pytest.mark.parametrize(
    "text",
    [
        "If any problem please contact us first before leave feedback, we will solve it.",
        "Please contact us prior to leaving a review.",
        "Please give us a favorable comment.",
        "Hope you can give us 5 stars praise, it is very important to us.",
    ],
    ids=["before-leave", "prior-to", "favorable", "praise"],
)
def test_steering_the_review_is_review_manipulation(text: str) -> None:
    assert rules(ORDER + text, SELLER).get("review-manipulation") == "block"


@pytest.mark.parametrize(
    "text",
    [
        "Would you mind to write a comment for our product?",
        "We kindly hope you can share your comments on the product page.",
    ],
    ids=["comment-for-product", "share-comments"],
)
def test_a_comment_asked_for_the_product_is_a_review_request(text: str) -> None:
    found = rules(ORDER + text, SELLER)
    assert found.get("review-request") == "info"
    assert "review-manipulation" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for the good comment on the packaging, I passed it on to the team.",
        "Your positive comments about the size guide helped us improve it.",
        "You can leave a comment for the driver in Your Orders.",
        "Before leaving the parcel at the door, the carrier will ring twice.",
    ],
    ids=["good-comment", "positive-comments", "driver", "before-leaving"],
)
def test_comments_in_a_reply_stay_clean(text: str) -> None:
    assert rules(text, REPLY) == {}
