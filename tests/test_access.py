"""How to join: dial-in numbers, codes, webcast and registration links, replay access.

Snippets are invented (company, numbers, codes, hosts) in the layouts real wires use.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

import prparse
from prparse.phones import find_candidates, parse_run, to_e164
from release_template import release

CALL = "Acme will host a conference call on Friday, August 2, 2013 at 8:00 a.m. ET.\n\n"


def only_start(text: str) -> str:
    """The start of the one event a text names, as ISO 8601."""
    [event] = prparse.parse(text).events
    assert event.starts_at is not None
    return event.starts_at.isoformat()


def replay_terms(event: prparse.Event) -> tuple[str, list[str], str | None]:
    """A replay's last day, its numbers and its code, as a test compares them."""
    assert event.replay is not None
    return str(event.replay.available_until), [d.number for d in event.replay.dial_ins], event.replay.passcode


def first_event(body: str) -> dict[str, Any]:
    events = prparse.parse(release(CALL + body)).model_dump(mode="json")["events"]
    assert len(events) == 1
    event: dict[str, Any] = events[0]
    return event


@pytest.mark.parametrize(
    ("snippet", "numbers"),
    [
        ("To access the live call by phone, dial 913-312-0836.", ["+19133120836"]),
        ("To participate, please dial (913) 312-0836.", ["+19133120836"]),
        ("Participants may dial 1-800-715-9871 to join the call.", ["+18007159871"]),
        ("To join the call, dial +1 833 470 1428.", ["+18334701428"]),
        ("To join the call, dial 877.407.0784.", ["+18774070784"]),
        (
            "Dial-in numbers:\nUK: +44 (0) 20 3936 2999\nUK toll-free: 0800 279 6619\n",
            ["+442039362999", "+448002796619"],
        ),
        ("To join the call from Australia, dial 1800 123 456.", ["+611800123456"]),
        (
            "To join the call, dial 0800 279 6619 (UK toll-free) or 020 3936 2999 (UK).",
            ["+448002796619", "+442039362999"],
        ),
        ("To join the call, dial 877-407-0784, ext. 2.", ["+18774070784"]),
        (
            "Domestic: 877-407-0784\nInternational: 201-689-8560\nCanada: 855-669-9658\n",
            ["+18774070784", "+12016898560", "+18556699658"],
        ),
        ("U.S./Canada toll-free: 1-888-664-6392 or 1-416-764-8659", ["+18886646392", "+14167648659"]),
        ("To join the conference call, dial 877-407-0784 / 201-689-8560.", ["+18774070784", "+12016898560"]),
        (
            "Dial-in numbers:\nGermany: 069 2222 10626\nSweden: 08 5033 6574\nNorway: 2100 2613\n",
            ["+4969222210626", "+46850336574", "+4721002613"],
        ),
        # A number that spells its last four digits, as the keypad reads them.
        ("The call can be reached at (888) 555-ACME (U.S.) or (786) 555-4776.", ["+18885552263", "+17865554776"]),
        ("To join the call, dial 1-866-555-CALL.", ["+18665552255"]),
        # A North American number grouped 3-3-4 after a "+" with no "1", not a New Zealand one.
        ("To join the call, dial +646-555-1963.", ["+16465551963"]),
        # A country named by its adjective.
        ("Toll Free: 1-877-555-9813\nIsraeli Toll Free: 1-809-406-247\n", ["+18775559813", "+9721809406247"]),
        # Countries named after their numbers; one opens with its country's code and no "+", and one
        # of those is an old landline that no longer validates: left out, never read as a US number.
        (
            "Access numbers:\n- 1 (888) 555-4371 Audience US Toll Free\n- 01 800 9 155 924 Colombia Freephone\n"
            "- 57 601 555 8041 Colombia - Bogota Local\n- 57 5 316 0387 Colombia - Barranquilla Local\n",
            ["+18885554371", "+5718009155924", "+576015558041"],
        ),
        ("To join from Peru, dial 0800 555 41; from Turkey, dial 0 212 555 1234.", ["+5180055541", "+902125551234"]),
        # A national number that opens with its country's code ("39" for Italy): still Italian.
        ("To join the call from Italy, dial 393 555 1234.", ["+393935551234"]),
        # A fixed-width copy wrapped a number's last group on to the next line.
        (
            "If you need to call in via telephone line, please dial +46 (0) 8 5055\n0031; +44 (0)207 555 06 13 or "
            "+1 631 555 56 13.",
            ["+46850550031", "+442075550613", "+16315555613"],
        ),
        # Asking questions is what the line is for, not a help desk's number.
        (
            "To participate in the teleconference and have the possibility to ask questions, please call: +358 9 "
            "8248 3735 and enter the PIN-code 8503.",
            ["+358982483735"],
        ),
    ],
)
def test_dial_in_numbers(snippet: str, numbers: list[str]) -> None:
    assert [d["number"] for d in first_event(snippet)["dial_ins"]] == numbers


def test_labels_and_toll_free() -> None:
    event = first_event(
        "Domestic Dial-in Number (toll-free): (888) 596-4144\nInternational Dial-in Number: (646) 968-2525\n"
    )
    assert [(d["label"], d["toll_free"]) for d in event["dial_ins"]] == [
        ("Domestic Dial-in Number (toll-free)", True),
        ("International Dial-in Number", False),
    ]


def test_the_replay_services_code() -> None:
    """Chorus Call's replay service ("Encore") labels its code "Encore ID"."""
    event = first_event(
        "A replay of the call will be available until August 9, 2013 using the following number:\n\n"
        "Encore Toll Free Dial-in Number:(877) 660-6853\nEncore ID:13724968\n"
    )
    assert (event["passcode"], event["replay"]["passcode"]) == (None, "13724968")


@pytest.mark.parametrize(
    "sentence",
    [
        # An older US layout: area codes set off by a slash.
        "To access the call, dial 866/555-4618 (domestic) or 706/555-3056 (international).",
        # "Investor Relations" (a site's section) before the numbers makes them no contact's.
        "The call will be open to all interested investors either through a live audio web cast at the Investor "
        "Relations section of the company's web site at www.acme.example, or live by calling (866) 555-4618 "
        "(domestic) or (706) 555-3056 (international) with call ID number 34178179.",
    ],
)
def test_labels_in_brackets_after_their_numbers(sentence: str) -> None:
    event = first_event(sentence)
    assert [(d["number"], d["label"], d["toll_free"]) for d in event["dial_ins"]] == [
        ("+18665554618", "domestic", True),
        ("+17065553056", "international", False),
    ]


def test_callers_named_after_their_numbers() -> None:
    """ "NUMBER for domestic callers or NUMBER for international callers": each label follows its
    number, so the words before the second number are not its label."""
    event = first_event(
        "To participate in the call, please dial 1-877-555-0383 for domestic callers or 1-412-555-6506 for "
        "international callers. A replay will be available: dial 1-877-555-7529 domestically or "
        "1-412-555-0088 internationally and reference Conference ID: 10126177."
    )
    assert [(d["number"], d["label"]) for d in event["dial_ins"]] == [
        ("+18775550383", "domestic callers"),
        ("+14125556506", "international callers"),
    ]
    assert [(d["number"], d["label"]) for d in event["replay"]["dial_ins"]] == [
        ("+18775557529", "domestically"),
        ("+14125550088", "internationally"),
    ]


@pytest.mark.parametrize(
    "cover",
    [
        # The issuer's address and number over their caption ...
        "FORM 6-K\nREPORT OF FOREIGN PRIVATE ISSUER\nFor the month of April 2020\nACME NV\nMain Street 20\n"
        "2000 Antwerpen\nBelgium\n011-32-3-555-4411\n(Address of principal executive offices)\n",
        # ... or the number after its label.
        "FORM 8-K\n(Address of principal executive offices) (Zip Code)\nRegistrant’s telephone number, including area "
        "code: (818) 555-0180\n",
    ],
)
def test_an_sec_covers_office_number_is_no_dial_in(cover: str) -> None:
    """A filing's cover, then the notice."""
    parsed = prparse.parse(
        cover
        + "Attached hereto as Exhibit 99.1 is a copy of the press release of Acme NV, dated April 20, 2020, announcing "
        "that the Company will hold its Ordinary General Meeting on Wednesday, May 20, 2020 at 10.30 a.m. (Belgian "
        "time) in Antwerp.\n"
    ).model_dump(mode="json")
    assert [(e["starts_at"], e["dial_ins"]) for e in parsed["events"]] == [("2020-05-20T10:30:00+02:00", [])]


def test_the_wires_desk_over_a_run_on_release_is_no_dial_in() -> None:
    parsed = prparse.parse(
        "News release via Canada NewsWire, Springfield 604-555-7764 Attention Business Editors: Acme Announces "
        "Conference Call for Thursday, November 12, 2009 SPRINGFIELD, Nov. 5 /CNW/ - Acme Inc. (TSX:ACM) has "
        "scheduled a conference call for Thursday, November 12, 2009 at 2:00 pm Pacific Time. To access the "
        "conference call by telephone, please dial: 416-555-2216 or 866-555-1792 (North America Toll-Free).\n"
    ).model_dump(mode="json")
    assert [(e["starts_at"], [d["number"] for d in e["dial_ins"]]) for e in parsed["events"]] == [
        ("2009-11-12T14:00:00-08:00", ["+14165552216", "+18665551792"])
    ]


def test_the_number_to_ask_for_printed_copies_is_no_dial_in() -> None:
    event = first_event(
        "Further copies of the Annual report are available from the Company Secretary, Acme plc, Transport Way, "
        "Oxford, OX4 6LT, United Kingdom (telephone number: +44 (0) 1865 555 000)."
    )
    assert event["dial_ins"] == []


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("The call can be accessed by dialing 877-407-0784.", None),
        ("The dial-in number for the conference call is 877-407-0784.", None),
        # ... its label in brackets after it
        ("The call's numbers are 877-407-0784 (domestic) or 706-555-9291 (international).", "domestic"),
    ],
)
def test_a_sentence_that_leads_to_a_number_is_no_label(sentence: str, label: str | None) -> None:
    event = first_event(sentence)
    first = event["dial_ins"][0]
    assert (first["number"], first["label"]) == ("+18774070784", label)


def test_a_conjunction_is_no_label() -> None:
    event = first_event("To listen to the live call, please dial 1-888-555-4371 or 1-847-555-4405.")
    assert [(d["number"], d["label"]) for d in event["dial_ins"]] == [("+18885554371", None), ("+18475554405", None)]


@pytest.mark.parametrize(
    ("snippet", "code"),
    [
        ("To join, dial 913-312-0836. Passcode: 4198948.", "4198948"),
        ("To join, dial 913-312-0836, Conference ID: 283299.", "283299"),
        ("To join, dial 913-312-0836 and enter access code 7896562.", "7896562"),
        ("To join, dial 913-312-0836 and use participant code 372460207.", "372460207"),
        ("To join, dial 913-312-0836 and enter PIN 1234#.", "1234"),
        ("To join, dial 913-312-0836, entry code 99812.", "99812"),
        ("To participate, dial (800) 555-3716 and provide code 1736421.", "1736421"),
        # A share's German code (WKN) is no call's
        ("To join, dial 913-312-0836. ISIN: DE000A11QW50 / German Security Identification Number: A11QW5", None),
        # Chorus Call's term for the participant's code
        ("To participate, dial 1-877-555-0383 and Participant Elite Entry Number: 1300437.", "1300437"),
        ("To join the call, use meeting ID 845 2291 0034.", "845 2291 0034"),
        ("To join, dial 913-312-0836 referencing conference ID 5251802.", "5251802"),
        ("To join, dial 913-312-0836. The conference ID for the call is 5251802.", "5251802"),
        ("To join, dial 913-312-0836. Conference ID: ACMQ213.", "ACMQ213"),
        # A passcode beats a conference ID; a code inside a URL is not one.
        ("To join, dial 913-312-0836. Conference ID: 283299. Participant passcode: 4471.", "4471"),
        ("To join, visit https://events.example.com/join?id=5003370 and dial 913-312-0836.", None),
        ("To participate, please dial 1-800-555-7795, using the Conference ID “ACMR.”", "ACMR"),
        ("Please enter the Participant PIN Code 3329013 # after the call is connected.", "3329013"),
        ("To participate, please dial 1-800-555-7795, using the Conference ID ACMR.", "ACMR"),
        ("To join, dial 913-312-0836. The participant pass-code is 8352358.", "8352358"),
        ("Dial (888) 396-2384. The participant passcode for the conference call is 56398677.", "56398677"),
        ("| | Dial-in Number | | | | 1-877-555-7529\n| | Participant Access Code | | | | 10129346 ", "10129346"),
        # a table flattened with each cell's bar on a line of its own
        ("|\nToll-free dial-in:\n|\n(888) 555-3356\n|\nConference ID:\n|\n70366612\n|\n", "70366612"),
        ("|\nDial\nin:\n|\n647 555\n7450\n|\nPass\ncode:\n|\n4677\n738\n|\n", None),  # ... and its cell wrapped
        ("The call may be accessed by dialing 1-888-555-6208 and keying in ID# 7306571.", "7306571"),
        # A copy that lost its spaces: the next sentence's first word glued on.
        ("To join, dial (866) 310-8712Participant Passcode: 5272427A replay of the call will follow.", "5272427"),
        (
            "U.S. Dial-In: 888-555-0062International Dial-In: 973-555-0011Access code: 619723Webcast Link: Acme",
            "619723",
        ),
        # A phrase to say to the operator.
        (
            'UK-Wide: +44 (0) 33 0551 0200\n\nPassword (if prompted), Quote "Acme Robotics Q2" when prompted by the'
            "operator Participants will be asked for name and company.",
            "Acme Robotics Q2",
        ),
        ('To join, dial 913-312-0836 and quote "Acme call" to the operator.', "Acme call"),
        ("The dial-in number is (847) 555-6396; the conference call identification number is 49267105.", "49267105"),
        # Words to give the operator.
        (
            "Callers can dial 877-555-9510 and provide the following conference passcode: Acme Call.The call",
            "Acme Call",
        ),
        ("To join, dial 877-555-9510. Passcode: Not required.", None),
        ("To listen to the call, dial 844-555-4601. The access code for this call is 5593966.", "5593966"),
        ("Participants can dial 1-844-555-0195 and enter Confirmation ID (passcode) of 62942705.", "62942705"),
        # A comma between the label and the code.
        ("Participants can dial (212) 555-2921 and enter the confirmation number, 21520608.", "21520608"),
        ("Participants can dial (212) 555-2921 and use the pass code, 7624128.", "7624128"),
        ("Dial (888) 555-0199 (U.S.), conference ID: Acme. A live webcast will be at www.acme.example.", "Acme"),
        ("Dial-In: 800-555-0145\nPasscode: EARNINGS\n", "EARNINGS"),
        # A virtual meeting's password, in lower case.
        (
            "Enter the control number on your proxy form, followed by the password “acme2020” (case sensitive).",
            "acme2020",
        ),
        ('To join, dial 913-312-0836. "Acme call" is the theme of the quarter.', None),
        ("Please call +358 9 8248 3735 and enter the PIN-code 8503.", "8503"),
        ("To attend the conference call: (+47) 21 55 33 18. Password: ACME Q4.", "ACME Q4"),
        # A conference ID in capitals; a placeholder is no code.
        ("Dial-In: 800-555-0145\nConference ID: ACMEHEALTH\n", "ACMEHEALTH"),
        ("Dial-In: 800-555-0145\nConference ID: TBA\n", None),
        # A confirmation number labelled by the word alone; a spoken passcode in brackets.
        ("Domestic Dial-In: 1-877-555-5212\n\nConfirmation: 13761119\n", "13761119"),
        (
            "The number for the conference call is (800) 555-0486, [Passcode: First Quarter]. Please dial in.",
            "First Quarter",
        ),
        # "ID code" after "conference": one label
        ("The call may be joined by dialing (800) 555-4930. The conference ID code is: 63555177.", "63555177"),
        # The code in brackets; but an area code in brackets after a code's label is a number's.
        (
            "Dial 1-877-555-6780. Please ask to be joined into the Acme call and provide the confirmation code "
            "(9271335).",
            "9271335",
        ),
        ("Conference call: 1-877-555-6780, access code (866) 555-0311 for operator help.", None),
        # a virtual meeting site's password, in capitals and digits, before its label
        (
            "Listeners may join by visiting the website www.meetingcenter.example/278275955, entering ACME2013 as "
            "the password.",
            "ACME2013",
        ),
        # the call's ID in brackets after it
        ("Investors may listen to the conference call (ID: 3555721) by dialing 1 (888) 555-6819.", "3555721"),
        # A filing cited by its reference number is no code of the meeting.
        (
            "Dial 1-877-555-6780 to join. Everything as detailed in the company's report dated July 7, 2013 "
            "(reference number: 2013-01-003106).",
            None,
        ),
    ],
)
def test_codes(snippet: str, code: str | None) -> None:
    assert first_event(snippet)["passcode"] == code


@pytest.mark.parametrize(
    ("snippet", "webcast", "registration"),
    [
        # The release's own page, a sentence glued to its path, is no webcast; the webcast's link follows.
        (
            "Results are on the Investor Relations website.The direct link to the earnings press release is "
            "https://www.acme.example/investor/earnings/q2/press-release-webcast.As previously announced, a live "
            "webcast of the call can be accessed at https://www.acme.example/investor/.",
            "https://www.acme.example/investor/",
            None,
        ),
        (
            "A live webcast will be available at https://edge.media-server.com/mmc/p/acme213.",
            "https://edge.media-server.com/mmc/p/acme213",
            None,
        ),
        # Where past calls' recordings are kept is no live webcast.
        (
            "Recordings of Acme's current and previous conference calls can be found at "
            "www.acmerobotics.example/investing.",
            None,
            None,
        ),
        # The slides' place first, then the webcast's.
        (
            "An accompanying presentation of the results will be available after market close on August 1, 2013 "
            "at www.acmerobotics.example/investing.\n\nA live webcast of the conference call will also be "
            "available at www.acmerobotics.example/investing/IR_calendar.",
            "www.acmerobotics.example/investing/IR_calendar",
            None,
        ),
        (
            "The call may also be accessed live through the Investor Relations section of the company's website, "
            "www.acmerobotics.example.",
            "www.acmerobotics.example",
            None,
        ),
        (
            "The webcast can be accessed through the Investor Relations section of the Company's website at "
            "ir.acmerobotics.com.",
            "ir.acmerobotics.com",
            None,
        ),
        (
            "Live Webcast: [here](https://events.q4inc.example/attendee/4411)",
            "https://events.q4inc.example/attendee/4411",
            None,
        ),
        (
            "A live webcast will be available at https://edge.media-server.com/mmc/p/\nacme213 for all listeners.",
            "https://edge.media-server.com/mmc/p/acme213",
            None,
        ),
        (
            "Participants must register at https://register.vevent.example/acme to receive the dial-in "
            "numbers and a PIN.",
            None,
            "https://register.vevent.example/acme",
        ),
        (
            "To listen to the webcast, register at https://events.example.com/acme-q2 in advance.",
            "https://events.example.com/acme-q2",
            "https://events.example.com/acme-q2",
        ),
        # The wire's own copy of the release (Cision's source link at the foot) is no webcast.
        (
            "The webcast can be followed live.\n\nhttps://news.cision.com/acme/r/webcast-with-teleconference--q2%2Cc4100884",
            None,
            None,
        ),
        # A markdown copy escapes underscores; the address has none of that.
        (
            "The webcast will be available at https://brrmedia.example/ND4\\_Q4\\_24",
            "https://brrmedia.example/ND4_Q4_24",
            None,
        ),
        # A meeting held online: the link to attend is the way to follow it live.
        (
            "Shareholders can attend online at https://web.agmhost.example/261009673.",
            "https://web.agmhost.example/261009673",
            None,
        ),
        # A home page, then the deep link the same sentence offers: the deep link plays the event.
        (
            "Participants may follow the presentation through a live webcast available on www.acmerobotics.example, "
            "or with the following link: https://events.webcast.example/acme/OEpmPDao",
            "https://events.webcast.example/acme/OEpmPDao",
            None,
        ),
        # A web conference is watched; presentation visuals are documents.
        (
            "Acme will host a web conference via Microsoft Teams. You can access the web conference via the "
            "following link:\n\n https://www.acmerobotics.example/web-conference\n\n The accompanying "
            "presentation visuals will also be available on the Acme website, www.acmerobotics.example.",
            "https://www.acmerobotics.example/web-conference",
            None,
        ),
        (
            "Materials for the conference call will be included on the Company's website at "
            "www.acmerobotics.example/investors.",
            None,
            None,
        ),
        (
            "Acme announced that it will file an updated investor presentation later today, which will also be "
            "available on the Investor Relations section of Acme's website at https://ir.acmerobotics.example/.",
            None,
            None,
        ),
        # A presentation "of" the results made available is a document.
        (
            "A presentation of the 2013 second quarter highlights and results will be available on the same day at "
            "www.acmerobotics.example in the Investor section, under Presentations & Events.",
            None,
            None,
        ),
        # Where the results are published is no webcast, though the headline names the call.
        (
            "Acme will publish its financial results on Wednesday, August 7, 2013, after the close of the market "
            "on its Investor Relations website, at https://investor.acme.example/financial-information. Acme will "
            "host a conference call which will be broadcast live at https://investor.acme.example/events.",
            "https://investor.acme.example/events",
            None,
        ),
        # The issuer's site, in brackets after its name, in the sentence that announces the call.
        (
            "Acme Biotechnology Corporation (www.acmebio.example) (OTCQB:ACMB) today announced that it will hold "
            "the investor conference call.",
            None,
            None,
        ),
        # ... but two links offered together: the first counts (spec: "of several, the first").
        (
            "The presentation may be viewed live at www.acmerobotics.example (direct link: "
            "https://events.webcast.example/acme/ytumvxhO ) or followed by telephone.",
            "www.acmerobotics.example",
            None,
        ),
        (
            "The call will be broadcast live on the Investor Relations section of Acme's website at "
            "www.AcmeRobotics.example or directly at https://viavid.webcast.example/starthere.jsp?ei=1768081",
            "www.AcmeRobotics.example",
            None,
        ),
        (
            "The webcast can be accessed on the Acme website, www.acmerobotics.example and\n"
            "https://event.webcast.example/wcc/r/1952473/C5AC3067.",
            "www.acmerobotics.example",
            None,
        ),
        # Paragraphs run together by a careless copy: the next sentence is not part of the URL.
        (
            "Listen-only access to the webcast is available via www.acmerobotics.com.A replay follows.",
            "www.acmerobotics.com",
            None,
        ),
        (
            "The webcast will be available at http://ir.acmerobotics.com/.About Acme",
            "http://ir.acmerobotics.com/",
            None,
        ),
        (
            "Shareholders may attend the meeting online by visiting the following URL: "
            "https://web.meetinghost.example/245208959.On February 7, 2020, Acme completed the sale.",
            "https://web.meetinghost.example/245208959",
            None,
        ),
        # ... or with no full stop: the next sentence's first word is glued on to the path.
        (
            "The webcast will be available at https://www.webcast.example/acme20251113Alternatively, you can "
            "listen by phone.",
            "https://www.webcast.example/acme20251113",
            None,
        ),
        (
            "| Live Webcast (Video and Audio): http://www.streamhost.example/webcast/ab4QrToll Free Dial-in "
            "Number (Audio Only): | |",
            "http://www.streamhost.example/webcast/ab4Qr",
            None,
        ),
        # A path that ends in a capitalised word after a capital is left whole.
        (
            "The webcast will be available at https://www.acmerobotics.example/events/Q3-Conference",
            "https://www.acmerobotics.example/events/Q3-Conference",
            None,
        ),
        # A host's name in prose names a firm; offered "at" a colon, it is the link.
        (
            "Acme will present live at the Virtual Investor Conference hosted by Beta Holdings and "
            "VirtualConferencesHost.com.",
            None,
            None,
        ),
        (
            "The live webcast can be accessed at: acmerobotics.com",
            "acmerobotics.com",
            None,
        ),
        (
            "The live webcast will be available in the Investor Relations section of the company's website, "
            "ir.acmerobotics.com.",
            "ir.acmerobotics.com",
            None,
        ),
        # A site whose name ends in "x" is not X's (formerly Twitter's).
        (
            "Individuals can access a live webcast through a link on the Acme website, www.acmex.com/investors.",
            "www.acmex.com/investors",
            None,
        ),
        # A footnote's number run on to the host
        (
            'A webcast of the event will be available on the "Investors" section of the Acme website at '
            "https://ir.acmerobotics.com.1.) A reconciliation of adjusted EBITDA follows.",
            "https://ir.acmerobotics.com",
            None,
        ),
        # A site's tab where posters are kept after the congress is no webcast.
        (
            "Copies of the Company's poster presentations will be available under the Scientific Presentations tab "
            "of the Acme website at www.acmerobotics.example following the conference.",
            None,
            None,
        ),
        # Nor is the wire page a portal cites as its source.
        (
            "On July 20, 2013 Acme reported that it will host a webcast conference call (Press release, Acme "
            "Robotics, JUL 20, 2013, https://ir.acmerobotics.example/news-releases/acme-host-conference-call "
            "[SID1234578255]). A live, listen-only webcast of the call can be accessed on the investor relations "
            "section of the Acme website at View Source",
            None,
            None,
        ),
        # The live webcast on a section with no address; the link is where it is archived after.
        (
            "This event will be webcast live on the Investor Relations section of the Acme website, following "
            "which it will be archived at http://www.acmerobotics.example.",
            None,
            None,
        ),
        # An address a copy kept without its scheme, as written.
        ("Webcast URL: //acmelaureates.webex.com\n", "//acmelaureates.webex.com", None),
        # The presentation's link, then the webcast's: the one called the webcast.
        (
            "The call will include a presentation.\n\n To view the presentation, visit https://acme.example/ymVR7"
            "\n\n To view the webcast, visit https://acme.example/aTmFo\n",
            "https://acme.example/aTmFo",
            None,
        ),
        # Where the call's details will appear is no place to hear it ...
        (
            "The details of the call will appear on Acme's website, www.acme.example.",
            None,
            None,
        ),
        # ... unless the sentence names the webcast too.
        (
            "Details of the call and a live webcast will be available on Acme's website, www.acme.example.",
            "www.acme.example",
            None,
        ),
        # ... or a sentence before it says the call is held on the web.
        (
            "The CEO will present the report via a web conference call. More information about the conference "
            "call is available at: www.acme.example",
            "www.acme.example",
            None,
        ),
        # A webinar's registration page is where listeners join it.
        (
            "Registration:\n\nhttps://us02web.zoom.example/webinar/register/WN_5wxIln",
            "https://us02web.zoom.example/webinar/register/WN_5wxIln",
            "https://us02web.zoom.example/webinar/register/WN_5wxIln",
        ),
    ],
)
def test_webcast_and_registration(snippet: str, webcast: str | None, registration: str | None) -> None:
    event = first_event(snippet)
    assert (event["webcast_url"], event["registration_url"]) == (webcast, registration)


def test_a_meeting_platforms_link_is_where_the_meeting_is_attended() -> None:
    """Where a virtual-only meeting is attended, however the sentence around the link puts it."""
    text = (
        "Acme Company Announces Change for its 2020 Annual Meeting of Stockholders\nMeeting to be conducted in "
        "virtual format only\nNEW YORK — (BUSINESS WIRE) — April 10, 2020 — Acme Company (NYSE: ACM) announced today "
        "a change to the format of its 2020 Annual Meeting of Stockholders. The Annual Meeting will be conducted in a "
        "virtual format only.\nThe meeting will still be held on April 22, 2020, at 9:00 a.m. ET. Stockholders will "
        "not be able to attend the Annual Meeting in person, but stockholders of record will be able to participate "
        "in the Annual Meeting through the virtual meeting platform.\nTo attend the Annual Meeting, stockholders may "
        "visit www.virtualshareholdermeeting.com/ACM2020 and enter the 16-digit control number included on the "
        "notice, proxy card or voting instruction form previously distributed. Stockholders may log in to the "
        "meeting platform beginning at 8:45 a.m. ET on April 22, 2020.\n"
    )
    assert [e.webcast_url for e in prparse.parse(text).events] == ["www.virtualshareholdermeeting.com/ACM2020"]


def test_a_meeting_held_in_virtual_format_at_a_link_any_host() -> None:
    """The meeting's own place, on a host no list names; its agenda's "voting" is no vote at the link."""
    text = (
        "MONROE TOWNSHIP, N.J., Aug. 02, 2024 (GLOBE NEWSWIRE) -- Acme Power, Inc. (NYSE American: ACPW) today "
        "reminds stockholders that a Special Meeting of the Stockholders will be held at 9 a.m. Eastern time on "
        "August 30, 2024, in virtual format only at www.acme-meetings.example/acpw24_vm, for the purpose of voting "
        "on a proposal to increase the number of authorized shares.\n"
    )
    assert [(str(e.starts_at), e.webcast_url) for e in prparse.parse(text).events] == [
        ("2024-08-30 09:00:00-04:00", "www.acme-meetings.example/acpw24_vm")
    ]


@pytest.mark.parametrize(
    ("way_in", "webcast"),
    [
        ("or via the Internet at www.acme.example/2012meeting.", "www.acme.example/2012meeting"),
        # Voting online is no way to watch the meeting.
        ("and may vote in person or via the Internet at www.proxyvote.example.", None),
    ],
)
def test_a_meeting_attended_in_person_or_via_the_internet(way_in: str, webcast: str | None) -> None:
    text = (
        "Acme Motors Announces Date of 2012 Annual Meeting\n\nPALO ALTO, Calif., April 20, 2012 -- You are cordially "
        "invited to attend the 2012 annual meeting of stockholders of Acme Motors scheduled for Wednesday, June 6, "
        "2012 at 9:00 a.m. PDT, in person at the Acme Museum, 1401 North Shoreline Boulevard, Mountain View, "
        f"California 94043 {way_in}\n"
    )
    assert [(str(e.starts_at), e.webcast_url) for e in prparse.parse(text).events] == [
        ("2012-06-06 09:00:00-07:00", webcast)
    ]


def test_a_transfer_agents_meeting_link_is_where_the_meeting_is_attended() -> None:
    text = (
        "WILMINGTON, Del., Jan. 16, 2026 (GLOBE NEWSWIRE) -- Acme Pharmaceuticals, Inc. (Nasdaq: ACMP) today "
        "announced that it will hold its annual meeting of stockholders on March 23, 2026 at 10:00 a.m. Eastern Time, "
        "in virtual-only format at https://www.cstproxy.com/acmepharma/2026, and any adjournments thereof.\n"
    )
    assert [e.webcast_url for e in prparse.parse(text).events] == ["https://www.cstproxy.com/acmepharma/2026"]


def test_a_webinar_platforms_sign_up_link_goes_to_the_session_that_names_the_platform() -> None:
    """The session is held via the platform; the meeting named after it in passing is not its owner."""
    text = (
        "Acme plc\n\nPre-Annual General Meeting Q&A\n\nAcme (AIM: ACME) announces that Jane Rowe, CEO, will host a "
        "short Q&A session on Friday 11 June 2021 at 10.00 a.m. BST via the Investor Meet Company platform. This "
        "session will provide shareholders with the opportunity to raise questions prior to the Company's Annual "
        "General Meeting being held at 10.00 a.m. BST on 17 June 2021.\n\nInvestors can sign up to Investor Meet "
        "Company for free and add to meet Acme plc via:\n\nhttps://www.investormeetcompany.com/acme-plc/register-investor\n"
    )
    link = "https://www.investormeetcompany.com/acme-plc/register-investor"
    assert [(str(e.date), e.webcast_url, e.registration_url) for e in prparse.parse(text).events] == [
        ("2021-06-11", link, link),
        ("2021-06-17", None, None),
    ]


def test_a_virtual_shareholder_meetings_site_is_where_it_is_watched() -> None:
    text = (
        "Acme Announces Virtual 2013 Annual Meeting of Shareholders\n\nSPRINGFIELD, Tenn. – July 23, 2013 – Acme "
        "Corporation (NYSE: ACM) will hold its annual meeting in a virtual only format.\n\n"
        "The annual meeting will be held on Thursday, September 5, 2013, at 4:00 pm CDT. Shareholders of record on "
        "Friday, July 12, 2013, will be able to attend the virtual shareholder meeting by going to "
        "www.virtualshareholdermeeting.com/ACME2013 and entering the 16-digit control number.\n\n"
    )
    assert [e["webcast_url"] for e in prparse.parse(text).model_dump(mode="json")["events"]] == [
        "www.virtualshareholdermeeting.com/ACME2013"
    ]


def test_a_link_to_these_events_after_a_simulcast_and_its_replay_is_the_webcast() -> None:
    """ "these events": the live simulcast and the replay the paragraph above offered; the replay
    spoken of last does not make the link the replay's only."""
    release = prparse.parse(
        "DALTON, Ga., July 19, 2018 (GLOBE NEWSWIRE) -- Acme Rugs, Inc. (NASDAQ:ACMR) today announced that it "
        "will provide an online web simulcast of its Second Quarter conference call on Thursday, August 2nd, "
        "2018 at 10:00 a.m.\n\nThe live broadcast of Acme's conference call will begin at 10:00 a.m. Eastern Time "
        "on August 2, 2018. A listen-only Internet simulcast and replay of Acme's conference call may be accessed "
        "on the Investor Relations page of the Company's website. An online replay of the call will be available "
        "approximately two hours following the conclusion of the live broadcast and will continue for 7 days.\n\n"
        "A link to these events will be available on the Investor Relations page of the Company's website: "
        "www.acmerugs.example/investor/.\n\nAbout Acme Rugs\n\nAcme Rugs (www.acmerugs.example) makes carpets.\n"
    )
    assert [e.webcast_url for e in release.events] == ["www.acmerugs.example/investor/"]


def test_a_link_for_audio_replays_after_the_event_is_the_replays_only() -> None:
    event = first_event(
        "Phone lines for participants will be available at (888) 555-8049. The Conference ID is 83100865. Audio "
        "replays will be available following the event www.acmerobotics.example/investors."
    )
    assert (event["webcast_url"], event["replay"]["url"]) == (None, "www.acmerobotics.example/investors")


def test_a_registration_that_gives_the_dial_in_is_no_webcast() -> None:
    event = first_event(
        "Dialling-in to the conference call:\n\nPlease register in advance of the conference, using the link "
        "provided below. Upon registering, you will be provided with participant dial-in numbers, and unique personal "
        "PIN.\n\nConference call registration link: https://register.vevent.example/register/BI5e1a. It will direct "
        "you to the registration page.\n\nJoining the conference call via a live webcast:\n\nA live and archived "
        "webcast of the conference call will be available at http://investor.acmerobotics.example.\n"
    )
    assert (event["webcast_url"], event["registration_url"]) == (
        "http://investor.acmerobotics.example",
        "https://register.vevent.example/register/BI5e1a",
    )


def test_slides_to_download_are_no_webcast() -> None:
    text = release(
        "Acme publishes its year-end report for 2012 on Tuesday, August 20, 2013, before the market opens. "
        "The full report and a brief presentation will be available on: "
        "https://www.acmerobotics.example/investors/financial-reports.\n\n"
        "Jane Rowe, CEO, will present the financial results. The presentation will be held via Microsoft Teams, "
        "at 9:00 CET on the same day. Please connect using this link.\n\n"
    )
    events = prparse.parse(text).model_dump(mode="json")["events"]
    assert [(e["starts_at"], e["webcast_url"]) for e in events] == [("2013-08-20T09:00:00+02:00", None)]


def test_a_presentation_made_available_after_a_capital_markets_day_is_no_webcast() -> None:
    events = prparse.parse(
        "25 January 2018\nAcme PLC\nCapital Markets Day\nThe Board of Acme PLC (LSE: ACM) is today holding a "
        "capital markets day for investors and analysts at its plant near Valencia in Spain.\nNo new material "
        "information will be provided during the presentation, which will be made available on the Company's "
        "website, www.acme-flooring.example, later this morning.\n"
    ).model_dump(mode="json")["events"]
    assert [(e["date"], e["webcast_url"]) for e in events] == [("2018-01-25", None)]


def test_slides_offered_in_a_sentence_a_fixed_width_copy_wrapped_are_no_webcast() -> None:
    text = release(
        "    There will be an analyst presentation on Wednesday 28th August 2013 at the\n"
        "offices of Harbor PR at No1 Cornhill London, EC3V 3ND starting at 9:30 a.m.\n"
        "The updated corporate presentation will be available from the Company's\n"
        "website at www.acmerobotics.example.\n"
    )
    events = prparse.parse(text).model_dump(mode="json")["events"]
    assert [(e["date"], e["webcast_url"]) for e in events] == [("2013-08-28", None)]


def test_a_link_for_another_subject_after_the_call_sentence_is_no_webcast() -> None:
    text = release(
        "A conference call to discuss first quarter results will be held at 9:30 a.m. ET on Friday, August 2, 2013. "
        "Conference call details will be provided in early July. For further details on the incremental shares "
        "related to the company's convertible notes, refer to www.acmerobotics.example under Investors.\n"
    )
    events = prparse.parse(text).model_dump(mode="json")["events"]
    assert [(e["starts_at"], e["webcast_url"]) for e in events] == [("2013-08-02T09:30:00-04:00", None)]


def test_url_rows_under_their_headings() -> None:
    """ "URL:" says nothing; the heading above says whether the link is the phone line's
    registration or the webcast's."""
    event = first_event(
        "To participate in the conference call, you are asked to register at one of the links provided below.\n\n"
        "**Live call participant registration**\n\n**URL:** https://register.vevent.example/register/BI7e34\n\n"
        "Live webcast participant registration (listen in only)\n\n**URL:** https://edge.media-server.example/mmc/p/xf3o\n"
    )
    assert (event["webcast_url"], event["registration_url"]) == (
        "https://edge.media-server.example/mmc/p/xf3o",
        "https://register.vevent.example/register/BI7e34",
    )


@pytest.mark.parametrize(
    "rows",
    [
        "What: Acme First Quarter Earnings Conference Call\nWhen: 2 p.m. Pacific Time, Thursday, March 14, 2019\n"
        "Where: www.acme.example/ACME\nHow: Live over the Internet; connect to the meeting room on the webpage above\n",
        # A table flattened each label onto a line of its own, its empty cells lines of spaces.
        "   What: \n      Acme First Quarter Earnings Conference Call \n   When: \n      \n      \n"
        "       2 p.m. Pacific Time, Thursday, March 14, 2019 \n   Where: \n      \n      \n"
        "      www.acme.example/ACME\n"
        "   How: \n      \n       Live over the Internet; connect to the meeting room on the webpage above \n",
    ],
)
def test_the_where_row_of_a_what_when_where_table_is_the_webcast(rows: str) -> None:
    release = prparse.parse(
        "Acme to Webcast Q1 Earnings Conference Call\nSAN JOSE, Calif.--(BUSINESS WIRE)-- Acme (Nasdaq:ACME) today "
        "announced it will webcast its first quarter earnings conference call.\n\n" + rows
    )
    assert [(e.starts_at.isoformat() if e.starts_at else None, e.webcast_url) for e in release.events] == [
        ("2019-03-14T14:00:00-07:00", "www.acme.example/ACME")
    ]


def test_a_link_row_in_the_events_details_block_is_its_webcast() -> None:
    text = release(
        "Acme Robotics (OTCQB: ACMRF) today announced that its CEO will present live at the Robotics Virtual "
        "Investor Conference on August 15th, 2013.\n\nDATE: August 15th\n\nTIME: 2:00 PM ET\n\n"
        "LINK: https://bit.example/3JaIRj3\n\nAvailable for 1x1 meetings: August 14th\n"
    )
    events = prparse.parse(text).events
    assert [(e.starts_at.isoformat() if e.starts_at else None, e.webcast_url) for e in events] == [
        ("2013-08-15T14:00:00-04:00", "https://bit.example/3JaIRj3")
    ]


def test_a_link_row_under_the_time_and_dial_in_rows_is_its_webcast() -> None:
    text = release(
        "Acme Robotics will host a conference call to discuss its results.\n\nDate: Tuesday, August 13, 2013\n\n"
        "Time: 4:30 PM ET\n\nDial-In Phone Numbers:\n\nToll Free: 888-555-0062\n\nInternational: 973-555-0011\n\n"
        "Participant Access Code: 309193\n\nLink:  https://www.webcasts.example/Webcast/Page/2856/51551\n"
    )
    assert [e.webcast_url for e in prparse.parse(text).events] == [
        "https://www.webcasts.example/Webcast/Page/2856/51551"
    ]


def test_the_issuers_site_in_brackets_after_its_ticker_is_no_webcast() -> None:
    text = release("").replace(
        "Acme Robotics, Inc. (Nasdaq: ACMR), a maker of warehouse robots, today announced the following.",
        "Acme Robotics, Inc. (Nasdaq:ACMR) (http://www.acmerobotics.example) will release its results on August "
        "1, 2013.The Company will host a conference call and audio webcast on Friday, August 2, 2013 at 8:00 a.m. "
        "ET. The live call can be accessed via audio webcast at http://investor.acmerobotics.example.",
    )
    assert [e.webcast_url for e in prparse.parse(text).events] == ["http://investor.acmerobotics.example"]


def test_a_link_row_outside_a_details_block_says_nothing() -> None:
    event = first_event("Read the annual report.\n\nLink: https://acmerobotics.example/annual-report-2013\n")
    assert event["webcast_url"] is None


def test_numbers_under_a_contact_heading_are_no_dial_ins() -> None:
    """A contact list a copy ran together into one long line is still under its heading."""
    event = first_event(
        "The conference call will be webcast.\n\n**FOR FURTHER INFORMATION PLEASE CONTACT:**\n\n"
        "* Jane RowePresident & Chief Executive Officer Acme Robotics Ltd.(587) 555-4005 Tom LindqvistVice-President, "
        "Capital MarketsAcme Robotics Ltd.(587) 555-4056 Investor Relations(587) 555-4000www.acmerobotics.example\n"
    )
    assert event["dial_ins"] == []


@pytest.mark.parametrize(
    ("details", "live", "replay_numbers", "replay_code", "until"),
    [
        (
            "To join the call, dial 877-407-0784 (U.S.) or 201-689-8560 (International), passcode 13739221.\n\n"
            "A replay will be available through August 16, 2013.\n\n"
            "Replay Numbers\nUS Dial-In: 844-512-2921\nInternational Dial-In: 412-317-6671\nAccess Code: 4103933 #\n",
            (["+18774070784", "+12016898560"], "13739221"),
            ["+18445122921", "+14123176671"],
            "4103933",
            "2013-08-16",
        ),
        # Each cell on its own line between bar-only lines: the replay's rows sit more lines
        # below their lead-in than a plain table's would.
        (
            "Conference Call Details:\nParticipants should dial into the call using the following dial-in numbers:\n"
            "|\nU.S. Toll Free:\n|\n|\n• +1 (877) 555-0168\n|\nU.S. Toll/International:\n|\n|\n• +1 (647) 555-4901\n"
            "|\nConference ID:\n|\n|\n• 60155938\nA telephonic replay of the conference call will be available until "
            "the close of business on August 9, 2013 by using the following dial-in information:\n|\nU.S. Toll Free:\n"
            "|\n|\n• +1 (800) 555-8367\n|\nU.S. Toll/International:\n|\n|\n• +1 (404) 555-3406\n|\nConference ID:\n"
            "|\n|\n• 60155938\n",
            (["+18775550168", "+16475554901"], "60155938"),
            ["+18005558367", "+14045553406"],
            "60155938",
            "2013-08-09",
        ),
    ],
)
def test_replay_numbers_and_code_are_kept_apart_from_the_live_call(
    details: str, live: tuple[list[str], str], replay_numbers: list[str], replay_code: str, until: str
) -> None:
    event = first_event(details)
    assert ([d["number"] for d in event["dial_ins"]], event["passcode"]) == live
    replay = event["replay"]
    assert [d["number"] for d in replay["dial_ins"]] == replay_numbers
    assert (replay["passcode"], replay["available_until"]) == (replay_code, until)


def test_the_conferences_own_line_after_a_sentence_on_the_replay() -> None:
    event = first_event(
        "Investors may also access the web cast on the Company's web site at www.acme-bank.example, where a "
        "replay of the web cast "
        "will be available for 30 days. The audio version of the conference may be accessed by\n877-555-0111.\n"
    )
    assert [d["number"] for d in event["dial_ins"]] == ["+18775550111"]
    assert (event["replay"]["dial_ins"], event["replay"]["available_until"]) == ([], "2013-09-01")


def test_a_registers_number_is_no_dial_in() -> None:
    parsed = prparse.parse(
        "Heraklion, June 9, 2021\n\nINVITATION\n\nACME PLASTICS S.A. COMPANY\n\nto attend the Annual General Meeting "
        "General Commercial Registry Number: 77082555000\n\nThe shareholders are invited to the Annual General Meeting "
        "on Wednesday, June 30, 2021 at 13:00, at the company's offices.\n"
    )
    assert [e.dial_ins for e in parsed.events] == [()]


def test_a_replays_paragraph_under_a_contacts_line_is_no_contact() -> None:
    """A paragraph of sentences on one line after a blank line ends the contact block above it."""
    parsed = prparse.parse(
        release(
            "What: Second Quarter Earnings Conference Call When: 10:00 a.m. ET, Friday, August 2, 2013 How: Dial-in "
            "conference call (877) 555-5351 (domestic callers) Contacts: Jane Rowe, President & CEO Tom Ashby, CFO\n\n"
            "The conference call will be archived and accessible by dialing (800) 555-1687 (domestic callers) or "
            "(706) 555-9291 (international callers). The archived conference ID is 6292347. It also will be available "
            "on the company's web site for 30 days.\n"
        )
    ).model_dump(mode="json")
    replay = parsed["events"][0]["replay"]
    assert [d["number"] for d in replay["dial_ins"]] == ["+18005551687", "+17065559291"]
    assert replay["passcode"] == "6292347"
    assert all("+18005551687" not in c["phones"] for c in parsed["contacts"])


def test_country_labels_over_their_numbers_and_a_replays_details_lead_in() -> None:
    """Each number takes the country on the line above it, not the next row's label; "The
    dial-in details are:" after the replay's sentence gives the replay's numbers."""
    event = first_event(
        "Listeners may access the call by dialing:\n\nUS:\n\n1 888 555 8982\n\nHong Kong:\n\n800 905945\n\n"
        "Mainland China:\n\n4001 201203\n\nA telephone replay will be available through August 9, 2013. The "
        "dial-in details are:\n\nUS:\n\n1 877 555 7529\n\nPasscode:\n\n10147239\n"
    )
    assert [d["number"] for d in event["dial_ins"]] == ["+18885558982", "+852800905945", "+864001201203"]
    assert event["passcode"] is None
    assert [d["number"] for d in event["replay"]["dial_ins"]] == ["+18775557529"]
    assert event["replay"]["passcode"] == "10147239"


def test_a_replay_tables_dial_in_number_rows_are_the_replays() -> None:
    """ "UK Dial In Number" labels a row of either table: the heading above says whose."""
    event = first_event(
        "The details of the live conference call are as follows:\n|UK Toll Free Dial In Number\n|0800 555 0937\n"
        "|Conference ID\n|8001751\nReplay:\nA replay of the presentation will be available for two weeks. "
        "Details are as follows:\n|UK Dial In Number\n|0800 555 1533\n|USA Toll Free Number\n|1866 555 4222\n"
    )
    assert [d["number"] for d in event["dial_ins"]] == ["+448005550937"]
    assert [d["number"] for d in event["replay"]["dial_ins"]] == ["+448005551533", "+18665554222"]


def test_a_nordic_call_details_block_with_one_pin_and_a_link_row() -> None:
    text = (
        "Company Announcement\nCopenhagen, 23 July 2013\nNo. 15/2013\nINTERIM REPORT\nConference call details\n"
        "A conference call will be held on 23 July 2013 at 9:00 am CET.\nDial-in details:\nDK: +45 7876 5490\n"
        "UK: +44 203 555 6819\nPIN Code for all countries: 283234\nLink: https://acme.eventcdn.example/2013h1/\n"
        "For investor enquiries:\nJane Rowe, Head of Investor Relations, +45 38 17 64 31\n"
    )
    parsed = prparse.parse(text).model_dump(mode="json")
    assert (parsed["dateline"]["city"], parsed["dateline"]["date"]) == ("Copenhagen", "2013-07-23")
    event = parsed["events"][0]
    assert (event["starts_at"], event["passcode"], event["webcast_url"]) == (
        "2013-07-23T09:00:00+02:00",
        "283234",
        "https://acme.eventcdn.example/2013h1/",
    )
    assert [d["number"] for d in event["dial_ins"]] == ["+4578765490", "+442035556819"]


@pytest.mark.parametrize(
    ("replay_text", "code"),
    [
        (
            "To access the recording, please call 1-855-555-2300, enter the conference access code 27058# and then "
            "key in the playback access code 0114058#.",
            "0114058",
        ),
        (
            "A telephonic replay can be accessed through August 9, 2013, at 1-877-555-7529; enter conference ID: "
            "#4981439.",
            "4981439",
        ),
        ("Replay Starting 2 Hours After Live Call Ends: +1-412-555-6671, with ID 2737399", "2737399"),
        (
            "To access the replay, please call 1-888-555-1112 (U.S.) or 1-719-555-0820 (international) and "
            "reference ID number 7991541.",
            "7991541",
        ),
        ("To access the replay, call 404-555-3406.  The conference ID for the recording is 1544644.Note on", "1544644"),
        (
            "A telephonic playback will be available through August 10, 2013. Participants can dial (412) 555-6671 "
            "and enter passcode 13755321 to hear the playback.",
            "13755321",
        ),
        (
            "A replay will be available through April 27, 2017, at 1- 888-555-1112 or 1-719-555-0820, ID# 7306571.",
            "7306571",
        ),
        (
            "The webcast will be available on replay until August 17, 2013, and may be accessed by dialing "
            "416-555-8677 or North American toll free 1-888-555-0541 / 613777 #.",
            "613777",
        ),
        ("Replay number: 905-555-9451\nRe-dial ID: 2569205\n", "2569205"),
        (
            "To access the replay, please dial (855) 555-2056 (domestic) or (404) 555-3406 (international); "
            "reference code 2287274.",
            "2287274",
        ),
        (
            "A replay of the call will be available through September 6, 2013, at 1-844-555-2921 (U.S. Toll Free). "
            "Participants must use the following code to access the replay of the call: 5166951.",
            "5166951",
        ),
        (
            "A telephonic replay will be available through May 22, 2013, and can be accessed by dialing (888) "
            "555-8010, using conference ID code 30155513.",
            "30155513",
        ),
        # the code before its label, wrapped to the next line
        (
            "Replays of the conference call will be available for a period of five days by dialing 402-555-2946 "
            "and using 37692#\nas the pass code.",
            "37692",
        ),
    ],
)
def test_the_replays_own_code(replay_text: str, code: str) -> None:
    event = first_event("To join the call, dial 877-555-0784.\n\n" + replay_text + "\n")
    assert event["replay"]["passcode"] == code
    assert [d["number"] for d in event["dial_ins"]] == ["+18775550784"]


@pytest.mark.parametrize(
    "contact",
    [
        "Financial analysts may call:\nPaul Jensen, Director, Investor Relations 612-215-4535\n",
        # A wire's footer: the desk's name over its number.
        "View source version on businesswire.com: https://www.businesswire.com/news/home/20130701005160/en/\n"
        "Acme Energy Media Relations\n(612) 215-5300\nwww.acmeenergy.example\n",
        # An issuer's details under a meeting notice: its office's number beside its fax.
        "Name of the issuing entity: Acme Fund S.A.\nPhone/fax number:\n"
        "Tel.: + 40 21 555 9600\nFax: + 40 21 555 9631\n",
        # A registrar's line, open on weekdays, though its sentence speaks of taking part.
        "Shareholders can register to participate in the AGM by calling +358 10 555 8909 on weekdays between 9:00 "
        "a.m. and 4:00 p.m. Finnish time.",
    ],
)
def test_a_contact_phone_is_not_a_dial_in(contact: str) -> None:
    event = first_event("To join the call, dial 877-407-0784.\n\n" + contact)
    assert [d["number"] for d in event["dial_ins"]] == ["+18774070784"]


def test_numbers_belong_to_their_own_event() -> None:
    text = release(
        "Acme will host its earnings call on Friday, August 2, 2013 at 8:00 a.m. ET. "
        "To join, dial 877-407-0784, passcode 4411.\n\n"
        "Acme will also host an investor day on September 10, 2013 at 9:00 a.m. ET. "
        "To listen, dial 888-506-0062, passcode 9921.\n"
    )
    events = prparse.parse(text).events
    assert [(e.date.isoformat() if e.date else None, [d.number for d in e.dial_ins], e.passcode) for e in events] == [
        ("2013-08-02", ["+18774070784"], "4411"),
        ("2013-09-10", ["+18885060062"], "9921"),
    ]
    assert [e.kind for e in events] == ["earnings_call", "investor_day"]


CONFERENCE_LIST = (
    "Management will present at the following investor conferences:\n\n"
    "**Northfield Growth Conference**\nDate: Thursday, August 8, 2013\nTime: 2:00 p.m. ET\n\n"
    "**Harbor Lane Industrials Summit**\nDate: Tuesday, September 3, 2013\nTime: 11:35 a.m. ET\n\n"
)


@pytest.mark.parametrize(
    ("closing", "webcasts"),
    [
        # Offered for all the events at once: every event gets it.
        ("Acme will webcast the live events; to listen, visit www.acmeir.example.", ["www.acmeir.example"] * 2),
        ("Live webcasts of both presentations will be at www.acmeir.example.", ["www.acmeir.example"] * 2),
        ("Webcasts of the presentations can be heard at www.acmeir.example.", ["www.acmeir.example"] * 2),
        # Offered for one: only the event it follows.
        ("A live webcast of the summit presentation will be at www.acmeir.example.", [None, "www.acmeir.example"]),
    ],
)
def test_a_webcast_offered_for_several_events_goes_to_each(closing: str, webcasts: list[str | None]) -> None:
    events = prparse.parse(release(CONFERENCE_LIST + closing + "\n")).events
    assert [e.date.isoformat() if e.date else None for e in events] == ["2013-08-08", "2013-09-03"]
    assert [e.webcast_url for e in events] == webcasts


@pytest.mark.parametrize(
    "offer",
    [
        "The events will be webcast at www.acme.example. A replay will also be archived on the site for at least "
        "one week following each event.",
        # "Replays", one for each
        "The live webcasts can be accessed at www.acme.example. Replays will be posted on the website as soon as "
        "possible after the event and will be available for at least 7 days following.",
    ],
)
def test_a_replay_offered_after_each_event_goes_to_each(offer: str) -> None:
    events = prparse.parse(
        release(
            "Management will participate in the Springfield Healthcare Conference on February 26, 2014 at 10:00am ET "
            "and the Shelbyville Health Care Conference on March 3, 2014 at 10:40am ET. " + offer
        )
    ).events
    assert [(str(e.date), e.replay and str(e.replay.available_until)) for e in events] == [
        ("2014-02-26", "2014-03-05"),
        ("2014-03-03", "2014-03-10"),
    ]


def test_each_event_keeps_its_own_webcast() -> None:
    text = release(
        "Acme will host its earnings call on Friday, August 2, 2013 at 8:00 a.m. ET; a live webcast "
        "will be at www.acmecalls.example.\n\n"
        "Acme will also present at an investor conference on September 10, 2013 at 9:00 a.m. ET. "
        "Webcasts of the presentations will be at www.acmeir.example.\n"
    )
    assert [e.webcast_url for e in prparse.parse(text).events] == ["www.acmecalls.example", "www.acmeir.example"]


def test_a_dial_in_that_does_not_validate_is_left_out_and_warned() -> None:
    parsed = prparse.parse(release(CALL + "To join the call, dial 123-456-7890."))
    assert parsed.events[0].dial_ins == ()
    assert [(w.code, w.span is not None) for w in parsed.warnings] == [("invalid_number", True)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Investors may dial 877-407-0784. The replay will be available through August 9, 2013 at 844-512-2921. "
        "Conference call and replay ID: 4471829.",
        "To access the conference call, please dial 877-407-0784 and reference conference 4471829. Replays will be "
        "available through August 9, 2013. Please dial 844-512-2921 and reference conference ID# 4471829.",
    ],
)
def test_one_code_named_for_the_call_and_its_replay(sentence: str) -> None:
    event = first_event(sentence)
    assert (event["passcode"], event["replay"]["passcode"]) == ("4471829", "4471829")


@pytest.mark.parametrize(
    "replay",
    [
        "A replay will be available through August 9, 2013 by dialing 844-512-2921 and entering the same "
        "conference ID.",
        "A replay will be available through August 9, 2013 by dialing 844-512-2921 and enter the conference ID "
        "provided above.",
        # said beside the replay's number, in a copy whose blank lines split the sentence
        "A replay of the call will be available through August 9, 2013 on the website or by\n\ncalling "
        "844-512-2921 (same passcode) about two hours after the\n\nconclusion of the call.",
    ],
)
def test_the_same_code_for_live_call_and_replay(replay: str) -> None:
    event = first_event(f"To join, dial 877-407-0784, conference ID 4471829. {replay}")
    assert event["passcode"] == "4471829"
    assert event["replay"]["passcode"] == "4471829"
    assert [d["number"] for d in event["replay"]["dial_ins"]] == ["+18445122921"]


@pytest.mark.parametrize(
    ("snippet", "webcast", "registration"),
    [
        # A link alone on its line, under the sentence that points to it.
        (
            "The conference call will also be broadcast and archived on our website at the following location:\n"
            "http://www.acmerobotics.com\n",
            "http://www.acmerobotics.com",
            None,
        ),
        (
            "To participate in the conference call please register at the URL link below. Once registered, you "
            "will receive a dial-in number and a unique PIN.\n\nhttps://register.vevent.example/acme\n\n"
            "The call will also be webcast and can be accessed through the link below. A replay will be "
            "available for 12 months.\n\nhttps://edge.media-server.com/mmc/p/acme213\n",
            "https://edge.media-server.com/mmc/p/acme213",
            "https://register.vevent.example/acme",
        ),
    ],
)
def test_links_under_a_pointing_sentence(snippet: str, webcast: str | None, registration: str | None) -> None:
    event = first_event(snippet)
    assert (event["webcast_url"], event["registration_url"]) == (webcast, registration)


def test_html_table_of_numbers_reads_each_label_cell() -> None:
    html = (
        "<html><body><p>DENVER, March 2, 2026 /PRNewswire/ -- Granite Peak Energy, Inc. (NYSE: GPK) will host its "
        "Investor Day on Tuesday, March 24, 2026, beginning at 9:00 a.m. Mountain Time and concluding at "
        "approximately 1:00 p.m. Mountain Time.</p><p>Participants may join by telephone:</p><table>"
        "<tr><td>United States</td><td>1-833-630-1956</td></tr><tr><td>United Kingdom</td><td>0800 358 0970</td></tr>"
        "<tr><td>Access code</td><td>882214</td></tr></table></body></html>"
    )
    events = prparse.parse(html).model_dump(mode="json")["events"]
    assert [(e["starts_at"], e["passcode"]) for e in events] == [("2026-03-24T09:00:00-06:00", "882214")]
    assert [(d["number"], d["label"]) for d in events[0]["dial_ins"]] == [
        ("+18336301956", "United States"),
        ("+448003580970", "United Kingdom"),
    ]


def test_dial_ins_in_a_release_run_onto_one_line() -> None:
    """Scraped copies glue paragraphs into one line; the contact's email at its end does not
    make the dial-in a contact phone."""
    body = (
        "Interested parties may participate in the conference call by dialing 1-929-555-0324 and providing "
        "conference ID: 3349954.A replay will be available by dialing 1-719-555-0820 and entering passcode "
        "3349954#. The replay will be available through August 16, 2013.About Acme Robotics Acme builds robots. "
        "Contact for Media and Investors:Jane Rowe Acme Robotics, Inc. ir@acmerobotics.example Tel: (+1) "
        "617-394-2761"
    )
    event = first_event(body)
    assert [d["number"] for d in event["dial_ins"]] == ["+19295550324"]
    assert [d["number"] for d in event["replay"]["dial_ins"]] == ["+17195550820"]


def test_a_table_of_country_numbers_run_together() -> None:
    """A copy that lost the cells' breaks: "Hong Kong 2112-5544Taiwan 0080-119-6666Australia ...".
    Each number takes the country named right before it; one that does not validate is left out."""
    text = release(
        "| TIME: | U.S. 8:00 a.m. ESTTaiwan 9:00 p.m. |\n"
        "| Live Webcast: http://www.streamhost.example/webcast/ab4QrToll Free Dial-in Number (Audio Only): | |\n"
        "|  | Hong Kong 2112-5544Taiwan 0080-119-6666Australia 1-800-015-763Canada 1-877-555-8508"
        "United States (2) 1-866-555-5567 |\n"
        "| Dial-in Number (Audio Only): | |\n|  | Taiwan Domestic Access 02-3396-5591International Access "
        "+886-2-3396-5591 |\n\nPlease enter the Participant PIN Code 3329013 # after the call is connected.\n"
    ).replace("today announced the following.", "today announced its call on Friday, August 2, 2013.")
    events = prparse.parse(text).events
    assert [(e.starts_at.isoformat() if e.starts_at else None, e.passcode) for e in events] == [
        ("2013-08-02T08:00:00-04:00", "3329013")
    ]
    assert [(d.number, d.label) for d in events[0].dial_ins] == [
        ("+85221125544", "Hong Kong"),
        ("+611800015763", "Australia"),
        ("+18775558508", "Canada"),
        ("+18665555567", "United States (2)"),
        ("+886233965591", "Taiwan Domestic Access"),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "If you have any difficulty registering or connecting with the conference call, please contact Harbor IR "
        "at (720) 555-2829.",
        "Registration: by phone +358 10 555 8909 during the registration period from Monday to Friday at 9.00 am.",
        "Registration by telephone: calling +358 10 555 0909 on weekdays between 9:00 a.m. and 4:00 p.m.",
    ],
)
def test_a_registration_line_with_office_hours_is_not_a_dial_in(line: str) -> None:
    assert first_event(line)["dial_ins"] == []


def test_the_about_paragraph_under_its_heading_holds_no_dial_in() -> None:
    """The "About" paragraph is one long line under its heading; its phone is the company's."""
    about = (
        "**About Acme Digital**\n\nAcme helps companies grow online revenues by increasing their traffic, conversion "
        "rate, and average order value through its suite of apps. To learn more, please visit www.acme.example or "
        "call (800) 555-9936.\n\n**Safe Harbor for Forward-Looking Statements**\n\nThis release has statements.\n"
    )
    event = first_event("Participants can register for the conference call using the URL above.\n\n" + about)
    assert event["dial_ins"] == []


@pytest.mark.parametrize(
    "help_line",
    [
        "The presentation will be webcast live at www.acmerobotics.com. Additional information regarding the "
        "system requirements can be obtained prior to the presentation by dialing (212) 894-7053.",
        "Shareholders are invited to attend the meeting in person. Shareholders may call our main offices at "
        "281-555-7800 for directions to our principal executive offices.",
        "To join by the Shareholder Line, you need to contact Acme Registry Services on 1800 555 363 or +61 1800 555 "
        "363 prior to the Meeting to obtain a personalised PIN number.",
    ],
)
def test_a_help_line_is_not_a_dial_in(help_line: str) -> None:
    event = first_event(help_line)
    assert event["dial_ins"] == []


def test_a_centred_call_table_with_its_time_rows_and_replay_block_below() -> None:
    """An exhibit of 2008: the call "at the times indicated below", a centred table of numbers
    and an "At:" row of times, then the replay's numbers two blank lines under "Please call:"."""
    text = (
        "Beacon Optics Ltd. (Nasdaq: BOPT) First Quarter 2008 Conference Call\n\n\n"
        "HAIFA, Israel, April 1, 2008 (PRIME NEWSWIRE) -- Beacon will release first quarter 2008 results on the "
        "morning of Wednesday, April 30, 2008. Following the release, management would like to invite you to "
        "participate in a conference call scheduled for Wednesday, April 30, 2008, at the times indicated below.\n\n"
        "To participate, please call the following teleconferencing numbers:\n\n\n"
        "                      Domestic: 1- 888-555-5609\n"
        "                    International: 1- 973-555-1024\n"
        "                       Conference ID: 41555717\n"
        "                                 At:\n"
        "                   11:00 a.m. Eastern Daylight Time\n"
        "                    8:00 a.m. Pacific Daylight Time\n\n"
        "For those unable to participate, there will be a replay available from April 30, 2008 at 1:00 p.m. EDT, "
        "through May 7, 2008 at 11:59 p.m. EDT.\n\n"
        "Please call:\n\n\n\n"
        "                       Domestic: 1-800-555-1687\n"
        "                     International: 1-706-555-9291\n"
        "                     ID Code for Replay: 41555717\n\n"
        "About Beacon Optics\n\nBeacon Optics makes lenses.\n"
    )
    parsed = prparse.parse(text)
    assert parsed.contacts == ()
    [event] = parsed.events
    assert (event.kind, event.starts_at and event.starts_at.isoformat(), event.passcode) == (
        "earnings_call",
        "2008-04-30T11:00:00-04:00",
        "41555717",
    )
    assert [d.number for d in event.dial_ins] == ["+18885555609", "+19735551024"]
    assert event.replay is not None
    assert [d.number for d in event.replay.dial_ins] == ["+18005551687", "+17065559291"]
    assert (event.replay.available_until, event.replay.passcode) == (dt.date(2008, 5, 7), "41555717")
    assert parsed.warnings == ()


@pytest.mark.parametrize(
    ("snippet", "live", "replay"),
    [
        # "To listen" is said of a replay as often as of the call: the sentence before decides.
        (
            "A playback of the call will be available through August 16, 2013. To listen, please call 877-555-4010 "
            "within the United States, using replay passcode 53045.",
            [],
            ["+18775554010"],
        ),
        ("To listen, please call 877-555-4010 within the United States.", ["+18775554010"], []),
        # A listen-only line is the live call's; each number's country is written after it; the contact's
        # email in the next sentence is no part of it.
        (
            "The conference call will be broadcast live on the web and will be available on demand shortly after. If "
            "interested parties are unable to connect to the web, a listen-only service is available by calling 020 "
            "7555 1833 in the UK or 718 555 1158 in the US. Analysts should contact Sam Hardy on +44 (0) 20 7555 "
            "2257 or via email at sam.hardy@acme.example for conference call details.",
            ["+442075551833", "+17185551158"],
            [],
        ),
        # Taking part is live, whatever the sentences before spoke of.
        (
            "Webcast replays of the call will be available for approximately two weeks. Additionally, a copy of the "
            "earnings release will be on the website. Analysts and investors within the United States interested in "
            "participating are invited to call (877) 555-0189.",
            ["+18775550189"],
            [],
        ),
    ],
)
def test_to_listen_is_said_of_a_call_or_its_replay(snippet: str, live: list[str], replay: list[str]) -> None:
    event = first_event(snippet)
    assert [d["number"] for d in event["dial_ins"]] == live
    assert [d["number"] for d in (event["replay"] or {}).get("dial_ins", [])] == replay


def test_a_markdown_links_escaped_label_is_unescaped() -> None:
    event = first_event(
        "Webinar registration link: [https://acme.zoom.example/webinar/register/WN\\_vun8Aay](https://safelinks."
        "example/?url=https%3A%2F%2Facme.zoom.example)"
    )
    assert event["webcast_url"] == "https://acme.zoom.example/webinar/register/WN_vun8Aay"


def test_a_timestamp_is_no_dial_in() -> None:
    """ "2013-07-23 00:40" (a page's time of crawl) has the digits of a North American number."""
    event = first_event("To join the call, dial 877-555-0784.\nPosted: 2013-07-23 00:40 by the newsroom\n")
    assert [d["number"] for d in event["dial_ins"]] == ["+18775550784"]


def test_a_reservation_number_to_quote_is_the_replays_code() -> None:
    event = first_event(
        "A replay will be available until Friday, August 16, 2013. To access the replay, dial 416-555-1917 or "
        "1-877-555-8525 and quote the reservation number 4169379#."
    )
    assert event["replay"]["passcode"] == "4169379"


@pytest.mark.parametrize(
    "sentence",
    [
        "Shareholders can access the meeting by logging in online at https://web.meetings.example/143986011. Further "
        "details on how to register proxyholders, login to attend and vote at the meeting are in the attachment.",
        "The meeting will be held solely by means of a remote communication online at "
        "https://web.meetings.example/143986011 on August 2, 2013 at 10:30 a.m. (eastern time).",
        "The meeting will be conducted via remote communication and can be accessed through the following link: "
        "https://web.meetings.example/143986011",
        "To be admitted to the Annual Meeting and view the proxy materials for the Meeting, shareholders should "
        "visit https://web.meetings.example/143986011.",
        "It is not possible to participate in the General Meeting at the meeting venue. Shareholders can follow the "
        "General Meeting on the company's website at https://web.meetings.example/143986011.",
    ],
)
def test_a_virtual_meetings_site_where_it_is_held_is_its_webcast(sentence: str) -> None:
    notice = (
        "The annual meeting of shareholders will be held on August 2, 2013 at 10:30 a.m. Eastern time.\n\n"
        "The move to a virtual only meeting is in response to the pandemic.\n\n"
        "Only shareholders as of the record date may attend the meeting.\n\n"
    )
    events = prparse.parse(release(notice + sentence)).events
    assert [e.webcast_url for e in events] == ["https://web.meetings.example/143986011"]


def test_a_recorded_commentary_to_call_is_no_replay() -> None:
    events = prparse.parse(
        release(
            "For more detailed information, please call 626-555-1209 to listen to a recorded commentary. "
            "Additionally, a conference call is scheduled for August 2, 2013 at 4:30 PM (ET). The conference call "
            "number is 866-555-6291. A replay of the conference call will be available at 888-555-8010, pass code "
            "98453240, for approximately two weeks."
        )
    ).events
    assert [[d.number for d in e.replay.dial_ins] if e.replay else None for e in events] == [["+18885558010"]]


@pytest.mark.parametrize(
    "tool",
    [
        "Check that your browser is compatible by going to the website whatismybrowser.com",
        "To view the webcast, download the free Flash player from get.adobe.com/flashplayer",
    ],
)
def test_a_viewers_tool_is_no_webcast(tool: str) -> None:
    guide = (
        "Acme Limited Virtual Annual Meeting Online Portal Guide\n\n" + tool + "\n\nThe screen will play a live "
        "video webcast of the Annual Meeting at 9.00am AEST on 20 July 2016.\n"
    )
    events = prparse.parse(guide).events
    assert [(str(e.date), e.webcast_url) for e in events] == [("2016-07-20", None)]


def test_a_site_for_a_replay_where_call_details_are_still_to_come_is_no_webcast() -> None:
    events = prparse.parse(
        release(
            "Acme will host a conference call the same day at 1:00pm BST / 8:00am EDT on August 2, 2013. Conference "
            "call information will be included in the half year results press release and a replay of the call will "
            "also be available through the Company's website, www.acme.example."
        )
    ).events
    assert [(e.webcast_url, e.replay.url if e.replay else None) for e in events] == [(None, "www.acme.example")]


def test_a_link_the_line_under_it_points_back_to_for_attending_is_the_webcast() -> None:
    notice = (
        "The Annual General Meeting of Acme Resources plc will be held on August 2, 2013 at 10:00 a.m. (BST).\n\n"
        "Shareholders are requested not to attend the Annual General Meeting in person and, instead, to use the "
        "following teleconferencing facilities:\n\nAudience Event Link:https://events.example.com/start.jsp?ei=14650"
        "\n\nClick on the link above to attend the presentation from your laptop, tablet or mobile device.\n"
    )
    events = prparse.parse(release(notice)).events
    assert [e.webcast_url for e in events] == ["https://events.example.com/start.jsp?ei=14650"]


def test_a_bare_code_to_key_in_after_the_replay_numbers() -> None:
    event = first_event(
        "A replay will be available by dialing (877) 555-6853 for domestic callers and entering 13695115 from two "
        "hours after the end of the call until Friday, August 16, 2013."
    )
    assert (event["replay"]["passcode"], event["passcode"]) == ("13695115", None)


@pytest.mark.parametrize(
    "heading",
    [
        "Conference Call",
        "Today’s Conference Call",
        "Second Quarter 2013 Earnings Call",
        "Second Quarter and First Half 2013 Earnings Conference Call Information",
    ],
)
def test_a_call_under_its_heading_after_the_non_gaap_tables(heading: str) -> None:
    """An earnings release puts its call under the non-GAAP tables; the call's heading ends the
    legal section. "The access number for the replay is 844-..." is a number to dial, and "the
    conference ID number is 13760713" no dial-in that failed."""
    text = release(
        "Non-GAAP Financial Measures:\nAdjusted EBITDA | 95.0 | 105.0\nAdjusted EBITDA margin | 9.6 | % | 10.3 | %\n\n"
        f"(1) Includes non-cash expenses totaling $27.2 million.\n\n{heading}\n\n"
        "The Company will hold a conference call today at 4:30 p.m. ET. The dial-in number is 877-555-0792 "
        "(+1-201-555-8263), and the conference ID number is 13760713.\n\nA replay of the conference call will be "
        "available beginning today at 7:30 p.m. ET until August 12, 2013. The access number for the replay is "
        "844-555-2921 (+1-412-555-6671) and the conference ID number is 13760713.\n"
    )
    parsed = prparse.parse(text)
    [event] = parsed.events
    assert (event.starts_at and event.starts_at.isoformat(), event.passcode) == (
        "2013-07-23T16:30:00-04:00",
        "13760713",
    )
    assert [d.number for d in event.dial_ins] == ["+18775550792", "+12015558263"]
    assert event.replay is not None
    assert ([d.number for d in event.replay.dial_ins], event.replay.passcode) == (
        ["+18445552921", "+14125556671"],
        "13760713",
    )
    assert parsed.warnings == ()


@pytest.mark.parametrize(
    "bullet",
    [
        "* Non-GAAP net income for the fourth quarter of 2024 was $8.7 million, or $0.18 per diluted share.",
        "Non-GAAP gross margin for the full year was 48.6% compared with 38.4% in the prior year.",
    ],
)
def test_a_non_gaap_result_is_no_legal_heading(bullet: str) -> None:
    """A result stated on non-GAAP terms opens no legal section: the call section under it is read."""
    text = release(
        f"Fourth Quarter 2024 Highlights\n\n{bullet}\n* Revenue was $60.7 million.\n\n"
        "Fourth Quarter and Full Year 2024 Earnings Conference Call Information\n\nThe Company will host a conference "
        "call today at 8:30 a.m. ET, or 3:30 p.m. "
        "Israel time, to discuss the results. To access the call, participants may dial toll-free at 1-877-555-0792 "
        "or 1-201-555-8263.\n"
    )
    [event] = prparse.parse(text).events
    assert event.starts_at is not None and event.starts_at.isoformat() == "2013-07-23T08:30:00-04:00"
    assert [d.number for d in event.dial_ins] == ["+18775550792", "+12015558263"]


@pytest.mark.parametrize("heading", ["**Link to webcast**", "Webcast", "Live webcast:"])
def test_a_link_alone_under_its_heading_is_what_the_heading_says(heading: str) -> None:
    """The heading over a bare link names it, not the link's path (".../register")."""
    [event] = prparse.parse(
        release(
            "The report will be presented at 09:30 CET on July 24, 2013 by the CEO and the CFO. The presentation can "
            f"be followed online or by phone.\n\n{heading}\n\nhttps://acme.events.example/q2-report-2013/register\n\n"
            "**Telephone conference**\n\nTo participate in the conference call, please register via this link: "
            "https://conference.example/teleconference/?id=50050313\n\nThe report and presentation will be available "
            "at: https://investors.acme.example/en/reports-and-presentations\n"
        )
    ).events
    assert event.webcast_url == "https://acme.events.example/q2-report-2013/register"


def test_a_calendar_row_set_with_a_leader_of_dots() -> None:
    """ "Annual General Meeting 2014........... May 6, 2014": the leader is no sentence's end; the
    meeting is an event, the reports are not."""
    text = release(
        "**Financial calendar**\n\nInterim report Jan-Mar 2014............... April 28, 2014\n\n"
        "Annual General Meeting 2014........... May 6, 2014\n\nInterim report Jan-Jun 2014................ "
        "July 14, 2014\n"
    )
    assert [(e.kind, e.date and e.date.isoformat(), e.starts_at) for e in prparse.parse(text).events] == [
        ("shareholder_meeting", "2014-05-06", None)
    ]


@pytest.mark.parametrize("when", ["today at 09:30AM", "today at 09:30 CET", "tomorrow at 10:00 a.m."])
def test_a_call_today_in_a_release_with_no_date(when: str) -> None:
    """No dateline, no date anywhere: the call stands, with its link; its day and start stay empty."""
    text = (
        "Acme bank ASA reported a profit before tax of NOK 29.7 million for Q4 2024.\n\n"
        f"Acme Bank will present the results for the 4th quarter of 2024 {when}.\n\n"
        "To participate in the Webcast, please click on the following link:\n\n"
        "https://www.youtube.com/watch?v=so5MBXprUCo\n"
    )
    [event] = prparse.parse(text).events
    assert (event.date, event.starts_at, event.webcast_url) == (
        None,
        None,
        "https://www.youtube.com/watch?v=so5MBXprUCo",
    )


def test_a_call_today_beside_its_written_day_is_one_event() -> None:
    text = (
        "SANTA CLARA, Calif.--(BUSINESS WIRE)--Acme Corporation (Nasdaq:ACME) today announced a deal. Acme will "
        "hold a conference call to discuss the transaction today at 1:00pm Eastern time.\n\nDate: Monday, "
        "November 19, 2007\nTime: 1:00 pm Eastern time\nDial-in: 800-555-7417\n"
    )
    [event] = prparse.parse(text).events
    assert event.starts_at is not None and event.starts_at.isoformat() == "2007-11-19T13:00:00-05:00"


@pytest.mark.parametrize(
    "archive",
    [
        "If attendees are not able to join the event live on the day of the conference, an archived webcast will "
        "also be made available on AcmeConferences.com.",
        "For those unable to listen to the live broadcast, an archive will be available at www.acmeconferences.com.",
    ],
)
def test_a_link_for_those_who_miss_the_live_event_is_the_archives(archive: str) -> None:
    text = release(
        "Acme's CEO will present at 2:55 pm ET on Wednesday, July 24, 2013 at the Emerging Growth Conference. "
        f"Please register here to attend the conference. {archive}\n"
    )
    [event] = prparse.parse(text).events
    assert event.starts_at is not None and event.starts_at.isoformat() == "2013-07-24T14:55:00-04:00"
    assert event.webcast_url is None


@pytest.mark.parametrize(
    ("sentence", "starts"),
    [
        ("We will hold a virtual meeting for investors and analysts on 11 June 2020 at 9:00am BST.", "09:00"),
        ("Management will host a meeting with analysts on 11 June 2020 at 2:30pm BST.", "14:30"),
    ],
)
def test_a_meeting_for_investors_and_analysts_is_an_event(sentence: str, starts: str) -> None:
    text = (
        f"Acme International Group PLC\n11 May 2020\n\nAcme announces a revised date for its results.\n\n{sentence}\n"
    )
    assert only_start(text) == f"2020-06-11T{starts}:00+01:00"


def test_a_time_whose_zone_wrapped_on_to_the_dates_line() -> None:
    """A fixed-width copy broke the line after "11 a.m.": its zone, the time restated and the day
    follow on the next line, not another row with a day of its own."""
    text = (
        "SAN JOSE, Calif., Feb. 13, 2025 (GLOBE NEWSWIRE) — Acme Water Group expects to report its results\n"
        "after the close of the market on Feb. 26, 2025.\n\nJane Rowe, president and chief executive officer,\n"
        "and Tom Ashby, chief financial officer, will host a conference call at 11 a.m.\n"
        "(Pacific time), 2:00 p.m. (Eastern time) on Thursday, Feb. 27.\n"
    )
    assert only_start(text) == "2025-02-27T11:00:00-08:00"


@pytest.mark.parametrize(
    "pointing",
    [
        "To follow the webcast presentation and send written questions, please\nuse this link:",
        "Attendees of the live webcast can register and access the webcast on\nAcme's Investor Relations website at:",
    ],
)
def test_a_pointing_sentence_wrapped_over_the_lines_above_its_link(pointing: str) -> None:
    event = first_event(f"\n\n{pointing}\n\nhttps://acme.events.example/q2-report-2013/\n")
    assert event["webcast_url"] == "https://acme.events.example/q2-report-2013/"


def test_a_country_in_a_long_label_after_the_number() -> None:
    text = (
        "Acme to host call\n\nBUENOS AIRES, Argentina, May 11, 2013 (GLOBE NEWSWIRE) -- Acme plans to hold an "
        "investor conference call on May 15, 2013.\n\nTo participate in the conference call, please dial:\n\n"
        "(+1) 587 555 2171 (local dial in number)\n\n08006522435 (toll free dial in number in United Kingdom)\n\n"
        "08004448221 (toll free dial in number in Argentina)\n"
    )
    [event] = prparse.parse(text).events
    assert [(d.number, d.toll_free) for d in event.dial_ins] == [
        ("+15875552171", False),
        ("+448006522435", True),
        ("+548004448221", True),
    ]


def test_a_letterheads_number_is_no_dial_in() -> None:
    event = first_event(
        "To join the call, dial 201-555-8470.\n\n1 Refer to our use of non-GAAP measures.\n\n"
        "3333 WEST GOOD HOPE ROAD SPRINGFIELD, WI 53209 | 414.555.3333 WWW.ACME.EXAMPLE | NASDAQ: ACME\n"
    )
    assert [d["number"] for d in event["dial_ins"]] == ["+12015558470"]


def test_a_letterheads_number_on_its_own_line_is_no_dial_in() -> None:
    text = (
        "Exhibit 99.1\n|\nDate: April 15, 2020\n|\nNEWS RELEASE\n|\nAcme Incorporated\n40 Waterview Drive\n"
        "Shelton, CT 06484\n475-555-4000\n"
        "Acme Announces First Quarter 2020 Earnings Date\nShelton, CT, April 15, 2020 (GLOBE NEWSWIRE) — Acme "
        "today announced that it will release first quarter 2020 financial results prior to the opening of the "
        "market on April 30, 2020. The Company will then webcast its Analysts' Conference Call to discuss the results "
        "at 10:00 AM ET.\n"
    )
    [event] = prparse.parse(text).events
    assert event.dial_ins == ()


def test_a_letterhead_and_an_unlabelled_contact_over_a_call_in_the_headline_give_no_dial_in() -> None:
    """ "U.S.A." at the end of the letterhead's address is no dial-in table's row label."""
    text = (
        "Exhibit 99.1\nAcme Instruments Corporation\n6001 OAK CANYON, IRVINE, CALIFORNIA 92618-5200 U.S.A.\n"
        "(949) 555-1450 n FAX: (949) 555-1460 n www.acme.example\n|\nJane W. Rowe, CFO\nAcme Instruments Corp.\n"
        "(949) 555-1450\n|E.E. Lind/Brandi Roe\nThe Roe Group\n(212)555-2050\nACME INSTRUMENTS FILES\n"
        "FORM 10-Q FOR SECOND QUARTER OF FISCAL 2013\n\u2014Company To Host Investor Conference Call on Tuesday, "
        "December 10, 2013\nto Discuss Prior Results and Company Outlook\u2014\nIRVINE, Calif. \u2013 December 9, "
        "2013 \u2013 Acme Instruments Corp. (NASDAQ: ACMI) today announced that it has filed its Quarterly Report.\n"
    )
    [event] = prparse.parse(text).events
    assert (str(event.date), event.dial_ins) == ("2013-12-10", ())


def test_a_passcode_across_a_fixed_width_tables_column_gap() -> None:
    event = first_event(
        "Information about the conference call is as follows:\n\n"
        "         Dial-in  (Domestic):                        1-800-555-8538\n"
        "                  (International):                   1-617-555-2902\n"
        "         Participant Passcode:                       93708434\n"
    )
    assert (event["passcode"], [d["number"] for d in event["dial_ins"]]) == (
        "93708434",
        ["+18005558538", "+16175552902"],
    )


def test_a_webcast_address_glued_on_to_the_word_before_it() -> None:
    event = first_event("Live Webcast Access atwww.acme.example.com.br/ir\nPhone: +1 (412) 555-6382\n")
    assert event["webcast_url"] == "www.acme.example.com.br/ir"


def test_a_link_with_the_next_heading_glued_on_is_no_webcast() -> None:
    """A copy that lost its line breaks: the documents' link runs into the call's heading."""
    event = first_event(
        "Revenue for the quarter rose twelve percent over the same quarter a year ago, driven by demand for our "
        "systems in every region we serve. Gross margin held at sixty percent of revenue, and operating expenses "
        "grew more slowly than revenue for the fourth quarter in a row. Cash and investments rose by four hundred "
        "million dollars during the quarter, driven by cash generated from operations. "
        "Supplemental information has been posted to the Investor Relations section of the website at "
        "https://ir.acme.example/.Webcast and Conference Call InformationAcme will hold a teleconference. The call "
        "will be simulcast over the Internet at www.acme.example."
    )
    assert event["webcast_url"] == "www.acme.example"


def test_a_results_tables_cells_are_no_dial_in() -> None:
    event = first_event(
        "To join the call, dial 877-555-0784.\n\nJune 30, 2013 10,922 (0.1) 249 - 454 173.1 273 195.6\n"
    )
    assert [d["number"] for d in event["dial_ins"]] == ["+18775550784"]


def test_a_teleconference_to_register_for_and_a_webcast_whose_address_says_report() -> None:
    event = first_event(
        "* To participate in the audiocast, where you have the opportunity to ask oral questions, register via "
        "the link below:  \n  [https://conference.hearings.example/teleconference/?id=5009915](https://pr.report/6xgd)\n"
        "* To participate in the webcast, register via the link below:  \n"
        "  [https://acme.events.example/q4-report-2013](https://pr.report/6xge)\n"
    )
    assert (event["webcast_url"], event["registration_url"]) == (
        "https://acme.events.example/q4-report-2013",
        "https://conference.hearings.example/teleconference/?id=5009915",
    )


def test_a_sentence_glued_on_to_the_one_before() -> None:
    """A copy that lost its line breaks: "... through August 16, 2013.This call will be webcast live"."""
    event = first_event(
        "A replay of the call will be available by dialing 1-719-555-0820 and entering passcode 3349954#. The "
        "replay will be available through August 16, 2013.This call will be webcast live and the replay will be "
        "available for 12 months. Both will be available on Acme's Investor Relations website at "
        "http://ir.acme.example/.About Acme, Inc.Acme, Inc. is a leading maker of robots.\n"
    )
    assert event["webcast_url"] == "http://ir.acme.example/"


def test_an_image_is_no_link_to_register_at() -> None:
    event = first_event("Register for the webcast here: https://cdn.acme.example/qrcode/2511/4/pitapicor61h.webp\n")
    assert (event["webcast_url"], event["registration_url"]) == (None, None)


def test_the_slides_site_is_no_webcast_and_a_website_row_under_as_follows_is() -> None:
    """The slides are posted on the issuer's site; the call is heard at the row under "as follows:"."""
    event = first_event(
        "An updated slide presentation that may be referenced on the conference call will be posted prior to the "
        "conference call on Acme's website, www.acme.example, in the Investor Relations section.\n\n"
        "Those wishing to listen to the conference call may do so via the Company's website or by phone as "
        "follows:\n\nWebsite: https://event.example.com/mediaframe/webcast.html?webcastid=Ab12\n\n"
        "Dial-In Number: 877-555-0778 (US/Canada)\n\nAny investor presentations to be used at conferences will be "
        "posted prior to each event on Acme's website, www.acme.example.\n"
    )
    assert event["webcast_url"] == "https://event.example.com/mediaframe/webcast.html?webcastid=Ab12"
    assert [d["number"] for d in event["dial_ins"]] == ["+18775550778"]


def test_a_replay_named_on_the_line_above_in_a_wrapped_paragraph() -> None:
    """A fixed-width copy wrapped "the archived / conference call" across two lines."""
    text = release(
        "    Acme Corporation announces that it intends to host a conference call on Friday, August 2, 2013\n"
        "at 10:00 a.m. E.S.T. to discuss its results.\n"
        "    To access the conference call by telephone, dial 416-555-3418 or\n"
        "1-800-555-6941. The conference call will be archived for replay until Friday, August 9, 2013. To access "
        "the archived\nconference call, dial 416-555-1917 or 1-877-555-8525 and enter the reservation\n"
        "number 21265998 followed by the number sign.\n"
    )
    [event] = prparse.parse(text).events
    assert [d.number for d in event.dial_ins] == ["+14165553418", "+18005556941"]
    assert event.replay is not None
    assert ([d.number for d in event.replay.dial_ins], event.replay.passcode) == (
        ["+14165551917", "+18775558525"],
        "21265998",
    )


@pytest.mark.parametrize(
    ("sentence", "url"),
    [
        (
            "A replay and transcript of the conference call will be available in the near future on Acme's Investor "
            "Relations page at http://www.acme.example/.",
            "http://www.acme.example/",
        ),
        # ... nor is one where the replay "may be accessed online"
        (
            "A replay of the call may be accessed online at www.acme.example/investor or by phone at 888-555-1112 "
            "for domestic callers, passcode 7180587.",
            "www.acme.example/investor",
        ),
    ],
)
def test_a_replay_and_transcript_link_is_no_webcast(sentence: str, url: str) -> None:
    event = first_event(sentence)
    assert event["webcast_url"] is None
    assert event["replay"] is not None and event["replay"]["url"] == url


@pytest.mark.parametrize(
    "replay_sentence",
    [
        # the site's sections written after its address name no live call
        "a replay of the call will be available on Acme's web site at www.acme.example /Investor Information/"
        "Conference Calls.",
        # nor does a firm whose name holds "Broadcast"
        "a replay of the call will be available on Acme Broadcast Group's web site at www.acme.example.",
    ],
)
def test_a_replay_site_for_those_who_cannot_join_live_is_no_webcast(replay_sentence: str) -> None:
    event = first_event(
        "The dial-in number for the earnings call is 877-555-9205. If you cannot participate in the live conference "
        "call, " + replay_sentence
    )
    assert event["webcast_url"] is None
    assert event["replay"] is not None and event["replay"]["url"] == "www.acme.example"


def test_a_webcast_link_on_a_line_a_copy_ran_together_with_words_holding_source() -> None:
    """A copy with no line breaks: "resources" and "outsourced" earlier on the link's line name no source line."""
    event = first_event(
        "Acme outsourced its resources planning. To participate in the conference call, dial 1-844-555-5679. "
        "Individuals can access a live webcast of the conference call through a link on the Acme website, "
        "www.acme.example/investors. An archived edition of the webcast will be available for one year."
    )
    assert event["webcast_url"] == "www.acme.example/investors"


def test_the_slides_link_and_the_archives_link_are_no_webcast() -> None:
    """The issuer posts a presentation at its site; the archived webcast's link, glued to a footnote."""
    event = first_event(
        'The Company will also post a complementary investor presentation titled "4Q Investor Presentation" that '
        "can be accessed by clicking Events & Presentations at https://investors.acme.example.To participate in the "
        "live conference call, dial 855-555-2942 (US). The replay will be available by dialing (877) 555-7529 (US) "
        "and entering the passcode 10138950. The archived webcast can be accessed on Acme's website at "
        "https://investors.acme.example/events-and-presentations/events-calendar.(1)Effective January 1, 2019, the "
        "Company adopted the new leasing standard, which requires virtually all leases to be recorded."
    )
    assert event["webcast_url"] is None
    assert event["replay"]["url"] == "https://investors.acme.example/events-and-presentations/events-calendar"
    assert event["replay"]["passcode"] == "10138950"


def test_a_replays_window_in_brackets_on_the_line_under_it() -> None:
    event = first_event(
        "Dial-in number: 1-888-555-8191 / 1-647-555-7450 (international)\n\n\n\n"
        "Replay: 1-855-555-2056 access code: 8236267\n\n(available until August 9, 2013)\n"
    )
    assert event["replay"] is not None
    assert (event["replay"]["available_until"], event["replay"]["passcode"]) == ("2013-08-09", "8236267")


def test_a_taped_call_is_its_replay_and_a_passcode_to_partake_in_the_call_is_the_live_one() -> None:
    """A 2002 release in one paragraph: the live numbers and code, then the tape's own."""
    event = first_event(
        "To participate in the conference call, please dial (800) 555-3831 in the U.S. and Canada, or for "
        "International callers (972) "
        "555-0694. All participants must enter the following passcode to partake in the call: 70549. The "
        "conference call will also be taped and may be heard by dialing (888) 555- 9011 within the U.S. and "
        "Canada, or International callers may dial (972) 555-0694 and enter the following passcode: 01665. The "
        "audio recording of the call will be available through July 26, 2013 until 11:59pm.\n"
    )
    assert [d["number"] for d in event["dial_ins"]] == ["+18005553831", "+19725550694"]
    assert event["passcode"] == "70549"
    assert event["replay"] is not None
    assert [d["number"] for d in event["replay"]["dial_ins"]] == ["+18885559011", "+19725550694"]
    assert (event["replay"]["passcode"], event["replay"]["available_until"]) == ("01665", "2013-07-26")


_WEBINAR_CARD = (
    "DILLINGEN, Germany - September 10, 2025 - Acme Innovations AG will present its half-year figures in a "
    "webcast.\n\n Key facts of the Acme webcast\n\n Friday, 26 September 2025Start: 11.00 a.m. (CEST)Duration: "
    "60 minutesLanguage: English\n\n Registration link for participants: https://www.acme-events.example/event/537c\n"
)


@pytest.mark.parametrize(
    ("text", "webcast", "registration"),
    [
        # A registration link is the webcast's when there is no phone line ...
        (_WEBINAR_CARD, "https://www.acme-events.example/event/537c", "https://www.acme-events.example/event/537c"),
        # ... and only the registration's when there is one.
        (
            _WEBINAR_CARD + "\n To join by phone, dial +49 69 5555 0100.\n",
            None,
            "https://www.acme-events.example/event/537c",
        ),
        # The phone line's sign-up link gives way, as the webcast, to the live webcast's own.
        (
            release(
                "The Company's management will host a conference call today, July 23, 2013, at 5:00 p.m. Eastern "
                "Time.\n\nTo access the conference call, please preregister on\n\n"
                "https://register-conf.example-media.com/register/BI054\n\n"
                "Registrants will receive confirmation with dial-in details.\n\n"
                "A live webcast of the event can be accessed on https://edge.example-media.com/mmc/p/qu4e/ .\n"
            ),
            "https://edge.example-media.com/mmc/p/qu4e/",
            "https://register-conf.example-media.com/register/BI054",
        ),
        # A virtual meeting's link, the phone named as the other way in.
        (
            "8 November 2013\nAcme Limited (ASX : ACM)\nAnnual General Meeting 10am AEDT 12 November 2013\n"
            "The AGM will be held by teleconference and webcast only.\nYou can connect to the AGM live by way of "
            "the link below or alternately by telephone only with registration and the teleconference number "
            "included in the attached user guide:\nhttps://meetings.example-registry.com/ACM13\n",
            "https://meetings.example-registry.com/ACM13",
            "https://meetings.example-registry.com/ACM13",
        ),
    ],
)
def test_a_registration_link_and_the_webcast(text: str, webcast: str | None, registration: str) -> None:
    [event] = prparse.parse(text).events
    assert (event.webcast_url, event.registration_url) == (webcast, registration)


@pytest.mark.parametrize(
    "slides",
    [
        "The presentations will be available on www.acme.com after the conferences.",
        "The company presentation to be given at these events will be available at www.acme.example in the section: "
        "Investors & Media/Reports and Presentations on the first day of each conference.",
        "A copy of the Company’s slide presentation will be archived on the “Investor Info” section of the "
        "Company’s website at www.acme.example.",
    ],
)
def test_presentations_made_available_are_no_webcast(slides: str) -> None:
    text = release(
        "Acme will present at the following investor conferences in May, where management will meet investors and "
        f"give a company presentation at 1:25 p.m. ET on August 14, 2013.\n\n{slides}\n"
    )
    [event] = prparse.parse(text).events
    assert (event.starts_at and event.starts_at.isoformat(), event.webcast_url) == ("2013-08-14T13:25:00-04:00", None)


def test_the_full_press_releases_link_is_no_webcast() -> None:
    event = first_event(
        "Investors can join the call through the dial-in numbers provided via the press release.\n\n"
        " To view the full press release, visit https://acme.example/2oxyv\n"
    )
    assert event["webcast_url"] is None


def test_a_link_to_the_list_of_dial_in_numbers_is_no_webcast() -> None:
    event = first_event(
        "The call can be accessed by dialing 833-555-5787 for U.S. participants and using the conference ID # 478 "
        "236 923. For international participants, please visit the following link for global dial-in numbers, "
        "using the same conference ID: https://help.events.example/international-dial-in-numbers. A live audio "
        "webcast will also be available online at http://ir.acme.example/events-and-presentations/."
    )
    assert event["webcast_url"] == "http://ir.acme.example/events-and-presentations/"


def test_an_invitation_with_the_local_time_first_and_each_detail_under_its_own_heading() -> None:
    """A Latin American issuer's invitation: the local zone's short name, then US Eastern in
    brackets; the numbers under "To participate, please call:"; a word for a conference ID; the
    webcast under "the following webcast:"; the playback's end under its heading."""
    parsed = prparse.parse(
        "02/11/2020\n\nEarnings Release\n\nACME invites you to participate in its conference call for the second "
        "quarter of the Fiscal Year 2020\n\nWednesday, February 12, 2020 11:00 AM BA (09:00 AM US EST)\n\n"
        "The call will be hosted by:\n\nJane Rowe, CFO\n\nTo participate, please call:\n\n"
        "1-844-555-6831 (toll free) or\n\n1-412-555-6388 (international)\n\n54-11-55845677 (Argentina)\n\n"
        "Conference ID # ACME\n\nIn addition, you can access through the following webcast:\n\n"
        "http://webcast.acme.example/cover.html?webcastId=e68cfbc5\n\nPreferably, 10 minutes before the call is "
        "due to begin.\n\nPLAYBACK\n\nAvailable until February 24, 2020\n\nPlease call:\n\n1-877-555-7529\n\n"
        "Access Code: 10139152\n"
    ).model_dump(mode="json")
    (event,) = parsed["events"]
    assert event["starts_at"] == "2020-02-12T09:00:00-05:00"
    assert [d["number"] for d in event["dial_ins"]] == ["+18445556831", "+14125556388", "+541155845677"]
    assert event["passcode"] == "ACME"
    assert event["webcast_url"] == "http://webcast.acme.example/cover.html?webcastId=e68cfbc5"
    assert event["replay"]["available_until"] == "2020-02-24"
    assert [d["number"] for d in event["replay"]["dial_ins"]] == ["+18775557529"]
    assert parsed["contacts"] == []


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        # A share ratio written with a decimal comma is no number to dial ...
        ("The distribution constitutes 0,2203939835 per ADS. Please call 1-800-555-0145 to join.", ["+18005550145"]),
        # ... but numbers listed with a comma between them are two.
        ("Please call 212-555-0100,212-555-0199 to join.", ["+12125550100", "+12125550199"]),
        # A country's code in brackets, one or two digits (three are an area code's)
        ("Tel: (65) 6555.4060 or (1) 408.555.1110", ["+6565554060", "+14085551110"]),
    ],
)
def test_phone_candidates(text: str, numbers: list[str]) -> None:
    found = [c.written for c in find_candidates(text)]
    assert [to_e164(written, None) for written in found] == numbers


@pytest.mark.parametrize(
    ("written", "e164"),
    [
        # a country code written with a "+" is the writer's: a number of a plan since renumbered (Bogotá's
        # seven-digit numbers) no longer validates, and is never read again as a North American area code
        ("+ 571- 555 7700", []),
        ("+57 1 555 7700", []),
        ("+57 601 555 7700", ["+576015557700"]),
        # ... while a North American number a "+" was set before, grouped 3-3-4, stays one
        ("+281 555 1000", ["+12815551000"]),
        ("+1 571 555 7700", ["+15715557700"]),
        ("+33 1 23", []),  # too short to be any country's
    ],
)
def test_a_number_read_with_the_country_code_it_was_written_with(written: str, e164: list[str]) -> None:
    assert [number for _, _, number in parse_run(written, None)] == e164


@pytest.mark.parametrize(
    ("written", "e164"),
    [
        # an issuer of Colombia's own code: a Bogotá number of the plan before 2021, never Virginia's
        ("+571-555-5190", ["+5715555190"]),
        ("+ 571-555-4329", ["+5715554329"]),
        # ... and another country's number, as written
        ("+1 212 555 0100", ["+12125550100"]),
    ],
)
def test_a_number_with_the_code_of_the_issuers_country(written: str, e164: list[str]) -> None:
    assert [number for _, _, number in parse_run(written, None, "CO")] == e164


def test_a_colombian_issuers_contact_numbers() -> None:
    text = (
        "Bogotá D.C., November 23, 2017. Acme S.A. (BVC: ACME; NYSE: ACM) informs the market.\n\n"
        "For further information contact:\nMedia Relations (Colombia)\nJorge Rowe\nTelephone: + 571-555-4329\n"
        "Email: jorge.rowe@acme.example\n"
    )
    assert [c.phones for c in prparse.parse(text).contacts] == [("+5715554329",)]


def test_a_number_wrapped_after_its_area_code() -> None:
    """A fixed-width copy broke "(416) 555-0833" after the area code."""
    event = first_event(
        "Acme will host a conference call on August 2, 2013 at 8:00 a.m. ET. To join, dial (877) 555-0123 or, from "
        "outside the U.S., dial (416)\n555-0833 and enter the passcode 9199257. A replay will be available until "
        "August 9, 2013: dial 1 (416)\n   555-0877 and enter the passcode 9199257."
    )
    assert [d["number"] for d in event["dial_ins"]] == ["+18775550123", "+14165550833"]
    assert [d["number"] for d in event["replay"]["dial_ins"]] == ["+14165550877"]


def test_a_call_under_a_capitals_heading_after_a_disclaimer() -> None:
    """The disclaimer's legal section ends at the next heading in capitals; "participate in this
    call by dialing" is the live call's, though the sentence before speaks of its archive."""
    text = (
        "ACME ENERGY, INC. REPORTS SECOND QUARTER 2026 RESULTS\n\nLISLE, Ill. (July 30, 2026) - Acme Energy, Inc. "
        "(NYSE: ACE) today reported results for the second quarter 2026.\n\n2026 REVISED OUTLOOK\n\n"
        "Disclaimer: The Company's 2026 outlook and guidance are based on the Company's current estimates and "
        "assumptions that are subject to change.\n\nRELATED COMMUNICATIONS\n\nWe will host our quarterly earnings "
        "call at 11:00 am ET (10:00 a.m. CT) today. The conference call will be webcast live at "
        "https://app.webinar.example/acme and archived for replay in the Investors section of www.acme.example. "
        "Investors and analysts may participate in this call by dialing 1-800-555-0171 in the U.S. or "
        "1-646-555-0163 if outside the U.S., conference ID 5550042.\n"
    )
    (event,) = prparse.parse(text).events
    assert (str(event.starts_at), [d.number for d in event.dial_ins], event.passcode) == (
        "2026-07-30 11:00:00-04:00",
        ["+18005550171", "+16465550163"],
        "5550042",
    )


@pytest.mark.parametrize(
    ("block", "names"),
    [
        # the bank's name on the line under her title, not a second contact
        (
            "For further information contact:\nKira Hale, CFA\nDirector, Strategy & Communications\nAcme Western Bank"
            "\nPhone: (780) 555-3770\nEmail: kira.hale@acmewb.example\n",
            [("Kira Hale", ("+17805553770",))],
        ),
        # a name, a comma, then his firm's three words
        (
            "Media Enquiries\n\nAnton Carver, Citadel Dewe Rowland\n+44 7973 555 888 (Mobile)\n"
            "anton.carver@cdr.example\n",
            [("Anton Carver", ("+447973555888",))],
        ),
        # a relations firm that reads like a person's name, after the comma: theirs, no second person
        (
            "Media Enquiries\nAmericas – Dana Pratt, Joele Frank\n+1 (212) 555 0188 (Mobile)\n"
            "Europe – Lars Wendt, Hudson Sandler\n+44 20 7946 0123\n",
            [("Dana Pratt", ("+12125550188",)), ("Lars Wendt", ("+442079460123",))],
        ),
        # a narrow column: one word a line, each number under its "Ph:" label
        (
            "MEDIA CONTACTS:\n|\nJonas\nBirk\nPh:\n212 555 5664\nEliza\nHeaton\nPh:\n353 1 555 0300\n",
            [("Jonas Birk", ("+12125555664",)), ("Eliza Heaton", ("+35315550300",))],
        ),
    ],
)
def test_contact_blocks_read_as_their_people(block: str, names: list[tuple[str, tuple[str, ...]]]) -> None:
    text = f"Acme Announces Results\n\nTORONTO, May 5, 2025 /CNW/ - Acme Ltd. (TSX: ACM) reported today.\n\n{block}"
    assert [(c.name, c.phones) for c in prparse.parse(text).contacts] == names


def test_a_replay_tables_rows_far_under_its_heading_and_a_word_password() -> None:
    text = (
        "Acme plc\nFULL YEAR 2003 RESULTS PRESENTATION 11 March 2004\nBasingstoke, UK - 26 February 2004 - Acme plc "
        "(LSE: ACM) will announce full year 2003 earnings on Thursday, 11 March 2004.\n|Conference call time:\n"
        "|14:00 GMT / 09:00 ET\nLive conference call:\nThe details of the live conference call are as follows:\n"
        "|UK dial in\n|+44 (0) 1452 555 303\n|US / Canada dial in\n|1866 555 9778\n|Password\n|Acme\nReplay:\n"
        "A replay of the presentation will be available for 4 weeks. Details are as follows:\n|UK dial in\n"
        "|+44 (0) 1452 55 00 00\n|Pin code\n|986363 (#)\n|US dial in\n|1866 555 1167 or 1866 555 4222\n"
        "|Pin code\n|986363 (#)\n"
    )
    [event] = prparse.parse(text).events
    assert ([d.number for d in event.dial_ins], event.passcode) == (["+441452555303", "+18665559778"], "Acme")
    assert event.replay is not None
    assert [d.number for d in event.replay.dial_ins] == ["+441452550000", "+18665551167", "+18665554222"]
    assert (event.replay.available_until, event.replay.passcode) == (dt.date(2004, 4, 8), "986363")


def test_a_help_line_under_a_replay_table_leaves_its_numbers_and_a_password_or_conf_id_label() -> None:
    text = (
        "Acme plc\nFIRST QUARTER 2006 RESULTS\nLONDON, UK – 11 April 2006 – Acme plc (LSE: ACM) will host a "
        "conference call at 14:00 BST on Thursday 27 April 2006.\nThe details of the live conference call are as "
        "follows:\n|UK dial in\n|0800 555 1444 (free call)\n|Password/Conf ID\n|7860599\nReplay:\nA replay of the "
        "presentation will be available for two weeks. Details are as follows:\n|UK dial in\n|0845 555 5205\n"
        "|International dial in\n|+44 (0) 1452 55 00 00\n|Pin code\n|7860599#\nIf you have any problems accessing "
        "this, please contact: Jo Rowe on: +44 (0) 1256 555160\n"
    )
    [event] = prparse.parse(text).events
    assert ([d.number for d in event.dial_ins], event.passcode) == (["+448005551444"], "7860599")
    assert event.replay is not None
    assert [d.number for d in event.replay.dial_ins] == ["+448455555205", "+441452550000"]


def test_a_letterheads_british_address_and_country_are_no_contact() -> None:
    text = (
        "|EXHIBIT 99.02\n|Acme International Business\nPark\nChineham Basingstoke\nHampshire RG24 8EP\n"
        "United Kingdom\nTel +44 (0)1256 555000\nFax +44 (0)1256 555708\nwww.acme.example\n|Press Release\n"
        "FIRST QUARTER 2006 RESULTS DATE NOTIFICATION\nBasingstoke, UK – 11 April 2006 – Acme plc (LSE: ACM) will "
        "announce first quarter 2006 earnings on Thursday 27 April 2006.\n"
    )
    assert prparse.parse(text).contacts == ()


def test_a_help_line_for_the_call_is_no_contact() -> None:
    text = (
        "Head\n\nDALLAS, May 1, 2026 -- Acme Inc. will hold a conference call on May 5, 2026 at 5:00 p.m. ET.\n\n"
        "Domestic Dial-In: 1-877-555-5212\n\nPlease call the conference telephone number 5-10 minutes prior to the "
        "start time. If you have any difficulty connecting with the conference call, please contact Gateway Group "
        "at 949-555-3860.\n"
    )
    assert prparse.parse(text).contacts == ()


def test_a_replay_block_that_says_when_it_starts_and_when_it_expires() -> None:
    text = (
        "Acme Water Reports Second Quarter 2026 Results\n\nSAN LEANDRO, Calif., Aug. 5, 2026 -- Acme Water, Inc. "
        "(Nasdaq: ACMW) reported results.\n\nCONFERENCE Q&A CALL:\n\nDate: Wednesday, August 5, 2026\n\n"
        "Time: 2:00 PM PT / 5:00 PM ET\n\nUS / Canada Toll-Free: +1 (877) 555-8150\n\n"
        "CONFERENCE Q&A CALL REPLAY:\n\nAvailable approximately three hours after conclusion of the live call.\n\n"
        "Expiration: Saturday, September 5, 2026\n\nUS / Canada Toll-Free: +1 (877) 555-6853\n\n"
        "Access code: 13760218\n"
    )
    (event,) = prparse.parse(text).events
    assert [d.number for d in event.dial_ins] == ["+18775558150"]
    assert event.passcode is None
    assert replay_terms(event) == (
        "2026-09-05",
        ["+18775556853"],
        "13760218",
    )


def test_a_replay_heard_via_audio_webcast_is_no_live_webcast() -> None:
    text = (
        "Head\n\nROCHESTER, N.Y., July 29, 2026 -- Acme Tire, Inc. (Nasdaq: ACMT) reported results.\n\n"
        "The Company will host a conference call and audio webcast on July 29, 2026 at 8:30 a.m. Eastern Time. The "
        "conference call may be accessed by dialing 1-800-555-9871 and using the required access code of 4507272. "
        "A replay will be available approximately two hours after the recording through Wednesday, August 12, 2026 "
        "and can be accessed by dialing 1-800-555-2030 and using the required access code of 4507272. "
        "A replay can also be accessed via audio webcast at the Investors section of the Company's website, "
        "located at corporate.acmetire.com/investors .\n"
    )
    (event,) = prparse.parse(text).events
    assert (event.webcast_url, event.replay and event.replay.url) == (None, "corporate.acmetire.com/investors")


def test_a_local_number_and_its_toll_free_twin_set_apart_by_a_slash() -> None:
    event = first_event(
        "How: In person, or to participate via conference call,\nplease call 416-555-6143/866-555-4241 -\n"
        "For those unable to participate, playback will be made\navailable an hour after the event at "
        "416-555-5800/800-555-3053\n(Passcode 3269616 followed by the pound sign). -\n"
    )
    assert [(d["number"], d["label"]) for d in event["dial_ins"]] == [("+14165556143", None), ("+18665554241", None)]
    assert [d["number"] for d in event["replay"]["dial_ins"]] == ["+14165555800", "+18005553053"]


def test_a_numbers_label_in_brackets_on_the_line_under_it() -> None:
    event = first_event(
        "A replay will be available through Thursday, August 8, 2013 at (800) 555-1687\n(U.S./Canada) and "
        "(706) 555-9291 (International) using passcode 4159032.\n"
    )
    assert [(d["number"], d["label"]) for d in event["replay"]["dial_ins"]] == [
        ("+18005551687", "U.S./Canada"),
        ("+17065559291", "International"),
    ]


@pytest.mark.parametrize(
    ("sentence", "url"),
    [
        (
            "To listen via webcast, register online at the investor section of\nacme.com at least 15 minutes "
            "before the webcast.",
            "acme.com",
        ),
        ("The webcast can be heard in the investors area of acme.com.", "acme.com"),
        ("Acme and AcmeConferences.com are hosting the webcast.", None),  # a firm, not a place to go
    ],
)
def test_a_bare_host_name_in_the_section_of_a_site(sentence: str, url: str | None) -> None:
    assert first_event(sentence)["webcast_url"] == url


def test_call_back_numbers_for_post_listening_are_the_replays() -> None:
    event = first_event(
        "Conference Call\n\n1-877-555-0844 (US Participants)\n\n1-480-555-9645 (International)\n\n"
        "Call-back numbers for post listening:\n\n1-800-555-7325 (US Participants)\n\n"
        "1-303-555-3030 (International)\n\nPasscode: 4358720#\n"
    )
    assert [d["number"] for d in event["dial_ins"]] == ["+18775550844", "+14805559645"]
    assert [d["number"] for d in event["replay"]["dial_ins"]] == ["+18005557325", "+13035553030"]
    assert (event["passcode"], event["replay"]["passcode"]) == (None, "4358720")


def test_a_sentence_wrapped_before_the_sites_name_and_its_colon_is_no_row() -> None:
    event = first_event(
        "The call will be webcast and can be accessed at Acme\nGold’s website: www.acmegold.com\n|\nConference\n"
        "Call Details\n|\nReplay\n(available until November 30, 2013)\n"
    )
    assert event["webcast_url"] == "www.acmegold.com"


def test_a_sites_section_named_in_quotes_is_no_presentation() -> None:
    event = first_event(
        "Interested parties may access the call by dialing 800.555.0742. An audio replay of the conference call will "
        "be available on the “News” section of Acme Resources, Inc. web site at www.acmeresources.com/pressRel.htm "
        "under “Presentations”.\n"
    )
    assert (event["webcast_url"], event["replay"]["url"]) == (None, "www.acmeresources.com/pressRel.htm")


def test_a_web_login_row_over_its_link() -> None:
    event = first_event(
        "The meeting will be held in a virtual format. The call-in details are as follows:\n\n"
        "Dial-in Number: 1-800-555-4610 (Canada/USA toll-free)\n  1-416-555-3239 (Toronto)\nWeb login\n"
        "(to view slides/video)\n http://services.acmecall.example/links/acmeagm20131125.html\n"
    )
    assert event["webcast_url"] == "http://services.acmecall.example/links/acmeagm20131125.html"


def test_a_replay_tables_rows_far_under_its_heading() -> None:
    event = first_event(
        "The details of the live conference call are as follows:\n|UK Toll Free Dial In Number\n|0800 555 0937\n"
        "|Standard International Dial In\n|+44 (0)1452 555 103\nReplay:\nA replay of the presentation will be "
        "available for two weeks. Details are as follows:\n|UK Dial In Number\n|0800 555 1533\n"
        "|USA Toll Free Number\n|1866 555 4222\n|Std International Number\n|+44 (0) 1452 55 50 00\n"
    )
    assert [d["number"] for d in event["replay"]["dial_ins"]] == ["+448005551533", "+18665554222", "+441452555000"]
    assert "+441452555000" not in [d["number"] for d in event["dial_ins"]]


@pytest.mark.parametrize(
    ("paragraph", "live", "replay"),
    [
        (
            "The dial-in phone number is: 1-833-555-9919 The conference call will also be recorded for those unable "
            "to join the live discussion. The number to call to listen to the recording is 1-855-555-2056, Passcode "
            "1874063 and it will be available until August 9, 2013.",
            ["+18335559919"],
            ["+18555552056"],
        ),
        (
            "US Dial-In: 877-555-0844 International Dial-In: 480-555-9645 The conference call will also be "
            "simultaneously broadcast and archived on our website. If you are unable to participate in the live "
            "event, the call will be available for replay at 800-555-7325.",
            ["+18775550844", "+14805559645"],
            ["+18005557325"],
        ),
        # the desk's number after the replay's, in the same paragraph
        (
            "You can also access the conference call by dialing (888) 555-4612. An archived replay of the event "
            "will be available through August 21, 2013 by calling (800) 555-1687. Please reference passcode "
            "“45156861.” For complete information about the call and the replay, please visit our web site or call "
            "Acme Capital Investor Relations at (888) 555-5298.",
            ["+18885554612"],
            ["+18005551687"],
        ),
    ],
)
def test_a_call_paragraph_run_on_after_its_numbers(paragraph: str, live: list[str], replay: list[str]) -> None:
    """A copy that lost its line breaks: the sentence after a number, with no stop between, is not its own."""
    event = first_event(paragraph + "\n")
    assert [d["number"] for d in event["dial_ins"]] == live
    assert [d["number"] for d in event["replay"]["dial_ins"]] == replay


@pytest.mark.parametrize(
    ("body", "codes"),
    [
        # a word in quotes to identify the call
        (
            "The conference call number is (888) 555-6714 for domestic calls; the conference can be accessed with "
            "the identification “Acme-Beta.” A replay of the call will be available through August 9 at "
            "(800) 555-4691. The passcode number for the replay is 7353514.\n",
            ("Acme-Beta", "7353514"),
        ),
        # the replay's code named between "entering" and its number
        (
            "Participants may join the conference by dialing 800-555-0178 pin # 22842534 a few minutes prior to the "
            "starting time. A replay will be available through Dec. 20, 2013 by dialing 888-555-8010 and entering call "
            "back code 24185881.\n",
            ("22842534", "24185881"),
        ),
        # a word in quotes after its label, mid-sentence
        (
            "The domestic call dial-in number is 866-555-5255, password “Acme”, and the international dial-in number "
            "is +1-706-555-2263, password “Acme”. A replay will be available until May 14, 2014 at 800-555-0806, "
            "access code 4287104.\n",
            ("Acme", "4287104"),
        ),
        # a word in quotes before its label
        (
            "To participate in the conference call, please call +44 (0)20 3555 1919 (U.K.) or +1 212 555 0896 "
            "(U.S.), with “Acme” as password. A replay will be available until May 14, 2014 at +44 (0)20 3555 0806, "
            "access code 4287104.\n",
            ("Acme", "4287104"),
        ),
    ],
)
def test_live_and_replay_codes_named_their_own_way(body: str, codes: tuple[str, str]) -> None:
    event = first_event(body)
    assert (event["passcode"], event["replay"]["passcode"]) == codes


def test_a_registration_link_run_on_to_the_next_sentence_is_no_webcast() -> None:
    """A copy that lost its line breaks: "... /register/BI9168 The call will also be webcast ..." names the
    next link, not this one."""
    event = first_event(
        "To participate in the conference call please register at the URL link below. Once registered, you will "
        "receive a dial-in number and a unique PIN. https://register.acmecall.example/register/BI9168b4c0516f The "
        "call will also be webcast and can be accessed through the link below. https://edge.media.example/mmc/p/8hij84 "
        "A replay of the webcast will be available.\n"
    )
    assert (event["webcast_url"], event["registration_url"]) == (
        "https://edge.media.example/mmc/p/8hij84",
        "https://register.acmecall.example/register/BI9168b4c0516f",
    )


def test_a_details_tables_padded_row_labels_in_a_release_run_on_to_one_line() -> None:
    """A copy that lost every line break keeps a table's padding: "Webcast replay:           Available on ..."
    opens its own row, so the archive's site is no live webcast."""
    text = (
        "BRENTWOOD, Tenn.--(BUSINESS WIRE)--Acme Gas Corp. (NYSE: ACG) will host a conference call on Wednesday, "
        "February 26, 2014 at 8:30 a.m. Eastern Time to discuss its fourth quarter results. "
        + "The company makes cylinders for clean energy, healthcare and industrial uses. "
        * 16
        + "Conference call:          Dial-in: United States or Canada: 800-555-9348 International: (+1) 402-555-5381 "
        "Webcast:                  The earnings conference call webcast may be accessed by clicking on this link "
        "Replay:                   Available from February 26, 2014, until March 12, 2014 Replay numbers:           "
        "United States or Canada: 800-555-9348 Passcode: 6639 Webcast replay:           Available on Acme's Investor "
        "website at acmegas.com at 4:30 p.m. Eastern Time, Wednesday, February 26, 2014. About Acme Gas Acme Gas makes "
        "cylinders.\n"
    )
    (event,) = prparse.parse(text).model_dump(mode="json")["events"]
    assert event["webcast_url"] is None


def test_a_call_reference_number_and_a_webcast_posted_after_the_call() -> None:
    """A Danish issuer's call paragraph: the reference number is the code; the webcast posted after the
    call is its archive, not a live webcast."""
    event = first_event(
        "To attend the conference call, call +45 3271 5611 or +44 (0)20 7162 0177. Conference call reference "
        "no. 959116. A webcast will be posted on www.acme.com shortly after the conclusion of the conference call.\n"
    )
    assert (event["passcode"], event["webcast_url"], event["replay"]["url"]) == ("959116", None, "www.acme.com")


@pytest.mark.parametrize(
    ("details", "code"),
    [
        # a bare "Code" row under the number to dial (a Brazilian issuer's call box)
        ("Brazilian Conference Call\nTelephone for connection: +55 11 2101 4848\nCode: Acme\n", "Acme"),
        ("International Conference Call\nParticipants US: +1 800 555 6854\nCode: 3841207\n", "3841207"),
        # ... not a row under something else, nor a share's code
        ("International Conference Call\nParticipants US: +1 800 555 6854\nWebcast: www.acme.example/ir\n"
         "Code: Acme\n", None),
        ("International Conference Call\nParticipants US: +1 800 555 6854\nStock Code: 0005\n", None),
    ],
)  # fmt: skip
def test_a_bare_code_row_under_the_number_to_dial(details: str, code: str | None) -> None:
    assert first_event(details)["passcode"] == code


def test_a_telephone_recording_until_noon_dialled_with_the_space_lost() -> None:
    """An exhibit's copy: "noon" is the window's hour, and "dialing1-800-..." lost the space before the number."""
    text = (
        "HOUSTON, May 1, 2008 - Acme Petroleum (NYSE: ACM) will report results.\n\nAcme will host a conference "
        "call on May 8, 2008 at 10 a.m. Central Time. In addition, a telephone recording of the conference call "
        "will be available from\nnoon May 8 until noon May 9 Central Daylight Time, and may be accessed by\n"
        "dialing1-800-555-8284 and entering Reservation Number 21382292.\n"
    )
    (event,) = prparse.parse(text).events
    assert replay_terms(event) == (
        "2008-05-09",
        ["+18005558284"],
        "21382292",
    )


def test_a_replay_link_after_the_conclusion_of_the_live_event_is_no_webcast() -> None:
    """ "The live event" names when the replay starts; the link is the replay's only."""
    [event] = prparse.parse(
        release(
            "Acme will hold a Financial Analyst Briefing on August 14, 2013 at 2 p.m. ET. Attendees must first "
            "register at: https://www.acmeconf.example/. A replay will be available approximately three hours after "
            "the conclusion of the live event at https://investors.acme.example/news-events/events.\n"
        )
    ).events
    assert event.replay is not None
    assert (event.webcast_url, event.replay.url) == (None, "https://investors.acme.example/news-events/events")


def test_the_site_to_lodge_a_proxy_is_no_webcast() -> None:
    """The meeting is webcast, but the link given is where to appoint a proxy before it."""
    [event] = prparse.parse(
        release(
            "The Annual General Meeting will be held on 14 August 2013, commencing at 10.00am (Sydney time). The "
            "AGM will be made accessible to shareholders via a live webcast. Whilst shareholders will be able to "
            "vote online during the meeting, you are encouraged to lodge a proxy ahead of the meeting at "
            "www.acmevote.example.\n"
        )
    ).events
    assert (str(event.date), event.webcast_url) == ("2013-08-14", None)
