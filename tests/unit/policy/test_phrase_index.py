"""The rule set's one phrase index: every category and every cue's key words in one walk,
and a wall of one phrase keeps a bounded number of hits, the last one included."""

from __future__ import annotations

from inbox_app.policy import load_ruleset
from inbox_app.policy.cues import KEY
from inbox_app.policy.literals import MAX_HITS
from inbox_app.policy.normalize import fold


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


def test_literal_phrases_span_runs_of_separators_and_keep_their_offsets() -> None:
    rs = load_ruleset()
    raw = "Hello,\n\n\nthank   you.  Here  is a  coupon -\n code; STRASSE Gruß, thankyou"
    text = fold(raw)
    hits = rs.phrases.scan(text, cjk=False)
    assert [raw[h.start : h.end] for h in hits["thanks"]] == ["thank   you"]
    assert "coupon" in [raw[h.start : h.end] for h in hits["marketing"]]
    # "thankyou" is not "thank you": a phrase starts and ends on word boundaries
    assert all(h.start < text.index("thankyou") for h in hits["thanks"])


def test_a_phrase_inside_a_longer_word_is_no_hit() -> None:
    rs = load_ruleset()
    for word in ("discounted", "undiscount", "coupons2", "xcoupon"):
        found = rs.phrases.scan(fold(f"a {word} b"), cjk=False)["marketing"]
        assert not [h for h in found if h.trigger in ("discount", "coupon")], word


def test_japanese_phrases_of_every_category_keep_their_offsets_after_blank_lines() -> None:
    rs = load_ruleset()
    raw = "お世話になっております。\n\n\n   ご注文ありがとうございます。\n\n  クーポンをどうぞ。"
    text = fold(raw)
    hits = rs.phrases.scan(text, cjk=True)
    assert [raw[h.start : h.end] for h in hits["marketing"]] == ["クーポン"]
    assert any("ありがとう" in raw[h.start : h.end] for h in hits["thanks"])
    assert not rs.phrases.scan(text, cjk=False)["marketing"], "the Japanese pass is CJK-only"
