"""The façade the compose pane calls: drafts, the outbox, saved replies and what the pane
knows about its buyer, over one store. Views hold this, never the Store; each method is
one unit of work with its own short session. No Qt here."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager
from datetime import datetime

from sqlalchemy.orm import Session

from inbox_app.policy.types import AttachmentScan
from inbox_app.services import compose_queue, drafts, templates
from inbox_app.services.compose_queue import OutboxItem, PolicyBlockedError, Resolution
from inbox_app.services.compose_target import ComposeInfo, compose_info
from inbox_app.services.drafts import DraftAttachment, DraftContent, DraftRow
from inbox_app.services.offline_drafts import OfflineDrafts
from inbox_app.services.templates import SaveResult, TemplateRow
from inbox_app.store.blobs import BlobStore
from inbox_app.store.durable import durable_session
from inbox_app.store.migrate import Store
from inbox_app.store.server import is_server_url


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

    def offline_drafts(self) -> OfflineDrafts | None:
        """Where this seat keeps drafts the team's server did not take yet (on this
        computer); None for a store of one's own (a local file needs no such copy)."""
        if not is_server_url(self._store.url):
            return None
        return OfflineDrafts.for_seat(self._store.url, self.seat_id)

    # --- the target -------------------------------------------------------------------

    def info_for_thread(self, thread_id: int) -> ComposeInfo:
        with self._reading() as session:
            return compose_info(session, thread_id=thread_id)

    def info_for_order(self, order_id: int) -> ComposeInfo:
        with self._reading() as session:
            return compose_info(session, order_id=order_id)

    # --- the session scope: decided here, once, for every use-case ---------------------

    def _reading(self) -> AbstractContextManager[Session]:
        """A read-only snapshot session (never takes the write lock)."""
        return self._store.read_session()

    @contextmanager
    def _writing(self) -> Iterator[Session]:
        """One durable write transaction: committed to disk when the block ends."""
        with durable_session(self._store) as session, session.begin():
            yield session

    # --- drafts -----------------------------------------------------------------------

    def stash_attachment(self, filename: str, data: bytes) -> DraftAttachment:
        """Put a file's bytes in the BlobStore before any draft may reference them."""
        return drafts.stash_attachment(self._store.blobs, filename, data)

    def load_draft(self, thread_id: int) -> DraftRow | None:
        with self._reading() as session:
            return drafts.load_draft(session, thread_id, self.seat_id)

    def thread_for_order_draft(self, order_id: int) -> int | None:
        with self._reading() as session:
            return drafts.thread_for_order_draft(session, order_id, self.seat_id)

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
        if thread_id is None and order_id is None:
            raise ValueError("pass a thread_id or an order_id")
        drafts.check_blobs(self._store.blobs, content.attachments)
        with self._writing() as session:
            return drafts.save_draft(
                session,
                thread_id,
                content,
                order_id=order_id,
                expect_version=expect_version,
                seat_id=self.seat_id,
            )

    def discard_draft(self, thread_id: int, *, expect_version: int | None = None) -> bool:
        with self._writing() as session:
            return drafts.discard_draft(
                session, thread_id, expect_version=expect_version, seat_id=self.seat_id
            )

    def thread_exists(self, thread_id: int) -> bool:
        with self._reading() as session:
            return drafts.thread_exists(session, thread_id)

    # --- the outbox -------------------------------------------------------------------

    def queue_draft(
        self,
        thread_id: int,
        undo_seconds: float = compose_queue.DEFAULT_UNDO_SECONDS,
        scans: Mapping[str, AttachmentScan] | None = None,
        *,
        now: datetime | None = None,
    ) -> int:
        """Check the stored draft's final text and queue it; returns the message id.

        Raises PolicyBlockedError or QueueError (user-facing). The check runs between a
        read and the write, with no session open; the write refuses a draft that changed."""
        with self._reading() as session:
            draft, ctx = compose_queue.draft_to_queue(
                session, thread_id, now=now, seat_id=self.seat_id
            )
        report = compose_queue.check_draft(self._store.blobs, draft, ctx, scans)
        if not report.sendable:
            raise PolicyBlockedError(report)
        with self._writing() as session:
            return compose_queue.mark_queued(
                session, draft, report, undo_seconds, now=now, seat_id=self.seat_id
            )

    def undo_queued(self, message_id: int, *, now: datetime | None = None) -> bool:
        with self._writing() as session:
            return compose_queue.undo_queued(session, message_id, now=now, seat_id=self.seat_id)

    def return_to_draft(self, message_id: int, *, now: datetime | None = None) -> bool:
        with self._writing() as session:
            return compose_queue.return_to_draft(session, message_id, now=now, seat_id=self.seat_id)

    def resolve_unknown(
        self, message_id: int, action: Resolution, *, now: datetime | None = None
    ) -> bool:
        """Raises ValueError for an unknown action."""
        with self._writing() as session:
            return compose_queue.resolve_unknown(session, message_id, action, now=now)

    def outbox_items(
        self, thread_id: int, states: Sequence[str] = compose_queue.WAITING_STATES
    ) -> list[OutboxItem]:
        with self._reading() as session:
            return compose_queue.outbox_items(session, thread_id, states)

    def pending_unknown(
        self, thread_id: int | None = None, started_before: datetime | None = None
    ) -> list[OutboxItem]:
        with self._reading() as session:
            return compose_queue.pending_unknown(
                session, thread_id=thread_id, started_before=started_before
            )

    # --- saved replies ----------------------------------------------------------------

    def templates(self, language: str | None, *, query: str = "") -> list[TemplateRow]:
        """The saved replies, the buyer's language first (the starter set on first use)."""
        with self._reading() as session:
            rows = templates.list_templates(session, language=language, query=query)
        if rows or query:
            return rows
        with self._writing() as session:
            if not templates.seed_starter_templates(session):
                return rows
        with self._reading() as session:
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
        with self._writing() as session:
            return templates.save_template(
                session, name, language, subject, body, template_id=template_id, findings=findings
            )

    def delete_template(self, template_id: int) -> bool:
        with self._writing() as session:
            return templates.delete_template(session, template_id)
