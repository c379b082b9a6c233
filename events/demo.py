"""Demo programme: a weekly webinar series, workshops, a seminar, meetings.

Dates are placed around the day the demo is first loaded so the calendar always
has both past and upcoming events; a second run finds every page by its slug.
"""

from datetime import date, datetime, time, timedelta

from django.utils import timezone
from wagtail.rich_text import RichText

from events.models import (
    EventException,
    EventIndexPage,
    EventPage,
    EventRegistration,
    EventType,
)
from events.recurrence import local_tz
from home.demo import ensure_child

DEMO_ORDER = 30

ORGANISER = "Équipe projet Démat. ADS"


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=local_tz())


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _body(*paragraphs: str) -> list:
    return [("paragraph", RichText(f"<p>{text}</p>")) for text in paragraphs]


def _programme(today: date) -> list[dict]:
    monday = _monday(today)
    webinar_start = monday - timedelta(weeks=3) + timedelta(days=1)  # a Tuesday
    return [
        {
            "slug": "les-mardis-de-la-demat",
            "title": "Les mardis de la démat' : une question, trente minutes",
            "type": "webinaire",
            "start": _at(webinar_start, 11),
            "end": _at(webinar_start, 11, 30),
            "online_url": "https://webinaire.osmose.example/mardis-demat",
            "recurrence": EventPage.Recurrence.WEEKLY,
            "recurrence_count": 12,
            "exceptions": [webinar_start + timedelta(weeks=5)],
            "description": _body(
                "Chaque mardi, un membre de l'équipe projet répond en direct à une "
                "question posée dans l'espace d'échanges : signature électronique, "
                "saisine par voie électronique, dépôt des pièces, suivi des délais.",
                "Le support et l'enregistrement de chaque séance sont déposés dans "
                "la bibliothèque de documents.",
            ),
            "participants": ["membre", "jdupont", "crousseau"],
        },
        {
            "slug": "atelier-parametrer-le-guichet-numerique",
            "title": "Atelier : paramétrer le guichet numérique des autorisations "
            "d'urbanisme",
            "type": "atelier",
            "start": _at(monday + timedelta(days=9), 9, 30),
            "end": _at(monday + timedelta(days=9), 12, 30),
            "location": "Salle Vauban, préfecture du Rhône\n"
            "18 rue de Bonnel, 69003 Lyon",
            "description": _body(
                "Trois heures de mise en pratique, par petits groupes, sur un "
                "environnement de test : formulaires, pièces attendues, accusés "
                "de réception électroniques.",
                "Apportez un ordinateur portable. Places limitées à vingt "
                "participants.",
            ),
            "participants": ["mnguyen", "crousseau"],
        },
        {
            "slug": "atelier-instruire-un-permis-dematerialise",
            "title": "Atelier : instruire un permis de construire dématérialisé de "
            "bout en bout",
            "type": "atelier",
            "start": _at(monday + timedelta(days=23), 14),
            "end": _at(monday + timedelta(days=23), 17),
            "location": "Direction départementale des territoires de la Gironde\n"
            "Cité administrative, 2 rue Jules Ferry, 33000 Bordeaux",
            "online_url": "https://webinaire.osmose.example/atelier-instruction",
            "description": _body(
                "De la réception du dossier à la décision : consultations des "
                "services, demandes de pièces complémentaires et notification, "
                "sans une feuille de papier.",
            ),
            "participants": ["jdupont"],
        },
        {
            "slug": "seminaire-national-demat-ads",
            "title": "Séminaire national Démat. ADS",
            "type": "seminaire",
            "start": _at(monday + timedelta(days=37), 0),
            "end": _at(monday + timedelta(days=38), 0),
            "all_day": True,
            "location": "Centre de congrès, 50 quai Charles de Gaulle, 69006 Lyon",
            "description": _body(
                "Deux journées pour faire le point sur le déploiement : retours "
                "d'expérience des collectivités pilotes, tables rondes avec les "
                "éditeurs de logiciels, ateliers thématiques.",
                "Le programme détaillé sera publié dans la bibliothèque de "
                "documents un mois avant le séminaire.",
            ),
            "participants": ["membre", "editeur", "admin", "mnguyen"],
        },
        {
            "slug": "reunion-des-referents-departementaux",
            "title": "Réunion mensuelle des référents départementaux",
            "type": "reunion",
            "start": _at(monday - timedelta(weeks=6) + timedelta(days=3), 10),
            "end": _at(monday - timedelta(weeks=6) + timedelta(days=3), 12),
            "online_url": "https://webinaire.osmose.example/referents",
            "recurrence": EventPage.Recurrence.MONTHLY_BY_WEEKDAY,
            "recurrence_count": 8,
            "description": _body(
                "Point d'avancement mensuel des référents : indicateurs de "
                "dépôts en ligne, difficultés remontées, calendrier des "
                "prochaines vagues de déploiement.",
            ),
            "participants": ["editeur", "crousseau"],
        },
        {
            "slug": "reunion-de-lancement",
            "title": "Réunion de lancement du programme",
            "type": "reunion",
            "start": _at(monday - timedelta(days=45), 14),
            "end": _at(monday - timedelta(days=45), 16, 30),
            "location": "Ministère, salle 2.14\n246 boulevard Saint-Germain, "
            "75007 Paris",
            "description": _body(
                "Présentation de la feuille de route, des instances de "
                "gouvernance et de l'espace collaboratif OSMOSE.",
            ),
            "participants": ["membre", "jdupont", "crousseau", "mnguyen"],
        },
        {
            "slug": "comite-de-pilotage",
            "title": "Comité de pilotage",
            "type": "reunion",
            "start": _at(monday + timedelta(days=4), 14),
            "end": _at(monday + timedelta(days=4), 16),
            "location": "Ministère, salle 3.02\n246 boulevard Saint-Germain, "
            "75007 Paris",
            "description": _body(
                "Arbitrages sur le calendrier de généralisation et sur le budget "
                "de l'accompagnement des communes.",
            ),
            "participants": ["editeur", "admin"],
            "cancel": True,
        },
    ]


def _ensure_event(calendar, types, users, spec: dict) -> EventPage:
    existing = calendar.get_children().filter(slug=spec["slug"]).first()
    event = ensure_child(
        calendar,
        EventPage,
        slug=spec["slug"],
        title=spec["title"],
        event_type=types[spec["type"]],
        start=spec["start"],
        end=spec["end"],
        all_day=spec.get("all_day", False),
        location=spec.get("location", ""),
        online_url=spec.get("online_url", ""),
        organiser=ORGANISER,
        description=spec["description"],
        recurrence=spec.get("recurrence", ""),
        recurrence_count=spec.get("recurrence_count"),
        exceptions=[EventException(date=day) for day in spec.get("exceptions", [])],
    )
    for username in spec["participants"]:
        # Seeded history: registrations to past events are kept as they were,
        # which event_register (for members, now) rightly refuses.
        EventRegistration.objects.get_or_create(event=event, user=users[username])
    if existing is None and spec.get("cancel"):
        # Cancelled after members registered: the feed shows it with
        # STATUS:CANCELLED and a higher SEQUENCE.
        draft = event.get_latest_revision_as_object()
        draft.cancelled = True
        draft.save_revision().publish()
    return event


INDEX_ORDER = 20


def ensure_index(ctx) -> None:
    ensure_child(
        ctx.home,
        EventIndexPage,
        slug="calendrier",
        title="Calendrier",
        introduction=(
            "<p>Réunions, webinaires, ateliers et séminaires du programme.</p>"
        ),
    )


def load(ctx) -> None:
    calendar = EventIndexPage.objects.live().first()
    if calendar is None:
        return
    types = {event_type.slug: event_type for event_type in EventType.objects.all()}
    today = timezone.localdate()
    for spec in _programme(today):
        _ensure_event(calendar, types, ctx.users, spec)
    ctx.say(f"Calendrier : {EventPage.objects.count()} événements.")
