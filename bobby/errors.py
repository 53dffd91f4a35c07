"""Errors a user can cause.

Every failure that comes from the user's input (a path, an archive, a password, a model
name) is raised as a `BobbyError` with a message that names the thing and what is wrong.
The CLI catches it once and prints one line, so no user ever sees a traceback for
something they can fix; anything else is a bug and keeps its traceback.
"""


class BobbyError(Exception):
    """A problem the user can fix; its message is shown as one line."""


class InputError(BobbyError):
    """A file, folder or option the user gave is missing or malformed."""


class StateConflict(BobbyError):
    """What was asked is no longer possible: the state changed first (another tab decided,
    serve began to post). `bobby serve` answers it with HTTP 409."""


class ModelError(BobbyError):
    """A model or adapter cannot be found, loaded or converted."""


class BlueskyError(BobbyError):
    """Bluesky refused or could not be reached."""


class Stopped(Exception):
    """The person stopped a command (Ctrl-C): not an error, so it is no `BobbyError`; its
    message says where it stopped and what was kept, and the command exits 130 (the
    shell's code for an interrupt), so a script can tell it from a failure."""
