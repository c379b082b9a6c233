"""Demo discussion spaces: three themes, fifteen threads, exchanges between members.

Threads are found by slug, so a second run adds nothing. Messages of a thread
are written in one bulk insert and indexed for search in bulk: no notification
is sent for demo content.
"""

from dataclasses import dataclass
from datetime import timedelta

from django.utils import timezone
from wagtail.search.backends import get_search_backend

from discussions.models import (
    DiscussionIndexPage,
    Follow,
    Message,
    ReadPosition,
    Theme,
    Thread,
)
from discussions.services import thread_refresh_summary
from home.demo import ensure_child

DEMO_ORDER = 40
INDEX_ORDER = 40


@dataclass(frozen=True)
class M:
    """One demo message: who, what, and the earlier message it answers."""

    user: str
    text: str
    reply: int | None = None
    quote: bool = False


THEMES = [
    (
        "la-plateforme-osmose",
        "La plateforme OSMOSE",
        "Vos retours et vos questions sur OSMOSE et sur la FAQ.",
    ),
    (
        "instruction-dematerialisee",
        "Instruction dématérialisée",
        "Instruire les autorisations d'urbanisme sans papier : outils, "
        "consultations, signature, délais.",
    ),
    (
        "guichet-numerique",
        "Guichet numérique",
        "Le dépôt en ligne des demandes : accueil des pétitionnaires, pièces, "
        "accusés de réception.",
    ),
]

# (theme, slug, title, options, messages); the opening message comes first.
THREADS = [
    (
        "la-plateforme-osmose",
        "osmose-vos-retours-vos-questions",
        "OSMOSE : vos retours, vos questions sur l'utilisation de la plateforme",
        {},
        [
            M(
                "crousseau",
                "Bonjour, est-il possible de recevoir les notifications par "
                "e-mail seulement une fois par jour ? J'en reçois beaucoup.",
            ),
            M(
                "admin",
                "Bonjour @[crousseau], oui : dans votre profil, rubrique "
                "« Préférences de notification », choisissez « par e-mail, dans "
                "le résumé quotidien ».",
                reply=0,
            ),
            M("crousseau", "Parfait, c'est réglé. Merci !", reply=1),
            M(
                "mnguyen",
                "Petite suggestion : pouvoir suivre un fil sans y répondre. "
                "Je viens de voir que le bouton « Suivre ce fil » existe déjà, "
                "très bien.",
            ),
        ],
    ),
    (
        "la-plateforme-osmose",
        "faq-posez-vos-questions",
        "FAQ : posez vos questions",
        {},
        [
            M(
                "jdupont",
                "Un pétitionnaire peut-il déposer une déclaration préalable par "
                "e-mail plutôt que par le guichet numérique ?",
            ),
            M(
                "editeur",
                "Non : la saisine par voie électronique se fait par le téléservice "
                "désigné par la commune. Un e-mail n'est pas une saisine valable "
                "dès lors qu'un téléservice existe.",
                reply=0,
            ),
            M(
                "membre",
                "Et pour les pièces complémentaires demandées en cours "
                "d'instruction, le pétitionnaire passe aussi par le guichet ?",
            ),
            M(
                "editeur",
                "Oui, @[membre], par le même guichet, sur le dossier déjà déposé.",
                reply=2,
            ),
        ],
    ),
    (
        "instruction-dematerialisee",
        "signature-electronique-des-arretes",
        "Signature électronique des arrêtés : quel parapheur utilisez-vous ?",
        {"resolved": 3},
        [
            M(
                "admin",
                "Plusieurs collectivités nous demandent comment signer les arrêtés "
                "sans imprimer. Partagez vos outils et vos retours.",
            ),
            M(
                "jdupont",
                "Chez nous le maire signe dans le parapheur électronique du "
                "département, l'arrêté revient ensuite dans le logiciel "
                "d'instruction.",
            ),
            M(
                "crousseau",
                "Est-ce que la signature est bien reconnue par le contrôle de "
                "légalité ?",
                reply=1,
            ),
            M(
                "mnguyen",
                "Oui, à condition d'utiliser un certificat qualifié au nom du "
                "signataire. Nous transmettons ensuite l'arrêté signé par la "
                "plateforme de télétransmission, sans papier.",
                reply=2,
                quote=True,
            ),
            M(
                "crousseau",
                "Merci @[mnguyen], c'est exactement ce qu'il me fallait.",
                reply=3,
            ),
        ],
    ),
    (
        "instruction-dematerialisee",
        "consultation-des-services-abf-sdis",
        "Consulter l'ABF et le SDIS sans envoi papier",
        {"pinned": True},
        [
            M(
                "admin",
                "Les consultations passent désormais par PLAT'AU. Quels retours "
                "sur les délais de réponse des services consultés ?",
            ),
            M(
                "membre",
                "Nos avis de l'ABF arrivent en moyenne en trois semaines, comme "
                "avant, mais sans courrier à relancer.",
            ),
            M(
                "jdupont",
                "Pour le SDIS, pensez à joindre le plan de masse en PDF lisible : "
                "ils nous ont renvoyé deux dossiers pour des plans illisibles.",
            ),
            M(
                "editeur",
                "Bon point @[jdupont]. Une fiche pratique sur les formats est en "
                "préparation dans les documents.",
                reply=2,
            ),
        ],
    ),
    (
        "instruction-dematerialisee",
        "delais-d-instruction-et-pieces-manquantes",
        "Délais d'instruction et demande de pièces manquantes",
        {},
        [
            M(
                "admin",
                "Rappel : la demande de pièces manquantes doit partir dans le "
                "premier mois. Comment vous organisez-vous avec le dépôt en ligne ?",
            ),
            M(
                "crousseau",
                "Nous faisons un premier tri dès l'accusé d'enregistrement : une "
                "personne vérifie la complétude chaque matin.",
            ),
            M(
                "mnguyen",
                "Nous avons paramétré des modèles de courrier dans le logiciel, "
                "la demande part directement par le guichet.",
                reply=1,
            ),
        ],
    ),
    (
        "instruction-dematerialisee",
        "archivage-des-dossiers-numeriques",
        "Archivage des dossiers numériques : qui s'en occupe ?",
        {},
        [
            M(
                "admin",
                "Le dossier numérique devient le dossier de référence. Avez-vous "
                "échangé avec vos archives départementales ?",
            ),
            M(
                "jdupont",
                "Pas encore. Quelqu'un a-t-il un modèle de convention ?",
            ),
            M(
                "membre",
                "Nous avons travaillé avec le service d'archives électroniques de "
                "la région, je peux partager notre note de cadrage.",
                reply=1,
            ),
            M("jdupont", "Avec plaisir @[membre], merci d'avance !", reply=2),
        ],
    ),
    (
        "instruction-dematerialisee",
        "plans-trop-lourds",
        "Plans trop lourds : quelle taille maximale pour les pièces ?",
        {},
        [
            M(
                "admin",
                "Des pétitionnaires se plaignent de ne pas pouvoir joindre leurs "
                "plans. Quelles limites avez-vous fixées ?",
            ),
            M(
                "mnguyen",
                "25 Mo par pièce chez nous, et nous conseillons d'enregistrer les "
                "plans en PDF vectoriel plutôt qu'en image scannée.",
            ),
            M(
                "crousseau",
                "Nous avons mis en ligne une page d'aide avec un outil de "
                "compression, les appels ont nettement baissé.",
            ),
        ],
    ),
    (
        "instruction-dematerialisee",
        "former-les-instructeurs",
        "Former les instructeurs au logiciel : retours d'expérience",
        {},
        [
            M(
                "admin",
                "Quelles formations ont le mieux fonctionné pour vos équipes ?",
            ),
            M(
                "membre",
                "Des ateliers courts, une heure, sur de vrais dossiers. Les "
                "grandes journées de formation ont été vite oubliées.",
            ),
            M(
                "jdupont",
                "Pareil. Nous avons aussi désigné un référent par service.",
                reply=1,
            ),
            M(
                "editeur",
                "Les supports du dernier webinaire sont dans la bibliothèque, "
                "@[jdupont], si cela peut vous servir.",
                reply=2,
            ),
        ],
    ),
    (
        "instruction-dematerialisee",
        "ancien-logiciel-migration",
        "Migration depuis l'ancien logiciel d'instruction",
        {"locked": True},
        [
            M(
                "admin",
                "Ce fil a servi pendant la migration de 2025. Il est verrouillé : "
                "pour une nouvelle question, utilisez les autres fils.",
            ),
            M(
                "crousseau",
                "Notre reprise des dossiers en cours s'est bien passée, merci "
                "pour l'accompagnement.",
            ),
            M(
                "mnguyen",
                "Même constat ici. Seules les pièces très anciennes ont dû être "
                "numérisées à la main.",
            ),
        ],
    ),
    (
        "guichet-numerique",
        "accuse-d-enregistrement-electronique",
        "Accusé d'enregistrement électronique : délai d'envoi",
        {"pinned": True},
        [
            M(
                "admin",
                "L'accusé d'enregistrement électronique doit partir au plus tard "
                "le premier jour ouvré suivant le dépôt. Vos guichets le font-ils "
                "automatiquement ?",
            ),
            M(
                "jdupont",
                "Oui, le nôtre l'envoie dans la minute qui suit le dépôt.",
            ),
            M(
                "membre",
                "Chez nous c'est manuel le week-end. Est-ce un problème ?",
                reply=0,
            ),
            M(
                "admin",
                "Tant qu'il part le lundi, c'est dans les règles, @[membre].",
                reply=2,
                quote=True,
            ),
        ],
    ),
    (
        "guichet-numerique",
        "pieces-complementaires-par-le-guichet",
        "Pièces complémentaires déposées par le guichet",
        {},
        [
            M(
                "admin",
                "Comment les pétitionnaires savent-ils où déposer les pièces "
                "qu'on leur demande ?",
            ),
            M(
                "crousseau",
                "Le courrier de demande contient le lien direct vers leur dossier.",
            ),
            M(
                "mnguyen",
                "Nous ajoutons aussi une courte vidéo d'explication, très "
                "appréciée des particuliers.",
                reply=1,
            ),
        ],
    ),
    (
        "guichet-numerique",
        "accompagner-les-particuliers",
        "Accompagner les particuliers peu à l'aise avec le numérique",
        {},
        [
            M(
                "admin",
                "Le dépôt papier reste possible, mais comment aider ceux qui "
                "veulent essayer en ligne ?",
            ),
            M(
                "membre",
                "Nous tenons une permanence en mairie le jeudi matin, avec un "
                "poste en libre-service.",
            ),
            M(
                "jdupont",
                "Les conseillers numériques de France Services nous aident "
                "beaucoup aussi.",
            ),
            M(
                "crousseau",
                "Bonne idée @[jdupont], je vais contacter ceux de notre canton.",
                reply=2,
            ),
        ],
    ),
    (
        "guichet-numerique",
        "comptes-des-professionnels",
        "Comptes des architectes et bureaux d'études",
        {},
        [
            M(
                "admin",
                "Les professionnels déposent pour plusieurs clients. Comment "
                "gérez-vous leurs comptes ?",
            ),
            M(
                "mnguyen",
                "Un compte par cabinet, et le mandat joint à chaque dossier.",
            ),
            M(
                "editeur",
                "C'est la bonne pratique, @[mnguyen] ; la FAQ va la reprendre.",
                reply=1,
            ),
        ],
    ),
    (
        "guichet-numerique",
        "paiement-taxe-amenagement",
        "Taxe d'aménagement : que dire aux pétitionnaires ?",
        {},
        [
            M(
                "admin",
                "Depuis le transfert à la DGFiP, les questions sur la taxe "
                "d'aménagement arrivent encore en mairie.",
            ),
            M(
                "jdupont",
                "Nous renvoyons vers l'espace « Gérer mes biens immobiliers » "
                "avec une fiche d'une page.",
            ),
            M("membre", "Pourriez-vous partager cette fiche ?", reply=1),
            M(
                "jdupont",
                "Je la dépose dans les documents cette semaine, @[membre].",
                reply=2,
            ),
        ],
    ),
    (
        "guichet-numerique",
        "statistiques-de-depot-en-ligne",
        "Part des dépôts en ligne : où en êtes-vous ?",
        {},
        [
            M(
                "admin",
                "Partagez la part de dossiers déposés en ligne dans votre commune.",
            ),
            M("crousseau", "Environ 40 % des déclarations préalables en 2026."),
            M(
                "mnguyen",
                "Plutôt 60 % chez nous, surtout grâce aux professionnels.",
            ),
            M(
                "membre",
                "Nous sommes à 25 %, la permanence du jeudi commence à faire "
                "monter le chiffre.",
            ),
        ],
    ),
]


def _theme(slug: str, title: str, description: str, order: int) -> Theme:
    theme, _ = Theme.objects.get_or_create(
        slug=slug,
        defaults={"title": title, "description": description, "order": order},
    )
    return theme


def _write_messages(thread: Thread, specs: list[M], users: dict, start) -> list:
    """Bulk insert, then dates and replies (auto_now_add ignores given dates)."""
    messages = Message.objects.bulk_create(
        [
            Message(thread=thread, author=users.get(spec.user), text=spec.text)
            for spec in specs
        ]
    )
    if any(message.pk is None for message in messages):
        # Databases that do not return the new ids from a bulk insert.
        messages = list(thread.messages.order_by("-pk")[: len(specs)])[::-1]
    for n, (message, spec) in enumerate(zip(messages, specs, strict=True)):
        message.created_at = start + timedelta(hours=5 * n, minutes=7 * n)
        if spec.reply is not None:
            message.reply_to = messages[spec.reply]
            message.quote = spec.quote
    Message.objects.bulk_update(messages, ["created_at", "reply_to", "quote"])
    return messages


def ensure_index(ctx) -> None:
    ensure_child(
        ctx.home,
        DiscussionIndexPage,
        slug="echanges",
        title="Espaces d'échanges",
        introduction="<p>Des fils de discussion thématiques pour réagir en direct.</p>",
    )


def load(ctx) -> None:
    users = ctx.users
    themes = {
        slug: _theme(slug, title, description, order)
        for order, (slug, title, description) in enumerate(THEMES)
    }
    now = timezone.now()
    written, created = [], 0
    for n, (theme_slug, slug, title, options, specs) in enumerate(THREADS):
        thread = Thread.objects.filter(slug=slug).first()
        start = now - timedelta(days=40 - 2 * n)
        if thread is None:
            thread = Thread.objects.create(
                theme=themes[theme_slug],
                slug=slug,
                title=title,
                author=users.get("admin"),
                pinned=options.get("pinned", False),
                locked=options.get("locked", False),
            )
            created += 1
        elif thread.messages.count() > 1:
            continue
        else:
            # A platform thread from the migration: keep its opening message.
            thread.messages.update(created_at=start - timedelta(days=1))
        messages = _write_messages(thread, specs, users, start)
        written += messages
        if "resolved" in options:
            thread.answer = messages[options["resolved"]]
            thread.save(update_fields=["answer"])
        thread_refresh_summary(thread=thread)
        Follow.objects.bulk_create(
            [
                Follow(user=users[username], thread=thread)
                for username in {spec.user for spec in specs}
                if username in users
            ],
            ignore_conflicts=True,
        )
        # Hélène has read the first half of each thread: the rest is new to her.
        if "membre" in users:
            ReadPosition.objects.get_or_create(
                user=users["membre"],
                thread=thread,
                defaults={"last_read_message_id": messages[len(messages) // 2].pk},
            )
    if written:
        backend = get_search_backend()
        backend.add_bulk(Thread, list(Thread.objects.all()))
        backend.add_bulk(Message, written)
    ctx.say(f"Espaces d'échanges : {created} fils, {len(written)} messages ajoutés.")
