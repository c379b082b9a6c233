"""A small corpus of every kind of item the site search lists."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction

from discussions.models import Theme
from discussions.services import message_create, message_hide, thread_create
from home import roles
from home.models import StandardPage
from messaging.services import conversation_start_direct, message_send
from tests.documents import factories


@pytest.fixture
def corpus(
    member,
    administrator,
    site_tree,
    make_user,
    make_post,
    make_event,
    make_entry,
    add_document,
    private_collection,
):
    urls = {}
    users = {"member": member, "administrator": administrator}

    post = make_post(
        "Retour sur la bascule de Lyon",
        introduction="La commune a basculé vers le guichet numérique.",
        body=[
            {
                "type": "paragraph",
                "value": "<p>Les webinaires de formation ont rassemblé les "
                "instructeurs autour de la dématérialisation.</p>",
            }
        ],
    )
    urls["post"] = post.url
    event = make_event(
        title="Réunion plénière des instructeurs",
        description=[
            {"type": "paragraph", "value": "<p>Ordre du jour : la bascule.</p>"}
        ],
        location="Préfecture de Bordeaux",
    )
    urls["event"] = event.url
    entry = make_entry(
        "Quel délai pour instruire un permis d'aménager ?",
        short_answer="Trois mois à compter du dépôt complet.",
        keywords="délai, aménager",
    )
    urls["faq"] = entry.url

    restricted = StandardPage(title="Compte rendu du comité stratégique", slug="crcs")
    site_tree.home.add_child(instance=restricted)
    restricted.save_revision().publish()
    restriction = PageViewRestriction.objects.create(
        page=restricted, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.get(name=roles.ADMINISTRATOR))
    urls["restricted"] = restricted.url
    draft = StandardPage(title="Brouillon sur les hydrocarbures", slug="brouillon")
    site_tree.home.add_child(instance=draft)
    draft.save_revision()
    draft.unpublish()

    pdf = add_document(
        factories.pdf_bytes(pages=("Le géoréférencement des parcelles cadastrales",)),
        "annexe.pdf",
        title="Annexe technique",
    )
    urls["pdf"] = pdf.get_absolute_url()
    slides = add_document(
        factories.pptx_bytes(slides=("Atelier cartographie", "Questions")),
        "webinaire.pptx",
        title="Support du webinaire de mars",
    )
    urls["slides"] = slides.get_absolute_url()
    secret = add_document(
        factories.pdf_bytes(pages=("Arbitrages budgétaires",)),
        "budget.pdf",
        title="Budget prévisionnel confidentiel",
        into=private_collection,
    )
    urls["secret"] = secret.get_absolute_url()

    theme = Theme.objects.create(title="Outils", slug="outils")
    thread = thread_create(
        author=administrator,
        theme=theme,
        title="Raccordement au guichet unique",
        text="Comment raccorder notre logiciel ?",
        notify=False,
    )
    urls["thread"] = thread.get_absolute_url()
    answer = message_create(
        author=administrator,
        thread=thread,
        text="Le connecteur Plat'AU transmet les pièces du dossier en une nuit.",
        check_flood=False,
        notify=False,
    )
    urls["answer"] = answer.get_absolute_url()
    hidden = message_create(
        author=member,
        thread=thread,
        text="Propos déplacé sur les zinzolins.",
        check_flood=False,
        notify=False,
    )
    message_hide(moderator=administrator, message=hidden, reason="Hors charte")

    colleague = make_user(
        roles.MEMBER,
        username="gtrouvadec",
        first_name="Gaëlle",
        last_name="Trouvadec",
    )
    colleague.profile.organisation = "DDT du Finistère"
    colleague.profile.job_title = "Cheffe de projet urbanisme"
    colleague.profile.save()
    urls["colleague"] = f"/membres/{colleague.username}/"
    users["colleague"] = colleague

    conversation = conversation_start_direct(author=member, other=colleague)
    message = message_send(
        author=member,
        conversation=conversation,
        text="Le récépissé de dépôt est prêt.",
        check_flood=False,
    )
    urls["conversation"] = f"{conversation.get_absolute_url()}#{message.anchor}"
    users["outsider"] = make_user(roles.MEMBER, username="tiers")
    return {"urls": urls, "users": users}
