"""Why the checker cannot read a file, or refuses it as a decompression bomb: a fixed
phrase for each case (some with numbers), so that the window can say it in its language;
never an exception's class name."""

from __future__ import annotations

from collections.abc import Mapping

REASONS: Mapping[str, str] = {
    "not-text": "not valid text",
    "uninspectable": "its content cannot be inspected",
    "pdf-damaged": "damaged PDF",
    "pdf-nested": "damaged PDF (nested too deeply)",
    "pdf-truncated": "truncated PDF (no end marker)",
    "pdf-no-pages": "the PDF has no pages",
    "pdf-pages": "{count} pages",
    "pdf-annotations": "over {limit} annotations",
    "pdf-objects": "too many objects to inspect",
    "image-damaged": "damaged image",
    "image-no-size": "damaged image (no size in the header)",
    "image-pixels": "{width}×{height} pixels is over the {limit} Mpx limit",
    "jpeg-truncated": "truncated JPEG (no end marker)",
    "zip-damaged": "damaged archive",
    "zip-entries": "{count} entries in the archive",
    "zip-size": "it declares {size} MB uncompressed",
    "zip-ratio": "{member} expands {ratio} times",
    "zip-overlap": "overlapping entries (a zip bomb trick)",
    "zip-member": "{member} is larger than {limit} bytes",
}

# the params of REASONS that are numbers (the window writes them in its locale)
NUMBERS = frozenset({"count", "limit", "width", "height", "size", "ratio"})


def reason(key: str, **values: int | str) -> dict[str, str]:
    """A finding's params for this reason: its English words ("reason"), the key the
    window translates it by ("reason_id") and the values it names."""
    texts = {name: str(value) for name, value in values.items()}
    return {"reason": REASONS[key].format_map(texts), "reason_id": key, **texts}
