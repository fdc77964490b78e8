"""The rule set's one phrase index: every category and every cue's key words in one walk,
and a wall of one phrase keeps a bounded number of hits, the last one included."""

from __future__ import annotations

from inbox_app.policy import load_ruleset
from inbox_app.policy.cues import KEY
from inbox_app.policy.normalize import fold
from inbox_app.policy.phrases import MAX_HITS


def test_one_walk_finds_phrase_lists_and_cue_keys_alike() -> None:
    rs = load_ruleset()
    text = fold("Thank you! If you liked it, please leave a review. Here is a coupon.")
    hits = rs.phrases.scan(text, cjk=False)
    assert [text[h.start : h.end] for h in hits["thanks"]] == ["thank you"]
    assert [text[h.start : h.end] for h in hits["marketing"]] == ["coupon"]
    assert hits["hypothetical"], "a lazy category of before is read in the same walk"
    keys = {c for c, found in hits.items() if c.startswith(KEY) and found}
    assert KEY + "ask-for-review/latin" in keys


def test_a_wall_of_one_phrase_keeps_its_first_hits_and_its_last() -> None:
    rs = load_ruleset()
    text = fold("use this coupon now. " * 2_000 + "the end")
    found = rs.phrases.scan(text, cjk=False)["marketing"]
    coupons = [h for h in found if h.trigger == "coupon"]  # the phrase list's hits
    assert len(coupons) == MAX_HITS + 1
    assert coupons[0].start == text.index("coupon")
    assert coupons[-1].start == text.rindex("coupon")


def test_a_wall_of_japanese_phrases_keeps_its_first_hits_and_its_last() -> None:
    rs = load_ruleset()
    text = fold("クーポンをどうぞ。" * 2_000)
    found = rs.phrases.scan(text, cjk=True)["marketing"]
    assert len(found) <= MAX_HITS + 1
    assert found[-1].start == text.rindex("クーポン")
