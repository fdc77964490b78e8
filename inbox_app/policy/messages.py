"""Finding messages: English templates by message id, formatted with parameters.

The Qt layer translates by `message_id` and `params` (kept on each Finding); the
English text built here is the default and what the command line prints.
"""

from __future__ import annotations

import string
from collections.abc import Mapping

from inbox_app.policy.ruleset import Ruleset


class _Params(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


_FORMATTER = string.Formatter()


def render_message(ruleset: Ruleset, message_id: str, params: Mapping[str, str]) -> str:
    """The English message for `message_id`; unknown ids fall back to the rule's default."""
    template = ruleset.templates.get(message_id)
    if template is None:
        template = ruleset.templates.get(message_id.split(".", 1)[0], message_id)
    try:
        return _FORMATTER.vformat(template, (), _Params(params))
    except (ValueError, IndexError, AttributeError):
        return template


def short(text: str, limit: int = 60) -> str:
    """Offending text quoted in a message, cut and on one line."""
    one_line = " ".join(text.split())
    return one_line if len(one_line) <= limit else one_line[: limit - 1] + "…"
