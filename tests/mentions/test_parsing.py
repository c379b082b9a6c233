from mentions.parsing import NAME, TOKEN, USERNAME, mention_sites, token_for


def kinds(text):
    return [[(c.kind, c.key) for c in site] for site in mention_sites(text)]


def test_token_is_read_alone():
    assert kinds("Merci @[jdupont] !") == [[(TOKEN, "jdupont")]]


def test_hand_typed_mention_offers_names_then_username():
    assert kinds("@Jean Dupont a bien raison") == [
        [
            (NAME, "jean dupont a bien"),
            (NAME, "jean dupont a"),
            (NAME, "jean dupont"),
            (USERNAME, "Jean"),
        ]
    ]


def test_trailing_punctuation_is_not_part_of_a_username():
    assert kinds("Voir @jdupont.") == [[(USERNAME, "jdupont")]]


def test_email_addresses_and_urls_are_not_mentions():
    assert kinds("jean@example.org https://mastodon.social/@jdupont") == []


def test_the_number_of_mentions_read_is_bounded():
    assert len(mention_sites("@a " * 500)) == 50


def test_token_for_a_member():
    assert token_for("jdupont") == "@[jdupont]"
