"""The compose pane (a reply under the conversation) and the compose window ("Contact buyer")."""

from inbox_app.views.compose.pane import ComposePane
from inbox_app.views.compose.window import ComposeWindow

__all__ = ["ComposePane", "ComposeWindow"]
