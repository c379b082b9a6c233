"""The community's own presentation of the platform, as
StreamField content for the "OSMOSE : qu'est-ce que c'est ?" and "Règles et
bonnes pratiques" pages."""


def _paragraph(html):
    return {"type": "paragraph", "value": html}


def _heading(text, level="h2"):
    return {"type": "heading", "value": {"text": text, "level": level}}


def _list(items):
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


ABOUT_INTRODUCTION = (
    "La Direction de Programme Démat. ADS vous invite à utiliser OSMOSE. OSMOSE est "
    "un outil collaboratif qui permet d'échanger entre membres d'une communauté grâce "
    "à un ensemble de fonctionnalités : partage de documents et calendrier, espace "
    "d'échange, blog, messagerie instantanée, FAQ... OSMOSE est un outil de partage "
    "simple et sécurisé, au service d'un objectif commun : la réussite du programme "
    "de dématérialisation ADS."
)

ABOUT_BODY = [
    _heading("À quoi ça sert ?"),
    _paragraph(
        "<p>Faciliter le travail collaboratif, centraliser les ressources communes, "
        "capitaliser les expériences...</p>"
        "<p>Au-delà des fonctionnalités de partage de documents et d'information, "
        "OSMOSE a vocation à faciliter les échanges entre acteurs de l'instruction des "
        "demandes d'autorisation d'urbanisme, associés aux expérimentations.</p>"
        "<p>Concrètement, il permet de :</p>"
        + _list(
            [
                "Soutenir les membres de la communauté à chaque étape de la "
                "dématérialisation",
                "Faire connaître et mutualiser les bonnes pratiques",
                "Répondre à vos questions de manière simple et réactive",
                "Capitaliser sur vos retours d'expériences et adapter le rythme du "
                "déploiement",
                "Alerter sur les éventuels dysfonctionnements",
                "Favoriser l'intelligence collective",
                "Outiller les membres avec des supports directement utiles à la prise "
                "en main",
            ]
        )
    ),
    _heading("Et dans la pratique ?"),
    _paragraph(
        "<p>Votre espace OSMOSE se décompose en 6 services :</p>"
        "<ol>"
        "<li><b>ACCUEIL</b> : Aperçu global des dernières actualités de l'espace.</li>"
        "<li><b>BLOG</b> : Chaque billet de blog vous informe d'une actualité sur le "
        "programme et facilite l'accès aux ressources dans l'espace documentaire.</li>"
        "<li><b>CALENDRIER</b> : Les événements du programme (réunions, webinaire, "
        "ateliers, séminaire etc.) sont répertoriés, et se synchronisent "
        "automatiquement avec votre calendrier mail habituel.</li>"
        "<li><b>DOCUMENTS</b> : Tous les documents relatifs au programme sont "
        "répertoriés ici. Plaquettes de communication, supports de webinaires, "
        "documents utiles... L'espace documentaire aura par ailleurs vocation à "
        "intégrer des documents relatifs au suivi des expérimentations (recette, "
        "conduite du changement, conception des outils etc.).</li>"
        "<li><b>ESPACES D'ÉCHANGES</b> : Des fils de discussion thématiques vous "
        "permettent de réagir en direct.</li>"
        "<li><b>FAQ</b> : L'intégralité des questions sur la dématérialisation est "
        "capitalisée dans ce menu, qui sera mis à jour régulièrement. La barre de "
        "recherche vous permet une recherche par mots clés pour accéder facilement à "
        "certaines réponses.</li>"
        "</ol>"
    ),
    {
        "type": "callout",
        "value": {
            "title": "Une question sur l'utilisation d'OSMOSE ?",
            "text": "<p>N'hésitez pas à poser vos questions sur l'utilisation "
            "d'OSMOSE via l'espace d'échange <a href=\"/echanges/fil/"
            'osmose-vos-retours-vos-questions/">« OSMOSE : Vos retours, vos '
            "questions sur l'utilisation de la plateforme »</a>.</p>",
        },
    },
]

RULES_INTRODUCTION = (
    "Quelques règles et bonnes pratiques pour une utilisation optimisée d'OSMOSE."
)

RULES_BODY = [
    _heading("Quelles sont les actions que vous pouvez faire ?"),
    _paragraph(
        "<p>Nous vous invitons à commenter et réagir aux articles sur OSMOSE :</p>"
        + _list(
            [
                "<b>Blog :</b> Vous pouvez réagir à tous les billets de blog. Pour "
                "cela, cliquez sur le billet de blog en question. Sous l'article, vous "
                "pouvez « ajouter un commentaire ».",
                "<b>Espace d'échanges :</b> Les discussions dans l'espace d'échanges "
                "sont rangées par thématiques. Nous vous invitons à poser vos questions "
                "et commentaires dans chacune des thématiques déjà créées, afin que vos "
                "réactions bénéficient à l'ensemble des utilisateurs. Le bouton "
                "« Posez une question » est réservé aux administrateurs, afin de créer "
                "les fils de discussion.",
                "<b>FAQ :</b> Toutes les questions déjà posées sont consolidées dans le "
                "menu FAQ. Si vous souhaitez poser une nouvelle question, rendez-vous "
                'dans le fil de discussion <a href="/echanges/fil/'
                'faq-posez-vos-questions/">« FAQ : posez vos questions »</a>.',
                "<b>Documents :</b> Vous pouvez télécharger tous les documents "
                "disponibles. En cliquant sur le document, vous avez un aperçu du "
                "document : bouton vert pour Télécharger ; bouton Afficher pour un "
                "aperçu agrandi du document et pour rajouter un commentaire sous le "
                "document.",
            ]
        )
    ),
    _heading("Bon à savoir"),
    _paragraph(
        _list(
            [
                "Dès la première connexion, <b>n'hésitez pas à compléter votre "
                "profil</b> en cliquant en haut à droite sur la bulle du personnage. "
                "N'hésitez pas à ajouter une photo pour personnaliser votre espace.",
                "<b>Les notifications</b> (en haut à droite) vous permettent d'accéder "
                "aux dernières actualités parues depuis votre dernière connexion.",
                "Si vous voulez <b>mentionner le nom d'une personne</b> en particulier "
                "dans un commentaire, vous pouvez rajouter le signe « @ » devant son "
                "nom/prénom. La personne recevra une alerte dans ses notifications.",
                "Dans l'espace d'échange, <b>si votre question ne rentre dans aucune "
                "des thématiques</b>, écrivez-nous dans le fil de discussion <a "
                'href="/echanges/fil/osmose-vos-retours-vos-questions/">« OSMOSE : '
                "vos retours, vos questions sur l'utilisation de la plateforme »</a>.",
            ]
        )
    ),
    _heading("Et bien sûr"),
    _paragraph(
        _list(
            [
                "<b>RESPECT &amp; BIENVEILLANCE</b> — de l'expression de chacun",
                "<b>PARTAGE</b> — entre membres d'une communauté",
                "<b>TRANSPARENCE</b> — pour garantir la collaboration",
                "<b>PROFESSIONNALISME</b> — pour créer de la valeur au service "
                "d'objectifs communs",
                "<b>IMPLICATION</b> — de tous pour la réussite du programme",
            ]
        )
    ),
]
