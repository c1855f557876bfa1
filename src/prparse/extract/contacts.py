"""Contacts: the people (or offices) a release names to call, with phones and emails.

Blocks open at a label ("For Investors:", "Media Contact:", "CONTACT:"); inside a block,
each line (or comma-separated piece of one) is a name, a title, an organization, a phone
or an email, in any order. A new name starts a new person.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass, field

import regex

from ..document import Document
from ..lexicon import (
    COMMUNICATIONS_FIRMS,
    LOCAL_TIME_PLACES,
    MONTHS,
    PHONE_COUNTRIES,
    TITLE_ENDINGS,
    TLDS,
    WEEKDAYS,
    alternation,
)
from ..models import Contact, ContactRole
from ..phones import IDENTIFIER_LABEL, WRAPPED_GROUPS, country_of, find_candidates, to_e164
from ..regions import (
    CITY,
    NAME_PAIR,
    NUMBER_ONLY_LINE,
    POSTAL_CODE,
    POSTAL_LINE,
    STATE,
    SURNAME,
    ContactBlock,
    contact_blocks,
    parse_placed,
)
from ..safety import compile as safe_compile
from ..scan import Words, finditer_near
from . import Part
from .tickers import COLON_FORM

# The user part is possessive ("{0,63}+"): what may follow it (space, "@", "(") is never in
# its class, so giving characters back cannot help, and not trying keeps each start O(1).
_EMAIL = safe_compile(
    # "jinhong\_lin@umc.com": a markdown copy escapes the underscore.
    r"(?P<user>[A-Za-z0-9][\w.+'\\-]{0,63}+)\s{0,2}(?:@|\(at\)|\[at\]|\{at\}|\sat\s(?=[\w-]{1,63}\s(?:dot|\.)))\s{0,2}"
    r"(?P<domain>[A-Za-z0-9][\w-]{0,62}(?:(?:\.|\s?\(dot\)\s?|\s?\[dot\]\s?|\sdot\s)[A-Za-z0-9][\w-]{0,62}){1,4})"
)
# Phone numbers and their labels, to see what else a line holds ("Lena Funston (509) 495-8090").
_REACH_TEXT = safe_compile(
    r"(?:\+|\()?\d[\d ().\-/]{5,30}\d|\b(?:Tel|Telephone|Phone|Mobile|Office|Direct|Cell|E-?mail|Ph)\b\.?\s?:?"
    # (and a number's extension: "+1-212-555-3300 ext. 118")
    r"|\b(?:ext|extn|extension)\b\.?\s?\d{1,6}\b"
    # a one-letter label only before its colon or its number: not the initial of "T.J. Crawford"
    r"|\b[TMPE]\b(?:\.?\s?:|\.?\s?(?=[+(\d]))",
    regex.IGNORECASE,
)
_PIECE_LABEL = safe_compile(
    r"(?:information\s?:\s?)?(?P<role>investors?|media|press|editorial|analysts?|shareholders?)"
    r"(?:\s(?:contacts?|[ie]nquiries)\s?:?|(?:\srelations)?\s?:)",
    regex.IGNORECASE,
    needs=("contact", "inquiries", "enquiries", ":"),
)
_EITHER = safe_compile(r"\sor\s")
# "Neal Rowe, President and CEO / Or / Pamela Lind, CFO" over the numbers: "or" on a line of its own.
_EITHER_LINE = safe_compile(r"\n[ \t*_]{0,4}(?i:or)[ \t*_]{0,4}\n")
_EITHER_REACH = 200  # characters from one name to the other: a title and the "or" line between
# "Julia Rowe, Dr. Robert Lind" over one address and number: two names, one way to reach both.
_NAME_JOINER = safe_compile(r"[ \t]{0,2}(?:,|&|/|and)[ \t]{1,2}(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?[ \t])?")
# (what a role label opens: a name, or a number: "...IR@acme.comMedia Relations+86 (10) 8911-6155")
_REACHED_AFTER = safe_compile(r"[ \t]?(?:\p{Lu}\p{Ll}{1,20}\s\p{Lu}\p{Ll}|\+?\(?\d)")
_BARE_ROLE = safe_compile(r"Media(?:\sRelations)?|Press|Investors?(?:\sRelations)?|Analysts?")
_ROLE_NOTE = safe_compile(
    r"(?:^|\s)\((?P<role>media|press|investors?|analysts?|IR)(?:\s(?:contact|relations|inquiries))?\)\s*$",
    regex.IGNORECASE,
)
# "Rupert Rowe (Corporate Broking)": a UK adviser's desk in brackets after its people's names.
_DESK_NOTE = safe_compile(r"\s{1,3}\((?P<desk>\p{Lu}[\p{L}&/ -]{2,40})\)\s*$")
# (a desk, not the place the people sit: "Isabelle Rowe (Montréal)")
_DESK_WORDS = safe_compile(
    r"\b(?:Corporate|Finance|Broking|Brokers?|Advis[eo]rs?|Relations|Media|Investors?|Nominated|Communications"
    r"|Sales|Trading|Markets|Research|PR|IR|NOMAD)\b"
)
_WIRE_DOMAIN = safe_compile(r"(?:prnewswire|businesswire|globenewswire|newsfilecorp|accesswire|cision)\.", regex.I)
_NAME_SEPARATOR = safe_compile(r"\s{0,3}/\s{0,3}|\s{1,3}(?:&|and|or)\s{1,3}")
# (in brackets: a bare "Fax:" after a number labels the next one)
_FAX_AFTER = safe_compile(r"\s{0,2}[(\[]\s?(?:fax|facsimile)\s?[)\]]", regex.IGNORECASE)
_DOT = safe_compile(r"\s?[\(\[]dot[\)\]]\s?|\sdot\s")
_FAX = safe_compile(r"\b(?:fax|facsimile|f)\s{0,2}[:.]?\s{0,3}$", regex.IGNORECASE)
# Letters every post-nominal holds: the pattern is tried only on names holding one.
_POST_NOMINAL_MARKS = ("phd", "ph.d", "md", "m.d", "cfa", "cpa", "mba", "esq", "fca", "aca", "msc", "bsc")
# Qualifications written as a piece of their own ("Sean Mansouri, CFA", "CPA, CA", "Dan Lind, APR").
_QUALIFICATIONS = frozenset(
    (*_POST_NOMINAL_MARKS, "ca", "cpcu", "cma", "cfp", "jd", "irc", "apr", "ciro", "cpir", "acca")
)
_DIGIT = safe_compile(r"\d")
_GENERATIONS = frozenset({"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"})
# Words that lead a number to dial into a call or its replay, never a contact's.
_TO_DIAL_IN = safe_compile(
    r"\b(?:dialing|dialling|dial-in|toll[\s-]free\snumber\sis|conference\sid|passcode|access\scode|call\sin)\b",
    regex.IGNORECASE,
)
# A title that ends in an office, before the name on its line: "Investor Relations Officer Merja Rowe".
_TITLE_BEFORE_NAME_PIECE = safe_compile(
    r"(?:[\p{L}&-]{1,20}\s){0,4}(?:Officer|Director|Manager|President|Chairman|CEO|CFO|COO|Secretary|Treasurer)"
)
_NAME_NEXT = safe_compile(r"[ \t]{1,3}\p{Lu}\p{Ll}{1,20}[ \t]\p{Lu}")
# A label with no colon over the person: "Contact Investor Relations".
_CONTACT_DESK_LABEL = safe_compile(
    r"(?i:contacts?)\s(?i:investor\srelations|investors|media(?:\srelations)?|press|public\srelations|IR)\s?:?"
)
# "Contact Stian Hasle": the label's word, with no colon, before the name.
_CONTACT_WORD_BEFORE = safe_compile(r"^(?:Contact|CONTACT)(?:[ \t]person)?[ \t]{1,3}(?=\p{Lu}\p{Ll})")
# (and Latin America's: "Lic. Adolfo Rowe", "Ing. Jorge Lind")
_HONORIFIC = safe_compile(r"^(?:Dr|Mr|Mrs|Ms|Miss|Prof|Sir|Mx|Lic|Ing|Dra)\.?\s", regex.IGNORECASE)
_POST_NOMINAL = safe_compile(r",?\s(?:Ph\.?D\.?|M\.?D\.?|CFA|CPA|MBA|Esq\.?|FCA|ACA|MSc|BSc)\b\.?", regex.IGNORECASE)
_NAME = safe_compile(
    # ("J R Russell": initials without their stops, an RNS notice's way)
    r"^(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s)?\p{Lu}[\p{L}'.-]{0,20}"
    # ("Benoit d'Amécourt": a particle elided on to the surname)
    r"(?:\s(?:\p{Lu}\.|\p{Lu}(?=\s\p{Lu})|\p{Lu}[\p{L}'.-]{1,20}|d['’]\p{Lu}[\p{L}'.-]{1,20}"
    r"|van|von|de|der|den|da|di|du|del|dos|le|la)){1,3}$"
)
# A sentence's contact and her firm: "Donna Rowe at DRG&E", "Jane Rowe of Acme Advisors".
_NAME_AT_FIRM = safe_compile(
    r"(?P<name>[^\n]{3,60}?)\s(?:at|of)\s(?P<firm>\p{Lu}[\w&.'-]{1,30}(?:\s\p{Lu}[\w&.'-]{1,30}){0,3})"
)
# "Solebury Trout": a firm, though it reads like a person's name.
_COMMUNICATIONS_FIRM = safe_compile(rf"(?i:{alternation(COMMUNICATIONS_FIRMS)})")
_TITLE_OPENERS = "(?:Vice|Senior|Executive|Chief|President|Director|Manager|Head|Managing|General)"
_NAME_THEN_TITLE = safe_compile(
    # ("Adam Hansson Tonning Head of IR": a middle name too)
    rf"[ \t*_]{{0,4}}(?P<name>\p{{Lu}}\p{{Ll}}{{1,20}}(?:\s\p{{Lu}}\.|\s\p{{Lu}}\p{{Ll}}{{1,20}})?"
    rf"\s(?!{_TITLE_OPENERS}\b)\p{{Lu}}[\p{{Ll}}'-]{{1,20}})\s(?P<title>{_TITLE_OPENERS}\b[\p{{L}} &-]{{0,60}})"
)
_NAME_THEN_FIRM = safe_compile(
    r"[ \t*_]{0,4}(?P<name>\p{Lu}\p{Ll}{1,20}\s\p{Lu}\.\s\p{Lu}[\p{Ll}'-]{1,20})"
    r"\s(?P<firm>\p{Lu}[\w&.'-]{1,30}(?:\s\p{Lu}[\w&.'-]{1,30}){0,3},?\s(?:Corporation|Corp\.|Inc\.|Incorporated"
    r"|Company|Ltd\.?|Limited|LLC|plc|PLC|LLP|Group|Holdings))(?![\w])"
)
_TITLE_WORDS = safe_compile(
    rf"\b(?:{alternation(TITLE_ENDINGS)}|President|Vice|Chief|CEO|CFO|COO|CTO|IR|Relations|Communications"
    r"|Partner|Coordinator|Secretary|Treasurer|Executive|Counsel|Chairman|Chair|Founder"
    r"|Principal|Consultant|Advisor|Adviser|Spokesperson|Press|Media|Investor|Investors|Marketing|Affairs|Senior|Global)\b"
    # "Douglas J. Tucker, Sr. V.P., Corporate Counsel": the dotted forms
    r"|\bSr\.\s?(?=[A-Z])|\b(?:S\.|E\.)?V\.\s?P\."
)
_ORG_WORDS = safe_compile(
    r"\b(?:Inc|Corp|Corporation|Company|Co|Ltd|Limited|LLC|LLP|plc|PLC|Group|Partners|Associates|Communications|Network"
    r"|Advisors|Advisory|Consulting|Strategies|Agency|PR|IR|Media|Holdings|AG|SA|ASA|AB|Oyj|N\.V|GmbH|Relations|Team"
    r"|Department|Office|Desk"
    # words of a company's name no one is called: "Summit Therapeutics", "Heron Securities"
    r"|Therapeutics|Pharmaceuticals|Pharma|Biosciences|Biotech|Technologies|Securities|Brokers|Stockbrokers"
    r"|Investments|Laboratories|Minerals|Mining|Bank|Bancorp|Bancshares"
    # a firm's name in capitals: "ACME MORNING CORPORATION"
    r"|INC|CORP|CORPORATION|COMPANY|LTD|LIMITED|GROUP|ASSOCIATES|HOLDINGS|PARTNERS)\b\.?"
)
_NOT_NAME_WORDS = frozenset(
    {"investor", "investors", "media", "relations", "contact", "contacts", "inquiries", "press", "email", "phone",
     "tel", "website", "web", "source", "about", "for", "the", "and", "of", "inc", "corp", "group", "communications",
     "ir", "financial", "analyst", "analysts", "office", "team", "general", "information", "visit", "news", "room",
     "department",
     # a notice's details: "Record Date", "Close of business", "Items of Business", "Annual Meeting"
     "date", "record", "business", "meeting", "items",
     # a firm's regional arm under its person: "Kevin Rowe / Acme North America / (215) 555-8912"
     "america", "americas", "europe", "asia", "pacific",
     # an address run on after the desk: "Investor Relations, EPFL Innovation Park, Building B, 1015 Lausanne"
     "innovation", "campus", "building", "floor", "suite", "street", "avenue", "road", "boulevard", "plaza",
     "centre", "center", "tower",
     # a letterhead's mark between its contact cells: "FOR / IMMEDIATE RELEASE"
     "immediate", "release"}
)  # fmt: skip
# "Europe: Rolf Rowe, ...", "U.S.: Seth Ashby, ...": the countries the phone labels know, and regions.
_PLACE_LABEL = safe_compile(
    rf"^[ \t*_]{{0,3}}(?i:Europe|Asia|Americas|Nordics?|Scandinavia|U\.S\.A\.|{alternation(PHONE_COUNTRIES)})"
    # ... a name after it: "US: +1 212 ..." is a number's label.
    # ("Americas – Brad Rowe, Acme Partners": or a dash)
    r"(?:[ \t]?[:/]|[ \t][–—-])[ \t](?=(?:(?:Dr|Mr|Mrs|Ms)\.?\s)?\p{Lu}\p{Ll}{1,20}\s\p{Lu})",  # "USA / Fiona Rowe"
    needs=(":", "/", "–", "—", "-"),
)
_PLACE_HEADING = safe_compile(
    r"[ \t*_#]{0,4}(?i:Europe|Asia|Americas|North\sAmerica|Nordics?|Scandinavia|U\.S\.A?\."
    rf"|{alternation(PHONE_COUNTRIES)})"
    r"(?:,?[ \t](?i:rest[ \t]of[ \t](?:the[ \t])?world|and[ \t]\p{Lu}\p{Ll}{2,20}))?[ \t*_:]{0,6}"
)
_PLACE_HEADING_LENGTH = 48  # characters of a place heading's line, marks and spaces too
_SUBLABEL = safe_compile(
    # ("*Media Contact*: Doug Rowe": a markdown copy's emphasis before the colon)
    r"^[ \t*_]{0,3}(?P<role>Investors?|Media|Press|Analysts?|Investor Relations|Media Relations)"
    r"\s?(?:Contacts?)?[*_]{0,2}\s?:",
    regex.IGNORECASE,
    needs=(":",),
)


@dataclass(slots=True)
class _Person:
    role: ContactRole | None
    name: str | None = None
    title: str | None = None
    organization: str | None = None
    phones: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)
    shares_with: int = 0  # how many people before this one were named on the same line ("A / B")
    reach_below: bool = False  # the first number or address came on a line of its own, under the name
    office: bool = False  # a firm's line with its number ("Shaftesbury PLC 020 7333 8118"): names go under it
    hidden_email: bool = False  # a web copy hid the address ("[email protected]"): someone to reach all the same


def extract(doc: Document) -> Part:
    contacts: list[Contact] = []
    footers = finditer_near(_NEWSROOM_FOOTER, _OFFICE_WORD, doc.text, before=_FOOTER_REACH, after=80)
    read: list[tuple[ContactBlock, list[_Person]]] = []
    for block in contact_blocks(doc):
        inside = [m.start() for m in footers if block.body_start <= m.start() < block.end]
        if inside:  # (the foot is read whole below, not as the lines of a block above it)
            block = ContactBlock(block.start, block.body_start, inside[0], block.role)
        view = doc.broken_at(_run_on_breaks(doc, block))
        read.append(
            (
                block,
                _share_across_a_brace(
                    view,
                    _share_number_below(view, _share_out_to_a_line(_share_office_lines(view, _people(view, block)))),
                ),
            )
        )
    _share_bare_block_below(doc, read)
    for block, people in read:
        for person in people:
            if not (
                person.phones or person.emails or (person.hidden_email and person.name)
            ) and not _listed_without_numbers(doc, block, people, person):
                continue  # a contact is someone to reach: a name with no phone or email is a heading
            if person.name is not None and not _holds_office(person) and _is_organisation(doc, person.name):
                person.organization = person.organization or person.name
                person.name = None
            contacts.append(
                Contact(
                    role=person.role,
                    name=person.name,
                    title=person.title,
                    organization=person.organization,
                    phones=tuple(dict.fromkeys(person.phones)),
                    emails=tuple(dict.fromkeys(person.emails)),
                    spans=person.spans,
                )
            )
    contacts.extend(_newsroom_footer(doc, m) for m in footers)
    return Part(values={"contacts": _dedupe(contacts)})


# A markdown link's target after its address: "[jrowe@acme.com](mailto:jrowe@acme.com)".
_MAILTO_TARGET_TEXT = r"\]\(mailto:[^()\s]{1,200}\)"
_MAILTO_TARGET = safe_compile(_MAILTO_TARGET_TEXT)
_MAILTO_LINK = safe_compile(rf"\[(?P<label>[^\[\]\n]{{1,120}}){_MAILTO_TARGET_TEXT}")
_RUN_ON_LINE = 100  # characters: a line this long may hold several people's contact lines run together
# After an address, the next person's name or desk ("... jrowe@acme.com Dru Lind FINN Partners ..."):
# a contact block whose lines a copy ran together.
_NEXT_PERSON = safe_compile(r"[ ](?=[*_]{0,2}\p{Lu}\p{Ll}{1,20}[ ]\p{Lu})")
_MORE_REACH = safe_compile(r"@|\d[\d ().-]{5,20}\d")


def _run_on_breaks(doc: Document, block: ContactBlock) -> list[int]:
    """Where a run-on contact line breaks: after each address followed by another name and more
    ways to reach someone ("Jane Rowe CFO (469) 555-8200 jrowe@acme.com Dru Lind FINN Partners
    (615) 555-7346 dlind@finn.com" is two people's lines)."""
    text = doc.text
    breaks: list[int] = []
    for start, end, _ in doc.lines(block.body_start, block.end):
        if end - start < _RUN_ON_LINE or "@" not in text[start:end]:
            continue
        for m in _EMAIL.finditer(text, start, end):
            target = _MAILTO_TARGET.match(text, m.end(), end)
            at = target.end() if target is not None else m.end()
            if _NEXT_PERSON.match(text, at, end) and _MORE_REACH.search(text, at, end):
                breaks.append(at)
    return breaks


# An investor-news network's foot, its fields run together on one line: "InvestorWireAustin,
# Texaswww.InvestorWire.com512.354.7000 OfficeEditor@InvestorWire.com" (the brand, its city, its
# site, its office number, its editor's address): the release's own contact desk.
_NEWSROOM_FOOTER = safe_compile(
    r"(?m:^)[ \t]{0,4}(?P<org>\p{Lu}[\w()&. -]{1,60}?)"
    r"\p{Lu}\p{Ll}{1,20}(?:[ ]\p{Lu}\p{Ll}{1,20}){0,2},[ ]\p{Lu}\p{L}{1,20}"  # "Austin, Texas", "Los Angeles, CA"
    r"www\.[\w-]{1,63}(?:\.[\w-]{1,63}){1,3}?[ ]?(?P<phone>\d{3}[.-]\d{3}[.-]\d{4})[ ]?Office"
    r"(?P<email>[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,3})",
)
_OFFICE_WORD = Words(("Office",), case=True)  # the foot is read only around this word
_FOOTER_REACH = 260  # characters: from the foot's line start to its "Office"


# A person's name as a contact list sets it on a line of its own: "Jane R. Rowe", "Henry Fitzgerald-Lind".
_PERSON_NAME = safe_compile(
    r"\p{Lu}\p{Ll}{1,20}(?:[ ]\p{Lu}\.){0,2}(?:[ ](?:\p{Lu}\p{Ll}{1,20}|\p{Lu}\.))?"
    r"[ ]\p{Lu}\p{Ll}{1,20}(?:-\p{Lu}\p{Ll}{1,20})?"
)


def _listed_without_numbers(doc: Document, block: ContactBlock, people: list[_Person], person: _Person) -> bool:
    """A name the block lists as a contact though it gives no number for it: an officer by name
    and title among colleagues who have numbers ("Officer Contacts"), or an ad hoc notice's one
    name under "Contact:". Anything looser reads headings and places as people."""
    name = person.spans.get("name")
    if (
        name is None
        or person.name is None
        or not _PERSON_NAME.fullmatch(person.name)
        or not _alone_on_line(doc, person)
    ):
        return False
    title = person.spans.get("title")
    if (
        title is not None
        and _holds_office(person)
        and doc.text.count("\n", name[1], title[0]) <= 1
        and any(colleague.phones or colleague.emails for colleague in people)
    ):
        return True
    return (
        len(people) == 1
        and "contact" in doc.text[block.start : block.body_start].lower()
        and doc.line_at(name[0])[0] == doc.line_at(block.body_start)[1] + 1
    )


def _newsroom_footer(doc: Document, m: regex.Match[str]) -> Contact:
    return Contact(
        role="general",
        organization=m["org"].strip(),
        phones=tuple(_phones(doc, m.start("phone"), m["phone"])),
        emails=(m["email"].lower(),),
        spans={"organization": (m.start("org"), m.end("org"))},
    )


HIDDEN_EMAIL = "[email protected]"  # what a web page's address guard leaves of an address
# ... and the text of a contact card's mail link whose address the copy dropped: "Samuel Rowe /
# Send an email"
_HIDDEN_EMAIL_TEXTS = frozenset({HIDDEN_EMAIL, "send an email", "send an e-mail", "send email", "send e-mail"})
# "College Hill Tel: 020 7457 2020": a name with a phone label after it heads an office line.
_PHONE_LABEL_AFTER = safe_compile(r"[ \t]{0,4}(?:tel|phone|telephone|t)\b\.?[ \t]{0,2}:", regex.IGNORECASE)


def _share_bare_block_below(doc: Document, read: list[tuple[ContactBlock, list[_Person]]]) -> None:
    """ "For Further Information: / Jane Rowe / President / Tom Lind / CFO / Contact: / (647) 555-1566":
    a block of names with no number or address, then at once a block of a number (or address)
    with no name. The names are reached on it (in the role its label names, when theirs names none)."""
    # (a label's empty block between them, "Contact:" read twice, is passed over)
    kept = [(block, [p for p in people if p.name or p.organization or _has_content(p)]) for block, people in read]
    kept = [(block, people) for block, people in kept if people]
    for (above, names), (below, reach) in itertools.pairwise(kept):
        if not names or any(person.name is None or person.phones or person.emails for person in names):
            continue
        if len(reach) != 1 or reach[0].name is not None or reach[0].organization is not None:
            continue
        if doc.text[above.end : below.start].strip():
            continue
        # ("Contact: Jane Rowe / Acme Corporation / INVESTOR RELATIONS: (877) 555-2509": the label names their role)
        if above.role is not None and below.role not in (None, above.role):
            continue
        for person in names:
            person.phones, person.emails = list(reach[0].phones), list(reach[0].emails)
            if above.role is None:
                person.role = reach[0].role
        reach[0].phones, reach[0].emails = [], []


def _share_out_to_a_line(people: list[_Person]) -> list[_Person]:
    """ "Duncan Rowe/Lucy Lind" over "Tel: ... 0935 / Tel: ... 0936": names sharing a line, as many
    numbers under them as names, each name's in turn."""
    index = 0
    while index < len(people):
        size = people[index].shares_with + 1
        if size > 1 and not (index + 1 < len(people) and people[index + 1].shares_with == size):
            _one_each(people[index + 1 - size : index + 1])
        index += 1
    return people


def _one_each(group: list[_Person]) -> None:
    """Give each of a group that was given the same numbers and addresses, as many as the group
    has people, one of each: the addresses by the name each mailbox spells, the numbers in order."""
    first = group[0]
    if any(p.phones != first.phones or p.emails != first.emails for p in group[1:]):
        return
    size = len(group)
    owners = [_owner(first.emails, person.name) for person in group] if first.emails else []
    if first.emails and (len(first.emails) != size or sorted(owners) != list(range(size))):
        return
    if (first.phones and len(first.phones) != size) or not (first.phones or first.emails):
        return
    emails, phones = list(first.emails), list(first.phones)
    for at, person in enumerate(group):
        person.emails = [emails[owners[at]]] if emails else []
        person.phones = [phones[at]] if phones else []


def _owner(emails: list[str], name: str | None) -> int:
    """The one address whose mailbox holds the name's surname, or -1."""
    # (a mailbox spells a name without its accents: "Vicuña" in "paula.vicuna@")
    surname = unicodedata.normalize("NFKD", name.split()[-1].lower()).encode("ascii", "ignore").decode() if name else ""
    found = [i for i, email in enumerate(emails) if surname and surname in email.partition("@")[0]]
    return found[0] if len(found) == 1 else -1


def _share_office_lines(doc: Document, people: list[_Person]) -> list[_Person]:
    """ "Enquiries: / College Hill Tel: 020 7457 2020 / Mark Garraway / Matthew Gregorowski"
    (a UK adviser's block): an office line with a number (or an address), then names with
    none. The names are the contacts, reached on the office's number or address; the office
    is their organisation."""
    for index, office in enumerate(people):
        if not (office.phones or office.emails) or (office.phones and office.emails):
            continue
        followers = []
        for person in people[index + 1 :]:
            # (a name with its own address under an office's number still takes the number)
            if (
                person.name is None
                or (person.phones or (person.emails and office.emails))
                or person.role != office.role
            ):
                break
            followers.append(person)
        if not followers:
            continue
        named_office = office.name is not None
        if named_office:
            name_end = office.spans["name"][1]
            if not _PHONE_LABEL_AFTER.match(doc.text, name_end, doc.line_at(name_end)[1]):
                continue
            office.organization, office.name = office.name, None
            office.spans.pop("name", None)
        if office.organization is None:
            continue
        for person in followers:
            person.phones, person.emails = list(office.phones), person.emails or list(office.emails)
            # (an office read as a name only now: its people's firm, not the one named above it)
            person.organization = office.organization if named_office else person.organization or office.organization
    return people


_TRAILING_LINKS = safe_compile(r"(?:\s{1,4}(?:at|or|via|by|on|and|email|e-mail)\b){1,6}[\s.,;]{0,6}$", regex.IGNORECASE)


# Brackets left with only the word between two numbers: "Chief Financial Officer (Tel: +46 ... or +46 ...)".
_EMPTIED_BRACKETS = safe_compile(r"\([\s,;/]{0,20}(?:(?:or|and)[\s,;/]{0,20})?\)")
# Initials that open a title, not a firm's name: "IR Manager", "VP Finance".
_ROLE_INITIALS = frozenset({"IR", "PR", "VP", "SVP", "EVP", "CEO", "CFO", "COO", "CTO", "HR"})


def _names_a_firm(words: str) -> bool:
    """ "Shaftesbury PLC", "RMS Partners", "MHP Communications": a firm, not a title."""
    ending = _FIRM_ENDING.search(words)
    if ending is not None and (
        not _is_title(words) or (ending.group() == "Communications" and len(words.split()) == 2)
    ):
        return True  # ("Buchanan Communications": a firm, though its word is a title's too)
    return _ACRONYM_FIRM.match(words) is not None and words.split()[0] not in _ROLE_INITIALS


def _opens_line(doc: Document, start: int) -> bool:
    return not doc.text[doc.line_at(start)[0] : start].strip(" \t*_|")


def _after_label(doc: Document, start: int) -> bool:
    return doc.text[doc.line_at(start)[0] : start].rstrip(" \t*_").endswith(":")


# A person's two names, then the firm: "Dru Rowe FINN Partners".
_NAME_BEFORE_FIRM = safe_compile(
    r"(?P<name>(?P<first>\p{Lu}\p{Ll}{1,20})\s(?P<last>\p{Lu}[\p{Ll}'’-][\p{L}'’-]{1,20}))\s(?P<firm>\p{Lu}[^\n]{1,60})"
)


def _name_before_firm(rest: str, emails: list[regex.Match[str]]) -> regex.Match[str] | None:
    """A name and the firm after it with nothing between, when the person's address bears the
    name out: without it, "Mary Ann Rowe Acme Partners" could not be cut."""
    m = _NAME_BEFORE_FIRM.fullmatch(rest)
    if m is None or " " not in m["firm"] or not _names_a_firm(m["firm"]):
        return None  # (not "Acme Conferences Inc.": a firm's own name before its suffix)
    if _is_title(m["name"]) or _has_stopword(m["name"]):
        return None
    if _ORG_WORDS.search(m["name"]):
        return None
    user = emails[0]["user"].lower()
    first, last = m["first"].lower(), m["last"].lower()
    # (a first name of three letters or more: "al" opens "alliance@..." by chance)
    return m if last in user or (len(first) >= 3 and user.startswith(first)) else None


def _trimmed(rest: str) -> str:
    """What is left of a piece once its numbers and addresses are out, without the marks
    around them; a bracket closing one the words opened stays ("Chief Financial Officer (CFO)")."""
    # "Jane Rowe at (number) or via email at (address)", "Chief Financial Officer (Tel: ... or ...)"
    rest = _TRAILING_LINKS.sub("", _EMPTIED_BRACKETS.sub(" ", rest))
    core = rest.strip(" :-/()[]*_<>")
    after = rest.find(core) + len(core)
    if core.endswith(".") and core[-4:-1].isalpha() and core[-4:-1].islower():
        core = core[:-1]  # "..., Investor Relations & Communications. Phone: ...": the sentence's stop
    return core + ")" if core.count("(") > core.count(")") and rest[after : after + 1] == ")" else core


def _share_number_below(doc: Document, people: list[_Person]) -> list[_Person]:
    """ "FTI Consulting / Nick Hasell / Alex Le May / Cally Billimore / +44 (0) 20 3727 1340"
    (a UK adviser's block): names alone on their lines, then the number they share on a line
    of its own. The names above the one the number came under are reached on it too."""
    for index, last in enumerate(people):
        # ("Jane Rowe – Chief Financial Officer / Tom Lind – SVP of Finance / investors@acme.com": the
        # names with their titles over the address they share)
        titled = _name_and_title_alone(doc, last)
        if not (last.reach_below and (_alone_on_line(doc, last) or titled)):
            continue
        if len(last.emails) == 1 and _owner(last.emails, last.name) == 0:
            continue  # "Paula Vicuña, Head of IR / (56-2) ... / paula.vicuna@...": her own, not shared
        group = [last]
        # "Jane Rowe, President / Tom Lind, Chief Financial Officer / Acme Mfg. Corporation / (310) ...":
        # the firm on a line of its own under the last name, over the number, is all the names' firm
        firm_below = titled and _firm_line_below(doc, last)
        for person in reversed(people[:index]):
            if person.name is None or person.phones or person.emails or person.role != last.role:
                break
            if person.organization != last.organization and not (firm_below and person.organization is None):
                break
            if not (_alone_on_line(doc, person) or (titled and _name_and_title_alone(doc, person))):
                break
            group.insert(0, person)
        for person in group[:-1]:
            person.phones, person.emails = list(last.phones), list(last.emails)
            person.organization = last.organization
        if len(group) > 1 and len(last.phones) == len(group):
            # "Isabelle Rowe (Montréal) / Peter Lind (Toronto) / (514) ... / (416) ...": a number each, in
            # order (and each mailbox its name's: "Tel: ... 9952 / damon.rowe@... / Tel: ... 9927 / ...")
            _one_each(group)
    return people


def _share_across_a_brace(doc: Document, people: list[_Person]) -> list[_Person]:
    """ "Paul Rowe, Chief Executive ) +44 (0) 1249 555000" over "Gerard Lind, Group Finance Director )":
    names on lines a brace closes (an old RNS table's way), one number beside the brace for them all."""
    groups: list[list[_Person]] = []
    last_line = -2  # the index of the line the last braced name stood on
    for person in people:
        line = _brace_line(doc, person)
        if line is None:
            last_line = -2
            continue
        if line == last_line + 1 and groups:
            groups[-1].append(person)
        else:
            groups.append([person])
        last_line = line
    for group in groups:
        reached = [member for member in group if member.phones or member.emails]
        if len(group) > 1 and len(reached) == 1:
            for member in group:
                if member is not reached[0]:
                    member.phones, member.emails = list(reached[0].phones), list(reached[0].emails)
    return people


def _brace_line(doc: Document, person: _Person) -> int | None:
    """The index of the person's name's line when a brace closes it, else None."""
    span = person.spans.get("name")
    if span is None or person.name is None:
        return None
    end = doc.line_at(span[0])[1]
    return doc.line_index(span[0]) if _BRACE_LINE.search(doc.text, span[1], end) else None


_BRACE_LINE = safe_compile(r"[ \t]\)(?:[ \t]{1,4}\+?\(?\d[\d ().-]{5,24}\d)?[ \t]*$")


def _firm_line_below(doc: Document, person: _Person) -> bool:
    """Whether the person's firm is all the line under the person's name holds."""
    span = person.spans.get("name")
    if span is None or person.organization is None:
        return False
    line_end = doc.line_at(span[0])[1]
    if line_end >= len(doc.text):
        return False
    below_start, below_end = doc.line_at(line_end + 1)
    return doc.text[below_start:below_end].strip(" \t*_|") == person.organization


def _piece_fills_line(doc: Document, start: int, piece: str) -> bool:
    """Whether the piece is all its line holds (but marks)."""
    line_start, line_end = doc.line_at(start)
    return doc.text[line_start:line_end].strip(" \t*_|") == piece.strip(" \t*_|")


def _name_and_title_alone(doc: Document, person: _Person) -> bool:
    """ "Carl Webb, Managing Director" on a line of its own under its firm, the firm's number
    under the last such line (a UK enquiries block): the name and its title, nothing else."""
    span, title = person.spans.get("name"), person.spans.get("title")
    if span is None or title is None:
        return False
    line_start, line_end = doc.line_at(span[0])
    return (
        not doc.text[line_start : span[0]].strip(" \t*_")
        and line_start <= title[0] < line_end
        and _COMMA_GAP.fullmatch(doc.text, span[1], title[0]) is not None
        and not _DIGIT.search(doc.text, title[1], line_end)  # ("... Director and Company Secretary")
        and "@" not in doc.text[title[1] : line_end]
    )


def _alone_on_line(doc: Document, person: _Person) -> bool:
    """Whether the person's name is all its line holds (or names and their desk in brackets)."""
    span = person.spans.get("name")
    if span is None:
        return False
    line_start, line_end = doc.line_at(span[0])
    line = doc.text[line_start:line_end].strip(" \t*_|")  # (a table's bar: "|Jane Rowe")
    if line.rstrip(",;/&").rstrip() == doc.text[span[0] : span[1]]:
        return True  # (or a list's comma after it: "Ben Rowe," over "Paul Lind" over their number)
    # "Freddy Rowe, Emma Lind (Corporate Finance)": names and their desk, nothing else
    desk = _DESK_NOTE.search(line)
    return desk is not None and all(_names_only(part) for part in line[: desk.start()].split(","))


_PERSONAL_TITLE = safe_compile(
    r"\b(?:CEO|CFO|COO|CTO|President|Director|Manager|Officer|Chief|Chair(?:man|woman)?|Founder|Partner|Secretary"
    r"|Treasurer|Controller|Counsel|Analyst|Associate|Specialist|Coordinator)\b"
)


def _holds_office(person: _Person) -> bool:
    """ "Dr. Diane Nicolson, President and CEO": a person, however often the release names her."""
    return person.title is not None and _PERSONAL_TITLE.search(person.title) is not None


def _is_organisation(doc: Document, name: str) -> bool:
    """A "name" the release repeats three times or more is its company or a product, not a
    person; so is one it writes before a ticker ("Acme Southern (KCS) (NYSE:KSU)"). But one
    that signs ("By: /s/ Jack Rowe", an SEC filing's signature) is a person, however often named."""
    if doc.memo("signed", _holds_signatures) and ("/s/ " + name in doc.text or "/s/" + name in doc.text):
        return False
    if doc.text.count(name, 0, 200_000) >= 3:
        return not _titled_somewhere(doc.text, name)
    at = doc.text.find(name)
    for _ in range(_TICKER_LOOKS):
        if at < 0:
            return False
        after = at + len(name)
        if COLON_FORM.search(doc.text, after, min(doc.line_at(after)[1], after + _TICKER_REACH)):
            return True  # (on its line: a header table flattened puts "(NYSE: BMC)" under a contact's name)
        at = doc.text.find(name, at + len(name))
    return False


def _titled_somewhere(text: str, name: str) -> bool:
    """ "CEO Ron Brewer updates shareholders", "Ron Brewer, CEO of RJD Green": a name the release
    gives an office somewhere is a person's, however often it repeats it."""
    at = text.find(name)
    for _ in range(_TITLE_LOOKS):
        if at < 0:
            return False
        after = at + len(name)
        if _TITLE_BEFORE_NAME.search(text, max(0, at - 12), at) or _TITLE_AFTER_NAME.match(text, after, after + 40):
            return True
        at = text.find(name, after)
    return False


_TITLE_LOOKS = 5
_TITLE_BEFORE_NAME = safe_compile(r"\b(?:CEO|CFO|COO|President|Chairman|Chairwoman|Director|Founder)\s$")
_TITLE_AFTER_NAME = safe_compile(
    r",\s{1,2}(?:the\s)?(?:[\w&-]{1,20}\s){0,3}?(?:CEO|CFO|COO|President|Chairman|Chairwoman|Director|Founder)\b"
)


def _holds_signatures(doc: Document) -> bool:
    return "/s/" in doc.text


_TICKER_LOOKS = 3  # occurrences of a name checked for a ticker after it
_TICKER_REACH = 24  # characters after a name in which its ticker bracket closes


def _dedupe(contacts: list[Contact]) -> tuple[Contact, ...]:
    """One entry per contact: repeats go, and so does a nameless entry whose phones and
    emails all belong to a named one (a block read twice, an office line under a person)."""
    seen: set[tuple[str | None, tuple[str, ...], tuple[str, ...]]] = set()
    named_reach = {value for c in contacts if c.name for value in (*c.phones, *c.emails)}
    out: list[Contact] = []
    by_person: dict[tuple[str | None, str, str], int] = {}
    for contact in contacts:
        key = (contact.name, contact.phones, contact.emails)
        if key in seen:
            continue
        if contact.name is None and set(contact.phones) | set(contact.emails) <= named_reach:
            continue
        seen.add(key)
        person = _person_key(contact)
        if person is not None and person in by_person:
            # "CONTACT: Jane M. Rowe - (304) 555-3597" atop, "Contact: Jane Rowe, Acme, (800) 555-3821" below:
            # one person, reached on both
            at = by_person[person]
            out[at] = _merged(out[at], contact)
            continue
        if person is not None:
            by_person[person] = len(out)
        out.append(contact)
    return tuple(out)


def _person_key(contact: Contact) -> tuple[str | None, str, str] | None:
    """A name's first and last word, lower case, with its role: the same person with or without a
    middle initial."""
    words = contact.name.lower().split() if contact.name else []
    return (contact.role, words[0], words[-1]) if len(words) >= 2 else None


def _merged(first: Contact, again: Contact) -> Contact:
    return first.model_copy(
        update={
            "title": first.title or again.title,
            "organization": first.organization or again.organization,
            "phones": tuple(dict.fromkeys((*first.phones, *again.phones))),
            "emails": tuple(dict.fromkeys((*first.emails, *again.emails))),
        }
    )


def _role(word: str | None) -> ContactRole:
    if not word:
        return "general"
    lowered = word.lower()
    if lowered.startswith(("investor", "analyst", "ir", "shareholder", "financial")):
        return "investors"
    if lowered.startswith(
        ("media", "press", "news", "public", "communications", "corporate communications", "journalist", "editorial")
    ):
        return "media"
    return "general"


def _people(doc: Document, block: ContactBlock) -> list[_Person]:
    text = doc.text
    role: ContactRole | None = _role(block.role) if block.role else "general"
    people: list[_Person] = [_Person(role)]
    organization: str | None = None
    # The label line's tail ("CONTACT: Tempus Communications") is content too.
    # A block may end inside a line, where the next block's label is glued on ("... Relations/Media Contact:Todd").
    lines = [
        (max(start, block.body_start), min(end, block.end)) for start, end, _ in doc.lines(block.body_start, block.end)
    ]
    lines = _numbers_wrapped_over_lines(text, lines)
    lines, firm_cells = _by_cell_rows(text, _by_interleaved_cells(text, _names_split_over_lines(text, lines)))
    ordered = _by_column(text, lines)
    firm_next = False  # under a firm's part heading: its next line may name the firm
    for at, (start, end) in enumerate(ordered):
        line = text[start:end]
        if firm_next:
            firm_next = False
            if _firm_over_people(text, line, ordered[at + 1 :]):
                organization = line.strip(" \t*_|")  # "Financial media and PR / Yellow Jersey / Sarah Rowe"
                continue
        if start in firm_cells:
            # a flattened table's firm over its column's people: "Beta Dewe Rogerson" is no one's name
            if people[-1].name is not None or _has_content(people[-1]):
                people.append(_Person(role))
            organization = line.strip(" \t*_|")
            continue
        if POSTAL_LINE.match(line):
            continue  # "San Diego, CA 92121": an address, not a person
        sub = _SUBLABEL.match(line)
        if sub is not None and start != block.body_start:
            role = _role(sub["role"])
            people.append(_Person(role))
            organization = None
            start += sub.end()
            line = text[start:end]
        elif (
            len(line) <= _PLACE_HEADING_LENGTH
            and _PLACE_HEADING.fullmatch(line) is not None
            and (line.rstrip(" \t*_").endswith(":") or _set_apart(doc, start, end))
        ):
            # "**United States**" / "e info@acme.com" / "**Europe, Rest of World**" / "t +49 ...": a
            # place set as a heading alone on its line heads its own contact, and names none (not an
            # address's last line: "80331 Munich / Germany")
            if _has_content(people[-1]):
                people.append(_Person(role))
            organization = None
            continue
        elif _ADVISER_PART.fullmatch(line) is not None:
            # "Nominated Adviser / Cairn LLP / Liam Rowe", "Financial media and PR / Yellow Jersey / Sarah
            # Rowe": a UK enquiries table's heading over each firm names the firm's part, no one
            if _has_content(people[-1]) or people[-1].name is not None:
                people.append(_Person(role))
            organization, firm_next = None, True
            continue
        elif (where := _PLACE_LABEL.match(line)) is not None:
            # "Europe: Rolf Sass Sørensen, ... / U.S.: Seth Lewis, ...": one contact a place.
            people.append(_Person(role))
            organization = None
            start += where.end()
            line = text[start:end]
        part = _PART_BEFORE_NUMBER.match(text, start, end) if organization is not None else None
        if part is not None and _line_above(text, ordered[:at]).strip(" \t*_|") == organization:
            # "SP ANGEL CORPORATE FINANCE LLP / (JOINT BROKER) +44 ...": the firm's part and number on
            # the line under its name, its people under them; the part names no one
            people.append(_Person(role, organization=organization, office=True))
            start = part.end()
            line = text[start:end]
        firm_line = _FIRM_NUMBER_LINE.fullmatch(text, start, end) if any(p.office for p in people) else None
        if firm_line is not None and people[-1].name is not None and not _has_content(people[-1]):
            # "API Group plc 020 7653 3300 / David Walton, Chief Executive / Financial Dynamics 020 7831
            # 3113 / Tim Spratt/Caroline Long": in an enquiries block of firms' lines, each with its
            # number over its people, a line of words and a number after a name is the next firm's
            organization = firm_line["firm"]
            people.append(_Person(role, organization=organization, office=True))
            start = firm_line.start("number")
            line = text[start:end]
        before = len(people)
        opened = people[-1]
        was_bare = opened.name is None and opened.organization is None and not _has_content(opened)
        for piece_start, piece in _pieces(line, start):
            organization = _read_piece(doc, people, role, organization, piece_start, piece)
        if was_bare and people[-1] is opened and opened.name is None and opened.organization and opened.phones:
            # "Acme Mining, London      Telephone: +44 20 ...": a firm's line and its number, names
            # under it (with their own addresses, maybe): an office, not the first name's own line
            opened.office = True
        _share_out_by_order(people[max(0, before - 1) :])
    return people


def _line_above(text: str, lines: list[tuple[int, int]]) -> str:
    """The last of ``lines`` with text on it ("" if none)."""
    return next((text[a:b] for a, b in reversed(lines) if text[a:b].strip()), "")


# A firm's line with its number: "Financial Dynamics 020 7831 3113", "Acme Capital  Tel: +44 20 7496 0000".
_FIRM_NUMBER_LINE = safe_compile(
    # ("Kestrel Dewe Rowland                    020 7946 9571": a fixed-width copy's column gap)
    r"[ \t*_|]{0,4}(?P<firm>\p{Lu}[\w&.'’-]{1,30}(?:[ \t]\p{Lu}[\w&.'’-]{0,30}){0,4})[ \t|]{1,40}"
    r"(?P<number>(?:(?i:tel|t|phone)[.:]?[ \t]{0,3})?\+?[\d(][\d ()./-]{7,22}\d)[ \t*_|]{0,4}"
)


def _firm_over_people(text: str, line: str, below: list[tuple[int, int]]) -> bool:
    """Whether a line with no number or address is a firm's name over a line of people's names
    (not a person over a number: "Nominated Adviser / Liam Rowe / Tel: ...")."""
    if "@" in line or any(c.isdigit() for c in line) or not line.strip(" \t*_|"):
        return False
    following = next((text[a:b] for a, b in below if text[a:b].strip(" \t*_|")), "")
    first = _NAME_SEPARATOR.split(following.strip(" \t*_|").split(",")[0])[0].strip()
    return bool(first) and _NAME.match(first) is not None


def _share_out_by_order(line_people: list[_Person]) -> None:
    """ "Mick Rowe, President and CEO Laurie Lind, VP Investor Relations Tel: 416-555-0800 Tel:
    416-555-0581": two contacts side by side, flattened to one line; the numbers that all went to
    the last person are each one's, in order."""
    named = [p for p in line_people if p.name]
    last = line_people[-1] if line_people else None
    if len(named) < 2 or last is not named[-1] or len(last.phones) != len(named) or last.emails:
        return
    if any(p.phones or p.emails for p in named[:-1]):
        return
    for person, phone in zip(named, list(last.phones), strict=True):
        person.phones = [phone]


# Two contacts side by side in a plain-text table: "Jesse Huang      David Pasquale".
_COLUMN_GAP = safe_compile(r"(?<=\S)[ ]{3,}(?=\S)")
_RULE_LINE = safe_compile(r"[\s\-=_`*|]*")


def _by_cell_rows(text: str, lines: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], set[int]]:
    """The block's lines, or, when a table of k columns was flattened a cell to a line, row after
    row ("Acme plc / Beta PR / Gamma Capital" over "Jane Rowe, Company Secretary / Fiona Lind /
    Sarah Ashby" over "Tel: 0113 ... / Tel: 0121 ... / Tel: 020 ..."), each column's cells in turn;
    and where the cells of the rows above the names start (each column's firm). Read only when k
    lines of numbers in a row close k rows or more of k cells with none, one row all people's names
    ("Carlos Rowe / Fred Lind / Joe Ashby" over their titles over their numbers)."""
    filled = [(a, b) for a, b in lines if text[a:b].strip(" \t*_|")]
    numbers = [bool(_NUMBER_ROW.fullmatch(text, a, b)) for a, b in filled]
    if sum(numbers) < 2:
        return lines, set()  # (the common case: decided without reading names)
    first = numbers.index(True)
    width = 0
    while first + width < len(numbers) and numbers[first + width]:
        width += 1
    rows = first // width if width >= 2 else 0
    if rows < 2 or first % width:
        return lines, set()
    head = filled[:first]
    if any(_DIGIT.search(text, a, b) or "@" in text[a:b] for a, b in head):
        return lines, set()
    # a row of people's names, each cell opening with one: the rows above it are their firms
    named = next(
        (
            row
            for row in range(rows)
            if all(
                _NAME.match(text[a:b].split(",")[0].strip(" \t*_|")) for a, b in head[row * width : (row + 1) * width]
            )
        ),
        None,
    )
    if named is None:
        return lines, set()
    table = [*head, *filled[first : first + width]]
    columns = [table[column::width] for column in range(width)]
    firms = {a for a, _ in head[: named * width]}
    return [cell for column in columns for cell in column] + filled[first + width :], firms


# A line that holds one or two numbers and their labels, no words: a flattened table's number cell.
_NUMBER_ROW = safe_compile(
    r"[ \t*_|]{0,4}(?:(?i:tel|telephone|phone|t)\.?:?[ \t]{0,3})?\+?\(?\d[\d ().-]{6,20}\d"
    r"(?:[ \t]{1,3}(?:or|/)[ \t]{1,3}\+?\(?\d[\d ().-]{6,20}\d)?[ \t*_|]{0,4}"
)


def _by_column(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The block's lines, or, when they hold two columns (three or more lines split by a
    wide gap at the same place, every other line blank or a rule), the first column's
    lines and then the second's: each column is one contact."""
    piped = _by_piped_columns(text, lines)
    if piped is not None:
        return piped
    split: list[tuple[int, int, int, int]] = []  # line start, gap start, second column start, line end
    after: list[tuple[int, int]] = []  # the lines under the table, past a blank line
    for index, (start, end) in enumerate(lines):
        if _RULE_LINE.fullmatch(text, start, end):
            continue
        gaps = _COLUMN_GAP.finditer_list(text, start, end)
        if not gaps and not split and (tail := _SECOND_LABEL_ONLY.match(text, start, end)) is not None:
            # "COMPANY CONTACT:        MEDIA CONTACTS:": the label line's tail, past the first column's
            # label, is the second column's label
            split.append((start, start, tail.end(), end))
            continue
        if len(gaps) != 1:
            if len(split) >= 3 and "\n\n" in text[split[-1][3] : start]:
                after = lines[index:]  # (a headline under the table, the block run on to it)
                break
            return lines
        split.append((start, gaps[0].start(), gaps[0].end(), end))
    if len(split) < 3:
        return lines
    columns = sorted(second - (text.rfind("\n", 0, start) + 1) for start, _, second, _ in split)
    if columns[-1] - columns[0] > 3:
        return lines
    if all(_FIELD_CELL.search(text, second, b) for _, _, second, b in split):
        # "Jane Rowe      jrowe@acme.com" under "Acme, London      Telephone: +44 ...": each row
        # a name or firm and its address or number, not two contacts side by side
        return lines
    return [(a, gap) for a, gap, _, _ in split] + [(second, b) for _, _, second, b in split] + after


def _by_piped_columns(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]] | None:
    """An exhibit's two-column header table with its cells set off by bars, a row to a line
    ("Brad Rowe (media), ext. 17 | Paul Lind, III |" over "(212) 555-9007 | (281) 555-6140 |"):
    the first column's cells and then the second's; None when the lines are no such table."""
    rows: list[list[tuple[int, int]]] = []
    after: list[tuple[int, int]] = []
    for index, (start, end) in enumerate(lines):
        if "|" not in text[start:end]:
            if _RULE_LINE.fullmatch(text, start, end) and not rows:
                continue
            if len(rows) >= 3:
                after = lines[index:]  # (the headline under the table, the block run on to it)
                break
            return None
        cells = [_stripped(text, m.start(), m.end()) for m in _CELL.finditer(text, start, end) if m.group().strip()]
        if not cells and not rows:
            continue
        if len(cells) != 2:
            return None
        rows.append(cells)
    if len(rows) < 3:
        return None
    return [row[0] for row in rows] + [row[1] for row in rows] + after


_CELL = safe_compile(r"[^|\n]+")


def _stripped(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without the white space at its ends."""
    while start < end and text[start] in " \t":
        start += 1
    while end > start and text[end - 1] in " \t":
        end -= 1
    return start, end


_SECOND_LABEL_ONLY = safe_compile(r"[ ]{3,}(?=[^\n]{2,40}:[ \t]*$)")
_FIELD_CELL = safe_compile(r"@|\d|(?i:e-?mail|tel|phone|fax|mobile)")


_GROUP_END = frozenset("0123456789)")


def _numbers_wrapped_over_lines(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The block's lines, a number's last group that a fixed-width copy wrapped on to the next
    line ("tel. +358 400 719 / 669") read with the line it belongs to."""
    joined: list[tuple[int, int]] = []
    carried = 0  # where the line after a joined one resumes, past the group it gave up
    for index, (start, end) in enumerate(lines):
        start = max(start, carried)
        following = lines[index + 1] if index + 1 < len(lines) else None
        wrapped = (
            WRAPPED_GROUPS.match(text, end, following[1])
            # (or an area code alone in brackets: "(210)" over "496-5300 ext. 214, ...")
            if following is not None and following[0] == end + 1 and text[start:end].rstrip()[-1:] in _GROUP_END
            else None
        )
        if wrapped is None:
            joined.append((start, end))
            continue
        joined.append((start, wrapped.end("groups")))
        carried = wrapped.end("groups")
    return joined


def _names_split_over_lines(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The block's lines, a first name alone on its line joined with the surname alone on the
    next ("Ioannis / Zafirakis", "Dave / Drummond", "Peter / J. Cunningham", "Julia K. / Rowe": a PDF's narrow
    column broke the name)."""
    joined: list[tuple[int, int]] = []
    index = 0
    while index < len(lines):
        start, end = lines[index]
        first = text[start:end].strip(" \t|*_")
        if _FIRST_NAME_ALONE.fullmatch(first) and index + 1 < len(lines) and lines[index + 1][0] == end + 1:
            last = text[end + 1 : lines[index + 1][1]].strip(" \t|*_")
            # ("Gary / J. Morgan, Senior VP of Finance, CFO": the surname's line goes on with the title)
            last = last.split(",", 1)[0] if "," in last and _initial(last) else last
            name = f"{first} {last}"
            # (not inside a run of such words, "United / States / Delia / Cannan / Taylor / Rafferty",
            # where no one can tell which two make a name)
            before = text[lines[index - 1][0] : lines[index - 1][1]] if index > 0 else ""
            after = text[lines[index + 2][0] : lines[index + 2][1]] if index + 2 < len(lines) else ""
            if (
                _SURNAME_ALONE.fullmatch(last.removeprefix(_initial(last)))
                and not _is_title(name)
                and not _has_stopword(name)
                and not _ORG_WORDS.search(name)
                and not _a_word_of_a_name(before)
                and not _a_word_of_a_name(after)
                # ("85774 / Unterföhring / Deutschland": an address's town and land; not the number of
                # the name above: "Ph: / 212 850 5664 / Elizabeth / Headon")
                and (not _DIGIT.search(before) or NUMBER_ONLY_LINE.fullmatch(before.strip(" \t|*_")) is not None)
            ):
                joined.append((start, lines[index + 1][1]))
                index += 2
                continue
        joined.append((start, end))
        index += 1
    return joined


def _a_word_of_a_name(line: str) -> bool:
    word = line.strip(" \t|*_")
    return _SURNAME_ALONE.fullmatch(word) is not None and not _is_title(word) and not _has_stopword(word)


def _initial(words: str) -> str:
    """A middle initial the words open with ("J. Cunningham" under "Peter"), or ''."""
    return words[:3] if len(words) > 3 and words[0].isupper() and words[1:3] == ". " else ""


_FIRST_NAME_ALONE = safe_compile(r"\p{Lu}\p{Ll}{1,20}(?:[ ]\p{Lu}\.)?")  # (its initial may stay: "Julia K. / Rowe")
_SURNAME_ALONE = safe_compile(r"\p{Lu}[\p{Ll}'-]{1,25}")


def _by_interleaved_cells(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The block's lines, or, when they are a two-column table an SEC exhibit's header flattened
    a cell to a line ("|Media / |Investors / |Mike Rowe / |Randy Lind / |(219) 555-5581 / |(219)
    555-5688", or cells between lines holding only "|"), the first column's cells and then the
    second's. Two columns show in the pairs of cells: the same kind of cell side by side (two
    numbers, two addresses), never a number beside a name."""
    if not lines or "|" not in text[lines[0][0] : lines[-1][1]]:
        return lines  # (no cell marks: the common case, decided without reading the lines)
    cells: list[tuple[int, int]] = []
    table_end = 0  # cells up to here sit in the table: marked with "|", or under a line of "|"
    marked = False
    for start, end in lines:
        line = text[start:end]
        content = line.lstrip(" \t|")
        opened = start + len(line) - len(content)
        if not content.strip():
            marked = marked or "|" in line
            continue
        if "|" in line[: opened - start] or marked:
            table_end = len(cells) + 1
        cells.append((opened, opened + len(content.rstrip())))
        marked = False
    table = cells[:table_end]
    if len(table) < 4 or len(table) % 2:
        return lines
    kinds = [_cell_kind(text[a:b]) for a, b in table]
    pairs = list(zip(kinds[::2], kinds[1::2], strict=True))
    if any(left != right for left, right in pairs) or not any(left != "other" for left, _ in pairs):
        return lines
    return table[::2] + table[1::2] + cells[table_end:]


def _cell_kind(cell: str) -> str:
    if _NUMBER_ALONE.fullmatch(cell):
        return "number"
    return "email" if _EMAIL.fullmatch(cell) else "other"


_FORM_FIELD = safe_compile(
    r"(?:(?P<org>organi[sz]ation|company\sname)|contact\sperson(?:\sname)?|contact\sname)\s{0,2}:\s{0,3}(?P<value>.+)",
    regex.IGNORECASE,
)
_PIECE = safe_compile(r"[^,|\t;~]+")  # ("Nick Rowe ~ Chief Executive  01483 555500": a tilde too)
# A UK adviser's part in the release: "Nominated Adviser", "Joint Broker", "Financial PR".
_ADVISER_ROLE = (
    r"nominated\sadvis[eo]r|nomad|(?:corporate\s)?broker|financial\sadvis[eo]r"
    r"|financial\s(?:media\s(?:and|&)\s)?PR|financial\spublic\srelations"
)
_ADVISER_PART = safe_compile(
    rf"[ \t*_|]{{0,4}}(?i:(?:joint|sole)\s)?(?i:{_ADVISER_ROLE})"
    r"(?:\s(?:and|&)\s(?i:(?:joint\s)?(?:broker|nominated\sadvis[eo]r)))?[ \t*_:|]{0,4}"
)
# A firm's part in brackets before the firm's number: "(JOINT BROKER) +44 (0)20 3470 0470".
_PART_BEFORE_NUMBER = safe_compile(
    rf"[ \t*_|]{{0,4}}\((?:(?i:joint|sole)\s)?(?i:{_ADVISER_ROLE}|nomad\s(?:and|&)\s(?:joint\s)?broker)\)"
    r"[ \t|]{1,8}(?=\+?[\d(])"
)
# "Global IR Partners": title words, but the last word makes it a firm.
_FIRM_ENDING = safe_compile(
    r"\b(?:Partners|Group|Inc|Corp|LLC|LLP|Ltd|Limited|plc|PLC|AG|ASA|AB|GmbH|Holdings|Associates|Advisors|Consulting"
    r"|Strategies|Agency|Partnership|Securities|Capital|Advisers|Consultants|Stockbrokers|Brokers|Europe|Bank|Markets"
    # ("Buchanan Communications", not a department: "Corporate Communications", "Marketing & Communications")
    r"|(?<=\b\p{Lu}\p{Ll}{2,20}\s)(?<!\b(?:Corporate|Investor|Marketing|Internal|External|Strategic|Financial|Media"
    r"|Stakeholder|Group|Global|Public|Brand|Digital)\s)Communications)\.?$"
)
# An investor-relations firm: "Elevate IR", "Acme Street IR" (not a title: "VP IR", "Head of IR").
_IR_FIRM = safe_compile(
    r"(?!(?:Head|VP|SVP|EVP|Vice|Senior|Director|Manager|Chief|Global|Corporate|Investor|Group)\b)"
    r"\p{Lu}[\p{L}&.'-]{1,30}(?:\s(?!(?:of|for|and|Head|VP|Director|Manager)\b)\p{Lu}[\p{L}&.'-]{1,30}){0,2}\sIR"
)
# Two people's names right after a piece: "WH Ireland (NOMAD and broker) Mike Coe / Ed Allsop".
_NAME_PAIR_AHEAD = safe_compile(rf"[ \t]{{1,3}}{NAME_PAIR}")
# "Peel Hunt LLP (Nominated Adviser & Broker)": the firm's part in the release, after its name.
_FIRM_PART = safe_compile(r"\s{1,3}\([^()\n]{2,40}\)\s{0,3}$")
_FIRM_WITH_ITS_PART = safe_compile(
    r"^\p{Lu}[\w&.'-]{1,30}(?:\s\p{Lu}[\w&.'-]{1,30}){0,3}\s{1,3}\((?:[^()\n]{0,30}\b)?"
    rf"(?i:{_ADVISER_ROLE}|bookrunner|sponsor|pr\sadvis[eo]r)\b[^()\n]{{0,30}}\)$"
)
# A city, its state or province and its postal code: "Miami Beach, FL 33139", "Toronto, Ontario M5H 2Y4".
# (not a UK number's five-digit area code: "Martin Rowe, Chairman 01482 555 080")
_CITY_BEFORE_POSTAL = safe_compile(
    rf"{CITY},[ \t]{{0,2}}{STATE},?[ \t]{{1,2}}{POSTAL_CODE}(?!\d)(?![ \t]\d{{3}}[ \t]\d{{3}}(?!\d))"
)
_STATE_AND_POSTAL = safe_compile(rf"{STATE}[ \t]{{1,2}}{POSTAL_CODE}(?!\d)")
_FAX_PIECE = safe_compile(r"(?:fax|facsimile)\s{0,2}(?:no\.?|number)?\s{0,2}[:.]?\s{0,3}\+?\(?\d", regex.IGNORECASE)
# A fax label alone (its number on the line below): "Fax:", "|Fax No.:", "Facsimile".
_FAX_LABEL_LINE = safe_compile(
    r"[ \t|*_]{0,6}(?:fax|facsimile)(?:[ \t]{1,2}(?:no\.?|number))?[ \t]{0,2}:?[ \t|*_]{0,6}", regex.IGNORECASE
)
_PHONE_WORD = r"(?:phone|tel|telephone|mobile|cell|direct)"
# A phone's label alone (its number on the line below): "Ph:", "Tel.:", "Mobile:".
_PHONE_LABEL_LINE = safe_compile(rf"(?:ph|{_PHONE_WORD})\.?[ \t]{{0,2}}:", regex.IGNORECASE)
# "Phone: +49 (0)152 041 43 62" whose number does not validate: no name, title or firm.
_PHONE_PIECE = safe_compile(rf"{_PHONE_WORD}\.?\s{{0,2}}:?\s{{0,3}}[+(]?\d", regex.IGNORECASE)
_OR_ANOTHER = safe_compile(r"or\s{1,2}(?=\p{Lu})")
_AND_ANOTHER_NAME = safe_compile(r"and\s{1,2}(?=\p{Lu}\p{Ll}{1,20}(?:\s\p{Lu}\.)?\s\p{Lu}[\p{Ll}'-]{1,25}\s*$)")
# "MZ North America", "KCSA Strategic": a firm named by its initials, not a person.
# ("MZ North America"; "Kekst CNC": the letters last, not a name's "III")
_ACRONYM_FIRM = safe_compile(r"\p{Lu}{2,6}\s\p{Lu}\p{Ll}|\p{Lu}\p{Ll}{1,20}\s(?!(?:II|III|IV|VI)$)\p{Lu}{3,5}$")
_VIA_FIRM = safe_compile(r"(?i:via)\s{1,2}\p{Lu}")
# A label set apart from its number by a wide gap ("Phone   +358 ..."), or a letter's close.
_NOT_A_FIELD = safe_compile(
    r"(?i:tel|telephone|phone|mobile|cell|fax|e-?mail)\.?\s?:?"
    r"|(?i:(?:with\s)?(?:best|kind|warm)\s(?:regards|wishes)|sincerely|yours\s(?:truly|sincerely))[,.]?"
    # a postcode and town, a street and number: "D-20148 Hamburg", "14482 Potsdam", "Bohmersweg 5"
    r"|(?:\p{Lu}{1,2}-)?\d{4,5}\s\p{Lu}\p{Ll}{2,20}(?:[\s-]\p{Lu}\p{Ll}{2,20})?|\p{Lu}[\p{L}.-]{2,30}\s\d{1,4}[a-z]?"
    # ... or written number first, and the suite: "1680 Michigan Avenue", "Suite 700" (a copy may
    # cut the number off: "Michigan Avenue", but not "Diane Lane")
    r"|\d{1,6}\s(?:\p{Lu}[\p{L}.'-]{0,30}\s){1,4}(?:Avenue|Ave|Street|St|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln"
    r"|Parkway|Pkwy|Place|Pl|Plaza|Court|Ct|Square|Highway|Hwy|Way|Terrace)\.?"
    r"|(?:\p{Lu}[\p{L}.'-]{0,30}\s){1,4}(?:Avenue|Street|Road|Boulevard|Parkway|Plaza|Highway)"
    r"|(?:Suite|Ste|Floor|Fl)\.?\s?\d{1,5}"
)
_PLACE_HEAD = safe_compile(r"In\s(?:the\s)?\p{Lu}[\p{L}.]{1,20}(?:\s\p{Lu}[\p{L}.]{1,20}){0,2}:?")
# Breaks between the fields of a contact line that no comma marks (_FIELD_BREAKS below): mostly
# a lower-case letter, digit or legal suffix met by a capital that opens a title, label or name.
# Every break has one of these next to it; the break patterns, most of which open with
# lookbehinds and so are tried at every position, run only on pieces that hold one.
_BREAK_HINT = safe_compile(
    r"[\p{Ll}\d.)][\p{Lu}(+]|\p{Lu}[(+\d]|\d\p{Ll}|\p{Ll}\d|\p{Ll}\s\(\p{Lu}|\p{Lu}{2}\p{Ll}|[ ]{3}|\sor\s|[:@]"
    r"|/.{1,80}\s(?:plc|PLC|Ltd|Limited|LLP|LLC|Inc)\.?$"
    r"|\s[-–]\s|\d\s\p{Lu}|\d\s\d{4}|\p{Ll}www\.|(?:AG|SE|SA|AB|A/S|Oyj|mbH|V\.|A\.)\s\p{Lu}"
    r"|(?:tion|any|ted|LLC|LLP|nc\.|td\.|rp\.|plc|PLC)\s\p{Lu}"
    r"|(?:EO|FO|OO|TO|ent|cer|ons|tor|ger|man|ary|rer|act|cts|ive)\s\p{Lu}\p{Ll}|(?:Dr|Mr|Mrs|Ms|Prof)\.\s"
    r"|\p{Ll}\s(?:Director|President|Chairman|Chairwoman|Secretary|Treasurer|Partner)$"
    r"|\p{Ll}\s(?:VP|SVP|EVP|Vice|Senior|Chief)\s"
)
# Each break, with a field pair it parts (most are two fields a careless copy ran together).
# A person's first name, a middle initial maybe, and surname ("Michael T. Murphy"); the words that open
# a title ("Senior Manager"), never a surname; and the titles that open a title's line.
# ("Sarah Elton-Rowe": a surname of two parts, each capitalised)
_RUN_ON_NAME = rf"\p{{Lu}}\p{{Ll}}{{1,20}}\s(?:\p{{Lu}}\.\s)?{SURNAME}"
_TITLE_LEAD_WORDS = "Senior|Vice|Chief|Executive|Managing|General|Deputy|Assistant|Finance|Financial|Company"
# ("Robert Rowe Company Secretary   0141 555 4298": a UK enquiries row's name and title, no comma)
_TITLE_OPENING = (
    r"Vice\sPresident|Senior\s(?:Vice|Manager|Director)|Chief\s\p{Lu}\p{Ll}{1,20}\sOfficer"
    r"|(?:Assistant|Associate|Deputy)\s(?:Vice\sPresident|Director|General\sCounsel)|Treasurer"
    r"|(?:Company|Joint\sCompany)\sSecretary|(?:Finance|Financial|Managing|Executive|Non-Executive)\sDirector"
    r"|Chief\sExecutive|(?:Executive\s|Non-Executive\s)?Chairman"
)
_FIELD_BREAKS: tuple[tuple[str, str], ...] = (
    ("Robert ErikssonMedia Manager",
     r"(?<=\p{Ll})(?=(?:President|Vice|Chief|Chair(?:man|woman|person)?|Senior|SVP|EVP|VP|CEO|CFO|COO|Director|Manager|Head|Investors?|Media"
     r"|Corporate|Managing|General|Executive|Partner)(?!\p{Ll}))"),
    ("Investor Relationsrebecca.gordon@..., CEONephros",
     r"(?<!\p{L})(?:Relations|Manager|Officer|Director|Communications|Affairs|Secretary|President|Treasurer"
     r"|Analyst|Partner|Executive|Marketing|Technologies|Corporation|Group|Partners|Advisory|Holdings|CEO|CFO|COO"
     r"|CTO)(?P<cut>)(?:(?=\p{Ll}[\w.+-]{0,60}@)|(?=\p{Lu}[\p{Ll}\d]))"),
    ("MediaSven Rowe",
     # ("Investor RelationsKirin Rowe": the desk's second word)
     r"(?<!\p{L})(?:Media|Press|Investors?|Analysts?|Relations)(?P<cut>)(?!Tek)(?=\p{Lu}\p{Ll}{1,20}\s\p{Lu}\p{Ll})"),
    ("Kim Rowehttps://acme.com", r"(?<=\p{Ll})(?=https?://|www\.)"),
    # A block run on to one line: a piece that opens with a name, then its title with no comma
    # ("CONTACT: Kevin Rowe VP & Treasurer 540-555-9100", not "Group Finance Director") ...
    ("Kevin Rowe VP & Treasurer 540-555-9100",
     r"(?<=^" + _RUN_ON_NAME + r")"
     r"(?<!^(?:Group|Investors?|Media|Public|Corporate|Finance|Financial|Company|Global|" + _TITLE_LEAD_WORDS + r")"
     r"\s\p{Lu}\p{Ll}{1,20})"
     r"\s(?=(?:VP|SVP|EVP|" + _TITLE_OPENING + r")\b)"),
    # ... or a name inside the piece, then its title ("... Relations Jeremy Rowe Director, Investor Relations") ...
    ("Investor Relations Jeremy Rowe Director, Investor Relations",
     r"(?<=\s" + _RUN_ON_NAME + r")(?<!\b(?:Investor|Media|Public|Corporate)\s\p{Lu}\p{Ll}{1,20})"
     r"(?<!\b(?:" + _TITLE_LEAD_WORDS + r"))\s(?=(?:" + _TITLE_OPENING + r"|Director|Manager|Head\sof)\b)"),
    # ... or a firm's last word, then a name and its number, address or title ("CONTACT: Investor Relations
    # The Blueshirt Group Monica Rowe 212-555-3927", "Acme Telecommunications Company Jim Rowe Senior Vice
    # President, ...")
    ("... The Blueshirt Group Monica Rowe 212-555-3927",
     r"(?<=\b(?:Group|Relations|Communications|Telecommunications|Partners|Associates|Advisors|Consulting|Company|Services"
     r"|Solutions"
     r"|LLC|Inc\.|Ltd\.|Corp\.))\s"
     r"(?=" + _RUN_ON_NAME + r"\s(?:[+(]?\d|[\w.+-]{1,64}@"
     r"|(?:Senior|Vice|Chief|President|Director|Manager|Head|Executive)\b))"),
    # ... or a name opening the piece, then the street ("Contact: Mary Rowe 75 Hammond Street Worcester, MA")
    ("Mary Rowe 75 Hammond Street",
     r"(?<=^" + _RUN_ON_NAME + r")\s(?=\d{1,6}\s(?:\p{Lu}[\p{L}.'-]{0,30}\s){1,3}"
     r"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Way|Parkway|Place|Plaza)\b)"),
    ("acme.comTel: +41 ...", r"(?<=\.\p{Ll}{2,12})(?=(?:Tel|Phone|Mobile|Cell|Fax|Direct|Office|E-?mail|Web)\b)"),
    ("Andreas SchroderTel.: +49 ...", r"(?<=\p{Ll})(?=(?:Tel|Phone|Mobile|Cell|Fax|Direct|E-?[Mm]ail)\.?\s?:)"),
    ("ir@acme.comSchloss Strasse 1", r"(?<=@[^\s@]{1,80}\.\p{Ll}{2,7})(?=\p{Lu}\p{Ll})"),
    ("+47 982 15 497Bent Hammer", r"(?<=\d)(?=\p{Lu}\p{Ll}{2,20}\s\p{Lu})"),
    # A desk's label after the last contact's number, then the person answering it: "... 555-7724
    # Shareholder Services: Rodney Rowe" (the label names no one)
    ("... 555-7724 Shareholder Services: Rodney Rowe",
     r"(?<=\d{4}\s\p{Lu}\p{Ll}{2,20}\s\p{Lu}\p{Ll}{2,20}:)\s(?=" + _RUN_ON_NAME + r"(?:$|\s[(+]?\d))"),
    ("(587) 555-4005 Michael T. Murphy, (587) 555-4056 Investor Relations(587) 555-4000",
     # ("INVESTOR RELATIONS: PRESS OFFICE: / Ralph Rowe 020 7845 1180 David Lind/ 020 7845 2888": two
     # columns run on to one line, the second name going on with a slash)
     # ("Mark Rowe (417) 555-5878 Ashley Lind (417) 555-1234": the next name with its own number)
     # ("Ryan Rowe (318) 555-7724 Shareholder Services: Rodney Lind": or the next contact's label)
     # ("... +44 1256 555157 Ian Lind ilind@acme.com +1 ...": or the next name with its own address)
     r"(?<=\d{4})\s(?=" + _RUN_ON_NAME + r"(?:$|\p{Lu}|/|\s[(+]?\d|:|\s[\w.+-]{1,64}@)"
     r"|(?:Investor|Media|Press|Public)\sRelations\b)"),
    # A UK enquiries table run on to one line: "Acme plc Tel: 020 ... Jane Rowe, Chief Executive Tom Lind,
    # Finance Director Beta PR Tel: 020 7457 2020 Kate Ashby Matthew Rowe": the firm and its number after a
    # title, then its people, two names to the end
    ("Finance Director Beta PR Tel: 020 ...",
     r"(?<=\b(?:Director|Chairman|Executive|Officer|Secretary|President|CEO|CFO|COO))\s"
     r"(?=\p{Lu}[\p{L}&'-]{1,30}(?:\s\p{Lu}[\p{L}&'-]{1,30}){0,3}\s(?:Tel|Phone)\b)"),
    ("... 2020 Kate Ashby Matthew Rowe",
     r"(?<=\d{4})\s(?=\p{Lu}\p{Ll}{1,20}\s\p{Lu}[\p{Ll}'-]{1,20}\s\p{Lu}\p{Ll}{1,20}\s\p{Lu}[\p{Ll}'-]{1,20}$)"
     r"|(?<=\d{4}\s\p{Lu}\p{Ll}{1,20}\s\p{Lu}[\p{Ll}'-]{1,20})\s(?=\p{Lu}\p{Ll}{1,20}\s\p{Lu}[\p{Ll}'-]{1,20}$)"),
    # A UK enquiries table flattened a firm to a line: the firm, then two people sharing a number
    ("Summit Bio Glyn Rowe / Richard Lind (UK office) Tel: ..., Cairn LLP (Nominated Adviser) Liam Rowe / Tony Lind",
     # ("... +972 9 555 9400 Financial Dynamics James Rowe / Matt Lind +44 20 ...": their number next)
     rf"(?<=[\p{{L}}\d)])\s(?={NAME_PAIR}(?:\s\(|\s(?:Tel|Phone)\b|\s\+\d|$))"),
    # (and, a copy run on to one line, what follows their number: "Joanne Rowe/Peter Lind 0113 243 1619
    # Unaudited Consolidated Income Statement ...")
    ("Joanne Rowe/Peter Lind 0113 243 1619 Unaudited ...",
     rf"(?<=(?<!\S){NAME_PAIR}\s(?:\+\s?)?\(?\d[\d ()]{{6,16}}\d)\s(?=\p{{Lu}})"),
    # (or the people first, then their firm and its legal form: "Andrew Rowe/ Alexandra Lind Acme
    # Investments plc |" over the firm's number)
    ("Andrew Rowe/ Alexandra Lind Acme Investments plc",
     rf"(?<=^{NAME_PAIR})\s(?=\p{{Lu}}[\w&.'-]{{1,30}}(?:\s\p{{Lu}}[\w&.'-]{{1,30}}){{0,4}}\s"
     r"(?:plc|PLC|Ltd|Limited|LLP|LLC|Inc)\.?$)"),
    # (and their office in brackets after them, then its number)
    ("Glyn Rowe / Richard Lind (UK office) Tel: +44 ...",
     r"(?<=/\s\p{Lu}\p{Ll}{1,20}\s\p{Lu}[\p{Ll}'-]{1,20})\s(?=\([\p{L} ]{2,30}\)\s(?:Tel|Phone|\+)|(?:Tel|Phone)\b)"
     r"|(?<=/\s\p{Lu}\p{Ll}{1,20}\s\p{Lu}[\p{Ll}'-]{1,20}\s\([\p{L} ]{2,30}\))\s(?=(?:Tel|Phone|\+))"),
    # (a first and last name before it: "AgriFORCE Growing Systems" is one firm's name)
    ("Jo SmithPCG Advisory",
     r"(?<=(?:(?<!\S)|(?<=Relations))\p{Lu}\p{Ll}{1,20}\s\p{Lu}\p{Ll}{1,20})(?=\p{Lu}{2,6}\s\p{Lu}\p{Ll})"),
    # (a first and last name opening the piece, a title after them with no comma)
    # ("Adam Hansson Rowe Head of IR": a middle name too)
    ("Stefanie Rowe Director of Investor Relations",
     r"(?<=^(?!(?:Investor|Media|Public|Corporate|Senior|Chief|Vice|Executive|Managing|General|Head)\b)"
     r"\p{Lu}\p{Ll}{1,20}(?:\s\p{Lu}\p{Ll}{1,20})?\s\p{Lu}\p{Ll}{1,20})\s(?=(?:(?:Senior\s)?Vice\sPresident|Director|Head|Manager)\s(?:of|for)\b"
     r"|Chief\s\p{Lu}\p{Ll}{1,20}\sOfficer\b)"),
    # (a firm's one-word name ending the piece, its legal suffix after the comma: "Synopsys, Inc.")
    ("Roberta ReidSynopsys, Inc., CONTACT:Lisa L. EwbankSynopsys, Inc.",
     r"(?<=(?<![\p{L}\d])\p{Lu}\p{Ll}{1,20}\s(?:\p{Lu}\.\s)?\p{Lu}\p{Ll}{3,20})(?=\p{Lu}\p{Ll}{2,20}$)"),
    ("Judy Lin SfetcuPondelWilkinson Inc., Liad RoweMobilicom Ltdliad.rowe@...",
     r"(?<=(?<!\S)\p{Lu}\p{Ll}{1,20}\s\p{Lu}\p{Ll}{3,20})(?=\p{Lu}\p{L}{2,30}\s(?:Inc|LLC|LLP|Ltd|Corp)\.?"
     r"(?:$|\s?[(+\d]|\p{Ll}[\w.+-]{0,60}@))"),
    ("Dr. Hermann Rowe Acme AG Kistlerhofstr. 168",
     r"(?<=\b(?:Dr|Mr|Mrs|Ms|Prof)\.\s\p{Lu}\p{Ll}{1,20}\s\p{Lu}\p{Ll}{1,20})\s(?=\p{Lu})"),
    # A firm's address on its name's line: "Acme AG Hauptweg 8 6300 Zug Switzerland"
    ("Acme AG Hauptweg 8",
     r"(?<=\b(?:AG|SE|SA|AB|ASA|A/S|Oyj|GmbH|N\.V\.|B\.V\.|S\.A\.|Inc\.|Ltd\.|plc|PLC))\s"
     r"(?=\p{Lu}[\p{Ll}-]{2,30}\.?\s\d{1,4}[a-z]?\b)"),
    ("Hauptweg 8 6300 Zug", r"(?<=\p{Lu}[\p{Ll}-]{2,30}\.?\s\d{1,4}[a-z]?)\s(?=\d{4,5}\s\p{Lu}\p{Ll})"),
    # (not inside a surname: "Sophie McMillan 020 7269 7291", "Tom DeLuca 212 ...")
    ("AGJorg RoweBohmersweg 5, D-20148 Hamburg",
     r"(?<=(?<!\p{Ll})\p{Lu}\p{Ll}{1,20}\s\p{Lu}\p{Ll}{1,20})(?<!\s(?:Mc|Mac|De|Di|Da|La|Le|Van|Von|Du|Fitz))"
     r"(?=\p{Lu}[\p{Ll}-]{2,30}\s\d{1,4}[a-z]?\b)"),
    # Two contacts side by side, flattened: "Mick Rowe, President and CEO Laurie Lind, VP Investor Relations"
    ("President and CEO Laurie Lind, VP",
     r"(?<=\b(?:CEO|CFO|COO|CTO|President|Officer|Relations|Director|Manager|Chairman|Secretary|Treasurer"
     r"|Communications|Executive))\s(?!(?:Investor|Media|Public|Corporate|Chief|Vice|Senior|Executive|Financial|General"
     r"|Officer|Director|Manager|Chairman|Chairwoman)\s)"
     r"(?=\p{Lu}\p{Ll}{1,20}\s(?:\p{Lu}\.\s|\p{Lu}\p{Ll}{1,20}\s)?\p{Lu}[\p{Ll}'-]{1,20}(?:,|$))"),
    # "Media Relations Ulrik Rowe +45 99 55 95 60": the desk, then its person and number
    ("Media Relations Ulrik Rowe +45 ...",
     r"(?<=\b(?:Media|Investor|Press|Public)\sRelations)\s"
     r"(?=\p{Lu}\p{Ll}{1,20}\s(?:\p{Lu}\p{Ll}{1,20}\s)?\p{Lu}[\p{Ll}'-]{1,20}\s[+(\d])"),
    # "Monica Rowe (Associate Director, Investor Relations)investors@acme.com": a title in brackets
    # after the name, an address glued to the bracket
    ("Monica Rowe (Associate Director, ...)",
     r"(?<=\p{Ll})\s(?=\((?:\p{Lu}\p{Ll}{1,15}\s)?(?:Director|Manager|Head|Chief|Vice|President|Officer|VP|SVP|EVP"
     r"|Senior|Associate|Chair(?:man|woman)?|Founder)\b)"),
    ("...Relations)investors@acme.com", r"(?<=\p{Ll}\))(?=[A-Za-z][\w.+-]{0,63}@)"),
    ("Acme, Inc. Investor & Media Contacts Mark Rowe (417) 555-5878",
     r"(?<=\bContacts?)\s(?=\p{Lu}\p{Ll}{1,20}\s(?:\p{Lu}\.\s)?\p{Lu}[\p{Ll}'-]{1,20}\s(?:[(+]|\d))"),
    # ("CONTACT: Company Contact: Matt Rowe Treasurer and VP ...": a label's colon, then the name)
    ("Company Contact: Matt Rowe Treasurer", r"(?<=\bContacts?:)\s(?=" + _RUN_ON_NAME + r"\s)"),
    ("805-555-5631(media) Trish Rowe", r"(?<=\((?i:media|investors?|press|analysts?)\))\s?(?=\p{Lu}\p{Ll})"),
    ("...4938Fax: 604-..., Acme CorporationTelephone: +1 ...",
     r"(?<=\d|\b(?:Corporation|Company|Inc\.|Ltd\.|Limited|LLC|AG|SE|plc|PLC|ASA|AB|Oyj))"
     r"(?=(?:Fax|Facsimile|Tel|Telephone|Phone|Mobile|Cell|E-?mail)\s?[:.])"),
    # (a first and last name before it: "Bergisch GladbachGermanyTel:" is an address's end)
    ("Frederic RowePhone: +49 ..., Investor RelationsRafael DuartePhone: +41 ...",
     r"(?<=(?:(?<!\p{Ll})|(?<=(?:Relations|Media|Investors?|Contacts?|Press)))\p{Lu}\p{Ll}{1,20}\s\p{Lu}\p{Ll}{1,20})"
     r"(?=(?:Phone|Tel|Telephone|Mobile|Cell|Fax|E-?mail)\s?:)"),
    ("Acme IR LLCScott Powell", r"(?<=\b(?:LLC|LLP|Inc\.|Ltd\.|Corp\.|plc|AB|ASA|AG|SE|GmbH|Oyj))(?=\p{Lu}\p{Ll})"),
    # ("Enquiries: Acme Interactive Ltd Haggai Rowe, Chief Executive Officer": a stop left off)
    ("CONTACTS: Acme Corporation Richard Rowe, 425/555-8203",
     r"(?<=\b(?:Corporation|Company|Incorporated|Limited|LLC|LLP|Inc\.|Ltd\.?|Corp\.|plc|PLC)):?\s"
     # (or with the title glued on: "Acme Corp. Stephen J. RoweChief Financial Officer"; or two
     # names sharing the firm's line: "Beta Securities Limited Joanne Rowe/Peter Lind 0113 ...")
     # ("Media Contact: Acme Corporation Fran Rowe (318) 555-7467": or the number after them)
     r"(?=\p{Lu}\p{Ll}{1,20}\s(?:\p{Lu}\.\s)?\p{Lu}[\p{Ll}'-]{1,20}(?:,|$|/|\p{Lu}\p{Ll}|\s[(+]?\d))"),
    # A UK enquiries table run on to one line: a person's title, then the next firm, named to its legal
    # suffix ("Ray Rowe, Financial Director Beta Securities Limited Joanne Rowe/Peter Lind 0113 ...")
    ("Financial Director Beta Securities Limited",
     r"(?<=\b(?:Director|Chairman|Executive|Officer|Secretary|President|CEO|CFO|COO))\s"
     r"(?=\p{Lu}[\p{L}&'-]{1,30}(?:\s\p{Lu}[\p{L}&'-]{1,30}){0,3}\s(?:Limited|Ltd\.?|plc|PLC|LLP)(?:\s|$))"),
    # (or its ten digits unspaced: "Contact:Jon A Rowe7603521889mediarelations@...")
    ("Investor Relations904-359-1334, Jane Rowe, IRC724.820.3700",
     r"(?<=\p{L})(?=\d{3}[.-]\d{3}[.-]\d{4}(?!\d))|(?<=\p{Ll})(?=[2-9]\d{9}(?!\d))"),
    ("Acme, Inc.(201) 555-5202, Acme, Inc.650-555-1901",
     r"(?<=[\p{L}.])(?=\(\d{3}\)\s?\d{3}[.-]\d{4}|(?<=\p{Ll}\.)\d{3}[.-]\d{3}[.-]\d{4}(?!\d))"),
    ("Chief Financial Officer+423 ..., jacey@acme.com+1 408 ...", r"(?<=\p{Ll})(?=\+\d{1,3}\s?\d)"),
    ("512 895 7398NXP-Corp", r"(?<=\d{3})(?=\p{Lu}{2,6}(?:\b|-))"),
    ("(646) 555-8656ksmith@..., x110robert.banks@..., +41 79 966 89 12rafael.duarte@...",
     # (a number's end: not "Jonathan Rowe 45Drives@acme.example", a mailbox that opens with digits)
     r"\d{2}(?P<cut>)(?<=\d{3}|\d[\s.()-]\d{2})(?=[A-Za-z][\w.+-]{0,63}@)"),
    ("...5411Media:Jacey Roe, ...acme.comPress Contact:Tom Rowe, ICRInvestors:Brett Rowe",
     r"(?<=[\d\p{Ll}.]|\p{Lu}{2})(?=(?:Investors?|Media|Press|Analysts?)(?:\s(?:Relations|Contacts?|Inquiries))?\s?:)"),
    ("Deborah Roweinvestor@acme.com",
     r"(?<=\p{Lu}\p{Ll}{1,20}\s\p{Lu}\p{Ll}{1,20})(?=(?:investors?|press|media|info|news)@)"),
    ("...@acme.com EDITORIAL CONTACT:Simone Rowe",
     r"(?<=\S)\s{1,3}(?=(?i:(?:investor|media|press|editorial|analyst)s?\s(?:relations\s)?(?:contacts?|[ie]nquiries)"
     r"|(?:investor|media)\srelations)\s?:)"),
    ("Investors:Jeff Palmer, ...acme.comMedia:Amy Rowe",
     r"(?<=(?:(?<!\p{L})|(?<=[\d\p{Ll}.]|\p{Lu}{2}))(?:Investors?|Media|Press|Analysts?)(?:\sRelations)?\s?:"
     r"|(?:(?<!\p{L})|(?<=[\d\p{Ll}.]))(?i:(?:investor|media|press|editorial|analyst)s?\s(?:relations\s)?"
     r"(?:contacts?|[ie]nquiries)):)"
     r"(?=\s?\p{Lu}\p{Ll})"),
    ("Jane Rowe     Chief Financial Officer", r"(?<=\S)[ ]{3,}(?=\S)"),
    # (a name before the dash, not a title: "Managing Director – Investor Relations" is one title)
    ("Jane Rowe – Head of Investor Relations",
     r"(?<=(?<!\S)\p{Lu}\p{Ll}{1,20}\s\p{Lu}[\p{Ll}'-]{1,25})"
     r"(?<!Director|President|Officer|Manager|Partner|Relations|Communications|Affairs|Secretary|Treasurer|Executive)"
     r"\s[-–]\s(?=(?:SVP|EVP|VP|Head|Chief|Director|Manager|President|CEO|CFO|COO|Senior|Vice|Investor|Media"
     r"|Corporate|Group|General|Executive|Managing)\b)"),
    # A release run onto one line: "Nathan Rowe Stakeholder Communications Manager Phone: ...
    # nathan.rowe@acme.co.nz Brett Lind Investor Relations Manager Phone: ..."
    ("Nathan Rowe Stakeholder Communications Manager",
     r"(?<=(?<![\p{L}.])\p{Lu}\p{Ll}{1,20}\s\p{Lu}\p{Ll}{1,20})\s"
     r"(?=(?:\p{Lu}\p{Ll}{1,20}\s){0,3}(?:Manager|Director|Officer|Head|President|Secretary|Treasurer|Chairman)\s"
     r"(?:Phone|Tel|Mobile|E-?mail)\b)"),
    # A run-on block's name and the first word of its title, the title going on after a comma:
    # "Corporate Contact: Ioannis Rowe Director, Chief Strategy Officer and Secretary Telephone: ..."
    ("Ioannis Rowe Director",
     # (not a title's own words: "Senior Vice President", "Executive Director", "Company Secretary")
     r"(?<=^\s{0,2}(?!(?:Senior|Vice|Executive|Managing|Assistant|Deputy|General|Company|Corporate|Associate|Group"
     r"|Regional|Country|Founding|Investor|Media|Public|Finance|Financial|Technical|Sales|Marketing)\b)"
     r"\p{Lu}\p{Ll}{1,20}\s(?:\p{Lu}\.\s)?\p{Lu}[\p{Ll}'-]{1,20})"
     r"(?<!\s(?:Vice|Executive|Managing|Assistant|Deputy|General|Company|Corporate|Associate|Group|Regional|Country"
     r"|Founding|Finance|Financial|Technical|Sales|Marketing|Relations|Communications))\s"
     r"(?=(?:Director|President|Chairman|Chairwoman|Secretary|Treasurer|Partner)$)"),
    ("...7204 srohde@acme.com or Melanie Skijus, ..., Jane Rowe, CEO or Shawn Van Lind, CFO",
     r"(?<=@[\w-]{1,63}(?:\.[\w-]{1,63}){0,3}\.\p{L}{2,12}|[\d)]|\b(?:CEO|CFO|COO|CTO|President|Director|Manager|Officer))"
     r"\s(?:or|and)\s"
     # (not "President and Chief Executive Officer": one title, its second half no name)
     r"(?!(?:Chief|Vice|Senior|Executive|Managing|General|Deputy|Assistant|Investor|Corporate|Head)\s)"
     r"(?=(?:(?:Dr|Mr|Mrs|Ms)\.?\s)?\p{Lu}\p{Ll}{1,20}\s(?:\p{Lu}\p{Ll}{1,20}\s|\p{Lu}\.\s)?\p{Lu}[\p{L}'-]{1,20}(?:,|$))"),
)  # fmt: skip
# Each break's own pattern: one alternation of them all costs the engine some 2.5 µs a
# character, six times the sum of its parts. (A break after a word it reads is its empty `cut`.)
_FIELD_BREAK_PATTERNS = tuple(
    (safe_compile(branch), "cut" if "(?P<cut>)" in branch else 0) for _, branch in _FIELD_BREAKS
)


def domain_names(text: str) -> list[tuple[int, int]]:
    """Each address's domain up to its first dot: "Holley@KahnMedia.com" has capitals there that
    are no glued field. (The user part may hold one, "(646) 555-8656ksmith@...", and so may the
    domain's end, "@acme.comAcme Inc.")"""
    if "@" not in text:
        return []
    return [(m.start("domain"), text.find(".", *m.span("domain"))) for m in _EMAIL.finditer(text)]


def _field_breaks(text: str) -> list[tuple[int, int]]:
    """Where ``text`` breaks between fields, as (start, end) spans, left to right: at each
    place the first break pattern (in table order) that matches there, none inside another."""
    found = sorted(
        (m.start(group), rank, m.end(group))
        for rank, (pattern, group) in enumerate(_FIELD_BREAK_PATTERNS)
        for m in pattern.finditer(text)
    )
    domains = domain_names(text)
    breaks: list[tuple[int, int]] = []
    for start, _, end in found:
        if breaks and (start < breaks[-1][1] or start == breaks[-1][0]):
            continue
        if any(a < start < b for a, b in domains):
            continue
        breaks.append((start, end))
    return breaks


_LEGAL_SUFFIX_PIECE = safe_compile(r"(?:Inc|Corp|Ltd|LLC|LLP|plc|PLC|AG|SA|N\.V|S\.A|Co)\.?:?")
_NAME_COMMA = safe_compile(r",[ \t]{1,2}")
_COMMA_GAP = safe_compile(r"[\s,]{1,3}|[ \t][–—-][ \t]")
_MONTH_WORD = rf"(?i:{alternation(MONTHS)})"
_DATE_PIECE = safe_compile(rf"{_MONTH_WORD}\.?\s\d{{1,2}}\b|\d{{1,2}}\s{_MONTH_WORD}\b|(?i:{alternation(WEEKDAYS)})\b")
# A firm's name as a heading: capitalised words (an "&", a legal suffix), then a colon.
# (not a field's or a place's label: "RELEASE:", "For Centerbridge:", "Outside Korea:")
_FIRM_HEADING = safe_compile(
    r"(?!(?i:release|date|time|phone|telephone|tel|e-?mail|fax|web|website|contacts?|for|in|outside|from|to|via"
    r"|investors?|media|press|address|location|attention|attn)\b)"
    r"\p{Lu}[\p{L}&.'-]{1,30}(?:[ \t](?:&|\p{Lu}[\p{L}&.'-]{0,30})){0,4}[ \t]?:"
)
# A firm's site after its name: "Keller Group plc www.keller.co.uk".
_TRAILING_LINK = safe_compile(
    r"\s{1,3}(?:(?:URL|Web(?:site)?|Internet|Home\s?page)\s?:\s{0,3})?(?:https?://|www\.)[^\s,;|]{1,200}\s*$",
    regex.IGNORECASE,
)
# A link and its label ("URL: http://www.acme.com"); a number's country code written out
# ("(Country Code 81) 3-5255-1000") goes with the number.
_LINK_IN_PIECE = safe_compile(
    r"(?:\b(?:URL|Web(?:site)?|Internet|Home\s?page)\s?:\s{0,3})?(?:https?://|www\.)[^\s,;|]{1,200}"
    r"|\(?\s?Country\sCode\b[^()]{0,8}\)?",
    regex.IGNORECASE,
)
_WEB_PIECE = safe_compile(r"(?i)(?:www\.|https?://|visit|web|for\s)")


def _pieces(line: str, base: int) -> list[tuple[int, str]]:
    """A line split at commas, bars and tabs, legal suffixes kept with their names."""
    pieces: list[tuple[int, str]] = []
    for m in _PIECE.finditer(line):
        piece = m.group()
        stripped = piece.strip(" *_•")
        if not stripped:
            continue
        offset = base + m.start() + piece.index(stripped)
        cuts = _field_breaks(stripped) if len(stripped) > 6 and _BREAK_HINT.search(stripped) else []
        starts, stops = [0, *(end for _, end in cuts)], [*(start for start, _ in cuts), len(stripped)]
        for begin, stop in zip(starts, stops, strict=True):
            part = stripped[begin:stop].rstrip()
            if pieces and _LEGAL_SUFFIX_PIECE.fullmatch(part):
                prev_offset, prev = pieces[-1]
                pieces[-1] = (prev_offset, f"{prev}, {part}")
            elif part.count(" / ") >= 2 and "@" in part:
                # "María Rowe / Investor Relations / ir@acme.com / +52 55 ...": fields set off by slashes
                # (not "Jane Rowe / Tom Lind", two names over one number)
                at = 0
                for field in part.split(" / "):
                    if field.strip():
                        pieces.append((offset + begin + at + len(field) - len(field.lstrip()), field.strip()))
                    at += len(field) + 3
            elif part:
                pieces.append((offset + begin, part))
    return pieces


def _read_piece(
    doc: Document, people: list[_Person], role: ContactRole | None, organization: str | None, start: int, piece: str
) -> str | None:
    if piece.strip(" .").lower() in _QUALIFICATIONS:
        return organization  # "Sean Mansouri, CFA": a qualification, not an organisation
    name_span = people[-1].spans.get("name")
    if piece.strip() in _GENERATIONS and name_span is not None and not (people[-1].phones or people[-1].emails):
        # "R. Michael Andrews, Jr., Chief Financial Officer": the name's own suffix, not a firm
        suffix_end = start + len(piece.rstrip())
        people[-1].name = " ".join(doc.text[name_span[0] : suffix_end].split())
        people[-1].spans["name"] = (name_span[0], suffix_end)
        return organization
    trailing_link = _TRAILING_LINK.search(piece) if "www." in piece or "://" in piece else None
    if trailing_link is not None and trailing_link.start() > 0:
        piece = piece[: trailing_link.start()]  # "Keller Group plc www.keller.co.uk": the firm, then its site
    if " ".join(piece.strip(" .").split()).lower() in _HIDDEN_EMAIL_TEXTS:  # (the space may be a no-break one)
        people[-1].hidden_email = True
        return organization
    if (
        _PLACE_HEAD.fullmatch(piece)
        or _FAX_PIECE.match(piece)
        or _FAX_LABEL_LINE.fullmatch(piece)
        or _PHONE_LABEL_LINE.fullmatch(piece)
        or _VIA_FIRM.match(piece)
    ):
        # "In Taiwan": where the contact below sits; "Fax: ...": no way to reach one; "Via Harbour
        # Hill" (under the issuer's name): the firm below answers for it.
        return organization
    if _NOT_A_FIELD.fullmatch(piece):
        return organization
    if (not _DIGIT.search(piece) and _CITY_BEFORE_POSTAL.match(doc.text, start)) or _STATE_AND_POSTAL.fullmatch(piece):
        return organization  # "Suite 700Miami Beach, FL 33139Email: ...": an address's city, glued on
    other = _OR_ANOTHER.match(piece)
    if other is not None and (people[-1].phones or people[-1].emails):
        # "... at (604) 555-6365, or Kin Communications, at (604) 555-6730": someone else.
        people.append(_Person(role))
        start, piece, organization = start + other.end(), piece[other.end() :], None
    elif (other := _AND_ANOTHER_NAME.match(piece)) is not None and people[-1].name is not None:
        # "Anders Rowe, President, and Asa Rowe, Vice President and CFO, telephone ...": a second person
        people.append(_Person(role, organization=organization, shares_with=people[-1].shares_with + 1))
        start, piece = start + other.end(), piece[other.end() :]
    field = _FORM_FIELD.match(piece)
    if field is not None and field["value"].strip():
        # A form: "Organization: GSE Audio Visual, Inc.", "Contact Person Name: Paul Sarofim".
        value, at = field["value"].strip(), start + field.start("value")
        if field["org"]:
            people[-1].organization = people[-1].organization or value
            return organization
        return _read_piece(doc, people, role, organization, at, value)
    after = start + len(piece)
    if (
        doc.text[after : after + 1] in (" ", "\t")
        and _opens_line(doc, start)
        and _NAME_PAIR_AHEAD.match(doc.text, after)
    ):
        # "WH Ireland (NOMAD and broker) Mike Coe / Ed Allsop | Tel: ...": a UK enquiries row, the
        # firm before the two people it answers for (however name-like: "Whitman Howard").
        return _FIRM_PART.sub("", piece).strip(" :") or organization
    last = people[-1]
    if (
        _BARE_ROLE.fullmatch(piece)
        and (last.name is None or last.phones or last.emails)
        and _REACHED_AFTER.match(doc.text, start + len(piece))
    ):
        # "MediaSven Rowe": a role label a copy glued to the name after it opens a new contact
        # (after a name still to be reached, "Jane RoweInvestor RelationsMain Street 1" is her title).
        people.append(_Person(_role(piece), office=_desk_after_number(doc, start)))
        return None
    if _BARE_ROLE.fullmatch(piece) and _piece_fills_line(doc, start, piece):
        # "|Media" over "|Jane Rowe": a table's column heading, the role of the person under it.
        if last.name is None and not (last.phones or last.emails):
            last.role = _role(piece)
            return organization
        if last.phones or last.emails:
            people.append(_Person(_role(piece)))
            return None
    sub_label = _PIECE_LABEL.fullmatch(piece)
    if sub_label is not None:
        last = people[-1]
        name_span = last.spans.get("name")
        if (
            name_span is not None
            and not (last.phones or last.emails)
            and doc.line_at(name_span[0])[0] == doc.line_at(start)[0]
        ):
            # "Lars Rowe, Investor Inquiries, Telephone: ...": the role of the person it follows.
            last.role = _role(sub_label["role"])
            return organization
        # "Investor contact, Eric Gemme, ...; Media contact, ...": a label inside the line. (After a
        # number on a run-on line, "... (587) 555-4056 Investor Relations(587) 555-4000", it is a
        # desk with a number of its own: a name after it is someone else's.)
        people.append(_Person(_role(sub_label["role"]), office=_desk_after_number(doc, start)))
        return None
    if piece.endswith(":") and _FIRM_HEADING.fullmatch(piece) and _piece_fills_line(doc, start, piece):
        # "James Halstead:" / "Hudson Sandler:" over the people of each firm, in an enquiries block
        # ("AT FINANCIAL RELATIONS BOARD:" beside "AT THE COMPANY:", which names no firm).
        people.append(_Person(role))
        firm = piece.rstrip(" :")
        firm = firm[3:] if firm[:3].lower() == "at " else firm
        return None if firm.lower() in ("the company", "company") else firm
    role_note = _ROLE_NOTE.search(piece) if piece.endswith(")") else None
    desk = _DESK_NOTE.search(piece) if role_note is None and piece.endswith(")") else None
    if desk is not None and _names_only(piece[: desk.start()]):
        # "Freddy Rowe, Emma Lind (Corporate Finance)", "Andrew Rowe / James Lind (Corporate Broking)":
        # the desk in brackets is the title of the people its line names.
        organization = _read_piece(doc, people, role, organization, start, piece[: desk.start()])
        line_start, line_end = doc.line_at(start)
        for person in people if _DESK_WORDS.search(desk["desk"]) else ():
            name_span = person.spans.get("name")
            if person.title is None and name_span is not None and line_start <= name_span[0] < line_end:
                person.title = desk["desk"]
                person.spans["title"] = (start + desk.start("desk"), start + desk.end("desk"))
        return organization
    if role_note is not None:
        piece = piece[: role_note.start()].rstrip()
        if piece.strip(" .").lower() in _QUALIFICATIONS and people[-1].name is not None:
            # "Chris Rowe, CFA (investors)": the qualification and the role are both the named person's.
            people[-1].role = _role(role_note["role"])
            return organization
        if (_DIGIT.search(piece) or not piece) and people[-1].name is not None and not people[-1].phones:
            # "Jessica Rowe, 805-555-0974 (media)": the role of the person the number reaches;
            # "(Media Contact)" alone under a name (a table's cell): that person's.
            people[-1].role = _role(role_note["role"])
        else:
            # "Alex Abraham (media)": the person's own role, written after the name.
            people.append(_Person(_role(role_note["role"]), organization=organization))
    if "](mailto:" in piece:
        # "Jennifer Rowe (312) 555-3290 [jrowe@acme.com](mailto:jrowe@acme.com)": the link's label
        # is the address; its marks and target, blanked (offsets kept), hide the name before it
        piece = _MAILTO_LINK.sub(lambda m: " " + m["label"] + " " * (len(m.group()) - len(m["label"]) - 1), piece)
    person = people[-1]
    emails = list(_EMAIL.finditer(piece)) if _may_hold_email(piece) else []
    phones = _phones(doc, start, piece) if _DIGIT.search(piece) else []
    if emails or phones:
        # An address's glued-on prefix ("Jeff Palmerjeff.palmer@...") stays with the words.
        rest = _trimmed(
            _REACH_TEXT.sub(
                " ",
                _EMAIL.sub(lambda e: _glued_prefix(e["user"], piece[: e.start()]) + " ", piece) if emails else piece,
            )
        )
        if "www." in rest or "://" in rest or "country code" in rest.lower():
            rest = _trimmed(_LINK_IN_PIECE.sub(" ", rest))  # "Steven R. Rowe - (304) 555-3597 http://www.acme.com"
        named = _name_before_firm(rest, emails) if rest and emails else None
        if named is not None and (_opens_line(doc, start) or _after_label(doc, start)):
            # "Dru Rowe FINN Partners (615) 555-7346 dru.rowe@finnpartners.com": her name, then her
            # firm (the address's own name says where one ends and the other begins)
            _set_name(people, role, organization, named["name"], start)
            people[-1].organization = named["firm"]
        elif (
            rest
            # ("Berenberg (Joint Broker) +44 (0) 20 ...": a UK adviser named with its part in the release)
            and (_names_a_firm(rest) or (_FIRM_WITH_ITS_PART.search(rest) and not _is_title(_FIRM_PART.sub("", rest))))
            and (_opens_line(doc, start) or (piece.startswith(rest) and _PHONE_LABEL_AFTER.match(piece, len(rest))))
        ):
            # "Shaftesbury PLC 020 7333 8118" over the names it answers for: an office of its own
            # (or "... ENQUIRIES: Acme plc Tel: 020 ... Jane Rowe, ...": on a line run on).
            people.append(_Person(role, organization=rest, office=True))
            organization = rest
        elif rest and "/" in rest and _names_only(rest):
            # "Reg Hoare/Rupert Trefgarne/Will Henderson 020 7360 4900": the people a number reaches
            for index, name in enumerate(_clean_name(part) for part in _NAME_SEPARATOR.split(rest)):
                _set_name(people, role, organization, name, start + piece.find(name.split()[0]))
                people[-1].shares_with = index
        elif (
            rest
            and _NAME.match(_clean_name(rest))
            and not _is_title(rest)
            and not _has_stopword(_clean_name(rest))
            and not (people[-1].name and not _has_content(people[-1]) and _ORG_WORDS.search(rest))
        ):
            # "Lena Funston (509) 495-8090 lena.funston@...": the name first, then what reaches her.
            _set_name(people, role, organization, _clean_name(rest), start)
        elif (at_firm := _name_at_firm(rest)) is not None:
            # "please contact Donna Rowe at DRG&E at (713) 555-6600": her name, then her firm.
            _set_name(people, role, organization, at_firm["name"], start)
            people[-1].organization = people[-1].organization or at_firm["firm"]
        elif rest and _title_after_comma(doc, people[-1], "title", start, rest, most_words=4):
            _extend_title(people[-1], start, rest)  # "..., Investor Relations(866) 555-1291"
        elif rest and people[-1].title is None and _title_after_comma(doc, people[-1], "name", start, rest, 5):
            people[-1].title = rest  # "Jane Rowe, CFO 617-555-7204 jrowe@acme.com"
            people[-1].spans["title"] = (start, start + len(rest))
        person = people[-1]
        if not rest and person.name and not (person.phones or person.emails):
            person.reach_below = not doc.text[doc.line_at(start)[0] : start].strip()
        # "Tom Ashby / Priya Natarajan" then "Tel: ...": the number reaches both.
        group = people[len(people) - 1 - person.shares_with :]
        for m in emails:
            domain = _DOT.sub(".", m["domain"])
            if _WIRE_DOMAIN.search(domain):
                continue  # the wire's photo desk, not the release's contact
            user = _unglued_user(m["user"].replace(chr(92), ""), piece[: m.start()])
            addresses = [f"{user}@{_GLUED_DOMAIN_TAIL.sub('', domain)}".lower()]
            next_domain = _NEXT_DOMAIN.match(piece, m.end())
            cut = _TLD_THEN_USER.search(domain) if next_domain is not None else None
            if next_domain is not None and cut is not None:
                # "jrowe@acme.comjane.lind@beta.com": a flattened table's two cells run together
                addresses = [
                    f"{user}@{domain[: cut.end()]}".lower(),
                    f"{domain[cut.end() :]}{next_domain.group()}".lower(),
                ]
            for email in addresses:
                for member in group:
                    member.emails.append(email.rstrip("."))
            person.spans.setdefault("emails", (start + m.start(), start + m.end()))
        for member in group:
            member.phones.extend(phones)
        return organization
    if _PHONE_PIECE.match(piece):
        return organization
    if piece.startswith("(") and piece.endswith(")") and (person.phones or person.emails):
        return organization  # "Strand Hanson Limited / (Financial and Nominated Adviser)": the firm's part
    after_label = _after_label(doc, start)
    # ("CONTACT: Bob Rowe Vice President, ...": after the block's label on its line too)
    glued = _NAME_THEN_TITLE.match(piece) if _opens_line(doc, start) or after_label else None
    if glued is not None and not _is_title(glued["name"]) and not _has_stopword(glued["name"]):
        # "Bob Rowe Vice President, Investor Relations 800-555-2302": a name and its title, no comma between
        _set_name(people, role, organization, glued["name"], start)
        people[-1].title = glued["title"]
        people[-1].spans["title"] = (start + glued.start("title"), start + len(piece))
        return organization
    glued = _NAME_THEN_FIRM.match(piece) if _opens_line(doc, start) or after_label else None
    if glued is not None and not _is_title(glued["name"]) and not _has_stopword(glued["name"]):
        # "CONTACT: Paul G. Driscoll Acme United Corporation 1 Waterview Drive ...": a name (its
        # middle initial says a person's), then the firm, its address after it
        _set_name(people, role, organization, glued["name"], start)
        people[-1].organization = glued["firm"]
        return organization
    at_firm = _name_at_firm(piece) if " at " in piece or " of " in piece else None
    if at_firm is not None:
        # "Questions may be directed to Jane Rowe at Acme Bank, N.A. (Tel: ...)": her name, then her firm
        _set_name(people, role, organization, at_firm["name"], start)
        people[-1].organization = people[-1].organization or at_firm["firm"]
        return organization
    if _ends_title_line(doc, person, start, piece):
        # "Product Marketing Manager, Digital TV": the title's last part, not a second person.
        _extend_title(person, start, piece)
        return organization
    parts = (
        _NAME_SEPARATOR.split(piece) if "/" in piece or "&" in piece or " and " in piece or " or " in piece else [piece]
    )
    names = [_clean_name(part) for part in parts]
    if len(names) > 1 and all(_NAME.match(n) and not _has_stopword(n) and not _is_title(n) for n in names):
        for index, name in enumerate(names):
            _set_name(people, role, organization, name, start + piece.find(name.split()[0]))
            people[-1].shares_with = index
        return organization
    cleaned = _place_before_name(doc, _clean_name(piece))
    if (
        person.name
        and not (person.phones or person.emails or person.title)
        and "name" in person.spans
        and _NAME_COMMA.fullmatch(doc.text, person.spans["name"][1], start)
        and not _is_title(piece)
        and (len(cleaned.split()) >= 3 or _COMMUNICATIONS_FIRM.fullmatch(cleaned))
        and not _DIGIT.search(cleaned)  # (not "President1177 Avenue of the Americas": a title glued to a street)
    ):
        # "Anthony Carlisle, Citigate Dewe Rogerson": a name, a comma, then his firm's three words
        person.organization = cleaned
        return organization
    if person.name and not (person.phones or person.emails) and not _is_title(piece) and _is_organisation(doc, cleaned):
        # "Travis Bullard, Trane Technologies": the company the release keeps naming is his.
        person.organization = person.organization or cleaned
        return organization
    if (
        _NAME.match(cleaned)
        and not _is_title(piece)
        and not _ORG_WORDS.search(piece)
        and not _has_stopword(cleaned)
        and not _COMMUNICATIONS_FIRM.fullmatch(cleaned)
    ):
        if _ACRONYM_FIRM.match(cleaned) and person.name and not (person.phones or person.emails):
            # "MZ North America" under his name; "Kekst CNC" under "Jeremy Rowe / Anna Lind": theirs
            for member in people[len(people) - 1 - person.shares_with :]:
                member.organization = member.organization or cleaned
            return organization
        name = _firm_after_name(doc, cleaned)
        _set_name(people, role, organization, name, start + piece.find(name.split()[0]))
        named = people[-1]
        if named is not person and person.name and not _has_content(person) and "name" in person.spans:
            # "Jane Rowe, CEO or Tom Ashby, CFO" over "Email: info@acme.com": one address reaches either.
            between = doc.text[person.spans["name"][1] : named.spans["name"][0]]
            joined = _NAME_JOINER.fullmatch(between) is not None and len((named.name or "").split()) == 2
            either_line = len(between) <= _EITHER_REACH and _EITHER_LINE.search(between) is not None
            if ("\n" not in between and (_EITHER.search(between) or joined)) or either_line:
                named.shares_with = person.shares_with + 1
        return organization
    if (
        _is_title(piece)
        and person.name
        and (" of " in piece or not _FIRM_ENDING.search(_FIRM_PART.sub("", piece)))
        and not _IR_FIRM.fullmatch(piece)
    ):
        title_span = person.spans.get("title")
        if person.title is None:
            bracketed = piece.startswith("(") and piece.endswith(")")
            person.title = piece[1:-1].strip() if bracketed else piece.strip(" :")  # "(Chairman)"
            person.spans["title"] = (start + bracketed, start + len(piece) - bracketed)
            return organization
        if title_span is not None and (
            _COMMA_GAP.fullmatch(doc.text, title_span[1], start)
            # ("Vice President and" over "Chief Financial Officer" in a table's column, the other
            # column's cell between them)
            or (person.title.endswith((" and", " &")) and not (person.phones or person.emails))
        ):
            # "Executive Director, Investor Relations and ...": one title split at its comma.
            _extend_title(person, start, piece)
            return organization
    if _CONTACT_DESK_LABEL.fullmatch(piece):
        return organization  # "Contact Investor Relations" over the person: a label with no colon, no firm
    if (
        person.name is None
        and person.title is None
        and not _has_content(person)
        and _TITLE_BEFORE_NAME_PIECE.fullmatch(piece)
        and _NAME_NEXT.match(doc.text, start + len(piece))
    ):
        # "Investor Relations Officer Merja Rowe": the title before the name it belongs to, no firm
        person.title = piece
        person.spans["title"] = (start, start + len(piece))
        return organization
    if _ORG_WORDS.search(piece) or (piece[:1].isupper() and len(piece.split()) <= 6 and not piece.endswith(":")):
        if _WEB_PIECE.match(piece) or _DATE_PIECE.match(piece):
            return organization  # "www.acme.com", "March 28, 2022": no organisation
        if person.name is None and not person.phones and not person.emails:
            line_start = doc.line_at(start)[0]
            if (
                person.organization
                and " " not in piece.strip()
                and doc.text[line_start:start].rstrip().endswith(person.organization + ",")
            ):
                return organization  # "Acme Mining, London": the firm's town, not another firm
            person.organization = piece.strip(" :")
            return person.organization
        if person.organization is None and person.name is not None and not person.emails and not person.phones:
            person.organization = piece.strip(" :")
            return organization
        firm = _FIRM_PART.sub("", piece).strip(" :")
        if not _names_a_firm(firm):
            firm = piece.strip(" :")  # (a bracket is the firm's part for the release only after a firm's name)
        if person.name is None:
            return firm
        # "Peel Hunt LLP (Broker)" on its own line, set further apart than the issuer's people
        # above it, or a firm over a number alone where the firm above gave its number so: the
        # next firm's office, which the number on the line below reaches.
        colleague = _next_firm_of_a_table(doc, people, start, piece)
        if colleague is not None:
            for member in people[len(people) - 1 - person.shares_with :]:
                if not (member.phones or member.emails) and member.organization == colleague.organization:
                    member.phones = list(colleague.phones)  # "David Deacon, CFO" under his firm's number
        if colleague is not None or (
            _opens_line(doc, start)
            and _names_a_firm(firm)
            and _blank_lines_above(doc, start) > _blank_lines_above(doc, person.spans["name"][0])
        ):
            people.append(_Person(role, organization=firm, office=True))
        return firm
    return organization


def _next_firm_of_a_table(doc: Document, people: list[_Person], start: int, piece: str) -> _Person | None:
    """ "OMG plc / 01865 261800 / Nick Bolton, CEO / David Deacon, CFO / Financial Dynamics / 020
    7831 3113 / Juliet Clarke": an enquiries table that gives each firm its number on the line
    under it, then its people. A firm's line whose next filled line is a number alone opens the
    next firm's office, after a firm whose people were reached that way: the first of them is returned."""
    line_start, line_end = doc.line_at(start)
    if _FIRM_PART.sub("", doc.text[line_start:line_end]).strip(" \t*_") != _FIRM_PART.sub("", piece).strip():
        return None  # (the firm fills its line, but for its part in brackets: "Evolution Securities (NOMAD)")
    if any(len(word) == 1 and word.islower() for word in piece.split()):
        return None  # "Lisa / Micali t / +1 475 ...": a name's end and the phone's "t" label
    index = doc.line_index(start)
    for below in range(index + 1, min(index + 4, len(doc.line_starts))):
        a, b = doc.line_bounds(below)
        if doc.text[a:b].strip():
            if _NUMBER_ALONE.fullmatch(doc.text, a, b) is None:
                return None
            break
    else:
        return None
    organization = people[-1].organization
    colleague = next((p for p in people if p.organization == organization and p.phones), None)
    return colleague if organization is not None and colleague is not None and not colleague.emails else None


# A line holding a phone number and nothing else: "020 7831 3113", "+44 (0)20 7831 3113".
_NUMBER_ALONE = safe_compile(r"[ \t*_]{0,4}\+?\(?\d[\d ().-]{6,20}\d[ \t*_]{0,4}")


def _desk_after_number(doc: Document, start: int) -> bool:
    """A role label after a number on a run-on line ("... (587) 555-4056 Investor Relations(587)
    555-4000"): a desk with a number of its own, whom a name after it does not join."""
    line_start = doc.line_at(start)[0]
    return start > line_start and _DIGIT.search(doc.text, line_start, start) is not None


def _blank_lines_above(doc: Document, offset: int) -> int:
    """How many blank lines there are right above the line at offset (at most ten)."""
    index, count = doc.line_index(offset), 0
    while index > 0 and count < 10:
        index -= 1
        a, b = doc.line_bounds(index)
        if doc.text[a:b].strip():
            break
        count += 1
    return count


def _names_only(words: str) -> bool:
    """Whether ``words`` are one or more people's names, joined by "/", "&", "and" or "or"."""
    names = [_clean_name(part) for part in _NAME_SEPARATOR.split(words)]
    return all(_NAME.match(n) and not _has_stopword(n) and not _is_title(n) for n in names)


def _extend_title(person: _Person, start: int, piece: str) -> None:
    """The piece after the title's comma is more of the same title."""
    person.title = f"{person.title}, {piece.strip(' :')}"
    person.spans["title"] = (person.spans["title"][0], start + len(piece))


def _ends_title_line(doc: Document, person: _Person, start: int, piece: str) -> bool:
    """A piece after a comma that ends the line its person's title opened, before any number
    or email: the rest of the title."""
    title_span = person.spans.get("title")
    if person.title is None or title_span is None or person.phones or person.emails:
        return False
    if person.name is None and _NAME.match(piece) and not _is_title(piece):
        return False  # "Chief Financial Officer Jane Rowe": the name the title comes before
    line_end = doc.line_at(start)[1]
    return (
        _COMMA_GAP.fullmatch(doc.text, title_span[1], start) is not None
        # (the line the title ends on: "Head of Investor Relations / Executive Director, Corporate
        # Development" is one title over two lines)
        and doc.line_at(title_span[1] - 1)[0] == doc.line_at(start)[0]
        and not doc.text[start + len(piece) : line_end].strip(" *_")
        and len(piece.split()) <= 3
        and "." not in piece
        and not _ORG_WORDS.search(piece)  # "Jane Rowe, CFO, Acme.ai": her organisation
    )


# What a copy that lost its spaces ran on to an address: a number or extension before it
# ("(646) 555-8656ksmith@...", "x110robert.banks@..."), a link after it ("...@acme.comhttp").
_GLUED_USER_PREFIX = safe_compile(r"(?:(?:\d{1,4}[-.]){1,3}\d{3,4}|x\d{1,5}|ext\.?\d{1,5})(?=[A-Za-z])")
# A word glued on to a mailbox: "MZ North AmericaNMTC@...", "Tel: ... OfficeDavid@..." (a label),
# "Jessica Starmanmedia@..." (a surname over a role mailbox).
_GLUED_WORD_BEFORE_USER = safe_compile(
    r"\p{Lu}\p{Ll}{2,20}(?=\p{Lu}{2,}(?:[\w.+-]*)$)"
    r"|(?:Office|Email|E-mail|Mail|Tel|Phone|Mobile|Direct)(?=\p{Ll})"
    # "PCG Advisory, Inc.ksmith@...": the firm's legal suffix, its stop glued to the mailbox
    r"|(?:Inc|Ltd|Corp|LLC|Co|AG|plc|PLC)\.(?=\p{Ll})|(?:Ltd|LLC|PLC)(?=\p{Ll})"  # ("Mobilicom Ltdliad.rowe@")
    # "https://www.acmeconferences.comconferences@...": the site's address, its last label glued on
    r"|www\.[\w-]{1,63}(?:\.[\w-]{1,63}){0,2}\.(?:com|net|org|io|co)(?=\p{Ll})"
    r"|\p{Lu}\p{Ll}{2,20}?(?=(?:media|info|ir|investors?|press|contact|news|office|communications)$)"
)
# "...@pwo-group.comPWO AG": the next word, or a link, run on to the domain's last label
# ("...@autodoc.euwww.autodoc.group": the site's address after it)
# ("...@owpv.com1-800-605-3210": the number after it)
_GLUED_DOMAIN_TAIL = safe_compile(r"(?<=\.(?:" + "|".join(TLDS) + r"))(?:(?:https?|www)[\w.-]*|\p{Lu}[\w-]*|\d[\d-]*)$")


# The next address's "@domain" right after an address whose domain took in that address's user.
_NEXT_DOMAIN = safe_compile(r"@[A-Za-z0-9][\w-]{0,62}(?:\.[A-Za-z0-9][\w-]{0,62}){1,4}")
_TLD_THEN_USER = safe_compile(r"\.(?:" + "|".join(TLDS) + r")(?=[a-z])")


def _glued_prefix(user: str, before: str = "") -> str:
    """What _unglued_user strips from the front of an address's user part."""
    return user[: len(user) - len(_unglued_user(user, before))]


# An investor page's last word in a link: "www.acme.com/investors".
_LINK_PAGE_WORD = safe_compile(r"(?i:investors?|investor-relations|contacts?|news|media|press|about)")


def _unglued_user(user: str, before: str = "") -> str:
    """The address's user part without what was glued on before it: a number's tail, an
    extension, a label or a word before a mailbox ("AmericaNMTC" -> "NMTC", "Officedavid" ->
    "david"), or the person's surname ("Palmerjeff.palmer" -> "jeff.palmer", and "Justin
    Lafazanjustin@..." when ``before``, the text before the address, ends with the first name)."""
    if before.endswith("/") and (page := _LINK_PAGE_WORD.match(user)) is not None and len(user) - page.end() >= 2:
        return user[page.end() :]  # "www.acme.com/investorsir@acme.com": the link's last word glued on
    glued = _GLUED_USER_PREFIX.match(user) or _GLUED_WORD_BEFORE_USER.match(user)
    if glued is not None and glued.group().isalpha() and not before.rpartition("\n")[2].strip():
        # "AcmeIR@icrinc.com" alone on its line: nothing there for a word to have been glued to
        # (an agency's "<Company>IR" mailbox)
        glued = None
    if glued is not None:
        return user[glued.end() :]
    if user[:1].isupper():
        first = before.split()[-1].lower() if before.split() else ""
        for end in range(min(20, len(user) - 3), 2, -1):  # the longest capitalised word that recurs
            word = user[:end]
            if not (word[1:].islower() and word.isalpha() and user[end].isalpha()):
                continue
            rest = user[end:].lower()
            if word.lower() in rest or (
                user[end].islower() and len(first) > 2 and first.isalpha() and rest.startswith(first)
            ):
                # ("MilotteBrett.Milotte": a capitalised address, the surname glued on before it)
                return user[end:]
    return user


def _title_after_comma(doc: Document, person: _Person, after: str, start: int, rest: str, most_words: int) -> bool:
    """Title words in the piece right after the comma that ends the person's ``after`` field
    ("name" or "title"), before any number or email: "Jane Rowe, CFO 617-555-7204 ...",
    "..., Investor Relations(866) 555-1291"."""
    span = person.spans.get(after)
    return (
        span is not None
        and not person.phones
        and not person.emails
        and doc.text.startswith(rest, start)
        and _COMMA_GAP.fullmatch(doc.text, span[1], start) is not None
        and _is_title(rest)
        and len(rest.split()) <= most_words
    )


def _may_hold_email(piece: str) -> bool:
    """Whether an email can be here at all ("@", "(at)", " at "): _EMAIL is costly to try."""
    return "@" in piece or ("at" in piece and _AT_WORD.search(piece) is not None)


# The "at" an obfuscated address writes for "@": bracketed, or a word of its own.
_AT_WORD = re.compile(r"[(\[{]at[)\]}]|\sat\s")


def _set_name(people: list[_Person], role: ContactRole | None, organization: str | None, name: str, start: int) -> None:
    person = people[-1]
    if (
        person.name is not None
        or person.office
        or (person.emails and person.name is None and len(people) > 0 and _has_content(person))
    ):
        person = _Person(person.role, organization=organization)
        people.append(person)
    elif person.organization is None:
        person.organization = organization
    person.name = name
    person.spans["name"] = (start, start + len(name))


def _set_apart(doc: Document, start: int, end: int) -> bool:
    """Whether the line from start to end has a blank line (or a line of marks) above and below it."""
    text = doc.text
    line_start, line_end = doc.line_at(start)
    if line_start == 0 or end >= len(text):
        return False
    above, below = doc.line_at(line_start - 1), doc.line_at(line_end + 1)
    return not any(c.isalnum() for c in text[above[0] : above[1]]) and not any(
        c.isalnum() for c in text[below[0] : below[1]]
    )


def _has_content(person: _Person) -> bool:
    return bool(person.phones or person.emails)


def _firm_after_name(doc: Document, name: str) -> str:
    """ "Contact for Media and Investors:Margaret Shi NetEase, Inc.": a three-word "name" whose
    last word is the company the release keeps naming (and no one's surname) is a name and a firm."""
    words = name.split()
    if len(words) < 3 or "." in words[-2]:
        return name
    last = words[-1]
    if len(last) < 4 or "." in last or doc.text.count(last, 0, 200_000) < 6:
        return name
    return " ".join(words[:-1])


def _place_before_name(doc: Document, name: str) -> str:
    """ "CONTACT: Amgen, Thousand Oaks Jessica Rowe, 805-...": a wire's contact line names the
    company's town, the dateline's, before the first person."""
    words = name.split()
    if len(words) < 4:
        return name
    head = doc.text[: min(len(doc.text), 600)].upper()
    for size in (2, 1):
        place = " ".join(words[:size])
        if len(words) - size >= 2 and f"{place.upper()}," in head:
            return " ".join(words[size:])
    return name


# "Daniel Rowe – Panamá": the office a person answers from, after a dash.
_DASHES = ("–", "—", "-")
_DASH_PLACE = safe_compile(r"[ \t][–—-][ \t](?P<place>\p{L}[\p{L} .'-]{1,30})$")


def _without_office_place(name: str) -> str:
    if not any(dash in name for dash in _DASHES):
        return name  # (most names: no dash to look behind)
    place = _DASH_PLACE.search(name)
    if place is None:
        return name
    plain = unicodedata.normalize("NFKD", place["place"]).encode("ascii", "ignore").decode().lower().strip(" .")
    return name[: place.start()] if plain in PHONE_COUNTRIES else name


def _name_at_firm(words: str) -> regex.Match[str] | None:
    """ "Donna Rowe at DRG&E": a person's name, then her firm."""
    found = _NAME_AT_FIRM.fullmatch(words)
    if found is None or not _NAME.match(found["name"]) or _is_title(found["name"]) or _has_stopword(found["name"]):
        return None
    if _ORG_WORDS.search(found["name"]):
        return None  # "Packaging Corporation of America": a firm's name, not someone of a firm
    return found


def _clean_name(piece: str) -> str:
    name = _without_office_place(_CONTACT_WORD_BEFORE.sub("", piece.strip(" :-*_")))
    low = name.lower()
    if any(mark in low for mark in _POST_NOMINAL_MARKS):
        name = _POST_NOMINAL.sub("", name)
    if name[:1] in "DdMmPpSsLlIi":  # every honorific opens with one of these
        name = _HONORIFIC.sub("", name)
    if "- " in name:
        name = _BROKEN_HYPHEN.sub("-", name)  # "Caspar Shand- Kydd": a double name a line broke at its hyphen
    return " ".join(name.split())


_BROKEN_HYPHEN = safe_compile(r"(?<=\p{Ll})-[ \t]{1,2}(?=\p{Lu}\p{Ll})")


def _has_stopword(name: str) -> bool:
    words = [word.lower().strip(".") for word in name.split()]
    # (a country, or a city: "Elizabeth Rowe, New York, Tel: +1 (212) 555 0526")
    whole = " ".join(words)
    return any(word in _NOT_NAME_WORDS for word in words) or whole in PHONE_COUNTRIES or whole in LOCAL_TIME_PLACES


def _is_title(piece: str) -> bool:
    return bool(_TITLE_WORDS.search(piece))


def _fax_label_above(doc: Document, at: int) -> bool:
    """Whether the number at ``at`` opens its line under a fax label alone on the line above."""
    line_start, _ = doc.line_at(at)
    if line_start == 0 or doc.text[line_start:at].strip(" \t|*_"):
        return False
    above_start, above_end = doc.line_at(line_start - 1)
    return _FAX_LABEL_LINE.fullmatch(doc.text, above_start, above_end) is not None


def _phones(doc: Document, start: int, piece: str) -> list[str]:
    numbers: list[str] = []
    region = country_of(piece)
    for candidate in find_candidates(piece):
        label = piece[max(0, candidate.start - 12) : candidate.start]
        if _FAX.search(label) or IDENTIFIER_LABEL.search(piece, max(0, candidate.start - 40), candidate.start):
            continue
        if _FAX_AFTER.match(piece, candidate.end):
            continue  # "201-555-1941 (fax)"
        if not piece[: candidate.start].strip() and _fax_label_above(doc, start + candidate.start):
            continue  # "|Fax:" over "|(804) 555-3594": a table's label cell over its value's
        at = start + candidate.start
        sentence_start = doc.sentence_at(at)[0]
        if _TO_DIAL_IN.search(doc.text, max(sentence_start, at - 160), at):
            continue  # "The toll free number is 800-399-4409; the conference ID ...": a call's, in a run-on block
        placed = parse_placed(doc, candidate.written, region)
        for _, _, e164 in placed:
            numbers.append(e164)
        other = _OTHER_LAST_FOUR.match(piece, candidate.end)
        if other is not None and len(placed) == 1 and placed[0][2][-4:].isdigit():
            # "(212) 555-1570/1812": a second line, its last four digits written alone (the first
            # name's number, then the second's, for "Joseph Rowe/Fay Lind" above)
            second = to_e164(placed[0][2][:-4] + other["digits"], None)
            if second is not None and second not in numbers:
                numbers.append(second)
    return numbers


_OTHER_LAST_FOUR = safe_compile(r"[ \t]?/[ \t]?(?P<digits>\d{4})(?![\d/-])")
