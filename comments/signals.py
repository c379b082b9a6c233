"""Signals sent once a comment change is committed.

Apps above comments subscribe to these instead of being called by it (mentions
and replies are notified by the comments app itself, before the signal). Both
are sent from `transaction.on_commit`, exactly once per successful post or
edit, never for a refused or rolled-back one.

comment_posted(sender=Comment, comment, created=True, previous_text=None)
comment_edited(sender=Comment, comment, created=False, previous_text=<old text>)
"""

from django.dispatch import Signal

comment_posted = Signal()
comment_edited = Signal()
