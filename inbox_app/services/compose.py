"""The façade the compose pane calls: drafts, the outbox, saved replies and what the pane
knows about its buyer, over one store. Views hold this, never the Store; each method is
one unit of work with its own short session. No Qt here."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

from inbox_app.policy.types import AttachmentScan
from inbox_app.services import compose_queue, drafts, templates
from inbox_app.services.compose_queue import OutboxItem, Resolution
from inbox_app.services.compose_target import ComposeInfo, compose_info
from inbox_app.services.drafts import DraftContent, DraftRow
from inbox_app.services.templates import SaveResult, TemplateRow
from inbox_app.store.blobs import BlobStore
from inbox_app.store.migrate import Store


class ComposeService:
    """Use-cases of the compose pane and the "Contact buyer" window."""

    def __init__(self, store: Store, *, seat_id: str | None = None) -> None:
        self._store = store
        # this seat on a team inbox: its own drafts, recorded as its replies' author
        self.seat_id = seat_id

    @property
    def url(self) -> str:
        return self._store.url

    @property
    def blobs(self) -> BlobStore:
        """Attachment bytes (content-addressed files; no database session)."""
        return self._store.blobs

    # --- the target -------------------------------------------------------------------

    def info_for_thread(self, thread_id: int) -> ComposeInfo:
        with self._store.read_session() as session:
            return compose_info(session, thread_id=thread_id)

    def info_for_order(self, order_id: int) -> ComposeInfo:
        with self._store.read_session() as session:
            return compose_info(session, order_id=order_id)

    # --- drafts -----------------------------------------------------------------------

    def load_draft(self, thread_id: int) -> DraftRow | None:
        return drafts.load_draft(self._store, thread_id, self.seat_id)

    def thread_for_order_draft(self, order_id: int) -> int | None:
        return drafts.thread_for_order_draft(self._store, order_id, self.seat_id)

    def save_draft(
        self,
        thread_id: int | None,
        content: DraftContent,
        *,
        order_id: int | None = None,
        expect_version: int | None = None,
    ) -> DraftRow:
        """Raises DraftError (a user-facing sentence; DraftConflictError when another window
        saved the draft since `expect_version`) or a database error."""
        return drafts.save_draft(
            self._store,
            thread_id,
            content,
            order_id=order_id,
            expect_version=expect_version,
            seat_id=self.seat_id,
        )

    def discard_draft(self, thread_id: int, *, expect_version: int | None = None) -> bool:
        return drafts.discard_draft(
            self._store, thread_id, expect_version=expect_version, seat_id=self.seat_id
        )

    def thread_exists(self, thread_id: int) -> bool:
        return drafts.thread_exists(self._store, thread_id)

    # --- the outbox -------------------------------------------------------------------

    def queue_draft(
        self, thread_id: int, undo_seconds: float, scans: Mapping[str, AttachmentScan]
    ) -> int:
        """Raises PolicyBlockedError or QueueError (user-facing)."""
        return compose_queue.queue_draft(
            self._store, thread_id, undo_seconds, scans=scans, seat_id=self.seat_id
        )

    def undo_queued(self, message_id: int) -> bool:
        return compose_queue.undo_queued(self._store, message_id, seat_id=self.seat_id)

    def return_to_draft(self, message_id: int) -> bool:
        return compose_queue.return_to_draft(self._store, message_id, seat_id=self.seat_id)

    def resolve_unknown(self, message_id: int, action: Resolution) -> bool:
        return compose_queue.resolve_unknown(self._store, message_id, action)

    def outbox_items(self, thread_id: int, states: Sequence[str]) -> list[OutboxItem]:
        return compose_queue.outbox_items(self._store, thread_id, states)

    def pending_unknown(self, thread_id: int, started_before: datetime) -> list[OutboxItem]:
        return compose_queue.pending_unknown(
            self._store, thread_id=thread_id, started_before=started_before
        )

    # --- saved replies ----------------------------------------------------------------

    def templates(self, language: str | None, *, query: str = "") -> list[TemplateRow]:
        """The saved replies, the buyer's language first (the starter set on first use)."""
        with self._store.read_session() as session:
            rows = templates.list_templates(session, language=language, query=query)
        if rows or query:
            return rows
        with self._store.session() as session, session.begin():
            if not templates.seed_starter_templates(session):
                return rows
        with self._store.read_session() as session:
            return templates.list_templates(session, language=language)

    def save_template(
        self,
        name: str,
        language: str,
        subject: str,
        body: str,
        *,
        template_id: int | None = None,
    ) -> SaveResult:
        """Create, or update/rename `template_id`; raises TemplateNameTakenError."""
        findings = templates.vet_template(name, language, subject, body)  # before the lock
        if any(f.severity == "block" for f in findings):
            return SaveResult(None, findings)
        with self._store.session() as session, session.begin():
            return templates.save_template(
                session, name, language, subject, body, template_id=template_id, findings=findings
            )

    def delete_template(self, template_id: int) -> bool:
        with self._store.session() as session, session.begin():
            return templates.delete_template(session, template_id)
