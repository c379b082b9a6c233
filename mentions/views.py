from django.http import JsonResponse
from django.utils.translation import ngettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from mentions.parsing import token_for
from mentions.selectors import mention_candidates
from profiles.templatetags.profiles_tags import initials_for


@never_cache
@require_safe
def candidates(request):
    """JSON for the "@" autocomplete: members matching `q`, with their stable token."""
    # PostgreSQL refuses NUL characters in a query parameter.
    query = request.GET.get("q", "").replace("\x00", "")[:100]
    profiles = mention_candidates(query=query, viewer=request.user)
    results = []
    for profile in profiles:
        user = profile.user
        results.append(
            {
                "username": user.username,
                "name": user.get_full_name() or user.username,
                "token": token_for(user.username),
                "detail": " — ".join(
                    part for part in (profile.job_title, profile.organisation) if part
                ),
                "photo": profile.photo_small.url if profile.photo_small else "",
                "initials": initials_for(user),
            }
        )
    status = ngettext(
        "%(count)s member found", "%(count)s members found", len(results)
    ) % {"count": len(results)}
    return JsonResponse({"results": results, "status": status})
