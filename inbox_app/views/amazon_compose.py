"""The compose pane tells the truth about opt-out: Amazon no longer lets [Important]
override a buyer's opt-out, so for an opted-out buyer's new (seller-initiated) contact
the checker adds a note pointing to the Amazon message action the order accepts now.

The actions are asked of Amazon once per order in a worker task; the note appears
when they are known (the check runs again then).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QObject

from inbox_app.amazon.messaging import ActionSpec
from inbox_app.policy.types import Context, Finding, Report
from inbox_app.services.amazon import AmazonService
from inbox_app.services.amazon_messages import OPT_OUT_RULES, best_action
from inbox_app.views.amazon_message_dialog import ACTION_LABELS
from inbox_app.views.compose.pane import ComposePane
from inbox_app.views.task_runner import Task, TaskRunner

RULE = "use-amazon-action"
NO_CONNECTION = "no-connection"
UNKNOWN = "unknown"  # Amazon did not answer: no note rather than a wrong one


def _tr(text: str) -> str:
    return QCoreApplication.translate("AmazonCompose", text)


def _offered(amazon: AmazonService, amazon_order_id: str) -> list[ActionSpec] | str:
    found = amazon.offered_actions(amazon_order_id)
    return NO_CONNECTION if found is None else found


def advice(offered: list[ActionSpec] | str) -> str:
    """The note for an opted-out buyer's new contact, in the interface language."""
    if offered == NO_CONNECTION:
        return _tr(
            "This buyer opted out, and Amazon no longer lets [Important] override it: "
            "connect the Selling Partner API (Settings › Connect Amazon) to send a critical "
            "message as an Amazon message."
        )
    best = best_action(offered) if isinstance(offered, list) else None
    if best is None:
        return _tr(
            "This buyer opted out, and Amazon no longer lets [Important] override it; "
            "Amazon offers no message action for this order now, so wait for the buyer "
            "to write."
        )
    label = QCoreApplication.translate(
        "AmazonMessageDialog", ACTION_LABELS.get(best.name, best.label)
    )
    return _tr(
        "This buyer opted out, and Amazon no longer lets [Important] override it: send "
        "a critical message as Amazon's '%1' message instead (Thread › Amazon message "
        "for this order…)."
    ).replace("%1", label)


class OptOutAdvisor(QObject):
    """Adds the note to one compose pane's live check."""

    def __init__(self, pane: ComposePane, amazon: AmazonService, runner: TaskRunner) -> None:
        super().__init__(pane)
        self.setObjectName("amazonOptOutAdvisor")
        self._pane = pane
        self._amazon = amazon
        self._runner = runner
        self.offered: dict[str, list[ActionSpec] | str] = {}
        self._asking: set[str] = set()
        pane.live.advisors.append(self.advise)
        pane.live.invalidate()  # a pane already showing a draft is checked again
        pane.live.run()

    def advise(self, report: Report, ctx: Context) -> Sequence[Finding]:
        oid = ctx.order_id
        if ctx.buyer_initiated or not ctx.opted_out or not oid:
            return ()
        if not report.rules() & OPT_OUT_RULES:
            return ()
        if oid not in self.offered:
            self._ask(oid)
            return ()
        offered = self.offered[oid]
        if offered == UNKNOWN:
            return ()
        best = best_action(offered) if isinstance(offered, list) else None
        return (
            Finding(
                rule=RULE,
                severity="info",
                message=advice(offered),
                field="subject",
                start=0,
                end=0,
                message_id=RULE,
                params=(("action", best.name if best else ""),),
            ),
        )

    def _ask(self, oid: str) -> None:
        if oid in self._asking:
            return
        self._asking.add(oid)
        amazon = self._amazon

        def work(_t: Task) -> list[ActionSpec] | str:
            return _offered(amazon, oid)

        self._runner.run(
            work,
            on_done=lambda found: self._known(oid, found),
            on_failed=lambda _exc: self._known(oid, UNKNOWN),
        )

    def _known(self, oid: str, found: list[ActionSpec] | str) -> None:
        self._asking.discard(oid)
        self.offered[oid] = found
        self._pane.live.invalidate()
        self._pane.live.run()


def advise_opt_out(pane: ComposePane, amazon: AmazonService, runner: TaskRunner) -> OptOutAdvisor:
    """Once per pane."""
    found = pane.findChild(OptOutAdvisor)
    return found if isinstance(found, OptOutAdvisor) else OptOutAdvisor(pane, amazon, runner)
