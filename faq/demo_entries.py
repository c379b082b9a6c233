"""The demo FAQ's text: the questions instructors and communes really ask."""

CU = "Code de l'urbanisme, article"
CRPA = "Code des relations entre le public et l'administration, article"

CATEGORIES = [
    (
        "saisine-electronique",
        "Saisine par voie électronique et guichet numérique",
        "Recevoir les demandes en ligne : obligations, accusés, guichet du citoyen.",
    ),
    (
        "delais-instruction",
        "Délais d'instruction",
        "Point de départ, pièces manquantes, majorations et décisions tacites.",
    ),
    (
        "signature-electronique",
        "Signature électronique",
        "Signer les demandes, les arrêtés et les transmettre.",
    ),
    (
        "plat-au-logiciels",
        "Plat'AU et logiciels d'instruction",
        "La plateforme de l'État et les outils des services instructeurs.",
    ),
]

# The entry published from a question asked in the members' thread.
PROMOTED_FROM = {
    "entry": "dossier-absent-logiciel-instruction",
    "thread_title": "FAQ : posez vos questions",
}

ENTRIES = [
    # Saisine par voie électronique et guichet numérique
    {
        "slug": "saisine-voie-electronique-sve",
        "category": "saisine-electronique",
        "title": "Qu'est-ce que la saisine par voie électronique (SVE) ?",
        "short": (
            "C'est le droit, pour tout usager, d'adresser sa demande d'autorisation "
            "d'urbanisme à l'administration par voie électronique. Depuis le "
            "1er janvier 2022, toutes les communes doivent pouvoir recevoir ces "
            "demandes en ligne."
        ),
        "answer": [
            "La saisine par voie électronique (SVE) permet à un pétitionnaire de "
            "déposer son permis de construire, sa déclaration préalable ou son "
            "certificat d'urbanisme sans se déplacer en mairie. La commune choisit "
            "le moyen de réception : un téléservice dédié (guichet numérique) ou, à "
            "défaut, une adresse électronique dédiée.",
            "La dématérialisation de l'instruction va plus loin : les communes de "
            "plus de 3 500 habitants doivent disposer d'une téléprocédure "
            "spécifique leur permettant de recevoir et d'instruire les demandes "
            "sous forme dématérialisée.",
        ],
        "keywords": "SVE, téléservice, dématérialisation, dépôt en ligne",
        "legal": [f"{CU} L. 423-3", f"{CRPA} L. 112-8"],
        "related": ["obligation-commune-demandes-en-ligne", "guichet-numerique-gnau"],
    },
    {
        "slug": "obligation-commune-demandes-en-ligne",
        "category": "saisine-electronique",
        "title": (
            "Ma commune est-elle obligée d'accepter les demandes déposées en ligne ?"
        ),
        "short": (
            "Oui. Toutes les communes doivent accepter la saisine par voie "
            "électronique ; celles de plus de 3 500 habitants doivent en outre "
            "instruire les demandes sous forme dématérialisée."
        ),
        "answer": [
            "L'obligation de recevoir par voie électronique s'applique à toutes les "
            "communes, quelle que soit leur taille. Une petite commune peut se "
            "contenter d'une adresse électronique dédiée, à condition de la publier "
            "(site internet, affichage en mairie) et d'en préciser les conditions "
            "d'utilisation.",
            "Les communes de plus de 3 500 habitants doivent disposer d'une "
            "téléprocédure spécifique, le plus souvent le guichet numérique fourni "
            "par leur service instructeur ou leur intercommunalité.",
        ],
        "keywords": "obligation, commune, 3 500 habitants, téléprocédure",
        "legal": [f"{CU} L. 423-3", f"{CRPA} L. 112-8"],
    },
    {
        "slug": "guichet-numerique-gnau",
        "category": "saisine-electronique",
        "title": (
            "Qu'est-ce que le guichet numérique des autorisations d'urbanisme (GNAU) ?"
        ),
        "short": (
            "Le GNAU est le téléservice par lequel le citoyen dépose sa demande, "
            "suit son instruction et répond aux demandes de pièces, sans se "
            "déplacer en mairie."
        ),
        "answer": [
            "Le guichet numérique est ouvert par la commune ou son service "
            "instructeur. Le pétitionnaire s'y connecte, souvent avec FranceConnect, "
            "joint ses plans et formulaires Cerfa, puis suit l'avancement du dossier "
            "dans son espace personnel.",
            "Pour l'aider à constituer son dossier, il peut d'abord utiliser "
            "l'assistance en ligne AD'AU sur service-public.fr, qui génère le bon "
            "formulaire et la liste des pièces à joindre.",
        ],
        "keywords": "GNAU, guichet, citoyen, pétitionnaire, AD'AU, FranceConnect",
        "related": ["accuses-depot-en-ligne"],
    },
    {
        "slug": "accuses-depot-en-ligne",
        "category": "saisine-electronique",
        "title": "Quels accusés le pétitionnaire reçoit-il après un dépôt en ligne ?",
        "short": (
            "Un accusé d'enregistrement électronique (AEE), au plus tard le premier "
            "jour ouvré suivant le dépôt, puis un accusé de réception électronique "
            "(ARE) dans les dix jours ouvrés."
        ),
        "answer": [
            "L'accusé d'enregistrement électronique atteste que la demande est "
            "bien arrivée ; il est en général envoyé automatiquement par le "
            "guichet numérique.",
            "L'accusé de réception électronique mentionne la date de réception, le "
            "numéro du dossier et le délai d'instruction de droit commun. Tant qu'il "
            "n'est pas délivré, les délais ne sont pas opposables au pétitionnaire.",
        ],
        "keywords": "accusé, AEE, ARE, enregistrement, réception",
        "legal": [f"{CRPA} L. 112-11", f"{CU} R. 423-3"],
    },
    {
        "slug": "depot-papier-encore-possible",
        "category": "saisine-electronique",
        "title": "Un pétitionnaire peut-il encore déposer sa demande sur papier ?",
        "short": (
            "Oui. La voie électronique est un droit pour l'usager, pas une "
            "obligation : la mairie doit toujours accepter un dossier papier."
        ),
        "answer": [
            "Le dépôt papier reste possible, en mairie ou par lettre recommandée. "
            "Le service instructeur numérise alors le dossier pour l'instruire "
            "dans son logiciel et le transmettre aux services consultés via "
            "Plat'AU.",
            "Pour les pétitionnaires peu à l'aise avec le numérique, les maisons "
            "France services peuvent accompagner un dépôt en ligne.",
        ],
        "keywords": "papier, recommandé, mairie, numérisation",
        "legal": [f"{CU} R. 423-1"],
    },
    # Délais d'instruction
    {
        "slug": "delais-instruction-droit-commun",
        "category": "delais-instruction",
        "title": "Quels sont les délais d'instruction de droit commun ?",
        "short": (
            "Un mois pour une déclaration préalable, deux mois pour un permis de "
            "construire une maison individuelle ou un permis de démolir, trois mois "
            "pour les autres permis de construire et les permis d'aménager."
        ),
        "answer": [
            "Ces délais sont les mêmes que la demande soit déposée sur papier ou en "
            "ligne. Ils peuvent être majorés, par exemple lorsque le projet est "
            "situé dans le périmètre d'un monument historique ou soumis à "
            "l'avis d'une commission.",
            "Le délai applicable est indiqué au pétitionnaire dans l'accusé de "
            "réception, puis, s'il change, dans la lettre de majoration notifiée "
            "dans le premier mois.",
        ],
        "keywords": "délai, durée, déclaration préalable, permis de construire",
        "legal": [f"{CU} R. 423-23", f"{CU} R. 423-24"],
        "related": ["majoration-delai-electronique"],
    },
    {
        "slug": "point-depart-delai-dossier-en-ligne",
        "category": "delais-instruction",
        "title": (
            "À partir de quand court le délai d'instruction d'un dossier déposé "
            "en ligne ?"
        ),
        "short": (
            "Le délai court à compter de la réception d'un dossier complet, c'est-à-"
            "dire de la date de dépôt indiquée dans l'accusé d'enregistrement, y "
            "compris un week-end ou un jour férié."
        ),
        "answer": [
            "Une demande déposée en ligne un samedi est réputée reçue ce samedi : "
            "le délai commence à courir dès cette date, même si le service ne "
            "l'ouvre que le lundi.",
            "Si le dossier est incomplet, le délai ne court qu'à compter de la "
            "réception des pièces manquantes.",
        ],
        "keywords": "point de départ, délai, dossier complet, week-end",
        "legal": [f"{CU} R. 423-19", f"{CU} R. 423-22"],
    },
    {
        "slug": "demande-pieces-manquantes",
        "category": "delais-instruction",
        "title": "Comment demander les pièces manquantes d'un dossier dématérialisé ?",
        "short": (
            "Dans le mois qui suit le dépôt, par un courrier électronique ou un "
            "message sur le guichet numérique, qui liste de façon exhaustive les "
            "pièces manquantes."
        ),
        "answer": [
            "La demande de pièces est notifiée par voie électronique lorsque le "
            "pétitionnaire a déposé en ligne. Elle doit être unique et complète : "
            "une seconde demande ne prolonge pas le délai.",
            "Le pétitionnaire dispose de trois mois pour compléter son dossier ; "
            "à défaut, la demande fait l'objet d'une décision tacite de rejet.",
        ],
        "keywords": "pièces manquantes, incomplet, complétude, demande de pièces",
        "legal": [f"{CU} R. 423-38", f"{CU} R. 423-39", f"{CU} R. 423-41"],
        "related": ["demande-pieces-hors-delai"],
    },
    {
        "slug": "demande-pieces-hors-delai",
        "category": "delais-instruction",
        "title": "Que se passe-t-il si la demande de pièces est envoyée hors délai ?",
        "short": (
            "Elle n'interrompt pas le délai d'instruction : le dossier est réputé "
            "complet et une décision tacite peut naître à l'échéance."
        ),
        "answer": [
            "Une demande de pièces notifiée après le premier mois, ou portant sur "
            "une pièce non exigée par le code de l'urbanisme, est sans effet sur le "
            "délai. Les instructeurs ont donc intérêt à vérifier la complétude dès "
            "la réception du dossier dans leur logiciel.",
        ],
        "keywords": "hors délai, décision tacite, pièces manquantes",
        "legal": [f"{CU} R. 423-41", f"{CU} L. 424-2"],
    },
    {
        "slug": "majoration-delai-electronique",
        "category": "delais-instruction",
        "title": "Comment notifier une majoration de délai par voie électronique ?",
        "short": (
            "Comme la demande de pièces : dans le mois qui suit le dépôt, par le "
            "même canal électronique que celui utilisé par le pétitionnaire."
        ),
        "answer": [
            "La lettre de majoration indique le nouveau délai et son motif "
            "(consultation de l'architecte des Bâtiments de France, d'une "
            "commission départementale, etc.). Le logiciel d'instruction la génère "
            "et l'envoie au guichet numérique, qui la met à disposition du "
            "pétitionnaire.",
        ],
        "keywords": "majoration, prolongation, ABF, notification",
        "legal": [f"{CU} R. 423-42", f"{CU} R. 423-24"],
    },
    # Signature électronique
    {
        "slug": "petitionnaire-signature-electronique",
        "category": "signature-electronique",
        "title": "Le pétitionnaire doit-il signer électroniquement sa demande ?",
        "short": (
            "Non. Le dépôt sur le guichet numérique, après identification du "
            "pétitionnaire, vaut signature : aucun certificat de signature n'est "
            "exigé."
        ),
        "answer": [
            "L'identification par le téléservice (compte personnel ou "
            "FranceConnect) suffit à rattacher la demande à son auteur. Une demande "
            "envoyée à l'adresse électronique dédiée de la mairie doit en revanche "
            "comporter le formulaire Cerfa complété et signé, par exemple scanné.",
        ],
        "keywords": "signature, pétitionnaire, Cerfa, FranceConnect",
    },
    {
        "slug": "maire-signature-electronique-arretes",
        "category": "signature-electronique",
        "title": "Le maire peut-il signer les arrêtés d'urbanisme électroniquement ?",
        "short": (
            "Oui. Les décisions de l'administration peuvent faire l'objet d'une "
            "signature électronique, pourvu que le procédé garantisse l'identité du "
            "signataire et l'intégrité de l'acte."
        ),
        "answer": [
            "La signature électronique de l'arrêté évite l'impression, la signature "
            "manuscrite puis la numérisation. Elle se fait en général dans le "
            "parapheur électronique de la collectivité, relié au logiciel "
            "d'instruction.",
            "L'arrêté signé est ensuite notifié au pétitionnaire par le guichet "
            "numérique et transmis au contrôle de légalité.",
        ],
        "keywords": "arrêté, maire, signature, décision, parapheur",
        "legal": [f"{CRPA} L. 212-3"],
        "related": ["niveau-signature-electronique", "parapheur-electronique"],
    },
    {
        "slug": "niveau-signature-electronique",
        "category": "signature-electronique",
        "title": "Quel niveau de signature électronique choisir pour les décisions ?",
        "short": (
            "Une signature électronique au moins avancée, reposant sur un "
            "certificat qualifié, conforme au référentiel général de sécurité (RGS) "
            "et au règlement européen eIDAS."
        ),
        "answer": [
            "Les certificats des élus et agents habilités sont délivrés par des "
            "prestataires qualifiés. Pensez à anticiper leur renouvellement et les "
            "délégations de signature : un certificat expiré bloque la signature "
            "des arrêtés.",
        ],
        "keywords": "RGS, eIDAS, certificat, niveau de signature",
        "legal": [f"{CRPA} L. 212-3"],
    },
    {
        "slug": "transmission-controle-legalite",
        "category": "signature-electronique",
        "title": "Comment transmettre une décision signée au contrôle de légalité ?",
        "short": (
            "Par voie électronique : le logiciel d'instruction la dépose sur "
            "Plat'AU, qui la met à disposition de la préfecture."
        ),
        "answer": [
            "La transmission électronique évite l'envoi papier et fait courir le "
            "délai du contrôle de légalité dès le dépôt. La décision reste "
            "exécutoire après sa notification au pétitionnaire et sa transmission "
            "au préfet.",
        ],
        "keywords": "contrôle de légalité, préfecture, transmission, exécutoire",
        "legal": [f"{CU} L. 424-7"],
    },
    {
        "slug": "parapheur-electronique",
        "category": "signature-electronique",
        "title": "Un parapheur électronique est-il nécessaire ?",
        "short": (
            "Il n'est pas obligatoire, mais il simplifie beaucoup le circuit : les "
            "projets d'arrêtés y arrivent depuis le logiciel d'instruction et en "
            "repartent signés."
        ),
        "answer": [
            "Sans parapheur, l'arrêté peut être signé avec un outil de signature "
            "autonome, puis déposé à la main dans le logiciel d'instruction. Le "
            "risque d'erreur de version est alors plus grand.",
        ],
        "keywords": "parapheur, circuit de signature, arrêté",
    },
    # Plat'AU et logiciels d'instruction
    {
        "slug": "qu-est-ce-que-plat-au",
        "category": "plat-au-logiciels",
        "title": "Qu'est-ce que Plat'AU ?",
        "short": (
            "La plateforme des autorisations d'urbanisme de l'État : elle fait "
            "circuler les dossiers dématérialisés entre les guichets, les logiciels "
            "des services instructeurs et les services consultés."
        ),
        "answer": [
            "Plat'AU n'est pas un logiciel d'instruction : c'est un hub d'échanges. "
            "Chaque acteur continue d'utiliser son propre outil, raccordé à la "
            "plateforme, qui reçoit et transmet les pièces, les avis et les "
            "décisions.",
            "Les services consultés (architecte des Bâtiments de France, "
            "gestionnaires de réseaux, services de l'État) reçoivent ainsi les "
            "dossiers sans ressaisie.",
        ],
        "keywords": "Plat'AU, plateforme, hub, échanges, État",
        "related": ["logiciels-instruction-raccordes"],
    },
    {
        "slug": "logiciels-instruction-raccordes",
        "category": "plat-au-logiciels",
        "title": "Quels logiciels d'instruction sont raccordés à Plat'AU ?",
        "short": (
            "Les principaux logiciels du marché utilisés par les services "
            "instructeurs sont raccordés ; demandez à votre éditeur la version "
            "compatible."
        ),
        "answer": [
            "Le raccordement se fait par l'éditeur du logiciel, qui met en place "
            "les échanges avec la plateforme. Le service instructeur doit ensuite "
            "paramétrer ses acteurs (communes, instructeurs, services consultés).",
            "Un service instructeur qui change de logiciel doit prévoir la reprise "
            "des dossiers en cours et un temps de formation des instructeurs.",
        ],
        "keywords": "logiciel, éditeur, raccordement, instructeur, paramétrage",
    },
    {
        "slug": "consultation-services-plat-au",
        "category": "plat-au-logiciels",
        "title": "Comment consulter un service extérieur via Plat'AU ?",
        "short": (
            "Depuis le logiciel d'instruction : la consultation part sur Plat'AU, "
            "le service consulté répond dans son propre outil et l'avis revient "
            "dans le dossier."
        ),
        "answer": [
            "Les délais de réponse des services consultés sont inchangés : sans "
            "réponse dans le délai, l'avis est réputé favorable. La date de "
            "consultation enregistrée par la plateforme fait foi.",
        ],
        "keywords": "consultation, avis, ABF, service consulté",
        "legal": [f"{CU} R. 423-59"],
    },
    {
        "slug": "dossier-absent-logiciel-instruction",
        "category": "plat-au-logiciels",
        "title": (
            "Un dossier déposé sur le guichet n'apparaît pas dans mon logiciel "
            "d'instruction : que faire ?"
        ),
        "short": (
            "Vérifiez d'abord qu'il a bien été transmis à Plat'AU et qu'il est "
            "rattaché au bon service instructeur ; sinon, signalez-le à l'éditeur "
            "avec le numéro du dossier."
        ),
        "answer": [
            "Dans la plupart des cas, le dossier attend dans Plat'AU parce que la "
            "commune n'est pas rattachée au bon service instructeur dans le "
            "paramétrage des acteurs. La correction du paramétrage suffit alors à "
            "le faire arriver.",
            "Le délai d'instruction court dès le dépôt : ne tardez pas à signaler "
            "l'anomalie. Cette réponse est issue d'une question posée par un membre "
            "de la communauté.",
        ],
        "keywords": "dossier absent, anomalie, paramétrage, acteurs, éditeur",
        "related": ["qu-est-ce-que-plat-au"],
    },
    {
        "slug": "imprimer-dossiers-en-ligne",
        "category": "plat-au-logiciels",
        "title": "Faut-il imprimer les dossiers déposés en ligne ?",
        "short": (
            "Non : le dossier est instruit, transmis aux services consultés et "
            "archivé sous forme numérique. L'impression reste possible pour un "
            "usage ponctuel."
        ),
        "answer": [
            "Les élus qui souhaitent consulter un dossier peuvent le faire depuis "
            "le logiciel d'instruction ou sur une tablette. Le dossier de référence "
            "est le dossier numérique, archivé selon les règles de l'archivage "
            "électronique de la collectivité.",
        ],
        "keywords": "impression, papier, archivage, élus",
    },
]
