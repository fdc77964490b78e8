"""The live check reads a bounded part of a huge draft and says so; send checks it all."""

from __future__ import annotations

from inbox_app.policy import Context, Draft, check
from inbox_app.policy.live import LIVE_CHECK_CHARS, check_live

CTX = Context(buyer_initiated=True)


def test_short_draft_is_checked_exactly_as_on_send() -> None:
    draft = Draft("Your order", "Use the code TWENTY to receive twenty percent off.")
    assert check_live(draft, CTX) == check(draft, CTX)


def test_huge_draft_is_cut_at_a_blank_and_the_finding_says_so() -> None:
    filler = "The parcel left our warehouse today and should arrive soon. " * 5000
    body = "Please visit shop dot com. " + filler + " Use the code TWENTY for twenty percent off."
    live = check_live(Draft("", body), CTX)
    rules = live.rules()
    assert "external-link" in rules  # found before the cut
    assert "marketing" not in rules  # after the cut: left to the check on send
    partial = [f for f in live.findings if f.rule == "live-check-partial"]
    assert len(partial) == 1 and partial[0].severity == "info"
    cut = partial[0].start
    assert LIVE_CHECK_CHARS - 200 <= cut <= LIVE_CHECK_CHARS and body[cut] == " "
    assert partial[0].end == len(body)
    assert str(len(body)) in partial[0].message
    # the length rule still sees the whole body, once
    too_long = [f for f in live.findings if f.rule == "message-too-long"]
    assert len(too_long) == 1 and too_long[0].end == len(body)
    # sending reads everything
    assert "marketing" in check(Draft("", body), CTX).rules()


def test_partial_check_never_blocks_by_itself() -> None:
    body = "ok " * (LIVE_CHECK_CHARS // 2)
    live = check_live(Draft("", body), CTX)
    assert {f.rule for f in live.findings} == {"live-check-partial", "message-too-long"}
    assert live.sendable
