"""Who: dateline, company, tickers, contacts, source, as real wires write them
(invented companies, people, numbers and addresses)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

import prparse
from prparse.document import Document
from prparse.regions import contact_blocks
from release_template import release

BODY = " Acme Robotics, Inc. today announced a conference call."


def parse(text: str) -> dict[str, Any]:
    parsed: dict[str, Any] = prparse.parse(text).model_dump(mode="json")
    return parsed


@pytest.mark.parametrize(
    ("line", "city", "region", "date", "wire"),
    [
        ("WALTHAM, Mass.--(BUSINESS WIRE)--", "WALTHAM", "Mass.", None, "Business Wire"),
        ("NEW YORK, July 23, 2013 /PRNewswire/ --", "NEW YORK", None, "2013-07-23", "PR Newswire"),
        ("BURLINGTON, N.C., Jun 11, 2002 /PRNewswire-FirstCall/ --", "BURLINGTON", "N.C.", "2002-06-11", "PR Newswire"),
        ("TORONTO, Jan. 5, 2024 (GLOBE NEWSWIRE) --", "TORONTO", None, "2024-01-05", "GlobeNewswire"),
        # a copy run on to one line: the place after the headline, its date after a comma and a PDF's spacing
        (
            "Fourth Quarter 2012 Earnings Release 2 Acme Announces Results for Fourth Quarter 2012 Lima, Peru, "
            "February 15 , 2013 \u2013 Acme S.A.A. and subsidiaries (NYSE: ACM) announced today its results.",
            "Lima",
            "Peru",
            "2013-02-15",
            None,
        ),
        # a PDF's page number opens the line
        (
            "2 São Paulo, May 2, 2013 – Acme S.A. (B3: ACME3) announces its results",
            "São Paulo",
            None,
            "2013-05-02",
            None,
        ),
        # the date before the place
        ("28.02.2013, Moscow. The Board of OAO Acme (LSE: ACMS) recommends", "Moscow", None, "2013-02-28", None),
        (
            "November 1, 2010 HARRISBURG, PA\u2014 Acme Bancorp, Inc. today announced",
            "HARRISBURG",
            "PA",
            "2010-11-01",
            None,
        ),
        # a leader of dots that opens with an ellipsis
        (
            "FREEHOLD, NJ, January 16, 2013\u2026...........Jane Rowe, Chairman of Acme",
            "FREEHOLD",
            "NJ",
            "2013-01-16",
            None,
        ),
        # the hour with no zone between the date and a long dash
        ("Brussels, March 17, 2016, 15:00 --- Acme publishes today", "Brussels", None, "2016-03-17", None),
        # a copy run on to one line: the headline's last word before the place in capitals
        (
            "Acme Income Fund Declares February 2007 Distribution TORONTO, Feb. 19 /CNW/ -",
            "TORONTO",
            None,
            "2007-02-19",
            "Canada NewsWire",
        ),
        (
            "STONY BROOK, NY / ACCESS Newswire / February 12, 2025 /",
            "STONY BROOK",
            "NY",
            "2025-02-12",
            "ACCESS Newswire",
        ),
        ("VANCOUVER, BC, May 1, 2024 /CNW/ -", "VANCOUVER", "BC", "2024-05-01", "Canada NewsWire"),
        (
            "Vancouver, British Columbia--(Newsfile Corp. - February 7, 2025) -",
            "Vancouver",
            "British Columbia",
            "2025-02-07",
            "Newsfile",
        ),
        ("MEDFORD, NY--(MARKET WIRE)--March 30, 2007 --", "MEDFORD", "NY", "2007-03-30", "Marketwired"),
        ("CHICAGO--(BUSINESS WIRE)--February 11, 2025--", "CHICAGO", None, "2025-02-11", "Business Wire"),
        ("Springfield, Illinois--(BUSINESS WIRE)--", "Springfield", "Illinois", None, "Business Wire"),
        (
            "PREMSTAETTEN, Austria & MUNICH, Germany--(BUSINESS WIRE)--February 11, 2025--",
            "PREMSTAETTEN",
            "Austria",
            "2025-02-11",
            "Business Wire",
        ),
        ("LONDON, UK -", "LONDON", "UK", None, None),
        ("Oslo, February 10, 2025 -", "Oslo", None, "2025-02-10", None),
        ("LUXEMBOURG - November 6, 2025 (NEWMEDIAWIRE) -", "LUXEMBOURG", None, "2025-11-06", "NewMediaWire"),
        (
            "**NYKÖPING, SWEDEN / [ACCESS Newswire](https://www.accessnewswire.com/) / February 7, 2025 /**",
            "NYKÖPING",
            "SWEDEN",
            "2025-02-07",
            "ACCESS Newswire",
        ),
        ("SINGAPORE - (NewMediaWire) - October 21, 2024 -", "SINGAPORE", None, "2024-10-21", "NewMediaWire"),
        ("TOKYO, Feb 14, 2025 - (JCN Newswire) -", "TOKYO", None, "2025-02-14", "JCN Newswire"),
        (
            "(TheNewswire)\n\nToronto, Ontario – TheNewswire - February 10, 2025 –",
            "Toronto",
            "Ontario",
            "2025-02-10",
            "TheNewswire",
        ),
        ("(Oslo, 14 February 2025)", "Oslo", None, "2025-02-14", None),
        # An SEC exhibit that wrapped the line inside the wire's slashes.
        ("MIDLAND, Texas, April 27, 2006/\nPRNewswire/-", "MIDLAND", "Texas", "2006-04-27", "PR Newswire"),
        # Em dashes around the date, no wire.
        ("New York, New York — June 7, 2010 —", "New York", "New York", "2010-06-07", None),
        # A run of dashes, and a dash glued to the body after a space.
        ("Utica, New York, October 22, 2009 -----", "Utica", "New York", "2009-10-22", None),
        # A copy that lost the spaces after its commas.
        ("GUANGZHOU,China,Aug. 20,2024 --", "GUANGZHOU", "China", "2024-08-20", None),
        # A leader of dots between the date and the body.
        ("Holmdel, New Jersey, April 30, 2020 . . . . . . .", "Holmdel", "New Jersey", "2020-04-30", None),
        ("DUBLIN, Ireland (February 15, 2024)…. Acme", "DUBLIN", "Ireland", "2024-02-15", None),
        # A fixed-width copy wrapped after the city's comma.
        ("MEDFORD,\nNY, July 31, 2008 (MARKET WIRE) --", "MEDFORD", "NY", "2008-07-31", "Marketwired"),
        # ... or put each word on its own line.
        ("SPRINGFIELD,\nIL\n- May 3, 2006 -", "SPRINGFIELD", "IL", "2006-05-03", None),
        ("SPRINGFIELD,\nMarch 1, 2007 -", "SPRINGFIELD", None, "2007-03-01", None),
        # ... or that glued the headline's last word on to the place.
        (
            "Key Highlights - Q4 2019Key Highlights - FY 2019SPRINGFIELD, Feb.  26, 2020  (GLOBE NEWSWIRE) --",
            "SPRINGFIELD",
            None,
            "2020-02-26",
            "GlobeNewswire",
        ),
        # A portal's run-on copy that repeats the dateline before the wire's mark.
        (
            "PR Newswire SPRINGFIELD, Ill., March 21, 2016 SPRINGFIELD, Ill., March 21, 2016 /PRNewswire/ --",
            "SPRINGFIELD",
            "Ill.",
            "2016-03-21",
            "PR Newswire",
        ),
        # A fixed-width copy left the place's first word on the line above, or a comma after the year.
        ("LOS\nANGELES--(BUSINESS WIRE)--", "LOS ANGELES", None, None, "Business Wire"),
        # a second office after ", and", then the issuer and its listings after the date's comma
        (
            "   DUBLIN, Ireland, and Boston MA, November 5, 2020, Acme (Nasdaq: ACMT, AIM: ACMT), a global company",
            "DUBLIN",
            "Ireland",
            "2020-11-05",
            None,
        ),
        # the city and its comma alone above a long line of the country and a second office
        (
            "SHENZHEN,\nChina & LOS ANGELES--(BUSINESS WIRE)--June 9, 2005--",
            "SHENZHEN",
            "China",
            "2005-06-09",
            "Business Wire",
        ),
        ("ST.\nPAUL, February 8, 2006 –", "ST. PAUL", None, "2006-02-08", None),
        ("San\nDiego, CA – March 16, 2009 – ", "San Diego", "CA", "2009-03-16", None),
        ("PAUL, February 8, 2006, –", "PAUL", None, "2006-02-08", None),
        # A German release: the two places of one address, a full stop after the year.
        ("Martinsried/Munich, 01 April 2016.", "Martinsried/Munich", None, "2016-04-01", None),
        # A numeric date after the mark, month first.
        ("OSLO, NORWAY -- (Marketwire) -- 02/28/13 --", "OSLO", "NORWAY", "2013-02-28", "Marketwired"),
        # A portal's words before the place.
        (
            "Article content Vancouver, British Columbia–(Newsfile Corp. – May 14, 2013) –",
            "Vancouver",
            "British Columbia",
            "2013-05-14",
            "Newsfile",
        ),
        # Nasdaq Baltic: an ISO date and the hour.
        ("Tallinn, 2023-03-28 10:29 CEST --", "Tallinn", None, "2023-03-28", None),
        # A numeric date with no wire: the place says which part is the month.
        ("NEW YORK, NY -- 05/07/2008 --", "NEW YORK", "NY", "2008-05-07", None),
        ("MUMBAI, India -- 05/07/2008 --", "MUMBAI", "India", "2008-07-05", None),
        ("TORONTO, ON -- 25/07/2008 --", "TORONTO", "ON", "2008-07-25", None),
        # A syndicator's mark before the place.
        (
            "/EIN News/ -- NOVA LIMA, Brazil, Nov. 12, 2019 (GLOBE NEWSWIRE) --",
            "NOVA LIMA",
            "Brazil",
            "2019-11-12",
            "GlobeNewswire",
        ),
        # A German portal's tag before the place.
        (
            "(firmenpresse) - VANCOUVER, BRITISH COLUMBIA -- (Marketwired) -- 09/25/13 --",
            "VANCOUVER",
            "BRITISH COLUMBIA",
            "2013-09-25",
            "Marketwired",
        ),
        # Two cities: the first.
        ("SAN DIEGO AND VANCOUVER, June 6, 2011 /CNW/ -", "SAN DIEGO", None, "2011-06-06", "Canada NewsWire"),
        # A wire the table does not know keeps its name as written.
        (
            "VANCOUVER, BRITISH COLUMBIA - April 25, 2013 (Acmeideas.com Mining Stocks Newswire)",
            "VANCOUVER",
            "BRITISH COLUMBIA",
            "2013-04-25",
            "Acmeideas.com Mining Stocks Newswire",
        ),
        # A portal's copy set the listing before the place.
        (
            "(MENAFN- PR Newswire) TSX: ACM MISSISSAUGA, ON, Oct. 3, 2013 /PRNewswire/ -",
            "MISSISSAUGA",
            "ON",
            "2013-10-03",
            "PR Newswire",
        ),
        # Wires of the 2000s.
        ("UNIONDALE, N.Y.--(BW HealthWire)--Nov. 20, 2001--", "UNIONDALE", "N.Y.", "2001-11-20", "BW HealthWire"),
        ("HIALEAH, Fla., Aug. 15, 2005 (PRIMEZONE) --", "HIALEAH", "Fla.", "2005-08-15", "PrimeZone"),
        ("MONTREAL, QUEBEC--(CCNMatthews - March 23, 2006) -", "MONTREAL", "QUEBEC", "2006-03-23", "CCNMatthews"),
        (
            "ENGLEWOOD, Colo., Oct 23, 2007 (PrimeNewswire via COMTEX News Network) -- Acme Corp. (Nasdaq:ACME)",
            "ENGLEWOOD",
            "Colo.",
            "2007-10-23",
            "PrimeNewswire",
        ),
        # The year glued to the issuer's name.
        ("Amsterdam, The Netherlands, April 30, 2020Acme", "Amsterdam", "The Netherlands", "2020-04-30", None),
        # ... or kept its space and lost the dash: the issuer, then a verb or its legal form.
        ("SPRINGFIELD, ILLINOIS October 28, 2021 Acme today announced", "SPRINGFIELD", "ILLINOIS", "2021-10-28", None),
        ("SALEM, Mass. March 3, 2020 Acme Inc. announced", "SALEM", "Mass.", "2020-03-03", None),
        # A markdown copy's brackets inside the wire's.
        ("MINNEAPOLIS--([ BUSINESS WIRE ])--", "MINNEAPOLIS", None, None, "Business Wire"),
        # A particle inside a place's name.
        ("Rio de Janeiro, July 29, 2008 - ", "Rio de Janeiro", None, "2008-07-29", None),
        ("CITY of INDUSTRY, CA, November 5, 2008 — ", "CITY of INDUSTRY", "CA", "2008-11-05", None),
        # Em dashes with no spaces around them.
        ("MINNEAPOLIS\u2014AUGUST 5, 2009\u2014Acme", "MINNEAPOLIS", None, "2009-08-05", None),
        # Two offices, joined by "and": the first one's city.
        ("Zurich and Dublin, Ireland, October 10, 2016. ", "Zurich", None, "2016-10-10", None),
        # A copy that lost its line breaks ran the headline (or a page's time stamp) into the place.
        (
            "Acme to Present at Investor Conferences in November SPRINGFIELD, IL--(Marketwired - November 01, 2016) - ",
            "SPRINGFIELD",
            "IL",
            "2016-11-01",
            "Marketwired",
        ),
        (
            "Acme agrees to a one-year lock-upSPRINGFIELD, Ill., April 14, 2025 (GLOBE NEWSWIRE) -- ",
            "SPRINGFIELD",
            "Ill.",
            "2025-04-14",
            "GlobeNewswire",
        ),
        (
            "Acme Files Appeal With Court16:19 EST Monday, January 24, 2011ZUG, SWITZERLAND--(Marketwire - "
            "January 24, 2011) - ",
            "ZUG",
            "SWITZERLAND",
            "2011-01-24",
            "Marketwired",
        ),
        # ... when the second office's city takes two or three words.
        ("London and Redwood City, Calif., May 27, 2020 – ", "London", None, "2020-05-27", None),
        ("LONDON and NEW YORK, 6 November 2024 - ", "LONDON", None, "2024-11-06", None),
        # A portal's stamp line, the date before the wire's name.
        ("12.08.2020  |  Newsfile\n\nVancouver, August 12, 2020 -", "Vancouver", None, "2020-08-12", "Newsfile"),
        # The dash right after the bracket's close; a day with no year the text fixes keeps its place.
        ("HOUSTON (July 29, 2026)—Acme Robotics, Inc. reported.", "HOUSTON", None, "2026-07-29", None),
        (
            "MINNETONKA, April 16 — Acme Robotics, Inc. reported results for 2013 and 2014.",
            "MINNETONKA",
            None,
            None,
            None,
        ),
        # A small wire's slashes.
        ("NASHVILLE, TN, March 18, 2024 /24-7PressRelease/ -- ", "NASHVILLE", "TN", "2024-03-18", "24-7PressRelease"),
        # A French copy's date (no region, and no date read from a French month).
        ("MONTREAL, le 22 janv. /CNW Telbec/ - Le Groupe Acme", "MONTREAL", None, None, "Canada NewsWire"),
        # The date opening straight after the place's last letter ("LONDON:", "Oslo (Norway),").
        ("LONDON: 5 March 2020 - ", "LONDON", None, "2020-03-05", None),
        # a Nordic release's distribution line is no dateline; an older letterhead dates it
        (
            "Stock Exchange Bulletin, 22.11.2007\n\nDISTRIBUTION: Helsinki Stock Exchange, key media\n",
            None,
            None,
            "2007-11-22",
            None,
        ),
        # ... or the date on the line under it; a press release's label with its date and hour
        (
            "Stock Exchange Release\n14.10.2013 at 9:00 (CET+1)\n\nAcme Corporation has changed the venue.\n",
            None,
            None,
            "2013-10-14",
            None,
        ),
        (
            "Press release; May 9, 2014 6:15 AM CET\nInterim Report January – March 2014\n",
            None,
            None,
            "2014-05-09",
            None,
        ),
        # a fixed-width copy wrapped the date to the line under the wire's mark
        ("EXTON, PA - (PR Newswire-First Call)\n– February 29, 2008 - ", "EXTON", "PA", "2008-02-29", "PR Newswire"),
        # the country in brackets after the city; each office's so (French issuers); the hour alone
        ("Oslo (Norway), 20 March 2020 - ", "Oslo", "Norway", "2020-03-20", None),
        (
            "Lyon (France), Boston (Massachusetts, United States), Basel (Switzerland) January 30, 2023 – ACME",
            "Lyon",
            "France",
            "2023-01-30",
            None,
        ),
        (
            "Lyon (France), Boston (Massachusetts, U.S.), March 17th, 2023, 08 am CET – ",
            "Lyon",
            "France",
            "2023-03-17",
            None,
        ),
        ("San Donato Milanese (MI), 30 January 2020 - ", "San Donato Milanese", "MI", "2020-01-30", None),
        # A wire's markdown link at the line's end, the date wrapped under it.
        (
            "**NYKOPING, SWEDEN / [ACCESS Newswire](https://www.accessnewswire.example/)\n/ February 7, 2013 /** Acme "
            "Systems AB (STO:ACME)",
            "NYKOPING",
            "SWEDEN",
            "2013-02-07",
            "ACCESS Newswire",
        ),
        # Euronext Brussels issuers: the hour and the disclosure's class before the dash.
        (
            "Mechelen, Belgium; 17 April 2020, 01.15 CET; regulated information –",
            "Mechelen",
            "Belgium",
            "2020-04-17",
            None,
        ),
        # A place in capitals (or its region) glued to its date; a place in the bracket it shares with its date.
        ("CALGARYMay 9, 2019 /CNW/ – (TSX: ACM):", "CALGARY", None, "2019-05-09", "Canada NewsWire"),
        ("SEOUL, South KoreaApril 17, 2023 /PRNewswire/ —", "SEOUL", "South Korea", "2023-04-17", "PR Newswire"),
        # a markdown copy's bold place and date, the dash glued to the body's first word
        ("**PINEVILLE, La., Oct. 31, 2007** –Mike Rowe, president of Acme", "PINEVILLE", "La.", "2007-10-31", None),
        ("(Calgary April 27, 2009) /Marketwire/ —", "Calgary", None, "2009-04-27", "Marketwired"),
        # a partner agency's name before the wire's
        ("Istanbul (ots/PRNewswire) - Acme, the leading operator", "Istanbul", None, None, "PR Newswire"),
        ("HONG KONG, Aug. 21, 2007 /Xinhua-PRNewswire-FirstCall/ --", "HONG KONG", None, "2007-08-21", "PR Newswire"),
        # the date first and a dash before the place; a listing between two dashes
        ("July 23, 2003 — Chicago, Illinois —", "Chicago", "Illinois", "2003-07-23", None),
        ("JOPLIN, MO, November 8, 2005—(NYSE:ACM) —", "JOPLIN", "MO", "2005-11-08", None),
        # a month in lower case, or in the language of the issuer's country
        ("TORONTO, 6 november 2023 /PRNewswire/ -", "TORONTO", None, "2023-11-06", "PR Newswire"),
        ("Santiago, Chile, 05 de noviembre de 2015 -", "Santiago", "Chile", "2015-11-05", None),
        ("PARIS, le 1er mars 2024 -", "PARIS", None, "2024-03-01", None),
        # Three offices, each with its region, in the bracket: the first is the city.
        (
            "(CAMBRIDGE, England & RADNOR, PA. & BETHESDA, MD., US, 6 August 2026)",
            "CAMBRIDGE",
            "England",
            "2026-08-06",
            None,
        ),
        # two offices, each with its region: the first
        (
            "Basingstoke, UK and Philadelphia, US – October 13, 2006 – Acme plc (LSE: ACM) will announce results",
            "Basingstoke",
            "UK",
            "2006-10-13",
            None,
        ),
        # a state's or a province's code that is also a legal form's
        (
            "Elko, NV – June 23, 2015 – Acme Lithium Corporation [OTCQB – ACML] is pleased",
            "Elko",
            "NV",
            "2015-06-23",
            None,
        ),
        ("Calgary, AB – June 23, 2015 – Acme Energy Inc. is pleased", "Calgary", "AB", "2015-06-23", None),
        ("Reno, NV (June 23, 2015) - Acme Gaming Corporation is pleased", "Reno", "NV", "2015-06-23", None),
        # a comma, not a dash, between the date and the issuer's name
        (
            "Tel Aviv, February 27, 2014, Acme Imaging Ltd. (NASDAQ: ACMI) announced today",
            "Tel Aviv",
            None,
            "2014-02-27",
            None,
        ),
    ],
)
def test_datelines(line: str, city: str, region: str | None, date: str | None, wire: str | None) -> None:
    dateline = parse("Acme Robotics Announces Call\n\n" + line + BODY)["dateline"]
    assert (dateline["city"], dateline["region"], dateline["date"], dateline["wire"]) == (city, region, date, wire)


@pytest.mark.parametrize(
    ("line", "city", "region"),
    [
        (
            "Basingstoke, UK 26 February 2003 Acme Pharmaceuticals Group plc (LSE: ACM) today reported",
            "Basingstoke",
            "UK",
        ),
        ("London, 26 February 2003 Acme Robotics, Inc. today reported", "London", None),
        # a comma after the year, the name's dotted legal form ending the line
        (
            "Buenos Aires, Argentina, 26 February 2003, Grupo Acme Financiero S.A.\n(Buenos Aires Stock Exchange / "
            'NASDAQ: ACMF, "Grupo Acme") calls a shareholders\' meeting to approve the',
            "Buenos Aires",
            "Argentina",
        ),
    ],
)
def test_a_dateline_with_no_dash_before_a_name_and_its_legal_form(line: str, city: str, region: str | None) -> None:
    dateline = parse("Acme Reports Fourth Quarter Results\n\n" + line + " results.")["dateline"]
    assert (dateline["city"], dateline["region"], dateline["date"]) == (city, region, "2003-02-26")


def test_a_date_line_over_a_headline_that_ends_on_another_date() -> None:
    """The headline's last line "ON TUESDAY, AUGUST 11, 2020" is no calendar's row: the date line
    above it is the release's; the name in capitals ends at its legal form."""
    release = parse(
        "August 4, 2020\nACME SILVER & GOLD MINES LTD. SECOND QUARTER 2020 FINANCIAL RESULTS TO BE RELEASED\n"
        "ON TUESDAY, AUGUST 11, 2020\nAcme Silver & Gold Mines Ltd. (ASM: TSX) plans to announce its results on "
        "Tuesday, August 11, 2020.\n"
    )
    assert release["dateline"]["date"] == "2020-08-04"
    assert release["company"] == "ACME SILVER & GOLD MINES LTD."


@pytest.mark.parametrize(
    ("notice", "date_line", "date"),
    [
        (
            "The information communicated within this announcement is deemed to constitute inside information as "
            "stipulated under the Market Abuse Regulations (EU) No. 596/2014. Upon the publication of this "
            "announcement, this inside information is now considered to be in the public domain.",
            "25 January 2018",
            "2018-01-25",
        ),
        (
            "  Disclosure announcement transmitted by euro adhoc. The issuer is responsible\n  for the content of "
            "this announcement.",
            "19.02.2009",
            "2009-02-19",
        ),
    ],
)
def test_a_date_line_under_a_notice_over_the_announcement(notice: str, date_line: str, date: str) -> None:
    """A notice in sentences over the date line is not the body's first prose: the date line dates the release."""
    release = parse(
        f"{notice}\n{date_line}\nAcme PLC\nCapital Markets Day\nThe Board of Acme PLC (LSE: ACM) is today holding a "
        "capital markets day for investors and analysts at the Company's plant near Valencia in Spain.\n"
    )
    assert release["dateline"]["date"] == date
    assert [(e["date"], e["starts_at"]) for e in release["events"]] == [(date, None)]


def test_a_registrar_and_a_pages_heading_are_no_issuer() -> None:
    text = (
        "General Meetings\n\nThe company holds an Annual General Meeting of its shareholders each year.\n\n"
        "To be effective, a proxy form must be deposited with Share Registrars Limited, The Courtyard, 17 West "
        "Street, Farnham, Surrey GU9 7DR.\n\nGeneral Meetings are announced on this page.\n"
    )
    assert parse(text)["company"] is None


@pytest.mark.parametrize(
    ("text", "company"),
    [
        # a leader of dots after the year's full stop: the issuer at its ticker, not the subsidiary defined later
        (
            "ACME FINANCIAL, INC. ANNOUNCES SECOND QUARTER RESULTS\n\nSPRINGFIELD, ILLINOIS, July 20, 2006. . . Acme "
            "Financial, Inc. (ACM) (NASDAQ:ACMF), the $1 billion holding company for Beta Federal Savings Bank (the "
            "Bank), today reported net income of $2.9 million for the second quarter of 2006.\n",
            "Acme Financial, Inc.",
        ),
        # a notice's addressees before the issuer's name
        (
            "To the Shareholders of Acme SA: Notice of the Annual General Meeting\n\n3 Apr 2020 12:59\n\nTo be held "
            "on Wednesday, May 13, 2020, in Lugano, Switzerland at 13.00 CEST at Acme SA headquarters.\n",
            "Acme SA",
        ),
        # a number inside the name, before "Group" and its suffix
        (
            "THIS ANNOUNCEMENT CONTAINS INSIDE INFORMATION\n1 September 2023\nThe 700 Group PLC\n"
            '("700 Group", the "Group" or the "Company")\nNotice of Annual General Meeting\n'
            "The 700 Group announces that it intends to convene the Company's 2023 Annual "
            "General Meeting for 29 September 2023.\n",
            "The 700 Group PLC",
        ),
        # a Chilean filing's "essential fact" is the issuer's, not its name
        (
            "Santiago, April 3, 2023\nEssential Fact of Acmecorp S.A.\nDear Sir, In accordance with the law, I hereby "
            "inform you that the Board of Directors agreed to summon an Ordinary Shareholders' Meeting to be held on "
            "April 14, 2023.\n",
            "Acmecorp S.A.",
        ),
        # an Israeli issuer's report title is no issuer
        (
            "Immediate Report Regarding a Dividend Distribution – Supplemental Report\nFurther to the Company's report "
            "dated March 16, 2016, regarding a dividend distribution out of the revenues of the fourth quarter of "
            "2015, the Company wishes to report the dividend amount per share.\n",
            None,
        ),
        # a 6-K's title over its body is no issuer
        (
            "Preliminary Operating Results for the First Quarter of 2026\nOn April 23, 2026, Acme Financial Group Inc. "
            "(\u201cAcme Financial Group\u201d) held an earnings conference and released its preliminary operating "
            "results\nfor the first quarter of fiscal year 2026.\n",
            "Acme Financial Group Inc.",
        ),
        # a capitalised common noun opening a notice with no dateline is no issuer
        (
            "Companies Update\n2 October 2009\nUpdate no 05/09\n\nDaylight Saving: Announcements Office Hours\n\n"
            "Daylight saving commences in NSW at 2 a.m. EST on Sunday 4 October 2009. Daylight saving is not adopted "
            "in Queensland. The office will revert to its usual closing time when daylight saving has ended.\n",
            None,
        ),
        # a deal's other parties are no issuer
        (
            "The report is available on the company's website: www.acmetech.se\n\nSTRONG CASH FLOW\n\n* During "
            "the period, the acquisition of Beta Systems Ltd, Gamma Srl and Delta Agro ApS was completed. Omega AB "
            "was divested.\n\nAcmetech sums up another year of profitable growth.\n",
            None,
        ),
        # the office a trust is cared for at is no issuer
        (
            "1 ACME ROYALTY TRUST c/o U.S. Trust, Bank of America Private Wealth Management 901 Main Street, "
            "Dallas, Texas March 28, 2013 Dear Unit Holder: You are cordially invited to attend a Special Meeting "
            "of unit holders of the Acme Royalty Trust to be held on Thursday, May 23, 2013.\n",
            "Acme Royalty Trust",
        ),
        # an adverb opening a sponsored articles body is no issuer
        (
            "Acme Alert Leverages AI Patents\n\nBy Jane Rowe Benzinga\n\n DETROIT, MICHIGAN - November 20, 2025 "
            "(NEWMEDIAWIRE) - Roughly one in ten Americans 60 or older has been the victim of fraud.\n\n Acme "
            "Alert Inc. (OTC: ACAL), the provider of emergency response systems, is leveraging patents. Acme Alert "
            "makes devices.\n",
            "Acme Alert Inc.",
        ),
        # a details heading opening a copy is no issuer
        (
            "Investor Conference Call / Webcast Details\nAcmeMOS will host two conference calls on Wednesday, May "
            "6, 2020.\nDial-In: +886-2-5555-8016\n\nAbout AcmeMOS TECHNOLOGIES INC.\nAcmeMOS TECHNOLOGIES INC. "
            "makes chips.\n",
            "AcmeMOS TECHNOLOGIES INC.",
        ),
        # a french issuers regulatory news line is no issuer
        (
            "Acme Reports Half-Year Results\n\nMARSEILLE, France--(BUSINESS WIRE)--Sep 15, 2022--\nRegulatory "
            "News:\nAcme Pharma SA (Euronext Paris: ACME) today reported its results for the six months ended June "
            "30, 2022.\n",
            "Acme Pharma SA",
        ),
        # the meeting a headline invites to is not the issuers name
        (
            "Invitation to the Annual General Shareholders' Meeting 2018 of Acme Genomics AG, Berlin\n\nWe invite "
            "you to attend the Annual General Shareholders' Meeting of Acme Genomics AG on Wednesday, May 30, 2018 "
            "at 10:00 a.m.\n",
            "Acme Genomics AG",
        ),
        # a nordic headline names its issuer before the dash not the market
        (
            "Acme Audio a/s – financial calendar\nStruer, 2013-05-31 14:31 CEST (GLOBE NEWSWIRE) -- Company "
            "Announcement no. 15.18\nPlease be informed of the following dates for Acme Audio’s planned "
            "announcements to NASDAQ Copenhagen A/S.\n",
            "Acme Audio a/s",
        ),
        # the issuer that is pleased to announce
        (
            "The joint statement released by the regulator provides guidance on general meetings.\nDate, Time and "
            "Conduct of AGM\nAcme Projects is pleased to announce that the AGM will be held by way of electronic "
            "means on Wednesday, 28 July 2021 at 10.30am (Singapore time).\n",
            "Acme Projects",
        ),
        # a nordic release header names the issuer over the headlines subject
        (
            "Bolt Telecom and Nordnet to merge with Acme\n\n\nACME STOCK EXCHANGE RELEASE 10 JUNE 2013 AT "
            "4.10pm\n\nBolt Telecom and Nordnet to merge with Acme\n\nThe Boards of Directors in Acme and Bolt "
            "Telecom have agreed that Bolt Telecom will merge into Acme and have signed the merger plan.\n",
            "ACME",
        ),
        # a portals loading placeholder is no issuer
        (
            "Acme And Bolt Provide Update On Pending Transaction\n\nLoading...\nLoading...\nAcme, Inc.\nACME\nand "
            "Bolt Incorporated\nBOLT\ntoday provided an update regarding Acme's previously announced acquisition "
            "of Bolt. Bolt has scheduled a Special Meeting of Stockholders for July 31, 2013 to vote on the "
            "pending transaction.",
            "Acme, Inc.",
        ),
        # an exchanges disclaimer names no issuer
        (
            "Exhibit 99.1\nHong Kong Exchanges and Clearing Limited and The Stock Exchange of Hong Kong Limited "
            "take no responsibility for the contents of this announcement.\nACME EDUCATION GROUP INC.\n(Stock "
            "Code: 9876)\nDATE OF BOARD MEETING\nDate of Board Meeting\nThe board (the “Board”) of directors (the "
            "“Directors”) of Acme Education Group Inc. (the “Company”) hereby announces that a meeting of the "
            "Board will be held on Tuesday, April 18, 2023.\n",
            "Acme Education Group Inc.",
        ),
        # a lower case name before its ticker that the headline opens with
        (
            "acmegen to Present at 2019 Wedbush Healthcare Conference\n\nOn August 6, 2019 acmegen (Euronext & "
            "Nasdaq: ACMG), a clinical-stage biotechnology company, reported that its CEO will present at the "
            "conference.\n",
            "acmegen",
        ),
        # a brackets words cut from their opening are no company
        (
            "(Note) This document has been translated from the Japanese original for reference purposes only.\n\n"
            "May 12, 2016\n\nCompany name: Acme Corporation\nRepresentative: Taro Rowe, President\n\nNotice "
            "concerning Issuance of Class Shares\n\nAcme Corporation (hereinafter referred to as the Company) "
            "hereby announces that its Board resolved the following items.\n",
            "Acme Corporation",
        ),
        # the name a company had before is no issuer (its name in capitals is)
        (
            "Notice of annual general meeting ACMETION LIMITED (previously known as Ansco Limited) (Incorporated "
            "in the Republic of South Africa) Notice is hereby given of the Annual General Meeting of shareholders "
            "of Acmetion Limited to be held at 85 Regency Drive, Pretoria, on 27 September 2018 at 10:00am.\n",
            "ACMETION LIMITED",
        ),
        # a pages share buttons are no issuer
        (
            "Acme – Q2 2020 Trading update Oslo Stock Exchange:ACME – GlobeNewswire\n\nTrading News\n\nEmail Print "
            "Friendly Share\n\n| Source: Acme ASA\n\nmultilang-release\n\nAcme – Q2 2020 Trading update\n\n"
            "Consolidated harvest volumes in Q2 2020 are:\n\nFarming Central Norway (1,000 tgw): 27.2\n\nThe full "
            "Q2 2020 report will be released on 27 August 2020 at 06:30 CEST.\n\nFor more information, please "
            "contact:\nJane Rowe\nHead of Investor Relations\nTel: +47 936 55 449\n",
            "Acme ASA",
        ),
        # a contact title is no company
        (
            "Invitation to a webinar\n\nOn Thursday, February 13th, the webinar will be hosted on Zoom.\n\nFor "
            "more information, please contact:\n\nJane Rowe, CEO of Acme Robotics AB\n\n+46 708 55 47 88\n",
            "Acme Robotics AB",
        ),
        # a body that calls the issuer by its initials takes the headline subject
        (
            "AMMicrosystems Reports 2021 Third Quarter Financial Results\n\nAM exercised the call option for the "
            "early redemption of its convertible bond. In the third quarter, AM settled the bond in cash.\n\nFree "
            "cash flow was $420 million in the third quarter.\n",
            "AMMicrosystems",
        ),
        # a brand named after its description takes the headline subject
        (
            "Up to Release Fourth Quarter Results on Tuesday, March 4, 2025\n\nZURICH, Switzerland--(BUSINESS "
            "WIRE)--February 11, 2025--\n\nSwiss performance sportswear brand Up announced today that the Company "
            "will release its results.\n",
            "Up",
        ),
        # the source line gives the company without its label
        (
            "Acme Showcases LED Displays at ISE 2025\n\nBARCELONA, Spain, Feb. 7, 2025 /PRNewswire/ -- As a "
            "pioneer in LED display technology, Acme stood out at the show.\n\nSOURCE Acme International Trade "
            "Co., Ltd\n",
            "Acme International Trade Co., Ltd",
        ),
        # the headline word the release keeps naming
        (
            "Acmekumpu financial statements release 2024 - Full-year EBITDA EUR 177 million\n\nHELSINKI, Feb. 13, "
            "2025 /PRNewswire/ --\n\n**Fourth quarter 2024 highlights**\n\n* Acmekumpu delivered more steel. "
            "Acmekumpu cut costs.\n* The President and CEO of Acmekumpu spoke.\n",
            "Acmekumpu",
        ),
        # an exchange disclaimer is not the issuer
        (
            "Exhibit 99.1\nHong Kong Exchanges and Clearing Limited and The Stock Exchange of Hong Kong Limited "
            "take no responsibility for the contents of this announcement.\nAcme Robotics Group Limited\n(Stock "
            "Code: 1234)\nDATE OF BOARD MEETING\nAcme Robotics Group Limited (the “Company”) announces that a "
            "meeting of the board will be held on Friday, November 24, 2023.\n",
            "Acme Robotics Group Limited",
        ),
        # The name over the cover's caption, when the exhibit's first lines name something else ...
        (
            "FORM 6-K\n(Commission File No. 001-35193)\nAcme, S.A.\n(Translation of registrant’s name into English)\n"
            "Avinguda de la Generalitat\nExhibit 99.1\nInvestors’ Meeting, Austin\nThursday, May 30th, 2013 – San "
            "Marcos (TX) Time Topic 8:00 Hotel pick up",
            "Acme, S.A.",
        ),
        # ... but the body's own way of writing it wins when it is the same name.
        (
            "FORM 6-K\nACME LTD.\n(Exact name of registrant as specified in its charter)\nExhibit 99.1\n\nAcme Reports "
            "Results\n\nSPRINGFIELD, Ill., July 23, 2013 -- Acme (Nasdaq: ACMN) today reported results.",
            "Acme",
        ),
        # A copy that lost the name line: the line above the caption is no name.
        (
            "FORM 8-K\nDate of Report (Date of earliest event reported) October 2, 2003\n(Exact name of registrant as "
            "specified in its charter)\nExhibit 99.1\n\nSPRINGFIELD, Ill., October 2, 2003 -- Acme Parks, Inc. "
            "(AMEX: ACMP) will host a call.",
            "Acme Parks, Inc.",
        ),
        # (the issuer of a notice)
        (
            "ACME Board of Directors held on 13 August 2013 recommended that ACME shareholders approve payment of "
            "dividends for Q2 2013 at the next Extraordinary General Meeting of Shareholders (EGM).\n",
            "ACME",
        ),
        (
            "Convening notice for the Extraordinary and Ordinary General Shareholders' Meetings of Acme Fund SA to be "
            "held on 31 October 2013\nThe Investment Manager publishes the convening notice.\n",
            "Acme Fund SA",
        ),
        # definitions that lost their quotes, after a seat, a meeting's ordinal, a heading run on
        (
            "1 ACME DISCOUNT BANK LTD. ( The Bank ) Israel Securities Authority Date: July 30, 2013 Re. Report "
            "regarding convening of an Annual General Meeting.\n",
            "ACME DISCOUNT BANK LTD.",
        ),
        (
            "Invitation to the 2013 AGM\n\nIt is our pleasure to invite all shareholders of Acme Holding AG, "
            "Schaffhausen (the Company), to the annual general meeting.\n",
            "Acme Holding AG",
        ),
        (
            "Notice of Meeting\n\nYou are cordially invited to attend the 43rd Annual Shareholders Meeting of Acme "
            "Gakkan Company (the Company ). The meeting will be held as follows.\n",
            "Acme Gakkan Company",
        ),
        (
            "Arrangements for Annual General Meeting Acme PLC (the Company) will hold its Annual General Meeting at "
            "its offices.\n",
            "Acme PLC",
        ),
        # a name that opens with "Consolidated" (a word of results tables' titles too)
        (
            "Acme Accepts Offers\n\nMATTOON, Ill., Aug. 27, 2015 (GLOBE NEWSWIRE) -- Today, Consolidated Acme "
            "Holdings, Inc. (Nasdaq:CACM), accepted offers totaling $14 million.\n",
            "Consolidated Acme Holdings, Inc.",
        ),
        # the board "for" its company, the listing after the name
        (
            "Acme Power declares dividends\n\nEDMONTON, Alberta, May 01, 2020 (GLOBE NEWSWIRE) -- The Board of "
            "Directors for Acme Power Corporation (TSX: ACP) (Acme Power) declared a dividend of $0.48 per share.\n",
            "Acme Power Corporation",
        ),
        # a Brazilian issuer's status, part of its name
        (
            "The Board of Directors of Acme S.A. \u2013 In Judicial Reorganization (\u201cCompany\u201d or "
            "\u201cAcme\u201d) calls the Shareholders to attend the Annual General Meeting.\n",
            "Acme S.A. - In Judicial Reorganization",
        ),
        # the definition on the line under the name
        (
            "RNS Number : 5020U Acme Oil & Gas PLC 08 August 2013\nAcme Oil & Gas PLC\n"
            '("ACOG" or the "Company")\nNotice of General Meeting\nACOG (LONDON AIM:ACOG) is pleased to announce.\n',
            "Acme Oil & Gas PLC",
        ),
        (
            "REG-Acme Mining International plc Acme: Update on the AGM meeting arrangements\n\n============\n\n"
            "Acme Mining International plc (ACMM)\nAcme: Update on the AGM meeting arrangements\n",
            "Acme Mining International plc",
        ),
        # (nordic openings)
        (
            "Acme ASA: Adjustment of shareholder proposal\n\nSandnes, 10 February 2025:\n\nReference is made to the "
            'notice of a meeting publishedbyAcme ASA (the "Company") on 7 February 2025.\n',
            "Acme ASA",
        ),
        (
            "Report on managers' shares\n\nACME\n\nANNOUNCEMENT NO. 23 - 10 FEBRUARY 2025\n\n"
            "Aktieselskabet ACME A/S is required to report transactions in its shares.\n",
            "Aktieselskabet ACME A/S",
        ),
        # No headline, no dateline: a lower-case word inside the legal name; a heading is no dateline.
        (
            "Acme bank ASA reported a profit before tax of NOK 29.7 million for Q4 2024. Gross loans grew.\n\n"
            "Highlights of Q4 2024:\n\nProfit before tax NOK 29.7 million\n\nProfit after tax NOK 22.3 million\n",
            "Acme bank ASA",
        ),
        # A letter: "I" is no company; the headline names it.
        (
            "Acme Annual General Meeting\n\nAcme Annual General Meeting - Media Arrangements\n\nI wish to extend an "
            "invitation to you to attend Acme's Annual General Meeting (AGM) 2013 and to inform you of the "
            "arrangements for media. Acme staff will meet you at the door.\n",
            "Acme",
        ),
        # No legal name anywhere: the name whose meeting the headline announces, named again below.
        (
            "Practical instructions regarding Acme-Munksjö’s Annual General Meeting\n\nIn response to the infection "
            "risk, Acme-Munksjö has decided to change the practical arrangements of its Annual General Meeting. "
            "Acme-Munksjö asks shareholders to vote in advance.\n",
            "Acme-Munksjö",
        ),
        # A Maltese announcement: its label is no name, "p.l.c." is a legal form.
        (
            "Audited Financial Statements 31 Dec. 2013\n\nCOMPANY ANNOUNCEMENT\nThe following is a company "
            "announcement issued by Acme Group p.l.c. (the “Company”) in terms of the rules of the market.\n"
            "QUOTE\nApproval of Audited Financial Statements\nThe Company hereby announces that the Directors "
            "approved the financial statements.\n",
            "Acme Group p.l.c.",
        ),
        # A long headline is no body: the legal name inside it is the company, not its first word.
        (
            "Changes in the arrangements for OY ACMETRON AB’S annual general meeting – THE PLACE FOR THE GENERAL "
            "MEETING IS MOVED\n\nThe shareholders of OY ACMETRON AB have been called to the Annual General Meeting. "
            "Changes to the meeting arrangements have been made.\n\nChanges in meeting arrangements\n\nThe "
            "meeting is short.\n",
            "OY ACMETRON AB",
        ),
        # A brand in capitals leads the headline and the text keeps naming it.
        (
            "ACMETRON to Publish Its Results for the Third Quarter of 2013 on Thursday, October 23, 2013\n\n"
            "We look forward to welcoming you to the web conference on ACMETRON's results. ACMETRON will host it "
            "on Thursday. ACMETRON's shares are listed on SIX Swiss Exchange.\n",
            "ACMETRON",
        ),
        # A copy that lost its spaces: the verb glued on to the legal suffix.
        (
            "In connection with the release of the 4th quarter 2024 results, Acme Shipping ASAwillpublish its "
            "4th quarter report on Thursday 27th February at 09:00.\n",
            "Acme Shipping ASA",
        ),
        # (a meetings notice names its company not its audience)
        (
            'Acme: Annual General Meeting of Acme AB (publ)\n\nShareholders of Acme AB (the "Company") who wish to '
            "participate in the meeting shall notify the Company.\n",
            "Acme AB",
        ),
        (
            "Notice of Annual General Meeting\n\nIMPORTANT COMMUNICATION:no personal attendance and exercise of "
            "rights exclusively through the Independent Proxy\n\nIt will not be possible to attend in person.\n",
            None,  # a label in capitals is no name; better none than a wrong one
        ),
        # A notice that names only its auditor names no issuer; a dateline's date with no dash before the name.
        (
            "Notice of Annual General Meeting of Shareholders\n\nAgenda: 3. To vote to appoint Rowe & Company LLP, "
            "Chartered Professional Accountants, as our independent auditor for the ensuing year.\n",
            None,
        ),
        (
            "Acme Technologies Corp. Announces 2010 Annual Meeting Date\n\nFriday, March 26, 2010 Corporate News\n\n\n"
            'LYNBROOK, N.Y., March 25 Acme Technologies Corp. (Nasdaq: ACMT, the "Company"), a biopharmaceutical '
            "company, today announced its meeting date.\n",
            "Acme Technologies Corp.",
        ),
        # The kind of event after a date over the body names no one; a date over the headline either.
        (
            "31 Dec 2007 Telephone conference\nAn extraordinary general meeting in Acme Skog ASA has been scheduled "
            "for 10 January 2008. Telephone number (Norway): 800 19 641\nTelephone number (international): "
            "+44 (0)20 7946 0845\n",
            "Acme Skog ASA",
        ),
        (
            "March 10, 2014\nFOR IMMEDIATE RELEASE\nACME GROUP FOURTH QUARTER RESULTS DATE\nAcme Group will "
            "announce its results on Thursday March 13, 2014 at 7:00 a.m. CET, and discuss them on March 13, 2014. "
            "The meeting will also be broadcast live on March 13, 2014.\n",
            None,
        ),
        # The name after the date the body opens with.
        (
            "MADISON, N.J., July 31 /PRNewswire-FirstCall/ -- On July 31, 2007, Acme will hold a conference call "
            "to provide an update. Acme is one of the world's largest research-driven companies. Acme makes drugs.\n",
            "Acme",
        ),
        # A news portal's name where the dateline was is no issuer.
        (
            "Acme Restaurant Group, Inc. to Issue Results\n\nYahoo Finance -- Acme Restaurant Group, Inc. (NYSE: ACM "
            "- News), the largest operator of steakhouses, will report its results on Monday, March 9, 2009.\n",
            "Acme Restaurant Group, Inc.",
        ),
        # Identifiers that close a long appositive follow a common noun, not the name.
        (
            "ZUG, Switzerland - October 9, 2025 (NEWMEDIAWIRE) - Acme AG, a listed European FinTech company, "
            "offering lending services to consumers, small businesses and other FinTechs (WKN: A1B2C3, ISIN: "
            "CH0000000001) (\u201cAcme\u201d or \u201cCompany\u201d) invites analysts to its webcast.\n",
            "Acme AG",
        ),
        # A results table's first cell and "The Company" name no one.
        (
            "GAAP ($ millions, except per share data) | Q2 FY26 | Q2 FY25\nRevenue | 114.5 | 105.2\n\n"
            "The Company maintains its guidance with respect to Revenue.\n",
            None,
        ),
        # the speaker's titles, joined by "and", before the company and its ticker
        (
            "ACME CORP. DELAYS ANNUAL MEETING\nReston, VA---September 25, 2001 -- John Q. Rowe, President and CEO "
            'of Acme Widget Corp. (OTC BB: ACMW), stated today: "We are delaying the meeting."\n',
            "Acme Widget Corp.",
        ),
        # a letter to the exchange run on to one line: its salutation and its sign-off name no issuer
        (
            "1 15 February 2013 The Manager Market Announcements Office Australian Securities Exchange ELECTRONIC "
            "LODGEMENT Dear Sir or Madam Acme Corporation Limited - Financial results for the half-year In "
            "accordance with the Listing Rules, I enclose the following for immediate release to the market.\n",
            "Acme Corporation Limited",
        ),
        (
            "Key Dates\n\n20 June 2013 Dear Sir / Madam The Company advises the following proposed dates: Annual "
            "General Meeting: Tuesday 8 October 2013 at 10.00am, Melbourne Yours faithfully Jane Rowe Company "
            "Secretary End\n",
            None,
        ),
        # a Baltic legal form after the dateline's place opens the issuer's name
        (
            "Elektrenai, Lithuania, AB ACME ELEKTRINE, 2013-02-23 12:23 CET (GLOBE NEWSWIRE) --\nOn the initiative "
            "of the Management Board of the joint-stock company ACME ELEKTRINE, a meeting is convened.\n",
            "AB ACME ELEKTRINE",
        ),
        # a heading in capitals run on to the legal name: a date is no word of a name ...
        (
            "1 Market Release November FINANCIAL RESULTS FOR HALF YEAR ENDED 30 SEPTEMBER 2013 Acme Pharmaceuticals "
            "Limited (NZX; ACM) today announced its half-year unaudited financial results.\n",
            "Acme Pharmaceuticals Limited",
        ),
        (
            "1 Market Release November FINANCIAL RESULTS FOR HALF YEAR ENDED 30\nSEPTEMBER 2013 Acme Pharmaceuticals "
            "Limited (NZX; ACM) today announced its half-year unaudited financial results.\n",
            "Acme Pharmaceuticals Limited",
        ),
        # ... nor a capitals heading run on to it, nor a currency's code a wrapped line opens with
        (
            "1 Jane Rowe, Senior Vice President, Corporate Communications, Acme\nCorporation, Tel PRESS RELEASE "
            "For publication on July 31, 2013 at am\nlocal time Interim Review news conference on Wednesday, July "
            "31, 2013 at\n2.00 p.m. (local time) at Hotel Kamp, Main Room,\nPohjoisesplanadi 29, Helsinki, Finland. "
            "Live news conference (webcast)\nat Acme's Interim Review, January 1 June 30, 2013: INCREASED NEW "
            "ORDERS\nAND IMPROVED ORDER BACKLOG Acme Corporation s net sales in January-June\ntotaled EUR 2,289 "
            "million (EUR 2,019 million in January-June 2012). New\norders were received to the amount of EUR "
            "2,547 million (EUR 1,915\nmillion). The order backlog at the end of June was EUR 1,925 million\n(Dec "
            "31, 2012: EUR 1,772 million). Operating profit before nonrecurring\nitems and amortization of goodwill "
            "was EUR million (EUR million).\nOperating profit was EUR 73.5 million (EUR million). Earnings per "
            "share\nexcl. nonrecurring items and amortization of goodwill were EUR 0.43 (EUR\n0.77). Earnings per "
            "share were EUR 0.12 (EUR 0.61).\n",
            "Acme Corporation",
        ),
        # ... nor is a sentence's end: "Results. The Company" names no one
        (
            "FURTHER DELAY IN PUBLISHING THE 2013 AUDITED ANNUAL RESULTS\nOn 15 April 2013, the Company published "
            "the Unaudited Annual Results. The Board will consider the First Quarterly Results. The Company will "
            "make further announcements.\n",
            None,
        ),
        # a capitals headline right over the body names no issuer either
        (
            "WITHDRAWAL OF ORDINARY RESOLUTION NUMBERED 3(A) AT THE AGM\nReferences are made to the notice of annual "
            "general meeting dated 15 July 2013 issued by the Company in relation to the annual general meeting.\n",
            None,
        ),
        (  # (indented, as a copy may set every line)
            "    WITHDRAWAL OF ORDINARY RESOLUTION NUMBERED 3(A) AT THE AGM\n    References are made to the notice of "
            "annual general meeting dated 15 July 2013 issued by the Company in relation to the annual general "
            "meeting.\n",
            None,
        ),
        # a segment's name is no legal name
        (
            "Solid performance from the operating businesses delivered a profit.\n\nThe Strategic Holdings and "
            "Investments segment reported a profit in the quarter, mainly due to Acme Shipping ASA.\n",
            "Acme Shipping ASA",
        ),
        # "Today, December 6, 2010, being ...": neither the day nor the month is a name; the headline's is
        (
            "Acme Beverage Corp. Declares Cash Dividend\n\nToday, December 6, 2010, being the latest effective "
            "date, the Board of Directors has acted by declaring a cash dividend payable December 16, 2010. NASDAQ "
            "shall require ex-dividend trading on December 14, 2010.\n",
            "Acme Beverage Corp.",
        ),
        # a participle opening the body ("Citing ...") is no name; the ticker's name, without what it is
        (
            "2013 Acme Company earnings bolstered by strong economy\nATLANTA \u2013 Citing continued economic "
            "strength, Acme Company today reported full-year earnings.\n\nAbout Acme\n\nAtlanta-based Acme Company "
            "(NYSE: ACO) is an energy company.\n",
            "Acme Company",
        ),
        # an opening sentence with few small words, a full stop closing it, is the body
        (
            "Acme 2024 Annual General Meeting\n\nThursday. 31 October at 1:00pm (Perth time)\n\nThe Acme Limited "
            "2024 Annual General Meeting (AGM) will be held at the Perth Convention and Exhibition Centre, Mountain "
            "Bay Road, Perth, Western Australia on "
            "Thursday 31 October 2024 at 1:00pm (Perth time).\n\nShareholders and proxyholders may attend the AGM "
            "either in person or online via a live webcast of the meeting through the online platform.\n\nShareholders "
            "may submit their voting instructions from Friday 27 September 2024.\n",
            "The Acme Limited",
        ),
        # an ASX letter run on to one line: the addressee's office and a report's title are no name ...
        (
            "1 20 February 2013 The Manager Company Announcements Office Australia Securities Exchange Dear "
            "Manager, HALF-YEAR REPORT In accordance with ASX Listing Rule 4.2A, attached is the Half-year Report. "
            "It should be read with the Annual Financial Report of Acme Limited for the period ended 30 June 2012.\n",
            "Acme Limited",
        ),
        # ... nor a contact's press office before the firm, nor a secretary's sign-off before hers
        (
            "1 20 October 2013 ASX Market Announcements Office Notice of Annual General Meeting Acme advises that "
            "the documents will be sent today. For further information contact: Media Acme Group Press Office "
            "Acme Stores Limited ABN\n",
            "Acme Stores Limited",
        ),
        (
            "1 JANE ROWE Company Secretary Listed Company Relations NZX Limited Level 2, NZX Centre Wellington 21 "
            "February 2013 ACME H1 FY13 RESULTS Dear Sir/Madam In accordance with the NZX Limited Main Board "
            "Listing Rules, I enclose our results. Yours sincerely Jane Rowe Company Secretary Acme Corporation of "
            "New Zealand Limited Purple Tower, Auckland\n",
            "Acme Corporation of New Zealand Limited",
        ),
        # ... also where a fixed-width copy wrapped the lines
        (
            "1 JANE ROWE Company Secretary Listed Company Relations NZX Limited Level 2, NZX Centre Wellington 21\n"
            "February 2013 ACME H1 FY13 RESULTS Dear Sir/Madam In accordance with the NZX Limited Main Board\n"
            "Listing Rules, I enclose our results. Yours sincerely Jane Rowe Company\nSecretary Acme Corporation "
            "of New Zealand Limited Purple Tower, Auckland\n",
            "Acme Corporation of New Zealand Limited",
        ),
        (
            "Acme 2024 Annual General Meeting\n\nThursday. 31 October at 1:00pm (Perth time)\n\nThe Acme Limited "
            "2024 Annual General Meeting (AGM) will be held at the Perth\nConvention and Exhibition Centre, Mountain "
            "Bay Road, Perth, Western Australia on\nThursday 31 October 2024 at 1:00pm (Perth time).\n\nShareholders "
            "and proxyholders may attend the AGM either in person or online via a live webcast of the meeting "
            "through the online platform.\n\nShareholders may submit their voting instructions from Friday 27 "
            "September 2024.\n",
            "The Acme Limited",
        ),
        # a name in capitals whose first word a copy wrapped on to the line above
        (
            "MISSION\nACMEENERGY LIMITED\nACN\n117 555 719\nNOTICE\nOF ANNUAL GENERAL MEETING\nTIME: 10:00 am\n(WST)\n"
            "DATE: Tuesday, 22 November\n2016\nPLACE: BDO, 38 Station Street,\nSubiaco, Perth, Western Australia\n",
            "MISSION ACMEENERGY LIMITED",
        ),
        # ... but not a heading's or a market's word over it, nor a lone word further down
        ("MEDIA\nACME LIMITED\nNotice of the annual general meeting.\n", "ACME LIMITED"),
        ("ASX\nACME LIMITED\nNotice of the annual general meeting.\n", "ACME LIMITED"),
        ("Acme news\nUPDATE\nACME LIMITED\nNotice of the annual general meeting.\n", "ACME LIMITED"),
        # a notice's documents run on before the name
        (
            "1 Notice of Annual General Meeting of Members and Explanatory Statement Acme Exploration Limited ACN "
            "Date: 29 November 2011 Time: 3.00pm (WST) Place : Level Stirling Street Perth WA 6000.\n",
            "Acme Exploration Limited",
        ),
        # a Japanese summary's name in capitals
        (
            "1 (Reference Translation) May 8, 2013 ACME SODA CO., LTD. CONSOLIDATED FINANCIAL RESULTS For the Fiscal "
            "Year Ended March 31, 2013 Company name: ACME SODA CO.,LTD Stock Exchange Listing: Tokyo\n",
            "ACME SODA CO., LTD.",
        ),
        # a registrar and a depository are no issuer
        (
            "Closure of Register of Members\n\nTo qualify for the dividend, transfers must be lodged with the "
            "branch share registrar, Acme Investor Services Limited, by 4:30 p.m. on 1 June 2013.\n",
            None,
        ),
        (
            "Dividend payment\n\nThe dividend will be paid through Caja de Valores S.A. from 8 November 2013, "
            "10:00 a.m. to 3:00 p.m.\n",
            None,
        ),
        # an SEC cover with no English translation of the name: the charter's name
        (
            "FORM 6-K\nACME S.A.\n(Exact Name as Specified in its Charter)\nN/A\n(Translation of registrant's name "
            "into English)\nRua Eteno, 1561, Polo Petroquimico\nCamacari, Bahia - CEP 42810-000 Brazil\n(Address "
            "of principal executive offices)\nMANUAL FOR SHAREHOLDERS' PARTICIPATION\n",
            "ACME S.A.",
        ),
        # a group's name before the headline's colon, the body naming only its agent
        (
            "Acme Group: Second instalment of dividend\n\nVALLETTA, Malta, Nov. 9, 2022 /PRNewswire/ -- The dividend "
            "will be paid in two instalments. The following dates apply to the second:\n\n"
            "  • Ex-dividend date is 14 November 2022\n  • Distribution by Euroclear Sweden AB on 18 November 2022\n",
            "Acme Group",
        ),
        # a flattened dateline's year run on into the issuer's name
        (
            "News Release\nAcme Drilling Ltd. Investor Relations Analyst Contacts: Tom Rowe +1 713-555-7551 FOR "
            "RELEASE: May 18, 2015 ACME DRILLING LTD. PROVIDES FLEET UPDATE SUMMARY ZUG, SWITZERLAND—May 18, "
            "2015—Acme Drilling Ltd. (NYSE: ADL) (SIX: ADLN) today issued a monthly Fleet Update Summary.",
            "Acme Drilling Ltd.",
        ),
        # the issuer's initials after the dateline's dots
        (
            "PTSI ANNOUNCES STOCK REPURCHASE PROGRAM\nTontitown, Arkansas, November 24, 2010......P.A.M. "
            "Transportation Services, Inc. (NASDAQ: PTSI) announced today a buyback.\n",
            "P.A.M. Transportation Services, Inc.",
        ),
        # the full name before the short one it is "known as"
        (
            "Mexico City, Mexico, March 23, 2021—Mexican airport operator Grupo Acme del Centro Norte, S.A.B. de C.V., "
            "known as ACM (NASDAQ: ACMB; BMV: ACM), has published a call for its Annual Shareholders' Meeting.",
            "Grupo Acme del Centro Norte, S.A.B. de C.V.",
        ),
        # a US national bank's legal form after its comma
        (
            'SALT LAKE CITY, July 22, 2019 /PRNewswire/ -- Acme Bancorporation, N.A. (NASDAQ: ACMB) ("Acme" or '
            '"the Bank") today reported net earnings.',
            "Acme Bancorporation, N.A.",
        ),
        # a Spanish name's "y" in a list's bullet under the release's place line
        (
            "Acme reports earnings\nSantiago, Chile. May 22, 2024.\n- Sociedad Acme y Minera de Chile S.A. (SQM) (N",
            "Sociedad Acme y Minera de Chile S.A.",
        ),
        # a trademark's sign in brackets inside the name
        (
            "GEORGE TOWN, Grand Cayman, Aug. 2, 2006 (PRIMEZONE) -- Acme(r) International Limited (Nasdaq:ACMI) "
            "(SEHK:0457), a leading supplier, reported its results today.",
            "Acme(r) International Limited",
        ),
        # a Japanese notice's header, run on to one line: the signatory's title or the labels before the name
        (
            "Securities code: 6104 March 5, 2020 To our shareholders: Taro Rowe, President ACME MACHINE CO., LTD. "
            "2-2 Uchisaiwaicho 2-Chome, Chiyoda-ku, Tokyo NOTICE OF EXTRAORDINARY GENERAL MEETING OF SHAREHOLDERS",
            "ACME MACHINE CO., LTD.",
        ),
        (
            "To whom it may concern: November 1, 2018 Company name Representative Contact Acme Tire & Rubber Co., "
            "Ltd. (Stock code: 5105, TSE 1st Section) Taro Rowe Representative Director and President",
            "Acme Tire & Rubber Co., Ltd.",
        ),
        # a Spanish notice flattened to one line: the signatory's office before the issuer's name
        (
            "JANE ROWE DE LIND GARCÍA-ASHBY General Secretary and Secretary to the Board of Directors ACME, S.A. ACME, "
            "S.A., in accordance with the provisions of article 228 of the Securities Market Act, hereby issues the "
            "following SIGNIFICANT EVENT The Board of Directors of ACME, S.A has resolved to call the Annual General "
            "Shareholders Meeting to be held in Madrid.",
            "ACME, S.A.",
        ),
        # a letterhead's address under the name, over a letter
        (
            "ACME BULKERS, INC.\nApt. D11, Les Acanthes\n6, Avenue des Citronniers\nMC98000, Monaco\nJuly 22, 2024\n"
            "Dear Stockholder:\nYou are cordially invited to attend the 2024 Annual Meeting of Stockholders of Acme "
            "Bulkers, Inc.\n",
            "ACME BULKERS, INC.",
        ),
        # a release's number after its date is no name
        (
            "14/11/2024 07:17 |\nThird quarter 2024 results: solvency ratio of 203% |\nREGULATED INFORMATION\n"
            "Press release\n14 November 2024 - N° 17 Third quarter 2024 results Good Group underlying performance "
            "in Q3 2024, driven by a strong P&C result. Acme Re SE reported a solvency ratio of 203%.\n",
            "Acme Re SE",
        ),
        # Malaysia's legal form
        (
            'ACME BANKING BERHAD ("ACME")\n\nDIVIDEND REINVESTMENT PLAN\n\nWe refer to the announcement of 12 May '
            "2011.\n",
            "ACME BANKING BERHAD",
        ),
    ],
)
def test_the_issuer_named(text: str, company: str) -> None:
    assert parse(text)["company"] == company


@pytest.mark.parametrize(
    ("opening", "company"),
    [
        # a German name's suspended hyphen, its short name in brackets after it
        (
            'Acme Beteiligungs- und Grundbesitz-AG ("Acme AG") invites its shareholders to a meeting.',
            "Acme Beteiligungs- und Grundbesitz-AG",
        ),
        # a compound that describes the issuer before its name
        ("Boston-based Acme Robotics Inc. today announced results.", "Acme Robotics Inc."),
        ("Employee-owned Acme announced that the Acme Fund has received an award.", "Acme"),
        # a listing in prose and a short name in brackets
        (
            'Acme Banknote Income Fund (TSX Symbol ACM.UN) (the "Fund") today released the results of the Fund '
            'and Acme Holdings Limited Partnership ("Acme LP") for the year.',
            "Acme Banknote Income Fund",
        ),
        # a possessive inside the name: the words after it run to a legal suffix or an appositive
        ("Casey's General Stores, Inc. will host a call.", "Casey's General Stores, Inc."),
        ("Kohl's Corporation will host a call.", "Kohl's Corporation"),
        (
            "Canada's Widget Hall of Fame, an independent, not-for-profit organization, will unveil the winners.",
            "Canada's Widget Hall of Fame",
        ),
        # "in the" inside a name, not after a participle
        ("Cat in the Hat Stores Inc. (NASDAQ: CATH) today reported an update.", "Cat in the Hat Stores Inc."),
        ("Cat in the Hat Stores Inc. today reported an update.", "Cat in the Hat Stores Inc."),
        ("Headquartered in the Woodlands, Acme Homes, Inc. (NASDAQ: ACMH) today reported.", "Acme Homes, Inc."),
        # ... but not the firm's organs and officers
        ("Acme's Board of Directors declared a dividend.", "Acme"),
        ("Acme's General Counsel, a lawyer, will present.", "Acme"),
        # a name that opens with a small letter before a capital
        (
            'eHarbour Management Ltd. (the "Company") (TSX VENTURE: EHM.H) announces an advance notice policy.',
            "eHarbour Management Ltd.",
        ),
        # an organisation named with its article, and no legal name anywhere
        ("The Halifax Harbour Authority (HHA) will hold its annual meeting.", "Halifax Harbour Authority"),
        ("The Board of Directors will hold its annual meeting.", None),
        # a listing before the name
        ('(TSX-MTL) Mullen Freight Ltd. ("Mullen" or the "Company") announced a bid.', "Mullen Freight Ltd."),
    ],
)
def test_the_issuer_that_opens_a_wire_body(opening: str, company: str) -> None:
    text = f"Acme Announces Results\n\nMUNICH - November 3, 2025 (NEWMEDIAWIRE) - {opening}\n"
    assert parse(text)["company"] == company


@pytest.mark.parametrize(
    ("headline", "company"),
    [
        ("Harbour Stock Exchange (HSE)- Preference Share Dividend Payment", "Harbour Stock Exchange"),
        ("Harbour Stock Exchange Declares Preference Share Dividend", "Harbour Stock Exchange"),
        # the body's organisation is not the one the headline opens with
        ("Preference Share Dividend Payment", None),
        ("Harbour Stock Exchanges Group Declares Dividend", None),
    ],
)
def test_an_undated_body_opening_with_the_headlines_organisation(headline: str, company: str | None) -> None:
    text = (
        f"{headline}\n\nThe Harbour Stock Exchange has declared a quarterly preference share dividend, at a "
        "meeting of the Board of Directors held on Tuesday, August 26, 2008, payable on September 3, 2008.\n"
    )
    assert parse(text)["company"] == company


@pytest.mark.parametrize(
    ("header", "opening", "company"),
    [
        # the name ends at its legal suffix, or at the next one, never in the appositive after it
        (
            "Acme Flooring PLC",
            "Acme Flooring plc, the AIM listed manufacturer and international distributor of commercial floor "
            "coverings, reports:",
            "Acme Flooring plc",
        ),
        (
            "Acme Electronics Co., Ltd.",
            "Acme Electronics Co., Ltd. today announced its results.",
            "Acme Electronics Co., Ltd.",
        ),
    ],
)
def test_the_issuer_that_opens_an_rns_body(header: str, opening: str, company: str) -> None:
    text = (
        f"Interim Results\n\n31 Mar 2020 07:00\n\nRNS Number : 1112I\n{header}\n31 March 2020\n\n31 March 2020\n\n"
        f"{header.upper()}\n\nINTERIM RESULTS FOR THE HALF-YEAR ENDED 31 DECEMBER 2019\n\nKey Figures\n\n{opening}\n\n"
        "\u00b7 Revenue at \u00a310.4 million (2018: \u00a39.8 million) - up 3.7%\n\u00b7 Cash at \u00a34.3 million\n"
    )
    assert parse(text)["company"] == company


@pytest.mark.parametrize(
    "text",
    [
        # who speaks over an opening quotation, in any language
        'Acme Half-year Report 2010\n\nTom Rowe, President and CEO:\n"Our sales grew in the quarter."\n',
        "Acme Halvårsrapport 2010\n\nTom Rowe, vd och koncernchef:\n"
        '"Vår försäljning utvecklades positivt under kvartalet."\n',
        # a quotation that opens the body
        "Acme Partners Forecasts 62% Annual Growth in Private Network Spending\n\n"
        'LONDON, ENGLAND, March 20, 2024 /24-7PressRelease/ -- "Enterprises are investing in digital '
        'transformation and private networks," points out the report by Acme Partners.\n',
        # a Nordic disclosure line
        "Andra kvartalet 2007\n2007-07-20\n\n[Informationen är sådan som Acme ska offentliggöra enligt svensk lag. "
        "Informationen lämnades för offentliggörande den 20 juli 2007 kl 07.30.]\n\nAcme rapporterar god utveckling\n",
        # a notice's heading over its items of business
        "NOTICE OF ANNUAL AND SPECIAL MEETING OF SHAREHOLDERS\n\nDate: Wednesday, April 27, 2005\n"
        "Time: 4:30 p.m. (Eastern Time)\nPlace: The Board of Trade, 1 First Place, Toronto, Ontario\n\n"
        "BUSINESS OF THE ANNUAL AND SPECIAL MEETING OF SHAREHOLDERS:\n1. To receive the financial statements;\n"
        "2. To elect Directors.\n",
        # a rule's number opening a copy cut from its letter
        "Rule 13.49(3) of the Listing Rules provides that where an issuer is unable to issue its preliminary "
        "results, it must announce its results based on the accounts it has.\n\nPOSTPONEMENT OF BOARD MEETING\n\n"
        "Reference is made to the announcement of the Company dated 26 March 2019, made under Rule 13.49(3).\n",
        # a letter's place and date over its addressee
        "Buenos Aires, October 10, 2019\nChairman of the Securities Commission\nRE.: Dividend payment.\nDear Sirs,\n"
        "I am writing to you to inform you that the General Ordinary Shareholders' Meeting held today resolved to "
        "distribute cash dividends.\n",
        # a city and its province ("AB", also Aktiebolag's mark), and an address's "SE" after its street
        "Minister to Highlight Airport Trail\nCALGARY, AB, July 28, 2021 /CNW/ - An update on the progress of the "
        "project will be given today.\n\nLocation: Calgary City Hall 800 Macleod Trail SE\nCalgary, AB "
        "T2P 2M5\n",
    ],
)
def test_words_opening_the_body_that_name_no_issuer(text: str) -> None:
    assert parse(text)["company"] is None


def test_a_meetings_title_for_a_headline_and_a_book_closure_in_its_notice() -> None:
    """The headline names the meeting, not its company; the days the share register is closed
    are no meeting."""
    release = parse(
        "Convocation of Extraordinary General Meeting of Shareholders\nOn May 25, 2010, the board of directors of "
        "Acme Financial Group Inc. resolved to convene an extraordinary general meeting of shareholders as follows:\n"
        "|Date and Time: Tuesday, July 13, 2010, 10:00 am. local time\n|Venue: Auditorium, 36-3, Yeouido-dong, "
        "Seoul, Korea\nThe record date for the meeting is June 11, 2010. Acme Financial Group will close its "
        "shareholder registry book from June 12, 2010 to June 21, 2010 to determine the shareholders who will be "
        "eligible to vote at the EGM.\n"
    )
    assert release["company"] == "Acme Financial Group Inc."
    assert [(e["date"], e["starts_at"]) for e in release["events"]] == [("2010-07-13", "2010-07-13T10:00:00+09:00")]


def test_an_indian_board_outcomes_book_closure_is_no_meeting() -> None:
    release = parse(
        "Outcome of the meeting\n\n- Approved convening of the 19th AGM of the Company on Thursday, August 29, 2019 at "
        "10.15 a.m. at Lakeside Hall, Mumbai 400 020.\n- Approved to fix up the book closure from Friday, August 23, "
        "2019 to Thursday, August 29, 2019 (both days inclusive) for the purpose of the AGM and dividend.\n"
    )
    assert [e["date"] for e in release["events"]] == ["2019-08-29"]


@pytest.mark.parametrize("kind", ["a Public Company", "Our Company", "an Austrian Stock Corporation"])
def test_a_kind_of_firm_is_no_issuer(kind: str) -> None:
    text = (
        "Notice of the Convening of a Special Meeting\n\nIn accordance with the Regulations (Notice of A General "
        f"Meeting in {kind}), the Board hereby announces the convening of a special meeting.\n"
    )
    assert parse(text)["company"] is None


@pytest.mark.parametrize(
    ("footer", "company"),
    [
        ("SOURCE: ACME MEDIA INC.", "ACME MEDIA INC."),
        ("SOURCE Acme Media Corporation", "Acme Media Corporation"),
        # A chart's source is no issuer.
        ("Source: Bloomberg, company data", None),
    ],
)
def test_the_wire_source_line_names_an_issuer_the_copy_never_names(footer: str, company: str | None) -> None:
    text = (
        "Financial Highlights\n\nRevenue | 114.5 | 105.9\n\nThe Company will host a conference call on August 5, "
        "2026 at 2:00 p.m. Pacific Time.\n\n"
        # (far below the body's opening, where a legal name would have been read)
        + "Management believes that the non-GAAP measures used here give investors a useful view. " * 70
        + f"\n\nInvestor Contact:\n\nJane Rowe\n\n+1 203-555-0125\n\n{footer}\n"
    )
    assert parse(text)["company"] == company


@pytest.mark.parametrize(
    ("second_header", "date"),
    [
        ("Acme Announces Second Quarter 2026 Results Page 3 August 3, 2026", "2026-08-03"),
        # One page's header is no running header.
        ("", None),
    ],
)
def test_a_running_page_header_dates_a_copy_with_no_dateline(second_header: str, date: str | None) -> None:
    text = (
        "Second Quarter 2026\n\n• | Revenues of $83.7 million, up 12.5%\n\nAcme Announces Second Quarter 2026 "
        "Results Page 2 August 3, 2026\n\nThe Company will host a conference call on Tuesday, August 4, 2026, "
        f"at 9:00 a.m. (ET).\n\n{second_header}\n\nAbout Acme\n\nAcme makes software.\n"
    )
    dateline = parse(text)["dateline"]
    assert (dateline and dateline["date"]) == date


@pytest.mark.parametrize(
    ("opening", "company"),
    [
        # A highlight's measure opens the copy: no name ("Total GAAP revenues"), the About heading's.
        (
            "Second Quarter 2026 Financial Highlights\n\nTotal GAAP revenues of $187.8 million, an increase of 9.2% "
            "compared to the second quarter of 2025.\n\nGAAP operating margin of 5.9%, compared to 4.4%.",
            "Acme Cloud",
        ),
        # A period's code before the sentence's end: "Q3 FY2025. The Company" is no name.
        (
            "Third Quarter Fiscal 2026 Overview\n\nThe Company's revenue for Q3 FY2026 increased to $67.8 "
            "million compared with $67.1 million in Q3 FY2025. The Company's financial results include:",
            "Acme Cloud",
        ),
        # A subsidiary's section far down a copy that lost its dateline: the About heading's issuer.
        (
            "Second Quarter 2026 Results\n\n"
            + "Revenue grew in the quarter as the fleet was put back to work across the basin. " * 30
            + '\n\nAcme Chemicals, Inc. ("Acme Chemicals")\n\nAcme Chemicals sold more fluids.',
            "Acme Cloud",
        ),
    ],
)
def test_the_about_heading_names_the_issuer_of_a_copy_that_opens_with_figures(opening: str, company: str) -> None:
    text = f"{opening}\n\nAbout Acme Cloud\n\nAcme Cloud is a provider of accounting software.\n"
    assert parse(text)["company"] == company


def test_a_sentence_that_ends_on_a_year_opens_no_name() -> None:
    # A copy that dropped the issuer's name before its legal form: "December 2018. Oyj" is no name.
    text = (
        "Profit warning: comparable EBITDA exceeds the preliminary figure\n\nCOMPANY RELEASE February 13, 2019 at "
        "16:00\n\nThe company will report for the period ended 31 December 2018. Oyj will publish its Financial "
        "Statements Release on 15 February 2019.\n"
    )
    assert parse(text)["company"] is None


@pytest.mark.parametrize(
    "address",
    [
        "1 Level Grenfell Street Adelaide SA 5000 GPO Box 2155 Adelaide SA 5001",
        "The meeting will be held at the InterContinental Adelaide, North Terrace, Adelaide, SA, commencing at 10am.",
    ],
)
def test_south_australia_in_an_address_is_no_societe_anonyme(address: str) -> None:
    assert (
        parse(f"{address}\nDear Sir\nWe attach the preliminary final report for release to the market.\n")["company"]
        is None
    )


def test_a_registrar_named_in_a_notice_is_no_issuer() -> None:
    text = (
        "NOTICE OF ANNUAL MEETING OF SHAREHOLDERS\n|Date: Wednesday, April 27, 2005\n|Time: 4:30 p.m. (Eastern Time)\n"
        "IMPORTANT INFORMATION:\nProxies must be deposited with the Company or with Acme Trust Company not less "
        "than 24 hours preceding the meeting.\n"
    )
    assert parse(text)["company"] is None


def test_the_securities_depository_named_in_a_notice_is_no_issuer() -> None:
    text = (
        "Process for reverse share split\n\nAt the company's extraordinary general assembly November 2nd 2013 it was "
        "decided to implement a reverse share split. Cost related to VP Securities A/S concerning the redemption "
        "of the shares will be held by the Company.\n"
    )
    assert parse(text)["company"] is None


@pytest.mark.parametrize("place_line", ["London, September 23", "London, 23 September"])
def test_a_year_less_place_line_dated_by_the_date_line_under_it(place_line: str) -> None:
    text = (
        "Acme Opportunities Plc - Revised Arrangements for the AGM\n\n" + place_line + "\n\nAcme Opportunities plc"
        "\n\n23 September 2020\n\nYesterday the Government announced new measures.\n\nThe AGM will be held "
        "virtually at 12.00 noon on Thursday, 24 September 2020.\n"
    )
    parsed = parse(text)
    assert (parsed["dateline"]["city"], parsed["dateline"]["date"]) == ("London", "2020-09-23")
    # The body opens with when, not who: the issuer is the one named above it.
    assert parsed["company"] == "Acme Opportunities plc"


@pytest.mark.parametrize(
    ("stamp", "date"),
    [
        ("August 08 2013 - 2:53PM", "2013-08-08"),
        ("08/01/2013 | 08:13am EST", "2013-08-01"),  # a US portal: month first
        ("2013-08-01 09:00", "2013-08-01"),
        ("Published: 2013-08-01 11:22:16 CEST", "2013-08-01"),  # Nasdaq's news pages
        ("2013-08-01 06:11 ET - News Release", "2013-08-01"),  # a Canadian portal names the page
    ],
)
def test_a_portals_time_stamp_line_gives_the_release_date_and_no_event(stamp: str, date: str) -> None:
    release = parse(
        f"Acme Corp. to Seek Approval of Extension\n{stamp}\nAcme Corp. (Nasdaq:ACME) announced today that a "
        "special meeting of shareholders will be held on August 23, 2013 to consider an amendment."
    )
    assert release["dateline"]["date"] == date
    assert [e["date"] for e in release["events"]] == ["2013-08-23"]


def test_a_date_and_time_under_a_call_details_heading_is_the_calls_not_the_pages_stamp() -> None:
    """A results release that puts its call's details above the dateline, the date and time on a
    line of their own under the heading."""
    release = parse(
        "Acme reports Consolidated Financial Results for Q3 FY 2012-13\n\nRevenues of INR 8,896 Million.\n\n"
        "EARNING CALLS DETAILS\n\nJanuary 25, 2013| 8:30 AM ET\n\nParticipant Dial in:\n\nTo join: +1-888-555-0062 "
        "(Toll Free in the U.S. or Canada) | Access Code: 886459\n\nCHENNAI, India, Jan. 25, 2013 (GLOBE NEWSWIRE) "
        "-- Acme reported its results for the quarter.\n"
    )
    assert release["dateline"]["date"] == "2013-01-25"
    [event] = release["events"]
    assert (event["starts_at"], event["passcode"]) == ("2013-01-25T08:30:00-05:00", "886459")
    assert [d["number"] for d in event["dial_ins"]] == ["+18885550062"]


def test_a_stamp_under_a_headline_naming_call_details_stays_the_pages_stamp() -> None:
    release = parse(
        "Acme Call Details\nAugust 08 2013 - 2:53PM\nAcme Corp. (Nasdaq:ACME) announced today that a "
        "special meeting of shareholders will be held on August 23, 2013 to consider an amendment."
    )
    assert release["dateline"]["date"] == "2013-08-08"
    assert [e["date"] for e in release["events"]] == ["2013-08-23"]


def test_a_notice_of_meetings_table_of_numeric_dates_gives_no_release_date() -> None:
    release = parse(
        "|\nMeeting Type:\n|\nAnnual General Meeting\n|\nRecord Date for Voting:\n|\n03/18/2011\n|\n"
        "Beneficial Ownership Determination Date:\n|\n03/18/2011\n|\nMeeting Date:\n|\n04/27/2011\n|\n"
        "Meeting Location:\n|\nSpringfield\n"
    )
    assert release["dateline"] is None


def test_a_stamp_under_a_long_headline_gives_the_release_date() -> None:
    release = parse(
        "Acme Agricultural Development Co. announces to Invite its Shareholders to Attend the 37th Ordinary General "
        "Assembly Meeting (First Meeting) through modern technology\n2/13/2024 8:51:02 AM\n\nThe Board of Directors "
        "is pleased to invite shareholders to the 37th ordinary general assembly meeting.\n"
    )
    assert release["dateline"]["date"] == "2024-02-13"


def test_a_calendars_first_date_row_is_not_the_release_date() -> None:
    release = parse(
        "Investor centre\n\nCorporate calendar\n\nFull year 2024 financial results released to ASX\n19 August 2024\n"
        "(webcast 9.30am AEST)\nSecurity price quoted ex-dividend\n23 August 2024\nAnnual General Meeting\n"
        "15 November 2024\n"
    )
    assert release["dateline"] is None
    assert release["events"][0]["starts_at"] == "2024-08-19T09:30:00+10:00"


def test_an_announcement_numbers_date_over_a_calendars_rows_is_the_release_date() -> None:
    release = parse(
        "ANNOUNCEMENT NO. 13 - 18 MAY 2013\nAcme A/S has planned the following dates in 2013:\n|14 February 2013\n"
        "|Final deadline for shareholders to submit issues for the annual general meeting\n|4 March 2013\n"
        "|Annual report 2012\n|12 June 2013\n|Annual general meeting\n"
    )
    assert release["dateline"]["date"] == "2013-05-18"


def test_an_eqs_stamp_under_a_ruled_portal_title_gives_the_release_date() -> None:
    """The rule under the portal's title is no line of the header: the stamp is still among its first lines."""
    release = parse(
        "REG-Acme Mining plc Acme: Update on the AGM arrangements\n\n============\n\nAcme Mining plc (ACMM)\n"
        "Acme: Update on the AGM arrangements\n\n17-Apr-2020 / 09:00 MSK\nDissemination of a Regulatory "
        "Announcement, transmitted by EQS Group.\n\nThe AGM will be held on 27 April 2020 at 10:00 BST.\n"
    )
    assert (release["dateline"]["date"], release["dateline"]["wire"]) == ("2020-04-17", "EQS")
    assert [(e["date"], e["starts_at"]) for e in release["events"]] == [("2020-04-27", "2020-04-27T10:00:00+01:00")]


def test_a_news_page_names_its_issuer_under_its_time_stamp() -> None:
    release = parse(
        'Published: 2013-07-31 09:56:51 CEST\nAB Acmeturas\nNotification on material event\n\n"Acmeturas" '
        "presented first half results and answered questions during a webinar.\n"
    )
    assert (release["dateline"]["date"], release["company"]) == ("2013-07-31", "AB Acmeturas")


def test_a_time_stamps_hour_run_on_into_the_body_is_no_event() -> None:
    release = parse(
        "Acme Corp. to Incentivize Shareholders\nAugust 08 2013 - 2:53PM\nEligible shareholders will be entitled "
        "to $0.05 per\nordinary share per month\nAcme Corp. announced today that shareholders\nthat vote at the "
        "special meeting will be eligible to receive certain benefits."
    )
    assert release["events"] == []


def test_a_portals_issuer_headline_under_its_date_is_no_dateline() -> None:
    """ "ACME N.V.: headline" under a German portal's date: the issuer's name, not a place; the
    dateline is the body's own, and the time in its brackets is the release's, not an event's."""
    release = parse(
        "Anzeige\nDiese Firma setzt noch einen drauf\n07.04.2020\nACME N.V.: ACME moves its Q1 trading "
        "update to April 20th\n\n"
        'ROTTERDAM, The Netherlands (7 April 2020, 07:00 CET) - Acme Chemicals N.V. ("Acme"), a distributor of '
        "speciality chemicals, "
        "today announces that it will publish its Q1 trading update on April 20th (originally scheduled for May 7th).\n"
    )
    line = release["dateline"]
    assert (line["city"], line["region"], line["date"]) == ("ROTTERDAM", "The Netherlands", "2020-04-07")
    assert release["events"] == []


def test_a_portals_date_stamp_over_an_ad_hoc_notice_is_no_issuer() -> None:
    """A DGAP notice with no dateline but its sign-off: "16-March-2020 / 08:32 CET/CEST" over the
    body is a stamp, and the issuer is the one the notice names."""
    release = parse(
        "ACME AG: ACME postpones the Ordinary Annual General Meeting\n\n03/16/2020 | 03:35am EDT\n\n"
        "DGAP-Ad-hoc: ACME AG / Key word(s): AGM/EGM\nACME AG: ACME postpones the Ordinary Annual General Meeting\n\n"
        "16-March-2020 / 08:32 CET/CEST\nDisclosure of an inside information acc. to Article 17 MAR of the "
        "Regulation (EU) No 596/2014, transmitted by DGAP - a service of EQS Group AG.\n"
        "The issuer is solely responsible for the content of this announcement.\n\n"
        "Announcement of insider information pursuant to Article 17 of the Regulation (EC) Nr. 596/2014\n\n"
        "The Management Board of ACME AG decided today to cancel the Annual General Meeting of ACME AG "
        "scheduled for Friday, 20 March 2020.\n\n"
        "The Executive Board\nMusterstadt, 16.3.2020\n\nContact:\nACME AG\nBeta-Str. "
        "10h\n85774\nMusterstadt\nDeutschland\n089 / 35631-0\nir@acme.example\n \n\n"
        "16-March-2020 CET/CEST The DGAP Distribution Services include Regulatory Announcements, "
        "Financial/Corporate News and Press Releases.\n"
        "Archive at www.dgap.de\nLanguage: English\nCompany: ACME AG\n"
    )
    assert (release["dateline"]["city"], release["dateline"]["date"]) == ("Musterstadt", "2020-03-16")
    assert release["company"] == "ACME AG"


def test_a_place_keeps_the_hyphen_the_release_wrote() -> None:
    release = parse(
        "Acme Data at AAO\n\nZurich\u2010Schlieren, Switzerland, October 10, 2016. Acme AG (SIX: ACME) today "
        "announced data.\n"
    )
    assert (release["dateline"]["city"], release["dateline"]["region"]) == ("Zurich\u2010Schlieren", "Switzerland")


def test_a_share_price_line_is_no_dateline() -> None:
    """A Brazilian results cover: the share prices under the sign-off line are no place."""
    release = parse(
        "Consolidated Earnings Release\nSecond Quarter 2008\nRio de Janeiro, July 29, 2008\nACME3: R$ 53.01\n"
        "ACMY: US$ 1.35\nMarket Cap: R$ 768 million\n\nAcme Participacoes S.A. (Bovespa: ACME3) today reported "
        "its results.\n"
    )
    assert (release["dateline"]["city"], release["dateline"]["date"]) == ("Rio de Janeiro", "2008-07-29")
    assert release["company"] == "Acme Participacoes S.A."


def test_an_issuers_legal_form_in_brackets_is_no_region() -> None:
    """An Indonesian issuer's name in capitals, its legal form in brackets, heads the notice: no
    place and region."""
    release = parse(
        "Form 6-K\n\nPT ACME INDONESIA (PERSERO) Tbk\n(No.Tel 101/PR000/COP-I5000000/2018)\nThe Board of Directors "
        "of PT Acme Indonesia (Persero) Tbk hereby announces that the Company has convened the Annual General "
        "Meeting of Shareholders.\n"
    )
    assert release["dateline"] is None


def test_a_disclosures_class_over_the_dateline_is_no_place() -> None:
    """A Euronext Brussels issuer's release: its class of disclosure and time stamp over the
    dateline, and a call "today" that the dateline's date fixes."""
    release = parse(
        "Acme Medical announces H1 2022 results\n\nPRESS RELEASE\n\nREGULATED INFORMATION – INSIDE INFORMATION\n\n"
        "8 September 2022, 07:00 CET\n\nConference call with live webcast presentation today at 03:00 pm CET / "
        "09:00 am ET\n\nGhent, Belgium – 8 September 2022 – Acme Medical NV (Euronext Brussels: ACMD) today "
        "announces its results for the six-month period ending 30 June 2022.\n"
    )
    dateline = release["dateline"]
    assert (dateline["city"], dateline["region"], dateline["date"]) == ("Ghent", "Belgium", "2022-09-08")
    assert [e["starts_at"] for e in release["events"]] == ["2022-09-08T15:00:00+02:00"]


def test_the_exchange_an_indian_notice_is_filed_with_is_no_issuer() -> None:
    release = parse(
        "Intimation about revised date of 61st Annual General Meeting\n\nThe Company has informed the BSE Limited "
        "that the 61st AGM will be convened on Friday, 19th June 2020 through Video Conferencing.\n"
    )
    assert release["company"] is None


def test_the_new_york_exchanges_regulator_a_letter_is_addressed_to_is_no_issuer() -> None:
    release = parse(
        "Exhibit 99.1\n|ACME/Sec./NYSE/21-22/15\n|August 11, 2021\nNew York Stock Exchange\nNYSE Regulation Inc.\n"
        "20 Broad Street, 13th Floor\nNew York, NY 10005\nSub: Submission pursuant to the 56th Annual General "
        "Meeting of the Company\nDear Sir/Madam,\nWe wish to inform you that the 56th Annual General Meeting of the "
        "Company was held on Tuesday, August 10, 2021 through Video Conferencing.\n"
    )
    assert release["company"] is None


@pytest.mark.parametrize(
    "regulator",
    [
        "Securities and Exchange Commission - SEC",
        "Superintendencia del Mercado de Valores",
        "Financial Supervisory Service",
    ],
)
def test_the_regulator_a_material_event_letter_is_addressed_to_is_no_issuer(regulator: str) -> None:
    release = parse(
        f"February 27, 2023\n{regulator}\nRe.: MATERIAL EVENT\nDear Sirs:\nAcme Andes Ltd. ('Acme') notifies you, as "
        "a Material Event, that its Board of Directors agreed to present the Annual Report at the Annual General "
        "Meeting of Shareholders on March 27, 2023.\n"
    )
    assert release["company"] == "Acme Andes Ltd."


def test_a_japanese_notices_signatory_before_the_company_and_its_own_date() -> None:
    """A PDF transcription ran the notice's letterhead on to one line: the code, the notice's date,
    the signatory's name and titles, then the company."""
    release = parse(
        "NOTICE OF THE 152ND ANNUAL GENERAL MEETING OF SHAREHOLDERS\n\n1 Note: This document has been translated "
        "from the Japanese original. Stock Exchange Code 4202 May 31, 2018 To Shareholders with Voting Rights: "
        "NOTICE OF Misao Rowe President and CEO Acme Corporation 3-1, Ofuka-cho, Kita-ku, Osaka, Japan THE 152ND "
        "ANNUAL GENERAL MEETING OF SHAREHOLDERS Dear Shareholders: You are cordially invited to attend the 152nd "
        "Annual General Meeting of Shareholders of Acme Corporation (the Company ). 1. Date and Time: Friday, June "
        "22, 2018 at 10:00 a.m. Japan time (Reception begins at 9:00 a.m.)\n"
    )
    assert release["company"] == "Acme Corporation"
    assert [(e["date"], e["starts_at"]) for e in release["events"]] == [("2018-06-22", "2018-06-22T10:00:00+09:00")]


def test_a_dgap_copys_mark_is_no_place() -> None:
    release = parse(
        "DGAP-Ad-hoc News vom 28.02.2010\n\nAcme KGaA: Acme vereinbart Übernahme von Beta\n\n28.02.2010 22:19\n\n"
        "Musterstadt, 28. Februar 2010 - Die Acme KGaA hat heute einen Vertrag unterzeichnet.\n"
    )
    assert (release["dateline"]["city"], release["dateline"]["date"]) == ("Musterstadt", "2010-02-28")
    assert release["company"] == "Acme KGaA"  # (not its article, "Die")


def test_a_dgap_header_line_names_the_wire() -> None:
    release = parse(
        "DGAP-Ad-hoc: Acme Holding AG / Key word(s): AGM/EGM\nAD HOC ANNOUNCEMENT\nAcme postpones Annual General "
        "Meeting\nBerlin, September 9, 2013 - The Management Board of Acme Holding AG today decided to postpone the "
        "Annual General Meeting.\n"
    )
    dateline = release["dateline"]
    assert (dateline["city"], dateline["date"], dateline["wire"]) == ("Berlin", "2013-09-09", "EQS")


def test_a_dgap_copy_indented_by_four_with_its_wire_named_over_a_wrapped_line() -> None:
    release = parse(
        "    Acme Entertainment Aktiengesellschaft continues to grow in 2013\n\n"
        "    Acme Entertainment Aktiengesellschaft / Key word(s): Preliminary Results/Dividend\n\n"
        "    27.03.2014 17:07\n\n    Dissemination of an Ad hoc announcement according to § 15 WpHG, transmitted\n"
        "    by DGAP - a company of EQS Group AG.\n    The issuer is solely responsible for the content of this "
        "announcement.\n\n    " + "-" * 75 + "\n\n    Berlin, March 27, 2014 - According to preliminary figures "
        "for fiscal 2013,\n    Acme Entertainment AG (ISIN DE000A0Z23G6) has continued its profitable growth.\n"
    )
    assert (release["dateline"]["city"], release["dateline"]["date"], release["dateline"]["wire"]) == (
        "Berlin",
        "2014-03-27",
        "EQS",
    )


def test_a_headers_two_columns_date_the_release_under_its_release_mark() -> None:
    parsed = parse(
        "NEWS RELEASE\n\nFOR IMMEDIATE RELEASE:   FOR MORE INFORMATION, CONTACT:\nApril 26, 2016   David D. Rowe\n"
        "    (276) 555-9000\n\nAcme Bancshares, Inc. Announces First Quarter 2016 Results\n\nBluefield, Virginia – "
        "Acme Bancshares, Inc. (NASDAQ: ACMB) today reported its unaudited results for the quarter ended March 31, "
        "2016.\n"
    )
    dateline = parsed["dateline"]
    assert (dateline["city"], dateline["date"]) == ("Bluefield", "2016-04-26")


def test_a_letter_to_the_exchange_names_its_issuer_in_the_body_not_its_addressee() -> None:
    parsed = parse(
        "14 February 2025 Renee Rowe\nASX Compliance Pty Limited Level 4, Exchange Centre 20 Bridge Street\n"
        "Sydney NSW 2000\nDear Renee,\nRESPONSE TO ASX AWARE QUERY\nIn response to your request for information in "
        "your letter dated 13 February 2025 ACME Limited (“ACM”) offers the following:\nNo. ACM does not consider "
        "the delay to be information that a reasonable person would expect to have a material effect on its price.\n"
    )
    assert parsed["company"] == "ACME Limited"


def test_a_fixed_width_dateline_indented_as_a_paragraph_under_a_letterhead() -> None:
    release = parse(
        "Acme Financial Corporation\nBeaver Falls, Pennsylvania\n\n\n                                Contact:   "
        "James P. Rowe, Jr.\n                                           President and Chief Executive Officer\n"
        "                                           (724) 555-7300\n\n\nFOR IMMEDIATE RELEASE\n\n\n"
        "                           ACME FINANCIAL CORPORATION\n                    ANNOUNCES CORRECTION TO "
        "EARNINGS RELEASE\n\n     Beaver Falls,  Pennsylvania -- February 3, 2003- Acme Financial Corporation\n"
        '(NASDAQ  National Market:  "ACMF"),  the holding company of Acme Home Savings\nBank,  announced  today, a '
        "correction to its January 15, 2003 earnings  release.\n"
    )
    assert (release["dateline"]["city"], release["dateline"]["date"], release["company"]) == (
        "Beaver Falls",
        "2003-02-03",
        "Acme Financial Corporation",
    )


def test_a_euro_adhoc_header_names_its_issuer_over_a_wrapped_line() -> None:
    release = parse(
        "EANS-General Meeting: A & B Acme Technologie & Systemtechnik\nAktiengesellschaft / Invitation to the "
        "General Meeting according to art. 107\npara. 3 Companies Act - ATTACHMENT\n" + "-" * 80 + "\nGeneral "
        "meeting information transmitted by euro adhoc with the aim of a\nEurope-wide distribution.\n"
        + "-" * 80
        + "\n05.06.2019\nC O N V O C A T I O N of the\n25th Ordinary General Meeting\n"
    )
    assert release["company"] == "A & B Acme Technologie & Systemtechnik Aktiengesellschaft"


def test_a_dow_jones_copy_of_a_dgap_notice_names_its_issuer_in_the_header() -> None:
    """The copy's "DJ DGAP-HV:" mark is no place; the issuer is the header's, not the wire's firm."""
    release = parse(
        "DGAP-HV: Acme Aktiengesellschaft -2-\n\nDJ DGAP-HV: Acme Aktiengesellschaft Informationstechnologien: "
        "Bekanntmachung der Einberufung zur Hauptversammlung am 14.06.2013 in Berlin\n\nDGAP-News: Acme "
        "Aktiengesellschaft Informationstechnologien / Bekanntmachung der Einberufung zur Hauptversammlung\n\n"
        "Bekanntmachung gemäß §121 AktG, übermittelt durch DGAP - ein Service der EQS Group AG.\n"
    )
    assert release["company"] == "Acme Aktiengesellschaft Informationstechnologien"
    assert (release["dateline"]["city"], release["dateline"]["wire"]) == (None, "EQS")


@pytest.mark.parametrize(
    "mark", ["Corporate news transmitted by euro adhoc.", "Corporate News übermittelt durch euro adhoc."]
)
def test_austrias_wire_named_in_its_mark(mark: str) -> None:
    release = parse(f"Acme AG: Annual General Meeting\n\n{mark} The issuer is solely responsible.\n\nAcme AG met.\n")
    assert release["dateline"]["wire"] == "euro adhoc"


@pytest.mark.parametrize(
    ("page", "date"),
    [
        (
            "Acme AG & Co. KGaA: Changes in the chair of the Supervisory Board\n\nEQS-News: Acme AG & Co. KGaA\n\n"
            "/ Key word(s): Personnel\n\nAcme AG & Co. KGaA: Changes in the chair of the Supervisory Board\n\n"
            "11.12.2013 / 14:06 CET/CEST\n\nThe issuer is solely responsible for the content of this announcement.\n",
            "2013-12-11",
        ),
        (
            "EQS Newswire / 29/11/2013 / 09:00 UTC+8 (28 November 2013, Hong Kong) \u2013 Acme Group Limited (stock "
            "code: 03600.HK) announced its operational data for the nine months ended 30 September 2013.\n",
            "2013-11-29",
        ),
        (
            "EQS-News: Acme PJSC / Key word(s): AGM\n\nAcme PJSC: Annual General Meeting\n\n26-Apr-2013 / 16:08 MSK\n\n"
            "The issuer is solely responsible for the content of this announcement.\n",
            "2013-04-26",
        ),
    ],
)
def test_an_eqs_pages_stamp_dates_it_day_first(page: str, date: str) -> None:
    dateline = parse(page)["dateline"]
    assert (dateline["city"], dateline["date"], dateline["wire"]) == (None, date, "EQS")


def test_a_memos_to_line_is_no_dateline() -> None:
    release = parse("From the President\nJuly 23, 2013\nTO: All Members\nSUBJECT: Second Quarter 2013 Results\n")
    assert release["dateline"] is None or release["dateline"]["city"] is None


@pytest.mark.parametrize(
    ("text", "release_date", "event_starts"),
    [
        # A document site's page: views and uploader over "Transcription", the letter's line breaks lost.
        (
            "Notice Of 2013 Annual General Meeting\n\n2y ago\n7 Views\n2 Downloads\n747.78 KB\n27 Pages\n"
            "Last View : 1m ago\nLast Download : 3m ago\nUpload by : Jane Rowe\nTranscription\n\n"
            "2 August 2013Company Announcements OfficeASX LimitedDear Sir/Madam,Acme Group Notice of 2013 Annual "
            "General MeetingPlease find attached the Notice of 2013 Annual General Meeting.The Annual General Meeting "
            "will be held on Wednesday 4 September 2013, 10.30am Sydney time, at Acme House, Sydney.",
            "2013-08-02",
            [("2013-09-04", "2013-09-04T10:30:00+10:00")],
        ),
        # A convocation notice's own date over its signatory (the meeting's year lost in a transcript).
        (
            "1 The following is an unofficial English translation of the Notice of Extraordinary Shareholders Meeting "
            "of Acme Telecommunications Co., Ltd. to be held on August 28, The Company provides this translation for "
            "your reference only. To Those Shareholders with Voting Rights August 13, 2013 Shuichi Rowe, President and "
            "Co-CEO Acme Telecommunications Co., Ltd. 8-1, Marunouchi 1-chome, Tokyo NOTICE OF EXTRAORDINARY "
            "SHAREHOLDERS MEETING You are cordially invited to attend the meeting.",
            "2013-08-13",
            [("2013-08-28", None)],
        ),
        # A fixed-width copy wrapped the date line above the dateline; past meetings stay past.
        (
            "NEWS RELEASE\n|\nTSX:\nACM NYSE: ACM\n|\nJuly\n23, 2013\nAcme Gold Provides Q2 2013 Conference Call "
            "Details\nVANCOUVER,\nBC – Acme Gold Corporation provides the following update. Acme will host a "
            "conference call on Friday, August 2, 2013 at 11:30am ET. The Company received approval at its Annual "
            "Meeting on June 21, 2013.",
            "2013-07-23",
            [("2013-08-02", "2013-08-02T11:30:00-04:00")],
        ),
    ],
)
def test_a_notices_own_date_is_the_release_date_and_no_event(
    text: str, release_date: str, event_starts: list[tuple[str, str | None]]
) -> None:
    release = parse(text)
    assert release["dateline"]["date"] == release_date
    assert [(e["date"], e["starts_at"]) for e in release["events"]] == event_starts


def test_a_replays_window_is_no_dateline() -> None:
    release = parse(
        "•\nThird quarter production up 7.7%\nLive Call Date:\nThursday, August 1, 2013\nLive Call Time:\n"
        "5:00 p.m. Eastern Time (2 p.m. Pacific Time)\nLive Call Dial-in:\n877-555-5169 from the U.S.\n"
        "Replay Dates:\nThrough Thursday, August 15, 2013\nReplay Dial-in:\n855-555-2056 from the U.S.\n"
    )
    assert release["dateline"] is None or release["dateline"]["city"] is None
    assert [(e["date"], e["starts_at"]) for e in release["events"]] == [("2013-08-01", "2013-08-01T17:00:00-04:00")]


def test_a_numeric_date_either_reading_allows_makes_no_dateline() -> None:
    # Canada writes both orders: "05/07/2008" in Toronto is May 7 or July 5.
    assert parse("Acme Robotics Announces Call\n\nTORONTO, ON -- 05/07/2008 --" + BODY)["dateline"] is None


def test_a_dateline_that_lost_the_spaces_around_its_dash() -> None:
    """A portal's copy: "..., July 20, 2020-Acme Robotics", and a table of ratios at the foot
    whose "EV / Sales 2019" row is no place."""
    parsed = parse(
        "Acme Robotics : to Release Second Quarter Results\n\n07/20/2020 | 01:21pm EDT\n\n"
        "SPRINGFIELD, Maine, July 20, 2020-Acme Robotics, Inc. (NASDAQ: ACMR) will hold a conference call "
        "on Friday, July 31, 2020 at 8:30 a.m. ET.\n\nFinancials (USD)\nSales 2020 2 513 M - -\n"
        "EV / Sales 2019\nEV / Sales 2020 12,2x\n"
    )
    assert (parsed["dateline"]["city"], parsed["dateline"]["region"], parsed["dateline"]["date"]) == (
        "SPRINGFIELD",
        "Maine",
        "2020-07-20",
    )
    assert parsed["company"] == "Acme Robotics, Inc."
    assert [e["starts_at"] for e in parsed["events"]] == ["2020-07-31T08:30:00-04:00"]


def test_a_german_portal_names_the_wire_under_the_headline() -> None:
    dateline = parse(
        "Acme Robotics Schedules Conference Call\n\nNachrichtenquelle: Business Wire (engl.)\n08.12.2020\n\n"
        "Acme Robotics, Inc. (NASDAQ: ACMR) announced today that it will hold a call on December 17, 2020."
    )["dateline"]
    assert (dateline["date"], dateline["wire"]) == ("2020-12-08", "Business Wire")


def test_an_rns_header_run_on_to_one_line_dates_the_release() -> None:
    text = (
        "RNS Number : 7892V Acme Electricity PLC 15 December 2021\nACME ELECTRICITY plc\n"
        "Preliminary Announcement of Annual Results\nYear Ended 30 September 2021\n"
        "At a meeting of the Board of Directors held on 15 December 2021, the final accounts were approved.\n"
    )
    dateline = parse(text)["dateline"]
    assert (dateline["date"], dateline["wire"]) == ("2021-12-15", "RNS")


def test_a_wires_mark_on_its_own_line_over_the_dateline() -> None:
    text = (
        "(Thomson Reuters ONE) -\nGHENT, Belgium, 25 October 2013 (6.30 pm CEST) - Acme Bio NV [Euronext Brussels:\n"
        "ACMB], a biopharmaceutical company, is giving this notice to its bondholders.\n"
    )
    parsed = parse(text)
    dateline = parsed["dateline"]
    assert (dateline["city"], dateline["region"], dateline["date"], dateline["wire"]) == (
        "GHENT",
        "Belgium",
        "2013-10-25",
        "Thomson Reuters ONE",
    )
    assert parsed["company"] == "Acme Bio NV"


def test_a_release_stamps_date_on_the_wires_line_dates_the_release() -> None:
    text = (
        "Notice to the Annual General Meeting of Acme Media\n\n(Thomson Reuters ONE) - Acme Media Corporation   "
        "Stock exchange release   February 16, 2010 at 8:55NOTICE TO THE ANNUAL GENERAL MEETING\n\n"
        "Shareholders of Acme Media Corporation are invited to the Annual General Meeting on March 11, 2010.\n"
    )
    dateline = parse(text)["dateline"]
    assert (dateline["city"], dateline["date"], dateline["wire"]) == (None, "2010-02-16", "Thomson Reuters ONE")


def test_a_wires_name_then_the_date_open_the_body() -> None:
    text = (
        "Acme Drills 12.6m of 4.39 g/t Gold\n\nTheNewswire - June 16, 2021 - Acme Resources Inc. (CSE:ACR) "
        "releases the following results for its wholly owned property.\n"
    )
    dateline = parse(text)["dateline"]
    assert (dateline["city"], dateline["date"], dateline["wire"]) == (None, "2021-06-16", "TheNewswire")


def test_a_wires_name_then_the_date_under_a_page_of_highlights() -> None:
    highlights = "".join(
        f"- ACR-21-{n} delivers {n / 10:.1f}m grading 4.39 g/t gold, as measured in the core box.\n" for n in range(12)
    )
    text = (
        "Acme Drills 12.6m of 4.39 g/t Gold\n\n"
        + highlights
        + "TheNewswire - June 16, 2021 - Acme Resources Inc. (CNSX:ACR.CN) (OTC:ACRRF) releases its results.\n"
    )
    release = parse(text)
    dateline = release["dateline"]
    assert (dateline["city"], dateline["date"], dateline["wire"]) == (None, "2021-06-16", "TheNewswire")
    # the CSE's name until 2014, kept as written
    assert [(t["exchange"], t["symbol"]) for t in release["tickers"]] == [("CNSX", "ACR.CN"), ("OTC", "ACRRF")]


def test_a_place_and_date_set_flush_right_serve_as_dateline() -> None:
    text = (
        "GlobeNewswire by notified\n\nAcme Group's Annual General Meeting\n\nCompany Announcement\nNo. 8 2013\n\n"
        + " " * 100
        + "Copenhagen, 20 March 2013\n\nAcme Group intends to conduct its Annual General Meeting on 26 March 2013.\n"
    )
    dateline = parse(text)["dateline"]
    assert (dateline["city"], dateline["date"], dateline["wire"]) == ("Copenhagen", "2013-03-20", "GlobeNewswire")


def test_nordic_sign_off_line_serves_as_dateline() -> None:
    dateline = parse(
        "Acme Robotics Oyj: invitation to the Q4 webcast\n\nThe webcast starts at 10:00 EET.\n\n"
        "Helsinki, February 13, 2025\n\nAcme Robotics Oyj\nBoard of Directors\n"
    )["dateline"]
    assert (dateline["city"], dateline["date"]) == ("Helsinki", "2025-02-13")


def test_a_sign_off_under_the_contacts_signed_by_the_issuer() -> None:
    dateline = parse(
        "Acme Technology Ltd reports for the Second Quarter of 2013\n\nThe webcast starts at 09:30 BST.\n\n"
        "For further queries, please contact: Jane Rowe, Corporate Secretary +44 (0) 7796 555 889 "
        "jrowe@acme.example\n\n"
        "Aberdeen, United Kingdom 14th August 2013 Acme Technology Ltd\n\nThis information is subject to disclosure.\n"
    )["dateline"]
    assert (dateline["city"], dateline["region"], dateline["date"]) == ("Aberdeen", "United Kingdom", "2013-08-14")


@pytest.mark.parametrize(
    ("text", "date", "wire"),
    [
        # An RNS announcement: the date printed under the issuer's name, the wire named at the foot.
        (
            "Acme Robotics PLC\n08 October 2007\n\nInterim Results Date\n\nAcme Robotics announces that its interim "
            "results will be announced on Friday 16 November 2007.\n\n This information is provided by RNS\n",
            "2007-10-08",
            "RNS",
        ),
        # A Nordic header: the issuer, the kind of release, its date and time.
        (
            "Acme Oyj\n\nACME OYJ STOCK EXCHANGE RELEASE 11 February 2025 at 8:30 a.m. EET\n\n"
            "Notice is given to the shareholders of Acme Oyj to the Annual General Meeting to be held on Thursday "
            "20 March 2025 at 4:00 p.m. Finnish time in Helsinki.\n",
            "2025-02-11",
            None,
        ),
        (
            "Acme Corporation's Annual General Meeting\n\nAcme Oyj\n\nAcme Corporation Stock Exchange Release "
            "7 February 2025 at 3:30 p.m.\n\nThe Board of Directors of Acme Corporation has on 7 February 2025 "
            "received a demand from a shareholder.\n",
            "2025-02-07",
            None,
        ),
        # The Market Abuse Regulation footer of a Nordic release, with no dateline above.
        (
            "Invitation to a webinar about Acme's year-end report\n\nAcme\n\nOn Thursday, February 13th, Acme "
            "publishes its year-end report for 2024.\n\nThis information was provided by the above for publication "
            "on 10th February 2025 at 14:45 CET.\n",
            "2025-02-10",
            None,
        ),
        # ... with the day in numbers, day first as Europe writes them.
        (
            "Acme Group AB year-end report\n\nAcme Group AB reports its results for the year.\n\nThis information "
            "was submitted for publication, through the agency of the contact person, on 10-02-2025 13:00 CET.\n",
            "2025-02-10",
            None,
        ),
        (
            "Acme Group AB year-end report\n\nAcme Group AB reports its results for the year.\n\nThe information "
            "was submitted for publication, through the agency of the contact person, on 05.03.2024.\n",
            "2024-03-05",
            None,
        ),
        # ... or, in 2014, that it was disclosed
        (
            "INTERIM REPORT JANUARY-SEPTEMBER 2014\n\nAcme Bio reports its results.\n\nThe information in this report "
            "is such that Acme Bio is required to disclose. The information was disclosed on October 29, 2014 at "
            "8.30 a.m. CET.\n",
            "2014-10-29",
            None,
        ),
        # Oslo Børs: the footer says when the announcement was published.
        (
            "Acme ASA: Fourth quarter results\n\nAcme ASA reports its results for the quarter.\n\n"
            "This stock exchange announcement was published by Jane Rowe, Paralegal, Acme ASA, on February 14, 2025, "
            "at 07:10 CET.\n",
            "2025-02-14",
            None,
        ),
        # ... or that the information was, under its contacts' auspices.
        (
            "Acme Group year-end report\n\nAcme Group reports its results for the year.\n\nThe information was "
            "published under the auspices of the above contact persons on February 13, 2025 at 12:15 CET.\n",
            "2025-02-13",
            None,
        ),
        # Bold around each part of the dateline.
        (
            "Acme to Report Results\n\n**WOBURN, MA /** **ACCESS Newswire** **/ February 11, 2025 /** Acme Digital, "
            "Inc. announced today that it will release its results.\n",
            "2025-02-11",
            "ACCESS Newswire",
        ),
        # A Danish announcement number line.
        (
            "Report on managers' receipt of restricted shares\n\nACME\n\nANNOUNCEMENT NO. 23 - 10 FEBRUARY 2025\n\n"
            "Under Article 19 of the Market Abuse Regulation Aktieselskabet ACME A/S is required to report.\n",
            "2025-02-10",
            None,
        ),
        # "For release:" above a dateline with no date.
        (
            "Media contact: Jane Rowe, (617) 394-2761\nFor release: March 20, 2020\nAcme Robotics moves its meeting\n"
            "Springfield, IL - Acme Robotics Corporation has moved its Annual Meeting to a virtual format.\n",
            "2020-03-20",
            None,
        ),
        # An RNS announcement's header names the wire.
        (
            "RNS Number : 1685P\nAcme International Group PLC\n05 June 2013\n\nAcme International Group plc Notice "
            "of AGM\n\nAmsterdam, 5 June 2013 - Acme International Group plc (LSE: ACMI) announces the notice.\n",
            "2013-06-05",
            "RNS",
        ),
        # A portal's label line over the headline.
        (
            "GlobeNewswire (Europe)\nAcme AB: Acme moves its meeting\n\nGothenburg, March 20, 2020 - Acme AB has "
            "moved its Annual General Meeting.\n",
            "2020-03-20",
            "GlobeNewswire",
        ),
        # ... under a portal's line.
        (
            "Source - LSE Regulatory\nRNS Number : 7268N\nAcme Fund S.A.\n26 November 2024\n\nAcme Fund S.A. "
            "would like to remind shareholders of the meeting.\n",
            "2024-11-26",
            "RNS",
        ),
        # A Business Wire page's stamp above a dateline with no date of its own.
        (
            "Acme Acquires Beta Healthcare\n\nMarch 07, 2019 05:30 PM Eastern Standard Time\n\n"
            "SEOUL--(BUSINESS WIRE)--Acme (NYSE: ACMR) today announced that it has completed the acquisition.\n",
            "2019-03-07",
            "Business Wire",
        ),
        # A Nordic header: the issuer, the kind of release, the date and time.
        (
            "Acme Oyj\n\nAcme Oyj, Financial Statements Bulletin, February 11, 2025 at 8.30 am (EET)\n\n"
            "Acme Oyj's Financial Statements Bulletin 2024: continued strong performance in 2024.\n",
            "2025-02-11",
            None,
        ),
        # A letter to the exchange, or a PDF copy with its page number, opens with its date.
        (
            "Acme Limited - Half-year results\n\n1 15 February 2018 The Manager Market Announcements Office "
            "Australian Securities Exchange 20 Bridge Street SYDNEY NSW 2000 Dear Sir or Madam\n",
            "2018-02-15",
            None,
        ),
        (
            "18 July 2019 Australian Securities and Investments Commission ASX Market Announcements Office\n\n"
            "2019 - FULL-YEAR RESULTS WEBCAST DETAILS\n",
            "2019-07-18",
            None,
        ),
        (
            "Acme's Annual General Meeting 2014\n\n1 PRESS RELEASE MARCH 6, 2014 Acme's Annual General Meeting of "
            "shareholders will be held on Friday, April 11, 2014.\n",
            "2014-03-06",
            None,
        ),
        # A meeting's date and time under the sentence that invites to it; the place and date that
        # sign the notice, with the comma the signature would follow.
        (
            "Pre-Annual General Meeting Information • Mar 22, 2023\n"
            "The shareholders of Acme ASA are hereby invited to the Shareholders' Annual General Meeting\n"
            "Thursday April 20, 2023 at 09:15\nThe meeting will be held as a digital meeting.\n"
            "Election of members to serve on the nomination committee.\nTrondheim, March 22, 2023,\n",
            "2023-03-22",
            None,
        ),
        # A filing's signature page: "Dated:" on a line of its own.
        (
            "Acme Ltd.\nBy: /s/ Jane Rowe\nJane Rowe, Chief Financial Officer |\nDated: June 9, 2019\n\nNotice is "
            "hereby given that the Annual General Meeting of shareholders will be held on Tuesday, August 13, 2019.\n",
            "2019-06-09",
            None,
        ),
        # Portal copies: "On <date> <issuer> reported", the issuer in lower case; or the portal's stamp.
        (
            "acmegen to Present at 2019 Conference\n\nOn August 6, 2019 acmegen (Euronext & Nasdaq: ACGX), a "
            "biotechnology company, reported that it will present at the conference.\n",
            "2019-08-06",
            None,
        ),
        (
            "Acme to Report Results on February 28th\n\nOn Februuary 14, 2019 Acme BioSciences, Inc. (Nasdaq: ACME), "
            "reported that its results will be released on Thursday, February 28, 2019 (Press release, Acme "
            "Biosciences, FEB 14, 2019, View Source/news-releases/acme [SID1234]).\n",
            "2019-02-14",
            None,
        ),
        # A notice signed at its foot: the date alone under the signatory's title.
        (
            "Director nominations & 2021 AGM date\n\nAcme Group Holdings Limited today advises that the meeting is "
            "to be held on Thursday 30th September 2021 at 2:00 pm (NZT).\n\nOn behalf of the Board of Directors\n\n"
            "Hao Rowe\nCFO\n30th August 2021\n",
            "2021-08-30",
            None,
        ),
        # A letter to an Indian exchange: the board met "today i.e" on the day it names.
        (
            "This is to inform you that the Board of Directors of the Company at their Meeting held today i.e 28th "
            "May, 2019 has considered the following:\n\n1. The 36th Annual General Meeting of the Company is "
            "scheduled to be held on Tuesday, 13th August, 2019 at 2:00 P.M at Acme House, Kolkata.\n",
            "2019-05-28",
            None,
        ),
        # A letter to the exchange run on to one line: the date between the addressee and "Dear Sir".
        (
            "1 JANE ROWE Company Secretary Listed Company Relations NZX Limited Level 2, NZX Centre Wellington 21 "
            "February 2014 ACME H1 FY14 RESULTS Dear Sir/Madam In accordance with the NZX Limited Main Board Listing "
            "Rules, I enclose the following for release to the market in relation to Acme s H1 FY14 Results.\n",
            "2014-02-21",
            None,
        ),
        (
            "Key Dates\n\n20 June 2019 Dear Sir / Madam The Company advises the following proposed dates: Final "
            "Results Announcement: Monday 22 July 2019 Annual General Meeting: Tuesday 8 October 2019 at 10.00am\n",
            "2019-06-20",
            None,
        ),
    ],
)
def test_release_date_printed_above_the_body(text: str, date: str, wire: str | None) -> None:
    dateline = parse(text)["dateline"]
    assert (dateline["date"], dateline["wire"]) == (date, wire)


@pytest.mark.parametrize(
    "text",
    [
        "OTL - Acme Technology Ltd reports for the Fourth Quarter of 2024\n\nAcme Technology Ltd reports.\n",
        "**ACME INVESTOR ALERT: Rowe & Lind LLC Announces a Class Action**\n\nAttorney Advertising--Rowe & Lind, LLC, "
        "a law firm, notifies investors.\n",
        "Acme Microelectronics reports January sales.\n\nAcme Microelectronics today reported unaudited net sales "
        "for the month of January. Additional information is available on the web.\n\nMichael Rowe / David Lind\n\n"
        "  ACME, Investor Relations  Tel: + 886-2-2658-9168\n\nEmail: michael_rowe@acme.example\n",
        # A report's title and the period it covers is no place and date.
        "Audited Financial Statements 31 Dec. 2013\n\nCOMPANY ANNOUNCEMENT\nAcme Group p.l.c. announces.\n",
        # An opening line that runs on from a date and hour into an event's name is no release date.
        "February 27, 2025 10:00 a.m. ET Conference Call on Fourth Quarter Results\n\nAcme Robotics will host "
        "its call.\n",
        # A listing in an exhibit's header, one word a line.
        "NEWS RELEASE\n|\nTSX:\nACM NYSE: ACMG\n|\nAcme Gold Provides Q3 2018 Conference Call Details\n"
        "Acme Gold will host a conference call on Friday, October 26, 2018.\n",
        # A dial-in's country label, and a heading that ends in a colon, over their lines.
        "Acme Biologics to Report Results\n\nListeners may access the call by dialing:\n\nUS:\n\n1 888 555 8982\n\n"
        "IMPORTANT INFORMATION:\nIf you are unable to attend, please complete the proxy.\n",
        # A fixed-width notice's wrapped line that opens with "AGM,".
        "NOTICE IS HEREBY GIVEN that the Final Dividend, if approved at the Adjourned\n"
        "AGM, will be paid on Friday, 17 July 2020. Shareholders will have the option to receive\n"
        "the Final Dividend in Singapore dollars.\n",
        # A dividend's key dates, one a row.
        "Key information relating to the cash dividend\n\nDividend amount: 0.10\nRecord Date: 18 June 2020\n"
        "Payment date: 25 June 2020\n",
        # A German portal's weekday over its page.
        "Donnerstag, 20.12.2018\n\nAd hoc-Mitteilungen\n\nAcme A/S publishes its financial calendar.\n",
        # A sentence that opens its line with capitalised words, a date after its verb.
        "Notice of the Annual General Meeting\n\nThe Rights Accounting day is 16 November, 2021. Only the persons "
        "who are shareholders at its end may vote.\n",
        # A notice's 'Date:' row over its 'Time:' row: the meeting's day, not the release's.
        "NOTICE OF ANNUAL AND SPECIAL MEETING OF SHAREHOLDERS\n\nDate: Wednesday, April 27, 2005\n"
        "Time: 4:30 p.m. (Eastern Time)\nPlace: The Board of Trade, Toronto, Ontario\n",
        # A report's table row: its label's words and colon before the date.
        "ASX APPENDIX 4D AND INTERIM FINANCIAL REPORT\n\nThe report is provided to ASX under the listing rules.\n"
        "Current Reporting Period: 31 December 2006\nPrevious Corresponding Reporting Period: 31 December 2005\n",
        # A listing table's rows, and a Brazilian address with its postal code.
        "|\nSymbol\n|Type of\nsecurity\n|\nBSE - 500555\nNSE \u2013 ACMEDRUG\nNYSE \u2013 ACD\nNSE IFSC - ACMEDRUG\n"
        "|Equity\n|Tuesday, July 13\n",
        "FORM 6-K\nACME S.A.\nRua Eteno, 1561, Polo Petroquimico\nCamacari, Bahia - CEP 42810-000 Brazil\n"
        "(Address of principal executive offices)\n",
        # An agenda item's period, wrapped so as to open a line.
        "The notice of call to the Meeting, to deal with the following\nagenda:\n4)\nConsideration of the "
        "Board of Directors' performance for the\nFiscal Year ended June 30, 2020.\n",
        # A headline in title case that names the meeting's day.
        "Acmetrans Announces EGM to Be Held on 23 November 2009\n\nAcmetrans Investment PLC (LSE ticker: ACMT), "
        "announces that its Board of Directors called an Extraordinary General Meeting of shareholders.\n",
    ],
)
def test_a_headline_or_a_contact_line_is_no_dateline(text: str) -> None:
    assert parse(text)["dateline"] is None


def test_a_calls_details_rows_are_no_dateline_and_no_issuer() -> None:
    """ "DIAL-IN: U.S. & Canada ..." under "DATE: ..." is a row of the call's details."""
    parsed = parse(
        "# Acme Trust Schedules Live Call\n\n--News Direct--\n\nAcme Property Trust announced today that it will host "
        "a live conference call on Tuesday, May 14, 2024 at 12:00 pm Eastern Time.\n\nConference Call Details:\n\n"
        "DATE: Tuesday, May 14, 2024\n\nTIME: 11:00 am CDT | 12:00 pm EDT\n\nDIAL-IN: U.S. & Canada Toll Free: (877) "
        "555-2983 or International (215) 555-9893\n"
    )
    assert parsed["dateline"] is None
    assert parsed["company"] == "Acme Property Trust"


def test_values_keep_the_quotes_and_dashes_the_release_wrote() -> None:
    """Patterns read plain quotes and hyphens; the values keep the curly and en-dash forms."""
    parsed = parse(
        "Acme’s Board Sets Call\n\nCOEUR D’ALENE, IDAHO -- April 4, 2014 -- Acme Mining Company (NYSE: ACM) will hold "
        "a call on April 10, 2014.\n\nContact:\nJane O’Rowe, Managing Director – Investor Relations\n"
        "(208) 555-0143\n"
    )
    assert parsed["headline"] == "Acme’s Board Sets Call"
    assert parsed["dateline"]["city"] == "COEUR D’ALENE"
    assert [(c["name"], c["title"]) for c in parsed["contacts"]] == [
        ("Jane O’Rowe", "Managing Director – Investor Relations")
    ]


def test_a_call_tomorrow_on_a_written_day_dates_the_release_and_a_heading_is_no_place() -> None:
    parsed = parse(
        "(all amounts in US dollars, unless otherwise noted)\nAcme Copper Corp. (TSX: ACC) is pleased to announce "
        "its results. Management will host a conference call tomorrow, Tuesday, May 10, 2022, at 11:30 a.m. Eastern "
        "time to discuss the results.\nHIGHLIGHTS\n- Copper production of 9,784 tonnes;\n"
    )
    assert (parsed["dateline"]["city"], parsed["dateline"]["date"]) == (None, "2022-05-09")
    assert parsed["company"] == "Acme Copper Corp."


def test_a_wire_named_at_the_end_of_its_line_and_an_officer_of_the_issuer() -> None:
    parsed = prparse.parse(
        "Acme Corporation Announces Quarterly Dividends\nRichmond, VA • May 19, 2015 / PRNEWSWIRE\n"
        "Jane C. Rowe, III, Chairman, President, and Chief Executive Officer of Acme Corporation (NYSE:ACM), "
        "announced today that the Board of Directors declared a quarterly dividend.\n"
    )
    assert parsed.dateline is not None
    assert (parsed.dateline.city, parsed.dateline.region, parsed.dateline.date, parsed.dateline.wire) == (
        "Richmond",
        "VA",
        dt.date(2015, 5, 19),
        "PR Newswire",
    )
    assert parsed.company == "Acme Corporation"


def test_a_portals_line_over_the_wires_own_and_a_meeting_held_today() -> None:
    parsed = prparse.parse(
        "Acme Shareholders Approve Quarterly Dividend\nSchaffhausen, Switzerland / June 7, 2019/ Business Wire\n"
        "SCHAFFHAUSEN, Switzerland--(BUSINESS WIRE)--At Acme Ltd.’s annual shareholders’ meeting held today, "
        "approval was received from the shareholders for a cash dividend.\n"
    )
    assert parsed.dateline is not None
    assert (parsed.dateline.city, parsed.dateline.date) == ("Schaffhausen", dt.date(2019, 6, 7))
    assert parsed.company == "Acme Ltd."
    assert parsed.events == ()


def test_a_letter_to_the_exchange_is_dated_and_addressed_not_signed_by_the_exchange() -> None:
    parsed = prparse.parse(
        "Notice to Convene Annual General Meeting 2018\n\n Company Announcement no. 05/2018\n\n\n"
        "To: NASDAQ Copenhagen A/S                                    Copenhagen, Denmark, 22 March 2018\n\n\n"
        "The board of directors of Acme Pharmaceuticals A/S, CVR no. 26 55 77 67 (the Company), hereby convenes "
        "the annual general meeting.\n"
    )
    assert parsed.dateline is not None
    assert (parsed.dateline.city, parsed.dateline.region, parsed.dateline.date) == (
        "Copenhagen",
        "Denmark",
        dt.date(2018, 3, 22),
    )
    assert parsed.company == "Acme Pharmaceuticals A/S"


def test_a_notice_signed_in_a_place_on_a_day() -> None:
    parsed = prparse.parse(
        "Exhibit 99.1\nNOTICE OF ANNUAL AND SPECIAL MEETING OF SHAREHOLDERS\nNOTICE IS HEREBY GIVEN THAT the annual "
        "meeting of the shareholders of Acme Wellness Inc. will be held on August 26, 2021 at 10:30 a.m. (eastern "
        "time).\nBY ORDER OF THE BOARD OF DIRECTORS\nSIGNED in Laval, Québec, ON JULY 30, 2021\n(s) Jane Rowe\n"
    )
    assert parsed.dateline is not None
    assert (parsed.dateline.city, parsed.dateline.region, parsed.dateline.date) == (
        "Laval",
        "Québec",
        dt.date(2021, 7, 30),
    )


def test_the_wires_own_page_and_a_notice_to_the_shareholders_of_an_sa() -> None:
    parsed = prparse.parse(
        "GlobeNewswire by notified\n\nTo the Shareholders of Acme SA: Notice of Annual General Meeting\n\nShare\n\n"
        "The AGM will take place Thursday, May 27, 2021, 14:00 CEST at Acme SA headquarters in Lugano, Switzerland.\n"
    )
    assert parsed.dateline is not None and parsed.dateline.wire == "GlobeNewswire"
    assert parsed.company == "Acme SA"


def test_a_signatorys_department_names_no_issuer() -> None:
    parsed = parse(
        "Acting General Manager of Corporate Planning Department\nPhone:\n+81 (0)3 5555 1195\n"
        "Scheduled date for filing the quarterly report:\nNovember 8, 2021\n"
    )
    assert parsed["company"] is None


@pytest.mark.parametrize(
    ("signatory", "company"),
    [
        ("Hitoshi Rowe President and CEO Acme Seimitsu Co., Ltd", "Acme Seimitsu Co., Ltd"),
        (
            "Yasuhisa Rowe Representative Director, President ACME Group Holdings Co., Ltd.",
            "ACME Group Holdings Co., Ltd.",
        ),
        ("President Chain Store Co., Ltd.", "President Chain Store Co., Ltd."),  # a name, not a title
    ],
)
def test_a_japanese_notices_signatory_titles_are_not_the_issuers_name(signatory: str, company: str) -> None:
    parsed = parse(
        "1 Note: This document has been translated from the Japanese original. To Shareholders with Voting Rights: "
        f"(Stock Exchange Code 9999) June 5, 2013 {signatory}, Hachioji, Tokyo NOTICE OF THE 95TH ANNUAL GENERAL "
        "MEETING OF SHAREHOLDERS You are cordially invited to attend the meeting."
    )
    assert parsed["company"] == company


def test_an_invitations_cover_names_the_issuer_and_no_place() -> None:
    parsed = parse(
        "Invitation August 26, 2013\n\nTranscription\n\n1 Invitation Annual General Meeting Acme AG August 26, "
        "2013\n\n2 Annual General Meeting of ACME AG, Duesseldorf Congress Center. We invite our shareholders to the "
        "Annual General Meeting of Acme AG which will take place on Monday August 26, 2013, at 10:00 a.m. CEST.\n"
    )
    assert (parsed["company"], parsed["dateline"]) == ("Acme AG", None)


def test_an_exchange_the_notice_names_is_no_issuer_either() -> None:
    """The issuer's name fell off the copy: neither the disclaimer nor the Listing Rules' exchange is it."""
    parsed = parse(
        "Hong Kong Exchanges and Clearing Limited and The Stock Exchange of Hong Kong Limited take no "
        "responsibility for the contents of this announcement.\nNOTICE IS HEREBY GIVEN that an extraordinary general "
        "meeting of the Company will be held on Tuesday, 16 December 2014.\n1. According to the Rules Governing the "
        "Listing of Securities on The Stock Exchange of Hong Kong Limited (the ''Listing Rules''), the resolution "
        "will be voted on by poll. Hong Kong, 14 November 2014. Hong Kong time. Hong Kong.\n"
    )
    assert parsed["company"] is None


def test_a_contact_block_run_on_to_one_line_after_a_label_with_no_colon() -> None:
    parsed = prparse.parse(
        "Acme Robotics will host a call on August 14, 2013.\n\n Investor contact Stefanie Rowe Director of Investor "
        "RelationsTel.: +49 30 555476524Mobile: +49 151 5562176Email: s.rowe@acmerobotics.euwww.acmerobotics.group\n"
    )
    assert [(c.role, c.name, c.title, c.emails) for c in parsed.contacts] == [
        ("investors", "Stefanie Rowe", "Director of Investor Relations", ("s.rowe@acmerobotics.eu",))
    ]


def test_a_letterheads_bracketed_roles_label_its_contacts() -> None:
    parsed = prparse.parse(
        "Acme Grill  Acme Steakhouse\nwww.acme.example\n|\n|\n(Analysts) Jane Rowe\n|\n(407) 555-5288\n|\n"
        "(Media) Tom Ashby\n|\n(407) 555-4189\nACME REPORTS FISCAL AUGUST SALES RESULTS\nORLANDO, FL, Sept. 2, 2013 – "
        "Acme Restaurants, Inc. (NYSE: ACME) today reported same-restaurant sales for August.\n"
    )
    assert [(c.role, c.name, c.phones) for c in parsed.contacts] == [
        ("investors", "Jane Rowe", ("+14075555288",)),
        ("media", "Tom Ashby", ("+14075554189",)),
    ]


def test_a_header_tables_contact_ends_at_its_release_mark() -> None:
    """ "|CONTACT: / |JANE ROWE / |(952) 555-6017 / |FOR IMMEDIATE RELEASE": the block ends at the
    release mark, so the headline and the body under it are not read as contact lines."""
    parsed = prparse.parse(
        "Exhibit 99.2\n|Acme Industries, Inc.\n|NEWS RELEASE\n|CONTACT:\n|JANE ROWE\n|(952) 555-6017\n"
        "|FOR IMMEDIATE RELEASE\nAcme Industries To Report Fourth Quarter Results\nJanuary 23, 2001 — Acme "
        "Industries, Inc. is scheduled to release its results on Thursday, February 1, 2001.\nThe Company will host a "
        "conference call to discuss the results later that morning at 10:00 a.m. Central Time.\n"
    )
    assert [(str(e.date), e.starts_at and e.starts_at.isoformat()) for e in parsed.events] == [
        ("2001-02-01", "2001-02-01T10:00:00-06:00")
    ]
    assert [(c.name, c.phones) for c in parsed.contacts] == [("JANE ROWE", ("+19525556017",))]


@pytest.mark.parametrize(
    "header",
    [
        "Exhibit 99.1\n|\nContact: Jane Rowe\n|\n|\n|\nFOR IMMEDIATE RELEASE\nPresident\nTel: 703/555-5590\n"
        "Email: jane_rowe@acmetree.example\n",
        "Exhibit 99.1\n|Contact:\n|FOR IMMEDIATE RELEASE\n|Jane Rowe\n|Acme Tree, Inc.\n|703-555-5590\n"
        "|jane_rowe@acmetree.example\n",
    ],
)
def test_a_header_tables_release_mark_inside_the_contact_above_its_reach(header: str) -> None:
    """A two-column header table flattened cell by cell: the right column's release mark falls
    between the contact's name and the lines that reach her."""
    parsed = prparse.parse(
        header + "ACME TREE ANNOUNCES FOURTH QUARTER RESULTS\nRESTON, Va., December 18, 2014 – Acme Tree International "
        "(NASDAQ: ACMT) announced today its results.\n"
    )
    assert [(c.name, c.phones, c.emails) for c in parsed.contacts] == [
        ("Jane Rowe", ("+17035555590",), ("jane_rowe@acmetree.example",))
    ]


def test_a_for_release_line_ends_the_contact_block_above_it() -> None:
    parsed = prparse.parse(
        "NEWS RELEASE\nCONTACT:\nAcme Corporation\nRobert Rowe\nChief Financial Officer\n315-555-3206\n\n"
        "FOR RELEASE:   7:00 AM (Eastern)   October 22, 2009\n\nAcme Corporation Announces Third Quarter 2009 Results"
        "\n  - Conference Call to be Held at 10:00 a.m. ET Today -\n\n\nUtica, New York, October 22, 2009 ----- "
        "Acme Corporation (Nasdaq: ACME) today announced financial results for the third quarter of 2009.\n"
    )
    assert [(str(e.date), e.starts_at and e.starts_at.isoformat()) for e in parsed.events] == [
        ("2009-10-22", "2009-10-22T10:00:00-04:00")
    ]
    assert [(c.name, c.phones) for c in parsed.contacts] == [("Robert Rowe", ("+13155553206",))]


def test_a_date_and_a_dash_with_no_place_dates_the_release() -> None:
    """An SEC exhibit: a header table, a headline whose last line holds the event's date
    (no sign-off line), then "January 23, 2001 — Acme Industries, Inc. is scheduled ..."."""
    dateline = parse(
        "Exhibit 99.2\n|Acme Industries, Inc.\n|NEWS RELEASE\n|FOR IMMEDIATE RELEASE\nAcme\nIndustries To Report "
        "Fourth Quarter Results and\nHost Conference Call on Thursday, February 1, 2001\nJanuary 23, 2001 — Acme "
        "Industries, Inc. is scheduled to release its results on Thursday, February 1, 2001.\n"
    )["dateline"]
    assert (dateline["city"], dateline["date"]) == (None, "2001-01-23")


def test_a_document_sites_page_opens_under_its_transcription_line() -> None:
    dateline = parse(
        "Acme Holding AG Complete notice and agenda to the 2016 AGM\n\nSize: px\nStart display at page:\n\n"
        'Download "Acme Holding AG Complete notice and agenda to the 2016 AGM"\n\nTranscription\n\n'
        "1 Press release 20 April 2016 Acme Holding AG Complete notice and agenda to the 2016 AGM It is our "
        "pleasure to invite all shareholders to the annual general meeting which will take place on 17 May 2016.\n"
    )["dateline"]
    assert (dateline["city"], dateline["date"]) == (None, "2016-04-20")


def test_a_copys_status_mark_is_no_dateline() -> None:
    dateline = parse(
        "Exhibit 99.1\nFINAL: For Release\nACME STORES, INC. UPDATES GUIDANCE\n"
        "Springfield, Illinois — June 7, 2010 — Acme Stores, Inc. [NYSE:ACS] today updated its guidance."
    )["dateline"]
    assert (dateline["city"], dateline["region"], dateline["date"]) == ("Springfield", "Illinois", "2010-06-07")


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Acme to Present at the Virtual Investor Conference April 25th\n\nAcme Corp. (OTCQB: ACMF) today "
            "announced that it will present live at the conference on April 25th, 2024\n\nDATE: April 25th\n\n"
            "TIME: 2:00 PM ET\n\nLINK: https://bit.ly/3JaIRj3\n",
            ("2024-04-25", "2024-04-25T14:00:00-04:00"),
        ),
        # a 24-hour time row under the date row
        (
            "Acme will publish its half year financial results 2019 on Tuesday July 23, 2019, at 07:00 CEST.\n\n"
            "An investor conference call and webcast will be held to discuss the results on the same day:\n\n"
            "Date: Tuesday, July 23, 2019\n\nTime: 14:00 CEST / 13:00 BST / 08:00 EDT\n\n"
            "CH: +41 44 555 65 22 | UK: +44 20 3555 2470 | US: +1 877 555 0830\n",
            ("2019-07-23", "2019-07-23T14:00:00+02:00"),
        ),
    ],
)
def test_a_details_row_is_no_dateline(text: str, event: tuple[str, str]) -> None:
    parsed = parse(text)
    assert parsed["dateline"] is None
    assert [(e["date"], e["starts_at"]) for e in parsed["events"]] == [event]


def test_a_notices_date_over_by_order_of_the_board_is_the_release_date() -> None:
    parsed = parse(
        "Exhibit 99.3\nNOTICE OF ANNUAL GENERAL MEETING\nACME INTERNATIONAL PLC (the \u201cCompany\u201d)\nNOTICE IS "
        "HEREBY GIVEN that the Annual General Meeting of the Company will be held at Fort Anne, Douglas, Isle of Man "
        "on 1 December 2015 at 11:00 a.m. (GMT).\n|1.\n|To receive the annual report.\nOctober 9, 2015\n"
        "|By order of the Board\n|Registered Office\n|Jane Rowe\n|Secretary\n"
    )
    assert parsed["dateline"]["date"] == "2015-10-09"
    assert [(e["date"], e["starts_at"]) for e in parsed["events"]] == [("2015-12-01", "2015-12-01T11:00:00Z")]


def test_a_sentence_opening_with_today_and_its_date_is_no_dateline_place() -> None:
    parsed = parse(
        "Press release from the Annual General Meeting of Acme AB (publ) on March 31, 2011\n\nToday, Thursday, "
        "March 31, 2011, Acme AB (publ) held its annual general meeting.\n"
    )
    assert (parsed["dateline"]["city"], parsed["dateline"]["date"]) == (None, "2011-03-31")


def test_carrier_copy_without_dateline_gives_null_not_a_guess() -> None:
    parsed = parse("Acme Robotics to Present at Conference\n\nAcme Robotics, Inc. will present at a conference.\n")
    assert parsed["dateline"] is None


@pytest.mark.parametrize(
    ("foot", "wire"),
    [
        (
            "View source version on businesswire.com: https://www.businesswire.com/news/home/20250211986523/en/",
            "Business Wire",
        ),
        (
            "View source version on newsdirect.com: https://newsdirect.com/news/acme-robotics-plans-spinoff-123456789",
            "News Direct",
        ),
        ("Source: Acme Oyj via Globenewswire", "GlobeNewswire"),
    ],
)
def test_view_source_names_the_wire(foot: str, wire: str) -> None:
    parsed = parse("Acme Robotics, Inc. will present.\n\n" + foot + "\n")
    assert parsed["dateline"]["wire"] == wire


@pytest.mark.parametrize(
    ("body", "company"),
    [
        (
            "[Acme Robotics, Inc.](http://www.acmerobotics.com) (Nasdaq: ACMR), a maker of robots, today announced",
            "Acme Robotics, Inc.",
        ),
        ("Acme Holdings Inc., a Pennsylvania corporation (NYSE: ACMH), today announced", "Acme Holdings Inc."),
        # The trustees of a trust speak for it.
        (
            "RED BANK, N.J., April 27, 2013 /PRNewswire/ -- The Trustees of Acme Oil Royalty Trust (NYSE: AOR) "
            "announced today a quarterly distribution",
            "Acme Oil Royalty Trust",
        ),
        # A founder's initials open the name.
        ("The board of directors of The J. M. Acme Company (NYSE: JMA) declared a dividend", "J. M. Acme Company"),
        # A dateline's dash glued to the name: the name starts after it.
        ("NEW YORK, NY and SHENZHEN, CHINA \u2014China Acme Group (OTCBB: CACM), a maker of cells", "China Acme Group"),
        # A definition whose quotes hold the article: "the Company".
        ('Acme Pharma ("Acme" or "the Company") (LSE: ACMP) today recommended a dividend', "Acme Pharma"),
        # A number inside the name; not a year before it.
        (
            "Acme 360 Technology Co. Ltd. (“Acme 360” or the “Company”) (NYSE:ACMQ) today responded",
            "Acme 360 Technology Co. Ltd.",
        ),
        ("Notice of Annual General Meeting 2014 Acme Robotics AB (NASDAQ: ACMR) will hold", "Acme Robotics AB"),
        ("$ACMW–Acme Water Group, Inc. (“Acme”) (Nasdaq: ACMW), today announced", "Acme Water Group, Inc."),
        ("Acme Man Technologies operating as Rowebridge, (OTCQX: ROWB) will hold a call", "Acme Man Technologies"),
        # A body that opens with its date, or with a paid wire's byline.
        (
            "April 13, 2013- \nAcme Telecommunications Corp. (NASDAQ: ACMT), a leading maker of radios, announced",
            "Acme Telecommunications Corp.",
        ),
        (
            "Disseminated on behalf of Acme Power Corporation\n\n Acme Power (NASDAQ: ACPW) (Cboe CA: ACPW) announced",
            "Acme Power Corporation",
        ),
        # Listed on two markets, both named in the ticker's bracket.
        (
            "In light of the pandemic, Acme Robotics NV (Euronext & NASDAQ: ACMR) will hold its meetings behind "
            "closed doors.",
            "Acme Robotics NV",
        ),
        (
            'Applied Widget Sciences, Inc. ("Applied Widget" or the "Company"), a leader in widgets, today announced',
            "Applied Widget Sciences, Inc.",
        ),
        ("Acme Robotics Corp.'s (NYSE: ACR) board of directors declared a dividend.", "Acme Robotics Corp."),
        ("On Thursday, July 30, 2009, Acme Energy (NYSE: AEN) will host a conference call.", "Acme Energy"),
        (
            "– St. Mary Mining & Exploration Company (NYSE: SMM) is scheduled to release",
            "St. Mary Mining & Exploration Company",
        ),
        ('ACME ROBOTICS INC. (NASDAQ: ACMR, the "Company"), a robot maker, announced', "ACME ROBOTICS INC."),
        ("La Jolla Robotics Company (Nasdaq: LJRC) will present on August 2, 2013.", "La Jolla Robotics Company"),
        ("zeta OPTICS delivers results ahead of plan.", "zeta OPTICS"),
        # A ticker before a late definition: the name at the ticker.
        (
            'Acme Holdings Limited (NYSE: ACMV), a leading online retailer for brands in China ("Acme" or the '
            '"Company"), today announced its results.',
            "Acme Holdings Limited",
        ),
        # A notice names its meeting, and the meeting's shareholders, before the company.
        (
            "1 NOTICE IS HEREBY GIVEN that the 2018 Annual General Meeting of Shareholders of Acme Energy Limited "
            "will be held at 11.00am (Brisbane time) on Wednesday, 28 November 2018.",
            "Acme Energy Limited",
        ),
        ("1 Notice of Annual Shareholders Meeting 2019 of Acme AG on January 30, 2019 acme.example", "Acme AG"),
        # (a PDF's "Q1 Report" that lost its digit is the report's title, not a name)
        (
            "Q Report 18 April 2013 Acme Times Group ATG AB (publ.) ( ATG or the Group ) today announced its "
            "financial results for the first quarter.",
            "Acme Times Group ATG AB",
        ),
        # (a PDF's copy lost the space before the meeting's word)
        (
            "Notice is hereby given that the Annual GeneralMeeting of Acme Investors Limited (“AIL” or“the "
            "Company”) will be held on Wednesday 23 October 2019.",
            "Acme Investors Limited",
        ),
        (
            "1 27 October 2017 ASX: ACM 2017 ANNUAL GENERAL MEETING 2017 Annual General Meeting Acme Mining Limited "
            "( Acme or the Company ) is pleased to announce its 2017 Annual General Meeting.",
            "Acme Mining Limited",
        ),
        # The opening speaker's company: "Name, Title of Company, Inc. stated".
        (
            "Mel Rowe, Chairman and Chief Executive Officer of Acme Services, Inc. stated, \u201cWe have decided to "
            "delay our earnings release to May 19th.\u201d",
            "Acme Services, Inc.",
        ),
        (
            "1 Ordinary General Shareholders Meeting Acme S.A. The Board of Directors of Acme, S.A. has resolved to "
            "call the Ordinary General Shareholders Meeting to be held in Seville on June 24, 2018.",
            "Acme S.A.",
        ),
        (
            "1 CALL TO THE ORDINARY GENERAL SHAREHOLDERS' MEETING ACME GENOMICS, S.A. ORDINARY GENERAL "
            "SHAREHOLDERS' MEETING The Board of Directors of ACME GENOMICS, S.A. calls the meeting on 4 April 2018.",
            "ACME GENOMICS, S.A.",
        ),
        # Shareholder alerts: the firm issuing them, not the company they concern.
        (
            "The Rowe Law Firm issues the following notice to shareholders of **Acme Ad Science Holding Corp. "
            "(NASDAQ: ACAS).**",
            "The Rowe Law Firm",
        ),
        ("Lind & Rowe is investigating Acme Corporation (Nasdaq: ACMC) for potential violations.", "Lind & Rowe"),
        ("Attorney Advertising--Rowe, Lind & Day, LLC, a law firm, notifies investors of a lawsuit.", "Rowe"),
        (
            "The law firm of [Rowe Lind & Day, LLP](https://c212.example/link) reminds investors that a lawsuit was "
            "filed against Acme Sciences, Inc. (NASDAQ: ACSA).",
            "Rowe Lind & Day, LLP",
        ),
        (
            "\n\nHighlights according to segment reporting\n\n* Revenue rose 20 percent.\n\n"
            "This is information that Acme Robotics AB (publ) is obliged to make public.",
            "Acme Robotics AB",
        ),
        # Brands written in lower case, even when a clause comes first.
        ("acme robotics inc. (NASDAQ:ACMR) today announced a change.", "acme robotics inc."),
        (
            "With the evolving situation in China, acme robotics inc. (NASDAQ:ACMR) continues to work closely.",
            "acme robotics inc.",
        ),
        # Words that open a sentence are no company; the name comes later.
        (
            "Due to the pandemic, Acme Robotics Corporation has moved its Annual Meeting online.",
            "Acme Robotics Corporation",
        ),
        (
            "The Board of Directors of Acme Tool Works Inc. declared a dividend on the common stock.",
            "Acme Tool Works Inc.",
        ),
        # A copy that lost a line break glued the "About" heading on to the name it repeats.
        (
            'Acme Foods, Inc. will present at the conference.About Acme FoodsAcme Foods, Inc. (the "Company") is '
            "one of the largest snack companies.",
            "Acme Foods, Inc.",
        ),
        # Latin American legal forms and connectors.
        (
            "Grupo Acme del Sureste, S.A.B. de C.V. (NYSE: ACM; BMV: ACMU) announced today its results.",
            "Grupo Acme del Sureste, S.A.B. de C.V.",
        ),
        (
            "Acmeware de México, S.A.P.I. de C.V. (Nasdaq: ACMX) announced today its results.",
            "Acmeware de México, S.A.P.I. de C.V.",
        ),
        # The listed class after the name.
        ("Acme.com, Inc. Common Shares (NASDAQ:ACMO) is scheduled to release results.", "Acme.com, Inc."),
        # A brand in lower case with its comma before the legal suffix.
        ("acme health, inc. (NYSE: ACMH), the partner to physicians, today announced results.", "acme health, inc."),
        # A fixed-width copy wrapped the name after the dateline.
        ("Acme\nMedical, Inc. (Nasdaq: ACMD), a device company, today reported results.", "Acme Medical, Inc."),
        # ... with its short name's definition after it.
        (
            'Acme Real Estate\nInvestment Trust ("Acme") (TSX: ACM.UN / NYSE: ACM.U) announced a distribution.',
            "Acme Real Estate Investment Trust",
        ),
        # ... or the section heading over the first paragraph.
        (
            "HIGHLIGHTSAcme Hotels International, Inc. (NASDAQ: ACMH) today reported results.",
            "Acme Hotels International, Inc.",
        ),
        # The place of incorporation after the name is no name; a word in brackets inside it is.
        (
            "The Annual General Meeting of the shareholders of Acme (Holdings) Limited, a company incorporated in "
            "Jersey, Channel Islands (the “Company”), will be held on Thursday, September 23, 2013.",
            "Acme (Holdings) Limited",
        ),
        # A Portuguese name joined by "e".
        (
            'The Shareholders of Acme Infraestrutura e Logística S.A. ("Company") are hereby convened to the meeting.',
            "Acme Infraestrutura e Logística S.A.",
        ),
        # A Baltic legal form before the name.
        (
            "The Board of AB “ACME PIENAS” has called the extraordinary general meeting of shareholders.",
            "AB “ACME PIENAS”",
        ),
        # A firm named after a title keeps it; a person's title before "of" opens no name.
        ("Dr. Acme’s Laboratories Ltd. (NYSE: ACML) today announced results.", "Dr. Acme’s Laboratories Ltd."),
        ("Mr. Acme Group Inc. (NASDAQ: ACMG) today announced results.", "Mr. Acme Group Inc."),
        ("Dr. Jane Rowe, Chair of Acme Inc. (NASDAQ: ACME) today said.", "Acme Inc."),
        # A listing's bracket with a colon ends the name, however many words it opens with.
        ("Acme Robotics (CBOE CA: ACMR), a robotics company, today announced a call.", "Acme Robotics"),
        # A media advisory's subject is the executive; the organisation follows the title.
        (
            "Jane Rowe, Group President and Chief Executive Officer, Acme Bank Group, will present at the "
            "Springfield Bank CEO Conference on Tuesday, August 6, 2013.",
            "Acme Bank Group",
        ),
        # the people who speak for the issuer, and a figure's word, open no name
        ("Officials of Acme Bancorp, Inc. said today that the company will announce results.", "Acme Bancorp, Inc."),
        (
            "Seven years after buying a historic brewery in Springfield, The Acme Beer Company is embarking on a "
            "renovation.",
            "The Acme Beer Company",
        ),
    ],
)
def test_company(body: str, company: str) -> None:
    assert parse("Headline\n\nSPRINGFIELD, Ill.--(BUSINESS WIRE)--July 23, 2013-- " + body)["company"] == company


def test_the_meetings_company_after_its_acronym_in_brackets() -> None:
    text = (
        "Acmephone announces 280% dividend in their 22nd AGM\n\nDhaka (23 April 2019) : The 22nd Annual General "
        "Meeting (AGM) of Acmephone Ltd. was concluded successfully at the Convention City today.\n"
    )
    assert parse(text)["company"] == "Acmephone Ltd."


def test_a_name_with_the_lines_dash_glued_on() -> None:
    text = (
        "Acme to announce third quarter 2001 financial results on Nov. 7\n\nBy Space Editor\nNovember 2, 2001\n\n"
        "–Acme Orbital Corporation (NYSE: AOC) will\nrelease its third quarter 2001 financial results on "
        "Wednesday, November 7, 2001.\n"
    )
    assert parse(text)["company"] == "Acme Orbital Corporation"


def test_the_headlines_subject_before_its_verb_named_again_below() -> None:
    text = (
        "ACMECOLOMBIA cordially invites you to the Fourth Quarter 2021 Earnings Results Conference Call\n"
        "Date: Wednesday, February 23, 2022.\nTime: 9:00 a.m. Eastern Time\nAccess:\nU.S. Participants: "
        "1-855-555-6837\nPlease dial-in 5-10 minutes before the scheduled start time.\nAcmecolombia’s "
        "Quarterly Earnings Report will be distributed on Tuesday, February 22, 2022."
    )
    assert parse(text)["company"] == "ACMECOLOMBIA"


@pytest.mark.parametrize(
    ("opening", "date", "company"),
    [
        ("DALLAS, March 5, 2006ACME&T Inc. (NYSE:AT) announced today", "2006-03-05", "ACME&T Inc."),
        ("SHANGHAI, November 19, 202051acme, Inc. (Nasdaq: ACME) announced today", None, "51acme, Inc."),
    ],
)
def test_a_year_glued_on_to_the_issuers_name(opening: str, date: str | None, company: str) -> None:
    """A copy that lost the dash after the dateline ran its year on to the name."""
    parsed = parse("Third Quarter Results\n" + opening + " its results for the quarter.\n")
    assert ((parsed["dateline"] or {}).get("date"), parsed["company"]) == (date, company)


@pytest.mark.parametrize(
    ("lines", "city", "region", "date"),
    [
        ("Business Wire\n\nLEUDELANGE, Sweden -- April 24, 2013\n\n", "LEUDELANGE", "Sweden", "2013-04-24"),
        ("LEUDELANGE, Sweden -- April 24, 2013\n\n", "LEUDELANGE", "Sweden", "2013-04-24"),
        ("Head office: 1 rue Neuve - 59173 Renescure - France\n\nVilleneuve d'Ascq, November 13, 2013\n\n",
         "Villeneuve d'Ascq", None, "2013-11-13"),
    ],
)  # fmt: skip
def test_a_place_and_date_line_over_a_notice(lines: str, city: str, region: str | None, date: str) -> None:
    parsed = parse(
        "Acme: Convening Notice\n\n" + lines + "société anonyme\n\nNOTICE IS HEREBY GIVEN that the AGM of Acme S.A. "
        "will be held on December 4, 2013.\n"
    )
    dateline = parsed["dateline"]
    assert (dateline["city"], dateline["region"], dateline["date"]) == (city, region, date)


def test_a_wire_dateline_with_no_date_dated_by_a_later_today() -> None:
    parsed = parse(
        "Acme Reports Second Quarter 2010 Results\n\nTACOMA, Wash.--(BUSINESS WIRE)-- Acme, Inc. (NYSE:ACM) today "
        "reported net income of $7.9 million.\n\nManagement will discuss the results on a conference call at 2 p.m. "
        "(PT), today, Wednesday, July 21, 2010.\n"
    )
    assert (parsed["dateline"]["city"], parsed["dateline"]["date"]) == ("TACOMA", "2010-07-21")
    assert [(e["date"], e["starts_at"]) for e in parsed["events"]] == [("2010-07-21", "2010-07-21T14:00:00-07:00")]


def test_a_contact_who_signs_the_filing_is_a_person_however_often_named() -> None:
    text = (
        "SIGNATURES\nACME PARKS, INC.\nDate: October 2, 2003\nBy: /s/ Jack Rowe\nJack Rowe\nVice President\n"
        "Exhibit 99.1\nAcme Parks, Inc.\nFor Release: Immediately\nContact: Mr. Jack Rowe\n(818)555-0180, Ext. 663\n"
        "Glendale, California - Acme Parks, Inc. (AMEX: ACP) announced today that it intends to release its results "
        "on Thursday, October 23, 2003.\n"
    )
    assert [(c["name"], c["organization"], c["phones"]) for c in parse(text)["contacts"]] == [
        ("Jack Rowe", None, ["+18185550180"])
    ]


@pytest.mark.parametrize(
    ("sentence", "tickers"),
    [
        ("Acme Robotics (Nasdaq: ACMR) announced", [("NASDAQ", "ACMR")]),
        ("Acme Holdings (NYSE:ACH.B) announced", [("NYSE", "ACH.B")]),
        ("Acme (NASDAQ: ACMR, TSX: ACM) announced", [("NASDAQ", "ACMR"), ("TSX", "ACM")]),
        ("Acme (TSX: ACM) (NYSE: ACM) announced", [("TSX", "ACM"), ("NYSE", "ACM")]),
        ("Acme (Nasdaq: ACMRA, ACMRB) announced", [("NASDAQ", "ACMRA"), ("NASDAQ", "ACMRB")]),
        ("Acme (OTCQX: ACMRF) announced", [("OTC", "ACMRF")]),
        ("Acme (OTCQB: ACMR and OTCPINK: ACMRW) announced", [("OTC", "ACMR"), ("OTC", "ACMRW")]),
        ("Acme (ASX: ACR) announced", [("ASX", "ACR")]),
        ("Acme (LSE: ACR) announced", [("LSE", "ACR")]),
        ("Acme (NasdaqGS: ACMR) announced", [("NASDAQ", "ACMR")]),
        ("Acme (NASDAQ/GSM:ACMR) announced", [("NASDAQ", "ACMR")]),  # the market's tier after a slash
        ("Acme (Nasdaq: ACMR and SGX-ST: ACME) announced", [("NASDAQ", "ACMR"), ("SGX-ST", "ACME")]),  # as written
        (
            "Acme (TSX.V:ACM) (NYSE MKT: ACMM) (CW5.F) announced",
            [("TSXV", "ACM"), ("NYSE American", "ACMM"), (None, "CW5.F")],
        ),
        ('Acme Property Real Estate Investment Trust ("ACMREIT") (ACM.UN - TSX) announced', [("TSX", "ACM.UN")]),
        ("a collaborative agreement with Acme MG, Inc. (TSE Mothers: 4563) for", [("TSE", "4563")]),
        # an exchange the spec's table leaves out, named in full: as written, in capitals
        (
            "The Board of Directors of Acme S.p.A. (Italian Stock Exchange: ACM) met today",
            [("ITALIAN STOCK EXCHANGE", "ACM")],
        ),
        (
            'Acme Financiero S.A.\n(Buenos Aires Stock Exchange / NASDAQ: ACMF, "Acme") calls a meeting',
            [("BUENOS AIRES STOCK EXCHANGE", "ACMF"), ("NASDAQ", "ACMF")],
        ),
        (
            "Acme (NYSE: ACB; BCBA: ACBA; LATIBEX: XACB) reports",
            [("NYSE", "ACB"), ("BCBA", "ACBA"), ("LATIBEX", "XACB")],
        ),
        # a short name defined in the listing's bracket is no second symbol
        (
            "London, UK, 9 August 2016: Acme Pharmaceuticals plc (NASDAQ: ACMH, AIM: ACM, AC, the Company or the "
            "Group), a biopharmaceutical company, announced results",
            [("NASDAQ", "ACMH"), ("LSE", "ACM")],
        ),
        # A depositary receipt's symbol labelled by its kind: no exchange named.
        ("Acme Computer (HKSE: 9921) (ADR: ACMCY) is a global company", [("HKSE", "9921"), (None, "ACMCY")]),
        ("Acme (NYSE American: ACMR) announced", [("NYSE American", "ACMR")]),
        ("Acme Real Estate Trust (TSX: ACM.UN) announced", [("TSX", "ACM.UN")]),
        ("Acme (ACMR: NASDAQ) announced", [("NASDAQ", "ACMR")]),
        ('Acme is listed on the Toronto Stock Exchange under the trading symbol "ACR".', [("TSX", "ACR")]),
        ("Acme shares trade on Nasdaq Stockholm (ticker: ACME B).", [("Nasdaq Nordic", "ACME B")]),
        ("Oslo Børs Ticker: ACME", [("Oslo Børs", "ACME")]),
        ("Acme (ticker: ACMR) announced", [(None, "ACMR")]),
        ("Acme (SIX: ACMN) announced", [("SIX", "ACMN")]),
        # Exchanges listed before a colon share its symbol.
        ("Acme (NSE, BSE,NYSE: ACMI), a global leader", [("NSE", "ACMI"), ("BSE", "ACMI"), ("NYSE", "ACMI")]),
        ('Acme China MediTech Limited ("Acme") (AIM/Nasdaq:ACM) will', [("LSE", "ACM"), ("NASDAQ", "ACM")]),
        # An index's name after a colon is a symbol.
        ("DRAX Health Inc. (TSX:DAX) (Nasdaq:DRAX) announced", [("TSX", "DAX"), ("NASDAQ", "DRAX")]),
        ("Acme (TASE: ACMR) announced", [("TASE", "ACMR")]),
        ("Acme Communities Corp. (OTCQB International:ACMEF) reports", [("OTC", "ACMEF")]),
        (
            "Acme Bank (Bahrain Bourse trading code “ACMB”, Dubai Financial Market trading code “ACMB\\_BAH”) grew.",
            [("BAHRAIN BOURSE", "ACMB"), ("DUBAI FINANCIAL MARKET", "ACMB_BAH")],
        ),
        (  # (a fixed-width copy's line break inside the market's name)
            "Acme Bank (Bahrain Bourse trading code “ACMB”, Dubai Financial\nMarket trading code “ACMB\\_BAH”) grew.",
            [("BAHRAIN BOURSE", "ACMB"), ("DUBAI FINANCIAL MARKET", "ACMB_BAH")],
        ),
        # Exchanges the spec's table leaves out keep their name as written, in capitals.
        ("Acme Technologies (CBOE CA: ACMR), a fintech, announced", [("CBOE CA", "ACMR")]),
        (
            "Acme Technologies Inc. (NEO: ACMR) (GR: R9B) (OTC: ACMRF) is a fintech.",
            [("NEO", "ACMR"), ("GR", "R9B"), ("OTC", "ACMRF")],
        ),
        ("The neo-classical gr design was announced", []),
        ("Listed on the Frankfurt Stock Exchange (SDAX) since 1995, Acme grew.", []),
        ("Acme & Prom (Paris:ACP): production up", [("Euronext", "ACP")]),
        ("PARIS: Acme today announced results.", []),
        ("Acme Group Limited\n(Stock Code: 1179)\n", [(None, "1179")]),
        (
            "Acme Limited\n(Incorporated in the Republic of South Africa)\n"
            "Share code: ACH           ISIN: ZAE000031035\n",
            [(None, "ACH")],
        ),
        ("Acme (Nasdaq: [ACMR](https://www.globenewswire.com/Tracker?data=_gCfl==)) announced", [("NASDAQ", "ACMR")]),
        (
            "The Company is listed on the Prime Market of the Tokyo Stock Exchange, with the stock code “9684.”",
            [("TSE", "9684")],
        ),
        # A symbol that is also a legal suffix, its bracket closing right after it.
        ('Acme Lawn Corporation (TSX: PLC) ("PLC") announced today', [("TSX", "PLC")]),
        # Canadian preferred shares.
        (
            "Acme Investments (TSX:ACG) (TSX: ACG.PR.D) and (TSX: BCE.PR.A, BCE.PR.B)",
            [
                ("TSX", "ACG"),
                ("TSX", "ACG.PR.D"),
                ("TSX", "BCE.PR.A"),
                ("TSX", "BCE.PR.B"),
            ],
        ),
        (
            "Acme's shares are listed on Nasdaq Helsinki Oy (ACMAV, ACMRV) and Nasdaq Stockholm AB (ACM A, ACM R). "
            "In addition, the shares are traded in the USA OTC Markets (OTCQX).",
            [
                ("Nasdaq Nordic", "ACMAV"),
                ("Nasdaq Nordic", "ACMRV"),
                ("Nasdaq Nordic", "ACM A"),
                ("Nasdaq Nordic", "ACM R"),
            ],
        ),
        (
            "Acme is traded on Euronext Amsterdam and NASDAQ under the symbol ACMR.",
            [("Euronext", "ACMR"), ("NASDAQ", "ACMR")],
        ),
        (
            "Acme Bank trades under the symbol “AB” on the Toronto Stock Exchange and New York Stock Exchange.",
            [("TSX", "AB"), ("NYSE", "AB")],
        ),
        ("Acme Gold Inc. (TSX: “ACG”, Nasdaq Stockholm: “ACG”) announces", [("TSX", "ACG"), ("Nasdaq Nordic", "ACG")]),
        ("Acme Mines Inc. (\nTSX.V:ACM) (\nNYSE MKT: ACMC) announces", [("TSXV", "ACM"), ("NYSE American", "ACMC")]),
        ("Acme Infoway Limited (NASDAQ Global Markets:\nACMI), a leader", [("NASDAQ", "ACMI")]),
        ("Acme Cementos S.A., (NYSE: ACMC; BYMA: ACMC), the leading", [("NYSE", "ACMC"), ("BYMA", "ACMC")]),
        ("Acme Labs Ltd. (NYSE: ACL | NSEIFSC: ACMELAB) today", [("NYSE", "ACL"), ("NSEIFSC", "ACMELAB")]),
        (
            "Its shares are admitted to trading on the Nasdaq Global Market and on AIM, a market operated by the "
            'London Stock Exchange, under the ticker symbol "ACMH".',
            [("NASDAQ", "ACMH"), ("LSE", "ACMH")],
        ),
        # The next listing's exchange after a comma is no second symbol; the 2008 name of NYSE American.
        ("Acme Uranium Inc. (TSX:ACU, NYSE Amex:ACUR) is pleased", [("TSX", "ACU"), ("NYSE American", "ACUR")]),
        ("Acme Uranium Inc. (TSX:ACU) (NYSE Alternext US:ACUR) will", [("TSX", "ACU"), ("NYSE American", "ACUR")]),
        (
            "Its common stock is listed on NASDAQ under ticker symbol ‘ACMR’, and its publicly traded warrants "
            "are listed on OTC under ticker symbol ‘ACMRW’.",
            [("NASDAQ", "ACMR"), ("OTC", "ACMRW")],
        ),
        ("Acme Minerals Corp. (ACMN.AMEX) announced", [("NYSE American", "ACMN")]),
        # a SPAC's units, shares and warrants, each in its quotes
        (
            "Acme Acquisition Corp. (Nasdaq: “ACQU”, “ACQ”, “ACQW”) announced today",
            [("NASDAQ", "ACQU"), ("NASDAQ", "ACQ"), ("NASDAQ", "ACQW")],
        ),
        # Singapore's exchange by its trading company's name, not SGX's symbol "ST"
        ("The Board announces that the SGX-ST had, on 20 July 2020, advised the Company", []),
        # A list of them, each symbol before its exchange, wrapped after the first colon.
        (
            "Acme Silver Corp. (AXK:\nNYSE-Amex, ADR: TSX, ADR.WT: TSX, AJD: DB-Frankfurt) announces",
            [("NYSE American", "AXK"), ("TSX", "ADR"), ("TSX", "ADR.WT"), ("FSE", "AJD")],
        ),
        # ... and after a semicolon, a listing the usual way round: its own exchange only
        (
            "Acme Silver & Gold Mines Ltd. (ASV: TSX/NYSE American; FSE:GV7, “Acme”) plans",
            [("TSX", "ASV"), ("NYSE American", "ASV"), ("FSE", "GV7")],
        ),
        # OTC Pink's old name; Istanbul's exchange before it was Borsa Istanbul
        ("Acme Energy Resources, Inc. (Pink Sheets: ACNY.PK) announced", [("OTC", "ACNY.PK")]),
        ("Acme Iletisim (NYSE: ACK, ISE: ACELL) announced", [("NYSE", "ACK"), ("ISE", "ACELL")]),
        # the exchange itself labels the code
        ("Contact details\nAcme Registry Services Limited\nASX Code: WBC\n", [("ASX", "WBC")]),
        # the venture exchange's hyphenated name, then a full stop
        (
            "Acme Mining Inc. (TSX-V.ACD)(OTCQB-ACDFF)(FRA:AC3A), a diamond miner",
            [("TSXV", "ACD"), ("OTC", "ACDFF"), ("FSE", "AC3A")],
        ),
        ("Acme Tire Corporation, Limited (TSX:ACT, TSX:ACT.a) announced", [("TSX", "ACT"), ("TSX", "ACT.A")]),
        ("Acme Software (Nasdaq-100: ACMS) is one of the world's leading", [("NASDAQ", "ACMS")]),
        ("Acme (Nasdaq: ACME) is a member of the S&P 500® and Nasdaq-100® market indices", [("NASDAQ", "ACME")]),
        ("Acme Pharmaceuticals, Inc. (OTC:BB: ACMP) announced", [("OTC", "ACMP")]),
        # Exchanges joined by "and" or "&" before one colon share the symbol; Tokyo's numeric codes.
        ("Acme Holdings, Inc. (NYSE and SIX: ACMZ) announced", [("NYSE", "ACMZ"), ("SIX", "ACMZ")]),
        ("Acme SE (Euronext & Nasdaq: ACMX) announced", [("Euronext", "ACMX"), ("NASDAQ", "ACMX")]),
        ("Acme Cannabis Inc. (NYSE | TSX: ACB), the Canadian company, announced", [("NYSE", "ACB"), ("TSX", "ACB")]),
        ("Acme Company plc (NYSE; TASE: ACMP), a provider of self-care products", [("NYSE", "ACMP"), ("TASE", "ACMP")]),
        ("Acme Technologies Limited (NASDAQ NM: ACMY), a leader in network services", [("NASDAQ", "ACMY")]),
        ("Copenhagen -- Acme Pharma (NASDAQ OMX Copenhagen: ACMZ) announces its calendar", [("Nasdaq Nordic", "ACMZ")]),
        ("Acme, Inc. is a publicly traded (NYSE-American, stock symbol ACMV) company", [("NYSE American", "ACMV")]),
        ("Acme Pharmaceutical Company Limited (TSE:4502/NYSE:ACK) announced", [("TSE", "4502"), ("NYSE", "ACK")]),
        ("Acme Initiative Japan Inc. (\u201cAIJ\u201d, TSE1: 3774) today announced", [("TSE", "3774")]),
        # a Japanese results summary's header, one line or several
        (
            "Company name: ACME CONCRETE CO., LTD. Stock exchange listing: Tokyo Code number: 5269 URL:",
            [("TSE", "5269")],
        ),
        ("Company name: Acme Motor Corporation\nListing: Tokyo\nSecurities code: 7203\n", [("TSE", "7203")]),
        # (bare "OMX" is in no row of the spec's table: as written)
        ("Copenhagen, Denmark; March 3, 2015 \u2013 Acme A/S (OMX: ACMB) summons", [("OMX", "ACMB")]),
        ("The Swedish company Acme (NASDAQ OMX: ACME B) reports improved cash flow", [("NASDAQ OMX", "ACME B")]),
        # Not tickers: words and headings.
        ("The NYSE: the largest exchange, announced", []),
        ("Berkshire (BRK.B) announced", []),
        ("Acme ASA (Oslo Børs: Nava) announced", [("Oslo Børs", "NAVA")]),  # in mixed case, closing its bracket
        ("Acme Reports 374% Year-Over-Year Six-Month Revenue Growth", []),
        ("please refer to Acme's recent OTC Markets: Trading and Securities filings", []),
        # Exchanges a release names its own way: a city, a board, an Italian market, Hong Kong's code.
        ("Acme N.V. (NYSE/MTA: ACME) announces", [("NYSE", "ACME"), ("MTA", "ACME")]),
        ("Acme Inc. (OTC Bulletin Board: ACMEF - News) announced", [("OTC", "ACMEF")]),
        ("Acme Ltd. (TSX: ACM, HK: 1878) announced", [("TSX", "ACM"), ("HK", "1878")]),
        # Hong Kong's exchange is not in the spec's table: as written
        ("Acme (SEHK: 981, OTCQX: ACMY) announced", [("SEHK", "981"), ("OTC", "ACMY")]),
        ("Acme (HKSE: 992) announced", [("HKSE", "992")]),
        # A Japanese notice's code, with no exchange named
        ("To our shareholders: Securities identification code: 3941 June 7, 2016", [(None, "3941")]),
        ("(Stock Exchange Code 4980) June 1, 2016 To Shareholders with Voting Rights:", [(None, "4980")]),
        ("Acme (TSX: PG) (OTCPK: ACMGF) announces", [("TSX", "PG"), ("OTC", "ACMGF")]),
        ("Acme Corp. (TSX: “HBP”, FRANKFURT: “HBP0”) announced", [("TSX", "HBP"), ("FSE", "HBP0")]),
        # Exchanges outside the spec's table, as written, and a long symbol in capitals.
        ("Acme S.A. (NYSE: ACM and B3: ACML4), the airline, announced", [("NYSE", "ACM"), ("B3", "ACML4")]),
        ("Acme S.A. (BVC: ACMPETROL; NYSE: AP) announced", [("BVC", "ACMPETROL"), ("NYSE", "AP")]),
        (
            "Acme (NYSE: AQM; Santiago Stock Exchange: AQM-B) informs",
            [("NYSE", "AQM"), ("SANTIAGO STOCK EXCHANGE", "AQM-B")],
        ),
        ("Acme Tankers Inc. (NASDAQ Cap Mkts: ACMT), a tanker company", [("NASDAQ", "ACMT")]),
        # Euronext's growth market by its city, and by its name until 2017
        ("Acme SA (NasdaqCM: ACMS, Euronext Growth Paris: ALACM) today", [("NASDAQ", "ACMS"), ("Euronext", "ALACM")]),
        ("Acme SA (NYSE Alternext Paris: ALACM) today announced", [("Euronext", "ALACM")]),
        # one listing on two of Euronext's markets
        ("Acme Pharma N.V. (Euronext Amsterdam and Brussels: ACMP), a company", [("Euronext", "ACMP")]),
        # Exchange and symbol joined by a slash; one symbol on two exchanges written after it.
        ("Acme Energy Inc. (TSX/ACE; NYSE/ACE) today announced", [("TSX", "ACE"), ("NYSE", "ACE")]),
        (
            "Acme Mountain Resources Ltd. (AMR: TSX and AMEX) will be releasing",
            [("TSX", "AMR"), ("NYSE American", "AMR")],
        ),
        # A label that names its exchanges.
        ("OJSC Acme (MICEX/RTS ticker: ACMT) will announce", [("MICEX", "ACMT"), ("RTS", "ACMT")]),
        ("Registration number: 1987/555237/06 JSE share code: ACM ISIN: ZAE000555555", [("JSE", "ACM")]),
        # Moscow's hyphenated exchange of 2011-2014, with or without its colon; markets listed before one symbol.
        ("The Board of OAO Acme (LSE: ACMS; MICEX-RTS: ACMF), a steel maker", [("LSE", "ACMS"), ("MICEX-RTS", "ACMF")]),
        ("shares are traded on the Moscow Stock Exchange (MICEX-RTS, ticker symbol: ACMK)", [("MICEX-RTS", "ACMK")]),
        ("Release time IMMEDIATE   LSE, MOEX, AIX: ACMP / ADR", [("LSE", "ACMP"), ("MOEX", "ACMP"), ("AIX", "ACMP")]),
        ("Acme Pharmaceutica Ltd. (SWISS: ACMN) announced today", [("SIX", "ACMN")]),
        ("Acme Energy Corp. (NYSEAmex: ACME) today announced", [("NYSE American", "ACME")]),
        ("Acme Plc (LON:ACMO), the clinical research firm, announces", [("LON", "ACMO")]),
        ("Acme Inc. (NASDAQ: ACT; TSX: ACT.un), a telecom provider", [("NASDAQ", "ACT"), ("TSX", "ACT.UN")]),
        # the symbol after the exchange by a word or in quotes; an LSE market code
        ("Acme Royalty Trust (NYSE symbol-ACR) announced the Trust income distribution", [("NYSE", "ACR")]),
        ("Acme (Nasdaq \u201cACMS\u201d @acme) enables digital transformation", [("NASDAQ", "ACMS")]),
        ("Acme Minerals plc / EPIC: ACO / Market: AIM / Sector: Exploration", [("LSE", "ACO")]),
        # a short exchange in prose, in capitals only ("six symbol" is a number)
        ('Acme Income Fund (TSX Symbol ACM.UN) (the "Fund") today released', [("TSX", "ACM.UN")]),
        ("Acme's units trade under the symbol ACM on the TSX.", [("TSX", "ACM")]),
        ("the fund holds six symbol ABC shares", []),
        # a security's labelled number after the exchange's colon is no symbol; the symbol after it is
        (
            "Acme is listed on the Frankfurt Stock Exchange: ISIN DE000A1B2C30 / WKN A1B2C3 / Symbol ACMX.",
            [("FSE", "ACMX")],
        ),
        # the symbol first, the market's country after the market
        (
            "Acme Blockchain Inc. (TSX-V: ACMI) (ACMBF:OTC US) (FRANKFURT:6AX) announced",
            [("TSXV", "ACMI"), ("OTC", "ACMBF"), ("FSE", "6AX")],
        ),
        # the National Market's old short form with a slash
        ("Acme Airlines, the Dulles, VA-based carrier (ACA) (NASDAQ/NM: ACAI) today revealed", [("NASDAQ", "ACAI")]),
        # the share's ISIN written before its symbol, after the market's colon
        ("Acme S.A. (Euronext Paris: FR0000074130, ACM) has convened a meeting.", [("Euronext", "ACM")]),
        ("Acme S.A. (Euronext Paris: FR0000074130 - ACM) has convened a meeting.", [("Euronext", "ACM")]),
        # a Canadian issuer's French copy, a space before each colon
        (
            "Le Groupe Acme (Bourse de Toronto : ACM) (Bourse de New York : ACX) a annoncé",
            [("TSX", "ACM"), ("NYSE", "ACX")],
        ),
        # a second symbol with a market of its own named after it
        (
            'Acme is listed on the Toronto Stock Exchange under the symbol \u201cACMT" and \u201cACMTF\u201d '
            "on the OTCQX.",
            [("TSX", "ACMT"), ("OTC", "ACMTF")],
        ),
        # A letter to India's exchanges: the addressees' columns flattened, a code's kind naming its exchange
        (
            "BSE Limited National Stock Exchange of India Limited\nSecurity Code : 555514 Trading Symbol : ACMEGAS\n",
            [("NSE", "ACMEGAS"), ("BSE", "555514")],
        ),
        (
            "National Stock Exchange of India Limited BSE Limited\nSymbol: ACMEBNK Scrip Code: 544243 and 976211\n",
            [("NSE", "ACMEBNK"), ("BSE", "544243"), ("BSE", "976211")],
        ),
        (
            "To, BSE Limited, National Stock Exchange of India Limited\n"
            "Scrip Code — 539555(EQ), 975511 & 976411 Scrip Code- ACH\n",
            [("BSE", "539555"), ("BSE", "975511"), ("BSE", "976411"), ("NSE", "ACH")],
        ),
        ("NSE Symbol: ACMETS BSE script Code: 540111\n", [("NSE", "ACMETS"), ("BSE", "540111")]),
        # ... but not where neither exchange is named: a code alone says nothing of its market
        ("Scrip Code: 539555\nDear Sir,", []),
        # "TSE" before a symbol of letters is Toronto's old mark; Tokyo's codes open with digits
        ("Acme Financial Services Inc. (TSE: AFS, NYSE: AFS) announced today.", [("TSX", "AFS"), ("NYSE", "AFS")]),
        ("Acme Initiative Japan Inc. (“AIJ”, TSE: 3774) today announced.", [("TSE", "3774")]),
        # Latin America's exchanges named in full, as written
        (
            "Compañia de Minas Acme S.A.A. (NYSE: ACV; Lima Stock Exchange: ACE.LM) today announced permits.",
            [("NYSE", "ACV"), ("LIMA STOCK EXCHANGE", "ACE.LM")],
        ),
        # what the symbol is, between the exchange and its colon; the next listing's exchange is
        # no symbol of this one
        (
            "Acme Limited (“Acme” or the “Company”, OSE ticker code: “ACMI”, NYSE ticker code “ACMN”) on 6 "
            "August 2024 announced its results.",
            [("Oslo Børs", "ACMI"), ("NYSE", "ACMN")],
        ),
        # the exchange's segment after its name
        (
            "Acme Group AB (Nasdaq OMX Stockholm Large Cap Market: ACMA, ACMB) today announced its results.",
            [("Nasdaq Nordic", "ACMA"), ("Nasdaq Nordic", "ACMB")],
        ),
    ],
)
def test_tickers(sentence: str, tickers: list[tuple[str | None, str]]) -> None:
    assert [(t["exchange"], t["symbol"]) for t in parse(sentence)["tickers"]] == tickers


CONTACTS = """Acme Robotics, Inc. will present at a conference on August 14, 2013.

About Acme Robotics

Acme Robotics, Inc. builds robots. Call us at (617) 394-2761 or write to info@acmerobotics.com.

For Investors:
Acme Robotics, Inc.
Dr. Carla Mendes, PhD, 617-394-2761
Vice President, Investor Relations
ir@acmerobotics.com

Media Contact:
Harbor PR Group
Tom Lindqvist
T: +1 212 555 0199 x 204
E: tom(at)harborpr.com
Fax: (212) 394-2762

Source: Acme Robotics, Inc.
"""


def test_contact_blocks() -> None:
    parsed = parse(CONTACTS)
    assert [(c["role"], c["name"], c["organization"], c["phones"], c["emails"]) for c in parsed["contacts"]] == [
        ("investors", "Carla Mendes", "Acme Robotics, Inc.", ["+16173942761"], ["ir@acmerobotics.com"]),
        ("media", "Tom Lindqvist", "Harbor PR Group", ["+12125550199"], ["tom@harborpr.com"]),
    ]
    assert parsed["contacts"][0]["title"] == "Vice President, Investor Relations"
    assert parsed["source"] == "Acme Robotics, Inc."


def test_a_contacts_office_place_after_a_dash_is_no_part_of_her_name() -> None:
    parsed = parse(
        "Acme Announces Traffic\n\nPANAMA CITY, Jan. 10, 2022 /PRNewswire/ -- Acme Holdings today released "
        "traffic.\n\nCONTACT:\n\nDaniela Rowe \u2013 Panam\u00e1\nDirector \u2013 Investor Relations\n011 (507) "
        "304-2774\n\nCision View original content:https://www.prnewswire.com/news-releases/x.html\n"
    )
    assert [(c["name"], c["title"], c["phones"]) for c in parsed["contacts"]] == [
        ("Daniela Rowe", "Director \u2013 Investor Relations", ["+5073042774"])
    ]


INDIAN_AGM_INTIMATION = (
    " Acme Estates Limited\n==============\n\nCorporate Identity Number (CIN) : L85110KA1995PLC012345\n\n"
    "Registered Office :\n-------------------\n\n29th & 30th Floor, Harbour Trade Center\n"
    "Acme Gateway Campus, 26/1, Dr. Rowe Road\nMalleswaram, Bengaluru - 560 055, India\n"
    "T: +91 80 5555 9200\nE: enquiry@acme.example W : www.acme.example\n\n"
    "Ref: AEL/ NSEBSE/ 28072013 28 July, 2013\n\nListing Department Department of Corporate Services - Listing\n"
    "------------------------------------------------------------\n\nNational Stock Exchange of India Limited BSE "
    "Limited\n\nExchange Plaza, P. J. Towers\nBandra Kurla Complex, Dalal Street,\nBandra (East), Mumbai - 400 001\n"
    "Mumbai - 400 051\n\nRe.: Scrip Symbol: ACME, Scrip Code: 532929\n\nDear Sir/Madam,\n\n"
    "Sub: Intimation of Annual General Meeting, Record Date and E-voting Information:\n\nWe wish to inform you "
    "that the Thirtieth Annual General Meeting (AGM) of the Company is scheduled on Thursday, August 22, 2013 at "
    "11:30 a.m. through Video Conferencing.\n\nCut-off date for voting entitlement in the AGM for the members has "
    "been fixed as Wednesday, 14 August, 2013. The e-voting period commences from Monday, 19 August, 2013.\n\n"
    "Yours faithfully,\nFor Acme Estates Limited\n\nJane Rowe\nCompany Secretary & Compliance Officer\n"
)


def test_an_indian_agm_intimation_under_its_letterhead() -> None:
    """The letterhead's office and numbers are no contact; the reference in parts dates the letter;
    the cut-off date for voting is no second meeting."""
    parsed = parse(INDIAN_AGM_INTIMATION)
    assert parsed["dateline"]["date"] == "2013-07-28"
    assert [(e["kind"], e["date"]) for e in parsed["events"]] == [("shareholder_meeting", "2013-08-22")]
    assert parsed["contacts"] == []


def test_a_letterheads_registered_office_footer_is_no_contact() -> None:
    # An Indian filing's letterhead footer: after a labelled block it ends the block; with no label
    # (under the signatory's title) it is no block of its own.
    labelled = (
        "Acme Wins Contract\n\nAcme Technology Services won a contract.\n\n## Media Contact\n\nAnil Rowe\n"
        "Acme Technology Services Limited\nE: Anil.Rowe@acme.example\n\nREGISTERED OFFICE: Acme House, N.M. Marg, "
        "Ballard Estate, Mumbai - 400 001 CIN: L72900MH2012PLC232169\nwww.acme.example info@acme.example\n"
    )
    assert [(c["name"], c["emails"]) for c in parse(labelled)["contacts"]] == [
        ("Anil Rowe", ["anil.rowe@acme.example"])
    ]
    unlabelled = (
        "Acme Health\nDate of submission: August 02, 2013\n\nTo,\nThe Secretary\nListing Department\n\nDear "
        "Sir/Madam,\n\nPlease find enclosed the newspaper advertisement for the Annual General Meeting.\n\n"
        "Yours faithfully\nFor Acme Hospitals Limited\n\nJane Rowe\nGroup Company Secretary, Legal & Compliance "
        "Officer\n\nCIN; L85410KA2000P1.C027497\n\nRegistered Office: 258/A, Bommasandra Industrial Area, Anekal "
        "Taluk, Bangalore 560099\nTel +91 80 7122 2636 | Fax +91 80 2783 2648 | Email: info@acme.example\n"
    )
    assert parse(unlabelled)["contacts"] == []


@pytest.mark.parametrize(
    "heading",
    [
        "**Consolidated Statements of Operations**",
        "| CONDENSED CONSOLIDATED BALANCE SHEETS | | |",
        "Unaudited Condensed Consolidated Statement of Cash Flows",
    ],
)
def test_a_contact_block_ends_at_the_financial_tables(heading: str) -> None:
    # An earnings release's tables straight under its contact: the block stops at their title,
    # so their rows are never read cell by cell for names and numbers.
    text = (
        "Acme Outdoor Reports Second Quarter Results\n\nThe company grew sales 6%.\n\n"
        "Contact:\n\nAcme Outdoor, Inc.\n\nDana Whitfield\n\nChief Financial Officer\n\n"
        "770-555-0142\n\ndana.whitfield@acmeoutdoor.example\n\n"
        f"{heading}\n\n| | 2024 | 2023 |\n| --- | --- | --- |\n| Net Sales | 7,186 | 6,786 |\n"
    )
    doc = Document.from_text(text, release_date=None, is_html=False)
    block = contact_blocks(doc)[-1]
    assert text[block.body_start : block.end].split() == [
        "Acme", "Outdoor,", "Inc.", "Dana", "Whitfield", "Chief", "Financial", "Officer", "770-555-0142",
        "dana.whitfield@acmeoutdoor.example",
    ]  # fmt: skip
    [contact] = parse(text)["contacts"]
    assert (contact["name"], contact["phones"], contact["emails"]) == (
        "Dana Whitfield",
        ["+17705550142"],
        ["dana.whitfield@acmeoutdoor.example"],
    )


@pytest.mark.parametrize("indent", ["", "  "])
def test_a_copy_that_opens_each_paragraph_with_a_bar(indent: str) -> None:
    # A two-column page flattened: each paragraph opens with its cell's bar (indented, maybe).
    text = (
        "|Exhibit 99.1\n|Contact:\n|Dana Whitfield, Vice President, Investor Relations\n(312) 555-0184\n|\n"
        "ACME WIDGETS POSTPONES ITS JANUARY 26, 2006 CALL\n"
        "|CHICAGO - Jan. 24, 2006 - Acme Widgets, Inc. [AMEX:ACW] today announced that the conference call "
        "scheduled for Jan. 26, 2006 is postponed.\n|The date of the rescheduled call will be announced later.\n"
    ).replace("\n|", f"\n{indent}|")
    parsed = parse(text)
    assert (parsed["dateline"]["city"], parsed["dateline"]["date"]) == ("CHICAGO", "2006-01-24")
    assert parsed["company"] == "Acme Widgets, Inc."
    assert [(t["exchange"], t["symbol"]) for t in parsed["tickers"]] == [("NYSE American", "ACW")]
    assert [(c["name"], c["phones"]) for c in parsed["contacts"]] == [("Dana Whitfield", ["+13125550184"])]


@pytest.mark.parametrize("label", ["|Fax:", "Fax", "|Fax No.:", "FAX:"])
def test_a_fax_label_cell_over_its_number(label: str) -> None:
    # A contact table turned to one cell a line: each label over its value.
    text = (
        "Acme Tobacco Corporation Announces Quarterly Dividends\n\nRichmond, VA - November 2, 2006 - Acme Tobacco "
        "Corporation declared a dividend.\n\n|CONTACT\n|Karen Whitlow\n|Phone:\n|(804) 555-9311\n"
        f"{label}\n|(804) 555-3594\n|Email:\n|investor@acmetobacco.example\n"
    )
    [contact] = parse(text)["contacts"]
    assert (contact["name"], contact["phones"], contact["emails"]) == (
        "Karen Whitlow",
        ["+18045559311"],
        ["investor@acmetobacco.example"],
    )


@pytest.mark.parametrize("either", ["Or", "**or**", "  OR"])
def test_two_people_with_or_between_share_the_numbers_under_them(either: str) -> None:
    text = release(
        "Acme Robotics declared a dividend.\n\nFor further information, please contact:\n\n"
        f"**Neal Rowe**, President and CEO\n\n{either}\n\n**Pamela Lind**, Vice President Finance and CFO\n\n"
        "Tel.: 403-555-5559\n\nE-mail: info@acmerobotics.example\n"
    ).replace("\n\nContact:\nJane Rowe\nAcme Robotics, Inc.\n(617) 394-2761\njane.rowe@acmerobotics.example\n", "")
    found = [(c["name"], c["title"], c["phones"], c["emails"]) for c in parse(text)["contacts"]]
    assert found == [
        ("Neal Rowe", "President and CEO", ["+14035555559"], ["info@acmerobotics.example"]),
        ("Pamela Lind", "Vice President Finance and CFO", ["+14035555559"], ["info@acmerobotics.example"]),
    ]


@pytest.mark.parametrize("period", ["OCTOBER – DECEMBER", "October - December", "JANUARY–DECEMBER"])
def test_a_reports_period_heading_and_its_highlights_name_no_place_nor_issuer(period: str) -> None:
    # A Nordic interim report: the company's line, the date line, then the period's highlights.
    text = (
        "Acme Storage Group AB\n\n*Hillerstorp 7 February 2025, 12:30 CET*\n\n"
        f"**{period}**\n\n* Order intake in the quarter increased by 12 percent and amounted to 68,0 (60,6) MEUR.\n"
        "* Sales in the quarter increased by 0,1 percent and amounted to 66,7 (66,6) MEUR.\n\n"
        "**JANUARY - DECEMBER**\n\n* Order intake in the period increased by 7 percent.\n\n"
        "This information is information that Acme Storage Group AB (publ) is obliged to make public pursuant to "
        "the EU Market Abuse Regulation.\n"
    )
    parsed = parse(text)
    assert parsed["company"] == "Acme Storage Group AB"
    assert parsed["dateline"] is None or parsed["dateline"]["city"] is None


@pytest.mark.parametrize("label", ["email", "e-mail", "fax", "mobile"])
def test_a_number_with_the_next_fields_label_glued_on(label: str) -> None:
    # An Oslo Børs copy that lost the breaks between a contact's fields.
    text = (
        "Acme ASA: Fourth quarter results\n\nAcme ASA reports its results for the quarter.\n\n"
        f"Investor contact:Svein Rowe, Chief Financial Officer, Acme ASATel: +47 94 55 46 43{label}: "
        "svein.rowe@acme.example\n"
    )
    [contact] = parse(text)["contacts"]
    assert (contact["name"], contact["phones"]) == ("Svein Rowe", ["+4794554643"])


@pytest.mark.parametrize(
    ("sign_off", "city"), [("Stockholm, February 2025", "Stockholm"), ("MALMÖ, FEB 2025", "MALMÖ")]
)
def test_a_letters_month_sign_off_gives_the_place_of_a_release_dated_elsewhere(sign_off: str, city: str) -> None:
    text = (
        "Acme Installation Holding AB year-end report 2024\n\nThe quarter was strong.\n\nJane Lind\n\n"
        f"{sign_off}\n\nThe report will be presented at 09:30 CET.\n\nThis information was submitted for "
        "publication, through the agency of the contact person, on 11 February 2025 at 07:00 CET.\n"
    )
    dateline = parse(text)["dateline"]
    assert (dateline["city"], dateline["date"]) == (city, "2025-02-11")


def test_a_month_sign_off_of_another_month_gives_no_place() -> None:
    text = (
        "Acme Installation Holding AB year-end report 2024\n\nThe quarter was strong.\n\nStockholm, January 2025"
        "\n\nThis information was submitted for publication on 11 February 2025 at 07:00 CET.\n"
    )
    dateline = parse(text)["dateline"]
    assert (dateline["city"], dateline["date"]) == (None, "2025-02-11")


def test_a_release_run_on_to_one_line_keeps_its_contact_block() -> None:
    """A copy that lost every line break: the labels and headings inside the line are read as
    the line starts they were."""
    lines = [
        "Acme Robotics to Report Fourth Quarter Results on February 24",
        "CHICAGO--(BUSINESS WIRE)--February 11, 2025-- Acme Robotics, Inc. (NASDAQ: ACMR) today announced that it "
        "will report its fourth quarter results after the market closes on Monday, February 24, 2025. The company "
        "will host a conference call at 4:30 p.m. ET the same day. " + "Acme builds warehouse robots. " * 40,
        "Forward-Looking Statements This release contains forward-looking statements about the quarter.",
        "About Acme Robotics Acme Robotics was founded on March 3, 2001 and builds warehouse robots.",
        "Investor Relations: Jane Rowe, 212-555-0143, jane.rowe@acmerobotics.example",
        "Media Contact: Tom Ashby, 212-555-0187, tom.ashby@acmerobotics.example",
    ]
    parsed = parse(" ".join(lines))
    assert [(c["role"], c["name"], c["phones"], c["emails"]) for c in parsed["contacts"]] == [
        ("investors", "Jane Rowe", ["+12125550143"], ["jane.rowe@acmerobotics.example"]),
        ("media", "Tom Ashby", ["+12125550187"], ["tom.ashby@acmerobotics.example"]),
    ]
    assert [(e["date"], e["starts_at"]) for e in parsed["events"]] == [("2025-02-24", "2025-02-24T16:30:00-05:00")]


@pytest.mark.parametrize(
    ("opening", "date"),
    [
        (
            "Acme & Nephew Plc 16 July 2007 Timing of Acme & Nephew Second Quarter Results 16 July 2007 Acme",
            "2007-07-16",
        ),
        # (the day glued to the legal form)
        (
            "Acme Lighting PLC05 March 2007 Date: Embargoed until 07:00 am Monday 5 March 2007 Contacts: Jane Rowe",
            "2007-03-05",
        ),
    ],
)
def test_an_rns_announcement_run_on_to_one_line_opens_with_its_issuer_and_day(opening: str, date: str) -> None:
    found = parse(f"Notice of Results\n\n{opening} plc will announce its results on Thursday 2 August 2007.")
    assert found["dateline"]["date"] == date


def test_a_uk_enquiries_table_run_on_to_the_announcements_one_line() -> None:
    """Each firm with its number, then its people (titled, or two names to the end): the number reaches them."""
    parsed = parse(
        "Final Results\n\nAcme Building PLC 22 February 2005 ACME BUILDING plc ('Acme' or 'the Group') Preliminary "
        "Results for the year ended 31 December 2004 Acme today announces record results. Jane Rowe, Executive "
        "Chairman, commented: 'We are pleased.' 22 February 2005 ENQUIRIES: Acme Building plc Tel: 020 7946 0200 "
        "Jane Rowe, Executive Chairman Paul Lind, Chief Executive David Ashby, Finance Director Beta Hill Tel: "
        "020 7946 0020 Kate Rowe Matthew Lind"
    )
    assert [(c["name"], c["title"], c["organization"], c["phones"]) for c in parsed["contacts"]] == [
        ("Jane Rowe", "Executive Chairman", "Acme Building plc", ["+442079460200"]),
        ("Paul Lind", "Chief Executive", "Acme Building plc", ["+442079460200"]),
        ("David Ashby", "Finance Director", "Acme Building plc", ["+442079460200"]),
        ("Kate Rowe", None, "Beta Hill", ["+442079460020"]),
        ("Matthew Lind", None, "Beta Hill", ["+442079460020"]),
    ]


def test_a_uk_enquiries_table_on_one_line_its_broker_after_a_title_and_the_tables_after_the_number() -> None:
    """The broker's firm runs on after the last title, its two people share a number, and the
    statements run on after that number: the number is theirs, not the titled officer's above."""
    parsed = parse(
        "Acme(H.C.)Plc 28 September 2007 Acme plc Report for the half year ended 30 June 2007. Registered Office "
        "Otley Road, Baildon For further information please contact: Acme plc Dominic Rowe, Managing Director "
        "01274 555 030 Ray Lind, Financial Director Beta Securities Limited Joanne Rowe/Peter Lind 0113 555 1619 "
        "Unaudited Consolidated Income Statement for the half year ended 30 June 2007 Turnover 9,942 9,694"
    )
    assert [(c["name"], c["organization"], c["phones"]) for c in parsed["contacts"]] == [
        ("Dominic Rowe", "Acme plc", ["+441274555030"]),
        ("Joanne Rowe", "Beta Securities Limited", ["+441135551619"]),
        ("Peter Lind", "Beta Securities Limited", ["+441135551619"]),
    ]


@pytest.mark.parametrize(
    "address",
    [
        "Acme Inc. 1680 Michigan Avenue, Suite 700Miami Beach, FL 33139Email: ir@acme.example",
        "Acme Inc., 1680 Michigan Avenue, Suite 700, Miami Beach, FL 33139, Email: ir@acme.example",
    ],
)
def test_an_addresss_city_is_no_contacts_name(address: str) -> None:
    text = f"Acme Inc. will host a call.\n\nInvestor Relations Contact\n\n{address}\n"
    assert [(c["name"], c["emails"]) for c in parse(text)["contacts"]] == [(None, ["ir@acme.example"])]


def test_a_science_parks_name_in_a_desks_address_is_no_contacts_name() -> None:
    text = (
        "Acme Bio SA will hold an extraordinary meeting on 20 November 2020.\n\nContact information: Acme Bio SA, "
        "Investor Relations, EPFL Innovation Park, Building B, 1015 Lausanne, Switzerland,\nTel: +41 21 555 91 22 | "
        "Email: egm@acmebio.example\n"
    )
    assert [(c["name"], c["phones"], c["emails"]) for c in parse(text)["contacts"]] == [
        (None, ["+41215559122"], ["egm@acmebio.example"])
    ]


def test_the_city_a_contact_answers_from_is_no_second_contact() -> None:
    text = (
        "Acme Ratings will host a teleconference on Tuesday, August 19th, 2014 at 2:00pm EDT.\n\nMedia Relations: "
        "Elizabeth Rowe, New York, Tel: +1 (212) 555 0526, Email: elizabeth.rowe@acme.example.\n"
    )
    assert [(c["name"], c["phones"]) for c in parse(text)["contacts"]] == [("Elizabeth Rowe", ["+12125550526"])]


@pytest.mark.parametrize("name", ["Sophie McMillan", "Tom DeLuca", "Anna MacDonald"])
def test_a_surname_with_a_capital_inside_before_its_number(name: str) -> None:
    text = f"Acme plc announces dates.\n\nEnquiries:\n\nFD\n{name} 020 7269 7291\n"
    assert [(c["name"], c["phones"]) for c in parse(text)["contacts"]] == [(name, ["+442072697291"])]


@pytest.mark.parametrize("label", ["Tel.:", "Tel:", "Phone:", "E-Mail:"])
def test_a_name_with_the_next_fields_label_glued_on(label: str) -> None:
    # A German newswire copy that lost the breaks between a contact's fields.
    number = "" if label == "E-Mail:" else " +49 261 8900 8198E-Mail:"
    text = (
        "Acme SE publishes its annual report.\n\n"
        f"Investor contact:Andreas Schroder{label}{number} anschroeder@acme.example\n\nAbout Acme\n\nAcme makes it.\n"
    )
    [contact] = parse(text)["contacts"]
    assert (contact["name"], contact["emails"]) == ("Andreas Schroder", ["anschroeder@acme.example"])


@pytest.mark.parametrize(
    "text",
    [
        # A fixed-width copy wrapped a stamp's zone on to a line of its own.
        "Acme Oyj\n\nAcme Oyj, Financial Statements Bulletin, February 11, 2025 at 8.30 am\n(EET)\n\n"
        "Acme Oyj's Financial Statements Bulletin 2024: continued strong performance.\n",
        # ... or a listing's symbol, with its bracket's close, on to the next line.
        "Acme Brands Corporation Announces Its Earnings Webcast\n\nAcme Brands Corporation (NYSE: ACB) today "
        "announced that it will release its results.\n\nAbout Acme Brands Corporation\n\nMore information about "
        "Acme Brands Corporation (NYSE:\nACB) can be found at\nwww.acmebrands.example.\n",
    ],
)
def test_a_wrapped_zone_or_symbol_is_no_dateline_place(text: str) -> None:
    dateline = parse(text)["dateline"]
    assert dateline is None or dateline["city"] is None


@pytest.mark.parametrize("heading", ["Revised date for full year results and AGM", "Updated date for results"])
def test_a_headings_participle_is_no_issuer(heading: str) -> None:
    # An RNS copy with its blank lines lost: the heading over the header names no issuer.
    text = (
        f"{heading}\nRNS Number : 3431M\nAcme International Group PLC\n11 May 2020\n"
        f"Acme International Group PLC (Acme or the Group)\n{heading}\nAcme announces a revised date for its results.\n"
    )
    assert parse(text)["company"] == "Acme International Group PLC"


def test_a_wrapped_sentence_naming_a_registrar_is_no_contact_block() -> None:
    # An AGM notice wrapped at 72 columns: the registrar's address and mailbox inside a sentence.
    text = (
        "Acme Oyj: Notice to the Annual General Meeting\n\nAcme Oyj will hold its AGM on 3 April 2025.\n\n"
        + "The meeting is held at the company's head office in Espoo, Finland. " * 30
        + "\n\nShareholders may send their registration to Registrar Oy by mail to\n"
        "Registrar Oy, AGM/Acme Corporation, Ratamestarinkatu 13 A,\nFI-00520 Helsinki, Finland or by email to "
        "agm.acme@registrar.example.\n\nc. by phone +358 10 555 8909 during the registration period.\n\n"
        "Investors: Linda Rowe, Head of Investor Relations, tel. +358 40 555 9669\n"
    )
    assert [(c["name"], c["phones"], c["emails"]) for c in parse(text)["contacts"]] == [
        ("Linda Rowe", ["+358405559669"], [])
    ]


def test_a_firms_bracketed_country_is_no_dateline() -> None:
    text = (
        "13 December 2013\nACME EXPLORATION\nPLC\nNotice of General Meeting\nAcme Exploration plc (AIM: ACX)\n"
        '("Acme Exploration" or the "Company") is pleased to announce that the General Meeting will be held at\n'
        "11.00 a.m. on 9 January 2014 at the offices of Rowe Lind\n(UK) LLP at 60 London Wall, London EC2M 5TQ.\n"
    )
    parsed = parse(text)
    assert (parsed["dateline"]["city"], parsed["dateline"]["date"]) == (None, "2013-12-13")
    assert parsed["company"] != "LLP"


def test_a_contact_label_with_a_dash_for_its_colon() -> None:
    text = (
        "Acme Royalty Trust distribution.\n\nThe Trust makes quarterly distributions to unit owners.\n"
        "Contact \u2013 John R. Van Kirk, Managing Director, telephone: (732) 555-4008, "
        "e-mail: jvk@acmetrust.example.\n"
    )
    assert [(c["name"], c["title"], c["phones"], c["emails"]) for c in parse(text)["contacts"]] == [
        ("John R. Van Kirk", "Managing Director", ["+17325554008"], ["jvk@acmetrust.example"])
    ]


def test_a_name_opening_with_two_initials_keeps_them() -> None:
    text = "Acme Health news.\n\nMedia Contact: T.J. Rowland 212-555-0583 rowlandt2@acmehealth.example | ||\n"
    assert [(c["name"], c["phones"], c["emails"]) for c in parse(text)["contacts"]] == [
        ("T.J. Rowland", ["+12125550583"], ["rowlandt2@acmehealth.example"])
    ]


def test_a_name_and_its_title_with_no_comma_between() -> None:
    text = (
        "## **NEWS RELEASE**\n\n#### **CONTACT:**\n\nDana Whitlock Vice President, Investor Relations 800-555-2302 "
        "(dwhitlock@acmestores.example)\n\n## FOR IMMEDIATE RELEASE\n\n# Acme Stores Reports Sales for February\n"
    )
    assert [(c["name"], c["title"], c["phones"], c["emails"]) for c in parse(text)["contacts"]] == [
        ("Dana Whitlock", "Vice President, Investor Relations", ["+18005552302"], ["dwhitlock@acmestores.example"])
    ]


def test_a_ceo_the_release_names_often_is_still_its_contact() -> None:
    text = (
        "TULSA, Okla. - (NewMediaWire) - November 13, 2013 - Acme Green Inc. (OTCPK: ACMG) CEO Dale Whitmore updates "
        'shareholders on 2013 results.\n\n Dale Whitmore, CEO of Acme Green Inc., states, "We grew."\n\n'
        " Sincerely,\n\n Dale Whitmore\n\n CEO, Acme Green, Inc.\n\n \n\n Contact:\n\n Dale Whitmore\n\n"
        " 918 555 7883\n\n dale@acmegreen.example \n"
    )
    assert [(c["name"], c["phones"], c["emails"]) for c in parse(text)["contacts"]] == [
        ("Dale Whitmore", ["+19185557883"], ["dale@acmegreen.example"])
    ]


def test_a_contact_block_in_a_copy_flattened_to_one_line_ends_where_prose_begins() -> None:
    """An exhibit flattened to a single line: the header's contact block must not swallow the
    body, whose call is an event and whose time is no contact's."""
    text = (
        "Exhibit 99.1 Harbor Lending Corporation PRESS RELEASE 200 Pier Street Suite 900 Contact: Dana Whitlock "
        "(703) 555-0142 dwhitlock@harborlending.com FOR IMMEDIATE RELEASE HARBOR LENDING CORPORATION REPORTS "
        "SECOND QUARTER 2011 RESULTS RESTON, VA \u2013 August 3, 2011 \u2013 Harbor Lending Corporation "
        "(Nasdaq: HBLC) announced today its financial results for the quarter ended June 30, 2011.Harbor "
        "Lending will host an investor conference call today, August 3, 2011 at 11:00 a.m. (Eastern Time)."
        "Slides for the call will be available on the company website prior to the call. Highlights \u00b7 Net "
        "operating income for the quarter ended June 30, 2011 was $4.2 million, or $0.06 per share."
    )
    parsed = parse(text)
    assert [(e["kind"], e["starts_at"]) for e in parsed["events"]] == [("earnings_call", "2011-08-03T11:00:00-04:00")]
    assert [(c["name"], c["phones"]) for c in parsed["contacts"]] == [("Dana Whitlock", ["+17035550142"])]


def test_a_flattened_letterheads_contact_ends_at_the_release_mark() -> None:
    """The contact's street after her name, then "Press Release": the body's people are no contacts."""
    text = (
        "---------- Acme and Worcester Railroad Company ---------- Contact: Mary Rowe 75 Hammond Street Worcester, "
        "MA 01610 Phone (508) 555-4000, ext. 365 Fax (508) 555-0748 Press Release Acme and Worcester Railroad "
        'Company Announces Death of Its President Worcester, MA, November 22, 2005, Acme (AMEX: "AWX") announced '
        "that its president, Orville R. Lind, died unexpectedly today. Robert H. Ashby, Acme's Chairman and "
        "C.E.O., is assuming Mr. Lind's duties pending an election of a President by the board of directors."
    )
    assert [(c["name"], c["phones"]) for c in parse(text)["contacts"]] == [("Mary Rowe", ["+15085554000"])]


UK_ADVISER_BLOCK = """Acme Robotics PLC
08 October 2007

Acme Robotics announces that its interim results will be announced on Friday 16 November 2007.

Enquiries:

Harbour Hill Tel: 0207 946 0321

Alex Marlowe
Priya Kestrel

 This information is provided by RNS
 The company news service from the London Stock Exchange
"""


def test_names_under_an_office_line_share_its_number() -> None:
    """A UK adviser's block: the office and its number in national form, then the people."""
    parsed = parse(UK_ADVISER_BLOCK)
    assert [(c["name"], c["organization"], c["phones"]) for c in parsed["contacts"]] == [
        ("Alex Marlowe", "Harbour Hill", ["+442079460321"]),
        ("Priya Kestrel", "Harbour Hill", ["+442079460321"]),
    ]


def test_advisers_named_by_firm_words_over_their_people() -> None:
    """An RNS block of firms and their numbers, each over its people joined by slashes."""
    parsed = parse(
        "Acme Recruitment plc will hold a presentation for analysts at 9:30am on Tuesday 14 October 2008.\n"
        "For further information please contact:\nAcme Recruitment plc 01489 555989\nJane Rowe, Chairman\n"
        "Hogwood Partnership 020 7357 5477\nJohn Orme / Ian Pale\nArbroath Securities 020 7012 5000\nMark Brace\n"
    )
    assert [(c["name"], c["organization"], c["phones"]) for c in parsed["contacts"]] == [
        ("Jane Rowe", "Acme Recruitment plc", ["+441489555989"]),
        ("John Orme", "Hogwood Partnership", ["+442073575477"]),
        ("Ian Pale", "Hogwood Partnership", ["+442073575477"]),
        ("Mark Brace", "Arbroath Securities", ["+442070125000"]),
    ]


SPACED_UK_ENQUIRIES = """RNS Number : 1234A
Acme Robotics PLC
23 September 2024

Acme Robotics plc will hold a general meeting at 10.00 a.m. on 16 October 2024.

For enquiries:

\u0020

Acme Robotics plc

Via Harbour Hill Consulting

Harbour Hill Consulting

Alex Marlowe

Priya Kestrel

+44 (0) 20 3727 5340

\u0020

\u0020

Kestrel Hanson Limited

(Financial and Nominated Adviser)

James Rook

Anna Wren

\u0020

+44 (0) 20 7409 5494

Heron Bank plc

(Broker)

Gary Finch

+44 (0) 20 7597 5970
"""


def test_a_uk_enquiries_block_of_firms_each_with_names_over_their_number() -> None:
    """An RNS copy with a blank line and a space line between all lines: each firm, its part in
    brackets, its people one per line, then the number they share."""
    parsed = parse(SPACED_UK_ENQUIRIES)
    assert [(c["name"], c["title"], c["organization"], c["phones"]) for c in parsed["contacts"]] == [
        ("Alex Marlowe", None, "Harbour Hill Consulting", ["+442037275340"]),
        ("Priya Kestrel", None, "Harbour Hill Consulting", ["+442037275340"]),
        ("James Rook", None, "Kestrel Hanson Limited", ["+442074095494"]),
        ("Anna Wren", None, "Kestrel Hanson Limited", ["+442074095494"]),
        ("Gary Finch", None, "Heron Bank plc", ["+442075975970"]),
    ]


def test_a_uk_enquiries_table_of_people_before_their_firm_over_its_number() -> None:
    """A table flattened a row to a line: the two people, then their firm and its legal form, then
    the number on the line under them."""
    text = (
        "Acme Investments plc\n\nAcme Investments plc announces the allotment of shares.\n\n"
        "For further information, please contact:\nAndrew Rowe/ Alexandra Lind Acme Investments plc |\n"
        "08702 555 111 |\nDavid Ashby/Jonathan Marsh Beta Corporate Finance Ltd |\n020 7555 1760 |\n"
    )
    assert [(c["name"], c["phones"]) for c in parse(text)["contacts"]] == [
        ("Andrew Rowe", ["+448702555111"]),
        ("Alexandra Lind", ["+448702555111"]),
        ("David Ashby", ["+442075551760"]),
        ("Jonathan Marsh", ["+442075551760"]),
    ]


def test_a_firms_part_and_number_on_the_line_under_its_name_name_no_one() -> None:
    """A firm named in capitals on its own line, its part in brackets and its number on the next,
    its people under them: the part is no one's name, the number is the people's."""
    text = (
        "Acme Bio plc\n\nAGM Statement\n\nAcme Bio plc (AIM: ACMB) announces that its AGM will be held at 11 AM BST"
        " on 14 May 2024.\n\nFor further information please contact:\n\nAcme Bio plc info@acmebio.example\n\n"
        "Jane Rowe (Chief Executive Officer)\n\nKestrel Hanson LLP (NOMAD & JOINT BROKER) +44 (0)20 7946 0900\n\n"
        "Tom Ashby\n\nHERON WREN CORPORATE FINANCE LLP\n\n(JOINT BROKER) +44 (0)20 7946 0470\n\nGary Finch\n\n"
        "Anna Marlowe\n"
    )
    assert [(c["name"], c["organization"], c["phones"]) for c in parse(text)["contacts"]][-3:] == [
        ("Tom Ashby", "Kestrel Hanson LLP (NOMAD & JOINT BROKER)", ["+442079460900"]),
        ("Gary Finch", "HERON WREN CORPORATE FINANCE LLP", ["+442079460470"]),
        ("Anna Marlowe", "HERON WREN CORPORATE FINANCE LLP", ["+442079460470"]),
    ]


# An HTML page turned to text: a blank line under every line, and an empty paragraph (a
# space line) between; the issuer's address over its people, each firm's number under its name.
DOUBLE_SPACED_UK_ENQUIRIES = "\n\n \n\n".join(
    [
        "Acme Bio plc\n\nInterim results will be announced on 12 September 2017.",
        "Acme Bio plc will host a webcast for analysts at 09.30 BST on the same day.",
        "Shareholders are invited to join the webcast.\n\nFurther details will be sent in due course.",
        "For further information, please contact:",
        "Acme Bio plc\n\ninfo@acmebio.example\n\nJane Rowe (Chairman)",
        "Tom Ashby (Chief Executive Officer)\n\n \n\n \n\nKestrel Hanson LLP (NOMAD & BROKER)\n\n+ 44 (0)20 7946 0900"
        "\n\nDr. Anna Wren\n\n \n\nGary Finch\n\n \n\n \n\nHeron Capital Partners Limited (BROKER)\n\n"
        "+44 (0)207 946 0625\n\nAlex Marlowe/ Priya Kestrel",
    ]
)


RNS_HEADED_DOUBLE_SPACED_ENQUIRIES = "RNS Number : 1317H\nAcme Investments PLC\n30 July 2013\n \n\n" + "\n\n \n\n".join(
    [
        "Acme Investments plc",
        "Posting of Notice of AGM",
        "Acme Investments plc (AIM: ACMI) announces that its annual general meeting will be held on 27 August 2013.",
        "A copy of the Notice of Annual General Meeting will be available on the Company's website.",
        "Enquiries:",
        "Acme Investments plc\n\nJane Rowe, Chairman\n\n \n\nTel: +44 (0) 20 7946 8961",
        "Nominated Adviser\n\nKestrel Financial Advisers LLP\n\nLiam Ashby/Tom Lind\n\n \n\nTel: +44 (0) 20 7946 0880",
        "Joint Broker\n\nHeron Securities\n\nPeter Wren\n\n \n\nTel: +44 (0) 20 7946 7221",
        "Financial media and PR\n\nYellow Finch\n\nSarah Marlowe\n\nHenry Kestrel\n\n \n\nTel: +44 (0) 20 7946 9512",
        " \n\nNotes to Editors",
    ]
)


def test_an_rns_headed_double_spaced_enquiries_table_with_each_firms_part_over_it() -> None:
    """A single-spaced RNS header over a copy with a blank line under every line; each firm under
    a heading naming its part ("Nominated Adviser", "Financial media and PR"), which names no one."""
    parsed = parse(RNS_HEADED_DOUBLE_SPACED_ENQUIRIES)
    assert [(c["name"], c["organization"], c["phones"]) for c in parsed["contacts"]] == [
        ("Jane Rowe", "Acme Investments plc", ["+442079468961"]),
        ("Liam Ashby", "Kestrel Financial Advisers LLP", ["+442079460880"]),
        ("Tom Lind", "Kestrel Financial Advisers LLP", ["+442079460880"]),
        ("Peter Wren", "Heron Securities", ["+442079467221"]),
        ("Sarah Marlowe", "Yellow Finch", ["+442079469512"]),
        ("Henry Kestrel", "Yellow Finch", ["+442079469512"]),
    ]


def test_a_double_spaced_uk_block_of_an_issuers_address_and_firms_over_their_people() -> None:
    """A blank line and a space line are one gap in such a copy, not the block's end; a firm's
    part in brackets is not its name, nor are a title's brackets part of the title."""
    parsed = parse(DOUBLE_SPACED_UK_ENQUIRIES)
    assert [(c["name"], c["title"], c["organization"], c["phones"], c["emails"]) for c in parsed["contacts"]] == [
        ("Jane Rowe", "Chairman", "Acme Bio plc", [], ["info@acmebio.example"]),
        ("Tom Ashby", "Chief Executive Officer", "Acme Bio plc", [], ["info@acmebio.example"]),
        ("Anna Wren", None, "Kestrel Hanson LLP", ["+442079460900"], []),
        ("Gary Finch", None, "Kestrel Hanson LLP", ["+442079460900"], []),
        ("Alex Marlowe", None, "Heron Capital Partners Limited", ["+442079460625"], []),
        ("Priya Kestrel", None, "Heron Capital Partners Limited", ["+442079460625"], []),
    ]


@pytest.mark.parametrize(
    ("text", "contacts"),
    [
        # a wire's source line ends the block before the page's chrome
        (
            "DALLAS, Oct. 1, 2025 /PRNewswire/ -- Acme Burgers will host a tasting on Oct. 9.\n\n"
            "For media inquiries, please contact:\nAcme PR\nacme@pr.example\n\nSOURCE Acme Burgers\n\n"
            "WANT YOUR COMPANY'S NEWS FEATURED?\n\n270k+\nJournalists\nOpted In\n\nGET STARTED\n",
            [(None, "Acme PR", ["acme@pr.example"])],
        ),
        # a firm's street address under the label is no one's name
        (
            "Acme will host a virtual investor call on June 2, 2025.\n\nInvestor relations contact\n"
            "Acme Holdings Inc., doing business as Acmefone,\n1680 Harbor Avenue, Suite 700\nMiami Beach, FL 33139\n"
            "Email: ir@acmefone.example\nWebsite: www.acmefone.example\n",
            [(None, "Acme Holdings Inc.", ["ir@acmefone.example"])],
        ),
    ],
)
def test_a_firms_block_with_no_ones_name(text: str, contacts: list[tuple[str | None, str, list[str]]]) -> None:
    parsed = parse(text)
    assert [(c["name"], c["organization"], c["emails"]) for c in parsed["contacts"]] == contacts


CELL_TABLE = (
    "Contacts:\nAcme plc\n01865 555800\nJane Rowe, CEO\nTom Ashby, CFO\nHarbour Partners\n020 7946 3113\n"
    "Anna Wren / Gary Finch\nKestrel Securities (NOMAD)\n020 7946 4300\nAlex Marlowe\n"
)
CELL_TABLE_CONTACTS = [
    ("Jane Rowe", "Acme plc", "CEO", ["+441865555800"]),
    ("Tom Ashby", "Acme plc", "CFO", ["+441865555800"]),
    ("Anna Wren", "Harbour Partners", None, ["+442079463113"]),
    ("Gary Finch", "Harbour Partners", None, ["+442079463113"]),
    ("Alex Marlowe", "Kestrel Securities", None, ["+442079464300"]),
]


def test_an_rns_release_run_on_to_one_line_names_each_firms_people() -> None:
    """A copy that lost its line breaks: the issuer's name (its legal form with no stop), its
    person and title, a number; then an agency, two people (one surname of two parts), theirs."""
    parsed = parse(
        "Acme Interactive Ltd 02 April 2007 Acme Interactive Ltd Preliminary Results Ra'anana, Israel, 2 April 2007 "
        "- Acme Interactive Ltd ('Acme') announces its preliminary results. Enquiries: Acme Interactive Ltd Haggai "
        "Rowe, Chief Executive Officer +972 9 555 9400 Kestrel Dynamics James Marlowe-Finch / Matt Ashby +44 20 "
        "7946 3113 About Acme Interactive Acme Interactive (LSE: ACMI) is a leading provider of middleware.\n"
    )
    assert [(c["name"], c["phones"]) for c in parsed["contacts"]] == [
        ("Haggai Rowe", ["+97295559400"]),
        ("James Marlowe-Finch", ["+442079463113"]),
        ("Matt Ashby", ["+442079463113"]),
    ]


def test_a_pdfs_contact_header_run_together_under_its_labels() -> None:
    """A PDF's letterhead contacts, each firm or desk label before its person and number, several
    on a line (one firm's name ending in "Services", one label's colon right after the firm)."""
    text = (
        "## Acme Corporation\n\n**Investor Contacts:** \n\nAcme Corporation: Ryan Rowe (318) 555-7724 Shareholder "
        "Services: Rodney Lind\n\n(318) 555-7593\n\nAnalyst Inquiries: Kestrel Companies Services Kristine Ashby "
        "(312) 555-7205 Media Contact: Acme Corporation Fran Wren (318) 555-7467\n\nFor Immediate Release\n\n"
        "## Acme CEO to Speak at Conference\n\n**PINEVILLE, La., Oct. 31, 2007** – Mike Marlowe, president and CEO "
        "of Acme Corp. (NYSE: ACM), will speak Tuesday, Nov. 6, 2007, at a conference.\n"
    )
    assert [(c["name"], c["phones"]) for c in parse(text)["contacts"]] == [
        ("Ryan Rowe", ["+13185557724"]),
        ("Rodney Lind", ["+13185557593"]),
        ("Kristine Ashby", ["+13125557205"]),
        ("Fran Wren", ["+13185557467"]),
    ]


def test_an_ir_teams_people_run_on_after_its_desk_each_with_address_and_number() -> None:
    """ "Investor Relations" with no colon, then each person's name (one surname of two parts),
    address and number, all on one line."""
    text = (
        "Acme plc to Announce Results\n\nLONDON, UK - 4 February 2016 - Acme plc (LSE: ACM) will announce results "
        "on 11 February 2016.\n\nInvestor Relations Sarah Elton-Rowe srowe@acme.example +44 1256 555157 Ian Lind "
        "ilind@acme.example +1 781 555 9018 Robert Ashby rashby@acme.example +44 1256 555874\n"
    )
    assert [(c["name"], c["phones"], c["emails"]) for c in parse(text)["contacts"]] == [
        ("Sarah Elton-Rowe", ["+441256555157"], ["srowe@acme.example"]),
        ("Ian Lind", ["+17815559018"], ["ilind@acme.example"]),
        ("Robert Ashby", ["+441256555874"], ["rashby@acme.example"]),
    ]


def test_a_fixed_width_enquiries_block_of_firms_with_their_numbers_far_to_the_right() -> None:
    """Each firm's line with its number set far out in a column, its people under it: the next
    firm's line after a titled name starts that firm's people."""
    text = (
        "Acme Results\n\nLONDON, 5 November 2003 - Acme Group plc (LSE: ACM) reports results.\n\n"
        "For further information, please contact:\n\nAcme Group plc                     01372 555200\n\n"
        "Drummond Rowe, Chief Executive\nAlastair Lind, Finance Director\n\n\nWill Ashby, Investor Relations\n"
        "Greg Wren, Corporate Communications\n\n\nKestrel Dewe Rowland                    020 7946 9571\n"
        "Martin Marlowe / Alexandra Finch\n\n\nHigh resolution images are available.\n"
    )
    assert [(c["name"], c["phones"]) for c in parse(text)["contacts"]] == [
        ("Drummond Rowe", ["+441372555200"]),
        ("Alastair Lind", ["+441372555200"]),
        ("Will Ashby", ["+441372555200"]),
        ("Greg Wren", ["+441372555200"]),
        ("Martin Marlowe", ["+442079469571"]),
        ("Alexandra Finch", ["+442079469571"]),
    ]


def test_a_uk_enquiries_table_flattened_a_firm_to_a_line() -> None:
    """Each row: the firm (its part in brackets), two people joined by a slash, maybe their
    office in brackets, then the number they share; rows three blank lines apart."""
    parsed = parse(
        "Acme Therapeutics plc will host a call for analysts at 1:00 p.m. BST on 9 May 2016.\n\n"
        "For more information, please contact:\n\n\n\n"
        "Acme Therapeutics Jane Rowe / Tom Ashby (UK office) Tel: +44 (0)1865 555 951 Anna Wren / Gary Finch "
        "(US office) +1 617 555 4455\n\n\n\n"
        "Kestrel Advisers LLP (Nominated Adviser) Alex Marlowe / Priya Kestrel Tel: +44 (0)20 7946 0880\n"
    )
    assert [(c["name"], c["organization"], c["phones"]) for c in parsed["contacts"]] == [
        ("Jane Rowe", "Acme Therapeutics", ["+441865555951"]),
        ("Tom Ashby", "Acme Therapeutics", ["+441865555951"]),
        ("Anna Wren", "Acme Therapeutics", ["+16175554455"]),
        ("Gary Finch", "Acme Therapeutics", ["+16175554455"]),
        ("Alex Marlowe", "Kestrel Advisers LLP", ["+442079460880"]),
        ("Priya Kestrel", "Kestrel Advisers LLP", ["+442079460880"]),
    ]


@pytest.mark.parametrize(
    ("enquiries", "contacts"),
    [
        pytest.param(
            # Rows "firm (its part) First Last/ First Last | Tel: ... |", the firms with no legal suffix
            # ("Cairn Advisers" reads like a name), then the report's first section.
            "Enquiries:\nAcme plc Al Rowe/ Sarah Lind | Tel: 020 3807 0222 |\n"
            "Cairn Advisers (NOMAD and broker) Mike Coe / Ed Allsop | Tel: 0117 945 3470 |\n"
            "Chairman's Statement\nI am pleased to present our annual report for the year ended 31 December 2016.\n",
            [
                ("Al Rowe", "Acme plc", None, ["+442038070222"]),
                ("Sarah Lind", "Acme plc", None, ["+442038070222"]),
                ("Mike Coe", "Cairn Advisers", None, ["+441179453470"]),
                ("Ed Allsop", "Cairn Advisers", None, ["+441179453470"]),
            ],
            id="pipe-rows-of-name-like-firms",
        ),
        pytest.param(
            # "Name, Title" lines under their firm share its number under the last of them.
            "Enquiries\n\nAcme Group plc\n\nCarl Rowe, Managing Director\n\nIan Lind, Group Finance Director and "
            "Company Secretary\nT: +44 (0)1902 555 700\nKestrel Advisory Limited (Nominated Advisor)\n\nTim Ashby\n"
            "T: +44 (0) 20 7946 0355\n",
            [
                ("Carl Rowe", "Acme Group plc", "Managing Director", ["+441902555700"]),
                ("Ian Lind", "Acme Group plc", "Group Finance Director", ["+441902555700"]),
                ("Tim Ashby", "Kestrel Advisory Limited", None, ["+442079460355"]),
            ],
            id="titled-names-share-the-firms-number",
        ),
        pytest.param(
            # Firms as headings with a colon over their people.
            "Enquiries:\n\nAcme Group:\n\nMark Rowe, Chief Executive\n\nGordon Lind, Finance Director\n\n"
            "Telephone: 0161 555 2500\n\nHarbour Sandler:\n\nNick Ashby\n\nTelephone: 020 7946 4133\n",
            [
                ("Mark Rowe", "Acme Group", "Chief Executive", ["+441615552500"]),
                ("Gordon Lind", "Acme Group", "Finance Director", ["+441615552500"]),
                ("Nick Ashby", "Harbour Sandler", None, ["+442079464133"]),
            ],
            id="firms-as-headings",
        ),
        pytest.param(
            # Rows set in two columns: a firm and its town, its number across; each name, its
            # own address across. The firm's number reaches every name under it.
            "For further information, please contact:\n"
            "Acme Mining, London                                  Telephone: +44 20 7946 8203\n"
            "Jane Rowe                                            jrowe@acme.example\n"
            "Tom Lind                                             tlind@acme.example\n\n"
            "Kestrel Partners                                     Telephone: +44 20 7946 5000\n"
            "Anna Wren                                            awren@kestrel.example\n",
            [
                ("Jane Rowe", "Acme Mining", None, ["+442079468203"]),
                ("Tom Lind", "Acme Mining", None, ["+442079468203"]),
                ("Anna Wren", "Kestrel Partners", None, ["+442079465000"]),
            ],
            id="firm-and-number-across-names-and-addresses-across",
        ),
        # A table flattened a cell to a line: each firm, its number under it, then its people ...
        pytest.param(CELL_TABLE, CELL_TABLE_CONTACTS, id="firm-number-people-rows"),
        # ... and the same table with its cells set many blank lines apart (an HTML table as
        # text): the gaps are the table's, not the block's end.
        pytest.param(
            "Contacts:\n\n\n\n\nAcme plc\n\n\n01865 555800\n\n\n\n\nJane Rowe, CEO\n\n\n\n\n\n\n\n"
            "Tom Ashby, CFO\n\n\n\n\n\n\n\n\n\n\n\n\n\n\nHarbour Partners\n\n\n020 7946 3113\n\n\n\n\n"
            "Anna Wren / Gary Finch\n\n\n\n\n\n\n\n\n\n\nKestrel Securities (NOMAD)\n\n\n020 7946 4300\n\n\n\n\n"
            "Alex Marlowe\n",
            CELL_TABLE_CONTACTS,
            id="table-cells-far-apart",
        ),
        pytest.param(
            # Far apart too, each firm over its people, their number under them.
            " Enquiries:\n"
            + " \n" * 9
            + " Acme plc\n"
            + " \n" * 9
            + " Jane Rowe, Chief Financial Officer\n"
            + " \n" * 4
            + " 01482 555 000\n"
            + " \n" * 14
            + " Harbourcourt \n"
            + " \n" * 9
            + " Tom Ashby / Anna Wren\n"
            + " \n" * 4
            + " 020 7946 1446\n",
            [
                ("Jane Rowe", "Acme plc", "Chief Financial Officer", ["+441482555000"]),
                ("Tom Ashby", "Harbourcourt", None, ["+442079461446"]),
                ("Anna Wren", "Harbourcourt", None, ["+442079461446"]),
            ],
            id="firm-over-people-over-number-far-apart",
        ),
        pytest.param(
            # A three-column table flattened a cell to a line, row after row: firms, people, numbers.
            "Enquiries:\n\nAcme Group plc\n\nBeta Dewe Rogerson\n\nGamma Pierce Limited\n\n"
            "Malcolm Rowe, Company Secretary\n\nFiona Lind\n\nSarah Ashby\n\n"
            "Tel: 0113 496 0000 or 07801 555618\n\nTel: 0121 496 0370 or 07801 555523\n\nTel: 020 7946 0000\n\n"
            "Ewen Rowe, Chairman\n\nTel: 07801 555466\n",
            [
                ("Malcolm Rowe", "Acme Group plc", "Company Secretary", ["+441134960000", "+447801555618"]),
                ("Fiona Lind", "Beta Dewe Rogerson", None, ["+441214960370", "+447801555523"]),
                ("Sarah Ashby", "Gamma Pierce Limited", None, ["+442079460000"]),
                ("Ewen Rowe", "Gamma Pierce Limited", "Chairman", ["+447801555466"]),
            ],
            id="three-columns-flattened-row-after-row",
        ),
        pytest.param(
            # The names over their firm's number listed with a comma between, a line each.
            "Enquiries:\n\nAltium:\n\nBen Rowe,\n\nPaul Lind \n\nTelephone: 020 7946 4040\n",
            [
                ("Ben Rowe", "Altium", None, ["+442079464040"]),
                ("Paul Lind", "Altium", None, ["+442079464040"]),
            ],
            id="names-listed-with-commas-over-their-number",
        ),
    ],
)
def test_uk_enquiries_layouts(enquiries: str, contacts: list[tuple[str, str, str | None, list[str]]]) -> None:
    parsed = parse("Acme plc results\n\nLONDON, 1 May 2017 -- Acme plc announces results.\n\n" + enquiries)
    assert [(c["name"], c["organization"], c["title"], c["phones"]) for c in parsed["contacts"]] == contacts


@pytest.mark.parametrize(
    ("header", "contacts"),
    [
        pytest.param(
            "FOR ADDITIONAL INFORMATION\n|Media\n|Investors\n|Jane Rowe\n|Tom Ashby\n|Communications Manager\n"
            "|Managing Director, Investor Relations\n|(219) 555-5581\n|(219) 555-5688\n|jrowe@acme.example\n"
            "|tashby@acme.example\n",
            [
                ("media", "Jane Rowe", "Communications Manager", None, ["+12195555581"], ["jrowe@acme.example"]),
                (
                    "investors",
                    "Tom Ashby",
                    "Managing Director, Investor Relations",
                    None,
                    ["+12195555688"],
                    ["tashby@acme.example"],
                ),
            ],
            id="cells-marked-with-a-bar",
        ),
        pytest.param(
            "FOR YOUR INFORMATION:\n|AT THE COMPANY:\n|AT HARBOUR RELATIONS BOARD:\n|Jane Rowe\n|Tom Ashby\n"
            "|Chief Financial Officer\n|General Information\n|(301) 555-5400\n|(703) 555-1798\n",
            [
                ("general", "Jane Rowe", "Chief Financial Officer", None, ["+13015555400"], []),
                ("general", "Tom Ashby", None, "HARBOUR RELATIONS BOARD", ["+17035551798"], []),
            ],
            id="an-agencys-header-at-the-company-and-at-the-agency",
        ),
        pytest.param(
            "Contact:\n|\n|\nJane Rowe\n|\nTom Ashby\n|\nAcme Hospitality\n|\nHarbour Partners\n|\n"
            "Chief financial officer\n|\n(Media Contact)\n|\n402.555.2520\n|\n703.555.6293\n|\n"
            "jrowe@acme.example\n|\ntom@harbour.example\n",
            [
                (
                    "general",
                    "Jane Rowe",
                    "Chief financial officer",
                    "Acme Hospitality",
                    ["+14025552520"],
                    ["jrowe@acme.example"],
                ),
                ("media", "Tom Ashby", None, "Harbour Partners", ["+17035556293"], ["tom@harbour.example"]),
            ],
            id="cells-between-bar-lines",
        ),
    ],
)
def test_a_two_column_header_table_flattened_a_cell_to_a_line(
    header: str, contacts: list[tuple[str, str, str | None, str | None, list[str], list[str]]]
) -> None:
    """An SEC exhibit's header table, its two columns' cells interleaved row by row: each
    column is one contact, its name, title, number and address in order."""
    parsed = parse(
        "Exhibit 99.1\n" + header + "Acme Hospitality Declares a Dividend\nCITY, Ind. -- May 15, 2012 -- Acme "
        "Hospitality, Inc. (NYSE: ACM) today declared a dividend payable Aug. 20, 2012.\nAbout Acme Hospitality\n"
        "Acme Hospitality owns hotels.\n"
    )
    found = [
        (c["role"], c["name"], c["title"], c["organization"], c["phones"], c["emails"]) for c in parsed["contacts"]
    ]
    assert found == contacts


@pytest.mark.parametrize(
    ("footer", "contact"),
    [
        (
            "AcmeWireAustin, Texaswww.AcmeWire.example512.555.7000 OfficeEditor@AcmeWire.example",
            ("AcmeWire", ["+15125557000"], ["editor@acmewire.example"]),
        ),
        (
            "ABN (AcmeBrandNetwork)Los Angeles, Californiawww.AcmeBrandNetwork.example310.555.1717 "
            "OfficeEditor@AcmeBrandNetwork.example",
            ("ABN (AcmeBrandNetwork)", ["+13105551717"], ["editor@acmebrandnetwork.example"]),
        ),
    ],
)
def test_an_investor_news_networks_foot_run_together_is_its_contact(
    footer: str, contact: tuple[str, list[str], list[str]]
) -> None:
    parsed = parse(
        "Acme Mining to Present at the Virtual Investor Conference on May 14, 2013\n\nAUSTIN, TX -- May 7, 2013 -- "
        "AcmeWire -- Acme Mining (NYSE: ACMM) will present on May 14, 2013.\n\nAbout AcmeWire\n\nAcmeWire is a "
        "specialized communications platform.\n\nCorporate Communications\n\n " + footer + "\n\n AcmeWire is "
        "powered by ABN\n"
    )
    assert [(c["organization"], c["phones"], c["emails"]) for c in parsed["contacts"]] == [contact]


def test_two_addresses_a_flattened_row_ran_together() -> None:
    """A row of two columns flattened to one line glues the second address on to the first; the
    wire's own CONTACT line below gives each person theirs."""
    parsed = parse(
        "Acme Labs to Present\n\nEVANSTON, Ill., Nov. 2, 2005 /PRNewswire/ -- Acme Labs Inc. will present at a "
        "conference on November 9, 2005.\n\nFOR FURTHER INFORMATION CONTACT: Jane L. Roe Anna H. Lind Director, "
        "Investor Relations Vice President, Communications Beta Partners (847) 555-3500 (212) 555-4271 "
        "alind@acmelabs-example.comjane.roe@betapartners-example.com\nAcme Labs Inc.\nCONTACT: Anna H. Lind, Vice "
        "President, Communications, of Acme Labs Inc., +1-847-555-3500, alind@acmelabs-example.com; or Jane L. Roe, "
        "Director, Investor Relations, of Beta Partners, +1-212-555-4271, jane.roe@betapartners-example.com\n"
    )
    assert [(c["name"], c["phones"], c["emails"]) for c in parsed["contacts"]] == [
        ("Anna H. Lind", ["+18475553500"], ["alind@acmelabs-example.com"]),
        ("Jane L. Roe", ["+12125554271"], ["jane.roe@betapartners-example.com"]),
    ]


def test_names_a_narrow_column_broke_over_two_lines() -> None:
    """A PDF's narrow column put each word on a line: a first name alone over its surname is one
    name; an address's town over its land, or a run of such words, is not joined."""
    parsed = parse(
        "Acme Tankers will host a call on May 14, 2013.\nFor\nInvestor Relations enquiries contact:\nDave\nQ. Rowe"
        "\nTel:\n+ 1\n(604) 555-6654\nFor\nMedia enquiries contact:\nAlana\nLind\nTel:\n+ 1\n(604) 555-6605\n"
        "Investor Relations (Europe):\nBeta-Str. 10\n85774\nUnterhaching\nDeutschland\n089 / 55631-0\nir@acme.example\n"
    )
    assert [(c["role"], c["name"], c["phones"], c["emails"]) for c in parsed["contacts"]] == [
        ("investors", "Dave Q. Rowe", ["+16045556654"], []),  # (with the middle initial on the surname's line)
        ("media", "Alana Lind", ["+16045556605"], []),
        ("investors", None, [], ["ir@acme.example"]),
    ]


def test_an_unlabelled_enquiries_list_of_firms_pairs_and_desks() -> None:
    """No label over them: each firm's people (a pair a slash joins with no spaces, people with their
    desk in brackets) over the number they share."""
    body = "The Board considers the results satisfactory and looks ahead to the year with confidence.\n\n" * 6
    parsed = parse(
        "Acme Capital plc results\n\nLONDON, 1 May 2017 -- Acme Capital plc announces results.\n\n"
        + body
        + "Further information\n\nFor further information, please visit Acme's website: www.acme.example.\n\n"
        "-Ends-\n\n \n\nAcme Capital plc\n\nJane Rowe\n\nTel: 0207 555 0636\n\ninfo@acme.example\n\n \n\n"
        "Harbour\n\nTom Ashby/Anna Wren\n\nTel: +44 (0)20 7946 5000\n\nacme@harbour.example\n\n \n\n"
        "Kestrel Capital Limited\n\nGary Finch (Corporate Broking)\n\nAlex Marlowe (Corporate Finance)\n\n"
        "Tel: 0203 555 5000\n\n \n\n \n\nChairman's Statement\n\nI have great pleasure in presenting our results.\n"
    )
    assert [(c["name"], c["phones"], c["emails"]) for c in parsed["contacts"]] == [
        ("Jane Rowe", ["+442075550636"], ["info@acme.example"]),
        ("Tom Ashby", ["+442079465000"], ["acme@harbour.example"]),
        ("Anna Wren", ["+442079465000"], ["acme@harbour.example"]),
        ("Gary Finch", ["+442035555000"], []),
        ("Alex Marlowe", ["+442035555000"], []),
    ]


def test_names_with_their_desk_in_brackets_share_the_number_below() -> None:
    """A UK adviser's people, their desk in brackets after the names, the firm's number under them."""
    parsed = parse(
        "Acme Bio plc will hold a webinar at 5.30pm BST on 10 May 2021.\n\nFor more information, please contact:\n\n"
        "Kestrel Gordon (UK) Limited (Nominated Adviser and Joint Broker)\n\n"
        "Jane Rowe, Emma Lind (Corporate Finance)\n\nTom Ashby (Corporate Broking)\n\nTel: +44 (0)20 7946 2500\n\n"
        "\n\nHeron Pope Investments Limited (Joint Broker)\n\nAlex Marlowe / Gary Finch (Corporate Broking)\n\n"
        "Tel: +44(0)20 7946 0050\n"
    )
    assert [(c["name"], c["title"], c["phones"]) for c in parsed["contacts"]] == [
        ("Jane Rowe", "Corporate Finance", ["+442079462500"]),
        ("Emma Lind", "Corporate Finance", ["+442079462500"]),
        ("Tom Ashby", "Corporate Broking", ["+442079462500"]),
        ("Alex Marlowe", "Corporate Broking", ["+442079460050"]),
        ("Gary Finch", "Corporate Broking", ["+442079460050"]),
    ]


def test_names_with_their_city_in_brackets_over_a_number_each() -> None:
    parsed = parse(
        "Acme Air will host its annual meeting on May 10, 2021 at 10:00 a.m. ET.\n\nContacts:\n"
        "Jane Rowe (Montreal)\nTom Ashby (Toronto)\nAnna Wren (Vancouver)\n(514) 555-5788\n(416) 555-5576\n"
        "(604) 555-5741\n"
    )
    assert [(c["name"], c["title"], c["phones"]) for c in parsed["contacts"]] == [
        ("Jane Rowe", None, ["+15145555788"]),
        ("Tom Ashby", None, ["+14165555576"]),
        ("Anna Wren", None, ["+16045555741"]),
    ]


def test_a_pair_over_their_firm_whose_letters_come_last() -> None:
    parsed = parse(
        "Acme to merge with Beta.\n\nContacts\n\nFor Acme Solutions, Inc.:\nJane Rowe\nChief Marketing Officer\n"
        "617-555-4800\njane.rowe@acme.example\n\nFor Beta Partners:\nTom Ashby / Anna Lind\nKestrel CNC\n"
        "212-555-4800\n"
    )
    assert [(c["name"], c["organization"], c["phones"]) for c in parsed["contacts"]] == [
        ("Jane Rowe", None, ["+16175554800"]),
        ("Tom Ashby", "Kestrel CNC", ["+12125554800"]),
        ("Anna Lind", "Kestrel CNC", ["+12125554800"]),
    ]


def test_firm_lines_with_their_numbers_over_the_names_they_answer_for() -> None:
    """A UK block with no RNS mark: the issuer is a PLC, so its national numbers are UK ones."""
    parsed = parse(
        "7 May 2020\nAcme PLC\nNotice of revised date for half year results\nAcme PLC announces that its results "
        "will now be published on 10 June 2020, with a webcast of the analyst presentation that morning.\n"
        "For further information:\n|\nAcme PLC 020 7946 0118\nJane Rowe, Chief Executive\nTom Ashby, Finance "
        "Director\n|\nHRS Partners 020 7946 0551\nAnna Wren\n|\nKLM Communications 020 7946 0100\n"
        "Priya Kestrel/Alex Marlowe\n"
    )
    assert [(c["name"], c["organization"], c["phones"]) for c in parsed["contacts"]] == [
        ("Jane Rowe", "Acme PLC", ["+442079460118"]),
        ("Tom Ashby", "Acme PLC", ["+442079460118"]),
        ("Anna Wren", "HRS Partners", ["+442079460551"]),
        ("Priya Kestrel", "KLM Communications", ["+442079460100"]),
        ("Alex Marlowe", "KLM Communications", ["+442079460100"]),
    ]


def test_a_national_number_needs_the_release_to_place_its_issuer() -> None:
    """Without the London Stock Exchange, RNS or a PLC named, "0207 946 0321" is no number we may assume."""
    unplaced = UK_ADVISER_BLOCK.split(" This information")[0].replace("PLC", "Inc.")
    assert parse(unplaced)["contacts"] == []
    placed_by_its_form = UK_ADVISER_BLOCK.split(" This information")[0]
    assert [c["phones"] for c in parse(placed_by_its_form)["contacts"]] == [["+442079460321"], ["+442079460321"]]


def test_an_unlabelled_pair_with_a_markdown_escaped_email() -> None:
    parsed = parse(
        "Acme Microelectronics (NYSE: ACME) today reported unaudited net sales for the month of January.\n\n"
        "Additional information about Acme is available on the web.\n\nMichael Rowe / David Lind\n  \n"
        "**Acme, Investor Relations**Tel: + 886-2-2658-9168, ext. 16900\n  \n"
        "Email:      [michael\\_rowe@acme.example](mailto:michael_rowe@acme.example)\n"
    )
    assert [(c["name"], c["phones"], c["emails"]) for c in parsed["contacts"]] == [
        ("Michael Rowe", ["+886226589168"], ["michael_rowe@acme.example"]),
        ("David Lind", ["+886226589168"], ["michael_rowe@acme.example"]),
    ]


def test_a_department_line_under_a_name_labels_that_person() -> None:
    """Business Wire's foot: name, department, number; no colon anywhere."""
    parsed = parse(
        "Acme Brands Corporation will host a call on August 14, 2013.\n\nChristopher McGinnis \n  \n"
        "Investor Relations \n  \n(847) 555-4320\n\nKori Reed\n  \nMedia Relations\n  \n(224) 555-0406\n"
    )
    assert [(c["role"], c["name"], c["phones"]) for c in parsed["contacts"]] == [
        ("investors", "Christopher McGinnis", ["+18475554320"]),
        ("media", "Kori Reed", ["+12245550406"]),
    ]


def test_a_role_after_a_qualification_is_the_named_persons() -> None:
    """Business Wire's foot: "Name (media)" over an email; a CFA between name and role changes nothing."""
    parsed = parse(
        "Acme Foods Inc. (NASDAQ: ACMF) today reported results.\n\n"
        "View source version on businesswire.com: https://www.businesswire.com/news/home/20200213000000/en/\n"
        "Jane Roe (media)\nJane.Roe@acmefoods.example\n\nPeter Example, CFA (investors)\nir@acmefoods.example\n"
    )
    assert [(c["role"], c["name"], c["organization"], c["emails"]) for c in parsed["contacts"]] == [
        ("media", "Jane Roe", None, ["jane.roe@acmefoods.example"]),
        ("investors", "Peter Example", None, ["ir@acmefoods.example"]),
    ]


def test_name_then_the_company_the_release_keeps_naming() -> None:
    parsed = parse(
        "Acme Technologies to Present at the Conference\n\nAcme Technologies plc (NYSE: ACT) today announced that "
        "company leadership will participate in a fireside chat. They will speak at 10:30 a.m. EST on Tuesday, "
        "February 18, 2025.\n\n**About Acme Technologies**\n\nAcme Technologies builds things.\n\n"
        "**Media:**Travis Rowe, Acme Technologies \n  \n+1-919-555-2593 \n  \n"
        "[Media@acmetech.example](mailto:Media@acmetech.example)\n"
    )
    assert [(c["role"], c["name"], c["organization"], c["phones"]) for c in parsed["contacts"]] == [
        ("media", "Travis Rowe", "Acme Technologies", ["+19195552593"])
    ]
    assert [(e["date"], e["starts_at"]) for e in parsed["events"]] == [("2025-02-18", "2025-02-18T10:30:00-05:00")]


def test_name_then_the_issuer_it_writes_before_its_ticker() -> None:
    parsed = parse(
        "Exhibit 99.1\nContact: William H. Rowe, Acme Southern, 816-555-1551, browe@acmesouthern.com\n"
        "Acme Holds Annual Meeting of Stockholders\nKansas City, Mo., May 8, 2015 – Acme Southern (ACS) (NYSE:ACS) "
        "held its Annual Meeting of Stockholders on May 7, 2015.\n"
    )
    assert [(c["name"], c["organization"], c["phones"]) for c in parsed["contacts"]] == [
        ("William H. Rowe", "Acme Southern", ["+18165551551"])
    ]


def test_a_long_label_that_ends_in_contact() -> None:
    parsed = parse(
        "Acme will host a call on February 20, 2025. A replay of the webcast will be available on the website.\n\n"
        "For further information, visit our website at www.acme-quantum.example or contact:\n\n"
        "Bonita Rowe, Director, Investor Relations\n\n(416) 555-6400 Toll-free: 1 (888) 555-6577\n\n"
        "E-Mail: info@acme.example\n"
    )
    assert [(c["name"], c["phones"]) for c in parsed["contacts"]] == [("Bonita Rowe", ["+14165556400", "+18885556577"])]
    assert all(e["replay"] is None or not e["replay"]["dial_ins"] for e in parsed["events"])


def test_a_bold_label_glued_to_the_name() -> None:
    """A markdown copy writes "**Investor Contact**Sean Rowe, CFA": the label ends with the bold."""
    parsed = parse(
        "Acme Robotics, Inc. will host a call on August 14, 2013.\n\n**Company Contact**\n\nJordan Mann\n\n"
        "Acme Robotics Corp.\n\ninvestors@acmerobotics.example\n\n**Investor Contact**Sean Rowe, CFA\n\nElevate IR\n\n"
        "(720) 555-2829\n\nACME@elevate-ir.example\n"
    )
    assert [(c["role"], c["name"], c["phones"], c["emails"]) for c in parsed["contacts"]] == [
        ("general", "Jordan Mann", [], ["investors@acmerobotics.example"]),
        ("investors", "Sean Rowe", ["+17205552829"], ["acme@elevate-ir.example"]),
    ]


GLUED_INTRO = "Acme Robotics, Inc. will host a call on August 14, 2013.\n\nFor further information, please contact:\n\n"


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # A copy that dropped the line breaks inside each contact's cell.
        (
            "* Jane RoweSVP Corporate Planning and Investor Relationsjane.rowe@acmerobotics.exampleTel: "
            "+41 22 555 10 50\n"
            "* Or\n* Tom AshbyMedia Managertashby@acme-pr.example.chTel: +46 701 55 26 15\n",
            [
                (
                    "Jane Rowe",
                    "SVP Corporate Planning and Investor Relations",
                    ["+41225551050"],
                    ["jane.rowe@acmerobotics.example"],
                ),
                ("Tom Ashby", "Media Manager", ["+46701552615"], ["tashby@acme-pr.example.ch"]),
            ],
        ),
        (
            "| Priya NatarajanVice President, Investor Relations(866) 555-1291 |\n| --- |\n"
            "| Sean GladwellDirector, Investor Relations(866) 555-1291 |\n",
            [
                ("Priya Natarajan", "Vice President, Investor Relations", ["+18665551291"], []),
                ("Sean Gladwell", "Director, Investor Relations", ["+18665551291"], []),
            ],
        ),
        (
            "Jane Rowe, CEO | jane.rowe@acmerobotics.example | +47 905 55 172Tom Ashby, CFO | "
            "tom.ashby@acmerobotics.example | +47 982 55 497\n",
            [
                ("Jane Rowe", "CEO", ["+4790555172"], ["jane.rowe@acmerobotics.example"]),
                ("Tom Ashby", "CFO", ["+4798255497"], ["tom.ashby@acmerobotics.example"]),
            ],
        ),
        # A release run onto one line: a title glued to its number, then the next name.
        (
            "Contact:Jane Rowe, Investor Relations617-555-1334Tom Ashby, Corporate Communications855-555-6397\n",
            [
                ("Jane Rowe", "Investor Relations", ["+16175551334"], []),
                ("Tom Ashby", "Corporate Communications", ["+18555556397"], []),
            ],
        ),
        (
            "Investor Contacts: Jane Rowe, CFO 617-555-7204 jrowe@acmerobotics.example or Tom Ashby, Investor "
            "Relations Director 617-555-7262 tashby@acmerobotics.example\n",
            [
                ("Jane Rowe", "CFO", ["+16175557204"], ["jrowe@acmerobotics.example"]),
                ("Tom Ashby", "Investor Relations Director", ["+16175557262"], ["tashby@acmerobotics.example"]),
            ],
        ),
        # Two names before a shared number stay a pair; a title's "and" stays in the title.
        (
            "Jane Rowe or Tom Ashby\n617-555-2660 | info@acmerobotics.example\n\nPriya Natarajan\n"
            "Vice President, Treasury and Investor Relations\n(617) 555-2700\n",
            [
                ("Jane Rowe", None, ["+16175552660"], ["info@acmerobotics.example"]),
                ("Tom Ashby", None, ["+16175552660"], ["info@acmerobotics.example"]),
                ("Priya Natarajan", "Vice President, Treasury and Investor Relations", ["+16175552700"], []),
            ],
        ),
        # A number glued to the address after it, a title to the firm after it.
        (
            "Jane Rowe, PresidentBeta Advisory, Inc.(646) 555-8656jrowe@betaadvisory.example\n"
            "Tom Ashby, CEOAcme Robotics, Inc.(201) 555-5202 x110tom.ashby@acmerobotics.example\n",
            [
                ("Jane Rowe", "President", ["+16465558656"], ["jrowe@betaadvisory.example"]),
                ("Tom Ashby", "CEO", ["+12015555202"], ["tom.ashby@acmerobotics.example"]),
            ],
        ),
        # Role labels, names, addresses and numbers all on one line.
        (
            "Investors:Jane Rowejane.rowe@acmerobotics.example+1 408 555 5411Media:Tom Ashby "
            "tom.ashby@acmerobotics.example +1 512 555 7398ACME-Corp\n",
            [
                ("Jane Rowe", None, ["+14085555411"], ["jane.rowe@acmerobotics.example"]),
                ("Tom Ashby", None, ["+15125557398"], ["tom.ashby@acmerobotics.example"]),
            ],
        ),
        # A name, its firm and its address run together; a number with a link glued after it.
        (
            "For more information on Acme, please contact:Jane RoweAcmecom Ltdjane.rowe@acme.example\n\n"
            "Harbour Partners Contact:Tom Ashbytashby@harbour.example800.555.5267https://www.harbour.example\n",
            [
                ("Jane Rowe", None, [], ["jane.rowe@acme.example"]),
                ("Tom Ashby", None, ["+18005555267"], ["tashby@harbour.example"]),
            ],
        ),
        # The agency glued to the role label, each surname to a capitalised address.
        (
            "ICRInvestors:Jane RoweJane.Rowe@icr.example\n\nPress:Tom AshbyThomas.Ashby@icr.example\n",
            [
                ("Jane Rowe", None, [], ["jane.rowe@icr.example"]),
                ("Tom Ashby", None, [], ["thomas.ashby@icr.example"]),
            ],
        ),
        # A qualification glued to the number, the email to the next label.
        (
            "ACME - FContact:Investors:Jane Rowe, IRC617.555.3700jane.rowe@acmerobotics.exampleMedia:Tom "
            "Ashby617.555.4367     tom.ashby@acmerobotics.example\n",
            [
                ("Jane Rowe", None, ["+16175553700"], ["jane.rowe@acmerobotics.example"]),
                ("Tom Ashby", None, ["+16175554367"], ["tom.ashby@acmerobotics.example"]),
            ],
        ),
        # A fax number marked after it.
        (
            "Contact:\nJane Rowe\nInvestor Relations\n(703) 555-7502\n(703) 555-7505 (FAX)\njrowe@acmeworld.com\n",
            [("Jane Rowe", "Investor Relations", ["+17035557502"], ["jrowe@acmeworld.com"])],
        ),
        # A number glued to the address before it.
        (
            "Contact:Jane Rowe, CFOjane.rowe@acmeworld.com1-800-555-3210\n",
            [("Jane Rowe", "CFO", ["+18005553210"], ["jane.rowe@acmeworld.com"])],
        ),
        # The site's address glued to the mailbox after it.
        (
            "Contact:Acme Conferences Inc.https://www.acmeconferences.comconferences@acmemarkets.com\n",
            [(None, None, [], ["conferences@acmemarkets.com"])],
        ),
        # An address glued to the street after it.
        (
            "Jane Rowe, Investor Relations\nir@acmerobotics.exampleSchloss Strasse 1, Berlin\n+49 30 5555 0100\n",
            [("Jane Rowe", "Investor Relations", ["+493055550100"], ["ir@acmerobotics.example"])],
        ),
        # The label glued to the name, the title to the number.
        (
            "About Acme: Acme builds robots.\n\n Corporate ContactJane RoweChief Financial Officer+423 399 3510 "
            "jane.rowe@acmerobotics.example\n",
            [("Jane Rowe", "Chief Financial Officer", ["+4233993510"], ["jane.rowe@acmerobotics.example"])],
        ),
        # "Contact us" alone over a firm, a name and its glued fields.
        (
            "Contact us\n\n IR.on AGFrederic RowePhone: +49 221 5555 970E-mail: acme@ir-on.example.com\n",
            [("Frederic Rowe", None, ["+492215555970"], ["acme@ir-on.example.com"])],
        ),
        (
            "Investor Relations:\n\nAcme SEAnja RowePhone: +49 162 555 5334asiehler@acme-online.example\n",
            [("Anja Rowe", None, ["+491625555334"], ["asiehler@acme-online.example"])],
        ),
        # A firm, then its people and numbers, all on the label's line.
        (
            "CONTACTS: Acme Wholesale Corporation Richard Rowe, 425/555-8203 Bob Lind, 425/555-8255\n",
            [("Richard Rowe", None, ["+14255558203"], []), ("Bob Lind", None, ["+14255558255"], [])],
        ),
        # Role labels glued to the names after them, names to their "Phone:", numbers to emails.
        (
            "Investor RelationsJane RowePhone: +41 79 555 89 12jane.rowe@acmerobotics.example\n\n"
            "MediaTom AshbyPhone: +41 76 555 0066tom.ashby@acmerobotics.example\n",
            [
                ("Jane Rowe", None, ["+41795558912"], ["jane.rowe@acmerobotics.example"]),
                ("Tom Ashby", None, ["+41765550066"], ["tom.ashby@acmerobotics.example"]),
            ],
        ),
        # A firm glued to a name glued to a street; a German area code set off by a slash; a
        # doctor's name before the firm and street on the next line.
        (
            " acme communications AGJorg RoweBohmersweg 5, D-20148 Hamburg+49 40/46 88 33 0, Fax +49 40/46 88 33 "
            "40presse@acme-communications.example\n\n Dr. Hermann Lind Acme AG Kistlerhofstr. 168, D-81379 Munich "
            "+49 89 357560 hermann.lind@acmerobotics.example\n",
            [
                ("Jorg Rowe", None, ["+49404688330"], ["presse@acme-communications.example"]),
                ("Hermann Lind", None, ["+4989357560"], ["hermann.lind@acmerobotics.example"]),
            ],
        ),
        # A wire page whose scraper dropped every break: labels, names, firms, numbers, emails.
        (
            "INVESTOR CONTACT:Jane L. RoweAcmebot, Inc.650-555-1901Acmebot-ir@acmebot.example EDITORIAL "
            "CONTACT:Tom AshbyAcmebot, Inc.650-555-6454tom@acmebot.example\n",
            [
                ("Jane L. Rowe", None, ["+16505551901"], ["acmebot-ir@acmebot.example"]),
                ("Tom Ashby", None, ["+16505556454"], ["tom@acmebot.example"]),
            ],
        ),
        (
            "ContactsInvestors:Jane Roweinvestor@acmebot.example / investor.acmebot.examplePress:Tom "
            "Ashbypress@acmebot.example / newsroom.acmebot.example\n",
            [
                ("Jane Rowe", None, [], ["investor@acmebot.example"]),
                ("Tom Ashby", None, [], ["press@acmebot.example"]),
            ],
        ),
        (
            "Investor Relations Contact: Jane Rowe +1 (925) 555-6000 Jane.Rowe@Acmebot.example  Media Contact: Tom "
            "Ashby+1 (415) 555-3034Tom.Ashby@Acmebot.example\n",
            [
                ("Jane Rowe", None, ["+19255556000"], ["jane.rowe@acmebot.example"]),
                ("Tom Ashby", None, ["+14155553034"], ["tom.ashby@acmebot.example"]),
            ],
        ),
        # Names joined by "or", each with a title, over one email and one number for all.
        (
            "M. Jane Rowe, CEO or Tom Van Ashby, CFO or Priya Lind, VP Finance\nEmail: info@acmerobotics.example\n"
            "Phone: (403) 555-8681\n",
            [
                ("M. Jane Rowe", "CEO", ["+14035558681"], ["info@acmerobotics.example"]),
                ("Tom Van Ashby", "CFO", ["+14035558681"], ["info@acmerobotics.example"]),
                ("Priya Lind", "VP Finance", ["+14035558681"], ["info@acmerobotics.example"]),
            ],
        ),
        # A title in brackets after the name, the address glued to the bracket, the next label glued on.
        (
            " Investor Relations Contact:Jane Rowe (Associate Director, Investor Relations)investors@acmerobotics.examp"
            "lePress Contact:Tom Ashby (Director, Corporate Communications)press@acmerobotics.example\n",
            [
                ("Jane Rowe", "(Associate Director, Investor Relations)", [], ["investors@acmerobotics.example"]),
                ("Tom Ashby", "(Director, Corporate Communications)", [], ["press@acmerobotics.example"]),
            ],
        ),
        # A desk, then its person and number; a title before the name; a desk glued to its number.
        ("Media Relations Tom Ashby +45 99 55 95 60\n", [("Tom Ashby", None, ["+4599559560"], [])]),
        # The next desk after three blank lines is still the block's.
        (
            "Media Relations Tom Ashby +45 99 55 95 60\n\n\n\nInvestor Relations Jane Rowe Lind +45 99 55 97 22 "
            "jrl@acmerobotics.example\n",
            [
                ("Tom Ashby", None, ["+4599559560"], []),
                ("Jane Rowe Lind", None, ["+4599559722"], ["jrl@acmerobotics.example"]),
            ],
        ),
        (
            # (the title before the name is hers)
            "Investor Relations Manager Jane Rowe Lind, phone: +45 2325 1067\n",
            [("Jane Rowe Lind", "Investor Relations Manager", ["+4523251067"], [])],
        ),
        (
            "Investor Relations Jane Rowe +86 (10) 8912-6804IR@acmerobotics.exampleMedia Relations+86 (10) 8911-6155"
            "Press@acmerobotics.example\n",
            [
                ("Jane Rowe", None, ["+861089126804"], ["ir@acmerobotics.example"]),
                (None, None, ["+861089116155"], ["press@acmerobotics.example"]),
            ],
        ),
        # Two names on one line over one address and number for both; a firm's name is no second name.
        (
            "Contact Acme AG\nJulia Rowe, Dr. Robert Lind\nLochhamer Str. 11 82152\nPlaneg, Germany\nTel.: +49 89 2000 "
            "3301\ninvestor@acmerobotics.example\n",
            [
                ("Julia Rowe", None, ["+498920003301"], ["investor@acmerobotics.example"]),
                ("Robert Lind", None, ["+498920003301"], ["investor@acmerobotics.example"]),
            ],
        ),
        # A firm glued to a name glued to an address that opens with the first name.
        (
            "Company Contact:\n\n Acme Acquisition CorporationJustin Rowejustin@acmerobotics.example\n",
            [("Justin Rowe", None, [], ["justin@acmerobotics.example"])],
        ),
        # A name still to be reached: the role words glued after it are her title.
        (
            "Contact:Acme REIT-AGJane RoweInvestor RelationsMarlene-Dietrich-Allee 12 b14482 PotsdamTel: +49 331 555 "
            "0076E-Mail: jr@acmerobotics.example\n",
            [("Jane Rowe", "Investor Relations", ["+493315550076"], ["jr@acmerobotics.example"])],
        ),
        # A firm, the label after it, then the name and its number, on one line.
        (
            "CONTACT: Acme Automotive, Inc. Investor & Media Contacts Mark Rowe (417) 555-5878\n",
            [("Mark Rowe", None, ["+14175555878"], [])],
        ),
        # A title over two lines, the second ending in its department: not a second person.
        (
            "Investors and media contact\nIrwin Rowe\nHead of Investor Relations\n"
            "Executive Director, Corporate Development\ninvestors.relations@acme.example\n",
            [
                (
                    "Irwin Rowe",
                    "Head of Investor Relations, Executive Director, Corporate Development",
                    [],
                    ["investors.relations@acme.example"],
                )
            ],
        ),
        # An investor-relations firm under the name is no title ("VP IR" is one).
        (
            "Sean Rowe, CFA\n\nElevate IR\n\n(720) 555-2829\n\nACME@elevate-ir.example\n",
            [("Sean Rowe", None, ["+17205552829"], ["acme@elevate-ir.example"])],
        ),
        ("Sean Rowe\n\nVP IR\n\n(720) 555-2829\n", [("Sean Rowe", "VP IR", ["+17205552829"], [])]),
        # A mailbox that opens with digits is no number glued to an address.
        (
            "Contact: Jonathan Rowe 45Acme@acmecomm.example\n",
            [("Jonathan Rowe", None, [], ["45acme@acmecomm.example"])],
        ),
        # A firm's address on its line, then a name with a middle name and a title with no comma.
        (
            "Contact:\n Acme AG Hauptweg 8 6300 Zug Switzerland\n Adam Hansson Rowe Head of IR and Treasury Phone: "
            "+46733555171 ir@acmerobotics.example\n",
            [("Adam Hansson Rowe", "Head of IR and Treasury", ["+46733555171"], ["ir@acmerobotics.example"])],
        ),
        (
            "Adam Hansson Rowe Vice President, Investor Relations 800-555-2302\n",
            [("Adam Hansson Rowe", "Vice President, Investor Relations", ["+18005552302"], [])],
        ),
        (
            "Adam Rowe Vice President, Investor Relations 800-555-2302\n",
            [("Adam Rowe", "Vice President, Investor Relations", ["+18005552302"], [])],
        ),
        # A scraper's glue: a firm, then the name with its title glued on; a desk glued to a name
        # glued to a firm; a name glued to a site.
        (
            "Acme Corp. Stephen J. RoweChief Financial OfficerPh: (845) 555-2020info@acmerobotics.example\n",
            [("Stephen J. Rowe", "Chief Financial Officer", ["+18455552020"], ["info@acmerobotics.example"])],
        ),
        (
            "Investor RelationsKirin RowePCG Advisory, Inc.krowe@pcg.example\n",
            [("Kirin Rowe", None, [], ["krowe@pcg.example"])],
        ),
        (
            "Acme Capital Contact:Kim Rowehttps://acmecapital.example212.555.0123Info@acmecapital.example\n",
            [("Kim Rowe", None, ["+12125550123"], ["info@acmecapital.example"])],
        ),
        # An extension glued on to the number: the number, without it.
        (
            "Jane Rowe, CEO\n\nAcme, Inc.\n\n(201)555-5202x121\n\njane.rowe@acme.example\n",
            [("Jane Rowe", "CEO", ["+12015555202"], ["jane.rowe@acme.example"])],
        ),
        # A number whose last group a fixed-width copy wrapped on to the next line.
        (
            "Investors: Linda Rowe, Head of Investor Relations, tel. +358 400 555\n669\nMedia: Paula Rowe, SVP "
            "Communications, tel. +358 40 555\n7374, or Acme media desk, tel. +358 40 555 9840\n",
            [
                ("Linda Rowe", "Head of Investor Relations", ["+358400555669"], []),
                ("Paula Rowe", "SVP Communications", ["+358405557374"], []),
                (None, None, ["+358405559840"], []),
            ],
        ),
        # Two people joined by "and" in one sentence, one number for both.
        (
            "Anders Rowe, President, and Asa Lind, Vice President and CFO,\n\ntelephone +46 8 555 90 00.\n",
            [
                ("Anders Rowe", "President", ["+4685559000"], []),
                ("Asa Lind", "Vice President and CFO", ["+4685559000"], []),
            ],
        ),
        # A name, its ten digits unspaced and an address, all glued (a bank's results page).
        (
            "Jon A Rowe7605551889mediarelations@acmebank.example\n",
            [("Jon A Rowe", None, ["+17605551889"], ["mediarelations@acmebank.example"])],
        ),
        # Names that hold a capital are no glue: McDonald, DeVries.
        (
            "Jane McDonald\nAcme Robotics, Inc.\n(617) 555-2761\n\nPeter DeVries\n(617) 555-2762\n",
            [
                ("Jane McDonald", None, ["+16175552761"], []),
                ("Peter DeVries", None, ["+16175552762"], []),
            ],
        ),
    ],
)
def test_contact_fields_a_copy_ran_together(lines: str, expected: list[tuple[Any, ...]]) -> None:
    parsed = parse(GLUED_INTRO + lines)
    assert [(c["name"], c["title"], c["phones"], c["emails"]) for c in parsed["contacts"]] == expected


def test_two_contacts_side_by_side_flattened_to_one_line() -> None:
    parsed = parse(
        "Acme Gold Corporation (TSX: ACG) will host a call on August 14, 2013.\n\n"
        "For further information, please contact:\n\nMick Rowe, President and CEO Laurie Lind, VP Investor Relations "
        "Tel: 416-555-0800 Tel: 416-555-0581\n\nAcme Gold Corporation, 199 Bay Street, Toronto, Ontario M5L 1E2\n"
    )
    assert [(c["name"], c["title"], c["phones"]) for c in parsed["contacts"]] == [
        ("Mick Rowe", "President and CEO", ["+14165550800"]),
        ("Laurie Lind", "VP Investor Relations", ["+14165550581"]),
    ]


def test_a_title_that_opens_with_chairman_and_a_firm_glued_to_a_name() -> None:
    parsed = parse(
        GLUED_INTRO + "CONTACTS:   Jane K. RoweChairman and Chief Executive Officer(951) 555-6200Tom H. AshbyVice "
        "Chairman (951) 555-6200Peter S. Lind / Mary Ann HolmPondelLind Inc.(310) 555-5980\n"
    )
    assert [(c["name"], c["phones"]) for c in parsed["contacts"]] == [
        ("Jane K. Rowe", ["+19515556200"]),
        ("Tom H. Ashby", ["+19515556200"]),
        ("Peter S. Lind", ["+13105555980"]),
        ("Mary Ann Holm", ["+13105555980"]),
    ]
    assert parsed["contacts"][0]["title"] == "Chairman and Chief Executive Officer"


@pytest.mark.parametrize(
    "tail",
    [
        # The label run on to the quote before it, the contacts on the lines below.
        "- We see demand rising in the Nordic insurance market this year, says Jane Rowe.For more information:\n\n"
        "Jane Rowe, CEO | jane.rowe@acmerobotics.example | +47 905 55 172Tom Ashby, CFO | "
        "tom.ashby@acmerobotics.example | +47 982 55 497\n\n"
        "About Acme Robotics ASA Acme builds warehouse robots for customers in 20 countries worldwide.\n",
        # "Contact for ...:" with the first name glued to the colon.
        "Contact for Media and Investors:Jane Rowe, CEO, jane.rowe@acmerobotics.example, Tel: +47 905 55 172"
        "Tom Ashby, CFO, tom.ashby@acmerobotics.example, Tel: +47 982 55 497\n",
    ],
)
def test_a_contact_label_a_copy_ran_together_with_its_neighbours(tail: str) -> None:
    parsed = parse("Acme Robotics ASA will host a call on August 14, 2013.\n\n" + tail)
    assert [(c["name"], c["title"], c["phones"], c["emails"]) for c in parsed["contacts"]] == [
        ("Jane Rowe", "CEO", ["+4790555172"], ["jane.rowe@acmerobotics.example"]),
        ("Tom Ashby", "CFO", ["+4798255497"], ["tom.ashby@acmerobotics.example"]),
    ]


def test_a_contact_whose_address_a_web_page_hid_is_still_a_contact() -> None:
    parsed = parse(
        "Acme Infrastructure (ACI) will hold its Annual Shareholder Meeting on 10 May 2022 at 2.00pm NZST.\n"
        "Investor Relations contact:\nAnna Rowe\n[email\u00a0protected]\nMedia contact:\nLaura Lind\n"
        "[email protected]\n+64 21 555 3297\n"
    )
    assert [(c["role"], c["name"], c["phones"], c["emails"]) for c in parsed["contacts"]] == [
        ("investors", "Anna Rowe", [], []),
        ("media", "Laura Lind", ["+64215553297"], []),
    ]


@pytest.mark.parametrize(
    "desk", ["Worldwide Media Relations", "Corporate Media Relations", "Global Investor Relations"]
)
def test_a_letterheads_qualified_desk_over_its_number_and_address(desk: str) -> None:
    parsed = parse(
        f"News Release\nAcme Airlines\n{desk}\n872.555.8640\nmedia.relations@acme.example\nAcme Airlines to Hold "
        "Live Webcast\nCHICAGO, July 12, 2016 – Acme Airlines will hold a call on July 20.\n"
    )
    assert [(c["name"], c["phones"], c["emails"]) for c in parsed["contacts"]] == [
        (None, ["+18725558640"], ["media.relations@acme.example"])
    ]


_CALL_OF_ACME_BANCORP = "Acme Bancorp, Inc. (NASDAQ: ACMB) will host a call on April 23, 2009 at 11:00 a.m. ET.\n\n"


@pytest.mark.parametrize(
    ("block", "expected"),
    [
        # officers listed by name and title over the one who takes calls: all of them are the contacts
        (
            "|Officer Contacts\n|\nJane R. Rowe\n|President and Chief Executive Officer\n|\nTom W. Ashby\n"
            "|Investor Relations Manager\n|(716) 555-7692\n|tom.ashby@acmebank.example\n",
            [
                ("Jane R. Rowe", "President and Chief Executive Officer", [], []),
                ("Tom W. Ashby", "Investor Relations Manager", ["+17165557692"], ["tom.ashby@acmebank.example"]),
            ],
        ),
        # an ad hoc notice's one contact, a name under the label and nothing else
        ("Contact:\nAngela Lind\nEnd of Inside Information\n", [("Angela Lind", None, [], [])]),
        ("CONTACT:\nAngela Lind\nEnd of Inside Information\n", [("Angela Lind", None, [], [])]),
        # a desk, a firm, or names no one can be reached through are no contacts
        ("Contact:\nInvestor Relations\nEnd of Inside Information\n", []),
        ("Contact:\nAcme Bancorp\n", []),
        (
            "Contacts:\nJane Rowe, Chairman\nMedia: Tom Ashby +1 716 555 7692\n",
            [("Tom Ashby", None, ["+17165557692"], [])],
        ),
    ],
)
def test_a_contact_listed_with_no_number(
    block: str, expected: list[tuple[str, str | None, list[str], list[str]]]
) -> None:
    parsed = parse(_CALL_OF_ACME_BANCORP + block)
    assert [(c["name"], c["title"], c["phones"], c["emails"]) for c in parsed["contacts"]] == expected


@pytest.mark.parametrize(
    ("listing", "number", "e164"),
    [
        ("National Stock Exchange of India Limited / BSE Limited", "09810 655115", "+919810655115"),
        ("Acme Ltd (NZX: ACM)", "021 555 3297", "+64215553297"),
        ("Acme Ltd (JSE: ACM)", "011 555 0137", "+27115550137"),
        ("Acme AB is listed on Nasdaq Stockholm", "08-555 517 17", "+46855551717"),
    ],
)
def test_a_contacts_national_number_read_in_the_country_of_the_issuers_listing(
    listing: str, number: str, e164: str
) -> None:
    parsed = parse(
        f"{listing}\n\nAcme reports its results.\n\nFor further information, please contact:\n"
        f"Jane Rowe — {number} / jane.rowe@acme.example\n"
    )
    assert [(c["name"], c["phones"]) for c in parsed["contacts"]] == [("Jane Rowe", [e164])]


@pytest.mark.parametrize("extension", ["ext. 118", "ext 118", "extension 118"])
def test_a_contact_whose_number_has_an_extension_after_it_on_her_line(extension: str) -> None:
    parsed = parse(
        "Acme will host a call on May 2, 2009.\n\nOr contact our PR representatives at:\n|\nUS\n|\n"
        f"|Melissa Rowe mrowe@acmepr.example +1-212-555-3300 {extension}\n"
    )
    assert [(c["name"], c["phones"], c["emails"]) for c in parsed["contacts"]] == [
        ("Melissa Rowe", ["+12125553300"], ["mrowe@acmepr.example"])
    ]


def test_a_contacts_number_with_the_wires_foot_run_on_after_it() -> None:
    parsed = parse(
        "Acme Sands will participate in the forum.\n\nContacts:\nInvestment Community:\nDaniel Rowe\n"
        "(702) 555-1221Media:\nRon Lind\n(702) 555-3607 View original content to download multimedia:"
        "http://www.prnewswire.com/news-releases/acme-sands-to-participate-in-the-2019-forum-300812797.html"
        "SOURCE Acme SandsCopyright (C) 2019 PR Newswire. All rights reserved\n"
    )
    assert [(c["name"], c["phones"]) for c in parsed["contacts"]] == [
        ("Daniel Rowe", ["+17025551221"]),
        ("Ron Lind", ["+17025553607"]),
    ]


def test_an_exhibits_contact_table_flattened_a_cell_to_a_line_names_first() -> None:
    parsed = parse(
        "Exhibit 99.1\n|\nACME, INC.\n|\nNEWS RELEASE\n|\nContacts:\n|\n|\nCarlos Rowe\n|\n|\nFrederick G. Lind\n|\n"
        "|\nJoseph Ashby\n|\n|\n|\nPresident & Chief Operating Officer\n|\nSVP & Chief Financial Officer\n|\nICR\n|\n"
        "(213) 555-3582\n|\n(213) 555-3289\n|\n(203) 555-8258\n|\nACME, INC. TO DELAY EARNINGS RELEASE\n"
        "Los Angeles, CA, May 3, 2006 — Acme, Inc. (NYSE:ACM) announced today that it will delay its release.\n"
    )
    assert [(c["name"], c["title"], c["organization"], c["phones"]) for c in parsed["contacts"]] == [
        ("Carlos Rowe", "President & Chief Operating Officer", None, ["+12135553582"]),
        ("Frederick G. Lind", "SVP & Chief Financial Officer", None, ["+12135553289"]),
        ("Joseph Ashby", None, "ICR", ["+12035558258"]),
    ]


def test_a_header_tables_contact_cell_with_no_colon() -> None:
    parsed = parse(
        "News Release\nAcme Storage\n701 Western Avenue\nGlendale, CA 91201-2349\n| | |\n"
        "| For Release | Immediately |\n| Date | November 4, 2020 |\n| Contact | Ryan Rowe |\n"
        "| | (818) 244-8080, Ext. 1141 |\n| | |\nAcme Storage Reports Results for the Third Quarter\n"
        "GLENDALE, California – Acme Storage (NYSE:ACS) announced today its operating results.\n"
    )
    assert [(c["name"], c["phones"]) for c in parsed["contacts"]] == [("Ryan Rowe", ["+18182448080"])]


def test_a_contact_for_each_place_set_as_a_heading_under_a_rule() -> None:
    parsed = parse(
        "Acme announces its conferences.\n\n**About Acme**\n\nAcme builds lasers.\n\n---\n\n"
        "**Customer Contact  \n**\n\n"
        "---\n\n**United States  \n**\n\n**e** [info@acmeusa.example](https://acme.example/news/1)\n\n"
        "**Europe, Rest of World  \n**\n\n**t** +49 8105 5555 0  \n**e** [info@acme.example](https://acme.example/news/1)\n"
    )
    assert [(c["phones"], c["emails"]) for c in parsed["contacts"]] == [
        ([], ["info@acmeusa.example"]),
        (["+49810555550"], ["info@acme.example"]),
    ]


def test_a_contact_card_whose_mail_link_lost_its_address_is_still_a_contact() -> None:
    parsed = parse(
        "Acme Shareholders approve all resolutions\n\nDownload as PDF\nPress contacts - Corporate\n\n"
        "Samuel Rowe\n\nSend an email\n\nCoralie Lind\n\nSend an email\nInvestor relations\n\nMartin Ashby\n\n"
        "Send an email\n\n29 October 2020 – Acme's Special Meeting of shareholders was held today in Paris.\n"
    )
    assert [(c["role"], c["name"], c["phones"], c["emails"]) for c in parsed["contacts"]] == [
        ("media", "Samuel Rowe", [], []),
        ("media", "Coralie Lind", [], []),
        ("investors", "Martin Ashby", [], []),
    ]


def test_a_contact_label_after_the_ends_of_an_exchange_announcement() -> None:
    """A PDF copy ran the whole NZX announcement on to one line: the label follows its "ENDS"."""
    parsed = parse(
        "1 Acme Limited STOCK EXCHANGE ANNOUNCEMENT 25 February 2019 Acme will discuss the half year result by "
        "webcast at 10.00am New Zealand time today. ENDS For further information: Nathan Rowe Phone: "
        "nathan.rowe@acme.example.nz\n"
    )
    assert [c["emails"] for c in parsed["contacts"]] == [["nathan.rowe@acme.example.nz"]]


def test_a_contact_label_run_on_to_the_sentence_before_it() -> None:
    parsed = parse(
        "Acme Robotics AS will host an earnings call on November 6, 2025 at 10.00 CET. The presentation "
        "will be available before the call.Contact:\n\n Kristel Rowe, Group Chief Financial Officer (CFO)"
        "Email: investor@acmerobotics.example Phone: +372 622 5177About Acme Robotics:\n\nAcme builds robots.\n"
    )
    assert [(c["name"], c["title"], c["phones"], c["emails"]) for c in parsed["contacts"]] == [
        ("Kristel Rowe", "Group Chief Financial Officer (CFO)", ["+3726225177"], ["investor@acmerobotics.example"])
    ]


def test_an_asx_announcements_contact_labels_run_on_after_its_sentences() -> None:
    """An ASX announcement flattened to one line: "Further Information:" after a sentence, then
    "Media Enquiries:" after the first contact's number, each before its own person."""
    parsed = parse(
        "Acme Limited (ASX:ACM) will present its half-year results by webcast at 10.00am (AEST) on Monday 17 May "
        "2021. For details, refer to the announcement. Further Information: Jane Rowe, Managing Director & Chief "
        "Executive Officer, +61 439 555 905 Media Enquiries: Tom Lind, Head of Marketing & Communications, "
        "+61 419 555 384 Authorised by: Peter Ashby, Company Secretary Acme Limited ABN 34 004 555 636.\n"
    )
    assert [(c["role"], c["name"], c["title"], c["phones"]) for c in parsed["contacts"]] == [
        ("general", "Jane Rowe", "Managing Director & Chief Executive Officer", ["+61439555905"]),
        ("media", "Tom Lind", "Head of Marketing & Communications", ["+61419555384"]),
    ]


@pytest.mark.parametrize(
    "label",
    ["For further information: Media Relations Contact: ", "For further information, please contact: "],
)
def test_a_name_after_a_further_information_labels_colon_is_the_contacts(label: str) -> None:
    parsed = parse(
        "Acme will hold its annual meeting on May 20, 2009.\n\n\n\nFor further information:\n\n"
        f"{label}Kathleen Rowe,\nManager, Corporate Communications, Tel: (416) 555-6097,\nkathleen.rowe@acme.example\n"
    )
    assert [(c["name"], c["phones"]) for c in parsed["contacts"]] == [("Kathleen Rowe", ["+14165556097"])]


@pytest.mark.parametrize("title", ["Company Secretary", "Finance Director", "Chief Executive"])
def test_a_uk_enquiries_row_of_name_title_and_number_with_no_commas(title: str) -> None:
    parsed = parse(
        "Acme plc announces that all resolutions were passed at its AGM held today.\n\nEnquiries\n\n \n\n"
        f"Robert Rowe {title}                 0141 555 4298\n\n\nThis information is provided by RNS\n"
    )
    assert [(c["name"], c["title"], c["phones"]) for c in parsed["contacts"]] == [
        ("Robert Rowe", title, ["+441415554298"])
    ]


def test_canada_newswires_contact_label_run_on_after_its_filing_code() -> None:
    parsed = parse(
        "TORONTO, April 30 /CNW/ - Acme Goldfields Inc. (TSX: ACG) will hold its annual meeting on May 6, 2008. All "
        "material information on Acme Goldfields Inc. can be found at www.sedar.com >> %CIK: 0001394186 /For further "
        "information: Julie Rowe, Director of Investor Relations, Acme Goldfields Inc., T: (416) 555-6015, F: (416) "
        "555-9494, E: jrowe(at)acmegoldfields.example/ (ACG) CO: Acme Goldfields Inc. CNW 14:35e 30-APR-08\n"
    )
    assert [(c["name"], c["phones"], c["emails"]) for c in parsed["contacts"]] == [
        ("Julie Rowe", ["+14165556015"], ["jrowe@acmegoldfields.example"])
    ]


def test_a_region_and_a_dash_before_each_media_contact() -> None:
    parsed = parse(
        "Acme Pharma will hold a conference call on July 30, 2020 at 8:00 am EDT.\n\nCONTACTS\n\nMedia Enquiries\n"
        "Europe – Ben Rowe / Alex Lind, Acme Consulting\n+44 20 7946 1030\n"
        "Asia – Joseph Chi Ashby / Zhou Yi, Acme Group\n+852 9850 5033 (Mobile)\n"
    )
    assert [(c["role"], c["name"], c["phones"]) for c in parsed["contacts"]] == [
        ("media", "Ben Rowe", ["+442079461030"]),
        ("media", "Alex Lind", ["+442079461030"]),
        ("media", "Joseph Chi Ashby", ["+85298505033"]),
        ("media", "Zhou Yi", ["+85298505033"]),
    ]


def test_a_signature_in_canada_newswires_marks_is_not_the_contact_under_it() -> None:
    """ "<< name / title / firm >>": a notice's signature; "/For further information:" under it
    names the desk to call, not the signatory."""
    parsed = parse(
        "Acme Resources Fund Announces Record Date\n    CALGARY, Feb. 23 /CNW/ - Acme Resources Fund gives notice "
        "that March 20,\n2009 has been fixed as the Record Date for its Annual General Meeting to be\nheld in "
        "Calgary, Alberta, commencing at 11:00 am on Friday, May 8, 2009.\n<<\nDavid A. Rowe\nVice President, "
        "General Counsel & Corporate Secretary\nAcme Resources Fund\n>>\n%CIK: 0001126874\n/For further "
        "information: Investor Relations at 1-800-555-6462 or email\ninvestorrelations(at)acme.example/\n"
        "(ACM.UN. ACM)\nCO: Acme Resources Fund\nCNW 15:16e 23-FEB-09\n"
    )
    assert [(c["name"], c["phones"], c["emails"]) for c in parsed["contacts"]] == [
        (None, ["+18005556462"], ["investorrelations@acme.example"])
    ]


def test_contacts_run_on_to_one_line_each_before_their_own_number() -> None:
    parsed = parse(
        "Acme Automotive Reports Record Sales\nSPRINGFIELD, Mo., April 22, 2009 (GLOBE NEWSWIRE) -- Acme Automotive, "
        "Inc. (Nasdaq: ACMA) today announced record sales.\n\nCONTACT: Acme Automotive, Inc. Investor & Media "
        "Contacts Mark Rowe (417) 555-5878 Ashley Lind (417) 555-1234\n"
    )
    assert [(c["name"], c["phones"]) for c in parsed["contacts"]] == [
        ("Mark Rowe", ["+14175555878"]),
        ("Ashley Lind", ["+14175551234"]),
    ]


def test_a_letterheads_release_mark_between_contact_cells_is_no_name() -> None:
    """An exhibit's letterhead table, each cell wrapped: "FOR / IMMEDIATE RELEASE" is no person."""
    parsed = parse(
        "Exhibit 99.1\n|\nInvestor\nContacts:\nJane\nRowe – 401-555-2353\n|\nFOR\nIMMEDIATE RELEASE\n|\n|\n"
        "Acme\nExpects First Quarter Earnings per Share to Exceed Forecast\n|\nProvidence, Rhode Island – April 11,"
        "\n2008 – Acme Inc. (NYSE: ACM) reported today that it expects first quarter earnings to exceed its forecast.\n"
    )
    assert [(c["name"], c["phones"]) for c in parsed["contacts"]] == [(None, ["+14015552353"])]


def test_an_unlabelled_contact_in_an_exhibits_header() -> None:
    """An SEC exhibit's header: the contact's lines above the headline, with no label, and a
    number written with its country code but no "+"."""
    parsed = parse(
        "Exhibit 99.1\nDana Levy\nCFO\nAcme Ltd.\nTel: 972-3-7115690\nFax: 972-3-7115691\n"
        "Email: Dana.Levy@acme.example\n"
        "ACME ANNOUNCES 2014 ANNUAL GENERAL MEETING\nTEL AVIV, ISRAEL, November 17, 2014 - Acme Ltd. (OTCQB: ACML) "
        "today announced that its 2014 Annual General Meeting of Shareholders will be held on Monday, December 22, "
        "2014, at 1:00 p.m. (Israel time), at the law offices of its counsel in Tel Aviv.\n"
    )
    assert [(c["name"], c["title"], c["organization"], c["phones"], c["emails"]) for c in parsed["contacts"]] == [
        ("Dana Levy", "CFO", "Acme Ltd.", ["+97237115690"], ["dana.levy@acme.example"])
    ]


def test_a_firm_named_in_capitals_in_a_flattened_contact_table_is_no_person() -> None:
    people = ("Jane Rowe", "Chief Financial Officer", "ACME MORNING CORPORATION", "972/555-7299")
    agency = ("Laurey Lind", "LAUREY LIND + ASSOCIATES", "214/555-8787")
    cells = "\n|\n|\n|\n".join((*people, *agency))
    parsed = parse(
        f"Exhibit 99.1\nFOR IMMEDIATE RELEASE\n|\nCONTACT:\n|\n{cells}\nACME MORNING CORPORATION ANNOUNCES RELEASE "
        "DATES\nDALLAS, TX \u2014 April 5, 2013 \u2014 Acme Morning Corporation (NASDAQ: ACMM) announced today.\n"
    )
    assert [(c["name"], c["phones"]) for c in parsed["contacts"]] == [
        ("Jane Rowe", ["+19725557299"]),
        ("Laurey Lind", ["+12145558787"]),
    ]


def test_a_portals_payment_line_naming_the_wire_is_no_dateline() -> None:
    parsed = parse(
        "Dow Jones received a payment from EQS/DGAP to publish this press release.\n\nACME PJSC (ACMK) ACME PJSC: "
        "Acme convenes its AGM 26-Apr-2019 / 16:08 MSK Dissemination of a Regulatory Announcement, transmitted by "
        "EQS Group. The issuer is solely responsible for the content of this announcement.\n"
    )
    assert (parsed["dateline"]["city"], parsed["dateline"]["wire"]) == (None, "EQS")


def test_a_dateline_inside_a_release_run_on_to_one_line() -> None:
    """The dateline's date and the header's stamp are no events; the meeting is."""
    parsed = parse(
        "ACME PJSC (ACMK) ACME PJSC: Acme convenes its AGM 26-Apr-2019 / 16:08 MSK Dissemination of a Regulatory "
        "Announcement, transmitted by EQS Group. Acme convenes its meeting Moscow, Russia - April 26, 2019 - Acme PJSC "
        "(MOEX: ACMK), a telecom provider, today announces that its Board of Directors has convened the Company's "
        "Annual General Meeting. The AGM will be held on June 14, 2019 at the World Trade Center, Moscow.\n"
    )
    assert (parsed["dateline"]["city"], parsed["dateline"]["region"], parsed["dateline"]["date"]) == (
        "Moscow",
        "Russia",
        "2019-04-26",
    )
    assert [(e["date"], e["starts_at"]) for e in parsed["events"]] == [("2019-06-14", None)]


@pytest.mark.parametrize(
    "opening",
    [
        # the date in brackets after the place, after a year ...
        "FOR FURTHER INFORMATION: Jane Rowe Investor Relations Releases Audited Results for the Twelve Months "
        "ended December 31, 1998 Monterrey, Mexico (February 4, 1999) Set forth below is certain audited",
        # ... or after the headline's last word, run on to the place
        "Acme Releases Audited Results Monterrey, Mexico (February 4, 1999) Set forth below is certain audited",
    ],
)
def test_a_dateline_with_its_date_in_brackets_inside_a_run_on_copy(opening: str) -> None:
    parsed = parse(opening + " financial information for Acme, S.A. de C.V. (NYSE: ACM) for the fourth quarter.\n")
    dateline = parsed["dateline"]
    assert (dateline["city"], dateline["region"], dateline["date"]) == ("Monterrey", "Mexico", "1999-02-04")


def test_the_about_heading_names_the_issuer_a_copy_lost_the_opening_of() -> None:
    """A copy that starts with the results table: no dateline, no opening sentence; the
    boilerplate's heading names the issuer, and the table's caption does not."""
    parsed = parse(
        "Second Quarter 2026 Highlights:\n(unaudited; in thousands) | 2Q 2026 | 2Q 2025\nRevenue | $350,511\n\n"
        "Acme will host a conference call at 4:45 P.M. Eastern Time today to discuss its results.\n\n"
        "About Acme\n\nAcme (Nasdaq: ACMY) is a leader in family building solutions.\n"
    )
    assert parsed["company"] == "Acme"


def test_a_contact_line_whose_label_word_lost_its_colon() -> None:
    parsed = parse(
        "Acme will hold its Capital Markets Day on November 30, 2017 in London.\n\nBest regards,\n\n"
        "Investor contact\nContact Stian Rowe\nCellular +47 97555022\nE-mail Stian.Rowe(at)acme.example\n"
    )
    assert [(c["role"], c["name"], c["phones"], c["emails"]) for c in parsed["contacts"]] == [
        ("investors", "Stian Rowe", ["+4797555022"], ["stian.rowe@acme.example"])
    ]


def test_a_dotted_title_is_no_second_person() -> None:
    parsed = parse(
        "Acme will host a conference call on May 5, 2020 at 9:00 a.m. ET.\n\nCONTACT:\n\nDouglas J. Rowe, Sr. V.P., "
        "Corporate Counsel, at (217) 555-7321\n"
    )
    assert [(c["name"], c["title"], c["phones"]) for c in parsed["contacts"]] == [
        ("Douglas J. Rowe", "Sr. V.P., Corporate Counsel", ["+12175557321"])
    ]


def test_a_contact_for_questions_about_the_call_keeps_her_number() -> None:
    parsed = parse(
        "Acme will host a conference call on May 5, 2020 at 9:00 a.m. ET.\n\nContact:\nFor questions regarding the "
        "conference call, please contact Jane Rowe, Investor Relations, at (617) 555-1234.\n"
    )
    assert [(c["name"], c["phones"]) for c in parsed["contacts"]] == [("Jane Rowe", ["+16175551234"])]


def test_a_header_tables_contact_does_not_take_the_calls_numbers() -> None:
    """A letterhead's table flattened to lines: its "Contact:" cell, then a paragraph holding the
    headline and the call on one line."""
    parsed = parse(
        "News Release Acme Parks, Inc. 701 Western Avenue Glendale, CA 91201\n\nFor Release: Date: Contact:\n\n"
        "Immediately April 14, 2008 Edward Rowe (818) 555-8080, Ext. 1649\n\nAcme Parks, Inc. to Host Quarterly "
        "Conference Call GLENDALE, California—Acme Parks, Inc. (AMEX:APK) announced today that it intends to release "
        "its earnings after the close of business on Monday, May 5, 2008. "
        "A conference call is scheduled for Tuesday, May 6, 2008, at 10:00 a.m. (PDT) "
        "to discuss the results. The toll free number is 800-555-4409; the conference ID is 43417783. A replay of the "
        "conference call will be available through May 13, 2008 at 800-555-1687.\n"
    )
    assert [c["phones"] for c in parsed["contacts"]] == [["+18185558080"]]
    event = parsed["events"][0]
    assert ([d["number"] for d in event["dial_ins"]], event["passcode"]) == (["+18005554409"], "43417783")


def test_a_title_line_ending_in_the_wire_has_no_place() -> None:
    parsed = parse(
        "Acme – Q2 2020 Trading update Oslo Stock Exchange:ACME – GlobeNewswire\n\nTrading News\n\n"
        "Acme – Q2 2020 Trading update\n\nThe full Q2 2020 report will be released on 27 August 2020 at 06:30 CEST.\n"
    )
    assert (parsed["dateline"]["city"], parsed["dateline"]["wire"]) == (None, "GlobeNewswire")


def test_a_listing_on_its_own_line_is_no_dateline() -> None:
    parsed = parse(
        "RNS Number : 4440P\nAcme Group PLC\n18 October 2021\n\nChange to final results announcement date\n\n"
        "Acme Group plc\n(LSE: ACMO), a world leader in quantum dots, today announces that its final results will now "
        "be published on Wednesday 3 November 2021.\n"
    )
    assert parsed["dateline"]["city"] is None
    assert parsed["company"] == "Acme Group"  # not "ACMO)" after a place "LSE"


@pytest.mark.parametrize(
    "text",
    [
        # A sentence's opening adverb, alone or with a legal form after its comma ("Hence, AB").
        "The Public Health Agency has upgraded the risk of spread of the virus and the government has decided not to "
        "allow public gatherings. Hence, AB Acme Board of Directors has decided to change the planned arrangements "
        "of the Annual General Meeting.\n– The Annual General Meeting starts as planned at 3.00 p.m.\n",
        # No dateline and no ticker: "To access ..." names no company.
        "Webcast information\n\nTo access the live webcast and presentation slides, go to http://ir.acme.example. "
        "To listen to the conference call via telephone, dial (877) 555-5346 on Thursday, August 3, 2017.\n",
        # a notice that opens on the pandemic
        "AGM Circular\n\nCOVID-19 - In light of current public health guidelines related to COVID-19, shareholders "
        "are asked to comply with certain urgent recommendations for the Annual General Meeting.\n\nShareholders are "
        "requested not to attend the Annual General Meeting in person.\n",
        # a report's title over a copy that lost its dateline's form
        "Interim Report July - September 2013\nPress release\nStockholm 17 October 2013\n- Net sales rose to SEK "
        "4,863m (4,768)\nA combined presentation and telephone conference will be held at 15.00 CET on 17 October "
        "2013.\n",
    ],
)
def test_a_sentence_opening_word_is_no_issuer(text: str) -> None:
    assert parse(text)["company"] is None


def test_a_department_under_a_title_is_the_titles_end_not_a_label() -> None:
    parsed = parse(
        "Acme Corp will host a call on March 3, 2020 at 5:00 PM EST.\n\n"
        "View source version on businesswire.com: https://www.businesswire.com/news/home/20200225006019/en/\n"
        "Scott Rowe\nChief Financial Officer\n(202) 555-6920\nsrowe@acme.example\n\n"
        "Sarah Jones\nVice President\nInvestor Relations\n(202) 555-6394\nsjones@acme.example\nSource: Acme Corp.\n"
    )
    assert [(c["name"], c["title"], c["phones"]) for c in parsed["contacts"]] == [
        ("Scott Rowe", "Chief Financial Officer", ["+12025556920"]),
        ("Sarah Jones", "Vice President, Investor Relations", ["+12025556394"]),
    ]


def test_a_name_over_a_blank_line_in_the_header_is_no_contact() -> None:
    """ "Interim Results Date" over a blank line and the body: a heading, however name-like."""
    parsed = parse(
        "Acme PLC\n08 October 2007\n\nInterim Results Date\n\nAcme announces that its interim results for the six "
        "months ended 30 September 2007 will be announced on Friday 16 November 2007.\n\nA presentation will be "
        "given to analysts on that morning at 09.30.\n\nEnquiries:\n\nHarbour Hill Tel: 0207 946 0321\n\n"
        "Alex Marlowe\n\n This information is provided by RNS\n"
    )
    assert [e["date"] for e in parsed["events"]] == ["2007-11-16"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Exhibit 99.1\n|\n10990 Acme Avenue\nOverland Park, KS 66211\nPhone 913 555 0100\nNews Release\n"
            "March 23, 2005\nAcme Corporation Updates First Quarter Guidance\nOVERLAND PARK, KAN. — Acme "
            "Corporation (NASDAQ: ACMY) today announced that it expects first quarter earnings to be at the high end "
            "of guidance.\n",
            id="a-letterheads-address-and-number",
        ),
        pytest.param(
            "NZX advises that the opening date for nominations for directors is today, 23 February 2018.\n"
            "Nominations should be addressed to:\nHamish Rowe\nCompany Secretary, Acme Limited\n"
            "Address: Acme, PO Box 100 555, Auckland 1010\nEmail: hamish.rowe@acme.example\n",
            id="whom-nominations-are-addressed-to",
        ),
    ],
)
def test_people_and_numbers_that_are_no_contact(text: str) -> None:
    assert parse(text)["contacts"] == []


def test_a_contact_named_in_a_sentence_with_her_number_and_address() -> None:
    parsed = parse(
        "Acme Robotics will host a conference call on April 10, 2003 at 11:00am EST.\n"
        "If you have any questions, please contact Trúc Rowe at 212-555-0044 or via email at trowe@acmepr.example.\n"
        "About Acme Robotics\nAcme Robotics builds robots.\n"
    )
    assert [(c["name"], c["phones"], c["emails"]) for c in parsed["contacts"]] == [
        ("Trúc Rowe", ["+12125550044"], ["trowe@acmepr.example"])
    ]


@pytest.mark.parametrize(
    ("sentence", "contacts"),
    [
        # The UK's "on" before a number, and a title between the name and it
        (
            "Acme plc. For further information please contact Ann Rowe, Finance Director, on 020 7946 0180.",
            [("Ann Rowe", "Finance Director", ["+442079460180"])],
        ),
        (
            "For further information, please contact Ann Rowe, CFO, on +46 8 555 51717 or Karin Lind, IR Manager, "
            "on +46 8 555 52204.",
            [("Ann Rowe", "CFO", ["+46855551717"]), ("Karin Lind", "IR Manager", ["+46855552204"])],
        ),
        (
            "For further information, please contact Ann Rowe, CFO, tel +46 8 555 51717, or Karin Lind, "
            "IR Manager, tel +46 8 555 52204.",
            [("Ann Rowe", "CFO", ["+46855551717"]), ("Karin Lind", "IR Manager", ["+46855552204"])],
        ),
        # A Nordic report's close: each title with its numbers in brackets, "or" inside and between them
        (
            "If you have any questions, please contact: Ann Rowe, Chief Financial Officer (Tel: +46-8-555 51717 "
            "or +46-70 555 07 20) or Karin Lind, Investor Relations Manager (Tel: +46-8-555 522 04, or "
            "+46-70- 555 42 09).",
            [
                ("Ann Rowe", "Chief Financial Officer", ["+46855551717", "+46705550720"]),
                ("Karin Lind", "Investor Relations Manager", ["+46855552204", "+46705554209"]),
            ],
        ),
    ],
)
def test_contacts_named_in_a_sentence(sentence: str, contacts: list[tuple[str, str, list[str]]]) -> None:
    parsed = parse(
        f"Acme reports its results for the third quarter.\n\n{sentence}\n\nAbout Acme\n\nAcme makes tools.\n"
    )
    assert [(c["name"], c["title"], c["phones"]) for c in parsed["contacts"]] == contacts


def test_a_date_after_a_name_to_contact_is_no_contacts_number() -> None:
    parsed = parse("Acme plc reports its results.\n\nPlease contact Jane Rowe on 12 May 2021 for the details.\n")
    assert parsed["contacts"] == []


def test_a_contact_named_in_a_letter_with_her_number_on_the_line_below() -> None:
    parsed = parse(
        "Acme Oyj will hold a Capital Markets Day on 3 June 2013 in Espoo.\nTo register for an invitation, please\n"
        "fill the registration form on our homepage www.acme.example,\nor contact Mrs. Minna Rowe\n"
        "Phone   +358 10 555 3504.\nWith best regards\nAnne Ashby\nVP, Investor Relations\n+358 10 555 3735\n"
    )
    assert [(c["name"], c["organization"], c["phones"]) for c in parsed["contacts"]] == [
        ("Minna Rowe", None, ["+358105553504"]),
        ("Anne Ashby", None, ["+358105553735"]),
    ]


def test_one_contact_a_place() -> None:
    parsed = parse(
        "Acme A/S will host a conference call on August 14, 2013 at 2:00 pm CEST.\n\nContacts\n\n"
        "Europe: Rolf Sass Rowe, Vice President Investor Relations. Phone +45 61 55 47 43\n\n"
        "U.S.: Seth Ashby, Vice President, Investor Relations & Communications. Phone: +1 978 555 5271\n\n"
        "About Acme\n\nAcme builds robots.\n"
    )
    assert [(c["name"], c["phones"]) for c in parsed["contacts"]] == [
        ("Rolf Sass Rowe", ["+4561554743"]),
        ("Seth Ashby", ["+19785555271"]),
    ]
    assert parsed["contacts"][1]["title"] == "Vice President, Investor Relations & Communications"


def test_an_unlabelled_contact_with_a_bracketed_country_code() -> None:
    parsed = parse(
        "Acme ASA will hold its Annual General Meeting on 7 May 2013 at 17:00 CEST in Oslo.\n\n"
        "Acme ASA builds robots for warehouses in Norway and abroad, with plants in three countries.\n\n\n"
        "Thor Rowe, Investor Relations\nCellular: (+47) 480 55 356\n\nAbout Acme\nAcme builds robots.\n"
    )
    assert [(c["name"], c["title"], c["phones"]) for c in parsed["contacts"]] == [
        ("Thor Rowe", "Investor Relations", ["+4748055356"])
    ]


def test_two_contacts_side_by_side_in_a_plain_text_table() -> None:
    parsed = parse(
        "Acme Robotics, Inc. will host a call on August 14, 2013.\n\nContacts:\n\n```\n   \n"
        "In Taiwan                   In the U.S.   \n"
        " Jane Rowe                   Tom Ashby   \n"
        " ACME ROBOTICS INC.          Beta IR Partners   \n"
        " +886-6-5550388 ext. 7715    +1-914-555-8801   \n"
        " IR@acmerobotics.example     tashby@betair.example   \n"
        "--------------------------  -------------------------------   \n```\n"
    )
    assert [(c["name"], c["organization"], c["phones"], c["emails"]) for c in parsed["contacts"]] == [
        ("Jane Rowe", "ACME ROBOTICS INC.", ["+88665550388"], ["ir@acmerobotics.example"]),
        ("Tom Ashby", "Beta IR Partners", ["+19145558801"], ["tashby@betair.example"]),
    ]


def test_a_three_column_header_table_flattened_a_cell_to_a_line_behind_bars() -> None:
    """An SEC exhibit's header: each row's three cells on lines of their own, a bar opening all but
    the first; each column is a contact with its own number and address."""
    cells = [
        ["Acme Networks", "Acme Networks", "FD"],
        ["Chief Financial Officer", "Treasurer", "Investor Relations"],
        ["Dan Rowe", "Michael Lind", "Jason Ashby"],
        ["408.555.1700", "408.555.1305", "415.555.4425"],
        ["drowe@acmenet.example", "mlind@acmenet.example", "jashby@fd.example"],
    ]
    table = "".join(f"{row[0]}\n|\n|{row[1]}\n|\n|{row[2]}\n|\n" for row in cells)
    text = (
        "FOR IMMEDIATE RELEASE\nContacts:\n" + "|\n" * 4 + table + "ACME NETWORKS ANNOUNCES TIMETABLE\n"
        "SANTA CLARA, CA- December 8, 2008- Acme Networks, Inc. (NASDAQ: ACMN), announced today that it expects "
        "to pay its dividend.\n"
    )
    assert [(c["name"], c["phones"], c["emails"]) for c in parse(text)["contacts"]] == [
        ("Dan Rowe", ["+14085551700"], ["drowe@acmenet.example"]),
        ("Michael Lind", ["+14085551305"], ["mlind@acmenet.example"]),
        ("Jason Ashby", ["+14155554425"], ["jashby@fd.example"]),
    ]


def test_two_columns_of_names_and_numbers_run_on_to_one_line() -> None:
    text = (
        "Acme plc - Quarterly Report\n\nLONDON, 25 April 2002 - Acme plc (LSE: ACM) today reported results.\n\n"
        "ENQUIRIES:\nINVESTOR RELATIONS: PRESS OFFICE:\nRalph Rowe 020 7845 5180 David Lind/ 020 7845 5888\n"
    )
    assert [(c["name"], c["phones"]) for c in parse(text)["contacts"]] == [
        ("Ralph Rowe", ["+442078455180"]),
        ("David Lind", ["+442078455888"]),
    ]


def test_names_a_brace_closes_share_the_number_beside_it() -> None:
    text = (
        "Acme plc - Interim Results\n\nLONDON, 15 November 2005 - Acme plc (LSE: ACM) today announces its "
        "interim results.\n\nEnquiries:\nAcme\nPaul Rowe, Chief Executive ) +44 (0) 1249 555000\n"
        "Gerard Lind, Group Finance Director )\nCharles Ashby, Group Corporate Communications Director )\n"
        "Beta Communications\nCharles Wren/Jeremy Hale +44 (0) 207 555 5000\nHalf Year Review\n"
    )
    assert [(c["name"], c["phones"]) for c in parse(text)["contacts"]] == [
        ("Paul Rowe", ["+441249555000"]),
        ("Gerard Lind", ["+441249555000"]),
        ("Charles Ashby", ["+441249555000"]),
        ("Charles Wren", ["+442075555000"]),
        ("Jeremy Hale", ["+442075555000"]),
    ]


def test_a_brazilian_notices_status_line_is_no_issuer() -> None:
    text = (
        "COMPANHIA ACME NACIONAL\nPublicly Held Corporation\nCNPJ/MF 33.042.730/0001-04\n\nNOTICE OF SECOND CALL\n"
        "SPECIAL MEETING\n\nThe Shareholders of Companhia Acme Nacional are invited to attend the Special Meeting.\n"
    )
    assert parse(text)["company"] is None  # (better none than the status for the name)


def test_a_contacts_fields_set_off_by_slashes() -> None:
    text = (
        "Acme Announces Meeting\n\nMEXICO CITY, March 3, 2021 - Acme (NYSE: ACMV) announced a meeting.\n\n"
        "Investor Relations contact: María Elena Rowe / Investor Relations / ir@acme.example / +52 55 5555 6444\n"
        "Media contact: Gabriela Lind / acme@gcya.example / +52 55 5555 1234\n"
    )
    contacts = parse(text)["contacts"]
    assert [(c["name"], c["title"], c["phones"], c["emails"]) for c in contacts] == [
        ("María Elena Rowe", "Investor Relations", ["+525555556444"], ["ir@acme.example"]),
        ("Gabriela Lind", None, ["+525555551234"], ["acme@gcya.example"]),
    ]
    name_span = contacts[0]["spans"]["name"]
    assert text[name_span[0] : name_span[1]] == "María Elena Rowe"


def test_a_uk_number_after_a_title_is_no_postal_code() -> None:
    """ "Martin Rowe, Chairman 01482 555 080": a name, a title and a number with a five-digit area
    code, not a city, a state and a ZIP code."""
    text = (
        "Acme plc - Trading Update\n\nLONDON, 28 March 2006 - Acme plc (LSE: ACM) today issued its pre-close "
        "update.\n\nEnquiries:\n\n\nMartin Rowe, Chairman 01482 555 080 (mobile 07775 555 426)\n"
        "John Lind, Finance Director 01482 555 090 (mobile 07768 555 592)\n"
    )
    assert [(c["name"], c["phones"]) for c in parse(text)["contacts"]] == [
        ("Martin Rowe", ["+441482555080", "+447775555426"]),
        ("John Lind", ["+441482555090", "+447768555592"]),
    ]


@pytest.mark.parametrize(
    ("header", "contacts"),
    [
        (
            "CONTACTS\nBeta Communications/Trout Group | Acme Biotechnology Corporation |\n"
            "Jonathan Rowe (investors), ext. 16 | Paul G. Lind, III |\n(212) 555-9007 | (281) 555-6140 |\n",
            [("Jonathan Rowe", None, ["+12125559007"]), ("Paul G. Lind, III", None, ["+12815556140"])],
        ),
        # empty cells between, a title that goes on in the column's next cell
        (
            "Contact: | | Adam C. Rowe | | Mike Lind |\n| | Vice President and | | Director, Investor Relations and |\n"
            "| | Chief Financial Officer | | Corporate Communications |\n| | 919-555-1000 | | 919-555-1001 |\n",
            [
                ("Adam C. Rowe", "Vice President and, Chief Financial Officer", ["+19195551000"]),
                ("Mike Lind", "Director, Investor Relations and, Corporate Communications", ["+19195551001"]),
            ],
        ),
    ],
)
def test_two_columns_of_contacts_set_off_by_bars(header: str, contacts: list[object]) -> None:
    """An exhibit's header table, a row to a line, its cells set off by bars: a column is a contact."""
    text = (
        f"Exhibit 99.1\nFOR IMMEDIATE RELEASE\n{header}ACME TO PRESENT AT CONFERENCE\nHOUSTON, TX - August 22, "
        "2013 - Acme Corporation (NASDAQ: ACME) announced today that it will present.\n"
    )
    assert [(c["name"], c["title"], c["phones"]) for c in parse(text)["contacts"]] == contacts


def test_two_labelled_columns_of_contacts_over_the_headline() -> None:
    """A fixed-width exhibit's header: each column's label on one line, rules under them, and the
    headline after blank lines (the block runs on to it)."""
    parsed = parse(
        "Exhibit 99.1\n\nCOMPANY CONTACT:                          MEDIA CONTACTS:\n"
        "- ---------------                           --------------\n"
        "Jane Rowe, Ph.D.                          Tom Ashby or Ann Lind\n"
        "Sr. Director of Business Development      Beta + Associates\n"
        "Acme Pharmaceutical Company               for Acme Pharmaceutical Company\n"
        "858-555-6615                              858-555-3490\n"
        "jane.rowe@acmepharma.example              alind@betapr.example\n"
        "- -----------------------                   ------------------\n\n\n"
        "         ACME PHARMACEUTICAL TO PRESENT AT BIO CEO & INVESTOR CONFERENCE\n\n\n"
        "SAN DIEGO, FEBRUARY 24, 2003 -- Acme Pharmaceutical Company (Nasdaq: ACMP)\nannounced today that it "
        "will present.\n"
    )
    assert [(c["name"], c["role"], c["phones"]) for c in parsed["contacts"]] == [
        ("Jane Rowe", "general", ["+18585556615"]),
        ("Tom Ashby", "media", ["+18585553490"]),
        ("Ann Lind", "media", ["+18585553490"]),
    ]
    assert parsed["contacts"][0]["emails"] == ["jane.rowe@acmepharma.example"]


def test_a_wide_gap_on_a_line_or_two_is_no_table() -> None:
    parsed = parse(
        "Acme Robotics, Inc. will host a call on August 14, 2013.\n\nInvestor Contact:\n"
        "Jane Rowe     Chief Financial Officer\n(617) 555-2761\njane.rowe@acmerobotics.example\n"
    )
    assert [(c["name"], c["phones"], c["emails"]) for c in parsed["contacts"]] == [
        ("Jane Rowe", ["+16175552761"], ["jane.rowe@acmerobotics.example"])
    ]


def test_blocks_headed_by_a_firm_and_its_relations_desk() -> None:
    """No "Contacts" label: each block is a firm in bold, then "Shareholder relations" or
    "Investor/media relations", a number and an address."""
    parsed = parse(
        "Acme Robotics will host a call on August 14, 2013.\n\nAcme Robotics is listed on Euronext Paris\n\n"
        "**Acme Robotics**  \nShareholder relations\n  \nTel.: +33 (0)1 53 55 16 45\n  \n"
        "[ir@acmerobotics.example](mailto:ir@acmerobotics.example)\n\n**BetaCap**  \nInvestor/media relations\n"
        "  \nTel.: +33 (0)1 44 55 98 53\n  \n[acme@betacap.example](mailto:acme@betacap.example)\n"
    )
    assert [(c["role"], c["phones"], c["emails"]) for c in parsed["contacts"]] == [
        ("investors", ["+33153551645"], ["ir@acmerobotics.example"]),
        ("investors", ["+33144559853"], ["acme@betacap.example"]),
    ]


def test_a_fax_line_and_a_firm_named_by_its_initials_are_no_one() -> None:
    parsed = parse(
        "Acme Robotics will host a call on August 14, 2013.\n\n**Company Contacts:**\n\n"
        "**Jane Rowe, Investor Relations**\n\nAcme Robotics, Inc.\n\nTel: +886-2-2370-5999\n\n"
        "Fax: +886-2-2314-5877\n\nEmail: ir@acmerobotics.example\n\n**Tom Ashby, Director**\n\n"
        "**Investor Relations - US Representative**\n\nMZ North America\n\nTel: +1-312-555-6430\n\n"
        "Email: ACMR@mzgroup.example\n"
    )
    assert [(c["name"], c["phones"], c["emails"]) for c in parsed["contacts"]] == [
        ("Jane Rowe", ["+886223705999"], ["ir@acmerobotics.example"]),
        ("Tom Ashby", ["+13125556430"], ["acmr@mzgroup.example"]),
    ]
    assert parsed["contacts"][0]["organization"] == "Acme Robotics, Inc."


def test_an_inline_contact_then_or_another_office() -> None:
    parsed = parse(
        "Acme Resources Ltd. will hold its meeting on August 14, 2013. For further details on Acme Resources Ltd., "
        "please visit the Company's website at www.acmeres.example or contact Dr. Jane Rowe, President and CEO, at "
        "(604) 555-6365 or within North America at 1-800-555-2114, or Kin Communications, at (604) 555-6730, "
        "Email: ACR@kin.example.\n\nJane Rowe, President and CEO\n\nJane Rowe, President and CEO, said: good.\n"
    )
    assert [(c["name"], c["title"], c["organization"], c["phones"]) for c in parsed["contacts"]] == [
        ("Jane Rowe", "President and CEO", None, ["+16045556365", "+18005552114"]),
        (None, None, "Kin Communications", ["+16045556730"]),
    ]


def test_a_title_the_release_repeats_is_still_a_title() -> None:
    parsed = parse(
        "Acme Robotics will host a call on August 14, 2013.\n\nContacts:\nJane Rowe, Senior Vice President, "
        "Investor Relations, Acme Robotics AB, +46 8 555 090 00\nTom Ashby, Senior Vice President, Communications, "
        "Acme Robotics AB, +46 8 555 090 01\n\nAbout Acme: our Senior Vice President leads.\n"
    )
    assert [(c["name"], c["title"], c["organization"]) for c in parsed["contacts"]] == [
        ("Jane Rowe", "Senior Vice President, Investor Relations", "Acme Robotics AB"),
        ("Tom Ashby", "Senior Vice President, Communications", "Acme Robotics AB"),
    ]


def test_a_firms_own_contact_lines_with_no_label() -> None:
    parsed = parse(
        "Acme Robotics will host a call on August 14, 2013.\n\nAcme builds robots. It has plants in Munich and "
        "Berlin and sells across Europe.\n\nAcme Robotics AG  \n[comms@acmerobotics.example](mailto:comms@"
        "acmerobotics.example)  \n+49 8105 5999 0\n\n**SOURCE:** Acme Robotics AG\n"
    )
    assert [(c["name"], c["organization"], c["phones"], c["emails"]) for c in parsed["contacts"]] == [
        (None, "Acme Robotics AG", ["+49810559990"], ["comms@acmerobotics.example"])
    ]


def test_a_label_line_that_ends_in_the_address_keeps_the_address() -> None:
    parsed = parse("Acme Robotics AS will present today at 14:30 CET.\n\nFor more information, contact post@acme.no\n")
    assert [(c["name"], c["emails"]) for c in parsed["contacts"]] == [(None, ["post@acme.no"])]


def test_a_legal_suffix_glued_to_the_next_name_stays_with_its_firm() -> None:
    parsed = parse(
        GLUED_INTRO + "Investor Relations:\nAcme Strategic Communications Group, LLCJane Rowe\n(617) 555-2761\n"
    )
    assert [(c["name"], c["organization"]) for c in parsed["contacts"]] == [
        ("Jane Rowe", "Acme Strategic Communications Group, LLC")
    ]


def test_a_title_split_at_its_comma_stays_one_title() -> None:
    parsed = parse(
        "Acme Robotics, Inc. will present on August 14, 2013.\n\n Acme Technical Contact\nJane Rowe\n"
        "Product Marketing Manager, Digital TV\n949-555-8508\njrowe@acmerobotics.example\n"
    )
    assert [(c["name"], c["title"], c["phones"]) for c in parsed["contacts"]] == [
        ("Jane Rowe", "Product Marketing Manager, Digital TV", ["+19495558508"])
    ]


def test_one_line_contacts_with_mailto() -> None:
    parsed = parse(
        "Acme Robotics, Inc. will present on August 14, 2013.\n\n"
        "**Investor Relations:** Sanjay R. Holt, 917-733-5573, [sanjay.holt@acme.com](mailto:sanjay.holt@acme.com)\n"
    )
    assert [(c["role"], c["name"], c["phones"], c["emails"]) for c in parsed["contacts"]] == [
        ("investors", "Sanjay R. Holt", ["+19177335573"], ["sanjay.holt@acme.com"])
    ]


def test_a_syndicated_copy_whose_body_opens_with_a_place_and_a_definition() -> None:
    """A portal's copy: the legal form before the headline is no place, the wire's "London,
    March 20" line is the dateline, and the body's definition names the issuer."""
    text = (
        "Acme Board Recommends RUB 1.9 bn Dividend\n\n20 Mar 2018 14:40\n\n"
        "PJSC ACMEAGRO - Acme Board Recommends RUB 1.9 bn Dividend\n\nPR Newswire\n\nLondon, March 20\n\n"
        "For Immediate Release20 March 2018\n\nAcme Board Recommends RUB 1.9 bn Dividend\n\n"
        'Moscow \u2013 The Board of Directors of AcmeAgro ("AcmeAgro" or "the Company") (Moscow Exchange, LSE: ACMA), '
        "one of the world's leading fertilizer producers, today recommended a dividend.\n"
    )
    parsed = parse(text)
    assert (parsed["company"], parsed["dateline"]["city"], parsed["dateline"]["date"]) == (
        "AcmeAgro",
        "London",
        "2018-03-20",
    )


def test_a_headline_word_is_no_company() -> None:
    """ "New" opens the headline; the name whose reports it dates is the company."""
    parsed = parse(
        "New dates for Acme's interim reports\n\nNew dates for Acme's interim reports Acme has set new dates.\n"
    )
    assert parsed["company"] == "Acme"


def test_news_provided_by_is_no_field() -> None:
    parsed = parse("Acme Robotics, Inc. will present.\n\nSource: Acme Robotics, Inc.\n\nNews Provided by Acquire Media")
    assert parsed["source"] == "Acme Robotics, Inc."
    assert parsed["contacts"] == []


@pytest.mark.parametrize(
    ("block", "name", "title"),
    [
        (
            "Contacts:\nLic. Adolfo Rowe\nChief Financial Officer\n+52 55 5555 0000",
            "Adolfo Rowe",
            "Chief Financial Officer",
        ),
        # a narrow column broke the name after its first word, the title run on after the surname
        (
            "Contact:\n|\nGary\nJ. Rowe, Senior VP of Finance, CFO\n|\n|\n215-555-6751",
            "Gary J. Rowe",
            "Senior VP of Finance, CFO",
        ),
    ],
)
def test_names_freed_of_an_honorific_or_put_back_together(block: str, name: str, title: str) -> None:
    contacts = parse("Acme Corp. reported results today.\n\n" + block + "\n")["contacts"]
    assert [(c["name"], c["title"]) for c in contacts] == [(name, title)]


@pytest.mark.parametrize(
    ("text", "company"),
    [
        (
            "Exhibit 99.1\n|\n|Acme Industries (India) Limited\n75 Nehru Road, Vile Parle (East)\n"
            "Mumbai 400099, INDIA\n"
            "February 25, 2011\nUpdate on a Petition\nThe petition was heard today. It is a subsidiary of Beta\n"
            "Resources plc, a London-based group.\n",
            "Acme Industries (India) Limited",
        ),
        # Iceland's letters and legal form
        (
            "Enclosed is information on candidates to the Board of Directors of Acmefélag Íslands hf. to be "
            "elected at the Annual General Meeting 26 March 2020.\n",
            "Acmefélag Íslands hf.",
        ),
        (
            "05/03/2012\nFinancial Calendar of the Year 2012\nIn the context of its obligations according to the "
            "Regulation of the Athens Exchanges, ACME OIL (HELLAS) S.A. hereby announces its Financial Calendar.\n",
            "ACME OIL (HELLAS) S.A.",
        ),
    ],
)
def test_legal_names_of_other_countries(text: str, company: str) -> None:
    assert parse(text)["company"] == company


def test_a_tilde_between_a_name_and_its_title() -> None:
    contacts = parse(
        "Acme plc announces a completion.\n\nFor further information, please contact:\n\nAcme plc:\n\n"
        "Nick Rowe ~ Chief Executive  01483 555500\n\nKestrel Cazenove:\n\nPatrick Lind ~ Managing Director 020 "
        "7946 2828\n"
    )["contacts"]
    assert [(c["name"], c["organization"], c["phones"]) for c in contacts] == [
        ("Nick Rowe", "Acme plc", ["+441483555500"]),
        ("Patrick Lind", "Kestrel Cazenove", ["+442079462828"]),
    ]


def test_a_firms_regional_arm_under_its_person_is_her_organisation() -> None:
    parsed = parse(
        "Acme Pharmaceutical Industries Ltd. announced today a change.\n\nCompany Contacts:\n\nElana Rowe\n"
        "Acme Pharmaceutical Industries Ltd.\n972 (3) 555-7554\n\nKevin Lind\nAcme North America\n(215) 555-8912\n"
    )
    assert [(c["name"], c["organization"], c["phones"]) for c in parsed["contacts"]] == [
        ("Elana Rowe", "Acme Pharmaceutical Industries Ltd.", ["+97235557554"]),
        ("Kevin Lind", "Acme North America", ["+12155558912"]),
    ]


@pytest.mark.parametrize(
    "block",
    [
        "Contact: R. Michael Rowe, Jr., Chief Financial Officer, (952) 555-3000",
        "Contact:\nR. Michael Rowe, Jr.\nChief Financial Officer\n(952) 555-3000",
    ],
)
def test_a_names_generation_after_its_comma_is_the_names(block: str) -> None:
    parsed = parse("Acme Buffets, Inc. reported results today.\n\n" + block + "\n")
    assert [(c["name"], c["title"], c["organization"]) for c in parsed["contacts"]] == [
        ("R. Michael Rowe, Jr.", "Chief Financial Officer", None)
    ]


def test_uk_advisers_each_with_its_number_on_its_own_line_over_its_people() -> None:
    """Each adviser's line holds its number, its people on the lines below: a firm whose last word is
    "Europe" or "Communications", one named only with its part ("(Joint Broker)"); a double name a
    line broke at its hyphen."""
    parsed = parse(
        "LONDON, 25 January 2018 - Acme PLC today held a capital markets day.\n\nFor more information contact:\n"
        "Acme PLC +44 (0) 1562 555 300\nGeoff Rowe, Chairman\nKestrel Fitzgerald Europe +44 (0) 20 7946 7000\n"
        "(Nominated Adviser & Broker)\nRick Lind, Phil Dane (Corporate Finance)\nCaspar Shand- Kydd (Sales)\n"
        "Heronberg (Joint Broker) +44 (0) 20 7946 7800\nBen Wright, Mark White (Corporate Broking)\n"
        "Harbour Communications +44(0) 20 7946 5000\nCharles Ryland, Vera Hayns\n"
    )
    assert [(c["name"], c["phones"]) for c in parsed["contacts"]] == [
        ("Geoff Rowe", ["+441562555300"]),
        ("Rick Lind", ["+442079467000"]),
        ("Phil Dane", ["+442079467000"]),
        ("Caspar Shand-Kydd", ["+442079467000"]),
        ("Ben Wright", ["+442079467800"]),
        ("Mark White", ["+442079467800"]),
        ("Charles Ryland", ["+442079465000"]),
        ("Vera Hayns", ["+442079465000"]),
    ]


def test_names_on_one_line_share_the_number_below() -> None:
    parsed = parse(
        "Acme Robotics plc will present on 17 March 2026.\n\nEnquiries:\n"
        "Harbor PR (Financial PR)\nTom Ashby / Priya Natarajan\nTel: +44 (0)20 7946 0999\n"
    )
    assert [(c["name"], c["phones"]) for c in parsed["contacts"]] == [
        ("Tom Ashby", ["+442079460999"]),
        ("Priya Natarajan", ["+442079460999"]),
    ]


def test_a_contact_phrase_inside_prose_does_not_swallow_the_events_after_it() -> None:
    parsed = parse(
        "LONDON, UK - 3 March 2026 - Acme Robotics plc (AIM: ACR) announces its results date.\n\n"
        "Management will host a presentation at 9.30am GMT on 17 March 2026. To register, please contact "
        "acme@harborpr.com. The presentation will also be available via a live audio webcast at "
        "https://www.acmerobotics.co.uk/investors.\n\n"
        "An investor presentation will follow on 18 March 2026 at 2:00pm GMT.\n"
    )
    assert [(e["starts_at"], e["webcast_url"]) for e in parsed["events"]] == [
        ("2026-03-17T09:30:00Z", "https://www.acmerobotics.co.uk/investors"),
        ("2026-03-18T14:00:00Z", None),
    ]


def test_old_prnewswire_contact_line_gives_one_contact() -> None:
    parsed = parse(
        "Acme Robotics, Inc. will host a call on October 28, 2008.\n\n"
        "/CONTACT: Mary Thorne, Investor Relations of Acme Robotics, Inc., +1-206-555-0117, mthorne@acme.com/\n"
    )
    assert [(c["name"], c["phones"], c["emails"]) for c in parsed["contacts"]] == [
        ("Mary Thorne", ["+12065550117"], ["mthorne@acme.com"])
    ]


# Contact forms: the text as a release writes it, and (name, phones, emails) of each contact found.
CONTACT_FORMS = [
    pytest.param(
        (
            'AcmeEase, Inc. (NASDAQ: ACME) ("AcmeEase") will host a call on August 14, 2013. AcmeEase makes games; '
            "AcmeEase's music service and AcmeEase's learning service grew. About AcmeEase: AcmeEase is a leader. "
            "Contact for Media and Investors:Margaret Rowe AcmeEase, Inc. ir@service.acmeease.example\n"
        ),
        [("Margaret Rowe", [], ["ir@service.acmeease.example"])],
        id="a-name-and-the-company-the-release-keeps-naming",
    ),
    pytest.param(
        (
            "Acme Royalty will host a call on August 14, 2013.\n\n**FOR FURTHER INFORMATION PLEASE CONTACT:**\n\n"
            "* Andrew M. RowePresident & Chief Executive Officer Acme Royalty Ltd.(587) 555-4005 Michael T. AshbyVice-"
            "President, Geosciences & Capital MarketsAcme Royalty Ltd.(587) 555-4056 Investor Relations(587) "
            "555-4000www.acmeroyalty.example\nPamela P. Lind Senior Vice-President, Finance (587) 555-4089\n"
        ),
        # (the desk's number, its site glued on, is the desk's: not the person's before it nor after it)
        [
            ("Andrew M. Rowe", ["+15875554005"], []),
            ("Michael T. Ashby", ["+15875554056"], []),
            (None, ["+15875554000"], []),
            ("Pamela P. Lind", ["+15875554089"], []),
        ],
        id="a-contact-block-run-on-to-one-long-line",
    ),
    pytest.param(
        (
            "Acme will host a call on August 14, 2013.\n\nView source version on businesswire.com: "
            "https://www.businesswire.com/news/home/20130723005668/en/\nMedia Relations\nUSA / Jane Rowe\n"
            "+1 847 555 2210\n\nInvestor Relations\nTom Ashby\n+1 847 555 2922\nSource: Acme\n"
        ),
        [("Jane Rowe", ["+18475552210"], []), ("Tom Ashby", ["+18475552922"], [])],
        id="a-place-and-a-slash-before-the-name",
    ),
    pytest.param(
        (
            "Acme Systems will host a call on August 14, 2013.     Investor Contact:Roberta RoweAcmesys, Inc.(650) "
            "555-1901  View original content:http://www.prnewswire.com/news-releases/acme.html\n"
        ),
        [("Roberta Rowe", ["+16505551901"], [])],
        id="a-name-glued-to-its-firm",
    ),
    pytest.param(
        (
            "THOUSAND OAKS, Calif., Jan. 7, 2020 /PRNewswire/ -- Acme (NASDAQ:ACME) will present at the conference on "
            "Jan. 9, 2020.  CONTACT: Acme, Thousand Oaks Jessica Rowe, 805-555-0974 (media)Trish Lind, 805-555-5631"
            "(media) Arvind Ashby, 805-555-1060 (investors)   View original content:http://www.prnewswire.com/x\n"
        ),
        [
            ("Jessica Rowe", ["+18055550974"], []),
            ("Trish Lind", ["+18055555631"], []),
            ("Arvind Ashby", ["+18055551060"], []),
        ],
        id="a-wire-contact-line-run-on-with-roles-after-the-numbers",
    ),
    pytest.param(
        (
            "Acme Electric will host a call on August 14, 2013.\n\nView source version on businesswire.com: "
            "https://www.businesswire.com/news/home/20130723005411/en/\nJane Rowe\nCorporate Communications\n"
            "202-555-0317\n\nTom Ashby\nInvestor Relations\n312-555-2345\nSource: Acme Electric Corporation\n"
        ),
        [("Tom Ashby", ["+13125552345"], []), ("Jane Rowe", ["+12025550317"], [])],
        id="an-unlabelled-contact-over-a-labelled-one",
    ),
    pytest.param(
        (
            "About Acme Acceptance Corporation\n\nFounded in 1962, Acme is a consumer finance company. For more "
            "information, visit www.acme.example.\n\nJohn L. Rowe Jr.\n\nChief Financial Officer\n\n(864) 555-9800\n"
        ),
        [("John L. Rowe Jr.", ["+18645559800"], [])],
        id="a-name-with-its-suffix",
    ),
    pytest.param(
        (
            "Acme will host a call on August 14, 2013.\n\nContacts\n"
            "Jane Rowe, Investor Inquiries, Telephone: +46 702 55 48 79\n"
            "Tom Ashby, Press Inquiries, Telephone: +46 704 55 45 45\n\n"
        ),
        [("Jane Rowe", ["+46702554879"], []), ("Tom Ashby", ["+46704554545"], [])],
        id="a-role-after-the-name-on-its-line",
    ),
    pytest.param(
        "ACMEglobal will host a call on March 4, 2012.\n\nCONTACT: Jane Rowe, ACMEglobal\n+281-555-1000\n",
        [("Jane Rowe", ["+12815551000"], [])],
        id="a-north-american-number-with-a-plus-and-no-country-code",
    ),
    pytest.param(
        (
            "Acme Blue will host a conference call on March 4, 2025.\n\n**MEDIA**  \n"
            "Jane Rowe – SVP Marketing & Communications\n  \nMail: [jrowe@acmeblue.example](mailto:jrowe@acmeblue."
            "example)\n\n**INVESTOR RELATIONS**  \nTom Ashby – Head of Investor Relations\n  \n"
            "Mob: +44 (0)7815 555 212\n  \nMail: [tashby@acmeblue.example](mailto:tashby@acmeblue.example)\n"
        ),
        [("Jane Rowe", [], ["jrowe@acmeblue.example"]), ("Tom Ashby", ["+447815555212"], ["tashby@acmeblue.example"])],
        id="bold-role-headings-and-a-dash-before-the-title",
    ),
    pytest.param(
        (
            "Acme Card Group Inc. will host a conference call on March 4, 2025.\n\n"
            "Acme Card Group Inc. Investor Relations:\n  \n(877) 555-9016\n  \n"
            "[InvestorRelations@acmecard.example](mailto:InvestorRelations@acmecard.example)\n"
        ),
        [(None, ["+18775559016"], ["investorrelations@acmecard.example"])],
        id="the-issuers-name-before-investor-relations",
    ),
    pytest.param(
        (
            "Rowe, Lind & Day, LLC notifies investors of a class action lawsuit against Acme plc.\n\nThe firm has "
            "recovered hundreds of millions of dollars for investors.\n\nRowe, Lind & Day, LLC\n  \n"
            "Peretz Rowe or Nathan Lind\n  \n332-555-2660 | [info@rld.example](mailto:info@rld.example)\n"
        ),
        [
            ("Peretz Rowe", ["+13325552660"], ["info@rld.example"]),
            ("Nathan Lind", ["+13325552660"], ["info@rld.example"]),
        ],
        id="two-names-joined-by-or",
    ),
    pytest.param(
        (
            "Acme Audio Visual launches a new tile.\n\n**Media Contact**\n\nOrganization: Acme Audio Visual, Inc.  \n"
            "Contact Person Name: Paul Rowe  \nEmail: [sales@acmeav.example](mailto:sales@acmeav.example)  \n"
            "Contact Number: +18885556847  \n"
        ),
        [("Paul Rowe", ["+18885556847"], ["sales@acmeav.example"])],
        id="a-form-with-field-labels",
    ),
    pytest.param(
        (
            "NYKÖPING, SWEDEN / ACCESS Newswire / February 7, 2025 / Acme Systems AB (STO:ACME) reports.\n"
            "\nFor further information, please contact:\n\nJane Rowe, CFO\nTel. 0155-20 59 05\n"
        ),
        [("Jane Rowe", ["+46155205905"], [])],
        id="a-swedish-listing-places-a-national-number",
    ),
    pytest.param(
        (
            "Acme Holdings will host a call on August 14, 2013.\n\n**Company Contact**\n\nJohn Rowe, CEO\n"
            "\nAcme Holdings, Inc.\n\nEmail Contact\n\nTel (952) 555-6216\n"
        ),
        [("John Rowe", ["+19525556216"], [])],
        id="an-email-contact-line-is-no-new-block",
    ),
    pytest.param(
        (
            "Acme Resources Ltd. is pleased to announce that President and CEO, Dr. Jane Rowe, will "
            "present at the virtual conference on August 14, 2013.\n\n**Presenter:** Dr. Jane Rowe, "
            "President & CEO\n\nFor further details on Acme Resources Ltd., please visit the Company's "
            "website at www.acme.example or contact Dr. Jane Rowe, President and CEO, at (604) 555-6365 or "
            "within North America at 1-800-555-2114.\n\nDr. Jane Rowe\n"
        ),
        [("Jane Rowe", ["+16045556365", "+18005552114"], [])],
        id="a-contact-named-in-prose-is-a-person-however-often-named",
    ),
    pytest.param(
        (
            "Acme Technology Corporation announces a board change on August 14, 2013.\n\nIn a statement, "
            'Mr. John Rowe, CEO, said: "We thank her."\n\nON BEHALF OF THE BOARD\n\nJohn Rowe, CEO\n\nTo '
            "contact Acme:\n\nPhone: +1-303-555-5333\n\nEmail: maria@acme.example\n\nJohn Rowe joined in "
            "2020.\n"
        ),
        [(None, ["+13035555333"], ["maria@acme.example"])],
        id="a-signature-above-a-contact-label-is-no-contact",
    ),
    pytest.param(
        (
            "Acme Robotics Corp. reports the voting results of its meeting.\n\nFor additional information, "
            "please refer to the Corporation's disclosure record or contact the Corporation as follows: "
            "Grant Rowe, CEO & Director at 416.555.3401 growe@acmerobotics.example.\n"
        ),
        [("Grant Rowe", ["+14165553401"], ["growe@acmerobotics.example"])],
        id="contact-as-follows-inside-prose",
    ),
    pytest.param(
        (
            "Acme Sports will pay a dividend of $0.08 on July 9, 2012.\n\nAcme makes sporting goods. To obtain more "
            "information, visit our website at: www.acme.example or contact Jane Rowe, Vice President and CFO at "
            "812/555-4449 or Tom J. Ashby, President and CEO at 812/555-4449.\nThis press release contains "
            "forward-looking statements relating to present or future trends.\n"
        ),
        [("Jane Rowe", ["+18125554449"], []), ("Tom J. Ashby", ["+18125554449"], [])],
        id="two-people-in-prose-before-more-prose-with-slashed-area-codes",
    ),
    pytest.param(
        (
            "Acme Biologics will host a call on August 14, 2013. To listen, dial (888) 555-3260.\n\nFor further "
            "information, contact Acme's Investor Relations department by phone at (858) 555-1127 or by e-mail at "
            "info@acmebio.example.\n\nAbout Acme\nAcme makes medicines.\n"
        ),
        [(None, ["+18585551127"], ["info@acmebio.example"])],
        id="an-office-named-in-prose-with-its-number",
    ),
    pytest.param(
        (
            "Acme Motors will host a call on July 30, 2013.\n\nAbout Acme\nAcme sells cars.\n\nAdditional "
            "Information\nFor additional information on Acme Motors, contact the Investor Relations Department: "
            "(541) 555-6591 or log-on to: www.acme.example - go to Investor Relations\n"
        ),
        [(None, ["+15415556591"], [])],
        id="an-office-named-in-prose-its-number-after-a-colon",
    ),
    pytest.param(
        (
            "Acme Construction will host a call on August 14, 2013.\n\nAbout Acme\n\nFor further information: "
            "Jane Rowe, SVP, Investor Relations, (416) 555-2610, jrowe@acme.example; Tom Ashby, Director, Corporate "
            "Affairs, (416) 555-2600 x3824, tashby@acme.example\n"
        ),
        [
            ("Jane Rowe", ["+14165552610"], ["jrowe@acme.example"]),
            ("Tom Ashby", ["+14165552600"], ["tashby@acme.example"]),
        ],
        id="canada-newswire-contacts-on-the-label-line",
    ),
    pytest.param(
        (
            "Acme Hydrogen Corporation closed a placement on August 14, 2013.\n\n Contact Acme Hydrogen "
            "CorporationTelephone: +1 450 555 7171Email: ir@acmehydrogen.example\n"
        ),
        [(None, ["+14505557171"], ["ir@acmehydrogen.example"])],
        id="a-contact-label-then-a-firm-glued-to-its-fields",
    ),
    pytest.param(
        (
            "Acme will discuss the result by webcast at 10.00am New Zealand time today. ENDS For further "
            "information: Jane Rowe Stakeholder Communications Manager Phone: Mobile: +64 (21) "
            "jane.rowe@acmerobotics.example\n"
        ),
        [("Jane Rowe", [], ["jane.rowe@acmerobotics.example"])],
        id="a-name-then-its-title-run-on-to-the-phone-label",
    ),
    pytest.param(
        (
            "Acme Robotics, Inc. will present on August 14, 2013.\n\n**Media Contact**\n\nJane Rowe  \n"
            "4747 Executive Drive, Suite 240  \nSan Diego, CA 92121  \n619-555-2426  \n"
            "jane.rowe@acmerobotics.example\n"
        ),
        [("Jane Rowe", ["+16195552426"], ["jane.rowe@acmerobotics.example"])],
        id="an-address-under-a-name-is-not-a-name",
    ),
    pytest.param(
        (
            "Acme Robotics, Inc. will present on August 14, 2013.\n\nContacts:\nJane Rowe 617-394-2761\n"
            "Media:\nTom Lindqvist\n"
        ),
        [("Jane Rowe", ["+16173942761"], [])],
        id="a-person-with-a-number-keeps-it-when-a-bare-name-follows",
    ),
    pytest.param(
        (
            "Acme Robotics AB will host a webinar on February 13, 2025.\n\n**For more information, please "
            "contact:**\n\nJane Rowe, CEO\n\n+46 708 55 47 88\n\njane.rowe@acmerobotics.example\n\n"
            "Nordhamn Corporate Finance AB is the Certified Adviser. Email: ca@nordhamn.example. Telephone "
            "+46 40 555 250.\n"
        ),
        [("Jane Rowe", ["+46708554788"], ["jane.rowe@acmerobotics.example"])],
        id="the-certified-adviser-is-no-contact",
    ),
    pytest.param(
        (
            "NEWS FROM\nAcme Development Corporation\nFOR IMMEDIATE RELEASE: July 27, 2005\nCONTACT: Steven R. Rowe - "
            "(304) 555-3597 http://www.acme.example\nAcme Begins Drilling\nBridgeport, West Virginia... Acme "
            "Development Corporation (NASDAQ: ACMD) today announced that it has commenced drilling.\n"
        ),
        [("Steven R. Rowe", ["+13045553597"], [])],
        id="the-site-after-the-number-is-not-part-of-the-name",
    ),
    pytest.param(
        (
            "Acme Group plc will hold a presentation for analysts at 9.30am BST on 28 July 2013.\n\n"
            "For further information, please contact:\nAcme Group plc www.acme.example\nJane Rowe, Chief Executive "
            "020 7616 5575\nTom Ashby, Finance Director\nHarbour Hill\nReg Rowe/Rupert Lind/Will Ashby 020 7360 4900\n"
        ),
        [
            ("Jane Rowe", ["+442076165575"], []),
            ("Reg Rowe", ["+442073604900"], []),
            ("Rupert Lind", ["+442073604900"], []),
            ("Will Ashby", ["+442073604900"], []),
        ],
        id="names-joined-by-slashes-before-the-number-they-share",
    ),
    pytest.param(
        (
            "Acme will present at the Harbor Conference on May 4, 2024.\n\n**Investor Contact:**\n\nJane Rowe \\\n"
            "[ir@acme.example](mailto:ir@acme.example)\n\n**Media Contact:**\n\nTom Ashby \\\n"
            "[press@acme.example](mailto:press@acme.example)\n"
        ),
        [("Jane Rowe", [], ["ir@acme.example"]), ("Tom Ashby", [], ["press@acme.example"])],
        id="a-markdown-hard-break-after-the-name",
    ),
    pytest.param(
        (
            "Acme declared a cash dividend of $0.55 per share, payable on December 10, 2019.\n"
            "|Contact:\n|Jane R. Rowe\nPublic Relations\n(631) 555-0900\nNOTE: This press release contains "
            "forward-looking statements.\n"
        ),
        [("Jane R. Rowe", ["+16315550900"], [])],
        id="a-cells-bar-before-the-name-over-its-department",
    ),
    pytest.param(
        (
            "Acme Shipping will hold its annual meeting on February 20, 2019.\n\nCorporate Contact: Ioannis Rowe "
            "Director, Chief Strategy Officer and Secretary Telephone: + 30-210-555-0100 Email: irowe@acme.example "
            "Website: www.acme.example\n"
        ),
        [("Ioannis Rowe", ["+302105550100"], ["irowe@acme.example"])],
        id="a-run-on-name-then-the-first-word-of-the-title-before-its-comma",
    ),
    pytest.param(
        (
            "Acme Oyj will publish its financial statements on 28 February 2013.\n\nFor more information, please "
            "contact:\nPanu Rowe\nTel. +358 10 555 5555\n\nCertified Adviser \nKestrel Bank Abp\n"
            "Tel. +358 9 5555 6785\n\n\nNasdaq Helsinki\n"
        ),
        [("Panu Rowe", ["+358105555555"], [])],
        id="the-first-north-certified-adviser-under-the-contacts-is-none",
    ),
    pytest.param(
        "Acme will hold its AGM on 27 August 2013.\n\nEnquiries:\nJoint Broker\nHeron Capital Limited\n"
        "Duncan Rowe/Lucy Lind\nTel: +44 (0) 20 7946 0935\nTel: +44 (0) 20 7946 0936\n\nNotes to Editors\n",
        [("Duncan Rowe", ["+442079460935"], []), ("Lucy Lind", ["+442079460936"], [])],
        id="two-names-on-a-line-over-a-number-each",
    ),
    pytest.param(
        "Acme will hold its AGM on 27 August 2013.\n\nEnquiries:\nKestrel Capital Partners LLP\n\nDamon Rowe\n\n"
        "Isabella Lind\n\nTel: +44 207 946 9952\n\ndamon.rowe@kestrel.example\n\nTel: +44 207 946 9927\n\n"
        "isabella.lind@kestrel.example\n\nChairman's Statement\n\nI have great pleasure in presenting our results.\n",
        [
            ("Damon Rowe", ["+442079469952"], ["damon.rowe@kestrel.example"]),
            ("Isabella Lind", ["+442079469927"], ["isabella.lind@kestrel.example"]),
        ],
        id="names-alone-over-each-ones-number-and-mailbox",
    ),
]


def test_names_and_titles_over_their_firm_and_the_number_they_share() -> None:
    """A dividend notice's header: three officers, each with a title, then the firm and one number."""
    text = (
        "FOR IMMEDIATE RELEASE\n\nContact:\nJohn A. Rowe, President\nDavid A. Rowe, Executive Vice President\n"
        "Tom E. Lind, Chief Financial Officer\nAcme Mfg. Corporation\n(310) 555-0474\n"
        "Acme Declares Quarterly Cash Dividend\n\nTORRANCE, CA - Acme declared a quarterly cash dividend.\n"
    )
    assert [(c["name"], c["title"], c["organization"], c["phones"]) for c in parse(text)["contacts"]] == [
        ("John A. Rowe", "President", "Acme Mfg. Corporation", ["+13105550474"]),
        ("David A. Rowe", "Executive Vice President", "Acme Mfg. Corporation", ["+13105550474"]),
        ("Tom E. Lind", "Chief Financial Officer", "Acme Mfg. Corporation", ["+13105550474"]),
    ]


def test_a_heading_under_an_unlabelled_contact_is_no_name() -> None:
    """A name glued to its title at the foot, with no label; the legal heading under it ends it."""
    filler = "Acme builds private wireless networks for rail and utility customers across North America. " * 6
    text = (
        "Acme to Present at the Springfield Expo\n\nSPRINGFIELD, Ill., Aug. 1, 2013 (GLOBE NEWSWIRE) -- Acme will "
        f"present at the Springfield Expo on August 14, 2013.\n\n{filler}\n\n{filler}\n\n Jane RoweMarketing Manager, "
        "Acme Holdings Inc.Jane.Rowe@acme.example\n\n Forward-Looking Statements\n\n Statements made in this "
        "release that are not statements of historical fact are forward-looking statements.\n"
    )
    contacts = [(c["name"], c["organization"], c["emails"]) for c in parse(text)["contacts"]]
    assert contacts == [(None, "Acme Holdings Inc.", ["jane.rowe@acme.example"])]


@pytest.mark.parametrize(("text", "contacts"), CONTACT_FORMS)
def test_contact_forms(text: str, contacts: list[tuple[str | None, list[str], list[str]]]) -> None:
    assert [(c["name"], c["phones"], c["emails"]) for c in parse(text)["contacts"]] == contacts


def test_a_bracketed_date_with_no_place_opens_the_body() -> None:
    """A company newsroom's copy: "(May 20, 2004) -- Acme ..." is the release date, not an event."""
    parsed = parse(
        "Acme Robotics to Webcast Analyst Meeting\n(May 20, 2004) -- Acme Robotics, Inc. (NYSE: ACMR) will webcast "
        "an analyst meeting on Wednesday, May 26, at 11:00 a.m. ET.\n"
    )
    assert (parsed["dateline"]["city"], parsed["dateline"]["date"]) == (None, "2004-05-20")
    assert [(e["kind"], e["starts_at"]) for e in parsed["events"]] == [("investor_day", "2004-05-26T11:00:00-04:00")]


def test_a_fax_number_glued_to_the_phone_before_it_is_no_phone() -> None:
    parsed = parse(
        "Acme Mining Ltd. will present on August 14, 2013.\n\nFOR FURTHER INFORMATION CONTACT:Jane Rowe"
        "President and Chief Executive OfficerAcme Mining Ltd.Telephone: 236-555-4938Fax: 604-555-3552\n"
    )
    assert [(c["name"], c["phones"]) for c in parsed["contacts"]] == [("Jane Rowe", ["+12365554938"])]


def test_a_static_sites_front_matter_is_not_the_release() -> None:
    """A page of a static site opens with its metadata: the summary restates the dateline on
    one line and the timestamp reads like a phone number."""
    text = (
        '---\ntitle: "Acme Robotics to Host Call"\ndate: "2013-07-23 00:40:56"\n'
        'summary: "Acme Robotics to Host Call SPRINGFIELD, Ill., July 23, 2013 /PRNewswire/ -- Acme ..."\n'
        'categories:\n  - "news"\ncomments: false\n---\n\n'
        "SPRINGFIELD, Ill., July 23, 2013 /PRNewswire/ -- Acme Robotics, Inc. (NASDAQ: ACMR) will host a "
        "conference call on Friday, August 2, 2013 at 8:00 a.m. ET. To join, dial 888-555-3573.\n"
    )
    parsed = prparse.parse(text)
    assert parsed.dateline is not None
    assert (parsed.dateline.city, parsed.dateline.region, str(parsed.dateline.date)) == (
        "SPRINGFIELD",
        "Ill.",
        "2013-07-23",
    )
    assert [[d.number for d in e.dial_ins] for e in parsed.events] == [["+18885553573"]]


def test_a_place_under_the_headers_contact_table_opens_the_body() -> None:
    """An exhibit's header table of contacts runs down to the headline; the place under it,
    whose dash opens the body's prose, is still the dateline."""
    parsed = parse(
        "Exhibit 99.1\n|News Release\n|\nFOR IMMEDIATE RELEASE\n|June 2, 2006\n|\nFor more information:\n|\n"
        "Media\n|Investors\nJane Rowe\n|888-555-7286\n|\n905-555-1035\njrowe@acme.example\n"
        "Acme to Report First Quarter 2006 Results\nTORONTO\n— Acme Networks Corporation [NYSE/TSX:ACN] today "
        "announced that it will hold a teleconference on Tuesday, June 6, 2006 at 8:30 am EDT.\n"
    )
    assert (parsed["dateline"]["city"], parsed["dateline"]["date"]) == ("TORONTO", "2006-06-02")


def test_two_glued_contact_labels_on_consecutive_lines_keep_their_own_people() -> None:
    """A copy that lost its line breaks inside each block: the first block ends where the next
    label starts, and "Jane RowePCG Advisory" is a name, then a firm."""
    parsed = parse(
        "Acme Robotics will host a call on August 14, 2013.\n\n"
        " External Investor Relations Contact:Jane RoweHGL Advisory Group(646) 555-6519jrowe@hgladvisory.example\n\n"
        " Investor Relations/Media Contact:Tom Ashby(408) 555-0940investors@acmerobotics.example \n"
    )
    assert [(c["name"], c["phones"], c["emails"]) for c in parsed["contacts"]] == [
        ("Jane Rowe", ["+16465556519"], ["jrowe@hgladvisory.example"]),
        ("Tom Ashby", ["+14085550940"], ["investors@acmerobotics.example"]),
    ]


@pytest.mark.parametrize(
    ("line", "email"),
    [
        ("MZ Group - MZ North AmericaACMR@mzgroup.example", "acmr@mzgroup.example"),
        ("Acme Digital, Inc.212.555.4844 Officejane@acmedigital.example", "jane@acmedigital.example"),
        ("Media Contact:Jane Rowemedia@acmebio.example", "media@acmebio.example"),
        ("Jane RoweACR Advisory, Inc.jrowe@acradvisory.example", "jrowe@acradvisory.example"),
        # ... or after it: the next line's word run on to the domain
        ("Jane Rowe T. +49 179 / 555 0237 jane.rowe@acme-group.comACME AG", "jane.rowe@acme-group.com"),
    ],
)
def test_a_word_glued_on_to_a_mailbox_is_no_part_of_it(line: str, email: str) -> None:
    parsed = parse("Acme Robotics will host a call on August 14, 2013.\n\nInvestor Contact:\n" + line + "\n")
    assert [e for c in parsed["contacts"] for e in c["emails"]] == [email]


def test_a_portals_summary_opens_with_the_day_the_company_said_it() -> None:
    parsed = parse(
        "Acme Robotics to Report First Quarter 2018 Results on May 10, 2018\n\n"
        'On May 3, 2018 Acme Robotics Corp. (NASDAQ: ACMR) ("Acme" or the "Company"), a clinical stage '
        "pharmaceutical company focused on the development of anti-cancer drug candidates, some of which are based "
        "on license agreements with The University of Springfield System on behalf of the Springfield Cancer "
        "Center, reported that it will release its first quarter 2018 "
        "results after market close on May 10, 2018 and host a conference call at 4:30 p.m. ET that day.\n"
    )
    assert parsed["dateline"]["date"] == "2018-05-03"
    assert [(e["date"], e["starts_at"]) for e in parsed["events"]] == [("2018-05-10", "2018-05-10T16:30:00-04:00")]


def test_an_agm_notices_dates_and_numbers_are_the_meetings_details() -> None:
    """A notice of meeting: the date under its heading is the meeting's, the record date is no
    release date, shares "recorded in the register" are no recording, the notice "will be
    available on" a day is no event, and the telephone to notify attendance is no dial-in."""
    parsed = prparse.parse(
        "Notice of Annual Meeting of Shareholders\n\nAnnual Meeting\nThursday, May 26, 2022\n2:00 p.m. Atlantic time\n"
        "Record Date\nClose of business\nMarch 28, 2022\n\n"
        "The shareholders of Acme AB are hereby convened to the annual general meeting on Thursday, May 26, 2022, "
        "at 2:00 p.m. Atlantic time in Halifax. This notice of the annual general meeting will be available on the "
        "company's website on Friday April 29, 2022.\n\n"
        "Shareholders who wish to participate must be recorded in the register of shareholders on May 20, 2022, "
        "and must notify the Company of their intention to attend by:\n- e-mail to agm@acme.example;\n"
        "- telephone, +46 (0)8 555 410 00; or\n- fax, +46 (0)8 555 410 25.\n"
    )
    assert parsed.dateline is None or parsed.dateline.date is None
    assert [(str(e.date), e.starts_at and e.starts_at.isoformat(), e.dial_ins, e.replay) for e in parsed.events] == [
        ("2022-05-26", "2022-05-26T14:00:00-03:00", (), None)
    ]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "1 ACME A/S Havneholmen DK-1561 Copenhagen V Denmark COMPANY ANNOUNCEMENT 19 February 2019 Correction to "
            "Company Announcement. The Annual General Meeting will be held on Wednesday 13 March 2019.\n",
            "2019-02-19",
        ),
        (
            "Acme's financial calendar\n\nAcme Corporation     Stock Exchange Release     8 October 2018 at 3:00 pm "
            "EEST\n\nIn 2019, Acme Corporation will disclose the following financial releases.\n",
            "2018-10-08",
        ),
    ],
)
def test_a_letterheads_announcement_stamp_gives_the_release_date(text: str, date: str) -> None:
    assert parse(text)["dateline"]["date"] == date


def test_today_with_its_date_deep_in_an_exhibit_that_lost_its_dateline() -> None:
    body = (
        "Revenue rose 12% in the quarter compared with the same quarter last year, driven by demand in all regions.\n\n"
        * 60
    )
    parsed = parse(
        "Acme Reports Results\n\n" + body + "Acme management will hold a conference call today, August 4, 2026, "
        "at 4:30 PM Eastern time to discuss these results.\n"
    )
    assert parsed["dateline"]["date"] == "2026-08-04"
    assert [e["starts_at"] for e in parsed["events"]] == ["2026-08-04T16:30:00-04:00"]


def test_a_date_line_under_a_headline_that_ends_in_conference() -> None:
    parsed = parse(
        "Acme to Present at Goldman Sachs Technology and Internet Conference\nJan 29, 2020 8:00AM EST\n\n"
        "    IRVINE, Calif.--(BUSINESS WIRE)--\nAcme Solutions, Inc. (Nasdaq: ACME) today announced that executives "
        "will be participating in the conference on February 12, 2020 at 11:40 a.m. Pacific time.\n"
    )
    assert parsed["dateline"]["date"] == "2020-01-29"


def test_a_year_less_dateline_under_a_header_date_line() -> None:
    parsed = parse(
        "Exhibit 99.1\n|FOR IMMEDIATE RELEASE\n|SYMBOL: ACME\n|August 16, 2023\n|TRADED: Nasdaq\n"
        "ACME COLONY SETS ANNUAL MEETING DATE AND TIME\nSPRINGFIELD, Ohio, August 16 - Acme Colony Corporation "
        "(Nasdaq: ACME) announced today that its Board of Directors has declared a quarterly cash dividend. The "
        "annual meeting of shareholders will be held at 1:00 p.m. ET, Wednesday, November 8, 2023.\n"
    )
    assert (parsed["dateline"]["city"], parsed["dateline"]["date"]) == ("SPRINGFIELD", "2023-08-16")
    assert [(e["date"], e["starts_at"]) for e in parsed["events"]] == [("2023-11-08", "2023-11-08T13:00:00-05:00")]


def test_a_notices_details_table_holds_no_contact() -> None:
    parsed = parse(
        "Notice of the Annual Meeting\n|\nAnnual Meeting\nThursday, May 26, 2022\n2:00 p.m. Atlantic time\n"
        "Record Date\nClose of business\nMarch 28, 2022\n1-800-555-1995 North America\n(902) 555-6060 Halifax\n"
        "|Items of Business\n|\n1. Electing Directors to serve until the next Annual Meeting of Shareholders.\n"
    )
    assert parsed["contacts"] == []


@pytest.mark.parametrize(
    ("block", "organization"),
    [
        # a firm's address on its name's line is no part of the firm's name
        ("Contact:\n Acme AG Hauptweg 8 6300 Zug Switzerland\n Adam Rowe, Head of IR, ir@acme.example\n", "Acme AG"),
        # a label with no colon names no firm; nor does a credential after a name
        (" Contact Investor Relations\n Jane Rowe\n Head of Investor Relations\n E-Mail: ir@acme.example\n", None),
        ("Contacts\n\nDaniel J. Rowe, APR\nDirector of Investor Relations\nir@acme.example\n", None),
        # a title before the name it belongs to is no firm
        ("Additional information:\nInvestor Relations Officer Merja Rowe\ntel. +358 2071 55367\n", None),
        # "Contact Information" is the label's two words; the firm under it, the release's own
        ("Contact Information\n  • Acme Post\n    Media Relations, Ottawa\n    613-734-8888\n", "Acme Post"),
    ],
)
def test_the_firm_of_a_contact(block: str, organization: str | None) -> None:
    intro = (
        "Acme Post invites analysts to a call on May 5, 2025. Acme Post will host it. Acme Post looks forward to it."
    )
    contacts = parse(intro + "\n\n" + block)["contacts"]
    assert len(contacts) == 1 and contacts[0]["organization"] == organization


def test_the_issuer_after_a_dateline_padded_with_trailing_spaces() -> None:
    text = (
        "Kestrel to Release Second Quarter Results\n\n"
        "ZURICH, Switzerland--(BUSINESS WIRE)--July 23, 2013--      \n\n"
        "Swiss trail-running brand Kestrel announced today that it will release its results on August 6, 2013.\n"
    )
    assert parse(text)["company"] == "Kestrel"


def test_a_city_in_capitals_its_state_and_a_dash_glued_to_the_name() -> None:
    release = parse(
        "Acme Reports Results\n\nANCHORAGE, Alaska—Alaska Acme Systems, Inc. (Nasdaq:ALSK) today reported.\n"
    )
    assert (release["dateline"]["city"], release["dateline"]["region"]) == ("ANCHORAGE", "Alaska")
    assert release["company"] == "Alaska Acme Systems, Inc."


def test_a_release_stamp_with_its_place_and_no_date() -> None:
    dateline = parse(
        "EXHIBIT 99.1\n\nFor immediate release Chennai, India\n\nEARNING CALLS DETAILS\n\nJuly 18, 2025 | 8:30 AM "
        "ET | 06:00 PM IST\n\nAcme Technologies Limited will host an earnings call.\n"
    )["dateline"]
    assert (dateline["city"], dateline["region"], dateline["date"]) == ("Chennai", "India", None)


def test_a_portals_mark_between_dashes_names_the_wire() -> None:
    dateline = parse(
        "Acme Health to Host Q3 Call\n\nWOONSOCKET, R.I., 2017-Oct-30 — /EPR Retail News/ — Acme Health "
        "Corporation (NYSE:ACMH) will be holding a conference call on Monday, November 6, 2017.\n"
    )["dateline"]
    assert (dateline["city"], dateline["date"], dateline["wire"]) == ("WOONSOCKET", "2017-10-30", "EPR Retail News")


# The thirteenth session's look at real releases: issuers and datelines.
@pytest.mark.parametrize(
    ("text", "company", "dateline"),
    [
        # a ticker a copy left bare after the legal name (its exchange and brackets dropped)
        (
            'HUNTSVILLE, AL / ACCESSWIRE / April 1, 2022 / Lakeside Industries, Inc. LAKE (the "Company"), a '
            "maker of protective clothing, announced today that it will hold a call on April 18, 2022.\n",
            "Lakeside Industries, Inc.",
            ("HUNTSVILLE", "AL", "2022-04-01"),
        ),
        # Business Wire's mark with the wire's name dropped, or the whole mark
        (
            "Acme Foods Announces Call\n\nPARSIPPANY, N.J.--()--Acme Foods, Inc. (NYSE: ACMF) announced today a "
            "call on November 5, 2020 at 4:30 p.m. ET.\n",
            "Acme Foods, Inc.",
            ("PARSIPPANY", "N.J.", None),
        ),
        (
            "Acme Foods Announces Call\n\nPARSIPPANY, N.J.--Acme Foods, Inc. (NYSE: ACMF) announced today a call on "
            "November 5, 2020 at 4:30 p.m. ET.\n",
            "Acme Foods, Inc.",
            ("PARSIPPANY", "N.J.", None),
        ),
        # a retail portal's date and mark
        (
            "Acme Health to Host Q3 Call\n\nWOONSOCKET, R.I., 2017-Oct-30 — /EPR Retail News/ — Acme Health "
            "Corporation (NYSE:ACMH) will be holding a conference call on Monday, November 6, 2017.\n",
            "Acme Health Corporation",
            ("WOONSOCKET", "R.I.", "2017-10-30"),
        ),
        # an agency's mark for a dateline
        (
            'OREANDA-NEWS. Acme Group (TASE: ACMG) ("the Company") announces that there will be conference calls.\n',
            "Acme Group",
            None,
        ),
        # a headline run on to the body, no blank line between them
        (
            "Postponement of Publication of the Annual Financial Statements 2009 and the General Meeting\n"
            "KESTREL+HOLM AG is currently restructuring its existing long-term credit financing.\n"
            "The General Meeting of our company will be postponed to June 24, 2010.\n",
            "KESTREL+HOLM AG",
            None,
        ),
    ],
)
def test_issuers_and_datelines_of_copies_that_lost_their_marks(
    text: str, company: str, dateline: tuple[str, str | None, str | None] | None
) -> None:
    parsed = parse(text)
    assert parsed["company"] == company
    found = parsed["dateline"]
    assert (found and (found["city"], found["region"], found["date"])) == dateline


@pytest.mark.parametrize(
    ("text", "company"),
    [
        # a row of dial-in numbers
        (
            "2010 Second Quarter Results and Conference Call Monday 19 July 2010\n\n"
            'Acme International S.A. ("Acme"), the newspaper group, will host a conference call at 10:00 A.M. CET on '
            "Monday 19 July 2010.\n\nTo participate in the conference call, please dial in on the following numbers:\n"
            "Sweden                              Tel: + 46 8 505 555 53\n"
            "UK / International                        Tel: + 44 203 555 24 36\n",
            "Acme International S.A.",
        ),
        # a details row's label in capitals, over a link or a word
        (
            "Acme Games Oyj\n\nAcme Games to host a Webcast on Monday 17 February 2025 09:30 Swedish time.\n\n"
            "Acme Games Oyj Year-end report for January – December 2024 will be released on Monday 17 February 2025."
            "\n\n**17 February 2025 09:30 (Europe/Stockholm)**\n\n**DETAILS OF EVENT:** "
            "**https://events.example.com/49793**\n\n**LANGUAGE:** English\n",
            "Acme Games Oyj",
        ),
    ],
)
def test_rows_that_are_no_dateline(text: str, company: str) -> None:
    parsed = parse(text)
    assert parsed["dateline"] is None
    assert parsed["company"] == company


def test_a_contact_named_by_initials_whose_number_wrapped_on_to_a_label_like_line() -> None:
    text = (
        "Acme Peat Group PLC\n18 April 2002\nCOMPANY ANNOUNCEMENT\n"
        "An Extraordinary General Meeting will be held on 3 May 2002.\n"
        "For further information please contact J R Russell, Company Secretary, Acme\n"
        "Peat Group plc Tel: 020 7236 0336 or Fax: 020 7329 8870.\n"
    )
    (contact,) = parse(text)["contacts"]
    assert contact["name"] == "J R Russell"
    assert contact["phones"] == ["+442072360336"]


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        # a fixed-width copy wrapped the day under the month
        (
            "Acme Optics Delivers Savings Ahead of Plan\n\nPREMSTAETTEN, Austria & MUNICH, Germany--(BUSINESS WIRE)"
            "--February\n11, 2025--\n\nAcme Optics delivers cost savings ahead of plan.\n",
            ("PREMSTAETTEN", "Austria", "2025-02-11"),
        ),
        # ... or the month under the weekday and the day, which is no region
        (
            "Acme Infoway reports revenues for the second quarter\n\nPune, Monday, 1st\nNovember, 2010 — Acme Infoway "
            "Limited (NASDAQ Global Markets:\nACMI), a leader in Internet services, today announced results.\n",
            ("Pune", None, "2010-11-01"),
        ),
        (
            "Acme Infoway reports revenues\n\nPune, Monday, 1st November, 2010 — Acme Infoway Limited announced.\n",
            ("Pune", None, "2010-11-01"),
        ),
        # a zone a wrapped sentence put at a line's start is no place
        (
            "Acme Foods to Present at CAGNY\n\nThe Acme Foods Company (Nasdaq: ACMF) will present at the Consumer "
            "Analyst Group of New York (CAGNY) Conference at 11:00 a.m.\nEastern Standard Time on Tuesday, Feb. 18, "
            "2025. At that time, the\nwebcast presentation will be accessible.\n",
            None,
        ),
    ],
)
def test_datelines_of_fixed_width_copies(text: str, dateline: tuple[str, str | None, str | None] | None) -> None:
    found = parse(text)["dateline"]
    assert (found and (found["city"], found["region"], found["date"])) == dateline


# A copy that lost its line breaks ran the headline on to the dateline.
@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        (
            "Acme Motion Schedules Fourth Quarter Financial Results Release and Conference Call SARASOTA, Fla.--"
            "(BUSINESS WIRE)--February 10, 2025-- Acme Motion announced today that it will release its results.",
            ("SARASOTA", "Fla.", "2025-02-10"),
        ),
        (
            "Kestrel to Release Fourth Quarter Results on Tuesday, March 4, 2025 ZURICH, Switzerland--(BUSINESS "
            "WIRE)--February 11, 2025-- Swiss sportswear brand Kestrel announced today that it will release results.",
            ("ZURICH", "Switzerland", "2025-02-11"),
        ),
        (
            "Acme Bank to Hold its Fourth Quarter Earnings Call at 8:30 a.m. on Thursday, February 20, 2025. "
            "EDINBURG, Va., Feb. 12, 2025 (GLOBE NEWSWIRE) — Acme Bankshares, Inc. will hold its call.",
            ("EDINBURG", "Va.", "2025-02-12"),
        ),
        (
            "July 23, 2013 Acme Bio, Inc. Announces Conference Call — Webcast of presentation at upcoming investor "
            "conference also announced — WALTHAM, Mass.--(BUSINESS WIRE)-- Acme Bio, Inc. today announced a call.",
            ("WALTHAM", "Mass.", "2013-07-23"),
        ),
        # two places, the first wins
        (
            "Acme to Host a Coding Challenge At the Acme Conference in San Francisco SANTA CLARA, Calif. and "
            "GLASTONBURY, Conn., Aug. 13, 2009 /PRNewswire-FirstCall/ -- Acme Systems, Inc. today announced a call.",
            ("SANTA CLARA", "Calif.", "2009-08-13"),
        ),
        # no wire named: a place in title case after a headline in capitals
        (
            "ACME ANNOUNCES SECOND QUARTER CALL INFORMATION Buffalo, NY - July 12, 2001 - Acme (NYSE: ACM), a "
            "staffing company, today announced that it will hold a call.",
            ("Buffalo", "NY", "2001-07-12"),
        ),
        (
            "ACME TO HOLD ANNUAL MEETING AND SETS DEADLINES FOR STOCKHOLDER PROPOSALS New York, NY, April 7, 2010 – "
            "Acme Network, Inc. (OTC BB: ACMN) announced its plans to hold its meeting.",
            ("New York", "NY", "2010-04-07"),
        ),
        # ... its date glued to a long dash ("2008—Acme"), after a day-first comma, in brackets, after a colon
        (
            "ACME TO RELEASE SECOND QUARTER 2008 RESULTS AUG. 13 Company Will Hold Call With Lenders Aug. 26 CHICAGO, "
            "Aug. 6, 2008—Acme Company today announced that it will release results.",
            ("CHICAGO", None, "2008-08-06"),
        ),
        (
            "Acme First Half 2009 Results Tuesday, July 28 Geneva, Switzerland, 23 July 2009 – Acme "
            "Pharmaceuticals Ltd. (SIX:ACMP) will discuss its results.",
            ("Geneva", "Switzerland", "2009-07-23"),
        ),
        (
            "Acme to Report First Quarter Results on May 6, 2004 BALTIMORE (April 13, 2004) - Acme Broadcast Group, "
            "Inc. (Nasdaq: ACMB) announced today that it will exceed its outlook.",
            ("BALTIMORE", None, "2004-04-13"),
        ),
        # ... the headline's last word in title case before the city: the city's own words stay
        (
            "Acme welcomes Government\u2019s move to appoint Directors Hyderabad, INDIA, January 9, 2009: Acme "
            "Computer Services Limited (NYSE: ACS) today received a letter.",
            ("Hyderabad", "INDIA", "2009-01-09"),
        ),
        (
            "Acme to host a call tomorrow, November 19th, at 8:30 am ET LYON, France, November 18, 2020 -- Acme SA "
            "(Nasdaq: ACME), a leader in robotics, announced results.",
            ("LYON", "France", "2020-11-18"),
        ),
        (
            "Acme Reports Results Mexico City, Mexico, March 23, 2021—Acme Aeroportuario, S.A.B. de C.V. "
            "(NASDAQ: ACMX) announced results.",
            ("Mexico City", "Mexico", "2021-03-23"),
        ),
        # ... a city in capitals after the headline's title-case words, the wire's mark after it
        (
            "Acme Announces Third Quarter 2012 Financial Results BANGKOK--(BUSINESS WIRE)--May. 7, 2012-- Acme "
            "(NYSE: ACM), a provider of optical services, today announced its financial results.",
            ("BANGKOK", None, "2012-05-07"),
        ),
        # ... nothing but a space between the date and the body; a comma before the bracketed date
        (
            "Acme Delivers Robust Revenues Growth in 2Q09 Monterrey, Mexico, July 28, 2009 Fomento Acme, S.A.B. "
            "de C.V. announced today its results.",
            ("Monterrey", "Mexico", "2009-07-28"),
        ),
        (
            "Acme royalty income rises 11% through the first nine months of 2008 VANCOUVER, BC, (November 4, 2008) - "
            "Acme Pizza Royalties Income Fund announced results.",
            ("VANCOUVER", "BC", "2008-11-04"),
        ),
    ],
)
def test_a_headline_run_on_to_the_dateline(text: str, dateline: tuple[str, str | None, str | None]) -> None:
    found = parse(text)["dateline"]
    assert (found["city"], found["region"], found["date"]) == dateline


def test_a_wires_mark_with_no_place_then_a_run_on_dateline() -> None:
    """An EQS copy run on to one line: the wire's mark names neither place nor date; the place
    and date sit inside the line, after a figure's per cent sign, a colon before the body."""
    found = parse(
        "EQS-News: Acme Semiconductor AG starts year on a positive note\nEQS-News: Acme Semiconductor AG / Key "
        "word(s): Quarter Results Q1 2019: Sales +8.8% / EBIT margin: 14.8% Dortmund, May 8, 2019: Acme "
        "Semiconductor AG (FSE: ACM) increased its sales by 8.8% year on year.\n"
    )["dateline"]
    assert (found["city"], found["date"], found["wire"]) == ("Dortmund", "2019-05-08", "EQS")


@pytest.mark.parametrize(
    ("text", "company", "headline"),
    [
        # a news page's menu, share buttons and byline over the release
        (
            "Skip to main content\nMarkets | Stocks | News\nShare this article\nFacebook  Twitter  LinkedIn  Email\n"
            "By Newsroom Staff\nUpdated 3 min ago\n\nKestrel to Release Fourth Quarter Results on Tuesday, March 4, "
            "2025\n\nZURICH, Switzerland--(BUSINESS WIRE)--February 11, 2025--\n\nSwiss sportswear brand Kestrel "
            "announced today that the Company will release its results on Tuesday, Mar. 4, 2025.\n",
            "Kestrel",
            "Kestrel to Release Fourth Quarter Results on Tuesday, March 4, 2025",
        ),
        (
            "Skip to main content\nMarkets | Stocks | News\nShare this article\n\nAcme Group AS wishes to remind of "
            "the invitation to the company presentation today, monday the 10th of February at 14:30 CET.\n",
            "Acme Group",  # (a Norwegian "AS" is left off, as the word "as" would be)
            "Acme Group AS wishes to remind of the invitation to the company presentation today, monday the 10th of "
            "February at 14:30 CET.",
        ),
    ],
)
def test_a_news_pages_chrome_over_the_release(text: str, company: str, headline: str) -> None:
    parsed = parse(text)
    assert parsed["company"] == company
    assert parsed["headline"] == headline


def test_a_place_wrapped_after_its_padded_comma() -> None:
    text = (
        "NEWS RELEASE\nAcme Gold Provides Q3 2018 Conference Call Details\nVANCOUVER,   \nBC – Acme Gold Corporation "
        "(“Acme” or “the Company”) provides the following updates on September 28, 2018.\n"
    )
    found = parse(text)["dateline"]
    assert (found["city"], found["region"]) == ("VANCOUVER", "BC")


def test_a_firms_site_among_its_contacts_lines() -> None:
    text = release("Acme will host a call on August 2, 2013 at 8:00 a.m. ET.").replace(
        "Contact:\nJane Rowe\nAcme Robotics, Inc.\n(617) 394-2761\njane.rowe@acmerobotics.example\n",
        "Acme Digital Contact Information:\nDavid Rowe\nChief Executive Officer\nAcme Digital, Inc.\n"
        "https://acmedigital.example/\n212.555.4844 Office\ndavid@acmedigital.example\n",
    )
    (contact,) = parse(text)["contacts"]
    assert (contact["name"], contact["phones"], contact["emails"]) == (
        "David Rowe",
        ["+12125554844"],
        ["david@acmedigital.example"],
    )


def test_a_double_spaced_fixed_width_header_reads_its_wrapped_place() -> None:
    """Every line of a fixed-width exhibit with a blank line under it (no wider gap marks its
    paragraphs; its sentences run on across the blank lines)."""
    lines = [
        "NEWS RELEASE", "TSX:", "ACM NYSE: ACM", "September", "28, 2018",
        "Acme Gold Provides Q3 2018 Conference Call Details and", "Corporate Update", "VANCOUVER,",
        "BC – Acme Gold Corporation (“Acme” or", "“the Company”) provides the following", "updates.",
        "Q3 2018 Financial and Operational Results", "Acme", "Gold will release its third quarter results after",
        "the market closes on Thursday, October 25, 2018 and will host a", "conference call the next day to",
        "discuss the results with analysts and investors.",
    ]  # fmt: skip
    found = parse("\n\n".join(lines) + "\n")["dateline"]
    assert (found["city"], found["region"]) == ("VANCOUVER", "BC")


@pytest.mark.parametrize(
    "head",
    [
        "Ref. No.: ACME/CS/2013 July 28, 2013\nListing Department\nBSE Ltd.\n",
        "Date of submission: July 28, 2013\n\nTo,\nThe Secretary\nBSE Limited\n"
        "Phiroze Jeejeebhoy Towers, Mumbai - 400 001\n",
        # two addressees side by side, their address lines run together
        "### Date: 28th July, 2013\n\nThe Manager, The General Manager,\nListing Department, The Listing "
        "Department\n\nExchange Plaza, C-1, Harbour Towers,\nBlock G, Bandra - Kurla Complex, Dalal Street,\n",
    ],
)
def test_a_letters_reference_and_its_addressees_address_name_no_place(head: str) -> None:
    dateline = parse(f"# Acme Gas Limited\n\n{head}\nDear Sir / Madam,\n\nA conference call is scheduled.\n")[
        "dateline"
    ]
    assert (dateline["city"], dateline["region"], dateline["date"]) == (None, None, "2013-07-28")


@pytest.mark.parametrize(
    "lines",
    [
        "**Today, Acme announces the signing of a Vessel Reservation Agreement\n(VRA) with Ocean Winds for the "
        "installation of the wind turbine\ngenerators at an offshore wind farm.**",
        # (alone on its line, the sentence going on under a blank line)
        "Call Participants:\n\nJane Rowe - Managing Director & CEO, Acme Small Finance Bank Limited\n(ASFBL)\n\n"
        "and the Management Team",
    ],
)
def test_a_short_names_brackets_opening_a_line_are_no_place(lines: str) -> None:
    text = (
        f"Acme Signs a Vessel Reservation Agreement\n\n{lines}\n\nView source version on businesswire.com: "
        "https://www.businesswire.com/news/home/1/en/\n"
    )
    dateline = parse(text)["dateline"]
    assert (dateline["city"], dateline["wire"]) == (None, "Business Wire")


def test_a_label_less_contact_over_pages_of_financial_tables() -> None:
    """The carrier dropped the contact's label; the release's prose ends at its statements, so
    the contact is in the second half of that prose though not of the whole text."""
    table = "".join(f"Line item {n} | {n},120 | {n},480\n" for n in range(1, 140))
    text = (
        "Second Quarter 2026 Results\n\n"
        + "Revenue grew 7% to $1.4 billion in the quarter as demand for skilled staff held up.\n\n" * 15
        + "About Acme\n\nAcme places skilled professionals with leading companies.\n\n"
        "Jane Q. Rowe, Chief Corporate Development Officer\n\n(813) 555-2927\n\n"
        f"Consolidated Balance Sheets\n\n(In Thousands)\n\n{table}"
    )
    assert [(c["name"], c["phones"]) for c in parse(text)["contacts"]] == [("Jane Q. Rowe", ["+18135552927"])]


@pytest.mark.parametrize(
    ("block", "expected"),
    [
        # Names with their titles over the address they share: each is reached on it.
        (
            "Jane Rowe – Chief Financial Officer\n\nTom Lind – SVP of Finance\n\ninvestors@acme.example\n",
            [("Jane Rowe", ["investors@acme.example"]), ("Tom Lind", ["investors@acme.example"])],
        ),
        (
            "Investor Contacts:\nJane Rowe, Chief Financial Officer\nTom Lind, SVP of Finance\n"
            "investors@acme.example\n",
            [("Jane Rowe", ["investors@acme.example"]), ("Tom Lind", ["investors@acme.example"])],
        ),
        # ... but a mailbox in the last name's own name is hers alone (accents or none).
        (
            "Investor Contacts:\nAndrés Rowe, Chief Financial Officer\nPaula Viñas, Head of Investor Relations\n"
            "(56-2) 2555-0520 / paula.vinas@acme.example\n",
            [("Paula Viñas", ["paula.vinas@acme.example"])],
        ),
        # An agency's "<Company>IR" mailbox alone on its line keeps its whole name.
        ("Investor Contact:\nJane Rowe\nAcmeIR@icr.example\n", [("Jane Rowe", ["acmeir@icr.example"])]),
    ],
)
def test_names_over_the_address_they_share(block: str, expected: list[tuple[str, list[str]]]) -> None:
    text = f"Head\n\nDALLAS, May 1, 2026 -- Acme Inc. reported results.\n\n{block}"
    assert [(c["name"], c["emails"]) for c in parse(text)["contacts"]] == expected


def test_a_run_on_copys_city_and_date_with_no_region() -> None:
    text = (
        "Acme Cementos Announces the Payment of Dividends Acme Cementos announces the payment of dividends Buenos "
        "Aires, September 30, 2020 – Acme Cementos S.A. (NYSE: ACMC), the leading cement producer, announces that "
        "the following decisions were approved.\n"
    )
    dateline = parse(text)["dateline"]
    assert (dateline["city"], dateline["region"], dateline["date"]) == ("Buenos Aires", None, "2020-09-30")


@pytest.mark.parametrize(
    ("subject", "company"),
    [
        ("Owlbaby", "Owlbaby"),
        # Who hosts the call is not always the issuer.
        ("Management", None),
    ],
)
def test_the_issuer_that_hosts_its_call_in_a_copy_that_names_it_nowhere_else(subject: str, company: str | None) -> None:
    text = (
        "Q2 2026 Financial Highlights:\n\n• Record Q2 Revenue of $33.9 million\n\n"
        '"Owlbaby delivered an exceptional quarter," said Jane Rowe, President.\n\n'
        "Revenue for the second quarter of 2026 was $33.9 million, up 29.9% from a year ago.\n\n"
        f"{subject} will host a conference call and webcast today, August 11, 2026, at 4:30 p.m. ET.\n\n"
        "Our strategy: position Owlbaby as a data platform.\n"
    )
    assert parse(text)["company"] == company


def test_an_agencys_mailbox_with_capitals_in_its_domain() -> None:
    text = (
        "Head\n\nDALLAS, May 1, 2026 -- Acme Inc. reported results.\n\nMedia Contact:\nNathan Rowe\n818-555-5246\n"
        "Acme@KahnMedia.com\n"
    )
    (contact,) = parse(text)["contacts"]
    assert (contact["name"], contact["phones"], contact["emails"]) == (
        "Nathan Rowe",
        ["+18185555246"],
        ["acme@kahnmedia.com"],
    )


@pytest.mark.parametrize(
    ("text", "company"),
    [
        # The share registrar named in a dividend notice is not the issuer.
        (
            "NOTICE OF BOOKS CLOSURE\n\nDuly completed transfers of shares received by the Company's Share "
            "Registrar, Acme Registry Services Private Limited at 1 Robinson Road, Singapore 068902 up to 5.00 p.m. "
            "on the Record Date will be registered.\n",
            None,
        ),
        # A heading that opens with a period's code: "Q4 FY 2026 Company Highlights".
        ("Q4 FY 2026 Company Highlights\n\n● | Net revenue increased 11.6% to a record $19.4 million.\n", None),
        # A word processor's sub-bullet "o" is no name; nor is a product's "About" heading.
        (
            "Program Highlights\n\n•\nPivotal Phase 3 study progress:\n\no\nU.S., UK and Japan: In June, Acmebio "
            "completed enrollment.\n\nData from this cohort are anticipated in the third quarter of 2027 and are "
            "expected to be the final clinical data required.\n\nAbout Zorvexa\n\nZorvexa is an investigational "
            "antisense oligonucleotide "
            "designed to treat the underlying cause of the disease.\n",
            None,
        ),
        (
            "Program Highlights\n\nRevenue grew.\n\nAbout Acmebio\n\nAcmebio (Nasdaq: ACMB) is the largest "
            "ecosystem of platform-delivered genetic medicines.\n",
            "Acmebio",
        ),
    ],
)
def test_no_issuer_from_a_registrar_a_bullet_or_a_product(text: str, company: str | None) -> None:
    assert parse(text)["company"] == company


def test_a_register_closed_from_a_time_is_no_event() -> None:
    text = (
        "NOTICE OF BOOKS CLOSURE\n\nSINGAPORE, 27 April 2020 -- NOTICE IS HEREBY GIVEN that, subject to the approval "
        "of shareholders at the AGM for the final dividend, the Transfer Books and Register of Members of the "
        'Company will be closed from 5.00 p.m. on Tuesday, 9 June 2020 (the "Record Date") up to, and including '
        "Wednesday, 10 June 2020, for the purpose of determining shareholders' entitlement to the Final Dividend.\n"
    )
    assert parse(text)["events"] == []


def test_a_name_run_on_to_its_firm_and_address_after_the_label() -> None:
    text = (
        "ACME UNITED CORPORATION NEWS RELEASE\n\nCONTACT: Jane Q. Rowe Acme United Corporation 1 Waterview Drive "
        "Shelton, CT 06484\n\nPhone: (203) 555-6060\n\nACME UNITED REPORTS RECORD SALES\n\nSHELTON, CT - July 23, "
        "2026 - Acme United Corporation (NYSE American: ACU) today announced results.\n"
    )
    (contact,) = parse(text)["contacts"]
    assert (contact["name"], contact["organization"], contact["phones"]) == (
        "Jane Q. Rowe",
        "Acme United Corporation",
        ["+12035556060"],
    )


def test_total_revenue_opens_no_name() -> None:
    text = (
        "Operating Results for the Second Quarter\n\nTotal revenue decreased by 17.4% to $120.2 million. Total "
        "gross profit fell. Total operating expenses were flat.\n\nAbout Acme Grills\n\nAcme Grills is the "
        "creator of the wood pellet grill, headquartered in Salt Lake City.\n"
    )
    assert parse(text)["company"] == "Acme Grills"


def test_a_firms_line_over_its_number_a_blank_line_apart() -> None:
    # (under the "About" paragraph, over the next contact's label)
    text = (
        "First Quarter Comparable Sales Increased 4.0%\n\n"
        + "Net sales for the quarter increased as stores and the web grew across every region served. " * 30
        + "\n\nAbout Acme Boards Inc.\n\nAcme Boards is a leading specialty retailer of apparel and hardgoods.\n\n"
        "Acme Boards Inc.\n\n(425) 555-1500, ext. 1337\n\nInvestor Contact:\n\nICR\n\nJane Rowe\n\n(203) 555-8200\n"
    )
    assert sorted((c["organization"], c["phones"]) for c in parse(text)["contacts"]) == [
        ("Acme Boards Inc.", ["+14255551500"]),
        ("ICR", ["+12035558200"]),
    ]


def test_a_bar_alone_on_every_other_line_spaces_the_lines_like_a_blank_line() -> None:
    """Each contact's name over her label and number, a lone bar between every two lines."""
    lines = [
        "EXHIBIT 99.1",
        "Jane Rowe",
        "Investor Relations",
        "210.555.5632",
        "or",
        "Mary Orme",
        "Media Relations",
        "210.555.5416",
        "FOR IMMEDIATE RELEASE",
        "April 26, 2007",
        "ACME BANKERS RAISES ITS DIVIDEND",
        "SAN ANTONIO - The Acme Bankers, Inc. board of directors declared a second quarter cash dividend.",
    ]
    parsed = parse("|\n" + "\n|\n".join(lines) + "\n")
    assert [(c["role"], c["name"], c["phones"]) for c in parsed["contacts"]] == [
        ("investors", "Jane Rowe", ["+12105555632"]),
        ("media", "Mary Orme", ["+12105555416"]),
    ]


@pytest.mark.parametrize(
    ("letterhead", "contacts"),
    [
        ("Acme City, MHC\nWest 80 Century Road\nParamus, New Jersey 07652\n(201) 555-1900\n", []),
        ("Acme Bancorp\n100 Main Street\nSpringfield, IL 62701\n(217) 555-0100\n", []),
        # a person's name, her title under it: a contact
        (
            "Jane Rowe\nChief Financial Officer\nSpringfield, IL 62701\n(217) 555-0100\n",
            [("Jane Rowe", ["+12175550100"])],
        ),
    ],
)
def test_a_letterheads_name_over_its_address_is_no_contact(letterhead: str, contacts: list[object]) -> None:
    text = (
        f"Exhibit 99.3\n{letterhead}NOTICE OF SPECIAL MEETING OF DEPOSITORS\nTo Be Held on May 27, 2005\n"
        "NOTICE IS HEREBY GIVEN that a Special Meeting of Depositors of Acme Savings Bank will be held at the "
        "Lakeside Hotel on May 27, 2005 at 9:00 a.m., Eastern Time, to consider and vote upon the plan.\n"
    )
    assert [(c["name"], c["phones"]) for c in parse(text)["contacts"]] == contacts


@pytest.mark.parametrize(
    ("sentence", "contacts"),
    [
        (
            "For more information, please contact Donna Rowe at DRG&E at (713) 555-6600 or email drowe@drg.example.",
            [("Donna Rowe", "DRG&E", ["+17135556600"], ["drowe@drg.example"])],
        ),
        (
            "For more information, please contact Donna Rowe at (713) 555-6600 or email drowe@drg.example.",
            [("Donna Rowe", None, ["+17135556600"], ["drowe@drg.example"])],
        ),
        # who books one-on-one meetings is no contact of the release
        (
            "To schedule a meeting with management, please contact Donna Rowe at DRG&E at (713) 555-6600 or "
            "drowe@drg.example.",
            [],
        ),
        # ... nor who gives a way into the meeting or the call
        (
            "If you would like to join the Meeting by telephone, please contact Donna Rowe, Vice President of "
            "Investor Relations, at (713) 555-0132 for further details; however, your votes must be received "
            "before the proxy cut-off time.",
            [],
        ),
        ("Analysts should contact Donna Rowe at (713) 555-6600 for conference call details.", []),
        # a question desk named in a sentence
        (
            "Questions may be directed to Donna Rowe at Acme Bank, N.A. (Tel: +1-973-555-5734; email: "
            "donna.rowe@acmebank.example).",
            [("Donna Rowe", "Acme Bank", ["+19735555734"], ["donna.rowe@acmebank.example"])],
        ),
    ],
)
def test_a_contact_named_in_a_sentence_with_her_firm_and_email(sentence: str, contacts: list[object]) -> None:
    text = (
        "Acme Drilling Reports First Quarter Results\n\nSAN ANTONIO, Texas, May 5, 2008 - Acme Drilling Company "
        f"reported results for the quarter today. {sentence}\n\nAbout Acme Drilling Company\n\nAcme Drilling "
        "Company provides land contract drilling services.\n"
    )
    found = [(c["name"], c["organization"], c["phones"], c["emails"]) for c in parse(text)["contacts"]]
    assert found == contacts


@pytest.mark.parametrize("cell", ["|", ""])
def test_an_eqs_issuer_table_under_the_contact_is_no_second_contact(cell: str) -> None:
    rows = ["Language:", "English", "Company:", "ACME GROUP SE", "Acmestr. 2", "86647 Buttenwiesen", "Germany"]
    rows += ["Phone:", "+49 (0)8274 55 88-0", "E-mail:", "ir@acme-group.example", "ISIN:", "DE0005176903"]
    text = (
        "ACME GROUP SE will publish its statements for the 2020 financial year on 30 April 2021.\nContact:\n"
        "Martin Rowe\nInvestor Relations\nir@acme-group.example\n+49 (0)8274 5588-508\n"
        + "".join(f"{cell}{row}\n" for row in rows)
        + "End of Announcement\n"
    )
    assert [(c["name"], c["phones"]) for c in parse(text)["contacts"]] == [("Martin Rowe", ["+4982745588508"])]


@pytest.mark.parametrize(
    ("block", "contacts"),
    [
        # a person "of" her firm, on the line under the label
        ("Investor Relations Contact:\nJane Rowe of ICR\n203.555.8200\n", [("Jane Rowe", "ICR", ["+12035558200"])]),
        # ... but a firm's name with "of" in it is the firm's
        (
            "Contact: Jane Rowe\nPackaging Corporation of Acme\nINVESTOR RELATIONS: (877) 555-2509\n",
            [("Jane Rowe", "Packaging Corporation of Acme", ["+18775552509"])],
        ),
    ],
)
def test_a_contact_of_her_firm_on_a_line(block: str, contacts: list[object]) -> None:
    text = (
        f"{block}Acme Grill Releases Preliminary First Quarter 2009 Results\nSCOTTSDALE, April 13, 2009 - Acme "
        "Grill, Inc. (Nasdaq: ACMG) today released preliminary results for its first quarter.\n"
    )
    assert [(c["name"], c["organization"], c["phones"]) for c in parse(text)["contacts"]] == contacts


def test_a_placed_dateline_with_no_date_takes_the_for_immediate_release_stamps() -> None:
    """The stamp's date far above the dateline, over contacts, a headline and bullets."""
    bullets = "".join(
        f"• | | Net income was ${n}.9 billion, up from the quarter before in every segment |\n" for n in range(20)
    )
    text = (
        "Exhibit 99.1\nFOR IMMEDIATE RELEASE\nNovember 6, 2012\nMEDIA CONTACT: Jane Rowe\n703-555-2438\n"
        f"ACME MAC REPORTS NET INCOME OF $2.9 BILLION\n{bullets}"
        "McLean, VA — Acme Mac (OTC: ACMC) today reported net income of $2.9 billion for the third quarter.\n"
    )
    dateline = parse(text)["dateline"]
    assert (dateline["city"], dateline["region"], dateline["date"]) == ("McLean", "VA", "2012-11-06")


_RESULTS_PARAGRAPHS = (
    "Acme Reports First Quarter 2026 Results\n\nSEATTLE, May 5, 2026 -- Acme Corp. (NASDAQ: ACME) reported results.\n\n"
    + "Revenue grew in every region the company serves, and margins widened with the new product lines. " * 12
    + "\n\n"
)


@pytest.mark.parametrize(
    ("tail", "contacts"),
    [
        # an address alone under the last paragraph: a contact whose label the copy lost
        ("press@acme.example\n\nAcme Corp.\n\nNon-GAAP Reconciliation Schedules\n", [([], ["press@acme.example"])]),
        ("ir@acme.example\n\n925-555-6128\n\nAcme Corp.\n", [(["+19255556128"], ["ir@acme.example"])]),
        # ... but in a copy that spaced every line, the lines above are its block's
        (
            "Acme Corp.\n\n858.555.5093\n\nkim.rowe@acme.example\n\nAcme Corp.\n",
            [(["+18585555093"], ["kim.rowe@acme.example"])],
        ),
    ],
)
def test_an_address_alone_under_the_last_paragraph(tail: str, contacts: list[object]) -> None:
    text = (
        _RESULTS_PARAGRAPHS + "Use of non-GAAP measures is explained in the tables that follow this release.\n\n" + tail
    )
    assert [(c["phones"], c["emails"]) for c in parse(text)["contacts"]] == contacts


@pytest.mark.parametrize(
    ("contact_line", "emails"),
    [
        ("Media and Investor Contact: www.acme.example/investorsir@acme.example267-555-6263", ["ir@acme.example"]),
        ("Media and Investor Contact: www.acme.example/newsmedia@acme.example267-555-6263", ["media@acme.example"]),
        # an address of its own after a link's bare slash keeps its user
        (
            "Media and Investor Contact: www.acme.example/ jane.rowe@acme.example 267-555-6263",
            ["jane.rowe@acme.example"],
        ),
    ],
)
def test_an_address_glued_to_the_link_before_it(contact_line: str, emails: list[str]) -> None:
    text = f"Acme Reports Results\n\nBOSTON, May 5, 2026 -- Acme Inc. reported results today.\n\n{contact_line}\n"
    (contact,) = parse(text)["contacts"]
    assert (contact["emails"], contact["phones"]) == (emails, ["+12675556263"])


_NAMES_OVER_THEIR_NUMBER = (
    "Acme Mining Corp. (TSX: ACM) reported results today.\n\nFor Further Information:\n\nJohn Smithers\n"
    "President and Chief Executive Officer\n\nMary Allenby\nManager, Analytics and Investor Relations\n\n"
)


@pytest.mark.parametrize(
    "number_below",
    [
        "Tel: (647) 555-1566\n",
        "Contact:\n(647) 555-1566\n",  # under a label of its own
    ],
)
def test_names_with_titles_on_lines_of_their_own_over_the_number_they_share(number_below: str) -> None:
    text = _NAMES_OVER_THEIR_NUMBER + number_below + "\nAbout Acme\n\nAcme is a miner.\n"
    assert [(c["name"], c["title"], c["phones"]) for c in parse(text)["contacts"]] == [
        ("John Smithers", "President and Chief Executive Officer", ["+16475551566"]),
        ("Mary Allenby", "Manager, Analytics and Investor Relations", ["+16475551566"]),
    ]


def test_an_area_code_alone_on_the_line_over_the_rest_of_its_number() -> None:
    text = (
        "Exhibit 99.1\n|\nContact Information\n|\nInvestors:\nRoberto R. Thomas\n|\n|\n(210)\n"
        "555-5300 ext. 214, rthomas@acme.example\n|\nACME ENERGY CLOSES ACQUISITION\nSAN ANTONIO -- April 2, 2007 "
        "-- Acme Energy Company (Nasdaq:ACME) today announced it has closed an acquisition.\n"
    )
    assert [(c["name"], c["phones"], c["emails"]) for c in parse(text)["contacts"]] == [
        ("Roberto R. Thomas", ["+12105555300"], ["rthomas@acme.example"])
    ]


def test_a_fixed_width_name_broken_after_its_initial() -> None:
    text = (
        "EXHIBIT\n99.1\n|Acme\nDiner\n|Media Contact:\n|Julia K.\nRowe\n|\n|(615)\n555-9266\nACME\nDINER, INC. TO"
        "\nPRESENT AT A CONFERENCE\nLEBANON, Tenn. – February 24, 2010 – Acme Diner, Inc. (Nasdaq: ACDN) will "
        "present.\n"
    )
    assert [(c["name"], c["phones"]) for c in parse(text)["contacts"]] == [("Julia K. Rowe", ["+16155559266"])]


def test_one_person_named_twice_with_and_without_an_initial_is_one_contact() -> None:
    """The header's contact, then a details block's, each with a number of its own; the way into the call
    under the second is no contact's."""
    text = (
        "**FOR IMMEDIATE RELEASE:** August 8 2007\n\n**CONTACT:** Celia M. Mirren - (304) 555-3597\n\n"
        "## **Acme Energy Corporation Investor Conference Call**\n\nBridgeport, West Virginia, August 8, 2007... "
        "Acme Energy Corporation (NASDAQ/GSM:ACEC) has scheduled a conference call with investors.\n\n"
        "When: August 10, 2007, at 10:00 a.m. ET\n\nContact: Celia Mirren, Acme Energy Corporation, "
        "(800) 555-3821 E-mail: ir@acme.example\n\nTo participate in the conference call, please dial "
        "(877) 555-8031 or log onto the corporate website at www.acme.example.\n"
    )
    assert [(c["name"], c["title"], c["phones"], c["emails"]) for c in parse(text)["contacts"]] == [
        ("Celia M. Mirren", None, ["+13045553597", "+18005553821"], ["ir@acme.example"])
    ]


def test_a_jse_notices_share_code_before_its_issuer_is_no_place() -> None:
    text = (
        "Acm - Acme Limited - Results Of The Annual General Meeting\n\nRelease Date: 26/11/2010 13:06:39      "
        "Code(s): ACM\nACM - Acme Limited - Results of the Annual General Meeting\nof Acme Held on 26 November "
        "2010\nAcme Limited\n(Incorporated in the Republic of South Africa)\nShare codes:          JSE : ACM\n"
        "Acme shareholders are advised that the results of the annual general meeting are as follows:\n"
    )
    assert parse(text)["dateline"] is None  # (no place, nor a date line: "Release Date:" is a portal's stamp)


def test_a_name_over_its_firm_over_a_labelled_number_of_its_own() -> None:
    text = (
        "Lake Forest, IL. May 19, 2004 – Acme Packaging Corporation (NYSE: APK) reported strong demand.\n"
        "Contact: Barbara Rowe\nAcme Packaging Corporation\nINVESTOR RELATIONS: (877) 555-2509\n"
        "Acme Web Site: www.acmepackaging.com\n"
    )
    assert [(c["name"], c["role"], c["phones"]) for c in parse(text)["contacts"]] == [
        ("Barbara Rowe", "investors", ["+18775552509"])
    ]


def test_numbers_whose_area_codes_a_table_wrapped_with_their_kind_after_them() -> None:
    text = (
        "Exhibit 99\n|\nContact:\n|\nCraig M. Rowe\n|\nCommunications Manager\n|\n(317)\n555-7041 Direct\n|\n"
        "(317)\n555-4859 Mobile\n|\ncrowe@acmetrucking.com\n|\nAcme Group Announces Earnings Guidance\nINDIANAPOLIS - "
        "Acme Group Inc. (Nasdaq: ACMG) announced today that earnings are expected to rise.\n"
    )
    assert [(c["name"], c["phones"]) for c in parse(text)["contacts"]] == [
        ("Craig M. Rowe", ["+13175557041", "+13175554859"])
    ]


@pytest.mark.parametrize(
    ("text", "company"),
    [
        # the issuer's name wrapped under the office of the person the body opens with
        (
            "Acme\nFinancial Corp. Announces Quarterly Dividend\nOneida,\nNY, June 8, 2010 – Michael R. Rowe, "
            "President and Chief Executive Officer of\nAcme Financial Corp. (NASDAQ:ACFC), today announced a "
            "dividend.\n",
            "Acme Financial Corp.",
        ),
        # a person and the office held, no firm's legal name anywhere: no issuer
        ("FREEHOLD, NJ, January 16, 2013\u2026...........Jane Rowe, Chairman of Acme", None),
    ],
)
def test_a_body_that_opens_with_a_persons_name_and_office(text: str, company: str | None) -> None:
    assert parse(text)["company"] == company


def test_a_banks_transfer_agent_under_its_officers_is_no_contact() -> None:
    text = (
        "Acme Financial Group sets new date\nLockport, N.Y. – April 10, 2009 – Acme Financial Group, Inc. (NASDAQ: "
        "ACFG) today announced the date of its results.\n|Officer Contacts\n|\nAnthony M. Rowe\n|Investor Relations "
        "Manager\n|(716) 555-7692\n|tony.rowe@acmefg.com\n|\nCorporate Information\n|\nAcme Financial Group, Inc.\n"
        "|Transfer Agent and Registrar\n|\n6950 South Transit Road\n|Beta Stock Transfer & Trust Company\n|\n"
        "P.O. Box 514\n|6201 15th Avenue\n|\nLockport, New York 14095-0514\n|Brooklyn, NY 11219\n|\n"
        "Telephone (800) 555-6621\n|Telephone 1-877-555-9670\n"
    )
    assert [(c["name"], c["phones"]) for c in parse(text)["contacts"]] == [("Anthony M. Rowe", ["+17165557692"])]


_FLATTENED_RELEASE = (
    "BOSTON--(BUSINESS WIRE)--Acme Corp. (NASDAQ: ACME) reported results today. For more information, visit "
    "www.acme.example. View source version on businesswire.com: https://www.businesswire.com/news/home/20250212/en/ "
)


@pytest.mark.parametrize(
    ("contact", "expected"),
    [
        (
            "CONTACT: Investor Relations The Blueshirt Group Monica Rowe 212-555-3927 ir@acme.example",
            [("Monica Rowe", ["+12125553927"], ["ir@acme.example"])],
        ),
        (
            "CONTACT: Acme Telecommunications Company Jim Rowe Senior Vice President, Chief Financial Officer "
            "540-555-5168",
            [("Jim Rowe", ["+15405555168"], [])],
        ),
        ("CONTACT: Kevin Rowe VP & Treasurer 540-555-9100", [("Kevin Rowe", ["+15405559100"], [])]),
        (
            "Media Contact: Laney Rowe Assistant Vice President Kestrel (212) 555-9643 lrowe@kestrel.example",
            [("Laney Rowe", ["+12125559643"], ["lrowe@kestrel.example"])],
        ),
        (
            "CONTACT: Company Contact: Matt Rowe Treasurer and VP of Finance & IR 217-555-2959 matt.rowe@acme.example",
            [("Matt Rowe", ["+12175552959"], ["matt.rowe@acme.example"])],
        ),
        (
            "CONTACT: Investor Relations Jeremy Rowe Director, Investor Relations (952) 555-7962, "
            "jeremy.rowe@acme.example Media Relations Branden Lind Senior Manager, Public Relations (952) 555-8930, "
            "branden.lind@acme.example",
            [
                ("Jeremy Rowe", ["+19525557962"], ["jeremy.rowe@acme.example"]),
                ("Branden Lind", ["+19525558930"], ["branden.lind@acme.example"]),
            ],
        ),
        # Two people's lines run together: each address ends one, a name opens the next.
        (
            "CONTACT: Brian W. Rowe Executive Vice President, Chief Financial Officer Acme Corporation "
            "(469) 555-8200 ir@acme.example Dru Lind FINN Partners (615) 555-7346 dru.lind@finn.example",
            [
                ("Brian W. Rowe", ["+14695558200"], ["ir@acme.example"]),
                ("Dru Lind", ["+16155557346"], ["dru.lind@finn.example"]),
            ],
        ),
        (
            "For more information, contact: Tania Rowe Vice President, Investor Relations (941) 555-1333 "
            "tania.rowe@acme.example Deborah Lindqvist Alliance Advisors LLC (716) 555-3908 dlindqvist@aa.example",
            [
                ("Tania Rowe", ["+19415551333"], ["tania.rowe@acme.example"]),
                ("Deborah Lindqvist", ["+17165553908"], ["dlindqvist@aa.example"]),
            ],
        ),
        (
            "For investor and media inquiries, please contact: Investor Relations Orange Advisors Yu Zhai "
            "acmeir@orange.example Public Relations Bridge Consulting Nishant Rowe acme@bridge.example",
            [("Yu Zhai", [], ["acmeir@orange.example"]), ("Nishant Rowe", [], ["acme@bridge.example"])],
        ),
        # The firm, the name, then the title as "Head of ..."
        (
            "CONTACT: Acme Crop Solutions Paula Rowe Head of Investor Relations investorrelations@acme.example",
            [("Paula Rowe", [], ["investorrelations@acme.example"])],
        ),
        # A markdown copy's links to the addresses, and its emphasis around the labels.
        (
            "*Investor Contact:* Jennifer Rowe (312) 555-3290 [Jennifer.Rowe@acme.example](mailto:Jennifer.Rowe@"
            "acme.example) *Media Contact*: Doug Lind (312) 555-1571 [Doug.Lind@acme.example](mailto:Doug.Lind@"
            "acme.example)",
            [
                ("Jennifer Rowe", ["+13125553290"], ["jennifer.rowe@acme.example"]),
                ("Doug Lind", ["+13125551571"], ["doug.lind@acme.example"]),
            ],
        ),
        # Whose name ends where the firm begins only the address can say: none is guessed.
        (
            "CONTACT: Mary Ann Rowe Acme Partners (716) 555-3908 mrowe@acmepartners.example",
            [(None, ["+17165553908"], ["mrowe@acmepartners.example"])],
        ),
        # (nor does a desk's address that a short first name happens to open)
        (
            "CONTACT: Al Rowe Alliance Advisors LLC (716) 555-3908 alliance@aa.example",
            [(None, ["+17165553908"], ["alliance@aa.example"])],
        ),
    ],
)
def test_a_contact_block_run_on_to_the_releases_one_line(contact: str, expected: list[object]) -> None:
    """A copy that lost every line break: the firm, the name, its title and its number run together."""
    found = parse(_FLATTENED_RELEASE + contact + " ")["contacts"]
    assert [(c["name"], c["phones"], c["emails"]) for c in found] == expected


def test_a_wires_label_alone_over_a_dateline_below_the_highlights() -> None:
    highlights = "".join(f"  * Net interest margin of {n}.00% in the quarter, up from last year\n" for n in range(1, 7))
    text = (
        "Acme Bank Announces Performance Review - Quarter Ended September 30, 2012\n\n"
        + highlights
        + "\nBusiness Wire\n\nMUMBAI, India -- October 26, 2012\n\nThe Board of Directors of Acme Bank Limited "
        "(NYSE: ACB) approved the accounts of the Bank for the quarter.\n"
    )
    found = parse(text)["dateline"]
    assert (found["city"], found["region"], found["date"], found["wire"]) == (
        "MUMBAI",
        "India",
        "2012-10-26",
        "Business Wire",
    )


def test_a_title_case_headline_under_the_contacts_ends_their_block() -> None:
    """No blank line anywhere: the headline, and the subheadline's call under it, are no contact's lines."""
    parsed = parse(
        "Company Contact:\nMichael Rowe\nEVP and CFO\n408-555-6711\nMoira Lind\nInvestor Relations\n408-555-6713\n"
        "Judy Ashby\nPublic Relations\n408-555-6751\nAcme Announces Executive Transition\n"
        "- Management to Hold Conference Call at 3pm PT Today -\nSAN JOSE, Calif. – May 11, 2011 – Acme "
        "Technologies, Inc. (NASDAQ: ACME) announced that effective today, the board appointed a new chief "
        "executive. Jane Rowe resigned today to pursue the policies presented in her recently released book.\n"
    )
    assert [(c["name"], c["role"], c["phones"]) for c in parsed["contacts"]] == [
        ("Michael Rowe", "general", ["+14085556711"]),
        ("Moira Lind", "investors", ["+14085556713"]),
        ("Judy Ashby", "media", ["+14085556751"]),
    ]
    assert [(e["date"], e["starts_at"]) for e in parsed["events"]] == [("2011-05-11", "2011-05-11T15:00:00-07:00")]


@pytest.mark.parametrize("name", ["Benoit d'Amécourt", "Marie d’Arcy", "Pedro dos Santos", "Anna del Rio"])
def test_a_surname_with_its_particle_is_one_name_with_its_own_number(name: str) -> None:
    """Each name over its own number: a name not read as one would leave its number to the name above."""
    text = release("Acme will host a call on August 2, 2013 at 8:00 a.m. ET.").replace(
        "Contact:\nJane Rowe\nAcme Robotics, Inc.\n(617) 394-2761\njane.rowe@acmerobotics.example\n",
        f"Investor Relations:\n\nGilles Rowe\n\nPh +33 (0) 1 73 26 00 66\n\n{name}\n\n+33 (0) 1 73 26 02 27\n",
    )
    assert [(c["name"], c["phones"]) for c in parse(text)["contacts"]] == [
        ("Gilles Rowe", ["+33173260066"]),
        (name, ["+33173260227"]),
    ]


def test_an_enquiries_block_of_firms_each_with_its_number_over_its_people() -> None:
    text = (
        "Acme Group plc\n\nInterim Results\n\nAcme Group plc (AIM: ACG) today announces its interim results.\n\n"
        "Enquiries:\nAcme Group plc 020 7946 0300\nDavid Rowe, Chief Executive\nKestrel Dynamics 020 7946 0113\n"
        "Tim Lind/Caroline Ashby\nAcme makes packaging for premium brands and has repositioned itself.\n"
    )
    assert [(c["name"], c["organization"], c["phones"]) for c in parse(text)["contacts"]] == [
        ("David Rowe", "Acme Group plc", ["+442079460300"]),
        ("Tim Lind", "Kestrel Dynamics", ["+442079460113"]),
        ("Caroline Ashby", "Kestrel Dynamics", ["+442079460113"]),
    ]


@pytest.mark.parametrize(
    ("line", "dateline", "company"),
    [
        (
            "PHOENIX\u2014Acme West Airlines (NYSE:AWA) today reported traffic statistics for May 2004.",
            ("PHOENIX", "2004-06-03"),
            "Acme West Airlines",
        ),
        # ... a word in capitals glued to a dash opens no body when nothing on its line says so
        ("COVID-Related charges were $2.1 million in the quarter.", ("", "2004-06-03"), None),
    ],
)
def test_a_city_in_capitals_glued_to_a_long_dash(line: str, dateline: tuple[str, str], company: str | None) -> None:
    parsed = parse(
        "Contact:\n\nJanice Rowe\n\n480/555-5729\nFOR IMMEDIATE RELEASE: Thursday, June 3, 2004\nACME WEST REPORTS "
        "RECORD TRAFFIC\n" + line + "\n"
    )
    assert (parsed["dateline"]["city"] or "", parsed["dateline"]["date"]) == dateline
    assert parsed["company"] == company


def test_two_names_over_a_number_and_the_last_four_digits_of_the_second() -> None:
    text = release("Acme will host a call on August 2, 2013 at 8:00 a.m. ET.").replace(
        "Contact:\nJane Rowe\nAcme Robotics, Inc.\n(617) 394-2761\njane.rowe@acmerobotics.example\n",
        "Public Relations:\n|\nJoseph Rowe/Fay Lind\n(212) 555-1570/1812\n|\n",
    )
    assert [(c["name"], c["phones"]) for c in parse(text)["contacts"]] == [
        ("Joseph Rowe", ["+12125551570"]),
        ("Fay Lind", ["+12125551812"]),
    ]


def test_a_heading_run_on_to_the_issuers_name_in_capitals() -> None:
    """A Hong Kong notice flattened to one line: the disclaimer, then "HIGHLIGHTS", then the name."""
    parsed = parse(
        "Hong Kong Exchanges and Clearing Limited take no responsibility for the contents of this announcement. "
        "HIGHLIGHTS ACME ASSET HOLDINGS LIMITED (Incorporated in the Cayman Islands with limited liability) (Stock "
        "Code: 208) 2018 INTERIM RESULTS ANNOUNCEMENT The Group's unaudited net profit increased."
    )
    assert parsed["company"] == "ACME ASSET HOLDINGS LIMITED"


@pytest.mark.parametrize(
    ("text", "dateline", "company"),
    [
        # a copy of an RNS page: blank lines above the "RNS Number" line that names the wire; the
        # header's identifier is no place and no issuer
        (
            "\n \n \n RNS Number : 3525L\n Acme Group PLC\n 29 April 2020\n \n 29 April 2020\n \n Acme Group plc\n \n"
            " LEI: 549300PT2CIHYN5GWJ21\n \n Acme Group plc\n \n (the 'Company')\n \n Annual General Meeting 2020\n"
            " \n The Company's Annual General Meeting will be held on Thursday 14 May 2020 at 11.00am.\n",
            (None, None, "2020-04-29", "RNS"),
            "Acme Group PLC",
        ),
        # a place line under the date line, and a page's link over the body
        (
            "Acme proposes reverse stock split and convenes Extraordinary Shareholder Meeting\n\nSeptember 3, 2015\n\n"
            "Sophia Antipolis, France.\n\nDownload the presentation\n\nAcme S.A. (Euronext Paris: ACM) has convened "
            "an Extraordinary Shareholder Meeting on Tuesday October 13, 2015 at 2:00 pm CET.\n",
            ("Sophia Antipolis", "France", "2015-09-03", None),
            "Acme S.A.",
        ),
    ],
)
def test_notices_dateline_and_issuer(
    text: str, dateline: tuple[str | None, str | None, str, str | None], company: str
) -> None:
    parsed = parse(text)
    found = parsed["dateline"]
    assert (found["city"], found["region"], found["date"], found["wire"]) == dateline
    assert parsed["company"] == company
