"""JPEG, PNG and GIF attachments: pixel-bomb guard, damage check, GIF animation (Pillow).

The size is read from the file header by hand first, so an image over the pixel
limit is refused before Pillow allocates anything (and without relying on its
process-wide MAX_IMAGE_PIXELS or warning filters, which are not thread-safe to
change). Pillow then opens the file lazily, counts GIF frames without decoding
them, and verify()s chunk checksums; pixels are never decoded.
"""

from __future__ import annotations

import io
import struct

from inbox_app.policy.attachments.reasons import reason
from inbox_app.policy.ruleset import Limits
from inbox_app.policy.types import AttachmentProblem

_FORMATS = {"jpeg": "JPEG", "png": "PNG", "gif": "GIF"}
_SOF = {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}


def _problem(rule: str, variant: str, **params: str) -> AttachmentProblem:
    trigger = params.pop("trigger", params.get("reason", ""))
    return AttachmentProblem(rule, variant, tuple(sorted(params.items())), trigger)


def header_size(kind: str, data: bytes) -> tuple[int, int] | None:
    """(width, height) from the file header, or None if it cannot be found."""
    if kind == "png" and len(data) >= 24 and data[12:16] == b"IHDR":
        w, h = struct.unpack(">II", data[16:24])
        return int(w), int(h)
    if kind == "gif" and len(data) >= 10:
        w, h = struct.unpack("<HH", data[6:10])
        return int(w), int(h)
    if kind == "jpeg":
        i = 2
        while i + 9 < len(data):
            if data[i] != 0xFF:
                i += 1
                continue
            marker = data[i + 1]
            if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7 or marker == 0xFF:
                i += 1 if marker == 0xFF else 2
                continue
            length = int.from_bytes(data[i + 2 : i + 4], "big")
            if marker in _SOF:
                h, w = struct.unpack(">HH", data[i + 5 : i + 9])
                return int(w), int(h)
            i += 2 + length
    return None


def scan_image(kind: str, data: bytes, limits: Limits) -> list[AttachmentProblem]:
    size = header_size(kind, data)
    if size is None:
        return [
            _problem(
                "attachment-unreadable",
                "attachment-unreadable",
                **reason("image-no-size"),
            )
        ]
    width, height = size
    if width * height > limits.max_image_pixels:
        mpx = limits.max_image_pixels // 1_000_000
        too_big = reason("image-pixels", width=width, height=height, limit=mpx)
        return [_problem("attachment-unreadable", "attachment-unreadable.bomb", **too_big)]
    from PIL import Image  # Pillow: loaded for the first image

    problems: list[AttachmentProblem] = []
    try:
        with Image.open(io.BytesIO(data), formats=[_FORMATS[kind]]) as im:
            frames = int(getattr(im, "n_frames", 1))
        if frames > 1:
            problems.append(
                _problem(
                    "animated-gif", "animated-gif", frames=str(frames), trigger=f"{frames} frames"
                )
            )
        with Image.open(io.BytesIO(data), formats=[_FORMATS[kind]]) as im:
            im.verify()
    except Exception:  # UnidentifiedImageError, OSError, SyntaxError...: the same words
        problems.append(
            _problem("attachment-unreadable", "attachment-unreadable", **reason("image-damaged"))
        )
    if kind == "jpeg" and not problems and b"\xff\xd9" not in data[-64:]:
        problems.append(
            _problem(
                "attachment-unreadable",
                "attachment-unreadable",
                **reason("jpeg-truncated"),
            )
        )
    return problems
