"""Signals the calendar sends, and the Wagtail signal it listens to.

``event_changed``
    Sent after the transaction that published a change to an already published
    event has committed (never for its first publication, nor for a
    publication that changes nothing members see). ``sender`` is ``EventPage``;
    keyword arguments:

    - ``event``: the published ``EventPage`` (its ``sequence`` already raised);
    - ``cancelled``: ``True`` when the event is now cancelled;
    - ``participants``: list of the users registered to it at that moment;
    - ``changed_fields``: sorted names of the changed fields, e.g.
      ``["cancelled"]`` when it has just been cancelled, ``["end", "start"]``
      when it moved.

    Receivers run outside the publishing transaction; long work belongs in a task.
"""

from django.dispatch import Signal

event_changed = Signal()


def event_published_receiver(sender, instance, **kwargs):
    """Wagtail's page_published for an EventPage: record the publication."""
    from events.services import event_publish_record

    event_publish_record(event=instance)
