from django import template

from operations.request_context import current_request_id

register = template.Library()


@register.simple_tag
def request_id() -> str:
    """The id of the request being served (error pages have no context)."""
    return current_request_id()
