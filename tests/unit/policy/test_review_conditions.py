"""Review steering read from its form: a short question that opens with satisfaction before a
review request is a request put to satisfied buyers; a seller who refuses to change or remove a
review asks nothing. The sentences are written for this test, not taken from the real corpus."""

from __future__ import annotations

import pytest

from inbox_app.policy import Context, Draft, check

OID = "111-1234567-1234567"


def _rules(body: str) -> dict[str, str]:
    report = check(Draft("", body), Context(buyer_initiated=False, marketplace="US"))
    return {f.rule: body[f.start : f.end] for f in report.findings if f.field == "body"}


# POLICY.md: review-manipulation covers "asking only satisfied buyers ('if you are happy, ...')".
# "Happy with your purchase? Leave a review!" is that condition with its "if" left out: the
# question picks the buyers who answer yes, and the request follows for them (issue 11 lists
# "Love your bottle? Share a photo in your review!" among the satisfied-buyer requests).
SATISFIED_QUESTIONS = [
    (f"Order {OID}. Happy with your purchase? Leave a review!", "Happy with your purchase?"),
    (
        f"Order {OID}. Satisfied with the lamp? Please rate it on Amazon.",
        "Satisfied with the lamp?",
    ),
    (f"Bestellung {OID}. Zufrieden mit Ihrem Kauf? Dann bewerten Sie uns!", "Zufrieden"),
    (f"Commande {OID}. Satisfait de votre achat ? Laissez un avis !", "Satisfait"),
    (f"Ordine {OID}. Soddisfatto del tuo acquisto? Lascia una recensione!", "Soddisfatto"),
    (f"Pedido {OID}. ¿Contento con tu compra? ¡Deja una reseña!", "Contento"),
    (f"ご注文{OID}。商品はお気に召しましたか？よろしければレビューをお願いします。", "お気に召"),
    # the satisfaction word further in (verb-second and verb-last word order)
    (f"Ordine {OID}. Ti è piaciuto il prodotto? Lascia una recensione.", "piaciuto"),
    (f"Pedido {OID}. ¿Te ha gustado tu compra? Deja una reseña.", "gustado"),
    (f"Commande {OID}. Vous avez aimé votre achat ? Laissez un avis.", "aimé"),
    (f"Bestellung {OID}. Hat Ihnen Ihr Kauf gefallen? Dann bewerten Sie uns.", "gefallen"),
]


@pytest.mark.parametrize(("body", "span"), SATISFIED_QUESTIONS)
def test_a_satisfaction_question_before_a_review_request_steers(body: str, span: str) -> None:
    found = _rules(body)
    assert "review-manipulation" in found, found
    assert found["review-manipulation"].startswith(span)
    assert "review-request" not in found  # the steered request is not also a neutral one


OPEN_QUESTIONS = [
    # an open question conditions nothing
    f"Order {OID}. How happy are you with the lamp? Please leave a review.",
    f"Order {OID}. Thank you! How do you like the lamp so far? Please leave a review.",
    # a negative one points unhappy buyers to help; the request is for everyone
    f"Order {OID}. Not happy with your purchase? Contact us. Otherwise please leave a review.",
]


@pytest.mark.parametrize("body", OPEN_QUESTIONS)
def test_an_open_or_negative_question_leaves_a_neutral_request(body: str) -> None:
    found = _rules(body)
    assert "review-manipulation" not in found, found
    assert "review-request" in found


def test_a_satisfaction_question_without_a_review_request_is_clean() -> None:
    found = _rules(f"Order {OID}. Happy with your purchase? If not, we replace it at once.")
    assert "review-manipulation" not in found
    assert "review-request" not in found


REFUSALS = [
    "I cannot remove or edit a review for you, only you can do that.",
    "Sorry, we are unable to delete your review.",
    "We can't change your feedback on Amazon.",
    "Wir können Ihre Bewertung leider nicht löschen.",
    "Nous ne pouvons pas supprimer votre avis.",
    "Non possiamo rimuovere la tua recensione.",
    "No podemos eliminar su reseña.",
    "レビューの削除はできません。",
]


@pytest.mark.parametrize("body", REFUSALS)
def test_refusing_to_change_a_review_is_not_review_manipulation(body: str) -> None:
    found = _rules(f"Order {OID}. {body}")
    assert "review-manipulation" not in found, found


ASKS_TO_CHANGE = [
    ("Could you please remove or edit your review?", "remove or edit your review"),
    ("Bitte ändern Sie Ihre Bewertung.", "ändern Sie Ihre Bewertung"),
    ("レビューを削除してください。", "レビューを削除"),
    # "can't wait" refuses nothing, and stands too far before the hit anyway
    ("We can't wait for you to update your review.", "update your review"),
]


@pytest.mark.parametrize(("body", "span"), ASKS_TO_CHANGE)
def test_asking_to_change_a_review_still_blocks(body: str, span: str) -> None:
    found = _rules(f"Order {OID}. {body}")
    assert found.get("review-manipulation") == span, found
