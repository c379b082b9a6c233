from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from home.pagination import paginate
from profiles import selectors, services
from profiles.actions import profile_actions_for
from profiles.contributions import contributions_for_member
from profiles.forms import ProfileForm

MEMBERS_PER_PAGE = 24


def profile_edit(request):
    """/profil/: the member edits their own profile and photo."""
    user = request.user
    profile = selectors.profile_for_user(user=user)
    if request.method == "POST":
        form = ProfileForm(request.POST, request.FILES)
        if form.is_valid():
            services.profile_update(user=user, **form.cleaned_data)
            messages.success(request, _("Your profile has been saved."))
            return redirect("profiles:edit")
    else:
        form = ProfileForm(
            initial={
                "first_name": user.first_name,
                "last_name": user.last_name,
                "organisation": profile.organisation,
                "job_title": profile.job_title,
                "phone": profile.phone,
                "show_email": profile.show_email,
                "bio": profile.bio,
            }
        )
    return render(
        request,
        "profiles/profile_form.html",
        {"form": form, "profile": profile, "member": user},
    )


@require_POST
def prompt_dismiss(request):
    """Hide the invitation to complete one's profile."""
    services.profile_prompt_dismiss(user=request.user)
    next_url = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        next_url = "/"
    return redirect(next_url)


def member_list(request):
    """/membres/: the directory, searchable by name, organisation or job."""
    query = request.GET.get("q", "").strip()[:200]
    page = paginate(
        selectors.member_list(query=query),
        page_number=request.GET.get("page"),
        per_page=MEMBERS_PER_PAGE,
    )
    return render(
        request, "profiles/member_list.html", {"members": page, "query": query}
    )


def member_detail(request, username):
    """/membres/<username>/: a member's public profile and recent contributions."""
    member = selectors.member_get_for_user(username=username, user=request.user)
    return render(
        request,
        "profiles/member_detail.html",
        {
            "member": member,
            "profile": selectors.member_profile(member=member),
            "contributions": contributions_for_member(
                member=member, viewer=request.user
            ),
            "actions": profile_actions_for(viewer=request.user, member=member),
        },
    )
