"""The dateline: city, region, release date and wire.

"WALTHAM, Mass.--(BUSINESS WIRE)--", "NEW YORK, July 23, 2013 /PRNewswire/ --",
"TORONTO, Jan. 5, 2024 (GLOBE NEWSWIRE) --", "STONY BROOK, NY / ACCESS Newswire / February 12, 2025 /",
"Vancouver, British Columbia--(Newsfile Corp. - February 7, 2025) -", "Oslo, February 10, 2025 - ",
and the Nordic sign-off line "Helsinki, February 13, 2025".
"""

from __future__ import annotations

import datetime as dt

import regex

from ..document import Document
from ..lexicon import (
    EXCHANGES,
    LOCAL_TIME_PLACES,
    MONTHS,
    NEWS_PORTALS,
    PHONE_COUNTRIES,
    PLACE_FIRST_WORDS,
    PLACE_LAST_WORDS,
    US_REGIONS,
    US_STATE_ZONES,
    WEEKDAYS,
    WIRES,
    ZONES,
    alternation,
)
from ..models import Dateline, ParseWarning
from ..regions import contact_blocks
from ..safety import compile as safe_compile
from ..safety import compile_lines, lowered
from ..scan import Words, finditer_near
from ..when import DateMention, find_dates, resolve, slash_date, weekday_disagrees
from . import Part
from .access import MARKDOWN_TARGET

HEADER_LIMIT = 6000  # characters: a dateline stands near the top
HTML_HEADER_LIMIT = 40000  # a web page puts its navigation first


def header_end(doc: Document) -> int:
    return min(len(doc.text), HTML_HEADER_LIMIT if doc.is_html else HEADER_LIMIT)


# The wire's name between parentheses or slashes: "--(BUSINESS WIRE)--", "/PRNewswire-FirstCall/",
# "(GLOBE NEWSWIRE)", "/ ACCESS Newswire /", "(Newsfile Corp. - February 7, 2025)", "/CNW/".
# A web copy may make the name a link: "/ [ACCESS Newswire](https://www.accessnewswire.com/) /".
# Or between dashes: "Toronto, Ontario – TheNewswire - February 10, 2025 –".
# A wire the table does not know, named in full: "(Investorideas.com Mining Stocks Newswire)".
_OTHER_WIRE = r"(?-i:\p{Lu})[\w.]{1,30}(?:[ \t][\w.]{1,20}){0,3}[ \t](?-i:Newswire|NewsWire|NEWSWIRE)"
_WIRE_MARK = safe_compile(
    rf"(?P<lead>\s{{0,2}}[-–]{{0,2}}\s{{0,2}})(?:[(/]|(?<=\s)[-–](?=\s))"
    rf"(?:[ \t*]{{0,6}}|[ \t]{{0,2}}\n[ \t]{{0,2}})(?:\[[ \t]?)?"
    # ("/Xinhua-PRNewswire-FirstCall/": a partner agency's name before the wire's)
    rf"(?:(?-i:\p{{Lu}}\p{{Ll}}{{2,12}})-(?=(?i:prnewswire|businesswire)))?"
    rf"(?P<wire>{alternation(WIRES)}|{_OTHER_WIRE})"
    # (closed by its bracket, slash or dash, or by the line's end: "Richmond, VA • May 19, 2015 / PRNEWSWIRE")
    rf"(?:\]\([^()\s]{{1,120}}\))?(?:[\s-]{{0,3}}(?P<inner>[^)/\n–-]{{1,40}}))?[ \t*]{{0,6}}(?:[)/]|[-–](?=\s)|(?=\n))",
    regex.IGNORECASE,
)
# The mark runs only around a word of a wire's name (its longest: "newswire", "business").
_WIRE_WORDS = Words(tuple({max(name.split(), key=len) for name in WIRES}))
_LONGEST_WIRE = max(len(name) for name in WIRES)
# Wires named at the foot: "View source version on businesswire.com", "This information is
# provided by RNS" (the London Stock Exchange's news service).
_VIEW_SOURCE = safe_compile(
    r"View source version on (?P<wire>businesswire|newsdirect)\.com|information is provided by (?P<wire>RNS)\b"
    # "Dissemination of a Regulatory Announcement ..., transmitted by EQS Group."
    # ("Corporate news transmitted by euro adhoc", "Corporate News übermittelt durch euro adhoc")
    # ("transmitted\n    by DGAP - a company of EQS Group AG": wrapped at a fixed width)
    r"|(?:transmitted\s{1,8}by|übermittelt\s{1,8}durch)\s{1,8}(?P<wire>EQS|DGAP|euro adhoc)\b",
    regex.IGNORECASE,
    needs=("view source version on", "information is provided by", "transmitted", "übermittelt"),
)
# The same on a line of its own (a line pattern: tried at line starts only, not at every
# character of the text as a "^" inside the alternation above was).
_SOURCE_LINE = compile_lines(
    # "Source: Pöyry Oyj via Globenewswire" (a Nordic issuer's copy on a portal)
    r"^(?:[ \t]{0,4}Source:[^\n]{1,80}?\svia\s(?P<wire>globe\s?newswire|business\s?wire|pr\s?newswire|cision)\b"
    # ... or at the head: "RNS Number : 1685P"
    # ("Source - LSE Regulatory\nRNS Number : 7268N": under a portal's line)
    r"|[ \t]{0,40}(?P<wire>RNS)\s(?i:number)\s{0,2}:"
    # ... or its German counterpart's: "DGAP-Ad-hoc: Acme Holding AG / Key word(s): AGM/EGM"
    r"|[ \t*]{0,4}(?P<wire>DGAP|EQS)-(?i:ad-?hoc|news|dd|hv|pvr|afr|wp[üu]g)(?:\s(?i:news))?\s{0,2}:)",
    regex.IGNORECASE,
)
# German portals: "Nachrichtenquelle: Business Wire (engl.)" under the headline.
# The wire's own page: "GlobeNewswire by notified" over the headline.
_PORTAL_SOURCE = compile_lines(
    r"^[ \t]{0,4}(?:(?:Nachrichtenquelle|Quelle|News\s?source)[ \t]{0,2}:[ \t]{0,3}"
    rf"(?P<wire>{alternation(WIRES)})\b|(?P<wire>{alternation(WIRES)})[ \t]by[ \t]notified\b)",
    regex.IGNORECASE,
)
# A portal's label line over the headline: "GlobeNewswire (Europe)".
_WIRE_LINE = safe_compile(
    # ("12.08.2020  |  Newsfile": a portal's stamp line, the date before the wire)
    r"(?:^|\n)[ \t]{0,4}(?:\d{1,2}[./]\d{1,2}[./]\d{4}[ \t]{1,4}\|[ \t]{1,4})?"
    rf"(?P<wire>{alternation(WIRES)})"
    r"(?:[ \t]{1,2}\((?:Europe|Nordic|UK|Asia|Canada|US)\))?[ \t]{0,4}"
    # ("EQS Newswire / 29/11/2024 / 09:00 UTC+8 ...": the wire's mark opens the stamp's line)
    r"(?:\n|/[ \t]{1,2}(?=\d{1,2}[./]\d{1,2}[./]\d{4}[ \t]/))",
    regex.IGNORECASE,
)
_WIRE_LINE_REACH = 300  # characters: only a label on the page's first lines
# "TheNewswire - June 16, 2021 - Acme Resources Inc. ...": the wire's mark opens the body's first
# line, before its date; read as far down as a bare dateline (highlights may stand above it).
_WIRE_DASH_DATE = compile_lines(
    rf"^[ \t]{{0,4}}(?P<wire>{alternation(WIRES)})"
    r"(?:[ \t]{1,2}\((?:Europe|Nordic|UK|Asia|Canada|US)\))?"
    rf"[ \t]{{1,2}}[-–][ \t]{{1,2}}(?=\p{{Lu}}\p{{Ll}}{{2,8}}\.?[ \t]\d)",
    regex.IGNORECASE,
)
# A place: "WALTHAM, Mass.", "Fort Lauderdale, FL", "PREMSTAETTEN, Austria & MUNICH, Germany"
_MONTH_NAME = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)"
# A month name and a day straight after a place's last letter: "MNAugust 4, 2010".
_GLUED_MONTH = rf"{_MONTH_NAME}[a-zA-Z]{{0,6}}\.?[ \t]{{1,2}}\d"
# ("Martinsried/Munich": two places of one address, joined by a slash)
_PLACE_WORD = (
    # (letters: "CTAX3: R$ 53.01", a share's price line, names no place)
    # (nor runs on through a dash to the date: "MINNEAPOLIS—AUGUST 5, 2009—Acme")
    rf"(?!{_MONTH_NAME}[a-zA-Z]{{0,6}}\.?\s{{1,2}}\d)[A-ZÀ-Þ]"
    rf"(?:[\p{{L}}.']|-(?!{_MONTH_NAME}[a-zA-Z]{{0,6}}\.?\s{{1,2}}\d)){{0,25}}(?:/[A-ZÀ-Þ][\p{{L}}.'-]{{1,25}})?"
)
_PLACE = (
    # ("Rio de Janeiro", "Frankfurt am Main", "City of Industry": a particle between a place's words)
    # ("Villeneuve d'Ascq": an elided one)
    rf"(?P<place>{_PLACE_WORD}(?:[ \t]{{1,2}}(?:(?:de|da|do|del|am|upon|sur|of)[ \t]|d['’])?{_PLACE_WORD}){{0,3}}"
    # "Lille (France), Cambridge (Massachusetts, United States), Zurich (Switzerland) January 30,
    # 2023 –": each office's country in brackets after it (French issuers); not a legal form in
    # capitals ("PT ACME INDONESIA (PERSERO) Tbk")
    rf"(?:[ \t]\((?!\p{{Lu}}{{4,}}\)){_PLACE_WORD}(?:[ \t]{_PLACE_WORD}){{0,2}}\)"
    rf"(?:,[ \t]{_PLACE_WORD}(?:[ \t]{_PLACE_WORD}){{0,2}}"
    rf"[ \t]\({_PLACE_WORD}(?:,?[ \t]{_PLACE_WORD}){{0,3}}\)){{0,3}})?"
    # "Zurich-Schlieren and Dublin, Ireland, October 10, 2016.": two offices, the first one's city
    rf"(?:[ \t](?:and|AND|&)[ \t]{_PLACE_WORD}(?:[ \t]{{1,2}}{_PLACE_WORD}){{0,2}}(?=,))?"
    # "GUANGZHOU,China,Aug. 20,2024 --": a copy that lost the spaces after its commas.
    # "JOPLIN,\nMO": a fixed-width exhibit that put each word on its own line.
    # ("VANCOUVER,   \nBC": the comma's line padded with spaces)
    rf"(?:,(?:[ \t]{{0,8}}\n[ \t]{{0,4}}|[ \t]{{0,2}})(?:the[ \t]{{1,6}})?{_PLACE_WORD}"
    rf"(?:[ \t]{{1,2}}{_PLACE_WORD}){{0,2}}){{0,2}}"
    # "OXFORDSHIRE, England & RADNOR, PA. & GAITHERSBURG, MD., US, 6 August 2026": more offices, each
    # with its region, after the first (which is the city)
    # ("Basingstoke, UK and Philadelphia, US – October 13, 2006 – Shire plc")
    # ("DUBLIN, Ireland, and Boston MA, November 5, 2020, Acme": the second office's comma before "and")
    rf"(?:,?[ \t](?:&|and|AND)[ \t]{_PLACE_WORD}(?:[ \t]{_PLACE_WORD})?(?:,[ \t]{_PLACE_WORD}){{0,2}}){{0,2}})"
    # (never ending inside a word, but before a month glued on, "Minneapolis, MNAugust 4, 2010":
    # trying every cut of every word of a title-case line cost a tenth of a millisecond a line)
    rf"(?!(?<=\p{{L}})(?!{_GLUED_MONTH})\p{{L}})"
)
# A dateline with no wire: "Oslo, February 10, 2025 - Navamedic ASA", "LONDON, UK - Acme plc", "Helsinki, Finland - ".
_BARE_DATELINE = compile_lines(
    # ("2 São Paulo, May 2, 2024 – Gerdau S.A.": a PDF's page number opens the line)
    # ("    Berlin, March 27, 2014 - According to ...": a copy that indents every line by four, or a
    # paragraph's first line by five: "     Beaver Falls,  Pennsylvania -- February 3, 2003- Acme")
    rf"^(?:[ \t*_]{{0,3}}|[ ]{{4,5}})(?P<page>\d{{1,2}}[ \t](?=\p{{Lu}}))?\(?{_PLACE},?[ \t]{{0,2}}"
    # Fixed-width exhibits: "JOPLIN,\nMO\n- May 3, 2006 -", "TORONTO,\nMarch 1, 2007 -"
    rf"(?:(?<=\p{{Lu}}{{2}})\n(?=-)|(?<=,[ \t]{{0,2}})\n(?=\p{{Lu}}\p{{Ll}}{{2,8}}\.?[ \t]\d))?"
    rf"(?:[-/]{{1,2}}[ \t]{{1,2}})?"
    # "LEBANON, Tenn. – February 24,\n2010 – Cracker": a fixed-width copy wrapped the date.
    # "WESTERVILLE, Ohio, August 16 - Lancaster": no year (the date line above gives it).
    # "**MUNICH, August 17, 2023**  – Acme": a markdown copy set the place and date in bold (the
    # document blanks the marks, so spaces stand in for them).
    # "Tallinn, 2023-03-28 10:29 CEST -- The management board": Nasdaq Baltic's ISO date and hour.
    # ("Chennai, Monday, 1st\nNovember, 2010 — Sify": wrapped before the month)
    rf"(?P<date>[^\n]{{4,32}}?(?:,\n[ \t]{{0,4}}|\n[ \t]{{0,4}}\p{{Lu}}\p{{Ll}}{{2,8}}\.?,?[ \t])?\d{{4}}"
    rf"|\p{{Lu}}\p{{Ll}}{{2,8}}\.?[ \t]\d{{1,2}}"
    r"|(?:19|20)\d\d-\d\d-\d\d"
    # "WOONSOCKET, R.I., 2017-Oct-30 — /EPR Retail News/ — CVS Health": a retail portal's date and mark
    r"|(?:19|20)\d\d-\p{Lu}\p{Ll}{2}-\d\d(?:[ \t]{1,2}-[ \t]{1,2}/(?P<mark>[\w .&-]{2,40})/(?=[ \t]{1,2}-))?)?"
    r"\)?,?[ \t]{0,5}"
    # "Mechelen, Belgium; 17 April 2020, 01.15 CET; regulated information - ": the hour and the
    # disclosure's class between the date and the dash (Euronext Brussels issuers).
    # ("GHENT, Belgium, 25 October 2017 (6.30 pm CEST) - Ablynx NV")
    # ("Brussels, March 17, 2016, 15:00 --- Solvay publishes ...": the hour with no zone)
    # ("Paris (France), March 17th, 2023, 08 am CET – Acme SA": the hour alone, with its half of the day)
    r"(?:\(?\d{1,2}(?:[.:]\d\d(?:[ \t]?[ap]\.?m\.?)?|[ \t]?[ap]\.?m\.?)(?:[ \t]\p{Lu}{2,5})?\)?[;,]?[ \t]{0,3})?"
    r"(?:(?i:regulated|inside|privileged)[ \t]information[ \t]{0,3})?"
    # ("Martinsried/Munich, 01 April 2016. Acme AG, a ...": a full stop after the year)
    # (a colon that ends its line after no date is a label's: "US:" over a dial-in number, as
    # is one before a number: "DK: +45 7876 8490")
    # (nor one before a price: "CTXNY: US$ 1.35")
    rf"(?:(?:-{{1,6}}|/|:(?![ \t]{{0,4}}\n)(?![ \t]{{0,3}}(?:[+(]?\d|[A-Z]{{0,3}}\$|€|£))"
    # ("July 20, 2006. . . Acme": the year's full stop opens a leader of dots)
    rf"|(?<=\d):|(?<=\))|(?<=\d{{4}})\.(?![ \t]{{0,2}}[.…]))\s"
    # "September 3, 2015 / Sophia Antipolis, France.": a place alone on its line under the date line,
    # its full stop ending it
    r"|(?<=\p{Ll})\.[ \t]{0,3}\n(?:[ \t]{0,3}\n){0,2}"
    # "Holmdel, New Jersey, April 30, 2020 . . . . . . . Monmouth ...": a leader of dots.
    # ("DUBLIN, Ireland (February 15, 2024)…. Acme": or an ellipsis and a full stop)
    r"|(?:[ \t]{0,2}[.…]){3,20}|[ \t]{0,2}…[.…]{0,19}"
    # "WESTBROOK, Maine, July 20, 2020-IDEXX Laboratories, Inc.": a copy that lost the spaces.
    # ("HOUSTON (July 29, 2026)—Core Laboratories": the bracket's close, then the dash)
    # ("**PINEVILLE, La., Oct. 31, 2007** –Mike Rowe": the bold marks blanked, a space, then the dash)
    r"|(?<=\d[ \t]{0,4}|\d\))-{1,6}(?=\p{Lu})"
    # "PARSIPPANY, N.J.--()--B&G Foods, Inc.": Business Wire's mark with the wire's name dropped by
    # a copy (or the whole mark: "PARSIPPANY, N.J.--B&G Foods")
    r"|--(?:\(\)--)?(?=\p{Lu})"
    # "Amsterdam, The Netherlands, April 30, 2020Kiadis Pharma N.V.": or even the dash
    # ("March 5, 2006AT&T Inc. (NYSE:T)": before a name in capitals).
    r"|(?<=\d{4})(?=\p{Lu}\p{Ll}{2}|\p{Lu}{2,6}(?:&\p{Lu}{1,4})?[ \t,])"
    # "JOPLIN, MO, November 8, 2005—(NYSE:EDE) — The Empire District": the listing between two dashes
    r"|(?<=\d{4})-{1,2}[ \t]?\([A-Za-z]{2,12}[ \t]?:[ \t]?[A-Z.]{1,8}\)[ \t]{0,2}-{1,2}[ \t]{0,2}(?=\p{Lu})"
    # "ANCHORAGE, Alaska—Alaska Communications": a city in capitals, its state, the dash glued on
    r"|(?<=^[ \t*_]{0,3}\p{Lu}{3,20}(?:[ \t]\p{Lu}{2,20})?,[ \t]\p{Lu}\p{Ll}{2,15})-(?=\p{Lu}\p{Ll})"
    # ... or no state: "PHOENIX—Acme West Airlines (NYSE:AWA) today reported" (the issuer's listing or
    # "today" on the line: "COVID-Related charges" opens no body)
    r"|(?<=^[ \t*_]{0,3}\p{Lu}{3,20}(?:[ \t]\p{Lu}{2,20})?)-"
    r"(?=\p{Lu}\p{Ll}[^\n]{0,120}?(?:\btoday\b|\([A-Za-z]{2,12}[ \t]?:))"
    # "CUPERTINO, CALIFORNIA October 28, 2021 Apple today announced": a copy that dropped the dash
    # and kept the space (the issuer's name, then a verb or its legal form, opens the body)
    # ("Immediately April 14, 2008 Edward A. Stokx": a header table's cells run on, a person's initial)
    # ("Tel Aviv, February 27, 2014, Elbit Imaging Ltd. (NASDAQ: EMITF)": or a comma after the year)
    # ("November 5, 2020, Acme (Nasdaq: ACMT, AIM: ACMT), a ...": or the issuer's listing after its name)
    r"|(?<=\d{4},?[ \t]{1,2})(?=\p{Lu}[\p{L}&'.-]{1,30}[ \t]{1,2}"
    r"(?:(?:today|has|will|is|announced|reported)\b|\p{Lu}\p{Ll}{1,3}\.|\([A-Za-z]{2,12}[ \t]?:)"
    # ("Basingstoke, UK 26 February 2003 Acme Pharmaceuticals Group plc (LSE: ACM)": a name of
    # several words, then its legal form)
    # ("Buenos Aires, Argentina, September 11, 2006, Acme Financiero S.A.": a dotted form ends the line)
    r"|(?:\p{Lu}[\p{L}&'.-]{0,30},?[ \t]{1,2}){1,5}(?:(?:plc|PLC|Ltd|Limited|Inc|Corp|Corporation|AG|SA|NV|ASA|AB|SE)\b"
    r"|S\.A\.|N\.V\.|S\.p\.A\.)))",
)
# The date before the place: "28.02.2013, Moscow. The Board of ...", "November 1, 2010 HARRISBURG,
# PA— Tower Bancorp, Inc. ..." (Russian issuers; an exhibit's header table run on).
_DATE_FIRST_LINE = compile_lines(
    r"^[ \t*_]{0,3}(?P<date>\d{1,2}\.\d{1,2}\.(?:19|20)\d\d|\p{Lu}\p{Ll}{2,8}\.?[ \t]\d{1,2},[ \t](?:19|20)\d\d"
    # ("July 23, 2003 — Chicago, Illinois — Telephone and Data Systems": a dash between them too)
    r"|\d{1,2}[ \t]\p{Lu}\p{Ll}{2,8}[ \t](?:19|20)\d\d)(?:,|[ \t](?:-{1,2}|–|—))?[ \t]{1,2}"
    rf"{_PLACE}(?:\.|[ \t]?(?:-{{1,2}}|–|—))[ \t]{{1,2}}(?=\p{{Lu}})"
)
# A sign-off line: "Helsinki, February 13, 2025" alone on its line.
# "Aberdeen, United Kingdom 14th February 2025 Acme Technology Ltd": the issuer may sign it.
# ("                Copenhagen, 20 March 2020": set flush right, as Danish announcements do)
_SIGN_OFF = compile_lines(
    # ("LEUDELANGE, Sweden -- April 24, 2013": a dash between the place and the date)
    rf"^[ \t*_]{{0,120}}+{_PLACE},?[ \t]{{1,2}}(?:[-–—]{{1,2}}[ \t]{{1,2}})?(?P<date>(?=[\dA-Z])[^\n]{{4,32}}?\d{{4}})"
    r"(?:[ \t]{1,3}\p{Lu}[\p{L}&.,' -]{1,60}?(?:Ltd|Limited|Inc|AS|ASA|AB|plc|PLC|Oyj|SE|AG|N\.V|S\.A)\.?)?"
    r"[ \t.,*_]{0,3}$"  # ("Trondheim, March 22, 2023," with the comma the signature would follow)
)
# "London, September 23" alone on a header line, its year on a date line near it.
_YEARLESS_LINE = compile_lines(
    rf"^[ \t*_]{{0,3}}{_PLACE},?[ \t]{{1,2}}"
    r"(?P<date>\p{Lu}\p{Ll}{2,8}\.?[ \t]\d{1,2}|\d{1,2}[ \t]\p{Lu}\p{Ll}{2,8})[ \t.*_]{0,3}$"
)
# A full date that ends its line (what a sign-off or a letter's head closes with).
_DATE_ENDS_LINE = r"(?P<date>(?=[\dA-Z])[^\n]{4,32}?\d{4})[ \t.*_]{0,3}$"
# A notice's signature: "SIGNED in Laval, Québec, ON JULY 30, 2021", "DATED at Toronto, Ontario, on May 3, 2021".
_SIGNED_AT = compile_lines(
    rf"^[ \t*_|]{{0,4}}(?i:signed|dated)[ \t](?i:in|at)[ \t]{_PLACE},?[ \t](?:(?i:on|this)[ \t])?" + _DATE_ENDS_LINE
)
# A letter to the exchange: "To: NASDAQ Copenhagen A/S        Copenhagen, Denmark, 22 March 2018".
_LETTER_HEAD = compile_lines(
    rf"^[ \t*_|]{{0,4}}(?:To|TO)[ \t]{{0,2}}:[^\n]{{1,80}}?[ \t]{{3,}}{_PLACE},?[ \t]{{1,2}}" + _DATE_ENDS_LINE
)
# A sentence that fixes the date: "today, Tuesday 11 February 2025".
_TODAY_IS = safe_compile(
    # "held today i.e 28th May, 2019"
    r"\b(?P<which>[Tt]oday|[Tt]omorrow),?\s{1,2}(?:i\.\s?e\.?,?\s{1,2})?"
    r"(?=(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6},?\s{1,2}(?:[A-Z][a-z]{2,8}\.?\s)?\d|\(?[A-Z][a-z]{2,8}\.?\s\d"
    r"|\d{1,2}(?:st|nd|rd|th)?\s[A-Z][a-z]{2,8})"
)


def canonical_wire(written: str) -> str:
    key = " ".join(written.lower().split())
    return WIRES.get(key, written.strip())


def extract(doc: Document) -> Part:
    return doc.memo("dateline", _extract)


def release_date_span(doc: Document) -> tuple[int, int] | None:
    """Where the dateline's date is written (None when it has none): the release's own day,
    never an event's ("Date: 7 March 2018" atop a notice of the meeting of 10 April)."""
    dateline = extract(doc).values["dateline"]
    return dateline.spans.get("date") if isinstance(dateline, Dateline) else None


def home_zone(doc: Document) -> str | None:
    """The zone of the dateline's place ("EASTON, Md." -> America/New_York), for a time the
    release writes as "local time" with no place beside it: the issuer's home, where its
    meetings are held."""
    dateline = extract(doc).values["dateline"]
    if not isinstance(dateline, Dateline):
        return None
    for place in (dateline.region, dateline.city):
        key = " ".join((place or "").lower().rstrip(".").split())
        zone = US_STATE_ZONES.get(key) or LOCAL_TIME_PLACES.get(key)
        if zone is not None:
            return zone
    return None


def _extract(doc: Document) -> Part:
    limit = header_end(doc)
    mark = _first_wire_mark(doc, limit)
    warnings: list[ParseWarning] = []
    found: tuple[Dateline, dt.date | None] | None
    if mark is not None:
        found = _from_wire_line(doc, mark, warnings)
        if found[0].city is None and found[1] is None:
            # "(Thomson Reuters ONE) -\nGHENT, Belgium, 25 October 2017 (6.30 pm CEST) - Ablynx NV": the
            # wire's mark gives neither place nor date; a bare dateline below it gives both. ("(Thomson
            # Reuters ONE) - Acme Corporation Stock exchange release February 16, 2010 at 8:55": or
            # a release stamp's date on the mark's own line.)
            # ("EQS-News: Acme AG / Key word(s): Quarter Results Q1 2019: Sales +8.8% Dortmund, May 8,
            # 2019: Acme AG ...": or a run-on copy's dateline inside the line)
            bare = _from_bare_line(doc, limit, warnings)
            if bare is None or bare[0].city is None:
                bare = _inline_dateline(doc, found[0].wire, warnings) or bare
            if bare is not None and (bare[0].city is not None or _on_line_of(doc, mark.start("wire"), bare[0].spans)):
                line, release = bare
                spans = {**line.spans, "wire": found[0].spans["wire"]}
                found = (line.model_copy(update={"wire": found[0].wire, "spans": spans}), release)
    else:
        found = _from_bare_line(doc, limit, warnings)
    if found is None:
        return Part(values={"dateline": None}, warnings=tuple(warnings))
    dateline, release = found
    return Part(
        values={"dateline": dateline}, spans=dict(dateline.spans), warnings=tuple(warnings), release_date=release
    )


def _on_line_of(doc: Document, at: int, spans: dict[str, tuple[int, int]]) -> bool:
    """Whether a dateline's date stands on the line of the text's position ``at``."""
    return "date" in spans and doc.line_at(spans["date"][0]) == doc.line_at(at)


def _first_wire_mark(doc: Document, limit: int) -> regex.Match[str] | None:
    return doc.memo(f"wire_mark:{limit}", lambda d: _find_wire_mark(d, limit))


def _find_wire_mark(doc: Document, limit: int) -> regex.Match[str] | None:
    marks = finditer_near(
        _WIRE_MARK, _WIRE_WORDS, doc.text, 0, limit, before=_LONGEST_WIRE + 12, after=_LONGEST_WIRE + 50
    )
    alone: regex.Match[str] | None = None
    for m in marks:
        line_start, _ = doc.line_at(m.start())
        before = doc.text[line_start : m.start()]
        # A wire inside a URL or a tracking link does not count, nor one a sentence names
        # ("Dow Jones received a payment from EQS/DGAP to publish this press release.").
        if _IN_LINK.search(before) or _SENTENCE_BEFORE_MARK.search(before):
            continue
        wire_start, wire_end = doc.line_at(m.start("wire"))
        if doc.text[wire_start:wire_end].strip(" ()/[]*_-–\t").lower() == m["wire"].lower():
            alone = alone or m  # "(TheNewswire)" on a line of its own: the dateline may name it again
            continue
        return m
    return alone


_SENTENCE_BEFORE_MARK = safe_compile(r"\b(?:received|paid|payment|published|distributed|provided)\b[^\n]{0,40}$")
_WRAPPED_PLACE = 40  # characters: the longest line that can hold the first half of a wrapped place
_IN_LINK = safe_compile(r"(?:https?:|www\.|\.com|=)\S{0,80}$")


def _from_wire_line(
    doc: Document, mark: regex.Match[str], warnings: list[ParseWarning]
) -> tuple[Dateline, dt.date | None]:
    text = doc.text
    line_start, line_end = doc.line_at(mark.start())
    prefix_start = line_start
    prefix = text[line_start : mark.start()]
    place_part, date_in_prefix = _split_place_and_date(prefix)
    # Fixed-width copies wrap "MEDFORD,\nNY--(MARKET WIRE)" or "MEDFORD,\nNY, July 31, 2008
    # (MARKET WIRE)": take the previous line's tail too.
    previous_start, previous_end = doc.line_at(line_start - 1) if line_start > 0 else (0, 0)
    previous = text[previous_start:previous_end]
    # ("SHENZHEN,\nChina & LOS ANGELES--(BUSINESS WIRE)": a city in capitals and its comma alone above,
    # however long the line under it)
    capitals_above = previous.strip()[:-1].isupper() and previous.rstrip().endswith(",")
    if (len(place_part.strip()) < 12 or capitals_above) and line_start > 0:
        # ... or "LOS\nANGELES--(BUSINESS WIRE)": the first word of the place alone on the line above.
        if (previous.rstrip().endswith(",") and len(previous.strip()) <= _WRAPPED_PLACE) or (
            previous.strip().lower() in PLACE_FIRST_WORDS and place_part.strip()[:2].isupper()
        ):
            prefix_start = previous_start
            prefix = previous + " " + prefix
            place_part, date_in_prefix = _split_place_and_date(prefix)
    city, region, city_span, region_span = _city_region(place_part, prefix_start + _offset_in(prefix, place_part))
    if city is not None and (":" in city or not _looks_like_place(city)):
        # "SalMar – Q2 2020 Trading update Oslo Stock Exchange:SALM – GlobeNewswire": a title, not a place
        city, region, city_span, region_span = None, None, None, None
    spans: dict[str, tuple[int, int]] = {"wire": (mark.start("wire"), mark.end("wire"))}
    if city_span:
        spans["city"] = city_span
    if region_span:
        spans["region"] = region_span
    # The date: in the prefix, inside the mark ("Newsfile Corp. - February 7, 2025"),
    # right after the mark ("--February 11, 2025--"), or on a date line above.
    candidates: list[DateMention] = []
    if date_in_prefix is not None:
        candidates.append(_shift(date_in_prefix, prefix_start))
    date_end = min(line_end, mark.end() + 40)
    if _MONTH_ALONE.fullmatch(text, mark.end(), line_end) and line_end < len(text):
        # "--(BUSINESS WIRE)--February\n11, 2025--": a fixed-width copy wrapped the date's day
        date_end = min(doc.line_at(line_end + 1)[1], mark.end() + 40)
    candidates += find_dates(text, mark.start(), date_end)
    target = MARKDOWN_TARGET.match(text, mark.end(), line_end)  # "[ACCESS Newswire](https://...)": the link's rest
    rest_start = target.end() if target is not None else mark.end()
    if not text[rest_start:line_end].strip(" \t*_" if target is not None else None) and line_end < len(text):
        # "EXTON, PA - (PR Newswire-First Call)\n– February 29, 2008 - ...": a fixed-width copy
        # wrapped the date to the next line; it opens that line.
        lead = _WRAPPED_DATE_LEAD.match(text, line_end + 1)  # (all optional: it always matches)
        opens = lead.end() if lead is not None else line_end + 1
        wrapped = find_dates(text, opens, min(doc.line_at(line_end + 1)[1], opens + 40))
        candidates += [mention for mention in wrapped if mention.start == opens]
    release = _first_dated(doc, candidates, spans, warnings)
    if release is None:
        release = _numeric_date_after(text, mark.end(), spans)
    if release is None:
        release = _date_line_above(doc, line_start, spans)
    if release is None:
        release = _year_the_text_fixes(doc, candidates, spans)
    if release is None and all(candidate.relative is not None for candidate in candidates):
        # "TACOMA, Wash.--(BUSINESS WIRE)-- TrueBlue ... a conference call at 2 p.m. (PT), today,
        # Wednesday, July 21, 2010": a dateline with no date; the text fixes it further on.
        release = _stated_today(doc, spans, anywhere=True)
    wire = canonical_wire(mark["wire"])
    return Dateline(city=city, region=region, date=release, wire=wire, spans=spans), release


_MONTH_ALONE = safe_compile(r"[ \t\-–]{0,4}\p{Lu}\p{Ll}{2,8}\.?[ \t]{0,4}")
_WRAPPED_DATE_LEAD = safe_compile(r"[ \t]{0,4}(?:[-–—/]{1,2}[ \t]{0,2})?")


def _numeric_date_after(text: str, at: int, spans: dict[str, tuple[int, int]]) -> dt.date | None:
    """ "WEST LAFAYETTE, IN -- (Marketwire) -- 08/09/11 --": the US order, month first, right after the mark."""
    found = slash_date(text, at, min(len(text), at + 20), month_first=True)
    if found is None or text[at : found.start].strip(" \t-"):
        return None
    day = resolve(found, None)
    if day is not None:
        spans["date"] = (found.start, found.end)
    return day


def _slashed(text: str, m: regex.Match[str], spans: dict[str, tuple[int, int]]) -> dt.date | None:
    """ "NEW YORK, NY -- 05/07/2008 --": month first in a US place, day first in a named country
    elsewhere; elsewhere only a date no reading can swap."""
    city, region = _city_region(m["place"], m.start("place"))[:2]
    mention = slash_date(text, m.start("date"), m.end("date"), _month_first_in(city, region))
    day = resolve(mention, None) if mention is not None else None
    if mention is not None and day is not None:
        spans["date"] = (mention.start, mention.end)
    return day


def _month_first_in(city: str | None, region: str | None) -> bool | None:
    """How a place writes a date in figures: month first in the US ("DALLAS", "NEW YORK, NY"), day
    first in a country named elsewhere, unknown otherwise."""
    key = (region or "").lower().strip(" .")
    if key in US_REGIONS or (not key and LOCAL_TIME_PLACES.get((city or "").lower().strip(" .")) in _US_ZONES):
        return True
    return False if PHONE_COUNTRIES.get(key) not in (None, "US", "CA") else None


_US_ZONES = frozenset(
    {"America/New_York", "America/Chicago", "America/Denver", "America/Phoenix", "America/Los_Angeles"}
)


def _first_dated(
    doc: Document, mentions: list[DateMention], spans: dict[str, tuple[int, int]], warnings: list[ParseWarning]
) -> dt.date | None:
    for mention in mentions:
        if mention.year is None or mention.relative:
            continue
        day = resolve(mention, None)
        if day is None:
            continue
        spans["date"] = (mention.start, mention.end)
        if weekday_disagrees(mention, day):
            warnings.append(
                ParseWarning(
                    code="weekday_mismatch",
                    message=f"release date {day.isoformat()} is not the weekday written",
                    span=(mention.start, mention.end),
                )
            )
        return day
    return None


# A year written as a word: "2010 BIO Convention", "September 18-20, 2002"; not "sf2002".
_BARE_YEAR = safe_compile(r"(?<![\w$.,/-])(?:19|20)\d\d(?![\w%/-])")
YEAR_REACH = 3000  # characters after the dateline in which the year must be the only one


def _year_less(
    doc: Document, line_start: int, mentions: list[DateMention], spans: dict[str, tuple[int, int]]
) -> dt.date | None:
    """A dateline's day without its year: the day of the date line above it when that is the same
    day ("|August 16, 2023" over "WESTERVILLE, Ohio, August 16 -"), else the year the text fixes."""
    mention = next((m for m in mentions if m.year is None and m.relative is None), None)
    if mention is None:
        return None
    line_end = doc.line_at(line_start)[1]
    below = (line_end, min(len(doc.text), line_end + _BELOW_REACH))
    for begin, stop in ((max(0, line_start - 1200), line_start), below):
        # ... or of the date line a few lines below it ("London, September 23" over the issuer's
        # name over "23 September 2020")
        found: dict[str, tuple[int, int]] = {}
        day = _date_line_within(doc, begin, stop, found)
        if day is not None and (day.month, day.day) == (mention.month, mention.day):
            spans.update(found)
            return day
    return _year_the_text_fixes(doc, [mention], spans)


_BELOW_REACH = 300  # characters below a year-less dateline that its date line may sit in
_PARAGRAPH_INDENT = " " * 5  # a fixed-width copy's paragraph indent: a dateline there needs its date
# A year of the company's history, not of the release: "Acme Casinos, Inc., founded in 1992, is ..."
_HISTORY_YEAR_LEAD = safe_compile(
    r"\b(?:founded|established|incorporated|formed|organi[sz]ed|began\soperations|opened)\s(?:in\s)?$"
    r"|\b(?:since|in\sbusiness\ssince)\s$",
    regex.IGNORECASE,
)


def _year_the_text_fixes(
    doc: Document, mentions: list[DateMention], spans: dict[str, tuple[int, int]]
) -> dt.date | None:
    """ "BETHESDA, Md., May 3 /PRNewswire-FirstCall/" (old wire copy, no year): the year the
    release fixes beyond doubt. That is the only year its headline and opening name, when no
    date written in that year comes before the dateline's day. November and December are
    left alone, because releases then name next year's plans."""
    mention = next((m for m in mentions if m.year is None and m.relative is None and m.weekday is None), None)
    if mention is None or mention.month is None or mention.day is None:
        return None
    end = min(len(doc.text), mention.end + YEAR_REACH)
    years = {
        int(m.group())
        for m in _BARE_YEAR.finditer(doc.text, 0, end)
        if not _HISTORY_YEAR_LEAD.search(doc.text, max(0, m.start() - 24), m.start())
    }
    if len(years) != 1 or mention.month >= 11:
        return (
            _year_the_headline_month_fixes(doc, mention, spans)
            or _year_an_upcoming_date_fixes(doc, mention, end, spans)
            or _year_a_reported_period_fixes(doc, mention, spans)
        )
    year = years.pop()
    for dated in find_dates(doc.text, 0, end):
        if dated.year == year and dated.month is not None and dated.day is not None:
            if (dated.month, dated.day) < (mention.month, mention.day):
                # something dated earlier that year: the release may be next year's, unless the
                # dates it plans ("a call on Tuesday, November 3, 2009") or the period it reports fix the year
                return _year_an_upcoming_date_fixes(doc, mention, end, spans) or _year_a_reported_period_fixes(
                    doc, mention, spans
                )
    return _day_in_the_one_year(mention, {year}, spans)


def _year_a_reported_period_fixes(
    doc: Document, mention: DateMention, spans: dict[str, tuple[int, int]]
) -> dt.date | None:
    """ "SHANGHAI, Nov. 10 /PRNewswire-Asia/ -- ... results for the third quarter ended September
    30, 2009": the year in which the dateline's day falls within weeks after the period the
    opening reports, when every period named there agrees on one."""
    if mention.month is None or mention.day is None:
        return None
    end = min(len(doc.text), mention.end + _PERIOD_REACH)
    years: set[int] = set()
    period_ends: list[dt.date] = []
    for ended in _PERIOD_ENDED.finditer(doc.text, mention.end, end):
        dated = next(iter(find_dates(doc.text, ended.end(), min(end, ended.end() + 24))), None)
        period_end = resolve(dated, None) if dated is not None and dated.year is not None else None
        if period_end is not None:
            period_ends.append(period_end)
    # "RailAmerica Provides Revised Third Quarter 2005 Guidance" over "BOCA RATON, Fla. – October 5 –":
    # a calendar quarter named with its year, in the headline or the opening
    quarter_ends: set[dt.date] = set()
    for quarter in _QUARTER_OF_YEAR.finditer(doc.text, 0, end):
        number = int(quarter["q"]) if quarter["q"] else _QUARTER_NUMBERS[quarter["quarter"].lower()]
        quarter_ends.add(dt.date(int(quarter["year"] or quarter["year2"]), 3 * number, 30 if number in (2, 3) else 31))
    period_ends.extend(quarter_ends)
    # The latest period that the day can follow is the one reported: "third quarter 2007 ... compared
    # with ... the 12 months ended September 30, 2006" (a year-earlier period, for comparison)
    for period_end in sorted(set(period_ends), reverse=True):
        for year in (period_end.year, period_end.year + 1):
            day = resolve(DateMention(mention.start, mention.end, mention.day, mention.month, year, None), None)
            # ("CYMI Expects Third-Quarter Results ... Sept. 9 ... third-quarter 2002 operating results":
            # or, a calendar quarter, the weeks of the quarter itself, whose results a release foretells)
            earliest = -_QUARTER_DAYS if period_end in quarter_ends else 0
            if day is not None and earliest < (day - period_end).days <= _REPORTING_LAG:
                years.add(year)
        if years:
            break
    return _day_in_the_one_year(mention, years, spans)


_PERIOD_ENDED = safe_compile(r"\b(?:quarter|months|year|period|half)\s(?:ended|ending)\s", regex.IGNORECASE)
# (not a fiscal quarter, whose months are the issuer's own)
_QUARTER_OF_YEAR = safe_compile(
    r"(?<!fiscal\s)\b(?P<quarter>first|second|third|fourth)[\s-]quarter\s(?:of\s)?(?P<year>(?:19|20)\d\d)\b"
    r"|(?<!fiscal\s)\bQ(?P<q>[1-4])\s?(?P<year2>(?:19|20)\d\d)\b",
    regex.IGNORECASE,
)
_QUARTER_NUMBERS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_PERIOD_REACH = 600  # characters of the opening read for the period it reports
_REPORTING_LAG = 100  # days: how long after a period ends its results come out
_QUARTER_DAYS = 90  # days before a quarter's end that fall within it


def _year_the_headline_month_fixes(
    doc: Document, mention: DateMention, spans: dict[str, tuple[int, int]]
) -> dt.date | None:
    """ "OFI Income Fund announces December 2007 Distribution" over "OTTAWA, Dec. 12 /CNW/": the
    year the headline names with the dateline's own month."""
    if mention.month is None or mention.start > _HEADLINE_MONTH_REACH:
        return None
    years = {
        int(m["year"])
        for m in _MONTH_YEAR.finditer(doc.text, 0, mention.start)
        if MONTHS.get(m["month"].lower().rstrip(".")) == mention.month
    }
    return _day_in_the_one_year(mention, years, spans)


_MONTH_YEAR = safe_compile(rf"\b(?P<month>(?i:{alternation(MONTHS)}))\s(?P<year>(?:19|20)\d\d)\b")
_HEADLINE_MONTH_REACH = 400  # characters: the headline above the dateline


def _day_in_the_one_year(mention: DateMention, years: set[int], spans: dict[str, tuple[int, int]]) -> dt.date | None:
    """The dateline's day in the one year the evidence agrees on; None when it names none or several."""
    if len(years) != 1 or mention.month is None or mention.day is None:
        return None
    day = resolve(DateMention(mention.start, mention.end, mention.day, mention.month, years.pop(), None), None)
    if day is not None:
        spans["date"] = (mention.start, mention.end)
    return day


UPCOMING_REACH = 120  # days: how far ahead of its release a release's dated plans lie


def _year_an_upcoming_date_fixes(
    doc: Document, mention: DateMention, end: int, spans: dict[str, tuple[int, int]]
) -> dt.date | None:
    """ "SAN JOSE, Calif., Nov. 3 /PRNewswire-FirstCall/ -- ... a conference call for Friday, Nov.
    4, 2005": the year in which the dateline's day falls a few weeks or less before the dates the
    text writes out in full, when all of them agree on one. Dates already past (a quarter's end)
    fit no such year and say nothing."""
    if mention.month is None or mention.day is None:
        return None
    years: set[int] = set()
    latest: dt.date | None = None
    for dated in find_dates(doc.text, mention.end, end):
        if dated.year is None or dated.month is None or dated.day is None or dated.relative:
            continue
        if _ENDED_BEFORE.search(doc.text, max(0, dated.start - 16), dated.start):
            continue  # "the fiscal year ended December 31, 2008": a period reported, no plan
        later = resolve(dated, None)
        if later is not None and (latest is None or later > latest):
            latest = later
        for year in (dated.year, dated.year - 1):
            day = resolve(DateMention(mention.start, mention.end, mention.day, mention.month, year, None), None)
            if later is not None and day is not None and 0 <= (later - day).days <= UPCOMING_REACH:
                years.add(year)
    if latest is not None and years and latest.year not in years:
        # "Jan. 26 /PRNewswire/ -- ... $0.1125 per share paid on February 20, 2009, and ... paid on
        # January 20, 2010": the day falls as well a few weeks after every date written, in the latest
        # one's year
        after_all = resolve(
            DateMention(mention.start, mention.end, mention.day, mention.month, latest.year, None), None
        )
        if after_all is not None and 0 <= (after_all - latest).days <= UPCOMING_REACH:
            return None
    return _day_in_the_one_year(mention, years, spans)


_ENDED_BEFORE = safe_compile(r"\b(?:ended|ending)\s(?:on\s)?$", regex.IGNORECASE)


# "For Immediate Release: November 22, 2024", "FOR IMMEDIATE RELEASE - May 30, 2008"
# "STORA ENSO OYJ STOCK EXCHANGE RELEASE 11 February 2025 at 8:30 a.m. EET" (Nordic releases
# open with the issuer and the kind of release).
_RELEASE_LABEL = safe_compile(
    r"^(?i:for\s{1,3}(?:immediate\s{1,3})?release|(?:press|news)\s{1,3}release|release\s{1,3}date|date"
    r"|(?:[^\n]{0,60}?\s)?(?:stock\s{1,3}exchange\s{1,3}release|company\s{1,3}announcement|investor\s{1,3}news"
    # "Kemira Oyj, Financial Statements Bulletin, February 11, 2025 at 8.30 am (EET)"
    r"|financial\s{1,3}statements?\s{1,3}(?:bulletin|release)|(?:interim|half-year|half\s{1,3}year)\s{1,3}report"
    r"|business\s{1,3}review|inside\s{1,3}information)"
    r"|(?:company\s{1,3})?announcement\s{1,3}no\.?\s{0,2}\d{1,4}(?:/\d{2,4})?)"
    r"\s{0,3}[:\-,]?\s{0,3}"
)


# An RNS header run on to one line: "RNS Number : 7892V Acme Electricity PLC 15 December 2021".
_RNS_HEAD = safe_compile(r"RNS\s(?i:number)\s{0,2}:\s{0,2}[A-Z0-9]{4,6}(?:\s[^\n]{1,80})?")


def _date_line_above(
    doc: Document, line_start: int, spans: dict[str, tuple[int, int]], month_first: bool | None = None
) -> dt.date | None:
    """A line that holds only a date (maybe a time), above the dateline: "July 23, 2013" (or "3/2/2010"
    over "DALLAS – ...", read as the place writes it)."""
    return _date_line_within(doc, max(0, line_start - 1200), line_start, spans, month_first)


def _date_line_within(
    doc: Document, begin: int, stop: int, spans: dict[str, tuple[int, int]], month_first: bool | None = None
) -> dt.date | None:
    """The first line in text[begin:stop] that holds only a date (maybe a time)."""
    for start, end, line in doc.lines(begin, stop):
        stripped = _RELEASE_LABEL.sub("", line.strip(" *_#\t"))
        # ("ANNOUNCEMENT NO. 13 - 18 MAY 2020" over a calendar's rows: labelled the release's, no row)
        label = line.strip(" *_#\t")[: len(line.strip(" *_#\t")) - len(stripped)].strip(" :-,").lower()
        rns_head = _RNS_HEAD.match(stripped) is not None
        if not stripped or (len(stripped) > 48 and not rns_head):
            continue
        if stripped.lower().rstrip(".") in MONTHS and end < stop:
            end = doc.line_at(end + 1)[1]  # "September\n28, 2018": a fixed-width copy wrapped the date
        mentions = _full_dates(doc, start, end, month_first)
        if len(mentions) != 1:
            continue
        mention = mentions[0]
        leftover = _RELEASE_LABEL.sub(
            "", (doc.text[start : mention.start] + doc.text[mention.end : end]).strip(" *_#\t,-|")
        )
        if (
            leftover
            and not _JUST_A_TIME.fullmatch(leftover)
            and not (rns_head and _RNS_HEAD.fullmatch(leftover))
            and not _release_column(doc, start, mention)
        ):
            continue
        if _a_details_row(doc, start, mention.weekday is not None, with_time=bool(leftover)):
            continue
        day = resolve(mention, None)
        if day is not None and ((label and label != "date") or not _calendar_row(doc, start, day)):
            spans["date"] = (mention.start, mention.end)
            return day
    return None


_RELEASE_HEAD = safe_compile(r"[ \t*_|]{0,4}(?i:for\s{1,3}immediate\s{1,3}release)\b")
_COLUMN_GAP = safe_compile(r"[ \t]{3,}|\t")


def _release_column(doc: Document, start: int, mention: DateMention) -> bool:
    """ "FOR IMMEDIATE RELEASE:   FOR MORE INFORMATION, CONTACT:" over "April 26, 2016   David D.
    Rowe": a header's two columns, the date opening the release mark's."""
    if doc.text[start : mention.start].strip(" *_|\t") or not _COLUMN_GAP.match(doc.text, mention.end):
        return False
    above = _text_line_above(doc, doc.line_index(start))
    return above is not None and _RELEASE_HEAD.match(doc.text, doc.line_bounds(above)[0]) is not None


def _full_dates(doc: Document, start: int, end: int, month_first: bool | None = None) -> list[DateMention]:
    """The dates with their year in text[start:end]; else a numeric one only one reading allows
    ("10/20/2005" alone over the headline, "Meeting Date: / 04/27/2011")."""
    mentions = [m for m in find_dates(doc.text, start, end) if m.year is not None]
    if not mentions and "/" in doc.text[start:end]:
        slashed = slash_date(doc.text, start, end, month_first)
        mentions = [slashed] if slashed is not None else []
    return mentions


# "Annual Meeting / Thursday, May 26, 2022 / 2:00 p.m. Atlantic time", "Record Date / Close of
# business / March 28, 2022": a notice's details, not the release's date: a heading above the
# date line, or a weekday's date with its time below ("February 13, 2025 / 11:00 a.m. Finnish
# time" is a Nordic release's stamp).
_DETAILS_HEADING = safe_compile(
    r"(?i:meeting|call|webcast|conference|presentation|event|agm|egm|date\sand\stime|record\sdate"
    r"|close\sof\sbusiness|deadline|meeting\sof\s(?:the\s)?(?:share|stock)holders)[ \t*_:]{0,3}$"
)
# ("Result of General Meeting / May 23, 2024": a meeting's outcome, the date the release's own)
_OUTCOME_HEADING = safe_compile(r"[ \t*_]{0,4}(?i:(?:voting\s|poll\s)?results?|outcome)\s(?i:of|at|from)\s")
# (its label may lead: "Date: Wednesday, April 27, 2005" over "Time: 4:30 p.m. (Eastern Time)")
# ("Time: 14:00 CEST / 13:00 BST / 08:00 EDT": a labelled row needs no "a.m.")
_TIME_ROW = safe_compile(
    r"[ \t*_]{0,4}(?:(?i:time)\s?:\s{0,3}\d{1,2}[:.]\d\d(?!\d)|\d{1,2}[:.]\d\d\s?(?:[AaPp]\.?[Mm]\b|hours|h\b))"
)


def _a_details_row(doc: Document, start: int, with_weekday: bool, *, with_time: bool = False) -> bool:
    """An event's date (and time) under its heading, or over its time's row; with a weekday and
    a time, under any line that ends by naming the event ("... invited to the Annual General
    Meeting" over "Thursday April 20, 2023 at 09:15"; a page's stamp writes no weekday)."""
    index = doc.line_index(start)
    above_index = _text_line_above(doc, index)
    above = doc.line_bounds(above_index) if above_index is not None else None
    below = next(
        (doc.line_bounds(i) for i in range(index + 1, min(len(doc.line_starts), index + 3)) if _has_text(doc, i)), None
    )
    return bool(
        (
            above is not None
            and (above[1] - above[0] <= 40 or (with_time and with_weekday))
            and _DETAILS_HEADING.search(doc.text, *above)
            and not _OUTCOME_HEADING.match(doc.text, *above)
        )
        or (with_weekday and below is not None and _TIME_ROW.match(doc.text, *below))
    )


_CALENDAR_LOOK = 4  # lines with text on either side of a date line read for another row's date


def _calendar_row(doc: Document, line_start: int, day: dt.date) -> bool:
    """A date line with a line of only another date a few lines over or under it: a calendar's rows
    of labels and dates ("Full year results released to ASX / 19 August 2024 / (webcast 9.30am AEST) /
    Security price quoted ex-dividend / 23 August 2024"), not the release's date (an RNS header
    writes its one date twice)."""
    index = doc.line_index(line_start)
    for step in (1, -1):
        seen = 0
        at = index + step
        while 0 <= at < len(doc.line_starts) and seen < _CALENDAR_LOOK:
            start, end = doc.line_bounds(at)
            at += step
            stripped = doc.text[start:end].strip(" *_#|\t")
            if not stripped:
                continue
            seen += 1
            if len(stripped) > 40:
                continue
            dates = _full_dates(doc, start, end)
            if (
                len(dates) == 1
                and len(stripped) <= dates[0].end - dates[0].start + 4
                and resolve(dates[0], None) != day
                # (not a headline's last line: "... RESULTS TO BE RELEASED / ON TUESDAY, AUGUST 11, 2020")
                and not doc.text[start : dates[0].start].strip(" *_#|\t").isalpha()
            ):
                return True
    return False


def _has_text(doc: Document, index: int) -> bool:
    a, b = doc.line_bounds(index)
    return bool(doc.text[a:b].strip(" \t*_|"))


def _wire_line_above(doc: Document, at: int) -> regex.Match[str] | None:
    """A wire's name alone on the nearest line with text above the line of ``at``."""
    above = _text_line_above(doc, doc.line_index(at))
    if above is None:
        return None
    start, end = doc.line_bounds(above)
    return _WIRE_ALONE.fullmatch(doc.text, start, end)


_WIRE_ALONE = safe_compile(rf"[ \t*_]{{0,4}}(?P<wire>{alternation(WIRES)})[ \t*_]{{0,4}}", regex.IGNORECASE)


def _text_line_above(doc: Document, index: int) -> int | None:
    """The index of the nearest line with text among the two above line ``index`` (a blank line
    between them allowed)."""
    return next((i for i in range(index - 1, max(-1, index - 3), -1) if _has_text(doc, i)), None)


# "05:30 PM Eastern Standard Time" (a Business Wire page's stamp), "8:30 ET"
# (a news page's byline: "Apr 13, 2001, 01:00 ET from USG Corporation")
_JUST_A_TIME = safe_compile(
    r"(?:at\s)?\d{1,2}[:.]\d\d\s?(?:[AaPp]\.?[Mm]\.?)?(?:\s?\(?[A-Z]{2,4}\)?|\s(?:[A-Z][a-z]{2,10}\s){1,2}Time)?"
    r"(?:\sfrom\s\p{Lu}[\w&.,'’ -]{1,80})?"
)
# (a place in the bracket it shares with its date: "(Calgary April 27, 2009) /Marketwire/")
_PLACE_TAIL = safe_compile(r"(?:^|[\n*_>\]]|\s{2,}|[.!?]\s)\s*\(?(?P<tail>[^\n*_>\]]{2,80})$")
# A portal's run-on header repeats the dateline ("PR Newswire CLEARWATER, Fla., March 21, 2016
# CLEARWATER, Fla., March 21, 2016 /PRNewswire/"): the place starts after the last year.
# ("Key Highlights - FY 2019PITTSBURGH, Feb. 26, 2020": a copy that lost its line breaks glued
# the headline's last word on to the place.)
_LAST_YEAR = safe_compile(r"\b(?:19|20)\d\d(?:\s|(?=\p{Lu}{3}))(?=[^\n]{2,80}$)")
_BREAK_AFTER_COMMA = safe_compile(r"(?<=,[ \t]{0,8})\n")
_PARTNER_TAG_OPENED = safe_compile(r"(?<=\w)[ \t]{1,2}\([\w.-]{1,20}$")  # (not "(Calgary April 27, 2009)")
_SECOND_PLACE = safe_compile(r"\s(?:and|AND|&)\s(?=[A-Z])")
# Words before a place, up to a lower-case word no place name holds ("Frankfurt am Main" and
# "Newcastle upon Tyne" keep theirs): a portal's or a heading's, not the city's.
_LEAD_BEFORE_CITY = safe_compile(
    r"(?:\S{1,30}\s){0,3}?(?!(?:am|an|der|de|del|la|le|les|du|upon|on|of|the|sur|im|in|bei|y|da|do|dos|das|van|von|en)\s)"
    r"\p{Ll}[\p{L}-]{1,30}\s(?=\p{Lu})"
)


_CAPITALS_GLUED = safe_compile(r"(?<=\d)\p{Lu}{2}")


# "CALGARYMay 9, 2019 /CNW/": a place in capitals that lost the comma and space before its date.
# ("CALGARYMay 9, 2019 /CNW/", "SEOUL, South KoreaApril 17, 2023 /PRNewswire/": after a place in
# capitals or a region's last small letter)
_MONTH_GLUED_TO_PLACE = safe_compile(
    rf"(?<=\p{{Lu}}{{2}}|\p{{Ll}})(?=(?:{alternation(m.capitalize() for m in MONTHS)})\.?[ \t]\d)"
)


def _split_place_and_date(prefix: str) -> tuple[str, DateMention | None]:
    dates = [d for d in find_dates(prefix) if d.relative is None]
    if not dates and (glued := _MONTH_GLUED_TO_PLACE.search(prefix)) is not None:
        at = glued.start()
        parted = [d for d in find_dates(prefix[:at] + " " + prefix[at:]) if d.relative is None and d.start > at]
        return (prefix[:at], _shift(parted[0], -1)) if parted else (prefix, None)
    if not dates:
        return prefix, None
    first = dates[0]
    last = dates[-1]
    if _CAPITALS_GLUED.match(prefix, last.end):
        # "Swiss Supreme Court16:19 EST Monday, January 24, 2011ZUG, SWITZERLAND--(Marketwire": a
        # page's time stamp run into the place.
        return prefix[last.end :], last
    if _CAPITAL_PLACE.fullmatch(prefix, last.end):
        # "On to Release Results on Tuesday, March 4, 2025 ZURICH, Switzerland--(BUSINESS WIRE)--": a
        # run-on headline's date before the place; the dateline's own date follows the mark
        return prefix[last.end :], None
    if last is not first and _CAPITAL_PLACE_BEFORE_DATE.search(prefix, first.end, last.start):
        # "... Earnings Call at 8:30 a.m. on Thursday, February 20, 2025. EDINBURG, Va., Feb. 12, 2025
        # (GLOBE NEWSWIRE)": a run-on headline's date, then the place and its date
        return prefix[: last.start], last
    if last is not first and not prefix[last.end :].strip(" ,-–"):
        # "... CLEARWATER, Fla., March 21, 2016 CLEARWATER, Fla., March 21, 2016 /PRNewswire/": a
        # run-on copy repeats the dateline; the one against the mark is it.
        return prefix[: last.start], last
    run_on = _CAPITAL_PLACE_AT_END.search(prefix, last.end)
    if run_on is not None and run_on.start() - last.end >= _RUN_ON_HEADLINE:
        # "July 23, 2013 ImmunoGen, Inc. Announces Conference Call ... also announced — WALTHAM, Mass.--(BUSINESS
        # WIRE)": a date line, the headline and the place run on to one line
        return prefix[last.end :], last
    return prefix[: first.start], first


def _shift(mention: DateMention, by: int) -> DateMention:
    return DateMention(mention.start + by, mention.end + by, mention.day, mention.month, mention.year, mention.weekday)


def _offset_in(outer: str, inner: str) -> int:
    return max(outer.find(inner), 0)


# A place's words in capitals ("NEW YORK", "ST. LOUIS"), and a word with small letters before one.
_CAPITAL_WORDS = r"\p{Lu}{2,}(?:[ .'-]{1,2}\p{Lu}{2,}){0,2}"
_SMALL_WORD = r"\p{Ll}[\p{L}\d()-]{0,30}"
# The words in capitals that end a run-on line, after a word with small letters (or glued to it).
_CAPITAL_CITY_AT_END = safe_compile(rf"(?:(?<={_SMALL_WORD}\s)|(?<=[\p{{Ll}}\d)])){_CAPITAL_WORDS}\Z")
# A place in capitals and its region: "SARASOTA, Fla.", "NEW YORK", "ZURICH, Switzerland".
_CAPITALS_AND_REGION = rf"{_CAPITAL_WORDS},?(?:[ \t]\p{{Lu}}[\p{{L}}.]{{1,20}}){{0,2}}[ \t,]*"
_CAPITAL_PLACE_AT_END = safe_compile(
    rf"(?<={_SMALL_WORD}[\s-]{{1,3}}|[\p{{Ll}}\d][.!?]\s{{1,3}}){_CAPITALS_AND_REGION}\Z"
)
_CAPITAL_PLACE = safe_compile(rf"[ \t]{{1,3}}{_CAPITALS_AND_REGION}")
_CAPITAL_PLACE_BEFORE_DATE = safe_compile(rf"[.!?\s]{_CAPITALS_AND_REGION}$")
# (a place in capitals before it, "SANTA CLARA, Calif. and GLASTONBURY, Conn.": two places, the first wins)
_CAPS_WORD = safe_compile(r"\b\p{Lu}{3,}(?:[ .'-]\p{Lu}{2,}){0,2},")
_AFTER_SMALL_WORD = safe_compile(rf"{_SMALL_WORD}[\s-]{{1,3}}$")
_TWO_PLACES = 60  # characters: the longest "CITY, Region and CITY, Region" pair
_RUN_ON_HEADLINE = 25  # characters of a headline before a place that a copy ran on to it
_WORD_BEFORE_CAPITAL_CITY = safe_compile(r"(?:^|\s)\p{Lu}\p{Ll}{3,}\s\p{Lu}{3,}\Z")
_PORTAL_TAG = safe_compile(r"[ \t]{0,4}\([\w .-]{2,30}\)[ \t]{1,2}[-–]{1,2}[ \t]{1,2}(?=\p{Lu})")
_LISTING_BEFORE_PLACE = safe_compile(r"\b[A-Z]{2,6}(?:-V)?:[ \t]?[A-Z][A-Z.]{0,6}[ \t]")


_BRACKETED_PART = safe_compile(r"[ \t]\([^()\n]{1,40}\)")
_BRACKETED_REGION = safe_compile(r"(?P<city>[^()\n,]{2,40}?)[ \t]\((?P<region>[^(),\n]{2,40})[),]")


def _city_region(
    place: str, base: int
) -> tuple[str | None, str | None, tuple[int, int] | None, tuple[int, int] | None]:
    """ "WALTHAM, Mass." -> ("WALTHAM", "Mass."); the first of two cities wins."""
    # "JOPLIN,\nMO" (or "VANCOUVER,  \nBC", padded): one place, wrapped (a space for the break: same length)
    cleaned = _BREAK_AFTER_COMMA.sub(" ", place.rstrip(" ,-–/\t"))
    # "Istanbul (ots/PRNewswire) -": a partner agency's tag opens the wire's bracket
    cleaned = _PARTNER_TAG_OPENED.sub("", cleaned)
    syndicated = cleaned.rfind("/ -- ")
    if syndicated >= 0:  # "/EIN News/ -- NEW YORK, June 25, 2020 (GLOBE NEWSWIRE)": a syndicator's mark first
        cleaned, base = cleaned[syndicated + 5 :], base + syndicated + 5
    portal = _PORTAL_TAG.match(cleaned)
    if portal is not None:  # "(firmenpresse) - VANCOUVER, BRITISH COLUMBIA -- (Marketwired)": a portal's tag first
        cleaned, base = cleaned[portal.end() :], base + portal.end()
    years = _LAST_YEAR.finditer_list(cleaned)
    if years:
        skip = years[-1].end()
        cleaned, base = cleaned[skip:], base + skip
    listings = _LISTING_BEFORE_PLACE.finditer_list(cleaned)
    if listings:  # "(MENAFN- PR Newswire) TSX: MFI MISSISSAUGA, ON": the listing a portal set before the place
        skip = listings[-1].end()
        cleaned, base = cleaned[skip:], base + skip
    run_on = _CAPITAL_PLACE_AT_END.search(cleaned)
    if run_on is not None and run_on.start() >= _RUN_ON_HEADLINE:
        # "... Financial Results Release and Conference Call SARASOTA, Fla.--(BUSINESS WIRE)": a copy
        # that lost its line breaks ran the headline on to the place, which alone is in capitals
        cut: int | None = run_on.start()
        first = _CAPS_WORD.search(cleaned, 0, run_on.start())
        if first is not None:
            # ("... Conference in San Francisco SANTA CLARA, Calif. and GLASTONBURY, Conn.": two
            # places, the first wins)
            near_end = len(cleaned) - first.start() <= _TWO_PLACES
            cut = first.start() if near_end and _AFTER_SMALL_WORD.search(cleaned, 0, first.start()) else None
        if cut is not None:
            cleaned, base = cleaned[cut:], base + cut
    # Keep only the tail that reads as a place (a headline can share the line).
    tail = _PLACE_TAIL.search(cleaned)
    if tail is None:
        return None, None, None, None
    segment = tail["tail"].strip()
    seg_start = base + tail.start("tail") + (len(tail["tail"]) - len(tail["tail"].lstrip()))
    # "SANTA CLARA, Calif. and GLASTONBURY, Conn." / "Austria & MUNICH, Germany": first city only.
    segment = _SECOND_PLACE.split(segment)[0].strip(" ,•·|")  # ("Richmond, VA • May 19, 2015 / PRNEWSWIRE")
    bracketed = _BRACKETED_REGION.match(segment)
    if bracketed is not None:
        # "Lille (France), Cambridge (Massachusetts, United States)": the first office and its country
        segment = f"{bracketed['city']}, {bracketed['region']}"
    parts = [p.strip() for p in segment.split(",")]
    parts = [p for p in parts if p]
    if not parts or not parts[0][:1].isupper():
        return None, None, None, None
    city = parts[0]
    region = parts[1] if len(parts) > 1 else None
    if region is not None and (any(ch.isdigit() for ch in region) or region.lower().rstrip(".") in WEEKDAYS):
        # "MONTREAL, le 22 janv. /CNW Telbec/": a date in another language, no region; nor is the
        # date's weekday ("Chennai, Monday, 1st November, 2010")
        region = None
    # (or a headline's last words before it: "... Declares February 2007 Distribution TORONTO", "...
    # Third Quarter 2012 Financial Results BANGKOK--(BUSINESS WIRE)")
    if len(city) > 40 or len(city.split()) > 3 or _WORD_BEFORE_CAPITAL_CITY.search(city):
        capitals = _CAPITAL_CITY_AT_END.search(city)
        if capitals is not None:
            # "... Investor Conferences in November SUNNYVALE, CA--(Marketwired", "lock-upRADNOR, Pa.":
            # a headline run into the place, which alone is in capitals.
            segment, seg_start, city = segment[capitals.start() :], seg_start + capitals.start(), capitals.group()
    if len(city) > 40 or (region is not None and len(region) > 40):
        return None, None, None, None
    lead = _LEAD_BEFORE_CITY.match(city)
    if lead is not None:
        # "Article content Vancouver, British Columbia–(Newsfile Corp. ...": a portal's words before the place
        segment, seg_start, city = segment[lead.end() :], seg_start + lead.end(), city[lead.end() :]
    city_span = (seg_start, seg_start + len(city))
    region_span = None
    if region is not None:
        at = segment.find(region, len(city))
        region_span = (seg_start + at, seg_start + at + len(region))
    return city, region, city_span, region_span


def _first_word_above(doc: Document, city: str, span: tuple[int, int] | None) -> tuple[str, tuple[int, int] | None]:
    """ "ST.\nPAUL, February 8, 2006 –", "San\nDiego, CA – March 16, 2009": a place's first word
    alone on the line above it, written in the same case."""
    if span is None or not city[:1].isupper():
        return city, span
    line_start = doc.line_at(span[0])[0]
    if line_start == 0 or doc.text[line_start : span[0]].strip():
        return city, span
    above_start, above_end = doc.line_at(line_start - 1)
    above = doc.text[above_start:above_end]
    if above.strip().lower() not in PLACE_FIRST_WORDS or above.strip()[:2].isupper() != city[:2].isupper():
        return city, span
    return f"{above.strip()} {city}", (above_start + above.index(above.strip()), span[1])


def _first_of(*found: regex.Match[str] | None) -> regex.Match[str] | None:
    """The earliest of some searches' matches (None when none matched)."""
    return min((m for m in found if m is not None), key=lambda m: m.start(), default=None)


def _from_bare_line(
    doc: Document, header_limit: int, warnings: list[ParseWarning]
) -> tuple[Dateline, dt.date | None] | None:
    """No wire named: "Oslo, February 10, 2025 - ...", "Helsinki, Finland - ...", or a sign-off line."""
    text = doc.text
    view = _first_of(_VIEW_SOURCE.search(text), _SOURCE_LINE.search(text))
    view = view or _PORTAL_SOURCE.search(text) or _WIRE_LINE.search(text, 0, _WIRE_LINE_REACH)
    view = view or _WIRE_DASH_DATE.search(text, 0, _bare_limit(doc))
    wire = canonical_wire(view["wire"]) if view else None
    patterns = (
        (_BARE_DATELINE, _bare_limit(doc)),
        (_DATE_FIRST_LINE, _bare_limit(doc)),
        (_SIGN_OFF, len(text)),
        (_LETTER_HEAD, _bare_limit(doc)),
        (_SIGNED_AT, len(text)),
        (_YEARLESS_LINE, _bare_limit(doc)),
    )
    for pattern, limit in patterns:
        for m in pattern.finditer(text, 0, limit):
            place = m["place"]
            if not _looks_like_place(place):
                continue
            if m.group().count(")") > m.group().count("("):
                continue  # "(NYSE:\nACCO) can be found at": a bracket's close, cut from its opening
            spans: dict[str, tuple[int, int]] = {}
            date_mentions = find_dates(text, m.start("date"), m.end("date")) if m["date"] else []
            if _words_before_date(text, m, date_mentions):
                continue
            release = _first_dated(doc, date_mentions, spans, warnings)
            if m["date"] and release is None:
                release = _year_less(doc, m.start(), date_mentions, spans)
            if m["date"] and release is None and not date_mentions:
                release = _slashed(text, m, spans)
            # "MINNETONKA, April 16 — Acme Foods Group, Inc. today reported ...": a day whose year the
            # text does not fix beyond doubt; the place stands, the date stays empty (year rules)
            year_less = (
                pattern is _BARE_DATELINE
                and release is None
                and len(date_mentions) == 1
                and date_mentions[0].year is None
                and date_mentions[0].relative is None
                and m.end("date") == date_mentions[0].end
            )
            if m["date"] and release is None and not year_less:
                continue
            if pattern is _BARE_DATELINE and m["page"] and release is None:
                continue  # (after a page's number, only a place and its date make a dateline)
            if pattern is not _BARE_DATELINE and release is None:
                continue
            city, region, city_span, region_span = _city_region(place, m.start("place"))
            if city is None:
                continue
            city, city_span = _first_word_above(doc, city, city_span)
            if city_span:
                spans["city"] = city_span
            if region_span:
                spans["region"] = region_span
            if m["date"] is None and "," not in place and not place.isupper():
                continue  # "Conference Call - Details" is a heading, not a place
            if pattern is _BARE_DATELINE and m["date"] is None and m.group().startswith(_PARAGRAPH_INDENT):
                continue  # "     (OS)               350 ...": a fixed-width table's row, indented as a paragraph is
            if m["date"] is None and text[m.end() : m.end() + 8].lstrip()[:1].islower():
                continue  # "(VRA) with Ocean Winds for ...": a wrapped sentence's short name opens the line
            if m["date"] is None and _POSTAL_CODE_NEXT.match(text, m.end()):
                continue  # "Phiroze Jeejeebhoy Towers, Mumbai — 400 051": an addressee's address
            if _not_a_dateline(doc, m):
                continue
            if release is None and m["date"] is None:
                release = _date_ending_the_line(doc, m.end(), spans, warnings)
            if release is None and not year_less:
                release = (
                    _date_line_above(doc, m.start(), spans, _month_first_in(city, region))
                    or _stated_today(doc, spans)
                    or _published_on(doc, spans)
                    or _stamped(doc, spans)
                )
            above = None if view else _wire_line_above(doc, m.start())
            if above is not None:
                # "Business Wire" alone on the line over "MUMBAI, India -- October 26, 2012", below
                # the highlights: the wire's label
                spans["wire"] = above.span("wire")
                return Dateline(
                    city=city, region=region, date=release, wire=canonical_wire(above["wire"]), spans=spans
                ), release
            if view:
                spans["wire"] = (view.start("wire"), view.end("wire"))
            elif m.groupdict().get("mark"):
                # "WOONSOCKET, R.I., 2017-Oct-30 — /EPR Retail News/ — Acme": the portal's mark names the wire
                spans["wire"] = m.span("mark")
                return Dateline(
                    city=city, region=region, date=release, wire=canonical_wire(m["mark"]), spans=spans
                ), release
            return Dateline(city=city, region=region, date=release, wire=wire, spans=spans), release
    inline = _inline_dateline(doc, wire, warnings)
    if inline is not None:
        if view:
            inline[0].spans["wire"] = (view.start("wire"), view.end("wire"))
        return inline
    release_spans: dict[str, tuple[int, int]] = {}
    release = (
        _stated_today(doc, release_spans)
        or _stamped(doc, release_spans)
        or _eqs_stamped(doc, release_spans)
        or _issuer_then_day(doc, release_spans)
        or _date_line_above(doc, _first_prose_line(doc), release_spans)
        or _published_on(doc, release_spans)
        or _published_line(doc, release_spans)
        or _letter_date_line(doc, release_spans)
        or _dated_above_salutation(doc, release_spans)
        or _opening_date(doc, release_spans)
        or _date_then_dash(doc, release_spans)
        or _stated_today(doc, release_spans, anywhere=True)
        or _signed_on(doc, release_spans)
        or _dated_over_board_order(doc, release_spans)
        or _cover_signed_on(doc, release_spans)
        or _dated_line(doc, release_spans)
        or _portal_stamp(doc, release_spans)
        or _time_stamped(doc, release_spans)
        or _signed_letter(doc, release_spans)
        or _running_header_date(doc, release_spans)
    )
    stamp = _STAMP_THEN_PLACE.search(text, 0, _bare_limit(doc))
    if stamp is not None and not _looks_like_place(stamp["place"]):
        stamp = None
    if wire is None and release is None and stamp is None:
        return None
    if view:
        release_spans["wire"] = (view.start("wire"), view.end("wire"))
    city, region = _month_sign_off(doc, release, release_spans) if release is not None else (None, None)
    if city is None and stamp is not None:
        # "For immediate release Chennai, India" over a release that dates nothing: its place only
        city, region, city_span, region_span = _city_region(stamp["where"], stamp.start("where"))
        release_spans.update({"city": city_span} if city_span else {})
        release_spans.update({"region": region_span} if region_span else {})
    return Dateline(city=city, region=region, date=release, wire=wire, spans=release_spans), release


# The release stamp with the place after it, alone on its line: "For immediate release Chennai, India".
_STAMP_THEN_PLACE = compile_lines(
    rf"^[ \t*_]{{0,4}}(?i:for[ \t]immediate[ \t]release)[ \t:,-]{{1,4}}(?P<where>{_PLACE},[ \t]{{0,2}}"
    r"\p{Lu}[\p{L}.]{1,20}(?:[ \t]\p{Lu}[\p{L}.]{1,20}){0,2})[ \t*_]{0,4}$"
)


# "Stockholm, February 2025" closing the CEO's letter: a sign-off that names its month, not its day.
_MONTH_SIGN_OFF = compile_lines(
    rf"^[ \t*_]{{0,4}}{_PLACE},?[ \t]{{1,2}}(?P<month>{_MONTH_NAME}[a-zA-Z]{{0,6}})\.?"
    r"[ \t]{1,2}(?P<year>(?:19|20)\d\d)[ \t.,*_]{0,3}$"
)


def _month_sign_off(
    doc: Document, release: dt.date, spans: dict[str, tuple[int, int]]
) -> tuple[str | None, str | None]:
    """The place of a month's sign-off line whose month and year are the release's."""
    for m in _MONTH_SIGN_OFF.finditer(doc.text):
        month = MONTHS.get(m["month"].lower())
        if (month, int(m["year"])) != (release.month, release.year) or not _looks_like_place(m["place"]):
            continue
        city, region, city_span, region_span = _city_region(m["place"], m.start("place"))
        if city is None or city_span is None:
            continue
        spans["city"] = city_span
        if region_span:
            spans["region"] = region_span
        return city, region
    return None, None


# A copy that ran the whole release on to one line keeps its dateline inside the line:
# "... for its dividend policy Moscow, Russia - April 26, 2019 - Rostelecom PJSC (MOEX: RTKM)".
# A run-on copy's city, after a sentence's last word: its words all in title case or all in
# capitals ("its AGM Moscow" is no place). A city in title case may follow a headline in
# capitals ("... EXPECTED RESULTS Buffalo, NY - July 12, 2001 - CTG"); one in capitals after
# one cannot be told from the headline's last words, and is left alone.
_INLINE_CITY = (
    r"(?:(?<=[\p{L}\d.)”\"%] )\p{Lu}\p{Ll}[\p{Ll}.'-]{0,24}(?: \p{Lu}\p{Ll}[\p{Ll}.'-]{0,24}){0,2}"
    r"|(?<=[\p{Ll}\d.)”\"] )\p{Lu}{2}[\p{Lu}.'-]{0,23}(?: \p{Lu}{2}[\p{Lu}.'-]{0,23}){0,2})"
)
# ... its region: "Mass.", "Switzerland", "British Columbia"
# (not a date's weekday: "When: 10:00 a.m. ET, Friday, August 2, 2013 How: ...")
_INLINE_REGION = (
    rf"(?!(?:{alternation(day.capitalize() for day in WEEKDAYS if len(day) > 5)})\b)"
    r"\p{Lu}[\p{L}.'-]{1,25}(?: \p{Lu}[\p{L}.'-]{1,25}){0,2}"
)
# ... its date after a comma: "Aug. 6, 2008", "May 28th, 2019", "23 July 2009"
_INLINE_DATE = (
    r"\p{Lu}[\p{Ll}\p{Lu}]{2,8}\.? \d{1,2}(?:st|nd|rd|th)? ?, \d{4}"
    r"|\d{1,2}(?:st|nd|rd|th)? \p{Lu}\p{Ll}{2,8}\.? \d{4}"
)
# ... and what ends it before the body's first word: a dash ("2008—Tribune", "2009 – Addex"),
# a colon ("2019: Elmos") or a full stop ("2021. Molecular Partners AG")
_INLINE_DATE_END = r"(?: ?[-–—]{1,2} ?|[:.] )"
_INLINE_DATELINE = safe_compile(
    rf"(?P<place>{_INLINE_CITY}, {_INLINE_REGION})"
    r"(?: [-–—]{1,2} (?P<date>[\p{L}\d ,.]{6,24}?\d{4}) [-–—]{1,2} "
    # ... or its date in brackets: "Monterrey, Mexico (February 4, 1999) Set forth below is ..."
    # ("... first nine months of 2008 VANCOUVER, BC, (November 4, 2008) - Acme": a comma before it)
    r"|,? \((?P<date>[\p{L}\d ,.]{6,24}?\d{4})\) (?:[-–—]{1,2} )?"
    # ... or after a comma: "... Fourth Quarter 2020 Lima, Peru, February 15 , 2021 – Acme" (or
    # with nothing but a space before the body: "... Growth in 2Q09 Monterrey, Mexico, July 28, 2009
    # Acme Económico")
    rf"|, (?P<date>{_INLINE_DATE})(?:{_INLINE_DATE_END}| ))(?=\p{{Lu}})"
)
# ... or a city with no region, its date after a comma ("... Payment of Dividends Buenos Aires,
# September 30, 2020 – Loma Negra C.I.A.S.A.") or in brackets ("... on May 6, 2004 BALTIMORE
# (April 13, 2004) - Sinclair")
_INLINE_CITY_DATE = safe_compile(
    rf"(?P<place>{_INLINE_CITY})"
    rf"(?:, (?P<date>{_INLINE_DATE}){_INLINE_DATE_END}"
    r"| \((?P<date>[\p{L}\d ,.]{6,24}?\d{4})\) (?:[-–—]{1,2} )?)(?=\p{Lu})"
)
_INLINE_DATELINE_REACH = 1500  # characters: where a run-on copy's dateline can sit


def _inline_dateline(
    doc: Document, wire: str | None, warnings: list[ParseWarning]
) -> tuple[Dateline, dt.date | None] | None:
    text = doc.text
    reach = min(len(text), _INLINE_DATELINE_REACH)
    found = _INLINE_DATELINE.search(text, 0, reach) or _INLINE_CITY_DATE.search(text, 0, reach)
    if found is None:
        return None
    place, place_start = found["place"], found.start("place")
    if text[place_start - 2 : place_start - 1].isalpha():
        # A word runs on to the city ("... to appoint Directors Hyderabad, INDIA", "8:30 am ET LYON,
        # France"): the city's words open at a word that opens places ("San Diego") or end in one
        # that ends them ("Mexico City"); others are the headline's.
        city_words = place.split(",")[0].split(" ")
        while len(city_words) > 1 and not _names_one_place(city_words):
            place, place_start = place[len(city_words[0]) + 1 :], place_start + len(city_words[0]) + 1
            city_words = city_words[1:]
    while not _looks_like_place(place):
        # "Acme Releases Results Monterrey, Mexico (February 4, 1999)": a headline run on to the
        # place; the place is the last words before its comma.
        head, _, rest = place.partition(" ")
        if not rest or "," not in rest:
            return None
        place, place_start = rest, place_start + len(head) + 1
    spans: dict[str, tuple[int, int]] = {}
    release = _first_dated(doc, find_dates(text, found.start("date"), found.end("date")), spans, warnings)
    if release is None:
        return None
    city, region, city_span, region_span = _city_region(place, place_start)
    if city is None:
        return None
    if city_span:
        spans["city"] = city_span
    if region_span:
        spans["region"] = region_span
    return Dateline(city=city, region=region, date=release, wire=wire, spans=spans), release


def _names_one_place(words: list[str]) -> bool:
    """Whether a city's words are one place's: "San Diego", "Salt Lake City", "Fergus Falls"."""
    return words[0].lower() in PLACE_FIRST_WORDS or (len(words) == 2 and words[1].lower() in PLACE_LAST_WORDS)


_NOT_PLACES = frozenset(
    {"contact", "contacts", "media", "investors", "source", "date", "time", "about", "note", "for", "announcement",
     "release", "notice", "invitation", "convocation", "company", "press", "stock", "to", "subject", "re",
     # a notice's heading line: "On May 23, 2025" under "Convening Notice ... Meeting of Shareholders"
     "on", "at", "in", "from", "until", "held", "dated", "published", "posted", "issued",
     # a sentence opening with its day: "Today, Thursday, March 31, 2011, Acme AB (publ) held its ..."
     "today", "yesterday", "tomorrow",
     "link", "url", "website", "webcast", "event", "registration",
     # a letter's reference: "Ref. No.: IGL/CS/2025 July 28, 2025"
     "ref", "ref.", "reference", "our",
     # a call's details rows: "DIAL-IN: U.S. & Canada Toll Free: (877) ..." under "DATE: ..." (not
     # "international": International Falls, Minn.)
     "dial-in", "dial", "replay", "passcode", "pin", "toll-free", "toll", "domestic", "conference",
     "location", "where", "when", "presenter", "speaker", "place", "venue", "address",
     # a fixed-width notice's wrapped line: "AGM, will be paid on Friday, 17 July 2020."
     "agm", "egm", "pte",
     # a dividend's key dates: "Record Date: 18 June 2020", "Ex-date: ...", "Payment date: ..."
     "record", "ex-date", "ex-dividend", "payment",
     # a section's heading over a list of bullets: "HIGHLIGHTS\n- Copper production of ..."
     "highlights", "summary", "overview", "outlook", "agenda", "background", "notes", "results", "financial",
     # an RNS header's identifiers: "LEI: 549300PT2CIHYN5GWJ21", "TIDM: ACME"
     "lei", "isin", "tidm", "cusip", "wkn", "cik", "ticker", "symbol",
     # a copy's status mark: "FINAL: For Release", "DRAFT - ...", "EMBARGOED: ..."
     "final", "draft", "embargoed", "embargo", "correction", "corrected", "revised", "updated", "exhibit",
     # a Euronext Brussels disclosure's class: "REGULATED INFORMATION – INSIDE INFORMATION"
     "regulated", "inside", "privileged",
     # a meeting's day under its heading: "Annual Meeting / Thursday, May 26, 2022"
     "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
     # ... as a German portal writes it: "Donnerstag, 20.12.2018"
     "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"}
)  # fmt: skip
_NOT_PLACE_WORDS = frozenset(
    {"corporation", "corp.", "inc.", "inc", "ltd.", "ltd", "company", "office", "head", "group", "plc", "asa", "ab",
     # a wire's own mark over the release: "DGAP-Ad-hoc News vom 28.02.2010"
     "dgap-ad-hoc", "dgap-news", "dgap-adhoc", "eqs-news", "eqs-adhoc",
     # a portal's "Issuer N.V.: headline" line under its date stamp
     "n.v.", "nv", "s.a.", "ag", "oyj", "a/s", "gmbh", "llc", "s.p.a.", "b.v.", "limited",
     # a report's title before the period it covers: "Audited Financial Statements 31 Dec. 2019"
     "statements", "statement", "results", "report", "financial", "audited", "ended", "ending", "quarter", "interim",
     "annual", "year", "half-year", "dividend", "update",
     # a replay's window: "Through Thursday, November 21, 2019"
     "through", "until",
     # a headline's event: "Host Conference Call on Thursday, February 1, 2001"
     "call", "conference", "webcast", "meeting", "host", "hosts",
     # a listing: "TSX:\nELD NYSE: EGO"
     "nyse", "nasdaq", "tsx", "tsxv", "tsx-v", "otc", "otcqx", "otcqb", "asx", "amex",
     # a Russian issuer's legal form: "PJSC PHOSAGRO - PhosAgro Board Recommends ..."
     "pjsc", "ojsc", "jsc", "pao", "oao",
     # a Nordic release's foot: "DISTRIBUTION: Helsinki Stock Exchange, key media"
     "distribution",
     # a zone a wrapped sentence put at a line's start: "Eastern Standard Time on Tuesday, Feb. 18, 2025."
     "time"}
)  # fmt: skip
BARE_DATELINE_LIMIT = 2500  # characters: a dateline with no wire opens the text (of a web page: its header)


# (or a label's word and colon: "Current Reporting Period: 31 December 2006", a report's table row)
# ("Acme Announces EGM to Be Held on 23 November 2009": a headline in title case, its verbs capitalised)
_WORDS_BEFORE_DATE = safe_compile(
    r"\b\p{Ll}{2,}[ \t]\p{Ll}{2,}\b|\p{L}{2,}[ \t]?:"
    r"|\b(?i:to|be|is|are|will|held|on)[ \t](?i:to|be|is|are|will|held|on)\b"
    # ("Fiscal Year ended June 30, 2020.": an agenda item's period, wrapped to open a line)
    r"|\b(?i:ended|ending)\b"
)


def _words_before_date(text: str, m: regex.Match[str], dates: list[DateMention]) -> bool:
    """ "The Rights Accounting day is 16 November, 2021. Only the persons ...": a sentence that
    opens a line, its words before the date, is no place and date; nor is a label's row."""
    return bool(dates) and _WORDS_BEFORE_DATE.search(text, m.start("date"), dates[0].start) is not None


def _date_ending_the_line(
    doc: Document, start: int, spans: dict[str, tuple[int, int]], warnings: list[ParseWarning]
) -> dt.date | None:
    """ "LEUDELANGE, Sweden -- April 24, 2013" alone on its line: the date after the place's dash
    (or, the place's line ending with its dash, the date opening the next before its own dash and
    the body: "SHENZHEN, PRC — / December 1, 2008 — Acme Group Inc. today announced ...")."""
    line_end = doc.line_at(start)[1]
    dates = find_dates(doc.text, start, line_end)
    if not dates or doc.text[start : dates[0].start].strip():
        return None
    rest = doc.text[dates[0].end : line_end]
    if rest.strip(" \t.") and not (doc.text[start - 1 : start] == "\n" and _DASH_TO_BODY.match(rest)):
        return None
    return _first_dated(doc, dates[:1], spans, warnings)


_DASH_TO_BODY = safe_compile(r"[ \t]{0,2}(?:-{1,2}|[–—])[ \t]{0,2}\p{Lu}")


def _looks_like_place(place: str) -> bool:
    words = place.lower().replace(",", " ").split()
    if " ".join(words) in EXCHANGES or " ".join(words) in WIRES:
        return False  # "(LSE: NANO), a world leader in ...": a listing, not a place; "EQS Newswire / ...": a wire
    if len(words[0]) <= 5 and words[0] in EXCHANGES and place.split()[0].isupper():
        return False  # "NSE IFSC - ACMEDRUG": a listing table's row (an exchange's code opens no city)
    # (each office's city three words at most: "London and Redwood City, Calif.")
    # ("San Donato Milanese (MI)": the province in brackets is no word of the city)
    cities = [city.split() for city in _SECOND_PLACE.split(_BRACKETED_PART.sub("", place.split(",")[0]))]
    # ("Elko, NV", "Calgary, AB": a state's or province's code, also a legal form's, after the city)
    head, _, region = place.rpartition(",")
    named = head.lower().replace(",", " ").split() if head and region.strip().lower() in US_STATE_ZONES else words
    return (
        all(0 < len(city) <= 3 for city in cities)
        and words[0] not in _NOT_PLACES
        and not _NOT_PLACE_WORDS.intersection(named)
        and not any(word.startswith(("dgap-", "eqs-")) for word in words)  # "DJ DGAP-HV: Acme AG: ...": a wire's mark
        and not (len(words) == 1 and words[0] in _MONTH_NAMES)  # "OCTOBER – DECEMBER": a report's period
        # "(EET)" under "February 11, 2025 at 8.30 am": a time's zone a copy wrapped on to a line
        and not (
            len(words) == 1
            and place.strip("() ").isupper()
            and len(words[0].strip("()")) <= 4
            and words[0].strip("()") in ZONES
        )
    )


# (a Brazilian address's "Camacari, Bahia - CEP 42810-000 Brazil")
_POSTAL_CODE_NEXT = safe_compile(
    r"[ \t]{0,3}\d{3}[ \t]?\d{3}\b|[ \t]{0,3}(?:(?:CEP|ZIP|PIN)[ \t:]{1,3})?\d{5}(?:-\d{3,4})?\b"
)
_MONTH_NAMES = frozenset(name for name in MONTHS if len(name) > 3 or name == "may")


def _bare_limit(doc: Document) -> int:
    return header_end(doc) if doc.is_html else min(len(doc.text), BARE_DATELINE_LIMIT)


def _not_a_dateline(doc: Document, m: regex.Match[str]) -> bool:
    """A bare place-and-dash that is the headline ("OTL - Odfjell Technology reports ...",
    "GSK INVESTOR ALERT: ...") or a contact line ("UMC, Investor Relations  Tel: ...")."""
    headline = m["date"] is None and "," not in m["place"] and _is_headline_line(doc, m.start("place"))
    if headline:
        return True
    if m["date"] is None and _LEGAL_FORM_AFTER.match(doc.text, m.end()):
        return True  # "the offices of Squire Patton Boggs\n(UK) LLP at 60 London Wall": a firm's name
    if m["date"] is None and _ISSUER_BETWEEN_DASHES.match(doc.text, m.end()):
        return True  # "SOL - Sasol Limited - Results of the ...": a JSE notice's share code, issuer, headline
    if m["date"] is None and _NUMBER_ROW_AFTER.match(doc.text, m.end()):
        return True  # "UK / International      Tel: + 44 203 043 24 36": a row of dial-in numbers
    if m["date"] is None and _STREET_AFTER.match(doc.text, m.end()):
        return True  # "Block G, Bandra - Kurla Complex, Dalal Street,": an addressee's address, wrapped
    if m["date"] is None and _LINK_AFTER.match(doc.text, m.end()):
        return True  # "DETAILS OF EVENT: https://financialhearings.com/event/49793": a label over its link
    if m["date"] is None and ":" in doc.text[m.end("place") : m.end()] and not _opens_prose(doc, m.end()):
        return True  # "LANGUAGE: English": a details row's label, no place before a body
    # A dated sign-off may close the contacts above it: "Aberdeen, United Kingdom 14th February 2025".
    # But a place whose dash opens the body's prose ("TORONTO\n— Nortel Networks Corporation
    # today announced that ...") is the dateline wherever a header's contact block reaches.
    if m["date"] is not None or _opens_prose(doc, m.end()):
        return False
    return any(block.start <= m.start("place") < block.end for block in contact_blocks(doc))


_STREET_AFTER = safe_compile(
    r"[^\n]{0,60}?\b(?:Street|Road|Marg|Complex|Towers|Plaza|Avenue|Floor)\b,?[ \t]*$", regex.MULTILINE
)
_LINK_AFTER = safe_compile(r"[ \t*_\[<]{0,8}(?:https?://|www\.)")
_NUMBER_ROW_AFTER = safe_compile(
    r"[^\n\d]{0,60}?(?:Tel|Phone|Telephone)?[.:]?[ \t]{0,3}\+?[ \t]?\(?\d[\d ().-]{6,20}\d[ \t]*$", regex.MULTILINE
)
_ISSUER_BETWEEN_DASHES = safe_compile(
    r"[ \t]{0,2}(?:[\p{Lu}\d][\w&.'-]{0,30}[ \t]){1,5}(?:Limited|Ltd\.?|plc|PLC|Inc\.?|Holdings|Group|Corporation"
    r"|AG|SA|NV|SE)[ \t]{1,2}[-–][ \t]"
)
_LEGAL_FORM_AFTER = safe_compile(
    r"[ \t]{0,2}(?:LLP|LLC|Ltd\.?|Limited|Inc\.?|plc|PLC|GmbH|AG|S\.A\.|N\.V\.|B\.V\.)(?!\w)"
)


def _opens_prose(doc: Document, offset: int) -> bool:
    """Whether the line from offset reads as a sentence (six lower-case words or more)."""
    line = doc.text[offset : doc.line_at(offset)[1]]
    return sum(word.isalpha() and word.islower() for word in line.split()) >= 6


def _is_headline_line(doc: Document, offset: int) -> bool:
    """Whether offset is on the release's first non-empty line, with more text below it."""
    for start, end, line in doc.lines(0, offset + 1):
        if line.strip():
            return start <= offset <= end and end < len(doc.text.rstrip())
    return False


_NOTICE_LINE = safe_compile(
    r"\binside\sinformation\b.{0,120}\bMarket\sAbuse\sRegulation|\bannouncement\stransmitted\sby\b"
    r"|\bissuer\sis\s(?:solely\s)?responsible\sfor\sthe\scontent",
    regex.IGNORECASE,
    needs=("market abuse", "transmitted by", "responsible for"),
)


_SENTENCE_END_INSIDE = safe_compile(r"\.[ ](?!\d)")


def _first_prose_line(doc: Document) -> int:
    """Where the first line of running prose starts (eight words, some in lower case, a
    sentence's period), within the header: a release with no dateline may print its date
    on a line above it."""
    limit = header_end(doc)
    for start, _, line in doc.lines(0, limit):
        words = line.split()
        if _NOTICE_LINE.search(line):
            # "... deemed to constitute inside information as stipulated under the Market Abuse
            # Regulations", "Disclosure announcement transmitted by euro adhoc. The issuer is
            # responsible for the content of this announcement.": a notice over the date line, no body
            continue
        prose = len(words) >= 8 and sum(word.isalpha() and word.islower() for word in words) >= 4
        # A headline ends without a period; a sentence opening a list ends with a colon. (Nor is an
        # abbreviation before a number a sentence's end: "... according to art. 107 para. 3 Companies Act")
        if prose and (_SENTENCE_END_INSIDE.search(line) or line.rstrip().endswith((".", ".:", ":"))):
            return start
    return limit


# The Market Abuse Regulation footer of Nordic releases: "This information was provided by the
# above for publication on 10th February 2025 at 14:45 CET", "... was submitted for
# publication, through the agency of the contact person set out above, at 08:00 CET on 11 February 2025".
# Oslo Børs: "This stock exchange announcement was published by Laila Hop, Paralegal, on February 14, 2025".
_FOR_PUBLICATION = safe_compile(
    # ("The information was published under the auspices of the above contact persons on February 13, 2025")
    # ("The information was disclosed on October 29, 2014 at 8.30 a.m. CET.": the Swedish form of 2014)
    r"\bfor\s{1,3}publication\b|\b(?:announcement|information)\s{1,3}was\s{1,3}(?:published|disclosed)\b"
    # "This announcement is dated 13 May 2011.": a Bursa Malaysia announcement's last line
    r"|\bthis\s{1,3}(?:announcement|notice)\s{1,3}is\s{1,3}dated\b",
    regex.IGNORECASE,
    needs=("publication", "published", "disclosed", "dated"),
)


# A Nordic or PDF letterhead: "COMPANY ANNOUNCEMENT 19 February 2019", "Stock Exchange Release
# 8 October 2018 at 3:00 pm EEST", "Company announcement no. 5/2025 · 13 February 2025".
_RELEASE_STAMP = safe_compile(
    # ("Stock Exchange Bulletin, 22.11.2007": an older Finnish form)
    # ("Press release; May 9, 2014 6:15 AM CET"; "Stock Exchange Release\n14.10.2013 at 9:00": the date
    # on the line under it)
    # ("FOR IMMEDIATE RELEASE\nNovember 6, 2012" over the contacts and headline of an SEC exhibit)
    r"\b(?:(?:company|stock\s{1,3}exchange)\s{1,3}(?:announcement|release|bulletin)|press\s{1,3}release"
    r"|for\s{1,3}immediate\s{1,3}release)"
    r"(?:\s{1,3}no\.?\s{0,2}[\d/]{1,9})?(?:[ \t:;,·|-]{1,40}|[ \t]{0,4}\n[ \t]{0,4})",
    regex.IGNORECASE,
    needs=("announcement", "release", "bulletin"),
)


def _stamped(doc: Document, spans: dict[str, tuple[int, int]]) -> dt.date | None:
    for m in _RELEASE_STAMP.finditer(doc.text, 0, header_end(doc)):
        dates = find_dates(doc.text, m.end(), min(len(doc.text), m.end() + 40))
        if dates and dates[0].start == m.end() and dates[0].year is not None:
            day = resolve(dates[0], None)
            if day is not None:
                spans["date"] = (dates[0].start, dates[0].end)
                return day
    return None


# An RNS announcement run on to one line opens with the issuer and the day: "Acme & Nephew Plc 16
# July 2007 Timing of ...", "Acme PLC05 March 2007 Date: Embargoed until ..." (the day glued on).
_ISSUER_THEN_DAY = compile_lines(
    r"^[ \t*_]{0,4}\p{Lu}[\w&.'’-]{0,30}(?:[ \t]{1,2}[\w&.'’-]{1,30}){0,5}?[ \t]{1,2}"
    r"(?:PLC|Plc|plc|Limited|LIMITED|Ltd\.?|LTD\.?|Group|Holdings|N\.V\.|S\.A\.|AG|SE)[ \t]{0,2}"
    r"(?P<date>\d{1,2}[ \t]\p{Lu}\p{Ll}{2,8}[ \t](?:19|20)\d\d)(?![\d/])"
)
_ISSUER_THEN_DAY_REACH = 300  # characters: the line opens the text, under a title at most


def _issuer_then_day(doc: Document, spans: dict[str, tuple[int, int]]) -> dt.date | None:
    found = _ISSUER_THEN_DAY.search(doc.text, 0, min(len(doc.text), _ISSUER_THEN_DAY_REACH))
    # (the date read alone: the date finder takes no day glued to a word, "PLC05 March 2007")
    mentions = find_dates(found["date"]) if found is not None else []
    day = resolve(mentions[0], None) if found is not None and mentions else None
    if found is not None and day is not None:
        spans["date"] = found.span("date")
    return day


# An EQS (DGAP) page's stamp under its headline: "11.12.2024 / 14:06 CET/CEST", "26-Apr-2019 / 16:08 MSK"
# (the day first, as Europe writes it).
_EQS_STAMP = compile_lines(
    r"^[ \t*_]{0,4}(?:EQS[ \t]Newswire[ \t]/[ \t])?"
    r"(?:(?P<day>\d{1,2})(?P<sep>[./])(?P<month>\d{1,2})(?P=sep)(?P<year>(?:19|20)\d\d)"
    r"|(?P<written>\d{1,2}-\p{Lu}\p{Ll}{2}-\d{4}))"
    # (the zone may be given twice, "CET/CEST", or by its offset, "UTC+8", a bracket after it)
    r"[ \t]{0,2}/[ \t]{0,2}\d{1,2}:\d\d(?:[ \t][A-Z][A-Z/+\d]{1,12})?(?=[ \t*_]*$|[ \t]\()"
)
_EQS_MARK = safe_compile(r"\b(?:EQS|DGAP)(?:-|\s(?:Group|Newswire))")
_EQS_STAMP_REACH = 1500  # characters: the stamp sits under the page's headline and key words


def _eqs_stamped(doc: Document, spans: dict[str, tuple[int, int]]) -> dt.date | None:
    reach = min(len(doc.text), _EQS_STAMP_REACH)
    if not _EQS_MARK.search(doc.text, 0, reach):
        return None
    m = _EQS_STAMP.search(doc.text, 0, reach)
    if m is None:
        return None
    if m["written"]:
        return _dated_at(doc, m.start("written"), m.end("written"), spans)  # "26-Apr-2019"
    try:
        day = dt.date(int(m["year"]), int(m["month"]), int(m["day"]))
    except ValueError:
        return None
    spans["date"] = (m.start("day"), m.end("year"))
    return day


SIGNED_REACH = 400  # characters: how near the end a notice's signature and its date sit
_SIGNATORY_LINE = safe_compile(r"[ \t*_]{0,4}\p{Lu}[\p{L}.' -]{1,38}")


def _signed_on(doc: Document, spans: dict[str, tuple[int, int]]) -> dt.date | None:
    """ "On behalf of the Board of Directors / Hao Rowe / CFO / 30th August 2021": a notice
    signed at its foot, the date alone on the last line under the signatory's."""
    text = doc.text
    lines = [(a, b) for a, b, line in doc.lines(max(0, len(text) - SIGNED_REACH), len(text)) if line.strip()]
    if len(lines) < 2:
        return None
    (above_start, above_end), (start, end) = lines[-2], lines[-1]
    if not _SIGNATORY_LINE.fullmatch(text, above_start, above_end):
        return None
    found: dict[str, tuple[int, int]] = {}
    day = _only_date(doc, start, end, found)
    if day is None or _calendar_row(doc, start, day):
        return None  # ("Annual General Meeting / 15 November 2024": a calendar's last row)
    spans.update(found)
    return day


# A notice's date alone on the line over its signature: "October 9, 2015 / By order of the Board".
_BOARD_ORDER_LINE = compile_lines(r"^[ \t*_|]{0,4}By[ \t]order[ \t]of[ \t]the[ \t]Board\b", regex.IGNORECASE)


def _dated_over_board_order(doc: Document, spans: dict[str, tuple[int, int]]) -> dt.date | None:
    for m in _BOARD_ORDER_LINE.finditer(doc.text):
        above = _text_line_above(doc, doc.line_index(m.start()))
        if above is None:
            continue
        found: dict[str, tuple[int, int]] = {}
        day = _only_date(doc, *doc.line_bounds(above), found)
        if day is not None:
            spans.update(found)
            return day
    return None


# An SEC form's cover signed before its exhibit: "SIGNATURES / Pursuant to the requirements of
# the Securities Exchange Act ... / Date: September 1, 2023 | By: /s/ ...".
_COVER_SIGNATURES = compile_lines(r"^[ \t*_|]{0,4}SIGNATURES?[ \t*_|]{0,4}$")
_COVER_DATE_LABEL = safe_compile(r"\bDate[ \t]{0,2}:[ \t|]{0,4}")
_COVER_REACH = 6000  # characters: where a filing's cover ends
_SIGNATURE_BLOCK = 800  # characters: the signature block under its heading


def _cover_signed_on(doc: Document, spans: dict[str, tuple[int, int]]) -> dt.date | None:
    text = doc.text
    heading = _COVER_SIGNATURES.search(text, 0, min(len(text), _COVER_REACH))
    if heading is None or "securities exchange act" not in lowered(text)[heading.end() : heading.end() + 300]:
        return None
    label = _COVER_DATE_LABEL.search(text, heading.end(), min(len(text), heading.end() + _SIGNATURE_BLOCK))
    return _dated_at(doc, label.end(), doc.line_at(label.end())[1], spans) if label is not None else None


# A letter's head dates it on its reference line or its "Date:" line: "Ref. No.: IGL/CS/2025 July
# 28, 2025", "Date of submission: August 02, 2025" (a filing to an exchange).
_LETTER_DATE_LINE = compile_lines(
    r"^[ \t*#_]{0,4}(?:(?P<ref>Ref(?:erence)?\.?(?:[ \t]No\.?)?|Our[ \t]Ref\.?)[ \t]?:[ \t]?[^\s]{1,40}[ \t]{1,3}"
    # ("Date Announced: 24/06/2010": Bursa Malaysia's announcement form)
    r"|Date(?:[ \t]of[ \t](?:submission|filing|issue)|[ \t]Announced)?[ \t]?[:\-–][ \t]{0,3})"
)
_LETTER_DATE_REACH = 600  # characters: where a letter's reference and date lines sit
_REFERENCE_PARTS = 60  # characters: a reference's further parts, and its date


def _letter_date_line(doc: Document, spans: dict[str, tuple[int, int]]) -> dt.date | None:
    for m in _LETTER_DATE_LINE.finditer(doc.text, 0, min(len(doc.text), _LETTER_DATE_REACH)):
        line_start, line_end = doc.line_at(m.start())
        found: dict[str, tuple[int, int]] = {}
        day = _dated_at(doc, m.end(), line_end, found)
        if day is None and m["ref"]:
            # "Ref: BEL/ NSEBSE/ 28072025 28 July, 2025": a reference in parts, the date after the last
            dates = find_dates(doc.text, m.end(), min(line_end, m.end() + _REFERENCE_PARTS))
            day = _dated_at(doc, dates[-1].start, line_end, found) if dates else None
        elif day is None:
            # "Date Announced: 24/06/2010": in figures, read only where no reading can swap day and month
            slashed = slash_date(doc.text, m.end(), line_end, None)
            day = resolve(slashed, None) if slashed is not None and slashed.start == m.end() else None
            if day is not None and slashed is not None:
                found["date"] = (slashed.start, slashed.end)
        if (
            day is not None
            and not doc.text[found["date"][1] : line_end].strip(" \t*_.,")
            and not _a_details_row(doc, line_start, True)  # ("Date: Wednesday, April 27, 2005" over "Time: ...")
        ):
            spans.update(found)
            return day
    return None


# A letter's salutation, in a copy that ran the letter's head on to one line.
_DEAR = safe_compile(r"\bDear[ \t]{1,2}(?:Sirs?|Madam|Shareholders?|Members)\b")
_SALUTATION_REACH = 1500  # characters: a letter's salutation follows its head
_DATE_BEFORE_SALUTATION = 250  # characters: the addressee's lines and the subject between


def _dated_above_salutation(doc: Document, spans: dict[str, tuple[int, int]]) -> dt.date | None:
    """ "1 JANE ROWE Company Secretary Listed Company Relations NZX Limited Level 2, NZX Centre
    Wellington 21 February 2014 ACME H1 FY14 RESULTS Dear Sir/Madam ...": the one full date
    between the addressee and the salutation of a letter run on to one line."""
    dear = _DEAR.search(doc.text, 0, min(len(doc.text), _SALUTATION_REACH))
    if dear is None:
        return None
    dates = [
        d
        for d in find_dates(doc.text, max(0, dear.start() - _DATE_BEFORE_SALUTATION), dear.start())
        if d.relative is None
    ]
    if len(dates) != 1 or dates[0].year is None:
        return None
    day = resolve(dates[0], None)
    if day is not None:
        spans["date"] = (dates[0].start, dates[0].end)
    return day


def _dated_at(doc: Document, at: int, stop: int, spans: dict[str, tuple[int, int]]) -> dt.date | None:
    """The full date written right at ``at`` (before ``stop``), resolved, its span recorded."""
    dates = [d for d in find_dates(doc.text, at, stop) if d.year is not None and d.relative is None]
    if not dates or dates[0].start != at:
        return None
    day = resolve(dates[0], None)
    if day is not None:
        spans["date"] = (dates[0].start, dates[0].end)
    return day


def _only_date(doc: Document, start: int, end: int, spans: dict[str, tuple[int, int]]) -> dt.date | None:
    """The full date a stretch holds and nothing else (but marks and stops), resolved, its span
    recorded: a sign-off's last line, a "Dated:" line, a portal's stamp."""
    dates = find_dates(doc.text, start, end)
    if len(dates) != 1 or dates[0].year is None:
        return None
    if doc.text[start:end].strip(" .*_|") != doc.text[dates[0].start : dates[0].end]:
        return None
    day = resolve(dates[0], None)
    if day is not None:
        spans["date"] = (dates[0].start, dates[0].end)
    return day


# A portal's stamp after the opening sentence: "(Press release, Acme Biosciences, FEB 14, 2019, View Source".
_PORTAL_STAMP = safe_compile(
    r"\(Press\srelease,\s[^,()\n]{1,60},\s(?P<date>[A-Za-z]{3,9}\.?\s\d{1,2},\s\d{4}),\sView\sSource",
    needs=("view source",),
)


def _portal_stamp(doc: Document, spans: dict[str, tuple[int, int]]) -> dt.date | None:
    found = _PORTAL_STAMP.search(doc.text, 0, header_end(doc))
    if found is None:
        return None
    return _only_date(doc, found.start("date"), found.end("date"), spans)


# A page's time stamp on a line of its own: "August 08 2012 - 2:53PM", "01/26/2023 | 08:13am EST",
# "2020-12-01 09:00". The date is the release's; neither it nor the time is an event's.
# ("2021-04-08 06:11 ET - News Release": a Canadian portal's stamp names what the page is)
_STAMP_TIME = safe_compile(
    r"[ \t]{0,3}[-|/·,@]?[ \t]{0,3}\d{1,2}:\d\d(?::\d\d)?[ \t]?(?:[AaPp]\.?[Mm]\.?)?(?:[ \t]\p{Lu}{2,4})?"
    r"(?:[ \t]{1,2}[-–|][ \t]{1,2}(?:News|Press)[ \t]Release)?[ \t.*_]{0,3}"
    # ("May 25, 2023 2:24 PM EDT | Source: Acme Energy Ltd.": a Newsfile page's stamp and its issuer;
    # "February 25, 2022 10:00 CET 6 min read": a news page's reading time)
    r"(?:\|[ \t]{1,2}Source:[ \t][^\n|]{1,60}|\d{1,2}[ \t]min(?:ute)?s?[ \t]read)?"
)
_BARE_CLOCK = safe_compile(r"[ \t]{0,3}[-|/·,@]?[ \t]{0,3}\d{1,2}:\d\d(?::\d\d)?[ \t.*_]{0,3}")
_TWELVE_HOUR = safe_compile(r"\d[ \t]?[AaPp]\.?[Mm]\b")
_STAMP_LINES = 4  # a page's first lines with text, where its stamp can sit
# A sentence's end: a stop ending the line, or between two sentences ("... in 2025. The Board"),
# not after an abbreviation ("Acme Co. announces").
_ENDS_PROSE = safe_compile(r"[.!?:;][\"')”’]?[ \t]*$|\p{Ll}{2}[.!?][\"')”’]?\s\p{Lu}")
_STAMP_LABEL = safe_compile(r"(?:Published|Posted|Released)[ \t]?:[ \t]{0,3}")


def time_stamp_line(doc: Document) -> tuple[int, int, DateMention] | None:
    """The first lines' time stamp: its line's bounds and its date."""
    return doc.memo("time_stamp_line", _find_time_stamp_line)


def _find_time_stamp_line(doc: Document) -> tuple[int, int, DateMention] | None:
    text = doc.text
    seen = 0
    for a, b, line in doc.lines(0, min(len(text), 600)):
        if not any(c.isalnum() for c in line):
            continue  # (a blank line, or a rule under a portal's title: "============")
        seen += 1
        if seen > _STAMP_LINES or (len(line) > 160 and _ENDS_PROSE.search(line)):
            # (a paragraph: the body has begun, and a date and time under it are a call's; a long
            # headline, "Acme announces to Invite its Shareholders to Attend the 37th ...", ends in no stop)
            break
        if ":" not in line or len(line) > 60:
            continue
        start = a + len(line) - len(line.lstrip(" \t*_|"))
        label = _STAMP_LABEL.match(text, start, b)
        if label is not None:
            start = label.end()  # "Published: 2019-07-31 09:56:51 CEST" (Nasdaq's news pages)
        dates = find_dates(text, start, b)
        stamp = _STAMP_TIME.fullmatch(text, dates[0].end, b) if dates and dates[0].start == start else None
        if stamp is None:
            # "01/26/2023 | 08:13am EST": a US portal's order, month first, by its 12-hour clock
            slashed = slash_date(text, start, b, month_first=True if _TWELVE_HOUR.search(line) else None)
            if slashed is None or slashed.start != start:
                continue
            dates = [slashed]
            stamp = _STAMP_TIME.fullmatch(text, slashed.end, b)
        # (a weekday only with a bare 24-hour clock, "Tuesday, 30 June 2020 06:25": a page's; with
        # a zone or "a.m." it may be the call's own line under a short headline)
        bare_clock = stamp is not None and _BARE_CLOCK.fullmatch(stamp.group()) is not None
        if stamp is not None and dates[0].year is not None and (dates[0].weekday is None or bare_clock):
            if under_details_heading(doc, a):
                continue  # "EARNINGS CALL DETAILS / January 25, 2023| 8:30 AM ET": the call's, not the page's
            return a, b, dates[0]
    return None


# A details block's heading: "EARNINGS CALL DETAILS", "Conference Call Information".
_CALL_DETAILS_HEADING = safe_compile(
    r"[ \t*_#|]{0,4}[^\n]{0,24}?\b(?i:(?:call|webcast|conference|meeting|event)s?[ \t](?:details|information))"
    r"[ \t*_:|]{0,3}$"
)
_DETAILS_HEADING_LENGTH = 40


def under_details_heading(doc: Document, line_start: int) -> bool:
    """Whether the line with text above the one at line_start is a short details heading that
    is not the page's first line (a headline "Acme Announces Call Details" heads the page's stamp)."""
    index = doc.line_index(line_start)
    above = _text_line_above(doc, index)
    if above is None or not any(_has_text(doc, i) for i in range(above)):
        return False
    a, b = doc.line_bounds(above)
    return b - a <= _DETAILS_HEADING_LENGTH and _CALL_DETAILS_HEADING.fullmatch(doc.text, a, b) is not None


def _time_stamped(doc: Document, spans: dict[str, tuple[int, int]]) -> dt.date | None:
    found = time_stamp_line(doc)
    day = resolve(found[2], None) if found else None
    if found is not None and day is not None:
        spans["date"] = (found[2].start, found[2].end)
    return day


# A signatory right after a date: a convocation notice's own date, over its sender ("To Those
# Shareholders with Voting Rights June 13, 2013 Shuichi Mori, President and Co-CEO").
SIGNATORY_AFTER = safe_compile(
    r"[ \t]{1,3}\p{Lu}\p{Ll}{1,20}[ \t]\p{Lu}\p{Ll}{1,20},?[ \t]"
    r"(?:President|Representative\sDirector|Chairman|Chief\sExecutive|CEO|Director)\b"
)
_SIGNED_LETTER_REACH = 3000  # characters: where a notice's own date and its sender stand


def _signed_letter(doc: Document, spans: dict[str, tuple[int, int]]) -> dt.date | None:
    for mention in find_dates(doc.text, 0, min(len(doc.text), _SIGNED_LETTER_REACH)):
        if mention.year is not None and SIGNATORY_AFTER.match(doc.text, mention.end):
            day = resolve(mention, None)
            if day is not None:
                spans["date"] = (mention.start, mention.end)
                return day
    return None


# "HealthStream Announces Second Quarter 2026 Results Page 2 August 3, 2026": a filed copy's running
# header, repeated on each page, carries the release's date.
_RUNNING_HEADER = compile_lines(
    r"^[^\n]{0,160}?\bPage[ \t]{1,3}\d{1,3}(?:[ \t]{1,3}of[ \t]{1,3}\d{1,3})?[ \t,|–-]{1,6}"
    r"(?P<date>[^\n]{6,24}?)[ \t]{0,4}$"
)


def _running_header_date(doc: Document, spans: dict[str, tuple[int, int]]) -> dt.date | None:
    """The one date of a page header that repeats, when the copy kept no dateline."""
    if "Page " not in doc.text:
        return None
    first_seen: dict[dt.date, dict[str, tuple[int, int]]] = {}
    for m in _RUNNING_HEADER.finditer(doc.text):
        found: dict[str, tuple[int, int]] = {}
        day = _only_date(doc, m.start("date"), m.end("date"), found)
        if day is not None and day in first_seen:
            spans.update(first_seen[day])  # (the first page's header)
            return day
        if day is not None:
            first_seen[day] = found
    return None


_DATED_LINE = compile_lines(r"^[ \t*_|]{0,4}Dated[ \t]{0,2}:[ \t]{0,4}(?P<date>[^\n]{6,40}?)[ \t.*_|]{0,4}$")


def _dated_line(doc: Document, spans: dict[str, tuple[int, int]]) -> dt.date | None:
    """ "Dated: September 9, 2013" on a line of its own (a filing's signature page)."""
    found = _DATED_LINE.search(doc.text)
    if found is None:
        return None
    return _only_date(doc, found.start("date"), found.end("date"), spans)


def _published_on(doc: Document, spans: dict[str, tuple[int, int]]) -> dt.date | None:
    m = _FOR_PUBLICATION.search(doc.text)
    if m is None:
        return None
    end = min(doc.sentence_at(m.start())[1], m.end() + 160)
    dates = [d for d in find_dates(doc.text, m.end(), end) if d.year is not None and d.relative is None]
    if not dates:
        # "... submitted for publication, through the agency of the contact person, on 10-02-2025
        # 13:00 CET": the EU market-abuse statement's numbers, day first as Europe writes them.
        numeric = _NUMERIC_DATE.search(doc.text, m.end(), end)
        day_first = slash_date(numeric.expand(r"\g<a>/\g<b>/\g<year>"), 0, 10, month_first=False) if numeric else None
        if numeric is not None and day_first is not None:
            dates = [DateMention(numeric.start(), numeric.end(), day_first.day, day_first.month, day_first.year, None)]
    day = resolve(dates[0], None) if dates else None
    if day is not None:
        spans["date"] = (dates[0].start, dates[0].end)
    return day


_NUMERIC_DATE = safe_compile(
    r"(?<![\d./-])(?P<a>[0-3]?\d)(?P<sep>[-./])(?P<b>[0-3]?\d)(?P=sep)(?P<year>(?:19|20)\d\d)(?![\d/-]|\.\d)"
)


# "Exhibit 99.1\nPublished on April 11, 2025\nConvening Notice": a notice's own line of issue, at its head.
# (capitalised: "... Annual report 2017 to be\npublished 5 March 2019" is a sentence a copy wrapped)
_PUBLISHED_LINE = compile_lines(
    r"^[ \t*_]{0,4}(?:Published|PUBLISHED|Issued|ISSUED|Posted|POSTED)[ \t]{1,3}(?i:on[ \t]{1,3})?(?=\d|\p{Lu})"
)
_PUBLISHED_LINE_REACH = 300  # characters: the head of the text


def _published_line(doc: Document, spans: dict[str, tuple[int, int]]) -> dt.date | None:
    for m in _PUBLISHED_LINE.finditer(doc.text, 0, min(len(doc.text), _PUBLISHED_LINE_REACH)):
        day = _dated_at(doc, m.end(), doc.line_at(m.start())[1], spans)
        if day is not None:
            return day
    return None


# What may come before the date that opens a letter or a PDF copy: a page number, a label.
_OPENING_MARKS = safe_compile(
    # "1 Press release 20 April 2016 ...", "1 1 (24) Date Reference 7 March 2018 ..." (page, pages, a letter's fields)
    r"[ \t*_#]{0,4}(?:\d{1,3}[ \t]{1,3})?(?:\d{1,3}[ \t]{1,3}\(\d{1,3}\)[ \t]{1,3})?"
    r"(?:(?:press|news)[ \t]{1,3}release[ \t]{1,3})?"
    r"(?:date[ \t]{1,3}(?:reference[ \t]{1,3})?)?",
    regex.IGNORECASE,
)
_ON_DATE_REPORTED = safe_compile(r"[ \t*_]{0,4}On[ \t]{1,3}")
# (the issuer may write its name in lower case: "On August 6, 2019 argenx (Euronext & Nasdaq: ARGX) ... reported")
_REPORTED_THAT = safe_compile(r",?[ \t]{1,3}\p{L}[^\n]{0,450}?\b(?:reported|announced|said|disclosed)\b")
# ("20 September 2019Company Announcements Office": a PDF's transcription that lost the line break)
# (or a listing: "1 27 October 2017 ASX: AOH, FSE: A2O 2017 ANNUAL GENERAL MEETING")
_LETTER_WORDS = safe_compile(
    r"(?:[ \t,.:\-–]{1,4}|(?<=\d)(?=\p{Lu}))\p{L}[\p{L}'.:,]{1,30}(?:[ \t]{1,3}\p{L}[\p{L}'.:,]{0,30}){2}"
)


def said_on(text: str, start: int, end: int) -> bool:
    """ "On August 1, 2019 Acme Corporation (NASDAQ: ACME) reported that it will ...": the date
    at ``start:end`` is the day the company said it (a portal's summary opens so)."""
    line_start = text.rfind("\n", 0, start) + 1
    if not _ON_DATE_REPORTED.fullmatch(text, line_start, start):
        return False
    return _REPORTED_THAT.match(text, end, min(len(text), end + 500)) is not None


def _opening_date(doc: Document, spans: dict[str, tuple[int, int]]) -> dt.date | None:
    """A letter to the exchange or a PDF copy opens with its date, then runs on: "15 February
    2018 The Manager Market Announcements Office ...", "1 PRESS RELEASE MARCH 6, 2014
    Ericsson's Annual General Meeting ...". Only a full date, in one of the first three lines,
    after nothing but a page number or a label, and followed by words (not a time: a line
    "Thursday, February 27, 2025 at 10:00" is an event's)."""
    text = doc.text
    lines = [(a, b) for a, b, line in doc.lines(0, min(len(text), 2000)) if line.strip()]
    # A document site's page ("Size: px / Start display at page: / Download ... / Transcription", or
    # views, downloads and uploader over it): the document opens under its "Transcription" line.
    chrome = next((i for i, (a, b) in enumerate(lines[:12]) if text[a:b].strip() == "Transcription"), -1)
    lines = lines[chrome + 1 : chrome + 4]
    for start, end in lines:
        lead = _OPENING_MARKS.match(text, start, end)
        dates = find_dates(text, start, min(end, start + 80))
        # "18 July 2019 ...": the day is no page number.
        reported = _ON_DATE_REPORTED.match(text, start, end)
        if not dates or dates[0].start not in (start, lead.end() if lead else start, reported and reported.end()):
            continue
        if dates[0].year is None or dates[0].weekday is not None:
            continue
        if reported is not None:
            if not said_on(text, dates[0].start, dates[0].end):
                continue
        elif _LETTER_WORDS.match(text, dates[0].end, end) is None:
            continue
        if _opens_with_a_date(text, doc.line_at(end + 1) if end < len(text) else (end, end)):
            continue  # "9 November 2023 Interim Report Q3 2023" over the next row: a calendar, not a letter's date
        day = resolve(dates[0], None)
        if day is not None:
            spans["date"] = (dates[0].start, dates[0].end)
            return day
    return None


def _opens_with_a_date(text: str, line: tuple[int, int]) -> bool:
    start, end = line
    lead = _OPENING_MARKS.match(text, start, end)  # (a page's number, or a date's own day: both tried)
    opens = (start, lead.end() if lead else start)
    return any(mention.start in opens for mention in find_dates(text, start, min(end, start + 40)))


# "January 23, 2001 — BMC Industries, Inc. is scheduled ...": a dateline that names no place.
_DATE_THEN_DASH = compile_lines(
    # ("1 August 2024: Haleon plc ... today announces": a colon for the dash; "TheNewswire - June
    # 16, 2021 - Acme ...": the wire's name before it)
    rf"^[ \t*_]{{0,3}}(?:(?i:{alternation(WIRES)})[ \t]{{1,2}}[-–][ \t]{{1,2}})?"
    r"\(?(?=[A-Z0-9])(?P<date>[^\n]{6,28}?\d{4})\)?(?:[ \t]{0,2}-{1,2}|:)[ \t]{1,2}(?=\p{Lu})"
)


def _date_then_dash(doc: Document, spans: dict[str, tuple[int, int]]) -> dt.date | None:
    """A line in the header that opens with a full date (in brackets or not: "(May 20, 2004) --")
    and a dash, then the body."""
    found = doc.memo("date_then_dash", _find_date_then_dash)
    if found is None:
        return None
    mention, day, _ = found
    spans["date"] = (mention.start, mention.end)
    return day


def _find_date_then_dash(doc: Document) -> tuple[DateMention, dt.date, int] | None:
    """The date, its day, and where the body after the dash starts."""
    for m in _DATE_THEN_DASH.finditer(doc.text, 0, min(len(doc.text), BARE_DATELINE_LIMIT)):
        dates = find_dates(doc.text, m.start("date"), m.end("date"))
        if len(dates) == 1 and dates[0].start == m.start("date") and dates[0].end == m.end("date"):
            day = resolve(dates[0], None) if dates[0].year is not None else None
            if day is not None:
                return dates[0], day, m.end()
    return None


def _stated_today(doc: Document, spans: dict[str, tuple[int, int]], *, anywhere: bool = False) -> dt.date | None:
    """ "... today, Tuesday 11 February 2025, announced ...": the text fixes the release date
    (in the header; ``anywhere``, as the last resort: "... will hold a conference call today,
    August 4, 2026, at 4:30 PM" in an exhibit that lost its dateline)."""
    m = _TODAY_IS.search(doc.text, 0, len(doc.text) if anywhere else header_end(doc))
    if m is None:
        return None
    dates = [d for d in find_dates(doc.text, m.end(), m.end() + 40) if d.year is not None]
    if not dates or dates[0].start - m.end() > 3:
        return None
    day = resolve(dates[0], None)
    if day is not None:
        spans["date"] = (dates[0].start, dates[0].end)
        if m["which"].lower() == "tomorrow":  # "a conference call tomorrow, Tuesday, May 10, 2022"
            day -= dt.timedelta(days=1)
    return day


# (a French issuer's "Regulatory News:" line under Business Wire's mark opens no sentence)
_AFTER_MARK = safe_compile(
    # (up to 12: a copy pads its lines with trailing spaces, "--February 11, 2025--  \n\n")
    # ("--(MARKET WIRE)--30 March 2007 --": the day first)
    r"[\s\-–/]{0,12}(?:[A-Z][a-z]{2,8}\.?\s\d{1,2},?\s\d{4}|\d{1,2}\s[A-Z][a-z]{2,8}\.?,?\s\d{4})?"
    r"[\s\-–/]{0,12}(?:Regulatory\sNews:\s{1,4})?"
)


def body_start(doc: Document) -> int | None:
    """Where the first sentence of the body begins, just past the dateline; None without one."""
    return doc.memo("body_start", _body_start)


def _body_start(doc: Document) -> int | None:
    text = doc.text
    limit = header_end(doc)
    mark = _first_wire_mark(doc, limit)
    if mark is not None:
        after = _AFTER_MARK.match(text, mark.end())
        start = int(after.end() if after else mark.end())
        # "Schaffhausen, Switzerland / June 7, 2019/ Business Wire" over "SCHAFFHAUSEN,
        # Switzerland--(BUSINESS WIRE)--At Acme ...": a portal's line above the wire's own.
        again = _WIRE_MARK.search(text, start, min(doc.line_at(start)[1], start + _WRAPPED_PLACE * 2))
        if again is not None and not text[start : again.start()].strip(" ,").count(" ") > 3:
            after = _AFTER_MARK.match(text, again.end())
            start = int(after.end() if after else again.end())
        line_start, line_end = doc.line_at(start)
        if start == line_start:
            # "(Thomson Reuters ONE) -" on its own line over "GHENT, Belgium, 25 October 2017 - Ablynx":
            # the body starts past the dateline under the mark.
            under = next(_BARE_DATELINE.finditer(text, start, line_end), None)
            if under is not None and under.start() == start and under["date"] and _looks_like_place(under["place"]):
                return int(under.end())
        return start
    for m in _BARE_DATELINE.finditer(text, 0, _bare_limit(doc)):
        place = m["place"]
        dates = find_dates(text, m.start("date"), m.end("date")) if m["date"] is not None else []
        if m["date"] is not None and not dates and _slashed(text, m, {}) is None:
            continue  # "Highlights of Q4 2024:": a heading, not a place and a date
        if _words_before_date(text, m, dates):
            continue
        if _looks_like_place(place) and (m["date"] is not None or "," in place or place.isupper()):
            if not _not_a_dateline(doc, m):
                return int(m.end())
    for m in _DATE_FIRST_LINE.finditer(text, 0, _bare_limit(doc)):
        if _looks_like_place(m["place"]) and find_dates(text, m.start("date"), m.end("date")):
            return int(m.end())  # "28.02.2013, Moscow. The Board of ..."
    dated = doc.memo("date_then_dash", _find_date_then_dash)
    if dated is not None:
        return dated[2]
    portal = _PORTAL_OPENING.search(text, 0, _bare_limit(doc))
    return int(portal.end()) if portal is not None else None


# "Yahoo Finance -- Acme Group, Inc. (NYSE: ACM - News), ...": a portal's name for a dateline.
# ("OREANDA-NEWS. Delek Group (TASE: DLEKG) announces ...": an agency's mark)
_PORTAL_OPENING = compile_lines(
    rf"^[ \t*_]{{0,3}}(?:(?:{alternation(NEWS_PORTALS)})[ \t]{{0,2}}(?:-{{1,2}}|–|—)|\p{{Lu}}{{2,20}}-NEWS\.)"
    r"[ \t]{0,2}(?=\p{Lu})"
)
