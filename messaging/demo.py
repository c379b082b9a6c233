"""Demo conversations between the demo members: two private ones and a group.

Sent through the messaging services, so they read, count and notify as
members' own messages do. Idempotent: a conversation that already has messages
is left as it is.
"""

from messaging.models import Conversation
from messaging.services import (
    conversation_create_group,
    conversation_mark_read,
    conversation_start_direct,
    message_send,
)

DEMO_ORDER = 80

GROUP_TITLE = "Référents dématérialisation ADS"

PRIVATE = [
    (
        ("jdupont", "membre"),
        [
            (
                "jdupont",
                "Bonjour Hélène, as-tu reçu la convention de raccordement "
                "à PLAT'AU signée par la DDT ?",
            ),
            (
                "membre",
                "Bonjour Jean, oui, elle est arrivée ce matin. Je la dépose "
                "dans la bibliothèque cet après-midi.",
            ),
            (
                "jdupont",
                "Parfait, merci ! Je préviens les services instructeurs de "
                "la communauté de communes.",
            ),
        ],
    ),
    (
        ("crousseau", "membre"),
        [
            (
                "crousseau",
                "Hélène, la mairie de Saint-Martin demande si le guichet "
                "numérique accepte les dossiers de plus de 50 Mo.",
            ),
            (
                "membre",
                "La limite est de 50 Mo par pièce ; au-delà, il faut scinder "
                "les plans. La FAQ en parle : https://www.service-public.fr",
            ),
        ],
    ),
]

GROUP = [
    (
        "admin",
        "Bienvenue dans ce groupe ! Nous y préparons ensemble le "
        "webinaire du mois prochain sur l'instruction en ligne.",
    ),
    (
        "mnguyen",
        "Merci Sophie. Je peux présenter le retour d'expérience de "
        "notre service sur les déclarations préalables.",
    ),
    (
        "crousseau",
        "Très bien. @[membre], pourrais-tu partager la grille "
        "d'analyse des pièces manquantes ?",
    ),
    ("membre", "Bien sûr, je la mets en ligne d'ici vendredi."),
]


def _talk(conversation, lines, users) -> None:
    for username, text in lines:
        message_send(
            author=users[username],
            conversation=conversation,
            text=text,
            check_flood=False,
        )


def load(ctx) -> None:
    users = ctx.users
    for (first, second), lines in PRIVATE:
        conversation = conversation_start_direct(
            author=users[first], other=users[second]
        )
        if conversation.last_message_id is None:
            _talk(conversation, lines, users)
    group = Conversation.objects.filter(is_group=True, title=GROUP_TITLE).first()
    if group is None:
        group = conversation_create_group(
            author=users["admin"],
            title=GROUP_TITLE,
            members=[
                users[name] for name in ("membre", "crousseau", "mnguyen", "jdupont")
            ],
        )
        _talk(group, GROUP, users)
        # Marc read everything; Jean has messages waiting.
        conversation_mark_read(user=users["mnguyen"], conversation=group)
    ctx.say("Messagerie de démonstration : 3 conversations, dont un groupe.")
