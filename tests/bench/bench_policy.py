"""Policy checker benchmark: check() on a 1,000-character draft, attachment scanning MB/s.

Run with `python -m tests.bench.bench_policy` or through `make bench`. Every number
is printed beside a baseline measured in the same run: one precompiled, plain `re`
scan of the same text (a case-insensitive word list, what a naive checker would do).
"""

from __future__ import annotations

import io
import random
import re
import statistics
import time
import zipfile
from collections.abc import Callable

from PIL import Image
from pypdf import PdfWriter
from pypdf.annotations import Link

from inbox_app.policy import Context, Draft, check, load_ruleset, scan_attachment
from inbox_app.policy.live import LIVE_CHECK_CHARS, check_live
from tests.helpers.real_corpus import MARKET, load, report_lines

OID = "111-1234567-1234567"
EN_BODY = (
    f"Hello Maria,\n\nthank you for your message about order {OID}. We are sorry that the "
    "lamp arrived with a cracked shade. We have already sent a free of charge replacement "
    "with DHL; it left our warehouse on 2024-05-01 and should arrive by Friday. You can "
    "follow it on https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html and "
    "in Your Orders on https://www.amazon.de. There is no need to send the broken shade "
    "back: please keep it or recycle it. The replacement costs you nothing, the original "
    "price of 49,99 € stays as it is. If the courier cannot deliver, the parcel will wait "
    "at the nearest DHL Packstation for seven days. Should anything else be wrong with the "
    "lamp, for example the switch or the cable, just reply to this message and we will "
    "sort it out at once. Feel free to reply in German or English. The new shade is "
    "packed in a thicker box this time, with corner pieces, so it should survive the trip. "
    "Thanks again for your patience.\n\nKind regards,\nLena from the Lumen team"
)
JA_BODY = (
    f"お世話になっております。ご注文{OID}の件でご連絡いたします。ランプのシェードが割れて"
    "届いたとのこと、大変申し訳ございません。本日、交換品を無料でヤマト運輸にて発送いたしました。"
    "追跡は https://toi.kuronekoyamato.co.jp/cgi-bin/tneko からご確認いただけます。"
    "お届けは金曜日の予定です。割れたシェードはご返送いただく必要はございません。"
) * 3
NAIVE = re.compile(
    r"\b(?:unsubscribe|coupon|discount|promo|newsletter|review|feedback|gift card|refund|"
    r"visit our|www\.|https?://|@)",
    re.IGNORECASE,
)


def median_seconds(func: Callable[[], object], repeat: int, inner: int = 1) -> float:
    """Median of `repeat` timings of `inner` calls, per call."""
    func()  # warm caches (compiled regexes, rule set)
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        for _ in range(inner):
            func()
        samples.append((time.perf_counter() - start) / inner)
    return statistics.median(samples)


def best_seconds(func: Callable[[], object], repeat: int) -> float:
    """Fastest of `repeat` single calls: what the code costs when the CPU is free."""
    func()
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        best = min(best, time.perf_counter() - start)
    return best


def make_pdf(pages: int) -> bytes:
    writer = PdfWriter()
    for i in range(pages):
        writer.add_blank_page(595, 842)
        writer.add_annotation(i, Link(rect=(10, 10, 200, 30), url=f"https://www.amazon.de/p/{i}"))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def make_image_pdf() -> bytes:
    """A one-page PDF holding a noisy photo, like a scanned invoice (Pillow writes it)."""
    rng = random.Random(7)
    image = Image.frombytes("RGB", (900, 900), rng.randbytes(900 * 900 * 3))
    out = io.BytesIO()
    image.save(out, "PDF", quality=95)
    return out.getvalue()


def make_docx(paragraphs: int) -> bytes:
    para = (
        "<w:p><w:r><w:t>Thank you for your order. The replacement ships today and the "
        "invoice is attached as required by law.</w:t></w:r></w:p>"
    )
    rels = "".join(
        f'<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/'
        f'2006/relationships/hyperlink" Target="https://www.amazon.de/x{i}" TargetMode="External"/>'
        for i in range(50)
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(
            "[Content_Types].xml",
            '<Types><Override PartName="/word/document.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        )
        z.writestr(
            "word/document.xml",
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            f"<w:body>{para * paragraphs}</w:body></w:document>",
        )
        z.writestr("word/_rels/document.xml.rels", f"<Relationships>{rels}</Relationships>")
        # Incompressible payload, like the photos a real invoice carries.
        z.writestr("word/media/image1.png", bytes(range(256)) * 4096, zipfile.ZIP_STORED)
    return out.getvalue()


def language_drafts() -> dict[str, str]:
    """A 1,000-character draft per language, built from the real corpus's own texts."""
    out: dict[str, str] = {"en": EN_BODY[:1000], "ja": JA_BODY[:1000]}
    by_lang: dict[str, list[str]] = {}
    for record in load():
        by_lang.setdefault(record.language, []).append(record.text)
    for lang, texts in by_lang.items():
        if lang in out:
            continue
        body = "\n".join(texts)
        while len(body) < 1000:
            body += "\n" + body
        out[lang] = body[:1000]
    return out


HOSTILE = {
    "'a'*50000 + '@a.'": "a" * 50_000 + "@a.",
    "'a'*80000 + '@a.'": "a" * 80_000 + "@a.",
    "1 MB of emoji (262,144)": "\U0001f600" * 262_144,
    "phrase-dense, 92,000 chars": "discount coupon review " * 4_000,
    "5,000 bare links": "see a.com " * 5_000,
}


def hostile_rows() -> list[tuple[str, str, str]]:
    import tracemalloc

    rows = []
    ctx = Context(buyer_initiated=True)
    for name, body in HOSTILE.items():
        draft = Draft("", body)
        t = median_seconds(lambda d=draft: check(d, ctx), repeat=5)  # type: ignore[misc]
        tracemalloc.start()
        report = check(draft, ctx)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        verdict = "OK" if t < 0.05 else "OVER 50 ms"
        rows.append(
            (
                f"check(), {name}",
                f"{t * 1e3:.1f} ms",
                f"{len(report.findings)} findings, peak {peak / 1e6:.1f} MB, {verdict}",
            )
        )
    return rows


def live_rows() -> list[tuple[str, str, str]]:
    """The compose pane's live check on pastes far past Amazon's limit: it reads the first
    LIVE_CHECK_CHARS characters only, so the GUI thread never waits 100 ms on a check."""
    rows = []
    ctx = Context(buyer_initiated=True)
    pastes = {
        "1 MB pasted prose": (EN_BODY + " ") * (1_000_000 // (len(EN_BODY) + 1)),
        "phrase-dense, 92,000 chars": HOSTILE["phrase-dense, 92,000 chars"],
        "1 MB of emoji (262,144)": HOSTILE["1 MB of emoji (262,144)"],
    }
    for name, body in pastes.items():
        draft = Draft("", body)
        t_live = median_seconds(lambda d=draft: check_live(d, ctx), repeat=9)  # type: ignore[misc]
        t_naive = median_seconds(lambda b=body: NAIVE.findall(b), repeat=5)  # type: ignore[misc]
        verdict = "OK" if t_live < 0.1 else "OVER 100 ms"
        rows.append(
            (
                f"live check (first {LIVE_CHECK_CHARS:,} chars), {name}",
                f"{t_live * 1e3:.1f} ms",
                f"{t_live / t_naive:.2f}x plain re on the whole paste; GUI budget 100 ms {verdict}",
            )
        )
    return rows


def main() -> None:
    rs = load_ruleset()
    body = EN_BODY[:1000]
    assert len(body) == 1000, len(body)
    subject = f"Your replacement for order {OID}"
    ctx = Context(buyer_initiated=True, marketplace="DE", buyer_language="en")
    draft = Draft(subject, body)
    report = check(draft, ctx, ruleset=rs)

    rows: list[tuple[str, str, str]] = []
    t_naive = median_seconds(lambda: NAIVE.findall(body), repeat=300, inner=20)
    t_check = median_seconds(lambda: check(draft, ctx, ruleset=rs), repeat=300, inner=5)
    rows.append(("plain re scan, 1,000 chars (baseline)", f"{t_naive * 1e3:.4f} ms", "1.0x"))
    rows.append(
        ("check(), 1,000-char EN draft", f"{t_check * 1e3:.4f} ms", f"{t_check / t_naive:.1f}x")
    )
    ja = Draft(subject, JA_BODY[:1000])
    ja_ctx = Context(buyer_initiated=True, marketplace="JP", buyer_language="ja")
    t_ja = median_seconds(lambda: check(ja, ja_ctx, ruleset=rs), repeat=300, inner=5)
    rows.append(("check(), 1,000-char JA draft", f"{t_ja * 1e3:.4f} ms", f"{t_ja / t_naive:.1f}x"))
    seller = Draft(subject, body)
    s_ctx = Context(opted_out=True, marketplace="DE", buyer_language="de", delivered_days_ago=3)
    t_seller = median_seconds(lambda: check(seller, s_ctx, ruleset=rs), repeat=300, inner=5)
    rows.append(
        (
            "check(), same draft, seller-initiated",
            f"{t_seller * 1e3:.4f} ms",
            f"{t_seller / t_naive:.1f}x",
        )
    )
    rows.append(
        ("drafts per second (EN)", f"{1 / t_check:,.0f} /s", f"{1 / t_naive:,.0f} /s plain re")
    )
    worst = t_check
    for lang, text in sorted(language_drafts().items()):
        d = Draft(subject, text)
        c = Context(marketplace=MARKET.get(lang, "US"), buyer_language=lang, delivered_days_ago=3)
        t_lang = median_seconds(lambda d=d, c=c: check(d, c, ruleset=rs), repeat=200, inner=5)  # type: ignore[misc]
        worst = max(worst, t_lang)
        best = best_seconds(lambda d=d, c=c: check(d, c, ruleset=rs), repeat=300)  # type: ignore[misc]
        rows.append(
            (
                f"check(), 1,000-char {lang.upper()} draft (corpus text, seller-initiated)",
                f"{t_lang * 1e3:.4f} ms",
                f"{t_lang / t_naive:.1f}x; best of 300 {best * 1e3:.3f} ms",
            )
        )
    rows += hostile_rows()
    rows += live_rows()

    pdf = make_pdf(300)
    docx = make_docx(4000)
    photo_pdf = make_image_pdf()
    t_photo = median_seconds(lambda: scan_attachment("b.pdf", photo_pdf, rs.limits), repeat=15)
    t_pdf = median_seconds(lambda: scan_attachment("a.pdf", pdf, rs.limits), repeat=7)
    t_docx = median_seconds(lambda: scan_attachment("a.docx", docx, rs.limits), repeat=7)
    t_base_pdf = median_seconds(lambda: NAIVE.findall(pdf.decode("latin-1")), repeat=7)
    mb_pdf, mb_docx = len(pdf) / 1e6, len(docx) / 1e6
    rows.append(
        (
            f"scan PDF ({mb_pdf:.2f} MB, 300 pages, 300 links)",
            f"{mb_pdf / t_pdf:.1f} MB/s",
            f"plain re {mb_pdf / t_base_pdf:.0f} MB/s",
        )
    )
    mb_photo = len(photo_pdf) / 1e6
    rows.append(
        (
            f"scan PDF ({mb_photo:.2f} MB, 1 page, photo)",
            f"{mb_photo / t_photo:.1f} MB/s",
            f"{t_photo * 1e3:.1f} ms per file",
        )
    )
    rows.append(
        (
            f"scan DOCX ({mb_docx:.2f} MB, 50 hyperlinks)",
            f"{mb_docx / t_docx:.1f} MB/s",
            f"{t_docx * 1e3:.1f} ms per file",
        )
    )

    width = max(len(r[0]) for r in rows)
    print(f"policy checker (ruleset {rs.version}; {len(report.findings)} findings on the EN draft)")
    print(f"{'measure'.ljust(width)}  {'median':>14}  vs baseline")
    for name, value, ratio in rows:
        print(f"{name.ljust(width)}  {value:>14}  {ratio}")
    verdict = "OK" if worst < 0.0005 else "OVER"
    goal = "met" if worst < 0.0002 else "not met"
    print(
        f"target: check() under 0.5 ms median in every language -> {verdict} "
        f"(slowest {worst * 1e3:.3f} ms; 0.2 ms goal {goal}; a loaded machine inflates "
        "medians, the best-of column shows the cost with a free CPU)"
    )
    print()
    print("\n".join(report_lines()))


if __name__ == "__main__":
    main()
