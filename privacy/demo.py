"""The "Données personnelles" page of the demo content: what OSMOSE stores,
why, for how long, and how each right is exercised."""

from django.conf import settings

from home.demo import DemoContext, ensure_child
from home.models import StandardPage
from privacy.selectors import POLICY_PAGE_SLUG

DEMO_ORDER = 90


def _paragraph(html):
    return {"type": "paragraph", "value": html}


def _heading(text):
    return {"type": "heading", "value": {"text": text, "level": "h2"}}


def _table(rows):
    return "<ul>" + "".join(f"<li>{row}</li>" for row in rows) + "</ul>"


def policy_body() -> list:
    notifications_months = round(
        getattr(settings, "PRIVACY_NOTIFICATION_RETENTION_DAYS", 180) / 30
    )
    export_hours = getattr(settings, "PRIVACY_EXPORT_TTL_HOURS", 72)
    login_days = getattr(settings, "PRIVACY_LOGIN_RECORD_RETENTION_DAYS", 30)
    return [
        _heading("Qui est responsable ?"),
        _paragraph(
            "<p>OSMOSE est l'espace collaboratif de la Direction de Programme "
            "Démat. ADS, responsable du traitement. Ses administrateurs gèrent les "
            "comptes des membres.</p>"
        ),
        _heading("Ce que nous conservons et pourquoi"),
        _paragraph(
            _table(
                [
                    "<b>Votre compte et votre profil</b> (nom, adresse "
                    "électronique, organisation, fonction, téléphone, présentation, "
                    "photo) : pour vous identifier et vous présenter aux autres "
                    "membres.",
                    "<b>Vos contributions</b> (commentaires, messages dans les "
                    "espaces d'échanges, articles) : pour faire vivre les "
                    "échanges de la communauté.",
                    "<b>Vos messages privés</b> : pour les conversations que vous "
                    "ouvrez avec d'autres membres.",
                    "<b>Vos inscriptions aux événements et votre adresse "
                    "d'abonnement au calendrier</b> : pour tenir votre agenda à "
                    "jour.",
                    "<b>Vos notifications et vos préférences</b> : pour vous "
                    "prévenir de ce qui vous concerne.",
                    "<b>Les connexions</b> (date, adresse IP, navigateur) : pour "
                    "protéger les comptes contre les tentatives d'intrusion.",
                ]
            )
        ),
        _paragraph(
            "<p>Ces traitements reposent sur la mission d'intérêt public du "
            "programme. Aucune donnée n'est vendue ni transmise à des tiers ; le "
            "site ne dépose aucun cookie de mesure d'audience.</p>"
        ),
        _heading("Combien de temps"),
        _paragraph(
            _table(
                [
                    "Compte, profil et contributions : tant que vous êtes membre ; "
                    "à la clôture de votre compte, vos contributions restent "
                    "lisibles sous le nom « Ancien membre ».",
                    f"Notifications : {notifications_months} mois.",
                    f"Journal des connexions : {login_days} jours.",
                    f"Archive de vos données : {export_hours} heures après sa "
                    "préparation.",
                    "Sauvegardes : elles sont écrasées au fil des rotations.",
                ]
            )
        ),
        _heading("Vos droits"),
        _paragraph(
            _table(
                [
                    "<b>Accès et portabilité</b> : depuis « Mon profil », "
                    "rubrique « Mes données personnelles », téléchargez une "
                    "archive ZIP de toutes vos données.",
                    "<b>Rectification</b> : modifiez votre profil à tout moment "
                    "depuis « Mon profil ».",
                    "<b>Effacement et opposition</b> : écrivez à un administrateur "
                    "de la plateforme ; il désactive votre compte sur-le-champ ou "
                    "l'efface.",
                    "<b>Réclamation</b> : vous pouvez saisir la CNIL (www.cnil.fr).",
                ]
            )
        ),
    ]


def load(ctx: DemoContext) -> None:
    ensure_child(
        ctx.home,
        StandardPage,
        slug=POLICY_PAGE_SLUG,
        title="Données personnelles",
        introduction=(
            "Ce que la plateforme OSMOSE conserve à votre sujet, pourquoi, "
            "combien de temps, et comment exercer vos droits."
        ),
        body=policy_body(),
        show_in_menus=False,
    )
