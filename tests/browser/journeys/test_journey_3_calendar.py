"""Journey 3: a member takes part in an event, copies the subscription address
and downloads the event's .ics, which a calendar application can read."""

import icalendar
from playwright.sync_api import expect

EVENT = "Atelier : paramétrer le guichet numérique des autorisations d'urbanisme"


def test_member_takes_part_subscribes_and_downloads_the_event(open_as, server):
    page = open_as("membre", permissions=["clipboard-read", "clipboard-write"])
    page.goto(f"{server}/calendrier/")
    page.get_by_role("link", name=EVENT).first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(EVENT)

    page.get_by_role("button", name="Je participe").click()
    expect(page.get_by_text("Vous participez.")).to_be_visible()
    expect(page.locator("#participants").get_by_text("Hélène Martin")).to_be_visible()

    page.goto(f"{server}/calendrier/")
    address = page.get_by_label("Votre adresse d'abonnement")
    address.focus()
    page.keyboard.press("ControlOrMeta+A")
    page.keyboard.press("ControlOrMeta+C")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == address.input_value()
    assert copied.startswith(f"{server}/calendrier/ical/")
    feed = page.request.get(copied)  # the calendar application: no session
    subscription = icalendar.Calendar.from_ical(feed.body())
    assert EVENT in [str(event["SUMMARY"]) for event in subscription.walk("VEVENT")]

    page.goto(f"{server}/calendrier/")
    page.get_by_role("link", name=EVENT).first.click()
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Ajouter à mon agenda").click()
    download = download_info.value
    assert download.suggested_filename.endswith(".ics")
    event = icalendar.Calendar.from_ical(open(download.path(), "rb").read())
    (vevent,) = event.walk("VEVENT")
    assert str(vevent["SUMMARY"]) == EVENT
    assert vevent["DTSTART"].dt.tzinfo is not None
