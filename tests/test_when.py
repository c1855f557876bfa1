"""When: release dates, event dates and starts with zones, replay windows.

Each row is a snippet as a wire writes it, dropped into an invented release dated
Tuesday, July 23, 2013, and the exact values a calendar needs.
"""

from __future__ import annotations

import datetime as dt
import textwrap
from typing import Any

import pytest

import prparse
from prparse.when import find_dates
from release_template import body_offset, release


def starts(body: str) -> list[tuple[str | None, str | None]]:
    """(date, start) of each event of the snippet as a release's body."""
    return starts_in(release(body))


def events_in(text: str) -> list[dict[str, Any]]:
    """The events of a whole release, as JSON values."""
    events: list[dict[str, Any]] = prparse.parse(text).model_dump(mode="json")["events"]
    return events


def starts_in(text: str) -> list[tuple[str | None, str | None]]:
    """(date, start) of each event of a whole release."""
    return [(e["date"], e["starts_at"]) for e in events_in(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Circulars dated in a list: none of the list's dates is an event.
        (
            "Notice of the 61st Annual General Meeting\n\nThe 61st AGM will be convened on Friday, 19th June 2020 by "
            "video conference in compliance with General Circular Nos. 14/2020 and 20/2020 dated 8th April 2020, "
            "13th April 2020 and 5th May 2020, respectively.\n",
            [("2020-06-19", None)],
        ),
        # A meeting "held today" whose votes are counted, the deal it approved still to come: past.
        (
            "VANCOUVER, April 14, 2020 /CNW/ - Acme Lithium Corp. (TSXV: ACL) is pleased to announce that, at "
            'the annual general and special meeting of holders ("Shareholders") held today (the "Meeting"), '
            "Shareholders voted in favour of the arrangement pursuant to which Beta Limited will acquire all of "
            "the issued and outstanding Acme Shares.\n",
            [],
        ),
        # A meeting named by its defined term ("the Acquisition Meeting"), and one put off "until" its new day.
        (
            "LAVAL, Quebec--(BUSINESS WIRE)--April 26, 2023--Acme Health Inc. has announced the meeting and record "
            "dates for the special meeting of shareholders to be held in connection with the acquisition of the "
            "Company (the “Acquisition Meeting”). The Company will hold the Acquisition Meeting to consider the "
            "acquisition on June 16, 2023.\nThe Company announced today that it is postponing until June 30, 2023 its "
            "annual and special meeting of shareholders previously scheduled to be held on May 4, 2023 (the “Annual "
            "Meeting”).\n",
            [("2023-06-16", None), ("2023-06-30", None)],
        ),
        # An offer's closing date is no event; a meeting adjourned from the day it "had otherwise been convened
        # for" to a new one is on the new one.
        (
            "LONDON, 15 December 2022 - Acme plc (AIM: ACM). Shareholders who have expressed an interest in "
            "participating in the Open Offer may be unable to submit their applications by the current closing date "
            "of 11.00am on 21 December 2022.\n\nSimilarly, the Board has also decided to adjourn the Annual General "
            "Meeting (which had otherwise been convened for 10.00am on 29 December 2022) to 10.00am on 13 January "
            "2023.\n",
            [("2023-01-13", None)],
        ),
        # A header's contacts over the headline and its bullets: the call in a bullet is the release's.
        (
            "Exhibit 99\n\nFOR IMMEDIATE RELEASE\n\nAugust 3, 2006\n\nContacts:\n\nMedia:\n"
            "Mark Rowe (804) 555-2042\nAnalysts:\nJoseph Lind (804) 555-2156\n\n"
            "ACME ANNOUNCES SECOND-QUARTER 2006 EARNINGS\n\n·\nCompany affirms 2006 earnings guidance\n·\n"
            "Conference call scheduled for 10 a.m. EDT today\n\nRICHMOND, Va. - Acme (NYSE: ACM) announced today "
            "unaudited net income for the three months ended June 30, 2006.\n",
            [("2006-08-03", "2006-08-03T10:00:00-04:00")],
        ),
        # A meeting the board decided "to cancel", to be convened later: no event.
        (
            "HELSINKI, March 17, 2020 /PRNewswire/ -- Acme has, based on the announcement by the Finnish Government "
            "yesterday, decided to cancel the Annual General Meeting convened for 23 March 2020.\nConsequently, "
            "Acme's Board of Directors has today decided to cancel the Annual General Meeting of 23 March 2020 and "
            "to convene the Annual General Meeting at a later stage.\n",
            [],
        ),
        # The board met today and set the shareholders' meeting's day: that day is the event.
        (
            "SEOUL, South Korea, Feb. 28, 2024 /PRNewswire/ -- Acme Corporation (KRX:033790) held a board meeting "
            'today to resolve the convening of the Annual General Meeting of Shareholders ("AGM") and announced that '
            "the meeting is scheduled for March 28, 2024 at the Acme Training Center in Daejeon, South Korea.\n",
            [("2024-03-28", None)],
        ),
        # A record date after its date, behind an enumerator.
        (
            "Notice of the 41st Annual General Meeting\n\nThe 41st AGM will be held on August 26, 2023. The Company "
            "has fixed August 18, 2023 a) as the record date for the purpose of determining the members eligible to "
            "receive dividend, if declared at the AGM.\n",
            [("2023-08-26", None)],
        ),
        # A call moved: the day it was moved from is no event.
        (
            "Acme Drilling Company\n\nMission Woods -- April 10, 2012 -- Acme Drilling Company (Nasdaq:ACMD) today "
            "announced that it has rescheduled the release of its fourth quarter results and conference call to "
            "Thursday, April 19, 2012 from Thursday, April 12, 2012.\n",
            [("2012-04-19", None)],
        ),
        # The day it was first announced for, a date changed from, an earlier announcement's time.
        (
            "Acme plc\n\nThe site visit to see the operations at Harpenden will take place on 23 July 2013, not 19 "
            "July 2013 as originally announced. The accounting reference date has been changed from 31 March to "
            "31 July. This amends the 'Notice of AGM' announcement released on 17 March 2013 at 14.37.\n",
            [("2013-07-23", None)],
        ),
        # The day results come out "rather than" the day first announced; the call is "on the date of release".
        (
            "Acme to Delay Results\n\nDURHAM, N.C., May 06, 2024 (GLOBE NEWSWIRE) -- Acme (Nasdaq: ACME) today "
            "announced an updated date.\n\nAcme will now release its first quarter 2024 financial results before "
            "the market opens on Monday, May 13, 2024, rather than on Tuesday, May 7, 2024, as previously announced. "
            "The company will host a conference call at 8:00 am ET on the date of release.\n",
            [("2024-05-13", "2024-05-13T08:00:00-04:00")],
        ),
        # A presentation published before a call is a document; the call, and the meeting, are events.
        (
            "31 Dec 2007 Telephone conference\nAn extraordinary general meeting in Acme Skog ASA has been scheduled "
            "for 10 January 2008 at 14:00 CET. The company will hold a telephone conference on Friday, 4 January "
            "2008, from 13:30-14:30 CET.\nA presentation for use in the telephone conference will be published on "
            "the company's website from 08:00 CET on 4 January 2008.\n",
            [("2008-01-10", "2008-01-10T14:00:00+01:00"), ("2008-01-04", "2008-01-04T13:30:00+01:00")],
        ),
        # A past meeting's authorisation.
        (
            "Acme N.V. starts share buy-back\n\nThe Managing Board of Acme N.V. is thus exercising the authorization "
            "by the Annual General Meeting on June 29, 2021.\n",
            [],
        ),
    ],
)
def test_whole_notices_dates_that_are_meetings_or_not(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert starts_in(text) == expected


def test_a_meetings_date_and_time_unchanged_and_its_site_opening_earlier() -> None:
    """ "The previously announced date and time of the meeting" names the meeting the sentences before
    announced; the site opening a quarter of an hour before it is the same meeting."""
    text = (
        "WARSAW, NY – May 21, 2020 – Acme Financial, Inc. (NASDAQ:ACFI) announced today a change to the location "
        "of the Company's 2020 Annual Meeting of Shareholders. The Company will host its Annual Meeting of "
        "Shareholders through remote communication in a virtual-only format. Shareholders will not be able to "
        "attend the meeting physically. The previously announced date and time of the meeting, Wednesday, June "
        "17, 2020, at 10:00 a.m. Eastern time has not changed.\nThe meeting, which will be held via live audio "
        "webcast, can be accessed via the internet at www.virtualmeeting.example/ACFI2020 beginning at 9:45 a.m. "
        "Eastern Time.\n"
    )
    assert starts_in(text) == [("2020-06-17", "2020-06-17T10:00:00-04:00")]


def test_a_local_hour_restated_with_each_zone_as_its_label() -> None:
    """ "(UK: 15:30, EASTERN US: 10:30)": each zone is the next time's label, not the time's before
    it; the hour of a zone the text names is the start, once."""
    text = (
        "MAROUSSI, 5 August 2013 - Acme Oil S.A. announces its financial calendar.\nTeleconference: Tuesday August "
        "20th, 2013 at 17:30 hrs local time (UK: 15:30, EASTERN US: 10:30)\n"
    )
    assert starts_in(text) == [("2013-08-20", "2013-08-20T15:30:00+01:00")]


def test_a_meetings_time_in_the_dateline_sentence_and_its_day_in_the_next() -> None:
    text = (
        "Exhibit 99.1\n\nAcme Gold Corp. Changes the Location of its 2020 Annual General Meeting\n\nDenver, "
        "Colorado, March 30, 2020 – Acme Gold Corp. (NYSE American and TSX: AGZ) today announced that its annual "
        "general meeting of shareholders, which was originally to be held at 10:00 am PDT in Vancouver, B.C. will "
        "now be held at the Company's office in Littleton, Colorado at the same time (11:00 am MDT/10:00 am PDT). "
        "The date of the Meeting remains unchanged and will be held on April 30, 2020.\n"
    )
    assert starts_in(text) == [("2020-04-30", "2020-04-30T11:00:00-06:00")]


def test_a_news_page_storing_the_release_as_a_json_string() -> None:
    """A news page's "About this update from ..." heading over the release, stored with its line
    breaks and quotes escaped: the escapes read as breaks, the heading as no "About" section."""
    text = (
        "Notice of FY 2016 Trading Update\n\nAbout this update from Acme Diamonds Limited\n\n"
        '[{"type":"text","content":"\\n \\nRNS Number : 7335D Acme Diamonds Limited 11 July 2016  \\n\\n \\n'
        '\\n11 July 2016\\n\\n\\nLSE: ACMD\\n\\n\\n\\n\\n \\nAcme Diamonds Limited\\n(\\"Acme\\" or the \\"Company\\")'
        "\\n \\nNotice of FY 2016 Trading Update\\n \\n \\nAcme Diamonds Limited announces that its Trading Update "
        "will be released on Monday 25 July 2016. \\n \\nA conference call to discuss the update with investors and "
        'analysts will be hosted at 9:30am BST on 25 July 2016.\\n \\n~ Ends ~\\n"}]\n'
    )
    assert starts_in(text) == [("2016-07-25", "2016-07-25T09:30:00+01:00")]


def test_a_numbered_conference_and_its_sessions_scheduled_in_pacific_time() -> None:
    assert starts_in(
        "NEW BRUNSWICK, N.J., Dec. 24, 2018 /PRNewswire/ -- Acme Health (NYSE: ACMH) will participate in the "
        "37th Annual Beta Health Care Conference on Monday, Jan. 7th, at the Westin in San Francisco. Jane Rowe, "
        "Chief Financial Officer, will represent the Company in a session scheduled at 2:30 p.m. (Pacific Time) / "
        "5:30 p.m. (Eastern Time). Tom Ashby, Chief Executive Officer, will accompany the team for a subsequent "
        "Question & Answer session scheduled for 3:00 p.m. (Pacific Time) / 6:00 p.m. (Eastern Time).\n"
    ) == [("2019-01-07", "2019-01-07T14:30:00-08:00"), ("2019-01-07", "2019-01-07T15:00:00-08:00")]


def test_a_conferences_breakout_sessions_are_no_events_beside_its_presentation() -> None:
    text = (
        "April 13, 2022\u2014\nAcme Telecommunications Corp. (NASDAQ: ACMT) announced today that it will present at "
        "Beta Capital's Annual Investor Conference in Hollywood, Florida on\nWednesday, April 20, 2022 at\n4:30 pm "
        "EDT.\n\nAcme management will provide an overview of the Company. There is also the opportunity to meet "
        "with management at our breakout sessions scheduled for\nWednesday, April 20, 2022 at\n1:45 pm EDT and\n"
        "Thursday, April 21, 2022 at\n12:15 pm EDT.\n"
    )
    assert [e.starts_at.isoformat() if e.starts_at else None for e in prparse.parse(text).events] == [
        "2022-04-20T16:30:00-04:00"
    ]


def test_taking_part_in_a_conference_only_through_one_on_one_meetings_is_no_event() -> None:
    assert (
        starts_in(
            "HUNTSVILLE, Ala., March 12, 2026 (GLOBE NEWSWIRE) -- Acme Industries, Inc. (NASDAQ: ACME) today "
            "announced that the Company will participate in the Beta Growth Conference taking place March "
            "22-24, 2026, in Dana Point, California.\n\nJane Rowe, Chief Executive Officer, will attend the Beta "
            "Growth Conference, where she is scheduled to host one-on-one meetings with institutional "
            "investors.\n"
        )
        == []
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Each card a heading naming the conference, its place and its date on lines of their own;
        # a card whose lines say "1×1 Meetings Only" is none.
        (
            "Acme Announces Management Participation in Upcoming Investor Conferences\n\n"
            "**MUNICH, October 12, 2023** – Acme (NASDAQ: ACMY) today announced that its CEO and CFO will participate "
            "in the following investor conferences during the fourth quarter of 2023:\n\n"
            "**Beta Bank 2023 Global Space Summit**\n\nNew York, New York, USA\n\nNovember 15, 2023\n\n"
            "**Gamma Aerospace and Defense Conference 2023**\n\nPalm Beach, Florida, USA\n\nNovember 16-17, 2023\n\n"
            "**Delta 2023 Global Technology Conference**\n\nNew York, New York\n\nDecember 5, 2023\n\n"
            "Participants: Jane Rowe, CEO, and Tom Lind, CFO\n\n1×1 Meetings Only\n\n"
            "Further information including details regarding the public webcast of these events will be found on the "
            "Acme Investor Relations website at www.acme.example/investor-relations/calendar/.\n",
            [
                ("presentation", "Beta Bank 2023 Global Space Summit", "2023-11-15"),
                ("presentation", "Gamma Aerospace and Defense Conference 2023", "2023-11-16"),
            ],
        ),
        # A card of one line ("Beta Bank Conference, September 9, 2013"), or two when the year wrapped.
        (
            "THE WOODLANDS, Texas, July 30, 2013 - Acme Corporation (NYSE: ACM) reported its results.\n\n"
            "Upcoming Conferences\n\nDuring the third quarter 2013, a member\nof management is expected to "
            "present at:\n\nHarbor Summer Investor Conference,\nAugust 18, 2013\n\nBeta Bank Conference, "
            "September 9, 2013\n\nGamma Industrials Conference, September 10,\n2013\n\nA webcast of the "
            "presentation, if applicable, will be available at www.acme.example/investors .\n",
            [
                ("presentation", "Harbor Summer Investor Conference", "2013-08-18"),
                ("presentation", "Beta Bank Conference", "2013-09-09"),
                ("presentation", "Gamma Industrials Conference", "2013-09-10"),
            ],
        ),
    ],
)
def test_conferences_set_as_cards_under_the_sentence_that_leads_in_to_them(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert [(e.kind, e.title, str(e.date)) for e in prparse.parse(text).events] == expected


def test_conferences_set_as_cards_of_bullets() -> None:
    """A card of bullets ends at the next card's heading; a time under a span of days says not
    which day: the event is the span's first day, its start unknown."""
    text = (
        "Acme announces management participation in Q4 2022 investor conferences\n\n"
        "**Munich, 03 November 2022** – Acme (NASDAQ: ACMY) today announced that management will participate in "
        "the following investor conferences during the fourth quarter of 2022:\n\n"
        "**Beta Bank 2022 Global Space Summit**\n\n- Virtual Panel Presentation\n- November 10, 2022\n"
        "- 11:45 a.m. EST / 5:45 p.m. CET\n- Presenter: Jane Rowe, CEO\n\n"
        "**Gamma 13th Annual Aerospace and Defense Conference 2022**\n\n- 1×1 Meetings\n"
        "- Palm Beach, Florida, USA\n- November 17-18, 2022\n\n"
        "**Delta Equity Forum 2022**\n\n- Presentation and 1×1 Meetings\n- Frankfurt, Germany\n"
        "- November 28 – November 29, 2022\n- 11:05 CET (on-site only)\n- Presenter: Tom Lind, CFO\n\n"
        "Further information regarding the public webcast of these events will be found on the Acme Investor "
        "Relations website.\n"
    )
    assert [(e.title, str(e.date), e.starts_at and e.starts_at.isoformat()) for e in prparse.parse(text).events] == [
        ("Beta Bank 2022 Global Space Summit", "2022-11-10", "2022-11-10T11:45:00-05:00"),
        ("Delta Equity Forum 2022", "2022-11-28", None),
    ]


@pytest.mark.parametrize(
    "release",
    [
        pytest.param(
            # A brokers' event whose format, below, is only small-group meetings
            "NEWTOWN, Pa. - (NewMediaWire) - November 8, 2024 - Acme Inc. (Nasdaq: ACMI) announces that Jane Rowe, "
            "Chief Executive Officer, will attend Beta Capital's 13th annual Technology Event, which will be held on "
            "November 19th – 20th, 2024, at the Hard Rock Hotel in New York City.\n\nThis year's event will "
            "consist of 1-on-1 / small group meetings with over 70 growth companies.\n",
            id="brokers-event-of-small-group-meetings",
        ),
        pytest.param(
            # A ceremony at the exchange, and its hours in the next sentence
            "PONTE VEDRA, Fla., Jan. 6, 2025 – Acme Therapeutics, Inc. (Nasdaq: ACMT) announced today its plans for "
            "the week.\n\nAdditionally, Mr. Rowe will join healthcare executives at the Nasdaq Opening Bell Ceremony "
            "on Monday, January 13, 2025. Taking place from 5:30 AM to 7:30 AM PT at the Nasdaq Entrepreneurial "
            "Center, the event will set the stage for the week.\n",
            id="bell-ceremony",
        ),
        pytest.param(
            # A presentation the release 'today highlighted'
            "PONTE VEDRA, Fla., Nov. 12, 2024 /PRNewswire/ -- Acme Therapeutics, Inc. (Nasdaq: ACMT) today "
            "highlighted a key opinion leader presentation at the November 2024 Beta Circulatory Support Summit "
            "that featured its trial protocol.\n",
            id="today-highlighted",
        ),
        pytest.param(
            # A meeting the headline adjourns, to a day the release does not give
            "Acme Media Limited - Notice of Adjournment of Annual General Meeting\n\nMay 26, 2021\n\nThe Company, in "
            "its Annual Report, issued its Notice of Annual Meeting which notified shareholders of an Annual Meeting "
            "at its offices at 10:00am on 17th June, 2021.\n\nIn the circumstances, it is necessary to adjourn to a "
            "date of which notice will be given.\n",
            id="adjourned-sine-die",
        ),
        pytest.param(
            # A call to be scheduled once a day still to be set is known
            "Los Angeles, CA, May 3, 2006 — Acme, Inc. (NYSE:ACM) announced today that it will delay its first "
            "quarter earnings release and investor conference call.\n\nAcme currently expects to file its Form 10-Q "
            "on or before its due date of May 11, 2006. Once that date is finalized, Acme will schedule an investor "
            "conference call to discuss the financial results for the period.\n",
            id="once-that-date-is-finalized",
        ),
        pytest.param(
            # What the chairman told today's meeting
            "AGM Statement\n25 February 2009\nAcme Group plc\nAnnual General Meeting\n\nAt today's Annual General "
            "Meeting, Ewen Rowe, Non-Executive Chairman, told shareholders: 'Trading was steady.'\n",
            id="chairman-told-todays-meeting",
        ),
        pytest.param(
            # A resolution not passed at a meeting held that day
            "26 October 2023\nResults of AGM and EGM\n\nThe Board announces that, at the EGM held at 10.30 on "
            "26 October 2023, Ordinary Resolution 1 was not passed.\n",
            id="resolution-not-passed",
        ),
        pytest.param(
            # The results of the vote at a meeting held on the release day
            "TORONTO, June 30, 2022 /CNW/ – Acme Diamonds Inc. (TSX: ACMD) announces that the nominees listed in "
            "the management proxy circular were elected as directors. Detailed results of the vote for the "
            "election of directors held at the virtual Annual Meeting on June 30, 2022 are set out below.\n",
            id="results-of-the-vote",
        ),
        pytest.param(
            # A Swedish issuer's report from its AGM, headed by the meeting and its day
            "Press release from the Annual General Meeting of Acme AB (publ) on March 31, 2011\n\nToday, Thursday, "
            "March 31, 2011, Acme AB (publ) held its annual general meeting, where the following resolutions were "
            "adopted.\n",
            id="press-release-from-the-agm",
        ),
        pytest.param(
            # the day the circular went out, the meeting it convenes dated later in the text
            "Acme Group Plc\n\nNotice of EGM\n\nLONDON, 18 July 2013 - The Company today dispatched a circular to "
            "shareholders convening an Extraordinary General Meeting of the Company to consider the resolutions.\n",
            id="circular-dispatched-today",
        ),
        pytest.param(
            # the day a deal takes effect if the meeting approves it, no meeting's day given
            "HALIFAX, Oct. 1, 2024 /CNW/ - Acme Apartment REIT (TSX: ACM.UN) announced a plan of arrangement. If "
            "approved by unitholders at the Meeting, the Arrangement is expected to become effective on or about "
            "November 30, 2024.\n",
            id="effective-on-or-about",
        ),
        pytest.param(
            # an index's change "takes place": no gathering
            "NEW YORK, June 14, 2010 (GLOBE NEWSWIRE) -- Acme Technologies, Inc. (Nasdaq:ACME) today announced that "
            "it expects to rejoin the Russell 3000 Index. The reconstitution of the Russell Indexes will take place "
            "on June 25, 2010 after the market closes.\n",
            id="index-reconstitution-takes-place",
        ),
    ],
)
def test_sentences_that_name_no_event_to_come(release: str) -> None:
    assert starts_in(release) == []


@pytest.mark.parametrize(
    ("release", "expected"),
    [
        pytest.param(
            # a span of days across two months, written with a dash: one event, on its first day
            "CHICAGO, April 24, 2024 – Acme Corp. today announced that its 2024 Investor Conference will take place "
            "May 31-June 4 in Chicago and online.\n",
            [("2024-05-31", None)],
            id="span-of-days-across-two-months",
        ),
        pytest.param(
            # a cited rule's own date is no meeting's day
            "MATERIAL FACT\nAcme S.A. (“ACME” or “Company”), pursuant to CVM Instruction No. 358 of January 3, 2002, "
            "as amended, and CVM Instruction No. 622 of April 17, 2020, hereby informs its shareholders that its "
            "annual general shareholders meeting, to be held on April 28, 2020, will be held exclusively by digital "
            "means (“AGM”).\n",
            [("2020-04-28", None)],
            id="cited-rules-own-date",
        ),
    ],
)
def test_the_one_day_a_release_names_among_others(release: str, expected: list[tuple[str, None]]) -> None:
    assert starts_in(release) == expected


def test_a_meeting_that_was_to_be_held_today_and_adjourned_to_a_later_day() -> None:
    """The day it was scheduled for, and that moment restated in another zone, are no event;
    the day it was adjourned to is."""
    assert starts_in(
        "VALENCIA, Calif., Dec. 14, 2021 (GLOBE NEWSWIRE) -- Acme Medical, Inc. (NASDAQ: ACMM) wishes to advise "
        "that its 2021 Annual Stockholder Meeting, which was scheduled to be held today, December 14, 2021 at "
        "1:00 p.m. Pacific Time (being Wednesday December 15 at 8.00 a.m. Australian Eastern Daylight Time), was "
        "convened and adjourned due to the lack of a quorum. The Annual Meeting will reconvene on December 22, "
        "2021 at 1:00 p.m. Pacific Time.\n"
    ) == [("2021-12-22", "2021-12-22T13:00:00-08:00")]


def test_a_details_block_with_a_second_zones_row_on_the_day_before() -> None:
    """ "TIME: 8:30 A.M. (Shanghai and Hong Kong)" under "DATE: Friday, August 9, 2019", then New
    York's row, whose own note dates it the day before: one event, on the date row's day; and the
    year before "EDT" in that note is no 20:19."""
    assert starts(
        "Please join Acme's earnings conference call on Friday, August 9, 2019.\n\n"
        "CONFERENCE CALL / WEBCAST ANNOUNCEMENT DETAILS\n\nDATE: Friday, August 9, 2019\n\n"
        "TIME:   8:30 A.M.  (Shanghai and Hong Kong)\n"
        "             8:30 P.M.  (New York *please note that as this call is live, it will take place on "
        "Thursday, August 8th, 2019 EDT)\n"
    ) == [("2019-08-09", "2019-08-09T08:30:00+08:00")]


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # Zones as written; the offset is the one in force that day.
        (
            "The company will host a conference call at 8:00 a.m. ET on Friday, August 2, 2013.",
            [("2013-08-02", "2013-08-02T08:00:00-04:00")],
        ),
        (
            "The conference call will begin at 8 a.m. Eastern Time on August 2, 2013.",
            [("2013-08-02", "2013-08-02T08:00:00-04:00")],
        ),
        # a videoconference's line, New York's hour first, then Brasília's
        (
            "Videoconference August 2 (Friday) 11:00 a.m. NY | 12:00 p.m. BRT",
            [("2013-08-02", "2013-08-02T11:00:00-04:00")],
        ),
        (
            "A videoconference will be held on August 2 at 12:00 p.m. BRT.",
            [("2013-08-02", "2013-08-02T12:00:00-03:00")],
        ),
        (
            "Acme NV will hold its Ordinary General Meeting on Wednesday, May 20, 2020 at 10.30 a.m. (Belgian time) "
            "in 2000 Antwerp.",
            [("2020-05-20", "2020-05-20T10:30:00+02:00")],
        ),  # a country's time
        (
            "A conference call is scheduled for August 2, 2013 at 08:30 EST.",
            [("2013-08-02", "2013-08-02T08:30:00-04:00")],
        ),  # EST written in summer: New York's rules
        (
            "Acme intends to host a conference call on Friday, August 2, 2013 at 10:00 a.m. E.S.T. to discuss results.",
            [("2013-08-02", "2013-08-02T10:00:00-04:00")],
        ),  # the letters with stops
        (
            "Acme will present at the Acme Healthcare Conference on Friday, August 2, at 9:45 a. m. E.T (Press "
            "release, Acme Robotics, JUL 23, 2013)",
            [("2013-08-02", "2013-08-02T09:45:00-04:00")],
        ),  # ... the last stop lost, and a space inside "a. m."
        (
            "Conference call and webcast on August 2, 2013 at 0930 EDT / 1430 BST",
            [("2013-08-02", "2013-08-02T09:30:00-04:00")],
        ),  # four digits with a zone right after them; not "FY2013 EST", nor a year
        (
            "Acme will hold a conference call at 6:00 p.m. EST on 5 December 2013 (10:00 a.m. AEDT on 6 December "
            "2013) to update investors.",
            [("2013-12-05", "2013-12-05T18:00:00-05:00")],
        ),  # the bracket's time on the bracket's day: the same instant, one event
        (
            "The Annual General Meeting will be held at 10:00 am (WST) on Tuesday, 22 November 2016 at Subiaco, "
            "Perth. The persons eligible to vote at the meeting are those who are registered Shareholders at "
            "10.00am (WST) on Sunday, 20 November 2016.",
            [("2016-11-22", "2016-11-22T10:00:00+08:00")],
        ),  # an Australian notice's Western Standard Time; the hour that fixes who may vote is no event
        (
            "Acme will host a conference call on August 2, 201312:00 p.m. PT to discuss its results.",
            [("2013-08-02", "2013-08-02T12:00:00-07:00")],
        ),  # a copy that lost the space between the year and the hour
        (
            "Acme will hold its annual general meeting on 2 August 2013 at 10:00 a.m. (admission from 09:00 a.m.) "
            "CEST in Paris.",
            [("2013-08-02", "2013-08-02T10:00:00+02:00")],
        ),  # an aside in brackets between the time and its zone
        (
            "Acme Oyj's Annual General Meeting will be held on Thursday, March 11, 2010 at 13:00 hrs(1:00pm) EET.",
            [("2010-03-11", "2010-03-11T13:00:00+02:00")],
        ),  # the time again on the other clock, in brackets before the zone
        (
            "Acme is highlighting the Harbour Investor Day Virtual Investor Conference taking place Thursday, "
            "February 26, 2026.\n\nConference schedule for Thursday, February 26, 2026 (All times EST):\n\n"
            "10:05 AM - Harbour Survey (Welcome Remarks and Keynote)10:25 AM - Acme Earths Limited 10:55 AM - "
            "Frontier Minerals Limited\n",
            [("2026-02-26", "2026-02-26T10:05:00-05:00")],
        ),  # a schedule's zone stated once for all its times; its sessions one event from the first
        (
            "Acme will hold its Investor Day on Thursday, February 26, 2026.\n\nAgenda:\n9:00 AM ET - Welcome\n"
            "9:15 AM ET - Chief Executive Officer's keynote\n10:30 AM ET - Questions and answers\n",
            [("2026-02-26", "2026-02-26T09:00:00-05:00")],
        ),
        (
            "Acme Oyj's Annual General Meeting will be held on Thursday, March 11, 2010 at 1:00 p.m. (13:00) EET.",
            [("2010-03-11", "2010-03-11T13:00:00+02:00")],
        ),
        (
            "Acme will host a conference call. The call will take place on Thursday, August 8th, 2019 EDT.",
            [("2019-08-08", None)],
        ),  # a year after its date is no "20:19"
        (
            "Acme will host a conference call on August 2, 2013 at 10:00 a.m. ET to discuss its FY2013 EST results.",
            [("2013-08-02", "2013-08-02T10:00:00-04:00")],
        ),
        (
            "Acme will host a conference call and webcast to report its second quarter 2013 financial results on "
            "Friday, August 2, 2013, at 8:30 a.m. ET.",
            [("2013-08-02", "2013-08-02T08:30:00-04:00")],
        ),  # reporting results is the call's purpose, not a release at that time
        (
            "In conjunction with the release, Acme has scheduled a conference call and simultaneous webcast to "
            "discuss results on Thursday, March 12, 2015, at 9:00 a.m. Central time.",
            [("2015-03-12", "2015-03-12T09:00:00-05:00")],
        ),  # the call between "release" and "results"
        (
            "Acme will combine its teleconference, previously scheduled for Monday, December 10, 2018, with its Annual "
            "Meeting of Stockholders on Tuesday, December 11, 2018. The change allows for a broader reach of both. "
            "The meeting will commence at 9:30 am Central Time.",
            [("2018-12-11", "2018-12-11T09:30:00-06:00")],
        ),  # "The meeting" two sentences after the one that names it
        (
            "Acme's 2020 Annual Meeting of Shareholders will now be held in a virtual-only format. The Annual "
            "Meeting will be held at the originally scheduled date and time on May 5, 2020 at 10:00 a.m., Mountain "
            "Daylight Time.",
            [("2020-05-05", "2020-05-05T10:00:00-06:00")],
        ),  # the day it was first set for is still its day
        (
            "Hub will hold a conference call at 10:00 a.m.\nEastern Time\n(9:00 a.m. Central Time) on August 7 to "
            "discuss the transaction.",
            [("2013-08-07", "2013-08-07T10:00:00-04:00")],
        ),  # a fixed-width copy wrapped the zone and the time restated in brackets on to their own lines
        (
            "Acme today announced that its fourth quarter 2016 earnings results will be released at 9:00 a.m. ET with "
            "its teleconference to follow at 11:00 a.m. ET on Thursday, February 23, 2017.",
            [("2017-02-23", "2017-02-23T11:00:00-05:00")],
        ),  # the release's time, then the call's own
        (
            "Acme Hotels will conduct its quarterly earnings review for the investment community on Thursday, "
            "February 27, 2020 at 10:00 a.m. Eastern Time (ET).  The conference call will be webcast simultaneously.",
            [("2020-02-27", "2020-02-27T10:00:00-05:00")],
        ),  # the next sentence names the call
        (
            "We will host a conference call on January 17, 2020 at 9:00 a.m., central time. We expect to publish the "
            "consolidated net sales information for each month and the conference call presentation for each quarter "
            "at 6:00 a.m., central time, on the fourth business day.",
            [("2020-01-17", "2020-01-17T09:00:00-06:00")],
        ),  # a time to publish figures and a document, not an event
        (
            "A webcast of Acme's conference call and accompanying presentation slides will be available at 5:00 p.m. "
            "EDT on May 8, 2017 at http://investor.acme.example.",
            [("2017-05-08", "2017-05-08T17:00:00-04:00")],
        ),  # the webcast, not only its slides
        (
            "Acme will hold a conference call on Tuesday, April 28, 2020 at 6:00 PM CET, Paris time (1:00 PM EDT, "
            "New York time), to discuss its results.",
            [("2020-04-28", "2020-04-28T18:00:00+02:00")],
        ),  # the second zone restates the first (wrongly): one event, the first written
        (
            "The investor presentation planned for 10:00 am on Wednesday 20 October 2021 will now take place at "
            "10:00 am BST on Wednesday 3 November 2021.",
            [("2021-11-03", "2021-11-03T10:00:00Z")],
        ),  # the old plan, then the new
        (
            "The Annual General Meeting, set for 10:00 a.m. CET on August 14, 2013, will now be held as a "
            "virtual-only meeting.",
            [("2013-08-14", "2013-08-14T10:00:00+02:00")],
        ),  # a new format, the same day
        # A country's or city's own time, named by its adjective or its name.
        (
            "The General Meeting is convened for 2 December 2024 at the Grand Hotel, commencing 11:00 am "
            "(Romanian time).",
            [("2024-12-02", "2024-12-02T11:00:00+02:00")],
        ),
        (
            "Acme will host a conference call on February 22, 2019 at 8:00 a.m. Bogotá time.",
            [("2019-02-22", "2019-02-22T08:00:00-05:00")],
        ),
        (
            "Management will host a conference call to discuss its results for the three months ended June 30, 2013, "
            "at 8 a.m. EDT on Friday, August 2, 2013.",
            [("2013-08-02", "2013-08-02T08:00:00-04:00")],
        ),  # after a period's end, a time with a date of its own
        (
            "The meeting is to be held on Thursday 30th September 2021 at 2:00 pm (NZT) through a virtual platform.",
            [("2021-09-30", "2021-09-30T14:00:00+13:00")],
        ),  # New Zealand time, in daylight saving from the 26th
        (
            "Management will host a webcast on Friday, August 2 at 4:30 PM (ET).",
            [("2013-08-02", "2013-08-02T16:30:00-04:00")],
        ),
        ("The webcast will take place on August 2, 2013 at noon ET.", [("2013-08-02", "2013-08-02T12:00:00-04:00")]),
        (
            "The conference call will be held on 2 August 2013 at 13:00 GMT / 8:00 a.m. ET.",
            [("2013-08-02", "2013-08-02T13:00:00+01:00")],
        ),  # several zones, one instant: the first
        (
            "The call will start at 5:00 p.m. ET (2:00 p.m. PT) on August 2, 2013.",
            [("2013-08-02", "2013-08-02T17:00:00-04:00")],
        ),
        (
            "Date of the conference call: Friday, August 2, 2013\n\nTime: 2:00 p.m. CEST (1:00 p.m. BST, 9:00 a.m. "
            "EDT)\n",
            [("2013-08-02", "2013-08-02T14:00:00+02:00")],
        ),  # three zones, one of them off by an hour: the first
        (
            "The presentation will be webcast on 2 August 2013 at 14:00 CET/CEST.",
            [("2013-08-02", "2013-08-02T14:00:00+02:00")],
        ),
        (
            "The company will present at the investor briefing on 2 August 2013 at 10:00 AEST.",
            [("2013-08-02", "2013-08-02T10:00:00+10:00")],
        ),
        (
            "The results presentation in Oslo starts at 08:30 CET on Friday 2 August 2013.",
            [("2013-08-02", "2013-08-02T08:30:00+02:00")],
        ),
        (
            "The conference call will be held at 11:00 a.m. Central Time on August 2, 2013.",
            [("2013-08-02", "2013-08-02T11:00:00-05:00")],
        ),
        # Dates: weekday without year, ordinals, day-month, ISO, relative words.
        (
            "Acme will host a conference call on Friday, August 2 at 9:00 a.m. ET.",
            [("2013-08-02", "2013-08-02T09:00:00-04:00")],
        ),
        (
            "Acme will host a conference call on August 2nd at 9:00 a.m. ET.",
            [("2013-08-02", "2013-08-02T09:00:00-04:00")],
        ),
        (
            "Acme will host a conference call on 2013-08-02 at 9:00 a.m. ET.",
            [("2013-08-02", "2013-08-02T09:00:00-04:00")],
        ),
        ("Acme will host a conference call today at 4:30 p.m. ET.", [("2013-07-23", "2013-07-23T16:30:00-04:00")]),
        ("Acme will host a conference call tomorrow at 8:30 a.m. ET.", [("2013-07-24", "2013-07-24T08:30:00-04:00")]),
        (
            "Acme will host a conference call this morning at 10:00 a.m. ET.",
            [("2013-07-23", "2013-07-23T10:00:00-04:00")],
        ),
        (
            "Acme will hold a conference call later today at 5:00 p.m. ET.",
            [("2013-07-23", "2013-07-23T17:00:00-04:00")],
        ),
        (
            "Acme will hold its earnings conference call on August 2, 2013 at 8:00 a.m., EDST.",
            [("2013-08-02", "2013-08-02T08:00:00-04:00")],
        ),
        # An address's abbreviation is no sentence's end: the meeting named before it is this day's.
        (
            "You are invited to the Annual General Meeting of Acme AG, which will be taking place at the Acme Arena, "
            "Mercedes Str. 69, Stuttgart at 10 a.m. CEST on Thursday, August 15, 2013.",
            [("2013-08-15", "2013-08-15T10:00:00+02:00")],
        ),
        # "local time" after a comma, the meeting's city named after it.
        (
            "You are invited to a Special Meeting of unit holders of the Acme Royalty Trust to be held on Thursday, "
            "August 15, 2013, at 1:00 p.m., local time, at The City Club, 901 Main Street, Dallas, Texas.",
            [("2013-08-15", "2013-08-15T13:00:00-05:00")],
        ),
        (
            "Acme Realty Corporation today announced that a special meeting of shareholders will be held at 10:00 "
            "a.m., local time, on Thursday, August 15, 2013 at the company's offices located at 600 East 96th "
            "Street, Suite 100, Indianapolis, Indiana 46240.",
            [("2013-08-15", "2013-08-15T10:00:00-04:00")],
        ),
        # A by-law's formal notice: "o'clock", and a city's time.
        (
            "The Annual Meeting of the Shareholders of Acme will be held at its offices in Houston, Texas, at 10:00 "
            "o'clock A.M., Houston Time, on Thursday, August 15, 2013.",
            [("2013-08-15", "2013-08-15T10:00:00-05:00")],
        ),
        # A date with no clock time is still the event's date.
        ("Acme will present at the Jefferies Industrials Conference on August 14, 2013.", [("2013-08-14", None)]),
        # A time with no zone gives no start, never a guessed one.
        ("Acme will host a conference call on August 2, 2013 at 9:00 a.m.", [("2013-08-02", None)]),
        # ... unless the release says once what zone all its times are in (UK announcements).
        (
            "The General Meeting will be held at 10.00 a.m. on 16 October 2024 at the Company's offices. "
            "References to times in this announcement are to London times, unless otherwise stated.",
            [("2024-10-16", "2024-10-16T10:00:00+01:00")],
        ),
        (
            "The General Meeting will be held at 10.00 a.m. on 16 October 2024. All times are approximate.",
            [("2024-10-16", None)],
        ),
        (
            "The Annual General Meeting will be held on Thursday, 16 October 2024 at 2.00 pm (all times referred to "
            "herein EEST) at the Exhibition Centre.",
            [("2024-10-16", "2024-10-16T14:00:00+03:00")],
        ),
        # A zone named by its city or country.
        (
            "The annual and special meeting is scheduled for August 2, 2013 at 9:00 a.m. (Calgary time).",
            [("2013-08-02", "2013-08-02T09:00:00-06:00")],
        ),
        (
            "Management will host a call on the results at 10:00am New Zealand time on 2 August 2013.",
            [("2013-08-02", "2013-08-02T10:00:00+12:00")],
        ),
        # No investor event starts at 3 a.m.: a time with no a.m./p.m. before six is the afternoon's
        # (a 24-hour clock writes 15:10, or 03:10 with its zero).
        (
            "Acme will be presenting at the Growth Conference live 3:10 - 3:20 Eastern Time on Friday, August 2, 2013.",
            [("2013-08-02", "2013-08-02T15:10:00-04:00")],
        ),
        (
            "Acme will host a conference call on Friday, August 2, 2013 at 03:10 CET.",
            [("2013-08-02", "2013-08-02T03:10:00+02:00")],
        ),
        # "rescheduled ... to 2:00 p.m.": the new start, not an end.
        (
            "Acme has rescheduled its third quarter 2013 earnings call to 2:00 p.m. Eastern Daylight Time (EDT), "
            "today, Tuesday, July 23, 2013.",
            [("2013-07-23", "2013-07-23T14:00:00-04:00")],
        ),
        # When documents come out is no event.
        (
            "Acme invites investors and analysts to a conference call on 2 August 2013 from 14:00 to 15:00 CET. The "
            "interim statement and presentation as well as a corresponding press release will be available on "
            "2 August 2013 at 9:00 a.m. CET on the Investor Relations website.",
            [("2013-08-02", "2013-08-02T14:00:00+02:00")],
        ),
        # When to dial in is not when the call starts.
        (
            "Acme will host a conference call this afternoon, July 23, at 3:00 p.m. eastern daylight time. To phone "
            "into the call, dial 1-800-555-2032, passcode # 85246054, any time after 2:45 p.m. eastern daylight time.",
            [("2013-07-23", "2013-07-23T15:00:00-04:00")],
        ),
        (
            "Acme will host a conference call on Friday, August 2, 2013 at 8:30 a.m. (ET). Participants may listen "
            "to the call by dialing 416-555-3414 or 1-800-555-4859 at approximately 8:20 a.m. (ET).",
            [("2013-08-02", "2013-08-02T08:30:00-04:00")],
        ),
        (
            "Acme will hold a conference call on Friday, August 2, 2013, at 11:00 a.m. (Eastern). You may access this "
            "call starting at 10:45 a.m. (Eastern).",
            [("2013-08-02", "2013-08-02T11:00:00-04:00")],
        ),
        # The sentence after the one naming the event gives its time.
        (
            "Acme will webcast an analyst meeting it is hosting on Friday, August 2, in conjunction with the Paris "
            "Course. The meeting is scheduled to begin at 11:00 a.m. ET (5:00 p.m. Paris time).",
            [("2013-08-02", "2013-08-02T11:00:00-04:00")],
        ),
        # The meeting an adjourned one reconvenes as is an event (its fallback day, "if adjourned", is not).
        (
            "The annual meeting was convened and adjourned. The adjourned meeting will be held on Friday, August 9, "
            "2013 at 10:00 a.m. Eastern Time.",
            [("2013-08-09", "2013-08-09T10:00:00-04:00")],
        ),
        # A 24-hour afternoon hour with a redundant "pm".
        (
            "The Board invites the shareholders to attend the extraordinary shareholders' meeting to be held on "
            "Thursday, 29 August 2013 at 14.30 pm (CET) at its registered offices.",
            [("2013-08-29", "2013-08-29T14:30:00+02:00")],
        ),
        (
            "Acme has moved its 2013 Annual Meeting of Shareholders to its headquarters. As previously announced, "
            "the meeting is scheduled for August 20, 2013 at 9:00 a.m. (Eastern Time).",
            [("2013-08-20", "2013-08-20T09:00:00-04:00")],
        ),
    ],
)
def test_event_start(snippet: str, expected: list[tuple[str, str | None]]) -> None:
    assert starts(snippet) == expected


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # Times attach to their own event, not to the nearest date in the text.
        (
            "Acme will host its earnings call on Friday, August 2, 2013 at 8:00 a.m. ET. "
            "Acme will also present at the Wedbush Conference on August 14, 2013 at 12:45 pm ET.",
            [("2013-08-02", "2013-08-02T08:00:00-04:00"), ("2013-08-14", "2013-08-14T12:45:00-04:00")],
        ),
        # Details blocks: "Date:" and "Time:" rows under the event's heading.
        (
            "Conference Call Details\n\nDate: Thursday, August 1, 2013\n\nTime: 10:00 a.m. Eastern Time\n",
            [("2013-08-01", "2013-08-01T10:00:00-04:00")],
        ),
        # The results release time is not an event; the call is.
        (
            "Acme will release its results before the call at approximately 7:00 a.m. ET on August 2, 2013. "
            "The conference call will begin at 8:30 a.m. ET the same day.",
            [("2013-08-02", "2013-08-02T08:30:00-04:00")],
        ),
        # Labels on lines of their own, each above its value.
        (
            "Acme will deliver a live presentation at the Skyline Series.\n\n Event:\n\nSkyline Series\n\n Date:\n\n"
            "Friday, August 2, 2013\n\n Time:\n\n11:00 AM ET\n",
            [("2013-08-02", "2013-08-02T11:00:00-04:00")],
        ),
        # Dates that are not events.
        ("Acme reported results for the quarter ended June 30, 2013.", []),
        ("The dividend is payable on August 15, 2013 to holders of record on August 1, 2013.", []),
        ("On June 12, 2013, Acme presented at an industry conference.", []),
        (
            "An accompanying presentation of the second quarter results will be available after market close on "
            "August 1, 2013 at www.acmerobotics.example/investing.",
            [],
        ),
        # A corporate action's effective day, and a meeting put off.
        (
            "The effect of the ratio change on the ADS trading price is expected to take place at the opening of "
            "trading on August 13, 2013 (U.S. Eastern Time).",
            [],
        ),
        ("The effect on the ADS price will take place on August 28, 2013.", []),
        (
            "A notice of General Meeting to approve the Offer, together with the accompanying form of proxy, has been "
            "despatched to the Shareholders on Wednesday, 21 August 2013.",
            [],
        ),
        (
            "If the AGM approves the proposed dividend, the last day the shares will be traded including the right to "
            "receive a dividend will be 19 August 2013.",
            [],
        ),
        ("The Board has decided to postpone the company's Annual General Meeting scheduled for August 19, 2013.", []),
        # The release's own hour over its body: no event (the call after it is one).
        (
            "Embargoed until 07:00 BST on July 23, 2013. Acme will hold a conference call at 9:00 BST on "
            "July 25, 2013.",
            [("2013-07-25", "2013-07-25T09:00:00+01:00")],
        ),
        # A Lithuanian notice's record day ("the headcount of the shareholders") is no meeting.
        (
            "The extraordinary general shareholders meeting of Acme is convened on August 27, 2013. The established "
            "date for the headcount of the shareholders of the extraordinary general shareholders meeting is August "
            "20, 2013.",
            [("2013-08-27", None)],
        ),
        # A list of conferences under the sentence that leads in to it: each item its own event ...
        (
            "Acme management will participate in the following upcoming investor events:\n\n• Summit Energy "
            "Conference - Denver - August 18-19, 2013\n\n• Midwest Ideas Conference - Chicago - August 27, 2013\n",
            [("2013-08-18", None), ("2013-08-27", None)],
        ),
        # ... but a list of highlights names none.
        ("Highlights for the quarter:\n\n• Revenue up 12% to $3.1 million through August 27, 2013\n", []),
        # ... nor when a fixed-width copy wrapped the clause over two lines.
        (
            "The extraordinary general shareholders meeting of Acme is convened on August 27, 2013. The established\n"
            "date for the headcount of the shareholders of the extraordinary general\nshareholders meeting is "
            "August 20, 2013.",
            [("2013-08-27", None)],
        ),
        # A period's first day takes the year of its last (not the next January 1), with or without its dash.
        (
            "News conference on Tuesday, July 23, 2013 at 2.00 p.m. (local time) at Hotel Kamp, Helsinki. Live news "
            "conference (webcast) at Acme's Interim Review, January 1 - June 30, 2013: ORDERS UP.",
            [("2013-07-23", "2013-07-23T14:00:00+03:00")],
        ),
        (
            "News conference on Tuesday, July 23, 2013 at 2.00 p.m. (local time) at Hotel Kamp, Helsinki. Live news "
            "conference (webcast) at Acme's Interim Review, January 1 June 30, 2013: ORDERS UP.",
            [("2013-07-23", "2013-07-23T14:00:00+03:00")],
        ),
    ],
)
def test_which_dates_are_events(snippet: str, expected: list[tuple[str, str | None]]) -> None:
    assert starts(snippet) == expected


@pytest.mark.parametrize(
    ("snippet", "until"),
    [
        (
            "The call will be held on August 2, 2013 at 8:00 a.m. ET. "
            "A replay will be available through August 16, 2013.",
            "2013-08-16",
        ),
        # A webcast that "will remain available" is its own archive.
        (
            "Acme's CEO will present at the NewsMakers conference on Friday, August 2, 2013. The 3:00 p.m. Eastern "
            "time presentation will be webcast live on the Events page and remain available for 30 days.",
            "2013-09-01",
        ),
        (
            "The call will be held on August 2, 2013 at 8:00 a.m. ET. A replay will be available "
            "until 11:59 p.m. ET on August 16, 2013.",
            "2013-08-16",
        ),
        (
            "The call will be held on August 2, 2013 at 8:00 a.m. ET. A telephone replay will be available for 7 days.",
            "2013-08-09",
        ),
        (
            "The call will be held on August 2, 2013 at 8:00 a.m. ET. The replay will be available for approximately "
            "one week.",
            "2013-08-09",
        ),
        (
            "The call will be held on August 2, 2013 at 8:00 a.m. ET. "
            "An archived webcast will be available for 90 days.",
            "2013-10-31",
        ),
        (
            "The call will be held on August 2, 2013 at 8:00 a.m. ET. The webcast will be archived for one year.",
            "2014-08-02",
        ),
        (
            "The call will be held on August 2, 2013 at 8:00 a.m. ET. A replay will be available beginning two hours "
            "after the call.",
            None,
        ),
        (
            "The call will be held on August 2, 2013 at 8:00 a.m. ET. A taped replay will remain available through "
            "12:00 midnight Eastern Daylight Time on August 19, 2013.",
            "2013-08-19",
        ),
        (
            "The call will be held on August 2, 2013 at 8:00 a.m. ET. A replay of the webcast will be available until "
            "end of day Friday, August 16, 2013.",
            "2013-08-16",
        ),
        (
            "The call will be held on August 2, 2013 at 8:00 a.m. ET. This webcast will also be archived on the "
            "website for six months. A replay of the call will be accessible through August 13, 2013.",
            "2013-08-13",
        ),
        (
            "The call will be held on August 2, 2013 at 8:00 a.m. ET. The replay will be available beginning at 12 "
            "p.m. CT (1 p.m. ET) on Friday, August 2, 2013, through 12 p.m. CT (1 p.m. ET) on Friday, August 9, 2013.",
            "2013-08-09",
        ),
        (
            "The call will be held on August 2, 2013 at 8:00 a.m. ET. The replay of the conference call will be "
            "available at 12:00 p.m. Eastern Time on Saturday, August 3, 2013. It will be available until November "
            "16, 2013, and can be accessed by dialing toll free 1-877-555-7529.",
            "2013-11-16",
        ),  # the window's end in the sentence after
        (
            "The call will be held on August 2, 2013 at 8:00 a.m. ET. Replays will be accessible for 24 hours after "
            "the call's completion by dialing (800) 555-5253.",
            "2013-08-03",
        ),
        (
            "The call will be held on August 2, 2013 at 8:00 a.m. ET. A replay will be available one hour after the "
            "end of the call at (800) 555-5253.",
            None,
        ),  # an hour's wait before it starts is no window
        (
            "The call will be held on August 2, 2013 at 8:00 a.m. ET.\nParticipant call-in: 416-555-9432\n"
            "Replay number: 905-555-9451\nRe-dial ID: 2569205\nAvailable until: 11:59 pm, August 9, 2013\n",
            "2013-08-09",
        ),  # the window two rows under the replay's number
        (
            "The call will be held on August 2, 2013 at 8:00 a.m. ET. A playback of the webcast will be available "
            "through Friday, August 1, 2014. A replay of the teleconference will be available through Friday, "
            "August 16, 2013. To listen, please call USA: 877-555-4010; Replay Passcode: 52015.",
            "2013-08-16",
        ),  # the teleconference's replay, not the webcast's playback
        (
            "The call will be held on August 2, 2013 at 8:00 a.m. ET. The webcast can be accessed live from the "
            "Investor Relations page of the website, www.acme.example/investors, and will be available for at least "
            "14 days following the call.",
            "2013-08-16",
        ),  # the web archive with no replay word
        (
            "The call will be held on August 2, 2013 at 8:00 a.m. ET.\nWebcast Replay:\nAvailable for 30 days after "
            "the call at above link\nAudio Replay Number:\n1-877-555-4471, PIN #6967852 from August 2, 2013 at 1:00 "
            "p.m. Eastern through August 9, 2013 at 5:00 p.m. Eastern\n",
            "2013-08-09",
        ),  # the phone replay's window on the row under its label, not the web archive's
        (
            "The call will be held on August 2, 2013 at 11:00 AM Eastern Time. A replay of the call will be "
            "available between 1 PM Eastern Time August 2, 2013 and 1 PM Eastern Time August 3, 2013 by dialing "
            "1-800-555-8284 and requesting reservation number 18014182.",
            "2013-08-03",
        ),  # a window written "between ... and ...", an hour before each day
        (
            "The call will be held on August 2, 2013 at 11:00 AM Eastern Time. A replay of the call will be "
            "available between August 2 and August 9 by dialing 1-800-555-8284.",
            "2013-08-09",
        ),
        (
            "The call will be held on August 2, 2013 at 10:00 a.m. ET. Playbacks will be available from 12:00 PM ET "
            "Friday, August 2, to midnight ET Friday, August 9. Playback numbers are 800-555-1687 (domestic) or "
            "706-555-9291 (international).",
            "2013-08-09",
        ),  # "playbacks", plural
    ],
)
def test_replay_window(snippet: str, until: str | None) -> None:
    parsed = prparse.parse(release(snippet)).model_dump(mode="json")
    replay = parsed["events"][0]["replay"]
    assert replay is not None
    assert replay["available_until"] == until


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "July 23, 2013\n\nAcme Robotics Announces Call\n\nSPRINGFIELD, Ill.--(BUSINESS WIRE)-- Acme Robotics, Inc. "
            "announced a call.",
            "2013-07-23",
        ),
        ("NEW YORK, July 23, 2013 /PRNewswire/ -- Acme Robotics, Inc. announced a call.", "2013-07-23"),
        ("SPRINGFIELD, Ill.--(BUSINESS WIRE)--Jul 23, 2013-- Acme Robotics, Inc. announced a call.", "2013-07-23"),
        ("Oslo, 23 July 2013 - Acme Robotics ASA announced a call.", "2013-07-23"),
        ("TORONTO, 2013-07-23 (GLOBE NEWSWIRE) -- Acme Robotics Inc. announced a call.", "2013-07-23"),
        ("Acme Robotics ASA announced a presentation.\n\nHelsinki, July 23, 2013\n", "2013-07-23"),
        # A day with a full stop after it, as Norwegian releases write it.
        (
            "Media facilitation at Acme Skog's meeting\n\nTuesday 23. July 2013 - Acme Skog will hold an extraordinary "
            "general meeting on Thursday 1 August at 14.00 hrs.",
            "2013-07-23",
        ),
        # A carrier copy that dropped the date gives null, not a guess.
        ("SPRINGFIELD, Ill.--(BUSINESS WIRE)-- Acme Robotics, Inc. announced a call.", None),
        # The body fixes the day it is released: "Today, December 6, 2010, ...".
        (
            "Acme Beverage Corp. Declares Cash Dividend\n\nToday, December 6, 2013, being the latest effective "
            "date, the Board of Directors has declared a cash dividend payable December 16, 2013.\n",
            "2013-12-06",
        ),
        # "published" opening a line a copy wrapped is no portal's stamp of the day.
        (
            "Correction: Financial calendar 2013\n\nANNOUNCEMENT NO. 23 - 18 DECEMBER 2012\n\n\nCorrected: Annual "
            "report 2012 instead of Annual report 2011 to be\npublished 5 March 2013\n",
            "2012-12-18",
        ),
        # A letter to an exchange dates itself on its reference line or its "Date:" line; the
        # exchange's address under "To," is no dateline.
        (
            "# Acme Gas Limited\n\nRef. No.: ACME/CS/2013 July 28, 2013\nListing Department\nBSE Ltd.\nDalal "
            "Street\nMumbai - 400 001\n\nDear Sir / Madam,\n\nA conference call is scheduled.\n",
            "2013-07-28",
        ),
        (
            "# Acme Health\nDate of submission: August 02, 2013\n\nTo,\nThe Secretary\nBSE Limited\nPhiroze "
            "Jeejeebhoy Towers, Mumbai - 400 051\n\nDear Sir/Madam,\n\nPlease find the advertisement enclosed.\n",
            "2013-08-02",
        ),
        # ... but a notice's "Date:" row over its "Time:" row is the meeting's.
        (
            "NOTICE OF ANNUAL MEETING OF SHAREHOLDERS\n\nDate: Wednesday, August 28, 2013\nTime: 4:30 p.m. "
            "(Eastern Time)\nPlace: Toronto, Ontario\n",
            None,
        ),
        # A financial calendar's first row is no letter's opening date.
        (
            "Financial Calendar\nThe following dates for announcement of financial reporting have been set:\n"
            "9 November 2013 Interim Report Q3 2013\n8 February 2014 Preliminary statement of results 2013\n"
            "10 April 2014 Annual General Meeting\n",
            None,
        ),
        # ... but a letter's date over its addressee is one.
        ("15 February 2013 The Manager Market Announcements Office\nAcme Ltd announces a briefing.\n", "2013-02-15"),
        # The body opens with the date and a colon.
        (
            'Acme plc: 2013 Half Year Results\n\n1 August 2013: Acme plc (the "Company") (LSE/NYSE: ACM) today '
            "announces its half year results.",
            "2013-08-01",
        ),
        # A notice's own line of issue at its head; the meeting's day under the heading is no dateline.
        (
            "Exhibit 99.1\nPublished on April 11, 2013\nConvening Notice\nto the Ordinary General Meeting of "
            "Shareholders\nOn May 23, 2013\nShareholders of Acme S.p.A. are invited to attend the meeting.",
            "2013-04-11",
        ),
        # An SEC form's cover, signed before the exhibit.
        (
            "FORM 6-K\nACME POWER LIMITED\nSIGNATURES\nPursuant to the requirements of the Securities Exchange "
            "Act of 1934, the registrant has duly caused this report to be signed.\n|\nDate: September 1, 2013 |"
            "\nBy: |\n/s/ Jane Rowe |\nExhibit 99.1\nNOTICE OF ANNUAL MEETING\nThe meeting will be held soon.",
            "2013-09-01",
        ),
        # A numeric date alone on its line, which only one reading allows.
        (
            "www.acmepartners.example\n\n10/20/2013\n\n\nAcme Partners Announces Distribution Increase\n\nTULSA, "
            "Okla. - The board of Acme Partners, L.P. (NYSE: ACMP) has increased the distribution.",
            "2013-10-20",
        ),
        (
            "Notice of the Convening of a Special Meeting\n\nPress Release\n24/06/2013\n \n\nIn accordance with the "
            "Companies Regulations, Acme Ltd. announces a special meeting.",
            "2013-06-24",
        ),
        # a news page's byline over a dateline with no year
        (
            "Acme Elaborates on Recent Filing\n\nApr 13, 2001, 01:00 ET from Acme Corporation\n\n    CHICAGO, April "
            "13 /PRNewswire/ -- Acme Corporation (NYSE: ACM) said today that prices fell since 2000.",
            "2001-04-13",
        ),
        # the meeting it plans fixes a year-less dateline's year; the fiscal year it cites has ended
        (
            "Acme Inc. to Hold 2009 Annual General Meeting on October 12, 2009\nSHENYANG, China, Sept. 6 "
            "/PRNewswire-Asia-FirstCall/ -- Acme Inc. (Nasdaq: ACMB) today announced that the annual general "
            "meeting will be held on October 12, 2009 at 10:00 a.m. The record date is September 12, 2009.\nAcme "
            "has filed its annual report for the fiscal year ended December 31, 2008.",
            "2009-09-06",
        ),
        # a calendar quarter named with its year fixes a year-less dateline's year
        (
            "Exhibit 99.1\nAcme Rail Provides Revised Third Quarter 2005 Guidance\nBOCA RATON, Fla. – October 5 – Acme "
            "Rail, Inc. (NYSE:ARR) provided revised third quarter 2005 guidance today. As the Company announced on "
            "August 31, 2005, a rail car began venting.",
            "2005-10-05",
        ),
        # a Bursa Malaysia announcement's last line
        (
            'ACME BANKING BERHAD ("ACME")\n\nDIVIDEND REINVESTMENT PLAN\n\nWe refer to the announcement dated 12 May '
            "2011.\n\nThe new shares will be listed with effect from 9.00 a.m., Monday, 16 May 2011.\n\n"
            "This announcement is dated 13 May 2011.",
            "2011-05-13",
        ),
        # a wire's notice in sentences over the date line, under a headline with "art. 107 para. 3"
        (
            "EANS-General Meeting: Acme Telekom AG / Invitation to the General Meeting according to art. 107 para. 3 "
            "Companies Act - ATTACHMENT\n\n-----\nGeneral meeting information transmitted by euro adhoc with the aim "
            "of a\nEurope-wide distribution. The issuer is responsible for the content of this\nannouncement.\n-----"
            "\n\n23.04.2019\n\nWe are pleased to invite our shareholders to the Annual General Meeting, which\nwill "
            "take place on Wednesday, May 29, 2019, at 10:00 a.m. (CEST) at the company's seat in Vienna.",
            "2019-04-23",
        ),
        # ... or both readings allowed, over a US city's dateline: month first
        (
            "Exhibit 99.1\nAcme Refining Reports Fire at Its Plant\n3/2/2010\nDALLAS – Acme Refining Corporation "
            "(NYSE:ACR) today announced that a fire was put out at its plant.",
            "2010-03-02",
        ),
        # A wire copy with no year: the period the opening reports, or the month the headline names.
        (
            "Acme Inns Reports Third Quarter 2013 Results\n\nSHANGHAI, Nov. 10 /PRNewswire-Asia/ -- Acme Inns "
            "(Nasdaq: ACMI) today announced its results for the third quarter ended September 30, 2013.",
            "2013-11-10",
        ),
        # Bursa Malaysia's form: a date in figures no reading can swap ...
        (
            "ACME - General Announcement\nAnnouncement Type: General Announcement\nCompany Name: ACME SOLUTIONS "
            "BERHAD (ACE Market)\nStock Name: ACME\nDate Announced: 24/06/2010\nSubject: LETTER FROM THE REGULATOR",
            "2010-06-24",
        ),
        # ... and none where it can
        (
            "ACME - General Announcement\nAnnouncement Type: General Announcement\nCompany Name: ACME SOLUTIONS "
            "BERHAD (ACE Market)\nStock Name: ACME\nDate Announced: 04/06/2010\nSubject: LETTER FROM THE REGULATOR",
            None,
        ),
        # ... the latest of them, not the year-earlier period it is compared with
        (
            "PORTLAND, Maine, Nov. 1 /PRNewswire-FirstCall/ -- Acme Energy Corporation (NYSE:AEE) today announced "
            "its third quarter 2007 financial results. Earnings per share for the third quarter 2007 were 16 cents. "
            "For the 12 months ended September 30, 2007, earnings per share were $1.68 compared with $1.68 for the "
            "12 months ended September 30, 2006.",
            "2007-11-01",
        ),
        (
            "Acme Income Fund announces December 2013 Distribution\n\n    OTTAWA, Dec. 12 /CNW/ - Acme Income Fund "
            "announced today a distribution, which will be paid on January 15, 2013 to unitholders.",
            "2013-12-12",
        ),
    ],
)
def test_release_date(text: str, expected: str | None) -> None:
    parsed = prparse.parse(text).model_dump(mode="json")
    assert (parsed["dateline"] or {}).get("date") == expected


def test_year_from_the_reported_period_when_the_release_date_is_lost() -> None:
    text = (
        "Acme Robotics Oyj will publish its Q4 2024 report on Thursday 20 February. "
        "The company will hold a webcast presentation the same day at 10:00 EET."
    )
    assert [(e.date, e.starts_at) for e in prparse.parse(text).events] == [
        (dt.date(2025, 2, 20), dt.datetime(2025, 2, 20, 8, 0, tzinfo=dt.UTC))
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A wire copy with no year anywhere: the call stands, its day and start stay empty,
        # its zone and numbers hold.
        (
            "OAKDALE, June 2 /PRNewswire-FirstCall/ -- Brindle Therapeutics (Nasdaq: BRND) will conduct a "
            "conference call at 11 a.m. Eastern Time on Tuesday, June 3. To listen, dial (877) 555-0142.",
            [(None, None, "America/New_York", ["+18775550142"])],
        ),
        (
            "Nordvik Minerals AS reminds of the invitation to the companypresentationtoday, wednesday the 12th of "
            "March at 10:00 CET.",
            [(None, None, "Europe/Paris", [])],
        ),
        # Told as past: no event.
        (
            "Brindle Therapeutics held its conference call at 11 a.m. Eastern Time on Tuesday, June 3.",
            [],
        ),
        # Placed by the period it reports, the same day written without its year is one event.
        (
            "Investor meeting and webcast on 20 February at 10:00 EET\n\nAcme Robotics Oyj will publish its "
            "Q4 2024 report on Thursday 20 February. The company will hold a webcast the same day at 10:00 EET.",
            [("2025-02-20", "2025-02-20T10:00:00+02:00", "Europe/Helsinki", [])],
        ),
    ],
)
def test_a_day_with_no_year_in_a_release_with_no_date(
    text: str, expected: list[tuple[str | None, str | None, str | None, list[str]]]
) -> None:
    got = [(e["date"], e["starts_at"], e["timezone"], [d["number"] for d in e["dial_ins"]]) for e in events_in(text)]
    assert got == expected


def test_numbers_to_join_an_event_a_copy_kept_no_date_of() -> None:
    text = (
        "The Special Meeting will be held behind closed doors. The Special Meeting will be broadcasted live and in "
        "full on the Company's website.\n\nAccess the webcast\n\nTo connect via telephone, please use the connection "
        "details below:\n\nFrom France +33(0)1 76 55 22 57\n\nFrom the United Kingdom +44(0)3 30 55 69 411\n\n"
        "Confirmation code: 6564350\n\nHow to vote\n\nShareholders are strongly encouraged to vote using the paper "
        "voting form, or to grant a proxy to the Chairman of the Meeting.\n"
    )
    assert [(e["date"], [d["number"] for d in e["dial_ins"]], e["passcode"]) for e in events_in(text)] == [
        (None, ["+33176552257", "+443305569411"], "6564350")
    ]


def test_a_video_interview_at_a_time_on_the_day_results_are_posted() -> None:
    text = (
        "LOS GATOS, Calif., Dec. 13, 2013 /PRNewswire/ -- Acme, Inc. (NASDAQ: ACME) today announced it will post its "
        "fourth-quarter 2013 financial results on its investor relations website on Tuesday, January 21, 2014, at "
        "approximately 1:00 p.m. Pacific Time. A video interview with Acme's Chief Executive Officer will be "
        "available at 3:00 p.m. Pacific Time. The video interview can be accessed on the Acme Investor Relations "
        "YouTube channel at youtube.com/acmeir.\n"
    )
    events = events_in(text)
    assert [(e["starts_at"], e["webcast_url"]) for e in events] == [("2014-01-21T15:00:00-08:00", "youtube.com/acmeir")]


def test_year_named_with_the_meeting_when_the_release_date_is_lost() -> None:
    text = (
        "Acme plc (LON:ACME) has announced that its 2021 AGM will be held on 29 April at 1.30 p.m. Central European "
        "Summer Time.\n\nTherefore we will be holding a shareholder engagement webcast on 22 April at 1.30 p.m. "
        "Central European Summer Time.\n"
    )
    assert starts_in(text) == [
        ("2021-04-29", "2021-04-29T13:30:00+02:00"),
        ("2021-04-22", "2021-04-22T13:30:00+02:00"),
    ]


def test_year_from_the_quarter_that_ended_weeks_before() -> None:
    text = (
        "# Acme Corp to Announce Q1 2025 Results on May 15\n\nAcme (NASDAQ: ACME) will release its financial "
        "results for the quarter ended March 31, 2025, before market open on May 15. Management will host a "
        "conference call at 8:30 a.m. EDT the same day.\n"
    )
    assert starts_in(text) == [("2025-05-15", "2025-05-15T08:30:00-04:00")]


def test_year_from_a_dated_day_beside_it_when_the_release_date_is_lost() -> None:
    text = (
        "Acme Brands Corporation (NYSE: ACME) today announced that it will release its fourth quarter earnings after "
        "the market close on February 20, 2025. The Company will host a conference call to discuss the results on "
        "February 21 at 8:30 a.m. EST."
    )
    assert [(e.date, e.starts_at) for e in prparse.parse(text).events] == [
        (dt.date(2025, 2, 21), dt.datetime(2025, 2, 21, 13, 30, tzinfo=dt.UTC))
    ]


def test_year_from_the_headline_when_the_event_comes_pages_later() -> None:
    highlights = "".join(f"* Net interest margin of 2.{n}%, compared with 3.{n}% a year earlier\n" for n in range(60))
    text = (
        "Acme Bank Q4 2024 and the full-year 2024 results\n\nAcme Bank reports net earnings for Q4 2024.\n\n"
        + highlights
        + "\nAcme Bank will be hosting an investor meeting on Thursday 13 February at 9:30 CET (8:30 GMT).\n"
    )
    assert len(text) > 4000
    assert [(e.date, e.starts_at) for e in prparse.parse(text).events] == [
        (dt.date(2025, 2, 13), dt.datetime(2025, 2, 13, 8, 30, tzinfo=dt.UTC))
    ]


def test_a_day_written_again_without_its_weekday_keeps_its_year() -> None:
    """No release date: "Thursday, May 5" takes 2022 from "Fourth Quarter 2022" (the weekday
    agrees), and "on May 5, beginning at 10:00 a.m." two sentences on is that day."""
    text = (
        "Acme Finance Corporation Announces Fourth Quarter 2022 Conference Call on the Internet\n\n"
        "GREENVILLE, S.C.--(BUSINESS WIRE)--\nAcme Finance Corporation (NASDAQ:ACFC) will provide an online webcast "
        "of its fourth quarter conference call to be held on Thursday, May 5. The earnings release will be issued "
        "prior to the call.\n\nThe live broadcast of the conference call will be available online on May 5, "
        "beginning at 10:00 a.m. (Eastern Time). The online replay will follow immediately and continue for 30 days.\n"
    )
    events = prparse.parse(text).events
    assert [(str(e.date), e.starts_at and e.starts_at.isoformat()) for e in events] == [
        ("2022-05-05", "2022-05-05T10:00:00-04:00")
    ]
    assert events[0].replay is not None and str(events[0].replay.available_until) == "2022-06-04"


def test_a_time_with_no_date_anywhere_is_on_the_release_day() -> None:
    """ "The presentation will be webcasted at 09:30 (CET)." in a release dated July 23, 2013
    that names no other day: the presentation is that day."""
    assert starts("**PRESENTATION OF THE INTERIM REPORT**\n\n* The presentation will be webcasted at 09:30 (CET).") == [
        ("2013-07-23", "2013-07-23T09:30:00+02:00")
    ]


def test_a_side_event_before_the_meeting_takes_its_day() -> None:
    proposals = "".join(f"Item {n}. The Board proposes that the meeting resolves on item {n}.\n\n" for n in range(30))
    body = (
        "Notice is given to the shareholders of Acme to the Annual General Meeting to be held on Thursday, "
        "August 29, 2013 at 1.00 pm EEST in Helsinki.\n\n"
        + proposals
        + "Before the Annual General Meeting, from 11.00 am to 12.30 pm EEST, the CEO will be available at a "
        "discussion event organized by the Company.\n"
    )
    assert starts(body) == [
        ("2013-08-29", "2013-08-29T13:00:00+03:00"),
        ("2013-08-29", "2013-08-29T11:00:00+03:00"),
    ]


def test_a_weekday_that_disagrees_is_kept_as_written_and_warned() -> None:
    release_text = release("Acme will host a conference call on Thursday, August 2, 2013 at 8:00 a.m. ET.")
    parsed = prparse.parse(release_text)
    assert parsed.events[0].date == dt.date(2013, 8, 2)
    assert [w.code for w in parsed.warnings] == ["weekday_mismatch"]


def test_a_details_block_a_copy_ran_together() -> None:
    """A NewMediaWire-style copy that lost its line breaks: "April 25th , 2024.DATE: April 25thTIME: 10am ETLINK:"."""
    text = (
        "# Acme to Present at the Virtual Investor Conference April 25th\n\nAcme Limited (OTCQB: ACMEF), a miner, "
        "today announced that its Chairman will present live at the Virtual Investor Conference on April 25th , "
        "2024.DATE: April 25thTIME: 10am ETLINK: [https://bit.ly/3Acme42](https://bit.ly/3Acme42)This will be a "
        "live, interactive online event.\n"
    )
    events = events_in(text)
    assert [(e["date"], e["starts_at"], e["webcast_url"]) for e in events] == [
        ("2024-04-25", "2024-04-25T10:00:00-04:00", "https://bit.ly/3Acme42")
    ]


def test_a_webcast_on_the_same_day_as_the_results() -> None:
    text = (
        "# Acme Group to Announce Third Quarter Results on November 12, 2024\n\nLAS VEGAS - (NewMediaWire) - "
        "November 05, 2024 - Acme Group Inc. (NASDAQ: ACMG) today announced the Company will report its third "
        "quarter 2024 financial results before the market opens on Tuesday, November 12, 2024.\n\n An audio webcast "
        "of the earnings call will be available the same day in the Events section of Acme's website at "
        "https://acmegroup.example/events.\n"
    )
    events = events_in(text)
    assert [(e["date"], e["webcast_url"]) for e in events] == [("2024-11-12", "https://acmegroup.example/events")]


def test_a_time_takes_the_day_of_the_place_its_sentence_names() -> None:
    text = release(
        "Acme Mining Company (NYSE: ACM) will host an Investor Day in Toronto on Wednesday, September 4, and in New "
        "York on Thursday, September 5. There will be a live webcast of the Toronto presentation beginning at 11 AM, "
        "Eastern Time.\n\n"
    )
    assert starts_in(text) == [
        ("2013-09-04", "2013-09-04T11:00:00-04:00"),
        ("2013-09-05", None),
    ]


def test_the_day_a_webcast_moves_to_the_archive_is_no_event() -> None:
    assert starts(
        "Acme will host a conference call on Friday, August 2, 2013 at 11 am Pacific Time (PT). The voice recording "
        "will be available through August 9, 2013. After August 9th, the webcast will be available on the "
        "Company's website (www.acme.example) under Investors."
    ) == [("2013-08-02", "2013-08-02T11:00:00-07:00")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Holders of record of Acme's Class A common stock on August 19, 2013, will be eligible to vote at the meeting.",
        "Shareholders who wish to attend the Annual General Meeting shall be entered in the share register "
        "maintained by Euroclear Sweden on Tuesday 20 August 2013.",
        'Record Date:    The "Record Date" is August 9, 2013 and is the date for the determination of holders.',
        "Voting forms for the shareholders' meeting must reach Acme before or on 19 August 2013 at midnight CET at "
        "the latest.",
        "Only the persons who are the shareholders of the Company at the end of the accounting day of the General "
        "Shareholders Meeting (29 August 2013) are entitled to participate.",
        "The record date for the entitlement of the shareholders to vote at the general meeting, as set out in Section "
        '182 of the Companies Law (hereafter: "the Companies Law") is Tuesday, August 20, 2013 (hereafter: "the Record '
        'Date").',
        "If adjourned, the meeting will take place on Wednesday, September 11, 2013, in the same location.",
        "The deadline for determining the shareholders' right to vote in the general meeting, as stated in section 182 "
        "of the Companies Law, is Monday, August 19, 2013 (the “determining date”).",
        "Should the statutory quorum requirements for the EGM, laid down by the Companies Law, not be met on the "
        "aforementioned date, both meetings are convened on the date of 6 September 2013 (second convening) at the "
        "Grand Hotel, commencing 11:00 am CET.",
        "The cut-off date for inclusion in the shareholder register for the Annual Meeting is 16 August 2013 at the "
        "close of trading on the London Stock Exchange.",
    ],
)
def test_the_day_that_fixes_who_may_vote_is_no_event(sentence: str) -> None:
    assert starts("The Annual Meeting will be held on September 5, 2013 at 9 a.m. Eastern Time. " + sentence) == [
        ("2013-09-05", "2013-09-05T09:00:00-04:00")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "A joint statement of the regulator gives guidance on the conduct of general meetings during the period "
        "from 27 March 2013 to 30 September 2013.",
        "The order allows entities to conduct general meetings via electronic means beyond 30 June 2014.",
        # What a board did: a recommendation today, its meeting's day, its decision's day.
        "The Board of Directors of Acme today recommended that the annual general meeting approve a dividend.",
        "Acme Board of Directors held on 13 August 2013 recommended that shareholders approve a dividend.",
        "On 27 July 2013, the Acme Supervisory Board took the decision to convene this year's Annual General Meeting.",
        # A meeting convened and adjourned: the day it was held.
        "Acme stated that it had convened the Special Meeting on August 23, 2013, as scheduled, to consider the "
        "adoption of the merger proposal and the adjournment proposal.",
    ],
)
def test_meetings_in_general_are_no_event(sentence: str) -> None:
    assert starts(sentence + " The Annual Meeting will be held on September 5, 2013 at 9 a.m. Eastern Time.") == [
        ("2013-09-05", "2013-09-05T09:00:00-04:00")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the meeting's own day and hour after an address abbreviated "Brgy."; the board's meeting held
        # today, the nominations' and proxies' deadlines (one with its hour) are none
        (
            "The Company's Board of Directors, in its regular meeting held today, January 29, 2024, approved the "
            "following:\n1. The close of business hours on Friday, March 8, 2024 as the record date for the "
            "purpose of determining the stockholders entitled to vote at the Company's Annual Stockholders' Meeting "
            "to be conducted at 14/F Acme Building, Ortigas Avenue, Brgy. Ugong, Pasig City and virtually via "
            "https://acme.example/serve on Tuesday, May 28, 2024, 10:00 A.M. (Manila time).\n2. The deadline for "
            "the submission of nominations for directors for election during the said Annual Stockholders' meeting "
            "shall be on Friday, March 8, 2024.\n3. The deadline for the submission of proxies to attend and vote in "
            "the said Annual Stockholders' Meeting shall be on Tuesday, May 7, 2024, at 5:00 P.M. (Manila time), "
            "addressed to the Corporate Secretary.\n",
            [("2024-05-28", "2024-05-28T10:00:00+08:00")],
        ),
        # the seat's "str." ends no sentence; "Meeting starts at 15:00" is the called meeting's hour; the
        # record days ("accounting day") are none
        (
            "Convocation of the Extraordinary General Meeting of Shareholders\n\nThe Extraordinary General Meeting "
            "of Shareholders of Acme Bankas AB (the head office address: Tilžės str. 149, Šiauliai, Lithuania) shall "
            "be convened on 22 February 2023.\n\nThe Meeting is convened to adopt the resolutions necessary to "
            "implement the Master Agreement signed on 22 November 2022 (see. Notice1), and its Additional Agreement "
            "signed on 31 January 2023.\n\nMeeting location - at Head office (3 floor), Tilžės str. 149, Šiauliai."
            "\n\nMeeting starts at 15:00 (registration starts at 14:00) (Lithuanian time)\n\nThe Meeting's "
            "accounting day – 14 February 2023 (shareholders at its end may vote).\n\nThe day of accounting of "
            "rights - 8 March 2023 (shareholders will use the property rights arising from the decisions adopted at "
            "the general meeting of shareholders).\n",
            [("2023-02-22", "2023-02-22T15:00:00+02:00")],
        ),
    ],
)
def test_a_notices_one_meeting_among_its_deadlines_and_record_days(text: str, expected: list[tuple[str, str]]) -> None:
    events = prparse.parse(text).events
    assert [(str(e.date), e.starts_at and e.starts_at.isoformat()) for e in events] == expected


def test_a_run_in_important_notice_over_the_dateline_is_the_calls_not_a_disclaimer() -> None:
    text = (
        "ACME MEDIA CORPORATION\nTHIRD QUARTER EARNINGS RELEASE\n\nIMPORTANT NOTICE: Acme Media Corporation (NYSE: "
        "ACM) CEO,\nJane Rowe, will discuss Acme's earnings release in a conference call which will begin at 10:30 "
        "a.m. (ET) November 9,\n2005. The call can be accessed by dialing (913) 555-4911 or (800) 555-9193.\n\n"
        "Englewood, Colorado - On November 9, 2005, Acme filed its Form 10-Q with the Securities and Exchange "
        "Commission.\n"
    )
    events = prparse.parse(text).events
    assert [(str(e.date), e.starts_at and e.starts_at.isoformat(), [d.number for d in e.dial_ins]) for e in events] == [
        ("2005-11-09", "2005-11-09T10:30:00-05:00", ["+19135554911", "+18005559193"])
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "customers delayed bookings" calls off no event; the wire's logo link is no webcast
        (
            "Acme Optics Schedules Second Quarter Conference Call\nRevenue Grows 6% to $2.67M\nSecond Quarter "
            "Conference Call Scheduled for February 9th at 4:00 PM ET\nORLANDO, Fla., Feb. 2, 2012 /PRNewswire/ -- "
            "Acme Optics, Inc. (NASDAQ: ACMO) announced today its preliminary financial results for the second "
            "quarter.\n(Logo: http://photos.prnewswire.com/prnh/20120202/FL45310LOGO )\nJane Rowe, CEO, stated, "
            '"Several customers delayed bookings at year end."\n',
            ("2012-02-09", "2012-02-09T16:00:00-05:00", None),
        ),
        # a charge "to be recorded" in the headline is no recording of the call
        (
            "Acme Airlines to Hold Live Webcast of\nSecond-Quarter 2016 Financial Results\nSpecial Charges to be "
            "recorded for Second Quarter 2016\nCHICAGO, July 12, 2016 – Acme Airlines will hold an analyst "
            "conference call to discuss second-quarter 2016 financial results on Wednesday, July 20, at 9:30 a.m. "
            "CT/10:30 a.m. ET. A live, listen-only webcast of the conference call will be available at "
            "www.acme.example/ir.\n",
            ("2016-07-20", "2016-07-20T09:30:00-05:00", "www.acme.example/ir"),
        ),
    ],
)
def test_a_calls_time_and_webcast_beside_words_that_only_look_like_a_change(
    text: str, expected: tuple[str, str, str | None]
) -> None:
    events = prparse.parse(text).events
    assert [(str(e.date), e.starts_at and e.starts_at.isoformat(), e.webcast_url) for e in events] == [expected]


@pytest.mark.parametrize("verb", ["has convened", "has called"])
def test_a_meeting_the_issuer_has_convened_for_a_coming_day(verb: str) -> None:
    text = release(
        f"Acme S.A. (Euronext Paris: ACM) {verb} an Extraordinary Shareholder Meeting on Tuesday October 13, 2013 "
        "at 2:00 pm CET, at the Hotel Acme, Sophia Antipolis, France."
    )
    assert [(str(e.date), e.starts_at and e.starts_at.isoformat()) for e in prparse.parse(text).events] == [
        ("2013-10-13", "2013-10-13T14:00:00+02:00")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # The board's meeting that decided the notice, and the days the register is closed.
        "This is to inform you that the Board of Directors of the Company at their Meeting held today i.e 28th May, "
        "2019 has considered the following:\n\n1. The 36th Annual General Meeting of the Company is scheduled to be "
        "held on Tuesday, 13th August, 2019 at Acme House, Kolkata.\n\n2. The Register of Members and Share transfer "
        "Books shall remain closed from Wednesday, 7th August, 2019 to Tuesday, 13th August, 2019 for the purpose "
        "of the Annual General Meeting.\n",
        # A page's title and its date stamp; a sign-off with the comma its signature would follow.
        "Pre-Annual General Meeting Information • Jun 13, 2019\nThe shareholders of Acme ASA are hereby invited to "
        "the Annual General Meeting\nTuesday August 13, 2019 at 09:15\nThe meeting will be held as a digital "
        "meeting.\nTrondheim, June 13, 2019,\n",
        # Circulars "dated" on two days; a filing's "Dated:" line under its signature.
        "Reference is made to the circulars of Acme Holdings Limited dated May 30, 2019 and June 10, 2019 in "
        "respect of the annual general meeting. The adjourned annual general meeting of the Company will be held "
        "on Tuesday, 13 August 2019.\n",
        "Acme Ltd.\nBy: /s/ Jane Rowe\nJane Rowe, Chief Financial Officer |\nDated: June 9, 2019\n\nNotice is "
        "hereby given that the Annual General Meeting of shareholders will be held on Tuesday, August 13, 2019.\n",
        # A page's date stamp on its first line, over the notice's heading.
        "13 June 2019\nBack\nRevised AGM arrangements\n\nOn 2 May 2019, the Company posted Notice of its Annual "
        "General Meeting to be held on Tuesday, 13 August 2019 at the offices of Acme LLP, London.\n",
        # The letter's own date under the notice's heading, over its salutation.
        "Acme Corporation\n|Dated: July 17, 2019\n• Agenda No. 4 Amendment to Severance Pay Regulations for "
        "Executives\n|21\n|*\n|\n"
        "To be presented at the meeting\n2\nNotice of the Extraordinary "
        "General Meeting of Shareholders\nJuly 17, 2019\nTo our Shareholders,\nAcme will hold an Extraordinary "
        "General Meeting of Shareholders (EGM) on August 13, 2019.\nAt the EGM, four agenda items will be presented.\n",
        # The notice's own date on a "Date:" row, read as the dateline.
        "Notice of Annual General Meeting of Acme AB\n\nDate: 9 July 2019\n\nThe shareholders in Acme Aktiebolag "
        "are invited to attend the Annual General Meeting in Stockholm on Tuesday, 13 August 2019.\n",
    ],
)
def test_only_the_meeting_is_an_event(text: str) -> None:
    assert [(e.date, e.starts_at) for e in prparse.parse(text).events] == [(dt.date(2019, 8, 13), None)]


def test_a_notices_own_date_alone_over_its_heading_is_no_meeting() -> None:
    """An exchange filing, then the notice it encloses: the notice's date on a line of its own over
    "NOTICE OF ... MEETING" is the day it was written, not a second meeting."""
    text = (
        "July 17, 2019\n\nTo the Exchange\n\nAcme Ltd announces that on August 13, 2019 at 11:00 AM (Israel time), "
        "an extraordinary general meeting will be convened.\n\nAcme Ltd\n1 Main Road, Tel-Aviv, Israel\n"
        "Special Notice to Shareholders\nJuly 17, 2019\nNOTICE OF EXTRAORDINARY GENERAL MEETING OF SHAREHOLDERS\n"
        "TO BE HELD ON AUGUST 13, 2019\nAcme Ltd. Shareholders:\nWe cordially invite you to attend the meeting.\n"
    )
    assert [e.starts_at.isoformat() if e.starts_at else e.date for e in prparse.parse(text).events] == [
        "2019-08-13T11:00:00+03:00"
    ]


def test_a_filings_table_dates_the_meeting_on_the_row_under_its_label() -> None:
    """A Korean 6-K's decision table: the meeting's kind on one row, "Date and Time of Meeting"
    on the next, the ISO date under it, the hour with no zone under that."""
    text = (
        "Decision on Calling Shareholders' Meeting\n|1. Type of Shareholders' Meeting\n"
        "|Extraordinary General Meeting of Shareholders\n|2. Date and Time of Meeting\n|2022-01-28\n|09 : 00\n"
        "|3. Place of Meeting\n|Art Hall, 4F West Wing, Acme Center, Seoul\n"
    )
    assert [(e.kind, e.date, e.starts_at) for e in prparse.parse(text).events] == [
        ("shareholder_meeting", dt.date(2022, 1, 28), None)
    ]


def test_a_virtual_meetings_labelled_rows_date_and_time_it() -> None:
    text = (
        "Acme Health Systems, Inc. (NYSE: ACH) today announced a change in the location of its annual meeting of "
        "stockholders for 2020 (the \u201cAnnual Meeting\u201d) from in-person to a virtual-only format.\n\n"
        "Virtual meeting date: Tuesday, May 12, 2020\n\nVirtual meeting time: 8:00 a.m. (CDT)\n\n"
        "Virtual meeting link: www.virtualshareholdermeeting.com/ACH2020\n"
    )
    assert [(e.starts_at.isoformat() if e.starts_at else None, e.webcast_url) for e in prparse.parse(text).events] == [
        ("2020-05-12T08:00:00-05:00", "www.virtualshareholdermeeting.com/ACH2020")
    ]


def test_an_adjourned_meetings_previously_announced_day_and_hour_is_no_event() -> None:
    text = (
        "Acme Holdings Ltd. (\u201cAcme\u201d) previously announced that it would hold its Annual General Meeting "
        "of Shareholders on May 26, 2023 at 4 p.m. (Singapore time) at 1 Acme Avenue, Singapore.\n"
        "Acme announces that the meeting has been adjourned for 6 days such that the Annual General Meeting will now "
        "be held at 4 p.m. (Singapore time) on June 1, 2023 at the same venue.\n"
    )
    assert [e.starts_at.isoformat() if e.starts_at else None for e in prparse.parse(text).events] == [
        "2023-06-01T16:00:00+08:00"
    ]


def test_a_meetings_result_dated_under_its_heading_names_no_event() -> None:
    """The date under "Result of General Meeting" is the release's; the chair's thanks for the
    support "received ... at today's General Meeting" speak of a meeting already held."""
    text = (
        "Acme PLC (the\n'Company')\nResult of General Meeting\nMay 23, 2024\nThe Company announces the voting "
        "result of its General Meeting,\nheld earlier today at the offices of Kestrel LLP, London.\nJane Rowe, "
        "Chair, said:\n'We are pleased with the strong support received from shareholders\nat today's General "
        "Meeting to enable Acme to move its primary\nlisting to the Nasdaq Stock Market.'\n"
    )
    parsed = prparse.parse(text)
    assert (parsed.dateline.date if parsed.dateline else None, parsed.events) == (dt.date(2024, 5, 23), ())


def test_an_eqs_pages_dotted_stamp_under_a_meetings_headline_is_no_event() -> None:
    text = (
        "Acme AG: Convocation of the 1st Annual General Meeting\n\nEQS-News: Acme AG / Announcement of the "
        "Convening of the General Meeting\nAcme AG: Convocation of the 1st Annual General Meeting\n"
        "24.05.2024 / 13:17 CET/CEST\nAnnouncement of the Convening of the General Meeting, transmitted by EQS News - "
        "a service of EQS Group AG.\n\nWe hereby invite our shareholders to the 1st Annual General Meeting, which "
        "will take place on Tuesday, June 25, 2024, at 10:00 a.m. CEST at the Company's registered seat, Vienna.\n"
    )
    assert [e.starts_at.isoformat() if e.starts_at else None for e in prparse.parse(text).events] == [
        "2024-06-25T10:00:00+02:00"
    ]


def test_a_results_date_beside_a_product_named_call_accounting_is_no_event() -> None:
    """Results released on a day with no call or webcast: no event ("call accounting" is a product)."""
    text = release(
        "Acme Ltd. (NasdaqGM:ACME), a provider of billing and telecom expense management (call accounting) "
        "solutions, will release financial results for its third quarter 2013 on Tuesday, November 9, 2013, after "
        "market close."
    )
    assert prparse.parse(text).events == ()


def test_the_old_day_of_a_rescheduled_call_named_again_is_no_event() -> None:
    text = release(
        "Acme has rescheduled its conference call to Wednesday, November 13, 2013. Management will host a conference "
        "call and webcast that same day at 4:30 p.m. Eastern time.\n\nPreviously the call was scheduled for Monday, "
        "November 11. Please note that if you pre-registered for the November 11 conference call, you will receive "
        "an updated invitation.\n\nConference Call Details\n\nPre-register at https://dpregister.example/sreg/101.\n"
    )
    events = prparse.parse(text).events
    assert [(str(e.date), e.starts_at and e.starts_at.isoformat(), e.registration_url) for e in events] == [
        ("2013-11-13", "2013-11-13T16:30:00-05:00", "https://dpregister.example/sreg/101")
    ]


@pytest.mark.parametrize(
    ("sentence", "days"),
    [
        ("Acme today discussed several new strategic initiatives with analysts at its first Investor Day.", []),
        ("Acme today hosted its annual meeting of shareholders at its headquarters.", []),
        ('Acme announced the results of its annual meeting of stockholders ("Annual Meeting") held earlier today.', []),
        ("At its annual meeting held earlier today, shareholders elected nine directors.", []),
        # ... but one "to be held today" is still to come.
        ("Acme's annual meeting of shareholders will be held today at its headquarters.", ["2013-07-23"]),
        # ... and one held and adjourned to a later day resumes on that day.
        (
            "Acme today announced results of voting and the partial adjournment of its 2013 Annual Meeting of "
            "Stockholders (the Annual Meeting) to Friday, August 9, 2013.",
            ["2013-08-09"],
        ),
    ],
)
def test_an_event_reported_as_held_today_is_no_event(sentence: str, days: list[str]) -> None:
    assert [str(e.date) for e in prparse.parse(release(sentence)).events] == days


def test_the_board_meeting_held_today_that_calls_the_assembly() -> None:
    """The board's meeting was held today; the general assembly it calls is still to come."""
    assert starts(
        "Acme hereby announces that its Board of Directors at a meeting held today gave its approval for calling the "
        "General Assembly of Shareholders to an Ordinary Meeting on Friday, March 26, 2014 at 10:00 a.m."
    ) == [("2014-03-26", None)]


def test_a_named_conference_one_takes_part_in_on_a_day() -> None:
    assert starts("Acme announced it will participate in the Emerging Growth Conference on August 20, 2013.") == [
        ("2013-08-20", None)
    ]


def test_a_conferences_range_holding_the_day_of_the_presentation() -> None:
    assert starts(
        "Acme is participating in the ICR Growth Investor Conference being held January 11-13, 2014 in Dana Point. "
        "The CFO is scheduled to give a presentation on Wednesday, January 12, 2014."
    ) == [("2014-01-12", None)]


def test_a_conferences_range_of_days_is_no_event_of_its_own() -> None:
    text = release(
        "Acme will update investors this week in a presentation at the Oil & Gas Investment Symposium, set for "
        "Sept. 4-6 in San Francisco. Jane Rowe will review the drilling program in a session on Friday afternoon.\n\n"
        "The 20-minute presentation will be webcast and is scheduled to start at 2:25 p.m., PDT (5:25 p.m., EDT) on "
        "Friday, September 6, 2013.\n\n"
    )
    assert starts_in(text) == [("2013-09-06", "2013-09-06T14:25:00-07:00")]


@pytest.mark.parametrize(
    "days",
    ["30-31 August 2013", "30 and 31 August 2013", "Friday 30th and Saturday 31st August 2013", "August 30-31, 2013"],
)
def test_an_event_over_two_days_is_on_its_first(days: str) -> None:
    text = release(f"Acme will hold its Capital Markets Day on {days} in London.")
    assert starts_in(text) == [("2013-08-30", None)]


def test_a_range_written_day_first_holds_the_timed_presentation() -> None:
    text = release(
        "Acme will present at the Springfield Congress, taking place from 26 to 28 August 2013. The presentation "
        "is scheduled to start at 2:25 p.m. EDT on Tuesday, August 27, 2013."
    )
    assert starts_in(text) == [("2013-08-27", "2013-08-27T14:25:00-04:00")]


def test_the_day_a_document_was_filed_is_no_event() -> None:
    text = (
        "Acme Realty Corporation Announces 2020 Annual Meeting of Stockholders to be held on May 14, 2020\n"
        "Springfield, New Jersey, April 30, 2020 . . . . . . . Acme Realty Corporation (NYSE:ACR) today announced "
        "that its 2020 Annual Meeting of Stockholders will be held by live audio webcast at 4:00 p.m., Eastern "
        "Daylight Time, on May 14, 2020.\nInformation regarding how to attend the virtual Annual Meeting can be found "
        "in the proxy supplement filed by Acme with the Securities and Exchange Commission on April 30, 2020.\n"
    )
    assert starts_in(text) == [("2020-05-14", "2020-05-14T16:00:00-04:00")]


def test_a_details_table_takes_its_kind_from_the_heading_above_it() -> None:
    text = (
        "Exhibit 1\nACME INDUSTRIES LTD.\n____\nNOTICE OF ANNUAL GENERAL MEETING OF SHAREHOLDERS\n____\n"
        "Rosh Ha'ayin, August 1, 2013\n|\nDATE:\n|\nThursday, August 29, 2013\n|\nTIME:\n|\n9:00 a.m., Israel time\n"
        "|\nVENUE:\n|\nAcme Headquarters\n"
    )
    events = events_in(text)
    assert [(e["kind"], e["starts_at"]) for e in events] == [("shareholder_meeting", "2013-08-29T09:00:00+03:00")]


def test_a_details_table_with_its_time_row_over_its_date_row() -> None:
    text = (
        "FORM 6-K\nSIGNATURES\nPursuant to the requirements of the Securities Exchange Act of 1934.\n"
        "Date: September 1, 2013 |\nBy: |\n/s/ Jane Rowe |\nName: |\nJane Rowe |\nTitle: |\nChief Financial "
        "Officer |\nExhibit 99.1\nACME POWER GLOBAL LIMITED\n|\nCOMPANY NO: 127946 C1/GBL\n|\n"
        "NOTICE OF ANNUAL MEETING\n|\n"
        "TIME: |\n03:00 PM (India Standard time) |\nDATE: |\n29 September 2013 |\nPLACE: |\n5th Floor, Acme "
        "Park, Saket Place, New Delhi-110017 |\nThis Notice of Annual Meeting should be read in its entirety.\n"
    )
    parsed = prparse.parse(text)
    assert parsed.dateline is not None and parsed.dateline.city is None  # "PLACE:" is a label
    assert [(e.kind, e.starts_at and e.starts_at.isoformat()) for e in parsed.events] == [
        ("shareholder_meeting", "2013-09-29T15:00:00+05:30")
    ]


@pytest.mark.parametrize("head", ["1. Date / Time", "1. Date and Time", "a) Date/Time"])
def test_a_numbered_date_and_time_head_over_its_value(head: str) -> None:
    """A notice's numbered items: the head alone on its line, the meeting's date and time under it."""
    text = (
        "RESOLUTION TO CALL\n\nTHE ANNUAL GENERAL MEETING OF SHAREHOLDERS\n\nThe board of directors of Acme Telecom "
        "Co., Ltd. has resolved to call the annual general meeting of shareholders, to be held at the following time "
        f"and place:\n\n{head}\n\nMarch 28, 2023 (Tuesday), 10:00 am (Seoul time)\n\n2. Place\n\nAcme Tower, "
        "Jung-gu, Seoul, Korea\n"
    )
    assert [(e.kind, e.starts_at and e.starts_at.isoformat()) for e in prparse.parse(text).events] == [
        ("shareholder_meeting", "2023-03-28T10:00:00+09:00")
    ]


def test_sessions_listed_under_a_plural_heading_each_with_a_date_time_row() -> None:
    text = release(
        "Acme today announced two oral presentations at the Springfield Transplant Congress 2024, being held "
        "June 1-5, 2024.\n\nOral Presentations Details\nPresenter: Jane Rowe, M.D.\nTitle: Extended Survival\n"
        "Abstract: 860\nDate/Time: Tuesday, June 4, 2024, 9:45 a.m. ET\n\nPresenter: Liam Lind, M.D.\n"
        "Title: Costimulation Blockade\nAbstract: 932\nDate/Time: Tuesday, June 4, 2024, 10:15 a.m. ET\n"
    )
    assert [(e.kind, e.starts_at and e.starts_at.isoformat()) for e in prparse.parse(text).events] == [
        ("presentation", "2024-06-04T09:45:00-04:00"),
        ("presentation", "2024-06-04T10:15:00-04:00"),
    ]


def test_a_calendars_row_keeps_its_time_with_its_date() -> None:
    """A Danish financial calendar: the time on a row belongs to that row's date, not to the
    next row's, which starts closer to it; the release's date is above the list's lead-in."""
    parsed = prparse.parse(
        "Correction: Financial calendar 2019\n\nANNOUNCEMENT NO. 23 - 18 DECEMBER 2018\n\nACME A/S has planned the "
        "following dates in 2019 for the annual report and interim reports as well as the annual general meeting:"
        "\n\n5 March 2019               Annual report 2018 (expected to be published before 9:00 hours CET)\n"
        "11 April 2019  Annual general meeting (Acme House, 2300 Copenhagen, Denmark at 15:00 hours CET)\n"
        "7 May 2019 Interim report – first quarter 2019 (expected to be published before 9:00 hours CET)\n"
    )
    assert parsed.dateline is not None and str(parsed.dateline.date) == "2018-12-18"
    assert [(str(e.date), e.starts_at and e.starts_at.isoformat()) for e in parsed.events] == [
        ("2019-04-11", "2019-04-11T15:00:00+02:00")
    ]


FIXED_WIDTH_EXHIBIT = """EXHIBIT
99.1
|Acme
Diner
|LEBANON,
TENNESSEE
|Media Contact:
|Julia K.
Rowe
|
|(615)
555-9266
ACME
DINER, INC. TO
PRESENT AT
TWO
CONFERENCES IN MARCH
LEBANON, Tenn. – February 24,
2010 – Acme
Diner, Inc. (the “Company”) (Nasdaq: ACDN) will be
participating in two conferences in March. On March 3 and 4,
the Chief Financial Officer will be participating in the KeyBanc Consumer Conference.
On March
8, the Company will give a presentation at the Raymond James Institutional
Investors Conference in Orlando at 1:40 p.m.
Eastern Time.
"""


def test_a_fixed_width_exhibit() -> None:
    """A date wrapped inside the dateline; a header contact block that prose ends, not the
    1,500-character limit (the lines are short); the conference each event's own sentence names."""
    parsed = prparse.parse(FIXED_WIDTH_EXHIBIT)
    assert parsed.dateline is not None
    assert (parsed.dateline.city, str(parsed.dateline.date)) == ("LEBANON", "2010-02-24")
    assert [(str(e.date), e.starts_at and e.starts_at.isoformat(), e.title) for e in parsed.events] == [
        ("2010-03-03", None, "KeyBanc Consumer Conference"),  # "participating in the ... Conference"
        ("2010-03-08", "2010-03-08T13:40:00-05:00", "Raymond James Institutional Investors Conference"),
    ]


def test_a_call_only_the_headlines_bullets_give() -> None:
    """An SEC exhibit whose body reports results and whose sub-headline alone gives the call."""
    text = (
        "Exhibit 99\nFOR IMMEDIATE RELEASE\n\nAugust 3, 2006\n\nContacts:\nMedia:\nMark Rowe (804) 555-2042\n\n \n\n"
        "ACME ANNOUNCES SECOND-QUARTER 2006 EARNINGS\n\n·  \nCompany affirms 2006 earnings guidance\n·  \n"
        "Conference call scheduled for 10 a.m. EDT today\n\nRICHMOND, Va. - Acme (NYSE: ACM) announced today "
        "unaudited net income determined in accordance with Generally Accepted Accounting Principles (GAAP) for the "
        "three months ended June 30, 2006 of $161 million (46 cents per share) compared to net income of $332 million "
        "for the same period last year.\n"
    )
    assert starts_in(text) == [("2006-08-03", "2006-08-03T10:00:00-04:00")]


def test_a_financial_calendar_and_the_releases_stamp_are_no_events() -> None:
    text = (
        "Acme's financial information and Annual General Meeting in 2019\n\n"
        "Acme Corporation     Stock Exchange Release     8 October 2018 at 3:00 pm EEST\n\n"
        "Acme's financial information and Annual General Meeting in 2019\n\n"
        "In 2019, Acme Corporation will disclose the following financial releases:\n\n"
        "Financial Statement Release 2018 on Thursday 31 January approximately at 8:00 am\n"
        "Interim Report January – March on Wednesday 24 April approximately at 3.00 pm\n\n"
        "The Annual General Meeting is tentatively scheduled for Tuesday, 19 March 2019.\n\n"
        "All times are Eastern European Time (EET/EEST).\n"
    )
    assert [(str(e.date), e.starts_at) for e in prparse.parse(text).events] == [("2019-03-19", None)]


def test_a_calendar_table_of_dates_over_their_labels_flattened_one_cell_to_a_line() -> None:
    """Only the meeting's row is an event; a label may wrap on to a second line, and a day may
    sit on a line of its own above its month."""
    text = (
        "Financial Calendar 2024*\nDate*\nEvent\n12\nMarch 2024\nPreliminary results for the financial year 2023\n"
        "24\nApril 2024\nResults, Annual Report and Sustainability Report\nfor the year 2023\n14\nMay 2024\n"
        "Record date Annual General Meeting\n24\nMay 2024\nAnnual General Meeting\n27\nMay 2024\nEx-dividend day\n"
        "28\nMay 2024\nRecord date dividend\n29\nMay 2024\nDividend payment day\n28\nAugust 2024\n"
        "Interim report first half-year 2024\nCapital markets day\n26\nNovember 2024\n"
        "Update first three quarters 2024\n"
        "* All dates according to preliminary planning\n"
    )
    parsed = prparse.parse(text)
    assert [(str(e.date), e.starts_at) for e in parsed.events] == [("2024-05-24", None), ("2024-08-28", None)]
    assert parsed.company is None  # the table's title names no issuer


@pytest.mark.parametrize(
    ("text", "release_date", "events"),
    [
        # a letterhead's spaced columns stamp the release, not an event
        (
            "NOTICE TO THE ANNUAL GENERAL MEETING OF ACME SOFTWARE PLC\n\n"
            "ACME SOFTWARE PLC                       STOCK EXCHANGE RELEASE                19 APRIL 2024 AT 10 A.M. "
            "EET\n\nNotice is hereby given to the shareholders of Acme Software Plc that the Annual General Meeting "
            "will be held on Wednesday May 15, 2024, starting at 2:30 p.m. (EEST) at the Company's headquarters in "
            "Helsinki.\n",
            "2024-04-19",
            [("2024-05-15", "2024-05-15T14:30:00+03:00")],
        ),
        # a flattened PDF's page number, date and listing; then a letter's date before its salutation
        (
            "1 27 October 2017 ASX: ACM, FSE: A2O 2017 ANNUAL GENERAL MEETING Acme Mining Limited ( Acme or the "
            "Company ) is pleased to announce its 2017 Annual General Meeting will be held on Tuesday, 28 November "
            "2017 in Perth.\n\n2 NOTICE OF ANNUAL GENERAL MEETING Date of Meeting: Tuesday, 28 November 2017 Time of "
            "Meeting: 3:00pm (AWST) Place of Meeting: Quest West Perth\n\n3 LETTER FROM THE CHAIRMAN 23 October 2017 "
            "Dear fellow Shareholder, The Notice of Meeting for the Annual General Meeting and Proxy Form are enclosed "
            "with this letter.\n",
            "2017-10-27",
            [("2017-11-28", "2017-11-28T15:00:00+08:00")],
        ),
    ],
)
def test_a_notices_stamp_dates_the_release_and_the_meeting_its_own_day(
    text: str, release_date: str, events: list[tuple[str, str]]
) -> None:
    parsed = prparse.parse(text)
    assert parsed.dateline is not None and str(parsed.dateline.date) == release_date
    assert [(str(e.date), e.starts_at and e.starts_at.isoformat()) for e in parsed.events] == events


def test_the_days_an_insider_trading_window_shuts_and_reopens_are_no_events() -> None:
    text = (
        "Acme Ltd has informed BSE that a meeting of the Board of Directors will be held on October 24, 2017.- Trading "
        "window closureThe Company will close the trading window for the earnings release. Accordingly, the trading "
        "window will be closed from September 16, 2017 and will re-open on October 27, 2017.- Investors callThe "
        "Company will hold investor/analyst calls on October 24, 2017 to discuss the financial results.\n"
    )
    assert [str(e.date) for e in prparse.parse(text).events] == ["2017-10-24"]


def test_results_followed_later_that_morning_by_a_call_make_the_calls_day() -> None:
    text = (
        "Acme Gold produces 129,500 oz Au in Q1\n\n2021-04-08 06:11 ET - News Release\n\nAcme Gold Inc. had first "
        "quarter 2021 gold production of 129,500 ounces.\n\nThe company plans to release its first quarter 2021 "
        "financial and operational results early morning on Thursday, May 13, 2021, followed later in the morning "
        "by a conference call hosted by senior management.\n"
    )
    assert [(str(e.date), e.starts_at) for e in prparse.parse(text).events] == [("2021-05-13", None)]


@pytest.mark.parametrize(
    ("zone", "starts_at"),
    [
        ("GMT+2 hours", "2023-11-30T14:00:00+02:00"),
        ("UTC -5", "2023-11-30T14:00:00-05:00"),
        ("UTC-05:00", "2023-11-30T14:00:00-05:00"),
        ("GMT+05:30", None),  # an offset of hours and minutes no fixed zone names: no start, not a wrong one
        ("GMT - 15:00 GMT", "2023-11-30T14:00:00+00:00"),  # a range, not an offset
    ],
)
def test_an_offset_written_after_gmt(zone: str, starts_at: str | None) -> None:
    text = (
        "Acme Reports\n\nATHENS, November 9, 2023 - Acme S.A. announces that its extraordinary general meeting will "
        f"be held on November 30, 2023, at 14:00 ({zone}).\n"
    )
    assert [e.starts_at.isoformat() if e.starts_at else None for e in prparse.parse(text).events] == [starts_at]


@pytest.mark.parametrize(
    ("time", "starts_at"),
    [
        # a formal notice's words for a.m. and p.m.
        ("10:00 o'clock in the morning, Philippine time", "2020-12-11T10:00:00+08:00"),
        ("2:00 in the afternoon, Eastern Time", "2020-12-11T14:00:00-05:00"),
        ("2:00 In The Afternoon, Eastern Time", "2020-12-11T14:00:00-05:00"),
        # "CET+1": a Finnish issuer's own time, Helsinki's
        ("1.00 pm (CET+1)", "2020-12-11T13:00:00+02:00"),
        ("13:00 CET+1", "2020-12-11T13:00:00+02:00"),
        ("1.00 pm (CET)", "2020-12-11T13:00:00+01:00"),
        # Alaska's and Hawaii's zones, at the offset in force that day whatever the words say
        ("10:00 a.m., Alaska Time", "2020-12-11T10:00:00-09:00"),
        ("10:00 a.m. AKST", "2020-12-11T10:00:00-09:00"),
        ("10:00 a.m., Alaska Daylight Time", "2020-12-11T10:00:00-09:00"),
        ("10:00 a.m. HST", "2020-12-11T10:00:00-10:00"),
        ("10:00 a.m., Hawaii Time", "2020-12-11T10:00:00-10:00"),
        # Cyprus's own time, named
        ("10:00 (Cyprus time)", "2020-12-11T10:00:00+02:00"),
        # South Australia's zone, in summer time in December whatever the letters say
        ("9.30am (ACDT)", "2020-12-11T09:30:00+10:30"),
        ("9.30am ACST", "2020-12-11T09:30:00+10:30"),
        ("9.30am, Australian Central Daylight Time", "2020-12-11T09:30:00+10:30"),
        # Israel's summer time by its letters (in winter too: the offset in force that day)
        ("4:20-6:20 PM IDT", "2020-12-11T16:20:00+02:00"),
        # Bermuda's own time, named; "hrs." with its full stop before the zone
        ("5:00 pm (Bermuda time)", "2020-12-11T17:00:00-04:00"),
        ("10:30 hrs. CET", "2020-12-11T10:30:00+01:00"),
    ],
)
def test_a_meetings_hour_in_the_zone_its_words_name(time: str, starts_at: str) -> None:
    text = (
        "December 1, 2020 (BUSINESS WIRE) -- Acme Holdings Corporation (NASDAQ: ACMH) announced that its Annual "
        f"Stockholders' Meeting will be held virtually on December 11, 2020 (Friday) at {time}.\n"
    )
    assert [e.starts_at.isoformat() if e.starts_at else None for e in prparse.parse(text).events] == [starts_at]


@pytest.mark.parametrize("joiner", ["to", "until", "through", "–"])
def test_a_presentations_start_takes_the_zone_its_end_names(joiner: str) -> None:
    text = (
        "BALTIMORE: (November 13, 2006) - Acme Bankshares Corporation (NASDAQ:ACMB) today announced that it would be "
        "presenting to investors. The panel is scheduled for November 14, from 1:45 p.m. " + joiner + " 2:30 p.m. "
        "eastern time.\n"
    )
    assert [e.starts_at.isoformat() if e.starts_at else None for e in prparse.parse(text).events] == [
        "2006-11-14T13:45:00-05:00"
    ]


def test_a_meeting_in_monaco_time() -> None:
    text = (
        "Acme Mining Announces Special Meeting\n\nMONACO, Sept. 14, 2012 /CNW/ - A special meeting of shareholders "
        "has been scheduled for 10:00 a.m. (Monaco time) on Friday, October 12, 2012.\n"
    )
    assert starts_in(text) == [("2012-10-12", "2012-10-12T10:00:00+02:00")]


def test_a_zone_a_fixed_width_copy_wrapped_on_to_the_next_line() -> None:
    text = (
        "CALGARY, April 2, 2009 –\nAcme Energy Inc. (TSX: ACE) today announced that its annual meeting scheduled for "
        "11:00 a.m. (MDT) on\nTuesday, April 28, 2009 has been cancelled.\nThe annual and special meeting of Acme "
        "shareholders will be held at 1:00 p.m.\n(MDT) on Thursday, June 4, 2009 in the Wildrose Ballroom, Calgary.\n"
    )
    assert [(str(e.date), e.starts_at.isoformat() if e.starts_at else None) for e in prparse.parse(text).events] == [
        ("2009-06-04", "2009-06-04T13:00:00-06:00")
    ]


@pytest.mark.parametrize(
    ("text", "days"),
    [
        # A page's stamp under the headline (a weekday, a bare 24-hour clock) is no event; a notice in
        # capitals writes its day "24TH JULY".
        (
            "Notice of virtual Annual General Meeting Print\nTuesday, 30 June 2020 06:25\n\nACME CORPORATION PLC\n\n"
            "NOTICE IS HEREBY GIVEN THAT THE THIRTY-SIXTH ANNUAL GENERAL MEETING OF THE COMPANY WILL BE HELD "
            "VIRTUALLY ON FRIDAY, 24TH JULY 2020 AND COORDINATED FROM ACME HOUSE, BLANTYRE STARTING FROM 14:00 "
            "HOURS.\n",
            ["2020-07-24"],
        ),
        # No release date: the second day's year is the first's; the event counts once, on its first day.
        (
            "Acme: Invitation to Acme's Capital Markets Day\n\nPlease find attached the invitation to Acme's Capital "
            "Markets Day on November\n30 and December 1, 2017, in London.\n",
            ["2017-11-30"],
        ),
        # "we today announce" dates the release, as "today announced" does.
        (
            "News Release\nIssued on behalf of ACME PLC\n8 April 2020\nUpdate on 2020 Annual General Meeting (“AGM”)\n"
            "On 5 March 2020, ACME PLC posted notice of its 2020 Annual General Meeting (“AGM”) to be held at "
            "10.00am on "
            "Thursday 23 April 2020.\nAs a result of the prohibition of public gatherings of more than two people, we "
            "today announce changes to the format of the AGM.\nThe original planned venue for the AGM is now closed.\n",
            ["2020-04-23"],
        ),
        # A date fixed "as the record date" after it.
        (
            "Exhibit 99.1\nACME MARITIME CORPORATION\nANNOUNCES\nDATE OF SPECIAL MEETING\nPIRAEUS, Greece, April 20, "
            "2010 — Acme Maritime Corporation (NYSE: AMC) announced today that the special meeting of "
            "stockholders will "
            "take place on Tuesday, May 25, 2010 at 10:00 a.m.,\nEastern Standard Time, at the offices of its "
            "counsel.\n"
            "In addition, the board of directors of Acme have fixed April 30, 2010 as the record\ndate for determining "
            "stockholders entitled to receive notice of, and, to vote at, this special\nmeeting.\n",
            ["2010-05-25"],
        ),
        # ... or "as the deadline" for proposals.
        (
            "Acme Announces Date of 2019 Annual Meeting of Shareholders\nMINOT, N.D., March 8, 2019 – Acme "
            "(NYSE: ACMR) announced today that it will hold its 2019 Annual Meeting of Shareholders on Thursday, "
            "June 13, 2019.\n"
            "Acme has decided to retain April 9, 2019 as the deadline for the receipt of shareholder proposals "
            "for inclusion in its proxy materials for the 2019 Annual Meeting.\n",
            ["2019-06-13"],
        ),
        # An exchange's waiver: the days between which the meeting may be held, no meeting's day.
        (
            "Result of Application for Extension of Time\n\nThe Board of Acme Ltd. wishes to announce that the SGX-ST "
            "had, on 20 July 2020, granted the following waivers:\n\nb) Approximately 4.5 months extension of time "
            "from 30 April 2020 till 17 September 2020 to hold the Company's FY2019 Annual General Meeting.\n",
            [],
        ),
        # A figure "At March 31, 2012," in the words about the company.
        (
            "Acme Announces Date of Annual Meeting\nHUNT VALLEY, Md.--(BUSINESS WIRE)-- Acme Healthcare "
            "(NYSE: ACH) will hold its Annual Meeting of Shareholders on Thursday, June 7, 2012.\n\nThe Company "
            "is a real estate "
            "investment trust. At March 31, 2012, the Company owned or held mortgages on 428 facilities.\n",
            ["2012-06-07"],
        ),
    ],
)
def test_the_days_of_a_notices_events(text: str, days: list[str]) -> None:
    assert [str(e.date) for e in prparse.parse(text).events] == days


def test_a_calendar_of_rows_under_year_headings() -> None:
    """Each row opens with its day; the year heading above a row gives its year where the weekday
    agrees; a deadline in brackets under a row is no event."""
    text = (
        "Acme a/s – financial calendar\nStruer, 2016-05-31 14:31 CEST (GLOBE NEWSWIRE) -- Company Announcement no. "
        "15.18\nPlease be informed of the following dates for Acme's planned announcements, including the Annual "
        "General Meetings in 2016 and 2017.\n2016\nThursday 11 August Annual report 2015/16\nWednesday 14 September "
        "Annual General Meeting\n(Deadline for subjects and proposals to the agenda is 3 August)\nTuesday 4 October "
        "Interim report (1st quarter 2016/17)\n2017\nFriday 13 January Interim report (2nd quarter 2016/17)\n"
        "Wednesday 13 September Annual General Meeting\n(Deadline for subjects and proposals to the agenda is 2 "
        "August)\n"
    )
    assert [(str(e.date), e.kind) for e in prparse.parse(text).events] == [
        ("2016-09-14", "shareholder_meeting"),
        ("2017-09-13", "shareholder_meeting"),
    ]


@pytest.mark.parametrize(
    ("calendar", "expected"),
    [
        # Each label over its date.
        (
            "Deadline for submission of shareholder proposals to the Annual General Meeting\nFebruary 20, 2020\n"
            "Annual Report 2019\nMarch 12, 2020\nAnnual General Meeting\nApril 2, 2020\n"
            "Interim Report First Quarter 2020\nMay 14, 2020\n",
            [("2020-04-02", None)],
        ),
        # Each date over its label, one of them with a second label.
        (
            "The updated financial calendar is as follows:\n|29 June 2020\n|Annual general meeting for 2019/20\n"
            "|18 August 2020\n|Interim report – Q1 2020/21\nCapital markets day\n|04 November 2020\n"
            "|Interim report – Q2 2020/21\n",
            [("2020-06-29", None), ("2020-08-18", None)],
        ),
        # A timetable's rows run on as one sentence: a deadline's clock time is no event, and does
        # not hide the meeting's row under it.
        (
            "Shareholder Timetable\n\nDate Event\n30 June 2020 Financial year end\n"
            "20 September 2020 Notice of Annual General Meeting and Proxy Form mailed to shareholders\n"
            "23 October 2020 Proxy returns close 10:30am Brisbane time\n25 October 2020 Annual General Meeting\n"
            "31 December 2020 Half year end\n",
            [("2020-10-25", None)],
        ),
        # Each date opening its row, blank lines between: a deadline's row and a notice's row name
        # the meeting, but only its own row is it.
        (
            "The financial calendar for 2020 is as follows:\n\n\n\n05 February 2020 Annual report 2019\n\n\n\n"
            "19 February 2020 Deadline for the company's shareholders to request that a matter be included in the "
            "agenda for the Annual General Meeting\n\n\n\n28 February 2020 Convening for the Annual General Meeting"
            "\n\n\n\n02 April 2020 Annual General Meeting in Aarhus, Denmark\n\n\n\n"
            "06 May 2020 Interim financial report for the first quarter 2020\n",
            [("2020-04-02", None)],
        ),
        # The rows run on to one line: a report's date is no event for the meeting named rows before.
        (
            "8 February Deadline for receipt of resolutions for the Annual General Meeting 27 February 2020 Annual "
            "Report 2 April Annual General Meeting 15 May Interim Report, Q1 15 August Interim Report, Q2\n",
            [("2020-04-02", None)],
        ),
        # A title over the line that publishes: its meeting's words lead no date of that line.
        (
            "Acme's financial reporting and Annual General Meeting in 2020\nAcme will publish its Financial "
            "Statement Release 2019 on Wednesday, 5 February 2020.\nThe Annual General Meeting is planned to be "
            "held on Thursday, 2 April 2020 in Aarhus.\n",
            [("2020-04-02", None)],
        ),
    ],
)
def test_a_calendar_of_labels_and_dates_on_lines_of_their_own(calendar: str, expected: list[tuple[str, None]]) -> None:
    text = (
        "Financial calendar for Acme Pharma in 2020\nCopenhagen, December 10, 2019 — Acme Pharma A/S (Nasdaq: ACPH), "
        "a biotechnology company, today announced its financial calendar for 2020.\n" + calendar
    )
    assert [(str(e.date), e.starts_at) for e in prparse.parse(text).events] == expected


def test_an_investor_day_only_the_headlines_bullets_give() -> None:
    text = (
        "Acme Mine Development Exceeds 1,840 Metres in August\n\n"
        "Acme Mines to issue a feasibility study on September 8, 2020; host Investor Day on September 10, 2020\n\n"
        "Kolwezi, Democratic Republic of Congo--(Newsfile Corp. - September 1, 2020) - Acme Mines (TSX: ACM) "
        "announced today that underground development totalled 1,842 metres in August.\n"
    )
    assert [(e.kind, str(e.date)) for e in prparse.parse(text).events] == [("investor_day", "2020-09-10")]


def test_a_cancelled_presentation_under_a_page_stamp_is_no_event() -> None:
    text = (
        "Acme Genetics Announces Cancellation of Presentation and Webcast at the Springfield Healthcare Conference\n"
        "Mar 2, 2020 8:00AM EST\n\n    BOTHELL, Wash.--(BUSINESS WIRE)--\nAcme Genetics, Inc. (Nasdaq:ACMG) announced "
        "today the cancellation of the Company's presentation and webcast at the conference on Tuesday, previously "
        "scheduled to take place on March 3, 2020 at 9:20 a.m. Eastern Time.\n"
    )
    assert prparse.parse(text).events == ()


def test_a_page_stamp_under_the_headline_is_no_event() -> None:
    """The conference table was lost; only the headline and the page's stamp remain."""
    text = (
        "Acme Announces Upcoming Investor Conference Presentations\nMar 3, 2020 4:05PM EST\n\n"
        "TARRYTOWN, N.Y., March 3, 2020 /PRNewswire/ -- Acme Pharmaceuticals, Inc. (NASDAQ: ACMP) will webcast "
        "management participation as follows:The sessions may be accessed from the website.\n"
    )
    assert prparse.parse(text).events == ()


def test_a_news_page_byline_under_the_headline_is_no_second_call() -> None:
    """The byline's stamp names the issuer after it; the call's own time is in the headline."""
    text = (
        "Acme Staffing, Inc. Reports First Quarter Results\n\nManagement to Hold Conference Call Today at 9:00AM MDT "
        "(11:00AM EDT)\n\n\n\nApr 26, 2001, 01:00 ET from Acme Staffing, Inc.\n\n    SALT LAKE CITY, April 26 "
        "/PRNewswire/ -- Acme Staffing, Inc.\n (Nasdaq:   ACMS) today reported operating results for the 13-week "
        "period ended\n April 1, 2001.\n"
    )
    assert [(str(e.date), e.starts_at.isoformat() if e.starts_at else None) for e in prparse.parse(text).events] == [
        ("2001-04-26", "2001-04-26T09:00:00-06:00")
    ]


def test_a_postponed_call_in_the_headline_is_no_event() -> None:
    text = (
        "Acme Postpones Conference Call Scheduled for Today at 4:30 p.m. ET\n\nSPRINGFIELD, Ill., March 26, 2020 "
        "/PRNewswire/ -- Acme Robotics, Inc. (NASDAQ: ACMR) will release its results at a later date.\n"
    )
    assert starts_in(text) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the call the sentence's own verb puts off, however far the verb stands before its day
        (
            "Acme Freight, Inc. (Nasdaq: ACFR) announced it will delay the release of its second quarter earnings "
            "that was previously scheduled for after 4:00 p.m. Eastern time on Wednesday, July 22, 2020, as well as "
            "the live conference call to discuss its second quarter earnings release scheduled for Thursday, July "
            "23, at 11:00 a.m. Eastern time.",
            [],
        ),
        # the day it is put off to
        (
            "Acme Freight, Inc. has postponed its conference call, which is now scheduled for Tuesday, August 4, "
            "2020 at 10:00 a.m. ET.",
            [("2020-08-04", "2020-08-04T10:00:00-04:00")],
        ),
        (
            "Acme Freight, Inc. will delay its conference call scheduled for Thursday, July 23, 2020 at 11:00 a.m. "
            "ET to Tuesday, August 4, 2020 at 10:00 a.m. ET.",
            [("2020-08-04", "2020-08-04T10:00:00-04:00")],
        ),
    ],
)
def test_a_call_put_off(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert starts_in("CHATTANOOGA, Tenn., July 22, 2020 (GLOBE NEWSWIRE) -- " + sentence + "\n") == expected


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        # the hour results are reported at, where the next sentence offers the call live with no
        # hour of its own: the call's
        (
            "Acme, Inc. (Nasdaq: ACME) will report financial results for its third fiscal quarter ended September "
            "24, 2005, on Wednesday, October 19, 2005, at 1:30 p.m. PDT. The public is invited to listen to a live "
            "webcast of Acme's conference call on the Investors' section of the Company's website.",
            [("earnings_call", "2005-10-19T13:30:00-07:00")],
        ),
        # (but not when the call has an hour of its own)
        (
            "Acme, Inc. will release third quarter 2005 results on Wednesday, October 19, 2005 at 4:10 p.m. Eastern "
            "time, followed by a conference call at 5:00 p.m. Eastern time. The call is open to all investors "
            "through a live audio broadcast via the Internet.",
            [("earnings_call", "2005-10-19T17:00:00-04:00")],
        ),
        # (nor a results release whose next sentence offers nothing live)
        (
            "Acme, Inc. will report financial results on Wednesday, October 19, 2005, at 1:30 p.m. PDT. The "
            "results will be posted on the Investors' section of the Company's website.",
            [],
        ),
    ],
)
def test_results_reported_at_an_hour_on_a_live_call(sentences: str, expected: list[tuple[str, str]]) -> None:
    events = prparse.parse("Livermore, CA - October 7, 2005 - " + sentences + "\n").events
    assert [(e.kind, e.starts_at.isoformat() if e.starts_at else None) for e in events] == expected


def test_a_copy_that_wrapped_every_few_words() -> None:
    """The dateline's date opens the line under its place; the call's day opens the line under "on"
    (a line of its own, no calendar's row)."""
    text = (
        "ACME\nMEDICAL SCHEDULES FULL-YEAR EARNINGS\nRELEASE\nON TUESDAY, DECEMBER 9, 2008\nSHENZHEN,\nPRC —\n"
        "December 1, 2008 — Acme Medical Group Inc. (OTC Bulletin Board: ACMD) today announced that it will "
        "release its results on Tuesday, December\n9,\n2008 (Eastern).\nFollowing\nthe earnings announcement, "
        "Acme senior management will host a\nconference call at 5am (Pacific)/ 8am (Eastern)/ 9pm (Shenzhen/ "
        "Hong Kong)\non\nWednesday, December 10, 2008 to discuss its full-year results and recent\nbusiness "
        "developments.\n"
    )
    parsed = prparse.parse(text)
    assert parsed.dateline is not None and str(parsed.dateline.date) == "2008-12-01"
    assert [e.starts_at.isoformat() if e.starts_at else None for e in parsed.events] == ["2008-12-10T05:00:00-08:00"]


def test_the_meeting_platform_opening_is_no_second_meeting() -> None:
    text = (
        "Exhibit 99.1\nAcme Announces Virtual 2020 Annual Meeting of Shareholders\nFor release: April 24, 2020\n"
        "SPRINGFIELD, Tenn. – Acme Corporation (NYSE American: ACM) announced today that it will host its 2020 annual "
        "shareholder meeting in a virtual format.\nThe meeting will be held on Thursday, May 7, 2020, at 4:00 pm CDT.\n"
        "Additional details on participating in the annual shareholder meeting include the following:\n|\n●\n|\n"
        "Access the meeting platform beginning at 3:55 pm CDT on May 7, 2020;\n|\n●\n|\n"
        "To submit a question during the meeting, visit the meeting site.\n"
    )
    assert starts_in(text) == [("2020-05-07", "2020-05-07T16:00:00-05:00")]


def test_results_going_out_to_the_news_services_are_no_event() -> None:
    text = (
        "Exhibit 99.1\nACME TOWER CORPORATION PLANS RELEASE AND CONFERENCE CALL ON THIRD QUARTER RESULTS\n"
        "Boston, Massachusetts – October 23, 2006 – Acme Tower Corporation (NYSE: ATC) today announced that the press "
        "announcement on third quarter results is scheduled to be released to the news services at 6:00 a.m. EST on "
        "November 8, 2006. The Company has scheduled a conference call to discuss third quarter results at 8:30 a.m. "
        "EST on November 8, 2006. Conference call details are set forth below.\n"
    )
    assert starts_in(text) == [("2006-11-08", "2006-11-08T08:30:00-05:00")]


def test_the_release_day_of_results_with_a_call_to_follow_on_its_own_day() -> None:
    text = (
        "SPRINGFIELD, Mo., Oct. 1, 2009 (GLOBE NEWSWIRE) -- Acme Automotive, Inc. (Nasdaq:ACAU) announces the "
        "release date for its third quarter 2009 earnings as Wednesday, October 28, 2009, with a conference call to "
        "follow Thursday, October 29, 2009.\nInvestors are invited to listen to the Company's conference call on "
        "Thursday, October 29, 2009, at 10:00 a.m. central time.\n"
    )
    assert starts_in(text) == [("2009-10-29", "2009-10-29T10:00:00-05:00")]


def test_a_details_block_takes_its_kind_from_the_line_that_opens_it() -> None:
    text = release(
        "Extraordinary General Meeting\n\nThe EGM will be held as a hybrid meeting:\n\n"
        "  • Date: Friday 24 June 2022\n  • Time: 1 pm (AEST)\n  • Venue: Level 4, 380 Collins Street, Melbourne\n"
    )
    assert [(e.kind, e.starts_at and e.starts_at.isoformat()) for e in prparse.parse(text).events] == [
        ("shareholder_meeting", "2022-06-24T13:00:00+10:00")
    ]


def test_start_span_points_at_the_time() -> None:
    snippet = "Acme will host a conference call at 8:00 a.m. ET on Friday, August 2, 2013."
    text = release(snippet)
    event = prparse.parse(text).events[0]
    start, end = event.spans["starts_at"]
    assert text[start:end] == "8:00 a.m. ET"
    assert start == body_offset() + snippet.index("8:00")


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # A named conference at a time is an event, with no verb to say so.
        (
            "Details on the program will be provided at the Morgan Stanley Technology, Media & Telecom Conference at "
            "9:30 a.m., PT on September 4.",
            [("2013-09-04", "2013-09-04T09:30:00-07:00")],
        ),
        # "as originally planned" keeps the day; "originally set for" moves away from it.
        (
            "Acme will host its Annual Meeting in a virtual only format, at the same date and time as originally "
            "planned, being September 4, 2013 at 10:00 am Pacific Time.",
            [("2013-09-04", "2013-09-04T10:00:00-07:00")],
        ),
        # The day a call was "previously scheduled for" is no event.
        (
            "Acme today announced that it will delay its fourth quarter conference call, previously scheduled for "
            "August 1, 2013. The company will hold a conference call on Tuesday, August 6, 2013, at 8:30 a.m. ET.",
            [("2013-08-06", "2013-08-06T08:30:00-04:00")],
        ),
        # A conference's days written as ordinals hold the presentation.
        (
            "Acme will be presenting at the 2013 Virtual Summer Summit being held on September 9th-12th. The CEO is "
            "scheduled to present on Wednesday, September 11th at 10:20 a.m. Eastern Time.",
            [("2013-09-11", "2013-09-11T10:20:00-04:00")],
        ),
        # "local time in <a place>" names that place's zone.
        (
            "The Annual General Meeting will be held on November 30, 2013 at 17:00 local time in Israel, at the "
            "Company's offices.",
            [("2013-11-30", "2013-11-30T17:00:00+02:00")],
        ),
        # A voting site's closing time is a deadline, not a meeting.
        (
            "The EGM will be held on Friday 24 June 2022 at 1 pm (AEST). Vote before the EGM via the registry's "
            "website (closes at 10:00 am Melbourne time 22 June 2022).",
            [("2022-06-24", "2022-06-24T13:00:00+10:00")],
        ),
        # Contests and postponed meetings are not calendar events.
        ("The championship round of the robot contest will be held at 4:00 p.m. PDT on Thursday, August 1.", []),
        ("The special meeting, originally scheduled to be held on August 1, 2013, has been postponed.", []),
        (
            "The previous announcement that the Annual General Meeting would be held in Berlin on 27 August 2013 "
            "has therefore been rendered void.",
            [],
        ),
        (
            "The results presentation will start at 10:00 hrs CET on 5 February 2014.",
            [("2014-02-05", "2014-02-05T10:00:00+01:00")],
        ),
        # A 24-hour range: the zone after its end is its start's.
        (
            "Acme invites investors and analysts to a conference call on 13 August 2013 from 14:00 to 15:00 p.m. CET.",
            [("2013-08-13", "2013-08-13T14:00:00+02:00")],
        ),
        # "US ET", and the local time restated in brackets.
        (
            "Conference call on August 2, 2013.\n\n| **Time:** | 11:00 AM US ET (11:00 AM Local Time) |",
            [("2013-08-02", "2013-08-02T11:00:00-04:00")],
        ),
        # A city or country written after the time names its zone.
        (
            "Conference call on August 2, 2013. Time: 3:00PM Taiwan (2:00AM New York)",
            [("2013-08-02", "2013-08-02T15:00:00+08:00")],
        ),
        # A PDF's transcription with no full stops: the documents sent are far from the meeting's time.
        (
            "Acme advises that the following documents will be sent to shareholders today: Notice of Annual General "
            "Meeting Proxy Form Questions from Shareholders Form The 2013 Annual Report is available at The Annual "
            "General Meeting will be held on Thursday 22 August 2013 at 10.00am (AEST) at the Acme Centre",
            [("2013-08-22", "2013-08-22T10:00:00+10:00")],
        ),
        # A media advisory's schedule: the wire's release hour is no event.
        (
            "WHEN: Marketwire distributed press release - 7:30 A.M. EDT, August 2nd, 2013\n"
            "Press conference - 10:30 A.M. EDT, August 2nd, 2013\n",
            [("2013-08-02", "2013-08-02T10:30:00-04:00")],
        ),
        # A general assembly (Turkey, the Gulf), its day written "20 th".
        (
            "Extraordinary General Assembly of our Company shall be held on August 20 th, 2013 Tuesday, at 11:00 at "
            "the Meeting Hall of the Headquarters of the Company.",
            [("2013-08-20", None)],
        ),
        # A convocation notice's own date, over its signatory, is no meeting.
        (
            "To Shareholders: (Securities code: 9999) August 2, 2013 Yasuhisa Rowe Representative Director, "
            "President ACME Group Holdings Co., Ltd. NOTICE OF CONVOCATION OF THE 100th ANNUAL MEETING OF "
            "SHAREHOLDERS You are cordially invited to attend the Annual Meeting of Shareholders on August 28, 2013.",
            [("2013-08-28", None)],
        ),
        # A member letter: dividends credited on a day, a call that day.
        (
            "The Board declared quarterly dividends, which will be credited to your Demand Deposit Account (DDA) "
            "tomorrow, July 24, in time for the Annual Meeting of members. The conference call will be held on "
            "August 1, 2013 at 9 a.m. ET.",
            [("2013-08-01", "2013-08-01T09:00:00-04:00")],
        ),
        # An agenda item: the minutes of a past meeting, and a law's date.
        (
            "Agenda of the Annual General Meeting on August 28, 2013: 1. Announcements 2. Approval Minutes of the "
            "Extraordinary General Meeting of Shareholders of 4 August 2013 (Voting Item), under the Act on "
            "Measures of 27 August 2013.",
            [("2013-08-28", None)],
        ),
        # What began at a time is past.
        (
            "Acme's Chief Operating Officer will be available at the airport this afternoon to brief media after the "
            "call centre agents began strike action today at 12:01 ET.\n\nTime:    4:00 p.m. ET\nDate:    Tuesday "
            "July 23, 2013\n",
            [("2013-07-23", "2013-07-23T16:00:00-04:00")],
        ),
        # What the company held, hosted or conducted is past.
        (
            "On 2 August 2013 at 9:30 (EET) AB Acme held a conference webinar for its shareholders and investors.",
            [],
        ),
        # A financial calendar's rows: the meeting is an event; results published, a record date and
        # a dividend's payment are not.
        (
            "Financial Calendar\n\nDate Event\n5 August 2013 Results for the second quarter of 2013\n"
            "7 August 2013 Record date AGM\n17 August 2013 Annual general meeting in Vienna\n"
            "26 August 2013 Dividend payment\n4 November 2013 Results for the first three quarters of 2013\n",
            [("2013-08-17", None)],
        ),
        # A Dutch notice's registration date says who may vote; it is no meeting.
        (
            "This is the convening notice for an extraordinary general meeting of shareholders of Acme N.V. to be held "
            "on August 30, 2013 at 15.00 p.m. (CET) in Amsterdam (the EGM).\nThe registration date for the EGM is "
            "August 2, 2013 (the Registration Date).",
            [("2013-08-30", "2013-08-30T15:00:00+02:00")],
        ),
        # A timetable's record date row, its hour in brackets.
        (
            "Acme will hold its rights issue general meeting on 30 August 2013.\n|\nRecord Date\n|\n"
            "2 August 2013 (7pm AEST)\n|\n",
            [("2013-08-30", None)],
        ),
        # A day counted back from the meeting is a record date.
        (
            "Acme AS calls the annual general meeting to be held on 19 August 2013 at 15:00 (Estonian time). The "
            "list of shareholders entitled to vote shall be determined as at seven days before the general meeting "
            "is held, i.e. on 12 August 2013 at the end of the business day.",
            [("2013-08-19", "2013-08-19T15:00:00+03:00")],
        ),
        (
            "The AGM will be held on Friday, 16 August 2013 at 11.00am (Melbourne time). You must lodge your proxy "
            "form no later than 48 hours before the AGM (i.e am (Melbourne time) Wednesday 14 August 2013).",
            [("2013-08-16", "2013-08-16T11:00:00+10:00")],
        ),
        # Indian AGM notices: a payout's first day, a record date in quotes, the end of business.
        (
            "The 78th Annual General Meeting will be held on Tuesday, August 20, 2013 at 3:00 p.m. (IST). The "
            "Company has fixed Saturday, August 10, 2013 as the “Record Date” for the dividend to be declared at "
            "the Annual General Meeting. The dividend, if declared at the Annual General Meeting, shall be "
            "distributed amongst the Shareholders, on or from August 26, 2013 onwards. The dividend, if declared at "
            "the Annual General Meeting, is paid to the members as at the end of business on Friday, 9 August 2013.",
            [("2013-08-20", "2013-08-20T15:00:00+05:30")],
        ),
        (
            "Further details on the 2013 Annual General Meeting will be included in the invitation, which is planned "
            "to be published in the Federal Gazette on August 16, 2013.",
            [],
        ),
        # The invitation to a meeting, and a proxy statement to be mailed, are documents.
        (
            "The EGM is expected to be held at 2pm CET on September 27, 2013. Shareholders vote as described in the "
            "invitation to the EGM, which will be published on or about August 12, 2013. Details of the shareholder "
            "meeting will be in the proxy statement which Acme expects to mail during the week of August 19th.",
            [("2013-09-27", "2013-09-27T14:00:00+02:00")],
        ),
        # The date set "as the date of the annual meeting", in a sentence that opens with what was announced.
        (
            "Acme Trust, Inc. also announced today that its Board of Directors has set Thursday, August 22, 2013 as "
            "the date of the annual meeting of stockholders and July 23, 2013 as the record date for determining "
            "the stockholders entitled to vote at the annual meeting of stockholders.",
            [("2013-08-22", None)],
        ),
        # An Italian meeting's fallback date, and a period's end written with "at".
        (
            "The Annual General Meeting will be held on first calling on Thursday 15 August 2013 "
            "(Friday 16 August in second call, if any).",
            [("2013-08-15", None)],
        ),
        (
            "Presentations to the financial community of the results for the full year at 31 December 2013 "
            "and the Half-Year Report at 30 June 2014 will be held on the dates of the board meetings.",
            [],
        ),
        (
            "Acme will host a conference call to discuss the results at 5 p.m. Pacific Time on August 2, 2013.",
            [("2013-08-02", "2013-08-02T17:00:00-07:00")],
        ),
        # A calendar of dates over their labels: a report's period, and the day a meeting is called, are no events.
        (
            "The financial calendar for 2013 thus looks as follows.\n|August 2, 2013\n|Annual Report 2012\n"
            "|August 2, 2013\n|Expected date for convening the annual general meeting.\n|August 23, 2013\n"
            "|Holding of the annual general meeting.\n|September 30, 2013\n"
            "|Interim report for the period January 1 to June 30, 2013.\n",
            [("2013-08-23", None)],
        ),
        # A calendar's head says its labels come first; a results row's publication time is no event.
        (
            "Acme AG's capital market calendar:\n|Event\n|Date\n|Record date for Annual General Meeting\n"
            "|Friday, 2 August 2013\n|Annual General Meeting\n|Monday, 12 August 2013\n"
            "|Results and interim report\nquarter 1-2/2013\n|Thursday, 29 August 2013, 8:00 a.m. CET\n",
            [("2013-08-12", None)],
        ),
        (
            "Financial calendar:\nAnnual General Meeting: 12 August 2013, 10:00 CET\n"
            "Half-year report: 29 August 2013, 08:00 CET\n",
            [("2013-08-12", "2013-08-12T10:00:00+02:00")],
        ),  # a row's own label before its date: the report's hour is no event
        ("Half-year results conference call: 29 August 2013, 10:00 CET", [("2013-08-29", "2013-08-29T10:00:00+02:00")]),
        # A media advisory: the data's publication hour is no event; the news conference's cells are.
        (
            "The release will be published in the Acme Daily at 8:30 a.m. eastern time on August 2, 2013.\n\n"
            "Acme officials will hold a news conference to present the findings.\n\nDate\n\nAugust 2, 2013\n\n"
            "Time\n\n9:30 AM to 10:30 AM (EDT)\n\nLocation\n\nAcme Centre, Ottawa\n",
            [("2013-08-02", "2013-08-02T09:30:00-04:00")],
        ),
        # A calendar of dates over their descriptions, run on as one sentence: the meeting "same date" as
        # the row above it, and each row's own event.
        (
            "Please find the updated financial calendar for 2013 below:\n|Date\n|Description\n|August 2, 2013\n"
            "|Deadline for shareholder proposals – Annual General Meeting\n|August 12, 2013\n"
            "|Annual Report 2012 – investor meeting same date at 15:00 CET\n|August 23, 2013\n"
            "|Annual General Meeting\n|September 9, 2013\n|Interim Report – for the three-month period ended "
            "June 30, 2013\n",
            [("2013-08-12", "2013-08-12T15:00:00+02:00"), ("2013-08-23", None)],
        ),
        # "local time" and the one place of a known zone the sentence names.
        (
            "The Board has called an annual meeting of Limited Partners to be held at the Partnership's headquarters "
            "in Greece on August 21, 2013 at 11:30am local time.",
            [("2013-08-21", "2013-08-21T11:30:00+03:00")],
        ),
        (
            "The special meeting will be adjourned to August 12, 2013 at 9:00 a.m. local time, at 600 Brickell "
            "Avenue, Miami, Florida 33131.",
            [("2013-08-12", "2013-08-12T09:00:00-04:00")],
        ),
        (
            "The AGM is scheduled to take place at 15:00 (local time) on 18 August 2013 at the Company's registered "
            "office, 412F, route d'Esch, L-1471 Luxembourg.",
            [("2013-08-18", "2013-08-18T15:00:00+02:00")],
        ),  # a 24-hour time with "local time" for its zone
        (
            "The 30th Annual General Meeting will be held on August 12, 2013 at 11:00 a.m. local time at the "
            "registered office in Mumbai.",
            [("2013-08-12", "2013-08-12T11:00:00+05:30")],
        ),
        (
            "The meetings will be held on August 12, 2013 at 9:00 a.m. local time, at our offices in Toronto and "
            "London.",
            [("2013-08-12", None)],
        ),  # two places of two zones: no start
        # Africa's zones by their short names.
        (
            "The Extraordinary General Meeting will hold on Tuesday, August 13, 2013 at 11:00 am (WAT) in Lagos.",
            [("2013-08-13", "2013-08-13T11:00:00+01:00")],
        ),
        (
            "Acme will host a conference call on Tuesday, August 13, 2013 at 10:00 am EAT.",
            [("2013-08-13", "2013-08-13T10:00:00+03:00")],
        ),
        # A zone spelled out in full.
        (
            "The Annual Meeting will be held at 03:00 p.m. (India Standard Time) on August 2, 2013.",
            [("2013-08-02", "2013-08-02T15:00:00+05:30")],
        ),
        (
            "Date and Time: Friday, August 2, 2013 at 10:00 a.m. (Japan Standard Time) Annual Meeting of Shareholders",
            [("2013-08-02", "2013-08-02T10:00:00+09:00")],
        ),
        (
            "The Annual General Meeting will be held on 2 August 2013 at 11:00 Estonian time in Tallinn.",
            [("2013-08-02", "2013-08-02T11:00:00+03:00")],
        ),
        # One instant in two zones, on two calendar days, is one event: the first written.
        (
            "Management will host a conference call at 9:00 a.m. (Hong Kong time) on Friday, August 2, 2013 "
            "(or 9:00 p.m. (U.S. Eastern time) on Thursday, August 1, 2013).",
            [("2013-08-02", "2013-08-02T09:00:00+08:00")],
        ),
        (
            "The earnings call will take place at 9:00 p.m. Eastern Time on Thursday, August 1, 2013 "
            "(Beijing/Hong Kong Time: 9:00 a.m., Friday, August 2, 2013).",
            [("2013-08-01", "2013-08-01T21:00:00-04:00")],
        ),
        (
            "The Special Meeting is scheduled to be held on August 2, 2013, at 9:00 a.m. Beijing Time (August 1, "
            "2013 at 9:00 p.m. Eastern Daylight Time), at the principal office of the Company.",
            [("2013-08-02", "2013-08-02T09:00:00+08:00")],
        ),
        (
            "You are cordially invited to attend the 2013 Annual Meeting of Stockholders, which will be held on "
            "Thursday, August 15, 2013 at 14:00 local time at the Grand Hotel, 12 Avenue des Acmes, Monte Carlo, "
            "98000 Monaco.",
            [("2013-08-15", "2013-08-15T14:00:00+02:00")],
        ),
        # An Australian notice's record time for voting, labelled or in a sentence, is no event.
        (
            "The Annual General Meeting will be held on 7 August 2013 at 10.30 am (Melbourne time).\n\nImportant "
            "Dates\nVoting Entitlement date: 7:00 pm, Melbourne time on 5 August 2013\n",
            [("2013-08-07", "2013-08-07T10:30:00+10:00")],
        ),
        (
            "Notice is hereby given that the Annual General Meeting of Acme Limited will be held on Wednesday, 7 "
            "August 2013 at 10.30 am (Melbourne time).\n\nIf you are unable to attend the Meeting, you are requested "
            "to complete the Proxy Form enclosed with this Notice. The entitlement for Shareholders to vote at the "
            "Meeting will be determined by reference to those persons on the register of Shareholders as at 7.00 pm "
            "Melbourne time on 5 August 2013.",
            [("2013-08-07", "2013-08-07T10:30:00+10:00")],
        ),
        # A financial calendar's rows: the board's meetings are no events, the calls are.
        (
            "Acme announces the dates for its 2020 financial calendar:\n\nFourth quarter and full year 2019 results\n"
            "Meeting of the Board of Directors February 27, 2020\nPress releases and strategy presentation February "
            "28, 2020\nFirst quarter 2020 results Meeting of the Board of Directors April 23, 2020\nPress release and "
            "conference call April 24, 2020\n",
            [("2020-02-28", None), ("2020-04-24", None)],
        ),
        # The day a deadline is extended to is no meeting.
        (
            "Acme Capital Acquisition Corporation announced today that its special meeting of stockholders has been "
            "adjourned to 10 a.m., Eastern Time, on November 4, 2022. At the Meeting, stockholders will be asked to "
            "vote on a proposal to approve an extension of the date by which Acme must consummate an initial "
            "business combination from November 7, 2022 to May 7, 2023.",
            [("2022-11-04", "2022-11-04T10:00:00-04:00")],
        ),
        # The board's meeting held today decided the general meeting's day: that day is an event.
        (
            "The Board of Directors of the Company at its meeting held today have decided to hold the Annual "
            "General Meeting (AGM) of the Company on Wednesday, 24th July, 2019 at 11:00 a.m. at The Acme "
            "Auditorium, 36A, Shakespeare Sarani, 4th Floor.",
            [("2019-07-24", None)],
        ),
        # A symposium the company hosts, with no hour: its day.
        (
            "Acme ASA (OSE: ACME), a clinical stage biotechnology company, is hosting a Key Opinion Leader (KOL) "
            "symposium in New York City on Thursday 11 October 2018, featuring two renowned immunotherapy experts.",
            [("2018-10-11", None)],
        ),
        # The week a meeting's details come out is no second meeting.
        (
            "The meeting will be held virtually on April 1, 2021 at 9:30 a.m. EDT via live webcast online and via "
            "live audio-only access by telephone. Details for the webcast and phone line will be made available the "
            "week of March 29, 2021 and will be found here: www.acme.example/annual-meeting/2021.",
            [("2021-04-01", "2021-04-01T09:30:00-04:00")],
        ),
        # A proxy cut-off named, then its time and day: no meeting.
        (
            "Notice is hereby given that the Annual General Meeting of Acme Limited will be held on Wednesday, 16 "
            "November 2022 at 9.30am (ACDT). Shareholders are encouraged to submit their proxies as early as "
            "possible, and in any event, prior to the cut-off date for proxy voting, being 9.30am (ACDT) on Monday, "
            "14 November 2022.",
            [("2022-11-16", "2022-11-16T09:30:00+10:30")],
        ),
        # The day something was announced, not the event it announced.
        (
            "Acme Limited will hold its results presentation by webcast and teleconference at 10.00am (AEST) on "
            "Monday 17 May 2021. As advised in the Company's announcement to ASX on Tuesday 11 May 2021, you can "
            "register to view and listen to the live commentary of the presentation.",
            [("2021-05-17", "2021-05-17T10:00:00+10:00")],
        ),
        # A notice's timetable flattened to one line: its deadline and record rows are no events.
        (
            "The Annual General Meeting will be held at 10:00am, Australian Eastern Standard Time on Thursday, 17 "
            "May 2018. IMPORTANT DATES Close for receipt of written questions to Auditor 10:00am Monday, 14 May "
            "2018 Close for receipt of Proxy Forms 10:00am Tuesday, 15 May 2018 Determination of Entitlement to "
            "Vote 7:00pm Tuesday, 15 May 2018 Annual General Meeting 10:00am Thursday, 17 May 2018 Note: All "
            "references to time in this document are to that time in Melbourne, Victoria.",
            [("2018-05-17", "2018-05-17T10:00:00+10:00")],
        ),
        # A city's own time, named ("Vienna time", "Shenyang time"); the hour's name in brackets.
        (
            "The extraordinary General Meeting of Acme AG will be held on Friday, August 23, 2013 at 12.00 (noon) "
            "Vienna time at the company's premises.",
            [("2013-08-23", "2013-08-23T12:00:00+02:00")],
        ),
        (
            "Acme plans to hold its 2013 Annual Meeting of Stockholders at 9:00 a.m., St. Louis time, on Thursday, "
            "August 15, 2013, at a location to be disclosed in the proxy materials.",
            [("2013-08-15", "2013-08-15T09:00:00-05:00")],
        ),
        (
            "The annual general meeting will be held at 10:00 a.m. Shenyang time on August 12, 2013 at the "
            "Company's offices.",
            [("2013-08-12", "2013-08-12T10:00:00+08:00")],
        ),
        # A date in brackets after the list's last zone is that zone's day; the call is today.
        (
            "Conference Call: Acme will hold its second quarter conference call today at 2:00 p.m. PDT, 5:00 p.m. "
            "EDT, and 5:00 a.m. (July 24, 2013) Hong Kong time.",
            [("2013-07-23", "2013-07-23T14:00:00-07:00")],
        ),
        # ... but a bracketed date with no time of its own is the time's day.
        (
            "Acme will release results on August 1, 2013 and host a conference call at 8:00 a.m. EDT (Friday, "
            "August 2, 2013).",
            [("2013-08-02", "2013-08-02T08:00:00-04:00")],
        ),
        # The slot a call moved from, and a voting deadline, are not events.
        (
            "Its earnings call, originally set for 8:30 a.m. Eastern time on Wednesday, August 7, 2013, will be "
            "rescheduled to 8:30 a.m. Eastern time on Friday, August 9, 2013.",
            [("2013-08-09", "2013-08-09T08:30:00-04:00")],
        ),
        (
            "The extraordinary general meeting will be held on Monday 12 August 2013 at 10.00 CEST in Stockholm. "
            'Shareholders must be registered by Friday 2 August 2013 (the "Record Date") and no later than '
            "Wednesday 7 August 2013 at 23.59 CEST cast their votes.",
            [("2013-08-12", "2013-08-12T10:00:00+02:00")],
        ),
        # A board or audit committee meeting approves results; nobody outside attends it.
        (
            "A meeting of the audit committee of the board of directors will be held on Friday, August 9, 2013 "
            "for the purpose of approving the Company's unaudited results.",
            [],
        ),
        ("The Board meeting will be held on Friday, August 9, 2013 to consider the interim dividend.", []),
        # "On that morning": the day the sentence before named (a 24-hour time with no zone gives no start).
        (
            "Acme announces that its interim results will be announced on Friday 16 August 2013.\n\n"
            "A presentation will be given to analysts on that morning at 09.30 at the offices of its adviser.",
            [("2013-08-16", None)],
        ),
        # An AGM notice's procedure: record dates, advance voting, registration, documents.
        (
            "The first instalment will be paid to shareholders who on the record date of the first dividend "
            "instalment August 7, 2013 are registered.",
            [],
        ),
        (
            "Shareholders may vote in advance on agenda items 7-18 of the Annual General Meeting during the period "
            "between August 6, 2013 at 10.00 am EET and August 27, 2013 at 4.00 pm EET.",
            [],
        ),
        ("The registration period for the AGM commences on 13 August 2013 at 12:00 noon Finnish time.", []),
        # A deadline's hour written "12.00 noon" is that deadline's, not the meeting's day's.
        (
            "The Annual General Meeting of Acme AB will take place on Wednesday, August 14, 2013 at 3.00 PM CET at "
            "the Concert Hall in Malmo.\nNotice of intention to participate in the Meeting must be given either by "
            "telephone +46 40 55 00 00, or in writing to Acme AB, Legal, 205 08 Malmo no later than Thursday, August "
            "8, 2013 at 12.00 noon CET.",
            [("2013-08-14", "2013-08-14T15:00:00+02:00")],
        ),
        # Registration opening is no start, but only in its own clause.
        (
            "Registration for the webcast opens at 9:45 a.m. ET and the webcast begins at 10:00 a.m. ET on "
            "August 5, 2013.",
            [("2013-08-05", "2013-08-05T10:00:00-04:00")],
        ),
        (
            "The conference call will take place on August 5, 2013 at 10:00 a.m. ET; dial-in registration opens "
            "one hour before.",
            [("2013-08-05", "2013-08-05T10:00:00-04:00")],
        ),
        (
            "The Annual General Meeting will be held on Friday, August 9, 2013 at 3.00 p.m. CET in Stockholm. "
            "Registration to the Annual General Meeting starts at 1.30 p.m.",
            [("2013-08-09", "2013-08-09T15:00:00+02:00")],
        ),
        ("The registration form will be available on the Company's website on 13 August 2013 at the latest.", []),
        (
            "Registration by telephone: calling +358 10 555 0909 on weekdays between 9:00 a.m. and 4:00 p.m. "
            "Finnish time.",
            [],
        ),
        ("The authorization would be valid, however expiring at the latest on June 30, 2014.", []),
        # Publishing a report is no event, though a heading above invites to a webinar.
        (
            "Invitation to a webinar about Acme's year-end report\n\nOn Thursday, August 8th at 08.30 CET, Acme "
            "publishes its year-end report. At 09.00 CET, a webinar about the report will be hosted on Zoom.",
            [("2013-08-08", "2013-08-08T09:00:00+02:00")],
        ),
        # A pre-recorded audio cast is the event, not a replay; the results release before it is none.
        (
            "On August 8th, 2013, at 8 AM CEST, Acme publishes its half-year report. The report will be presented "
            "in a pre-recorded audio cast at 10 AM CEST the same day.",
            [("2013-08-08", "2013-08-08T10:00:00+02:00")],
        ),
        # The day before the release, without a year, is yesterday, not next year.
        (
            "Presentations from the Small Cap Virtual Investor Conference, held July 22nd, are now available for "
            "online viewing.\n\n**July 22nd**\n\nAcme presentation",
            [],
        ),
        # A report published "by way of a webcast" is presented live.
        (
            "Acme ASA will publish its half-year report on Thursday 8 August 2013 at 08:00 CET, by way of a webcast.",
            [("2013-08-08", "2013-08-08T08:00:00+02:00")],
        ),
        # ... in a copy that lost its spaces.
        (
            "Acme ASAwillpublish its half-year report on Thursday 8th August at 08:00 CET, by way of awebcast.",
            [("2013-08-08", "2013-08-08T08:00:00+02:00")],
        ),
        (
            "Acme Robotics will hold a companypresentationtoday at 14:30 CET.",
            [("2013-07-23", "2013-07-23T14:30:00+02:00")],
        ),
        # "misrepresentation" holds no glued cue.
        ("Acme will publish its response to the misrepresentation claims on August 8, 2013 at 08:00 CET.", []),
        # "presented at a telephone conference": a call by another name.
        (
            "This report will also be presented at a telephone conference at 10:00 CET on August 7, 2013.",
            [("2013-08-07", "2013-08-07T10:00:00+02:00")],
        ),
        # A meeting whose votes are reported has been held.
        (
            "All matters submitted to shareholders for approval were approved at the annual general and special "
            "meeting of the shareholders held on July 23, 2013.",
            [],
        ),
        ("Today, the extraordinary general meeting was held as a virtual meeting.", []),
        (
            "At the Annual General Meeting to be held on August 29, 2013, shareholders will vote on the proposals "
            "that were approved by the Board.",
            [("2013-08-29", None)],
        ),
        (
            "We will have presentations on August 5, 2013 at 10:00 a.m. ET.",
            [("2013-08-05", "2013-08-05T10:00:00-04:00")],
        ),
        # What has happened on a date is not an event on it.
        (
            "The Board has on 23 July 2013 received a demand to be dealt with by the Annual General Meeting "
            "scheduled to be held on 2 October 2013.",
            [("2013-10-02", None)],
        ),
        # The zone written after the date the time is on; the bracketed restatement is the same call.
        (
            "Acme's management will hold an earnings conference call at 8:15 PM on August 27, 2013, U.S. Eastern "
            "Time (9:15 AM on August 28, 2013, Beijing/Hong Kong Time).",
            [("2013-08-27", "2013-08-27T20:15:00-04:00")],
        ),
        (
            "Acme will hold an extraordinary general meeting of shareholders at 11:00 a.m. on August 29, 2013 "
            "(Beijing time) at its head office.",
            [("2013-08-29", "2013-08-29T11:00:00+08:00")],
        ),
        (
            "The Company hereby announces that during the meeting of its Board of Directors held on Wednesday, 7th "
            "August 2013, the Directors approved the Company's financial statements.",
            [],
        ),
        # The results of a meeting held today: it has happened.
        (
            "Acme Communities Corp. reports the director election voting results from its annual general meeting "
            "held today. All of the director nominees were elected.",
            [],
        ),
        # Results "will be announced" on a date: no event, though the next heading glued on says "Call".
        (
            "Acme invites investors to an earnings webcast on 14 August 2013, 09.00 CET. The results will be "
            "announced on 13 August 2013 after the close of trading.Earnings Call:\n\nThe CEO will comment.",
            [("2013-08-14", "2013-08-14T09:00:00+02:00")],
        ),
        # Slides made available are no event; the call the next day is.
        (
            "Earnings release and slide presentation available: Sunday, August 17, at approximately 7:00 p.m. "
            "Eastern Time\nConference call: Monday, August 18, at 10:00 a.m. Eastern Time\n",
            [("2013-08-18", "2013-08-18T10:00:00-04:00")],
        ),
        # Zones by a city the spec's table leaves out, and dotted: their own rules.
        (
            "The AGM will be held at 10.00am (Melbourne time) on Friday, 15 November 2013.",
            [("2013-11-15", "2013-11-15T10:00:00+11:00")],
        ),
        (
            "Presentation on Tuesday, September 17th, 2013, at 11:00 a.m. E.T. at the Acme Virtual Conference.",
            [("2013-09-17", "2013-09-17T11:00:00-04:00")],
        ),
        # A financial calendar: the item follows its date; reports and deadlines are no events.
        (
            "Release of financial calendar for 2014\n\n07 February Deadline for receipt of resolutions for the "
            "Annual General Meeting\n21 February Annual Report\n20 March Annual General Meeting\n"
            "08 May Interim Report, Q1 2014\n16 August Interim Report, Q2 2014\n",
            [("2014-03-20", None)],
        ),
        # ... or on the line under it; the release's own "Place, date" line is no event either.
        (
            "Company announcement no. 02 2013/14\nAllerød, 24 July 2013\nFinancial calendar 2013/14\n"
            "|29 August 2013\n|Annual general meeting for 2012/13\n|18 September 2013\n|Interim report – Q1 "
            "2013/14\nCapital markets day\n|07 January 2014\n|Trading update for Q3 2013/14\n|10 February 2014\n"
            "|Interim report – Q3 2013/14\n",
            [("2013-08-29", None), ("2013-09-18", None)],
        ),
        # A calendar of key dates: only the meeting is an event, not the payout dates around it.
        (
            "The results webcast will be archived. The 2013 calendar is as follows: ∙ Ex-dividend date for final "
            "dividend 5 September 2013 ∙ Record date for final dividend 6 September 2013 ∙ 2013 Annual General "
            "Meeting 24 September 2013 ∙ Final dividend payment date 25 September 2013",
            [("2013-09-24", None)],
        ),
        # A postponement that names the new day: the event is there (only one with no new day is none).
        (
            "The Board has decided to postpone the Extraordinary General Meeting initially scheduled for August "
            "5, 2013 until September 8, 2013 at 3:00 pm CEST.",
            [("2013-09-08", "2013-09-08T15:00:00+02:00")],
        ),
        (
            "The General Meeting that was planned for August 23, 2013, will therefore also be postponed, to "
            "October 24, 2013.",
            [("2013-10-24", None)],
        ),
        ("The Annual General Meeting planned for August 23, 2013 has been postponed.", []),
        # An event page's start and end rows: one event, at its start.
        (
            "Annual General Meeting\n\nLocation: Digital (Microsoft Teams)\n\nStart date: 29 August, 2013 10:00 "
            "(CEST)\n\nEnd date: 29 August, 2013 11:30 (CEST)\n\nType of event: Annual General Meeting\n",
            [("2013-08-29", "2013-08-29T10:00:00+02:00")],
        ),
        # Arrive at the first time, begin at the second; a conference for analysts is an event.
        (
            "Friday 16 August 2013 at 09:15 am GMT for 09:30 start: breakfast conference for analysts in London.",
            [("2013-08-16", "2013-08-16T09:30:00+01:00")],
        ),
        (
            "The analyst presentation will be held on 16 August 2013 at 9.00am for 9.30am start at our offices in "
            "London.",
            [("2013-08-16", "2013-08-16T09:30:00+01:00")],
        ),
        # A call the release reports as over.
        ("The Acme Corporate Conference Call took place on 14-Aug-13 10:00am ET.", []),
    ],
)
def test_more_events_and_non_events(snippet: str, expected: list[tuple[str, str | None]]) -> None:
    assert starts(snippet) == expected


@pytest.mark.parametrize(
    ("venue", "restated", "start"),
    [
        ("Barcelona, Spain", ", 2:35 a.m. E.T.", "2005-11-09T08:35:00+01:00"),
        ("Las Vegas, Nevada", ", 11:35 a.m. E.T.", "2005-11-09T08:35:00-08:00"),
        ("Scottsdale, Arizona", "", "2005-11-09T08:35:00-07:00"),
    ],
)
def test_local_time_at_a_conference_is_the_venues_not_the_datelines(venue: str, restated: str, start: str) -> None:
    """The dateline's place is the issuer's home; "local time" is the place the sentence says the
    conference meets in (and the same moment restated in ET is the same presentation)."""
    text = (
        "EVANSTON, Ill., Nov. 2, 2005 /PRNewswire-FirstCall/ -- Acme Laboratories Inc. announced today that its "
        f"Chief Executive Officer will be presenting at the Beta Global Health Care Conference in {venue}, on "
        f"Wednesday, November 9, 2005, at 8:35 a.m. local time{restated}.\n"
    )
    assert starts_in(text) == [("2005-11-09", start)]


def test_one_on_one_meetings_at_a_conference_are_not_an_event() -> None:
    body = (
        "Acme will participate in the following investor conferences:\n"
        "* Jefferies Industrials Conference, August 14, 2013. CEO Jane Rowe will present at 10:30 a.m. ET.\n"
        "* KBW Summer Symposium, September 18, 2013. Management will host one-on-one meetings with investors.\n"
    )
    assert starts(body) == [("2013-08-14", "2013-08-14T10:30:00-04:00")]


OLD_WIRE = (
    "Acme Robotics to Present at {headline_year} Robotics Convention\n\n"
    "SPRINGFIELD, Ill., {day} /PRNewswire-FirstCall/ -- "
)


@pytest.mark.parametrize(
    ("day", "headline_year", "body", "expected"),
    [
        # Old wire copy wrote no year: the one year the release names fixes it.
        ("May 3", "2010", "Acme will present at the convention on May 4, 2010.", dt.date(2010, 5, 3)),
        ("Aug. 13", "2002", "The Acme Cup opens September 18-20, 2002 in Chicago.", dt.date(2002, 8, 13)),
        # (a year of the company's history is no year of the release)
        ("May 3", "2010", "Acme Robotics, founded in 1992, makes robots since 1995.", dt.date(2010, 5, 3)),
        # Beyond doubt only: two years named, a dated mention earlier that year, or a December
        # release (which names next year's plans) leave the date empty.
        ("May 3", "2010", "Acme will present its 2009 results at the convention.", None),
        ("May 3", "2010", "Registration closed on April 2, 2010.", None),
        ("Dec. 15", "2011", "Acme will present at the convention in 2011.", None),
        # A date written in full a few weeks ahead fixes the year, whatever else is named: a
        # release announces what is coming (past dates, like a quarter's end, fix nothing).
        ("May 3", "2010", "Acme will present its 2009 results on May 4, 2010.", dt.date(2010, 5, 3)),
        (
            "Nov. 3",
            "2005",
            "The call for the quarter ended September 30, 2005 is on Nov. 4, 2005.",
            dt.date(2005, 11, 3),
        ),
        ("Dec. 24", "2010", "Acme will host a call on January 6, 2010 at 1:00 p.m. EST.", dt.date(2009, 12, 24)),
        # A mention dated earlier that year does not stand against the dates the release plans.
        (
            "Oct. 27",
            "2009",
            "As announced on October 14, 2009, Acme will hold a call on Tuesday, November 3, 2009.",
            dt.date(2009, 10, 27),
        ),
        # A release foretelling the quarter it falls in: that quarter's year (an earlier date that
        # year, the last quarter's call, notwithstanding).
        (
            "Sept. 9",
            "2002",
            "Acme expects third-quarter 2002 results to be in line with the guidance given on its call on July 22, "
            "2002.",
            dt.date(2002, 9, 9),
        ),
        # Dates ahead that disagree on the year leave it empty.
        ("Dec. 20", "2011", "Calls on January 5, 2011 and on December 28, 2011.", None),
        # ... as does a day that falls as well after every date written, in the latest one's year
        (
            "Jan. 26",
            "2010",
            "Dividends of $0.11 per share were paid on February 20, 2009 and of $0.08 per share on January 20, 2010.",
            None,
        ),
    ],
)
def test_a_year_less_dateline_takes_the_year_the_text_fixes(
    day: str, headline_year: str, body: str, expected: dt.date | None
) -> None:
    text = OLD_WIRE.format(day=day, headline_year=headline_year) + "Acme Robotics, Inc. (Nasdaq: ACMR) said. " + body
    dateline = prparse.parse(text).dateline
    assert dateline is not None and dateline.date == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # "today" dates the announcement; the written date is the thing's, and a coding
        # challenge or hackathon is a contest, not an investor event.
        "Acme today opened registration for the upcoming Acme Coding Challenge, held during the "
        "Robotics Conference in Chicago from September 18-20, 2013.",
        "Acme today opened registration for its hackathon at the Robotics Conference on September 18, 2013.",
    ],
)
def test_a_contest_announced_today_is_no_event(sentence: str) -> None:
    assert prparse.parse(release(sentence)).events == ()


def test_today_defers_to_the_date_its_sentence_writes() -> None:
    events = prparse.parse(
        release("Acme today announced that it will present at the Robotics Conference on August 14, 2013.")
    ).events
    assert [e.date for e in events] == [dt.date(2013, 8, 14)]


# Plain announcements that the day's deny rules (deadlines, procedure, boards, "by", "has on",
# "press release", registration) must leave alone.
COMMON_ANNOUNCEMENTS = [
    (
        "The call will be hosted by management on August 1, 2013 at 5:00 p.m. ET.",
        ("2013-08-01", "2013-08-01T17:00:00-04:00"),
    ),
    (
        "Acme will issue a press release and host a conference call on August 1, 2013 at 4:30 p.m. ET.",
        ("2013-08-01", "2013-08-01T16:30:00-04:00"),
    ),
    (
        "The annual meeting of shareholders will be held at 10:00 a.m. CT on August 15, 2013 in Chicago.",
        ("2013-08-15", "2013-08-15T10:00:00-05:00"),
    ),
    (
        "Acme's Investor Day will take place on August 20, 2013, from 9:00 a.m. to 12:00 p.m. ET.",
        ("2013-08-20", "2013-08-20T09:00:00-04:00"),
    ),
    (
        "Participants may register by phone; the conference call begins at 10:00 a.m. ET on August 8, 2013.",
        ("2013-08-08", "2013-08-08T10:00:00-04:00"),
    ),
    ("Acme has scheduled its call for August 9, 2013 at 8:00 a.m. ET.", ("2013-08-09", "2013-08-09T08:00:00-04:00")),
    (
        "The board of directors will host an investor call on August 9, 2013 at 8:00 a.m. ET.",
        ("2013-08-09", "2013-08-09T08:00:00-04:00"),
    ),
    (
        "The company will hold its earnings call on August 12, 2013 at 9:00 a.m. EDT; registration opens at 8:45 a.m.",
        ("2013-08-12", "2013-08-12T09:00:00-04:00"),
    ),
    (
        "Shareholders of record as of July 1, 2013 are invited to the annual meeting on August 22, 2013 "
        "at 2:00 p.m. ET.",
        ("2013-08-22", "2013-08-22T14:00:00-04:00"),
    ),
]


@pytest.mark.parametrize(("snippet", "event"), COMMON_ANNOUNCEMENTS)
def test_common_announcements_keep_their_event(snippet: str, event: tuple[str, str]) -> None:
    assert starts(snippet) == [event]


def test_conferences_as_blocks_of_name_place_date_and_time_lines() -> None:
    """A markdown copy: the dateline in bold, then each conference as a block of short lines."""
    text = (
        "**MUNICH, August 17, 2023**  – [Acme](https://acme.example/) (NASDAQ: ACME), a maker of lasers, today "
        "announced that management will participate in the following investor conferences:\n\n"
        "**Jefferies Industrials Conference**\n\nNew York, New York\n\nSeptember 6, 2023\n\n"
        "8:30 a.m. EDT / 2:30 p.m. CET\n\nPresenters: Jane Rowe, CEO\n\n"
        "[Webcast](https://wsw.example/webcast/jeff286/acme/1866935)\n\n"
        "**Gabelli 29th Annual Aerospace & Defense Symposium**\n\nNew York, New York\n\nSeptember 7, 2023\n\n"
        "2:15 p.m. EDT / 8:15 p.m. CET\n\nPresenters: Jane Rowe, CEO\n\n"
        "[Registration](https://gabelli.example/webinar/register/WN_v84)\n"
    )
    parsed = prparse.parse(text)
    assert parsed.dateline is not None
    assert (parsed.dateline.city, parsed.dateline.date) == ("MUNICH", dt.date(2023, 8, 17))
    assert [(e.starts_at and e.starts_at.isoformat(), e.webcast_url) for e in parsed.events] == [
        ("2023-09-06T08:30:00-04:00", "https://wsw.example/webcast/jeff286/acme/1866935"),
        ("2023-09-07T14:15:00-04:00", "https://gabelli.example/webinar/register/WN_v84"),
    ]


def test_an_annual_public_meeting_under_its_advisory_heading() -> None:
    text = (
        "Media Advisory: Acme Post Annual Public Meeting\n\nOTTAWA, ONTARIO--(Marketwire - June 8, 2007) -\n\n"
        "Date: Tuesday, June 12, 2007\n\nLocation: Salon A, Delta Hotel, St. John's\n\n"
        "Time: 1:00 p.m. - 3:00 p.m. (NDT)\n\nMembers of the public have been invited to attend.\n"
    )
    assert starts_in(text) == [("2007-06-12", "2007-06-12T13:00:00-02:30")]


def test_a_portals_press_release_stamp_is_no_event() -> None:
    text = (
        "Acme Therapeutics to Present at Two Upcoming Investor Conferences\n\nOn August 8, 2018 Acme Therapeutics "
        "Inc. (NASDAQ:ACMT) reported that management will present at two upcoming investor conferences (Press "
        "release, Acme Therapeutics, AUG 8, 2018, View Source [SID1234528768]):\n\n"
        "2018 Wedbush PacGrow Healthcare Conference on Wednesday, August 15, 2018 at 10:20 a.m. ET in New York, NY\n"
        "Both presentations will be webcast live on the investor relations webpage "
        "(investors.acmetherapeutics.com/events).\n"
    )
    parsed = prparse.parse(text)
    assert [(e.date, e.webcast_url) for e in parsed.events] == [
        (dt.date(2018, 8, 15), "investors.acmetherapeutics.com/events")
    ]


def test_a_calls_details_lines_under_the_paragraph_that_announces_it() -> None:
    text = (
        "FLORHAM PARK, N.J., Oct. 31, 2022 (GLOBE NEWSWIRE) — Acme Biotechnology Corporation (Nasdaq: ACMB) today "
        "announced that the Company will release financial results for the third quarter of 2022 on Monday, "
        "November 14, 2022, before the market opens. Following the release, management will host a conference "
        "call to review the financial results.\n\nMonday, November 14, 2022, 8:00 AM EST  \nDomestic: 877-555-3088\n"
        "Conference ID: 13733006  \n\nAfter the live webcast, the event will be archived on Acme's website for six "
        "months.\n"
    )
    [event] = prparse.parse(text).events
    assert (event.starts_at and event.starts_at.isoformat(), event.passcode) == (
        "2022-11-14T08:00:00-05:00",
        "13733006",
    )
    assert event.replay is not None and event.replay.available_until == dt.date(2023, 5, 14)


def test_a_meeting_adjourned_for_want_of_a_quorum_and_the_day_it_resumes() -> None:
    text = (
        "LONDON and PHOENIX, Oct. 10, 2022 (GLOBE NEWSWIRE) -- Acme Sciences, Inc. (OTCQB:ACMS) announced today "
        'that its 2022 annual meeting of stockholders (the "Annual Meeting") on October 10, 2022 at 9:00 a.m. '
        "Eastern Time was convened and adjourned, without any business being conducted, due to lack of a quorum.\n\n"
        "The Annual Meeting therefore had no quorum and was adjourned to 9:00 a.m. Eastern Time on October 14, 2022 "
        "to allow additional time for the Company's stockholders to vote.\n"
    )
    assert starts_in(text) == [("2022-10-14", "2022-10-14T09:00:00-04:00")]


@pytest.mark.parametrize("verb", ["provided an update on its filings", "advises that its meeting is virtual"])
def test_a_release_that_today_provided_an_update_names_no_event_today(verb: str) -> None:
    text = (
        "Acme One Provides Update and Schedules Fourth Quarter Earnings Call for June 16, 2020\n"
        f"TORONTO and LAS VEGAS, May 29, 2020 /PRNewswire/ - Acme One Holdings Inc. (CSE: ACMO) today {verb}.\n\n"
        "The Company will host a conference call on June 16, 2020 at 8:30 a.m. ET.\n"
    )
    assert starts_in(text) == [("2020-06-16", "2020-06-16T08:30:00-04:00")]


def test_a_date_row_under_a_calls_details_heading_is_the_calls_day() -> None:
    text = (
        "Acme SE to report first quarter 2020 results on 14 May 2020\n\nOn May 6, 2020 Acme SE (Frankfurt Stock "
        "Exchange: ACM) reported that it will report its results on Thursday, 14 May 2020.\n\n"
        "Conference call details\n\nDate: Thursday, 14 May 2020\n\nAccess Code: 57615818#\n\n"
        "A replay of the conference call will be available for seven days after the conference.\n"
    )
    [event] = prparse.parse(text).events
    assert (event.date, event.passcode) == (dt.date(2020, 5, 14), "57615818")


@pytest.mark.parametrize(
    ("dateline", "sentence", "starts_at"),
    [
        # "local time" with no place beside it: the issuer's home, which the dateline names.
        (
            "Warsaw, Indiana, March 25, 2020 -- ",
            "The virtual meeting will be held on April 14, 2020 at 4:30 p.m. (local time).",
            "2020-04-14T16:30:00-04:00",
        ),
        (
            "NEW YORK, Dec. 30, 2019 /PRNewswire/ -- ",
            "The Annual Meeting is rescheduled to be held on January 21, 2020 at 10:00 a.m. local time at the same "
            "location.",
            "2020-01-21T10:00:00-05:00",
        ),
        (
            "SPRINGFIELD, Ill., March 25, 2020 -- ",
            "The annual meeting will be held on April 14, 2020 at 9:00 a.m. local time.",
            "2020-04-14T09:00:00-05:00",
        ),
        # A place beside the time still wins; two places of two zones give no start.
        (
            "SPRINGFIELD, Ill., March 25, 2020 -- ",
            "The annual meeting will be held on April 14, 2020 at 9:00 a.m. local time in London.",
            "2020-04-14T09:00:00+01:00",
        ),
        (
            "SPRINGFIELD, Ill., March 25, 2020 -- ",
            "The meetings will be held on April 14, 2020 at 9:00 a.m. local time, at our offices in Toronto and "
            "London.",
            None,
        ),
    ],
)
def test_local_time_at_the_issuers_home(dateline: str, sentence: str, starts_at: str | None) -> None:
    (event,) = prparse.parse("Acme Announces Meeting\n\n" + dateline + "Acme Corp. announced. " + sentence).events
    assert (event.starts_at.isoformat() if event.starts_at else None) == starts_at


def test_an_indented_meeting_schedule_with_labels_glued_to_their_dates() -> None:
    """A schedule page indented by six spaces: the meeting's date alone over its label is the
    event; the dividend rows after it, each label glued to its date, are not."""
    text = (
        "Acme AG publishes its meeting schedule\n\nHanover, March 1, 2013 - Acme AG publishes the schedule of its "
        "Annual Shareholders' Meeting 2013.\n\n"
        "      Schedule Annual Shareholders' Meeting 2013\n\n"
        "      April 26, 2013\n      Ordinary Annual Shareholders' Meeting\n"
        "      April 29, 2013Announcement of dividend payout\n      April 29, 2013Ex-dividend day\n"
        "      April 30, 2013Record day for dividend payment\n"
        "      May 2, 2013Payment for dividend for the fiscal 2012\n"
    )
    assert starts_in(text) == [("2013-04-26", None)]


def test_a_calendar_of_date_label_and_time_rows() -> None:
    """Each item is a date row, a label row and a time row: a results announcement's time is a
    publication, the presentation's and the meeting's are events, each of its own kind."""
    text = (
        "Corporate calendar\nUpcoming\n2013\n21 August 2013\nInterim results announcement\n07:30 CET\n"
        "21 August 2013\nInterim results presentation\n09:30 - 11:00 CET\nExact date to be confirmed\n"
        "Interim report publication\nSeptember 2013\n11 September 2013\nAnnual General Meeting\n10:00 CET\n"
        "Exact date to be confirmed\nA share dividend payment date\nSeptember 2013\n"
    )
    assert [(e["kind"], e["starts_at"]) for e in events_in(text)] == [
        ("earnings_call", "2013-08-21T09:30:00+02:00"),
        ("shareholder_meeting", "2013-09-11T10:00:00+02:00"),
    ]


def test_the_dateline_restated_over_the_body_is_no_meeting() -> None:
    text = (
        "BASEL, SWITZERLAND--(Marketwire - July 23, 2013) -\nAcme Pharmaceutica AG /\n"
        "Acme receives request for extraordinary shareholders meeting\n"
        "Basel, Switzerland, July 23, 2013 - Acme Pharmaceutica Ltd. (SWISS: ACMN) announced today that it has "
        "received a request to hold an extraordinary shareholders meeting.\n"
        "Acme anticipates that the meeting will take place at around the end of November.\n"
    )
    assert starts_in(text) == []


def test_moscow_time_written_mt_beside_a_meeting_in_russia() -> None:
    """A Russian issuer's "MT" is Moscow time; the record date above is no day of the meeting."""
    text = (
        "Acme Steel announces its AGM date\n\nMoscow, Russia - 28 February 2013 - Acme Steel (LSE: ACMS).\n\n"
        "Approval of the dividend is expected at the Company's AGM which will take place on 13 June 2013. The "
        "record date for both participation in the AGM and for dividend payments for the 12 months ended 31 "
        "December 2012 is 26 April 2013 inclusive.\n\nThe AGM will be held at 41 Steelworkers Palace, "
        "Cherepovets, Russia. The AGM will start at 12.00pm (MT).\n"
    )
    assert starts_in(text) == [("2013-06-13", "2013-06-13T12:00:00+04:00")]


def test_mt_elsewhere_is_mountain_time() -> None:
    text = (
        "Acme Mining to hold its AGM\n\nDenver, Colorado - Acme Mining will hold its AGM on 13 June 2013 at "
        "12.00pm (MT).\n"
    )
    assert starts_in(text) == [("2013-06-13", "2013-06-13T12:00:00-06:00")]


@pytest.mark.parametrize(
    ("place", "expected"),
    [
        # An Australian notice's "EST" at an address in New South Wales: its eastern states' time,
        # whose day it is; the raised ordinal a copy set apart ("29 th") still gives the day.
        ("Level 12, 1 George Street, Sydney NSW 2000", ("2008-08-29", "2008-08-29T08:30:00+10:00")),
        ("Level 3, 1 Eagle Street, Brisbane QLD 4000", ("2008-08-29", "2008-08-29T08:30:00+10:00")),
        # A US issuer's EST stays New York's, whatever else its notice names.
        ("Acme Tower, 1 Main Street, Hartford, Connecticut", ("2008-08-29", "2008-08-29T08:30:00-04:00")),
    ],
)
def test_est_at_an_australian_address_is_australian_eastern_time(place: str, expected: tuple[str, str]) -> None:
    text = (
        "NOTICE OF EXTRAORDINARY GENERAL MEETING\n\nAcme Limited gives notice that an Extraordinary General "
        f"Meeting of its shareholders will be held at the offices of the Company, {place}, on Friday, 29 th August "
        "2008 at 8:30am EST.\n"
    )
    assert starts_in(text) == [expected]


def test_a_spanish_meetings_fallback_day_at_second_call_is_no_event() -> None:
    """ "no. 49" does not end the sentence: the meeting named before it gives the event its kind."""
    text = (
        "The Board of Directors of Acme, S.A. has decided to call the Annual Shareholders Meeting of the Company, "
        "which will be held in Hotel Acme, Paseo de la Castellana no. 49, Madrid, on 21 st March 2013, at 12:30, at "
        "first call, or on the following day, 22 nd March 2013, at the same time and place, at second call.\n"
    )
    assert [(e.kind, str(e.date)) for e in prparse.parse(text).events] == [("shareholder_meeting", "2013-03-21")]


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        # a time with no zone takes the one an earlier time of its sentence and line named
        (
            "On May 8, 2009, Acme will release its first quarter financial results around 6:30 a.m. (Eastern Time) "
            "and will hold its quarterly conference call at 8:30 a.m.",
            [("2009-05-08", "2009-05-08T08:30:00-04:00")],
        ),
        # (not another cell's, nor one a bracket after it places)
        (
            "Conference call on May 8, 2009 | 10:00 a.m. (US EST) 12:00 p.m. (Brasília) | 1:30 p.m. (Brasília) "
            "11:30 a.m. (US EST) |",
            [("2009-05-08", "2009-05-08T10:00:00-04:00"), ("2009-05-08", "2009-05-08T11:30:00-04:00")],
        ),
    ],
)
def test_a_time_takes_the_zone_written_earlier_on_its_line(row: str, expected: list[tuple[str, str]]) -> None:
    assert starts_in(
        "TORONTO, April 7, 2009 /CNW/ - Acme Financial Inc. (TSX: AFS) announced dates.\n" + row + "\n"
    ) == (expected)


def test_a_meeting_suspended_until_a_later_day_takes_that_day() -> None:
    text = (
        "Lisbon, Portugal, 1 April 2005 - Acme Telecom, SGPS, S.A. announces that the Annual General Meeting (AGM) "
        "started today was suspended, following the proposal of a shareholder.\nWith the approval of this "
        "proposal, the AGM was suspended until 29 April 2005 at 15h00.\n"
    )
    assert [(e.kind, str(e.date)) for e in prparse.parse(text).events] == [("shareholder_meeting", "2005-04-29")]


def test_an_italian_meetings_fallback_hour_on_second_call_is_no_event() -> None:
    text = (
        "NOTICE OF CALL OF THE ORDINARY AND EXTRAORDINARY SHAREHOLDERS’ MEETING\nThe shareholders of Acme Science "
        "S.p.A. are invited to attend the next shareholders’ meeting, which will take place exclusively by "
        "teleconference, on October 29, 2025, at 6.00 PM CET on first call, and, if necessary, on October 30, "
        "2025, at 6.00 PM CET on second call, to resolve on the following:\n"
    )
    assert starts_in(text) == [("2025-10-29", "2025-10-29T18:00:00+01:00")]


def test_an_adjourned_meeting_named_by_its_defined_term_takes_its_new_day() -> None:
    text = (
        "ACME ACQUISITION CORP. ANNOUNCES ADJOURNMENT OF SPECIAL MEETING\n"
        "PHILADELPHIA, PA, Sept. 12, 2013 (GLOBE NEWSWIRE) -- Acme Acquisition Corp. (NASDAQ:ACMQ) today announced "
        'that it intends to adjourn its special meeting of stockholders (the "Meeting") scheduled to be held on '
        "September 14, 2013 at 11:00 am Eastern Time. The Meeting will be adjourned to September 18, 2013 at 11:00 "
        "a.m. Eastern Time.\n"
    )
    assert starts_in(text) == [("2013-09-18", "2013-09-18T11:00:00-04:00")]


def test_a_meeting_convened_and_adjourned_to_recommence_on_a_later_day() -> None:
    text = (
        "ACME ACQUISITION CORP. ANNOUNCES ADJOURNMENT\nAlmaty, Kazakhstan, Feb. 28, 2013 (GLOBE NEWSWIRE) -- Acme "
        "Acquisition Corp. (Nasdaq: ACMQ) today announced that the extraordinary general meeting of shareholders, "
        "originally scheduled for 11:00 a.m. Eastern Time on February 28, 2013, was convened and then adjourned, "
        "without conducting any business, to recommence at 8:30 a.m. Eastern Time on March 2, 2013 as a virtual "
        "meeting.\nThe meeting is held to vote on a proposal to extend the date by which the Company must "
        "consummate a business combination from March 8, 2013 to up to December 8, 2013.\n"
    )
    assert starts_in(text) == [("2013-03-02", "2013-03-02T08:30:00-05:00")]


def test_an_rns_headers_date_is_no_meeting() -> None:
    text = (
        "For best results when printing this announcement, please click on link below:\n"
        "https://newsfile.example.com/getnewsfile/v1/story?guid=urn:newsml:example.com:20130808:nRSH5020Ua\n"
        "RNS Number : 5020U Acme Oil & Gas PLC 08 August 2013\nAcme Oil & Gas PLC\n"
        '("ACOG" or the "Company")\nNotice of General Meeting\nACOG (LONDON AIM:ACOG) is pleased to announce that '
        'copies of a General Meeting of the Company\'s shareholders ("GM") notice will be posted to registered '
        "shareholders today, 8 August 2013. The GM will be held at 10:00am on Tuesday 2 September 2013.\n"
    )
    assert starts_in(text) == [("2013-09-02", None)]


def test_a_meeting_opened_only_to_be_adjourned_is_on_its_new_day() -> None:
    text = (
        "Acme Acquisition Corp. Announces Adjournment\n\nNEW YORK, June 20, 2013 -- Acme Acquisition Corp. "
        '(NASDAQ: ACMQ) today disclosed that it intends to open the Extraordinary General Meeting (the "Meeting") '
        "as scheduled on June 26, 2013, at 11:30 a.m. Eastern Time, and then immediately adjourn the Meeting to "
        "June 28, 2013 at 11:30 a.m. Eastern Time.\n"
    )
    assert starts_in(text) == [("2013-06-28", "2013-06-28T11:30:00-04:00")]


@pytest.mark.parametrize(
    "text",
    [
        # a meeting's result, the same day
        "Acme Shareholders Approve Merger\n\nHARTFORD, Conn., Mar. 13, 2013 - At today's special meeting of Acme "
        "(NYSE: ACM) shareholders, approximately 97 percent of the votes cast were in favor of the merger.\n",
        # a meeting held, and its results to be filed today
        "Acme Announces Stockholder Approval\n\nMENLO PARK, CA (July 15, 2013) - Acme Acquisition Corp. today "
        "announced that its stockholders voted to approve all proposals presented at its special meeting of "
        'stockholders (the "Special Meeting") held on July 15, 2013.\nAcme plans to file the results of the '
        'Special Meeting on a Form 8-K with the Securities and Exchange Commission (the "SEC") today.\n',
        # an SEC form's cover over a call notice's release
        "FORM 8-K\nDate of Report (Date of earliest event reported): May 11, 2013\nAcme Financial Corp.\n",
    ],
)
def test_what_a_meeting_did_or_a_filing_reports_is_no_event(text: str) -> None:
    assert starts_in(text) == []


@pytest.mark.parametrize(
    ("text", "days"),
    [
        # an Indian notice's book-closure table, the meeting named in its purpose column
        (
            "Sub: Intimation of date of Annual General Meeting and Book Closure\nThe Annual General Meeting is "
            "scheduled to be held on Wednesday, July 28, 2021.\n|\nSymbol\n|\nBook Closure\n(both dates inclusive)\n"
            "|Record\nDate\n|\nPurpose\n|From\n|To\n|\nBSE - 500555\n|Equity\n|Tuesday, July 13, 2021\n"
            "|Thursday, July 15, 2021\n|NA\n|\na) Annual General Meeting\nb) Declaration of final Dividend\n",
            ["2021-07-28"],
        ),
        # a Japanese summary's header rows: the dividend's first payment day
        (
            "1 (Reference Translation) May 8, 2021 ACME SODA CO., LTD. CONSOLIDATED FINANCIAL RESULTS For the Fiscal "
            "Year Ended March 31, 2021 (Prepared under Japan GAAP, unaudited) Company name: ACME SODA CO.,LTD Stock "
            "Exchange Listing: Tokyo Securities code: 4555 URL: Representative: Taro Rowe, Representative Director, "
            "Chief Operating Officer For inquiry: Jiro Lind, General Manager, Administration Division (Telephone: ) "
            "Scheduled date of general shareholders meeting: June 28, 2021 Scheduled date of commencement of "
            "dividend payment: June 11, 2021 Scheduled date of filing of securities report: June 29, 2021\n",
            ["2021-06-28"],
        ),
        # the day voting opens, before the meeting
        (
            "The Acme Limited 2021 Annual General Meeting will be held on Thursday 28 July 2021.\n\nShareholders may "
            "submit their voting instructions from Friday 25 June 2021 via www.acmevote.example before the AGM.\n",
            ["2021-07-28"],
        ),
        # the day a meeting that lacks a quorum is deferred to
        (
            "Acme will convene an Annual and Special Meeting of the Company's shareholders on Wednesday, July 28, "
            "2021 at the Company's offices. In the event that no legal quorum is present half an hour after the time "
            "set for the meeting, the meeting will be deferred to Wednesday, August 4, 2021.\n",
            ["2021-07-28"],
        ),
        # the day the notice of an adjourned meeting went out
        (
            "The Board has decided to make some changes to the format of the Annual General Meeting this year: ? "
            "The meeting will now be held at the Head Office, Valley Farm Way, Leeds LS10 1SE at 12 noon on 28th "
            "July 2021. "
            "A formal notice of the adjourned Annual General Meeting, as required by the Company's Articles of "
            "Association, was sent to shareholders on 20th May 2021. A copy of the notice is available for "
            "inspection at the National Storage Mechanism.\n",
            ["2021-07-28"],
        ),
        # a bondholders' meeting, its holders invited "to participate"
        (
            "For this reason, the company invites the bondholders of the bond 2018/2026 to participate in a second "
            "bondholders\u2019 meeting, which will take place on 28 July 2021 in Stuttgart in the form of a physical "
            "meeting.\n",
            ["2021-07-28"],
        ),
        # a window's hours on its last day, under a dividend's heading
        (
            "01 JUL\n\nDividend Announcement\n\nElections to receive the dividend in dollars must be presented at "
            "Acme Valores S.A., located on Mayo 362, until July 11, 2021 from 10:00 a.m. to 3:00 p.m.\n",
            [],
        ),
        # the day of the results release the call discusses, named before the call's own day
        (
            "Acme will hold a conference call on Tuesday, July 17, 2001 at 11:00 AM Eastern Time. The Company will "
            "discuss its outlook in its regularly scheduled July 16, 2001 earnings release and on its July 17, 2001 "
            "conference call.\n",
            ["2001-07-17"],
        ),
        # a dividend paid in instalments on listed days, under the meeting that is to approve it
        (
            "Bogota, February 23, 2018\nEARNINGS DISTRIBUTION PROPOSAL\nThe Board approved the following proposal, "
            "which will be submitted to the General Shareholders' Meeting to be held on March 16, 2018:\n|•\n|"
            "Declared dividends will be paid in four (4) equal payments of COP$24.65 per share on June 29, July 31, "
            "August 31, September 28, 2018.\n",
            ["2018-03-16"],
        ),
        # when trading stops on a warrant's expiry
        (
            'TSX VENTURE COMPANIES\nACME INC. ("ACM")\nBULLETIN TYPE: Warrant Expiry-Delist\nBULLETIN DATE: July 1, '
            "2021\nEffective at the opening Monday, July 5, 2021, the warrants will trade for cash. The warrants will "
            "expire at 4:00 p.m. on July 5, 2021.\nThe above is in compliance with Trading Rule C.2.18 - Expiry "
            "Date:\nTrading in the warrants shall be for cash for the two trading days preceding the expiry date and "
            "cash same day on expiry date. On the\nexpiry date, trading shall cease at 12 o'clock noon E.T. and no "
            "transactions shall take place\nthereafter except with permission of the Exchange.\n",
            [],
        ),
    ],
)
def test_days_around_a_meeting_or_a_payout_are_no_event(text: str, days: list[str]) -> None:
    assert [day for day, _ in starts_in(text)] == days


def test_a_proxy_deadline_before_a_day_and_a_notices_signature_are_no_meeting() -> None:
    text = (
        'NOTICE IS HEREBY GIVEN THAT the annual meeting of the shareholders (the "Meeting") of Acme Inc. will be '
        "held online on Thursday, August 15, 2013 at 10:30 a.m. (Eastern Time).\n\nShareholders are encouraged to "
        "grant a proxy to the Chairman of the Meeting before Wednesday, 14 August 2013 at 3:00 p.m. (Paris time).\n"
        "SIGNED in Laval, Quebec, ON JULY 30, 2013\nBy Order of the Board of Directors\nThe shareholders may "
        "exercise their rights by attending the Meeting.\n"
    )
    assert starts_in(text) == [("2013-08-15", "2013-08-15T10:30:00-04:00")]


def test_a_meetings_time_takes_its_day_not_the_day_the_board_approved_it() -> None:
    text = (
        "Convening notice for the General Shareholders' Meetings of Acme Fund SA to be held on 31 October 2013\n"
        "The Investment Manager publishes the convening notice of the Extraordinary General Shareholders Meeting to "
        "be held on 31 October 2013, approved by the Board of Nominees on 23 July 2013.\n"
        "The meeting shall take place at the Grand Hotel, Bucharest, commencing 13:00 hours (Romanian time).\n"
        "Report date: 23 July 2013\n"
    )
    assert starts_in(text) == [("2013-10-31", "2013-10-31T13:00:00+02:00")]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Acme will host an investor conference call on August 6, 2013 at 11:00 a.m. ET.", "conference_call"),
        (
            "Acme will host an investor conference call to discuss its second quarter results on August 6, 2013 at "
            "11:00 a.m. ET.",
            "earnings_call",
        ),
        ("Acme will present at the Harbor Investor Conference on August 6, 2013 at 11:00 a.m. ET.", "presentation"),
        (
            "Acme will attend the Harbor Investor Conference in Boston on August 6, 2013 at 11:00 a.m. ET.",
            "presentation",
        ),
        (
            "Acme's management will hold an analyst call on August 6, 2013 at 11:00 a.m. ET to present preliminary "
            "Q2/2013 results.",
            "earnings_call",
        ),
        (
            "Acme will host a conference call at 11:00 a.m. ET on August 6, 2013 to present the interim results.",
            "earnings_call",
        ),
        (
            "Acme will present the results of its Phase 2 trial at the Harbor Medical Conference on August 6, 2013 "
            "at 11:00 a.m. ET.",
            "presentation",
        ),
        (
            "Details of the buyback will be given at the Harbor Technology, Media & Telecom Conference at 11:00 a.m. "
            "ET on August 6, 2013.",
            "presentation",
        ),
        ("The Ordinary General Assembly will convene on August 6, 2013 at 11:00 a.m. ET.", "shareholder_meeting"),
        (
            "The board calls an extraordinary generalmeeting to be held on August 6, 2013 at 11:00 a.m. ET.",
            "shareholder_meeting",
        ),
        (
            "The report will be presented at a telephone conference on August 6, 2013 at 11:00 a.m. ET.",
            "conference_call",
        ),
        ("Acme will hold a press conference on August 6, 2013 at 11:00 a.m. ET.", "other"),
        (
            "Acme's CEO and CFO will present the results for the second quarter at the Grand Hotel on August 6, 2013 "
            "at 11:00 a.m. ET.",
            "earnings_call",
        ),
        (
            "Acme will host a conference call to present the second quarter 2013 business and financial results on "
            "August 6, 2013 at 11:00 a.m. ET.",
            "earnings_call",
        ),
        ("On August 6, 2013 at 11:00 a.m. ET: 2Q13 Group Results presentation.", "earnings_call"),
        ("Acme will host a call with presentation slides on August 6, 2013 at 11:00 a.m. ET.", "conference_call"),
        ("Acme will hold its Investor Day on August 6, 2013 at 11:00 a.m. ET.", "investor_day"),
        (
            "Acme will hold its annual meeting of stockholders on August 6, 2013 at 11:00 a.m. ET.",
            "shareholder_meeting",
        ),
        ("Acme will webcast a product update on August 6, 2013 at 11:00 a.m. ET.", "webcast"),
        (
            "Acme will present data in an oral presentation on August 6, 2013 at 11:00 a.m. ET, at the 54th Annual "
            "Meeting of the American Society of Clinical Oncology.",
            "presentation",
        ),
    ],
)
def test_the_kind_of_event(sentence: str, kind: str) -> None:
    text = (
        "Acme Robotics Announces Event\n\nSPRINGFIELD, Ill., July 23, 2013 -- Acme Robotics, Inc. (Nasdaq: ACMR). "
        + sentence
    )
    assert [(e["kind"], e["starts_at"]) for e in events_in(text + "\n")] == [(kind, "2013-08-06T11:00:00-04:00")]


# Copies that padded their lines with spaces or lost their blank lines: the same values.
def test_a_date_wrapped_in_a_column_padded_with_spaces() -> None:
    body = (
        "Date: Thursday, August 1, 2013      Please dial in ten minutes early.\n"
        "Time: 10:00 a.m. ET                 A replay will be available through August     \n"
        "                                    9, 2013. Replay number: (877) 555-0175     \n"
        "                                    Replay ID:       \n"
        "                                    651208\n"
    )
    (event,) = events_in(release(body))
    assert event["starts_at"] == "2013-08-01T10:00:00-04:00"
    assert event["replay"]["available_until"] == "2013-08-09"
    assert event["replay"]["passcode"] == "651208"


def test_rows_of_two_conferences_with_no_blank_line_between_them() -> None:
    body = (
        "Acme will present at the following investor conferences:\n"
        "Northgate Capital Materials and Industrials Conference Date: Thursday, August 1\n"
        "Location: Tampa, FL\n"
        "Time: 2:00 p.m. ET\n"
        "Harbor Securities 31st Annual Institutional Investor Conference Date: Tuesday, August 6\n"
        "Location: Austin, TX\n"
        "Time: 11:35 a.m. ET\n"
    )
    assert starts(body) == [("2013-08-01", "2013-08-01T14:00:00-04:00"), ("2013-08-06", "2013-08-06T11:35:00-04:00")]


def test_a_results_day_under_a_headline_run_on_to_the_dateline_is_no_event() -> None:
    text = (
        "Acme Lending Trust, Inc. Announces Dates for Fourth Quarter 2024 Earnings Release and Conference Call\n"
        "SPRINGFIELD, Ill.--(BUSINESS WIRE)--February 10, 2025--\n"
        'Acme Lending Trust, Inc. (the "Company" or "ALT") today announced that it will release its fourth quarter '
        "and full-year fiscal 2024 financial results after the closing of trading on the New York Stock Exchange on "
        "Wednesday, February 19, 2025.\n"
        "A conference call to discuss the results will be held on Thursday, February 20, 2025, at 10:00 a.m. ET.\n"
    )
    assert starts_in(text) == [("2025-02-20", "2025-02-20T10:00:00-05:00")]


# The thirteenth session's look at real releases: events and their windows.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the one later day the headline names, for times the body gives with no day
        (
            "Release of material regarding second quarter on 10 August 2005\n\n03.08.2005: The results will be "
            "available at 8.00 a.m. Norwegian time. The presentation in Oslo starts at 08.30 a.m. Norwegian time.\n"
            "The conference call starts at 3.00 p.m. Norwegian time. Investors who wish to participate should call "
            "+47 23 00 55 00.\n",
            [("2005-08-10", "2005-08-10T08:30:00+02:00"), ("2005-08-10", "2005-08-10T15:00:00+02:00")],
        ),
        # the hour results are announced at, its "A.M." dots between the verb and "results"
        (
            "2010 Second Quarter Results and Conference Call Monday 19 July 2010\n\n"
            'Acme International S.A. ("Acme"), the newspaper group, will\nannounce on Monday 19 July 2010 at 8:00 '
            "A.M. CET its financial results for the\nsecond quarter ended 30 June 2010. Acme will host a conference "
            "call to present\nthese results at 10:00 A.M. CET on the same day.\n",
            [("2010-07-19", "2010-07-19T10:00:00+02:00")],
        ),
        # a conference moved "from March 25, 2010, to April 29, 2010": the new day only
        (
            "Postponement of Publication of the Annual Financial Statements 2009\n\nKESTREL AG is restructuring its "
            "credit financing. We are postponing publication of the annual financial statements for 2009, as well as "
            "the media and analysts' conference planned for the same day, from March 25, 2010, to April 29, 2010.\n",
            [("2010-04-29", None)],
        ),
        # a meeting at a venue in London, at the venue's hour; the contact block above ends before it
        (
            "Final Results\nAcme Group PLC\n02 March 2007\nAcme Group PLC is pleased to announce record results.\n"
            "For further information contact\nBob Rowe\n07700 900816\n"
            "A presentation for analysts will be held at 10.30 a.m. today at the offices of\n"
            "Northgate, 2 Gresham Street, London, EC2V 7QP.\n",
            [("2007-03-02", "2007-03-02T10:30:00Z")],
        ),
        # a meeting named after a document the notice sends out, with its own day
        (
            "Acme Peat Group PLC\n18 April 2002\nCOMPANY ANNOUNCEMENT\nIt has been decided to defer the 2002 "
            "Annual General Meeting until July. As a consequence the Notice of AGM, to be contained in the Group's "
            "Annual Report, will be dispatched following an Extraordinary General Meeting ('EGM') to be held on "
            "3 May 2002.\n",
            [("2002-05-03", None)],
        ),
        # a replay row's label on the line above its window's hour; the rows below a time name its event
        (
            "Full Year 2006 Outlook\n\nDate:\nThursday, February 16, 2006\nTime:\n10:00 a.m. (Eastern time)\n"
            "Audio Live Number:\n1-800-555-8525, PIN #6967852\nWebcast & Audio Streaming Link:\n"
            "http://webcasts.example.com/acme\nAudio Replay Number:\n1-877-555-4471, PIN #6967852 from February 16, "
            "2006 at 1:00 p.m. Eastern through February 23, 2006 at 5:00 p.m. Eastern\n",
            [("2006-02-16", "2006-02-16T10:00:00-05:00")],
        ),
    ],
)
def test_events_of_the_thirteenth_look(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert starts_in(text) == expected


def test_a_replay_until_a_24_hour_time_and_its_zone_before_the_day() -> None:
    text = (
        "Acme Announces Call\n\nTORONTO, Nov. 01, 2018 - Acme Resources Corp. (TSX:ACM) today announced a "
        "conference call for investors on November 8, 2018 at 8:00 am (Toronto time).\n\n"
        "Participant Number: (201) 555-8341 Conference ID: 13684820\n\nA replay of the conference call will be "
        "available until 23:59 (Toronto time), November 22, 2018 and can be accessed using the following dial-in "
        "number:\n\nEncore Toll Free Dial-in Number: (877) 555-6853 Encore ID: 13684820\n"
    )
    (event,) = events_in(text)
    assert event["replay"]["available_until"] == "2018-11-22"


def test_a_recording_found_on_the_website_after_the_calls_is_no_webcast() -> None:
    text = (
        "Acme Announces Call\n\nTEL AVIV, May 25, 2016 (GLOBE NEWSWIRE) -- Acme Group (TASE: ACME) will hold a "
        "conference call on Tuesday, May 31, 2016 at 4.00 PM (Israel Time).\n\nFollowing the conference calls, it "
        "will be possible to find the recording of the calls on the Company's website at: http://ir.acme.example.\n"
    )
    (event,) = events_in(text)
    assert event["webcast_url"] is None
    assert event["replay"] is not None


def fixed_width(text: str, width: int = 72) -> str:
    """The text as a fixed-width copy wraps it: every line longer than ``width`` broken at spaces."""
    return "\n".join(
        "\n".join(textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False)) or line
        for line in text.split("\n")
    )


# A fixed-width copy reads as the one it wrapped: each row is a release, wrapped at 72 characters.
@pytest.mark.parametrize(
    ("text", "start", "webcast", "replay_url"),
    [
        # the link on a line of its own under its wrapped sentence
        (
            "Acme Waste to Present at Upcoming Conferences\n\nSPRINGFIELD, Ill.--(BUSINESS WIRE)--July 23, 2013-- "
            "Acme Waste Inc. (NYSE: ACW) will present at the Harbor Industrials Conference on Thursday, August 1, "
            "2013 at 2:00 p.m. ET.\n\nAcme Waste will webcast the live events; to access the live or archived webcast, "
            "visit the Investor Relations portion of Acme Waste's website at www.acmewaste.example\n",
            "2013-08-01T14:00:00-04:00",
            "www.acmewaste.example",
            "www.acmewaste.example",  # (the archive's too)
        ),
        # a sentence that points to the link under it, wrapped; a replay's sentence wrapped before its link
        (
            "Acme Care to Report Results\n\nSPRINGFIELD, Ill.--(BUSINESS WIRE)--July 23, 2013-- Acme Care, Inc. "
            "(Nasdaq: ACMC) will host a conference call on Thursday, August 1, 2013 at 9:00 a.m. ET.\n\nA live "
            "broadcast of Acme Care's conference call will be available under the Investor Relations section of the "
            "Company's website: www.acmecare.example. Online playback of the call will be available at "
            "www.acme.example/care for 30 days following the conference call.\n",
            "2013-08-01T09:00:00-04:00",
            "www.acmecare.example",
            "www.acme.example/care",
        ),
        # the link mid-line after a wrapped "... will be available online at:" (no table row's label)
        (
            "Acme Woodworks to Host Call\n\nSPRINGFIELD, Ill.--(BUSINESS WIRE)--July 23, 2013-- Acme Woodworks "
            "Corporation will hold a conference call.\n\nThe live broadcast of Acme Woodworks Corporation's "
            "conference call will be available online at: acmewoodworks.com on Thursday, August 1, beginning "
            "at 8:30 a.m. (Eastern Time).\n",
            "2013-08-01T08:30:00-04:00",
            "acmewoodworks.com",
            None,
        ),
        # a footnote's "non-GAAP measures." that a wrap put at a line's start is no legal section
        (
            "Acme Tankers Reports Results\n\nATHENS, Greece, July 23, 2013 (GLOBE NEWSWIRE) -- ACME TANKERS INC. "
            "reported its results.\n\n1 EBITDA, Adjusted EBITDA, Adjusted Net Income and Adjusted EPS are "
            "non-GAAP measures. Refer to the reconciliation of these measures.\n\n"
            "On August 1, 2013 at 10:00 am ET, the company's management will host a conference call to discuss the "
            "results and the company's operations and outlook.\n",
            "2013-08-01T10:00:00-04:00",
            None,
            None,
        ),
        # a wrapped line of prose is no calendar's short line ("The record date for" closes it)
        (
            "Acme Digital Postpones Meeting\n\nFort Lauderdale, FL, July 23, 2013 (GLOBE NEWSWIRE) -- Acme Digital "
            "Holdings, Inc., a leader in compute, today announced that its Special Meeting of Stockholders, which "
            "was originally scheduled to be held on July 25, 2013, has been postponed. The Special Meeting is now "
            "scheduled to be held virtually, via webcast at *web.lumiconnect.com/2668*, on Wednesday, August 7, "
            "2013 at 8:30 a.m. PST. The record date for the Special Meeting, June 17, 2013, is unchanged.\n",
            "2013-08-07T08:30:00-07:00",
            "web.lumiconnect.com/2668",
            None,
        ),
    ],
)
def test_a_fixed_width_copy_reads_as_the_release_it_wrapped(
    text: str, start: str, webcast: str | None, replay_url: str | None
) -> None:
    for copy in (text, fixed_width(text)):
        (event,) = events_in(copy)
        assert event["starts_at"] == start
        assert event["webcast_url"] == webcast
        assert (event["replay"] and event["replay"]["url"]) == replay_url


def test_a_letterheads_site_run_on_to_the_headline_is_no_webcast() -> None:
    text = (
        "701\nKoehler Avenue, Suite\n7 Exhibit\n99.1\nRonkonkoma,\nNY 11779\n(631)\n981-9700 - www.acme.example\n"
        "Acme\nIndustries to Report Q2 Results\nConference\nCall on Thursday, August 1, 2013\nRONKONKOMA,\n"
        "NY - July 23, 2013 -- Acme Industries, Inc. (NASDAQ: ACMI) will host a conference call at 4:30 PM (EST)\n"
        "on Thursday, August 1, 2013. Investors can listen to the call by dialing 800-555-9655.\n"
    )
    (event,) = events_in(text)
    assert event["webcast_url"] is None


def test_a_copy_with_a_blank_line_under_every_line_reads_as_the_release() -> None:
    text = (
        "Acme Motion Schedules Fourth Quarter Results Release and Conference Call\n\n"
        "SARASOTA, Fla.--(BUSINESS WIRE)--February 10, 2025--\n\n"
        'Acme Motion ("Acme" or the "Company"), a maker of motion controls, announced today that it will release '
        "its fourth quarter results after the market closes on Monday, February 24, 2025.\n\n"
        "Fourth Quarter Financial Results Conference Call:\n\nTuesday, February 25, 2025\n\n9:00 a.m. Eastern Time"
        "\n\nPhone: (201) 555-8573\n\nInternet webcast: www.acmemotion.example\n\n"
        "A telephonic replay will be available through Tuesday, March 11, 2025. To listen to the archived call, "
        "dial (412) 555-6671 and enter conference ID number 13751073.\n\n"
        "About Acme Motion\n\nAcme Motion makes motion controls.\n\n"
        "For more information, contact:\n\nTania Rowe\n\nVice President, Investor Relations\n\n(941) 555-1333\n\n"
        "tania.rowe@acmemotion.example\n"
    )
    double_spaced = text.replace("\n", "\n\n")
    for copy in (text, double_spaced):
        parsed = prparse.parse(copy).model_dump(mode="json")
        (event,) = parsed["events"]
        assert event["starts_at"] == "2025-02-25T09:00:00-05:00"
        assert [d["number"] for d in event["dial_ins"]] == ["+12015558573"]
        assert event["replay"]["available_until"] == "2025-03-11"
        assert [(c["name"], c["phones"]) for c in parsed["contacts"]] == [("Tania Rowe", ["+19415551333"])]


def test_a_news_pages_links_under_the_release_are_not_the_releases() -> None:
    release_text = release(
        "Acme Robotics will host a conference call on Friday, August 2, 2013 at 8:00 a.m. ET. Dial (877) 555-0123."
    )
    page = release_text + (
        "\n\nRelated News\n\nAug 05, 2013 4:05 PM ET  Northwind Corp. Reports Second Quarter Results\n"
        "Aug 12, 2013 8:30 AM EDT  Contoso Ltd to Host Investor Day on September 9, 2013\nMost Read\n"
        "1. Fabrikam Inc. (NASDAQ: FABR) announces conference call on August 14, 2013 at 10:00 a.m. ET\n"
        "Contact us: newsroom@portal.example | +1 212 555 0100\n© 2013 Portal Example. All rights reserved.\n"
    )
    alone, on_page = prparse.parse(release_text), prparse.parse(page)
    assert [(e.date, e.starts_at) for e in on_page.events] == [(e.date, e.starts_at) for e in alone.events]
    assert [(t.exchange, t.symbol) for t in on_page.tickers] == [("NASDAQ", "ACMR")]
    assert [(c.name, c.phones, c.emails) for c in on_page.contacts] == [
        (c.name, c.phones, c.emails) for c in alone.contacts
    ]
    assert on_page.company == "Acme Robotics, Inc."


def test_a_day_first_date_after_the_wire_mark_is_the_releases_not_an_event() -> None:
    text = (
        "Acme\nto Host Conference Call to Discuss\nFinancial\nResults for 2006\nMEDFORD,\nNY--(MARKET WIRE)—30 March "
        "2007 -- Acme Diagnostics, Inc. (OTC\nBB:ACMD.OB\n-\nNews)\nwill\nhost a conference call on Monday, 2 April "
        "2007 at 4:30pm EST. The call will\nbe\nheld to discuss the reported results.\n"
    )
    assert starts_in(text) == [("2007-04-02", "2007-04-02T16:30:00-04:00")]


def test_a_sentence_wrapped_under_an_events_line_is_not_under_its_heading() -> None:
    text = (
        "Acme Salmon Q4 2024 Presentation\n\nOSLO, Norway, February 4, 2025 /Acme Salmon ASA/ -- Acme Salmon ASA will\n"
        "present the results for the fourth quarter 2024 at Hotel Continental in\nOslo, Norway, Tuesday 11 February "
        "at 08:00 CET. A light snack with\nsalmon from Indre Harøy will be served from 07:45 CET.\n"
    )
    assert starts_in(text) == [("2025-02-11", "2025-02-11T08:00:00+01:00")]


def test_an_old_day_led_over_a_padded_line_break() -> None:
    text = (
        "ACME\nTO HOLD CONFERENCE CALL WITH LENDERS ON JUNE 5\nCHICAGO, May 20, 2008—Acme   \nCompany today "
        "announced that it will hold a conference call on June 5 at 2 p.m.   \nCT (3 p.m. ET, Noon PT) to discuss "
        "first quarter 2008 financial   \nresults. The call date has been revised from the previously announced   \n"
        "date of May 29 due to scheduling conflicts.   \n"
    )
    assert starts_in(text) == [("2008-06-05", "2008-06-05T14:00:00-05:00")]


@pytest.mark.parametrize(
    ("text", "first_year"),
    [
        ("the period January 1 - June 30, 2002", 2002),
        ("the period January 1 June 30, 2002", 2002),  # a copy that lost the dash
        ("from May 5 to May 7, 2025", 2025),
        ("held December 28 - January 3, 2003", 2002),  # over the new year
        ("held December 28 January 3, 2003", None),  # ... only with its dash
        ("on Aug. 2nd 13.02.2025", None),  # a numeric date beside it is no range's end
    ],
)
def test_a_ranges_first_day_takes_the_year_of_its_last(text: str, first_year: int | None) -> None:
    assert find_dates(text)[0].year == first_year


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # a calendar's rows spaced by blank lines: the year opening the next row is no date's
        ("23 February\n\n2021 Annual Report", [("23 February", None)]),
        ("February 23\n\n2021 Annual Report", [("February 23", None)]),
        # ... but a line break inside a date still joins it
        ("on 2 August\n2013 at noon", [("2 August\n2013", 2013)]),
        ("through February\n   19, 2025", [("February\n   19, 2025", 2025)]),
    ],
)
def test_a_blank_line_ends_a_date(text: str, dates: list[tuple[str, int | None]]) -> None:
    assert [(text[d.start : d.end], d.year) for d in find_dates(text)] == dates


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # a year garbled by a copy ("May 1, 20061, 2006") leaves the day before it no year to trust
        ("through midnight on May 1, 20061, 2006.", []),
        ("on May 1, 2006 10:00 a.m.", [("May 1, 2006", 2006)]),
        ("on May 1, 10:00 a.m.", [("May 1", None)]),
    ],
)
def test_a_day_before_a_garbled_year_is_no_date(text: str, dates: list[tuple[str, int | None]]) -> None:
    assert [(text[d.start : d.end], d.year) for d in find_dates(text)] == dates


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("TORONTO, 6 november 2023 /PRNewswire/", [("6 november 2023", (2023, 11, 6))]),
        ("Santiago, 05 de noviembre de 2015 -", [("05 de noviembre de 2015", (2015, 11, 5))]),
        ("São Paulo, 12 de Março de 2021", [("12 de Março de 2021", (2021, 3, 12))]),
        ("Paris, le 1er mars 2024", [("1er mars 2024", (2024, 3, 1))]),
        ("Oslo, 3. mars 2021", [("3. mars 2021", (2021, 3, 3))]),
        ("Milano, 14 luglio 2022", [("14 luglio 2022", (2022, 7, 14))]),
        # only with a day and a year: alone these are words
        ("the Mars rover", []),
        ("as we march on in 2024", []),
        ("shares may 2024 rise", []),
        ("6 may 2023", []),  # ("may": the verb, even so)
    ],
)
def test_a_month_in_lower_case_or_another_language(text: str, dates: list[tuple[str, tuple[int, int, int]]]) -> None:
    assert [(text[d.start : d.end], (d.year, d.month, d.day)) for d in find_dates(text)] == dates


@pytest.mark.parametrize(
    ("agm_label", "events"),
    [
        ("Annual General Meeting", [("2022-03-24", None)]),
        ("Deadline for proposals to the Annual General Meeting", []),
    ],
)
def test_a_calendar_spaced_by_blank_lines_its_dates_over_their_labels(
    agm_label: str, events: list[tuple[str, str | None]]
) -> None:
    text = (
        "Financial calendar for 2022\n\n17 November 2021\nAnnouncement No. 17\n\n23 February\n\n2021 Annual Report"
        f"\n\n24 March\n\n{agm_label}\n\n18 May\n\nInterim Report, Q1 2022\n\n17 August\n\nInterim Report, Q2 2022\n"
    )
    assert starts_in(text) == events


def test_a_releases_own_hour_over_its_body_is_no_event() -> None:
    # "Free for publication on ... at 3.30 pm (CET+1)" over the resolutions of a meeting held that day
    text = (
        "Acme Group Oyj - RESOLUTIONS OF ACME CORPORATION'S ANNUAL GENERAL MEETING\n\nMarch 19, 2009\n\n"
        "STOCK EXCHANGE RELEASE          \nFree for publication on 19 March 2009 at 3.30 pm (CET+1)\n \n"
        "RESOLUTIONS OF ACME CORPORATION'S ANNUAL GENERAL MEETING\n \n"
        "Acme Corporation's Annual General Meeting was held on 19 March 2009 at 1 pm in Oulu, Finland. "
        "The General Meeting adopted the annual accounts.\n"
    )
    assert prparse.parse(text).events == ()


def test_the_day_a_shareholder_must_be_in_the_register_is_no_meeting() -> None:
    # "Each shareholder, who is registered on 10 March 2013 in the shareholders' register ...": a
    # record day, the register named after the date, in a notice whose instructions run on.
    text = (
        "Notice to the Annual General Meeting of Acme Oyj\n\nACME OYJ STOCK EXCHANGE RELEASE 13 February 2013 at "
        "12:00 EET\nNotice is given to the shareholders of Acme Oyj to the Annual General Meeting to be held on "
        "Thursday 20 March 2013 at 4:00 p.m. Finnish time at Marina Congress Center, Helsinki.\n**C. Instructions "
        "for the participants in the AGM**\n**1. Registration for the AGM**\na) Shareholders with shares registered "
        "with Euroclear Finland Oy in Finland\nEach shareholder, who is registered on 10 March 2013 in the "
        "shareholders' register of the Company maintained by Euroclear Finland Oy, has the right to participate in "
        "the AGM.\n"
    )
    assert [e.date.isoformat() for e in prparse.parse(text).events if e.date] == ["2013-03-20"]


def test_a_double_spaced_letter_whose_sentence_runs_on_past_a_blank_line() -> None:
    """A copy with a blank line under every line: "... at 10:00 am AEDT on" / "Wednesday 17 November
    2021." is one sentence, so the meeting is on the day below, not on the letter's date."""
    lines = [
        "15 October 2021",
        "Attention: Company Announcements",
        "ASX Limited",
        "By E-Lodgement",
        "Notice of Annual General Meeting and Voting Form",
        "Acme Invest Group Limited ACN 111 555 359 (ASX: ACI) (the Company) is pleased to notify",
        "shareholders of its upcoming 2021 Annual General Meeting, to be held at 10:00 am AEDT on",
        "Wednesday 17 November 2021.",
        "The following documents are attached:",
        "• Notice of Annual General Meeting (AGM) 2021",
        "• Sample Voting Form",
        "Due to the impacts of the pandemic, in the best interests of our shareholders, directors and",
        "staff, the Company has decided that its AGM will be held as a virtual event.",
        "The Notice of Meeting includes detailed information about how shareholders can participate in the",
        "AGM.",
        "For further information, please contact the Company Secretary.",
        "By order of the Board",
        "Jane Rowe",
        "Company Secretary",
    ]
    release = prparse.parse("\n\n".join(lines) + "\n")
    assert [str(e.starts_at) for e in release.events] == ["2021-11-17 10:00:00+11:00"]


def test_a_numbered_date_and_time_head_over_a_value_on_two_lines_among_empty_cells() -> None:
    """A notice's table flattened a cell to a line: the head, an empty cell ("|"), the date, the time."""
    text = (
        "March 13, 2012\nTo Shareholders:\nConvocation Notice of the Annual General Meeting of Shareholders\n"
        "Notice is hereby given that an Annual General Meeting of Shareholders of the Group will be held as "
        "described hereunder and your attendance is cordially requested.\n|\nVery truly yours,\nJin-Ho Rowe\n"
        "Chairman and CEO\nAcme Financial Group\n|Description\n|1. Date and Time\n|\nMarch 30, 2012\n"
        "9 A.M., Seoul time.\n|2. Venue\n|\n5th floor / Acme Bank, Seoul\n"
    )
    assert [(e.kind, e.starts_at and e.starts_at.isoformat()) for e in prparse.parse(text).events] == [
        ("shareholder_meeting", "2012-03-30T09:00:00+09:00")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # data presented today at a scientific meeting that runs on after it
        "CAMBRIDGE, Mass., Apr 08, 2010 (BUSINESS WIRE) -- Acme Pharmaceuticals, Inc. (Nasdaq: ACPH) today "
        "presented data from a preclinical study. The presentation (abstract P259) was made by Acme scientists at "
        'the Heart Association conference "Vascular Biology 2010 Scientific Sessions" being held April 8-10 in San '
        "Francisco, CA.",
        # the votes of meetings held today
        "Acme Notice\n\n26 November 2010\n\nAcme Limited\n(Incorporated in the Republic of South Africa)\n"
        "RESULTS OF THE ANNUAL GENERAL MEETING "
        "HELD ON 26 NOVEMBER 2010\nAcme shareholders are advised that the results of the business conducted at "
        "the annual general meeting and general meeting, held immediately after the conclusion of the annual "
        "general meeting on Friday 26 November 2010 in Hyde Park, Johannesburg, are as follows:",
    ],
)
def test_a_meeting_or_a_presentation_done_on_the_release_day_is_no_event(text: str) -> None:
    assert prparse.parse(text).events == ()


def test_a_headline_run_on_into_the_datelines_sentence_names_no_event_of_its_dates() -> None:
    text = (
        "Exhibit 99.1\nAcme announces release dates of 2016 year end and first quarter 2017\nfinancial results; "
        "Confirms AGM date\nVancouver, May 9, 2017 — Acme Silver Mines Inc. (NYSE: ASM) today announces that it "
        "will release its financial statements for 2016 year end and for the first quarter of 2017 after the market "
        "closes on Monday, May 15, 2017 and Wednesday, May 24, 2017, respectively. The Company also confirms that "
        "its 2017 annual general meeting will be held on Wednesday, July 5, 2017.\n"
    )
    assert [(str(e.date), e.kind) for e in prparse.parse(text).events] == [("2017-07-05", "shareholder_meeting")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the date names the meeting after a release's verb
        (
            "BASEL, SWITZERLAND -- (Marketwire) -- 03/07/13 -- Acme Pharmaceutica Ltd. (SIX: ACPH) released today the "
            "agenda for its April 9, 2013 Annual General Meeting (AGM).",
            [("2013-04-09", None)],
        ),
        # a meeting's fallback day "in second call", and each meeting's time in its heading after a dash
        (
            "CALL OF THE ORDINARY SHAREHOLDERS’ MEETING AND EXTRAORDINARY SHAREHOLDERS’ MEETING\nThe shareholders of "
            "Acme S.p.A. are invited to attend the next ordinary shareholders’ meeting and extraordinary shareholders’ "
            "meeting of the Company, to be held, at the time indicated below, in Como, Italy, on April 29, 2011, in "
            "first call, and, if necessary, on May 9, 2011, at the same place and time, in second call, in order to "
            "discuss and resolve upon the following:\nAgenda\nOrdinary Shareholders’ Meeting (10:00 a.m. – CET)\n|\n"
            "1.\n|\nApprove the financial statements.\nExtraordinary Shareholders’ Meeting (11:00 a.m. – CET)\n|\n1.\n"
            "|\nAmend the by-laws.\n",
            [("2011-04-29", "2011-04-29T10:00:00+02:00"), ("2011-04-29", "2011-04-29T11:00:00+02:00")],
        ),
        # a bulleted row that names its payout after the date (no dateline: a copy's second paragraph)
        (
            'Acme Semiconductor N.V. (the "Company" or "Acme") (Euronext Amsterdam:ACMS) (OTC:ACMSY) Nasdaq '
            "International Designation), a leading manufacturer of test equipment for the semiconductor industry, "
            "today announced the approval of all agenda items at its Annual General Meeting of Shareholders "
            "held today (“AGM”). Key highlights included the approval of the dividend for the 2017 financial "
            "year, a two-for-one stock split of Acme’s ordinary shares and the appointment of two new members "
            "to its Supervisory Board.\nDividend 2017\nThe dividend for the 2017 financial year was fixed at € "
            "3.21 per ordinary share at the AGM. Such dividend will be paid out wholly in cash and payments "
            "will start as of May 4, 2018. The following time table will be applicable with respect to the dividend "
            "payment:\n• | April 30, 2018 | Ex-dividend quotation | ||||\n• | May 2, 2018 | Record date for dividend "
            "eligibility (after market close) | ||||\n• | Starting May 4, 2018 | Payment of cash dividend |\nHolders "
            "of ordinary shares will receive the dividend through their bank or broker in whose custody the "
            "shares are held as of the close of business on May 2, 2018 (record date). The dividend will be "
            "made payable to them through ABN AMRO Bank N.V.\n",
            [],
        ),
        # a meeting adjourned until a new day and time
        (
            "Houston, TX, Sept. 21, 2022 (GLOBE NEWSWIRE) -- Acme Energy Corp. (NYSE American: ACME) today announced "
            "that it convened and then adjourned its annual meeting held on September 20, 2022, at 10:00 a.m., central "
            "time. The Annual Meeting was adjourned until Tuesday, October 25, 2022 at 10:00 a.m., central time.",
            [("2022-10-25", "2022-10-25T10:00:00-05:00")],
        ),
        # what the issuer will say today at a named gathering
        (
            "Lake Forest, IL. May 19, 2004 – Acme Packaging Corporation (NYSE: APK) will report today at the Goldman "
            "Sachs 12th Annual Cyclicals and Specialty Materials Forum that its demand remains very strong.",
            [("2004-05-19", None)],
        ),
        # a deadline's hour after "preferably before"
        (
            "The shareholders in Acme AB are hereby given notice to the Annual General Meeting at Acme House, "
            "Stockholm, on Wednesday 19 March, 2014 at 10:00 am (CET). Shareholders who wish to attend the Meeting "
            "must give notice of their attendance no later than 13 March, 2014 preferably before 3 pm (CET).",
            [("2014-03-19", "2014-03-19T10:00:00+01:00")],
        ),
        # a period's first day
        (
            "TALLINN, 1 November 2018 -- Within the framework of the share buy-back conditions, approved by the "
            "Company’s Annual General Meeting on 9 June 2015, the Company will acquire from 2 November 2018 onwards "
            "own shares.",
            [],
        ),
        # a call delayed with no new day
        (
            "FORT WORTH, Texas, Aug. 6, 2003 -- Acme Credit Corp. today announced that the release of its results "
            "will be delayed. The conference call scheduled for tomorrow morning, August 7, will also be delayed.",
            [],
        ),
    ],
)
def test_events_the_47th_and_48th_looks_found(text: str, expected: list[tuple[str | None, str | None]]) -> None:
    assert starts_in(text) == expected


@pytest.mark.parametrize(
    "doors",
    [
        "The doors will be opened and reception of persons who have registered for the Meeting\nwill commence at "
        "2 p.m. (EET).",
        "The doors will open at 2 p.m. (EET).",
    ],
)
def test_when_a_meetings_doors_open_is_no_event_of_its_own(doors: str) -> None:
    assert starts(
        "Notice is given to the shareholders of Acme Plc to the Annual General\nMeeting to be held on Wednesday 27 "
        "March 2013 at 3 p.m. (EET) at Helsinki\nExhibition Centre, Messuaukio 1. " + doors + " Coffee will be served."
    ) == [("2013-03-27", "2013-03-27T15:00:00+02:00")]


def test_a_zone_named_with_its_place_after_the_date_in_brackets() -> None:
    """The call in Melbourne's time and again in Toronto's: one moment, one event."""
    assert starts(
        "The Company will host a conference call / webcast to discuss the results at 7:30 am on Friday 27 July 2013 "
        "(Melbourne, Australian Eastern Standard Time) / 5:30 pm on 26 July 2013 (Toronto, Eastern Daylight Time)."
    ) == [("2013-07-27", "2013-07-27T07:30:00+10:00")]


def test_a_news_pages_stamp_with_its_reading_time_is_the_release_date_not_an_event() -> None:
    parsed = prparse.parse(
        "Notice to attend the Annual General Meeting\nFebruary 25, 2022 10:00 CET 6 min read\nThe shareholders of "
        "Acme AB (publ) are hereby given notice to attend the Annual General Meeting to be held on Wednesday, April "
        "6, 2022.\n"
    )
    assert parsed.dateline is not None and str(parsed.dateline.date) == "2022-02-25"
    assert [(str(e.date), e.starts_at) for e in parsed.events] == [("2022-04-06", None)]


# Whole releases whose events turn on one layout or phrase each (invented companies).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            # a dividend's timetable beside the meeting that approves it: the ex-dividend day "would be", the days to
            # opt for shares "from ... through and including ..."
            "Acme SA: agenda of the 2015 dividend\n\nSpringfield, April 4th 2016\n\nThe Board decided to call the "
            "Annual General Meeting of shareholders on May 26, 2016 at the registered offices.\n\nSubject to the "
            "Annual General Meeting's approval, the ex-dividend date would be June 2, 2016 and the dividend would be "
            "paid on June 24, 2016. Shareholders would opt for the payment of the dividend in new shares from June "
            "2, 2016 through and including June 15, 2016 by sending their request to their bank.\n",
            [("2016-05-26", None)],
            id="dividend-timetable-beside-its-meeting",
        ),
        pytest.param(
            # a law's date, its number written with stops ("SR 818.101.24"), its name more than a lead away
            "Acme SA will hold its Annual General Meeting on Thursday, September 5, 2013 at 14:00 CEST in "
            "Lugano.\nAs a result, the Board based on art. 27 of the Ordinance 3 on Measures to Combat the "
            "Coronavirus (COVID-19; SR 818.101.24 of 19 June 2013 - Status as of 15 April 2013) decided that the "
            "shareholders of Acme SA may exercise their rights at the Annual General Meeting exclusively through the "
            "Independent Proxy.",
            [("2013-09-05", "2013-09-05T14:00:00+02:00")],
            id="a-laws-date-far-from-its-name",
        ),
        pytest.param(
            # "Non-GAAP" alone is a table's column heading, not the non-GAAP notes that would hide the events under it
            "Acme Reiterates Second Quarter Guidance in Connection with Upcoming Investor Events\n\nAcme, Inc. "
            "(NYSE: ACME) today announced it affirmed the second quarter 2023 guidance that was provided on April "
            "19, 2023.\n\nSecond Quarter 2023 "
            "Guidance\n\nGuidance\n\nNon-GAAP\n\nGuidance\n\nGAAP\n\nRevenue\n\n$255m - $261m\n\n$255m - "
            "$261m\n\nUpcoming Investor Events\n\nAcme management will be available at the following upcoming "
            "investor events:\n\nEvent:\n\nNeedham Technology & Media Conference (virtual)\n\nDate:\n\nMay 18, "
            "2023\n\nPresentation time:\n\n9:30 a.m. Eastern Time / 6:30 a.m. Pacific Time\n",
            [("2023-05-18", "2023-05-18T09:30:00-04:00")],
            id="non-gaap-column-heading",
        ),
        pytest.param(
            # the day a meeting is re-scheduled from
            "Acme Energy Ltd. Announces Rescheduling of Annual General and Special Meeting\n\nCALGARY, "
            'ALBERTA--(Marketwired - May 24, 2013) - Acme Energy Ltd. (TSX VENTURE: ACME) (the "Company") announced '
            "today the Board of Directors has determined to re-schedule the annual general and special meeting of "
            "shareholders from Thursday, June 6, 2013 to Wednesday, August 14, 2013.\n",
            [("2013-08-14", None)],
            id="re-scheduled-from",
        ),
        pytest.param(
            # a Newsfile page's stamp under a headline that names a meeting already held
            "Acme Energy Ltd. Announces Results of Annual General and Special Meeting\n\nMay 25, 2023 2:24 PM EDT | "
            "Source: Acme Energy Ltd.\n\nCalgary, Alberta--(Newsfile Corp. - May 25, 2023) - Acme Energy Ltd. (TSXV: "
            "ACME) announces that all matters put before shareholders at its meeting were approved.\n",
            [],
            id="newsfile-stamp-with-its-source",
        ),
        pytest.param(
            # 07:00 CET and 8.00 EET are one moment: the release's, restated under the dateline
            "NOTICE OF ACME'S ANNUAL GENERAL MEETING\nHelsinki, Finland, 2011-02-10 07:00 CET (GLOBE NEWSWIRE) "
            "—\nACME plc, Notice to convene annual general meeting 10.2.2011 at 8.00 EET\nNotice is given to the "
            "shareholders of Acme plc to the Annual General Meeting to be held on Tuesday 22 March 2011 at 16:00 at "
            "Finlandia Hall in Helsinki.\n",
            [("2011-03-22", None)],
            id="stamp-restated-in-another-zone",
        ),
        pytest.param(
            # a meeting to be held later today: an event on the release day
            "RNS Number : 3360Z\n\nAcme PLC\n\n17 May 2019\n\nAcme plc\n\nTrading statement\n\nAt the AGM of Acme "
            "plc (the Group), to be held later today, Jane Rowe, Chairman, will provide the following trading "
            "update:\n\nTrading in the 19 weeks was in line with expectations.\n",
            [("2019-05-17", None)],
            id="held-later-today",
        ),
    ],
)
def test_events_of_whole_releases(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert starts_in(text) == expected
