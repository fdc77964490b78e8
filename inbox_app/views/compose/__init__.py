"""The compose pane (a reply under the conversation) and the compose window ("Contact buyer").

In the main window (app.py), after create_window():

    from inbox_app.views.compose.embed import install_compose, open_contact_buyer
    lock = DraftLock()                                # one editor per draft, per window
    pane = install_compose(window, ComposeService(store), settings, lock)

install_compose connects thread_selected -> set_thread, thread_cleared -> set_thread(None),
reply_requested -> focus the body, and refreshes the thread row on draft_saved(thread_id)
and the conversation on queued(message_id, thread_id) / outbox_changed(thread_id).
"Contact buyer" on an order: open_contact_buyer(parent, service, order_id, settings, lock).

The pane is `views.compose.pane.ComposePane`, the window `views.compose.window.ComposeWindow`.
This file imports neither: a module that needs only `prefs` (the Preferences dialog) does
not pull in the pane, and no import circle runs through the package.
"""
