from django.contrib import messages
from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from faq.forms import FaqVoteForm
from faq.services import faq_vote_cast

VOTE_ANCHOR = "#faq-vote"


def faq_vote(request, *, entry):
    """ "Cette réponse vous a-t-elle aidé ?": record the member's yes or no.

    Served under the entry's own URL, so Wagtail has already checked that this
    member may see it.
    """
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    form = FaqVoteForm(request.POST)
    if form.is_valid():
        faq_vote_cast(
            entry=entry, user=request.user, helpful=form.cleaned_data["helpful"]
        )
        messages.success(request, _("Thank you, your answer is recorded."))
    else:
        messages.error(request, _("Choose “Yes” or “No”."))
    return redirect(entry.url + VOTE_ANCHOR)
