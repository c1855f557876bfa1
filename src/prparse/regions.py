"""Where things are: the boilerplate to ignore and the contact blocks.

Extractors ask these functions which parts of a release they may read, so a site
named in the "About" paragraph does not become a webcast and a contact's phone does
not become a dial-in.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass
from itertools import islice, pairwise

import regex

from .document import Document
from .lexicon import CONTACT_ROLES, HOME_HINTS, NEWS_PAGE_HEADINGS, PHONE_COUNTRIES, TITLE_ENDINGS, alternation
from .phones import parse_run
from .safety import compile as safe_compile
from .safety import compile_lines, lowered
from .scan import Words, finditer_near

# "About ImmunoGen, Inc.", "**About Tempus**", "ABOUT XCEL ENERGY", "About Navamedic: ..."
# (not a news page's "About this update from Acme Ltd" over the release itself)
_ABOUT = compile_lines(
    r"^[ \t*#_>]{0,4}(?:About|ABOUT)\s{1,3}(?!(?i:this\s(?:update|announcement|release|article|story|news))\b)"
    r"[\w&(\"']"
)
# Headings of legal and financial boilerplate.
_LEGAL = compile_lines(
    r"^[ \t*#_>]{0,4}(?:forward[\s-]looking\s(?:statements?|information)|safe\sharbou?r|cautionary"
    # ("Non-GAAP Financial Measures", "Use of Non-GAAP Information:"; not a result's line, "* Non-GAAP net
    # income for the fourth quarter of 2024 was $8.7 million, or ...": a heading's few words, then its end)
    # (nor a table's column heading, "Non-GAAP" alone over "GAAP": the heading names what it is about)
    r"|(?:use\sof\snon-gaap(?:[ \t-]{1,2}[\w&,()'/-]{1,24}){0,5}|non-gaap(?:[ \t-]{1,2}[\w&,()'/-]{1,24}){1,5})"
    r"[ \t*_]{0,4}(?:[:.]|$)|non-gaap[ \t*_]{0,4}:|use\sof\snon(?!-gaap)"
    # (not a run-in label over the release's news: "IMPORTANT NOTICE: Acme's CEO ... will discuss ... in a
    # conference call which will begin at 10:30 a.m. (ET) November 9, 2005")
    r"|disclaimer|important\s(?:information|notice)(?![ \t]{0,2}:[ \t]{0,3}\S)|legal\snotice"
    r"|notes?\sto\seditors|caution\sregarding|special\snote|this\s(?:press\s)?release\scontains\sforward)",
    regex.IGNORECASE,
)
_ROLE_WORDS = alternation(CONTACT_ROLES)
_NAME_OPENS = safe_compile(r"[ \t]{0,3}\p{Lu}\p{Ll}{1,20}[ \t]\p{Lu}\p{Ll}{1,20}\b")
# Contact-block labels: "For Investors:", "Media Contact:", "Investor Relations", "Contacts:",
# "CONTACT: Tempus Communications", "For further information, please contact:"
_CONTACT_LABEL = compile_lines(
    rf"^[ \t*#_>|/]{{0,4}}(?:(?:for\s)?(?:further|more|additional)\s(?:\w+\s)?(?:information|details)"
    # (to the colon after "contact": not the name after it, "... Media Relations Contact: Jane Rowe,")
    rf"[^\n]{{0,80}}?contact\b(?:[^\n:;]{{0,20}}[:;]|[^\n]{{0,20}}$)?"
    rf"|(?:for\s)?(?P<role>{_ROLE_WORDS})?(?:\s(?:and|&|/)\s(?:{_ROLE_WORDS}))?\s?"
    # ("Contact Information" over the firm: the label's two words)
    rf"(?:contacts?(?:\s(?:information|info|details))?|inquiries|enquiries|queries|relations\scontacts?)\b(?![@.]\w)"
    rf"|(?:for\s)?(?P<role2>{_ROLE_WORDS})\s?:"
    rf"|company\scontacts?\b|contacts?\sfor\s(?P<role3>{_ROLE_WORDS})"
    # ("Worldwide Media Relations" over a letterhead's number and address)
    rf"|(?:(?:worldwide|global|corporate|group|international)\s)?"
    rf"(?P<role4>(?:investor|media|shareholder|press|public)(?:\s?/\s?(?:investor|media|press))?\srelations)"
    # ("Investor Relations Sarah Rowe srowe@acme.com +44 ...": or its people run on after it, each
    # name with an address)
    rf"(?:[ \t*_]{{0,8}}$"
    rf"|(?-i:(?=[ \t]{{1,3}}\p{{Lu}}\p{{Ll}}{{1,20}}[ \t]\p{{Lu}}[\p{{L}}'-]{{1,30}}[ \t][\w.+-]{{1,64}}@)))"
    # "**MEDIA**" alone on its line, a name and an address under it
    rf"|(?P<role5>(?-i:MEDIA|INVESTORS?|PRESS|ANALYSTS?))[ \t*_]{{0,8}}$"
    # "(Analysts) Matthew Stroud": the role in brackets before the name, in a letterhead
    rf"|\((?P<role6>{_ROLE_WORDS})\)(?=[ \t]{{1,3}}(?-i:\p{{Lu}}\p{{Ll}})))"
    rf"[ \t*:_-]{{0,6}}",
    regex.IGNORECASE,
)
# "FOR IMMEDIATE RELEASE": a release's mark in its header.
_RELEASE_MARKS = r"FOR IMMEDIATE RELEASE|For Immediate Release|FOR RELEASE"
# The title over an earnings release's financial statements.
_STATEMENTS_TITLE = (
    r"(?:(?:Condensed|CONDENSED|Unaudited|UNAUDITED)[ \t]){0,2}(?:Consolidated|CONSOLIDATED)[ \t]"
    r"(?:Statements?[ \t]of|STATEMENTS?[ \t]OF|Balance[ \t]Sheets?|BALANCE[ \t]SHEETS?)\b"
)
# What ends a contact block: a heading of another kind.
_HEADINGS = (
    r"About\s|ABOUT\s|Source:|SOURCE:|SOURCE[ \t]\p{Lu}|View source version|View original content"
    r"|Forward[\s-]Looking|FORWARD[\s-]LOOKING|Safe Harbor|SAFE HARBOR|Cautionary|News Provided by|###|-{3,}$"
    r"|Logo\s-|Photo\s-|Attachment|https?://\S{10,}$"
    rf"|{_RELEASE_MARKS}|For [Rr]elease:"
    r"|This information (?:is|was)\s|The company news service|[^\n]{0,80}?\bCertified\sAdviser\b"
    # a letterhead's footer: "REGISTERED OFFICE: L&T House, ... CIN: L72900MH2012PLC232169"
    r"|(?:Registered|REGISTERED|Regd\.?)[ \t](?:Office|OFFICE)[ \t]?:"
    # a bank's foot under its officers' contacts: "Corporate Information / ... / Transfer Agent and Registrar"
    r"|(?:Corporate Information|CORPORATE INFORMATION)[ \t*_:]*$|(?:Transfer Agent|TRANSFER AGENT)\b"
    # a UK results announcement's sections after its enquiries: "Chairman's Statement", "Operating Review"
    r"|(?:Chairman|Chief Executive|CEO)['’]s (?:Statement|Review|Report)|(?:Operating|Financial|Business) Review[ \t]*$"
    # an earnings release's tables: "Consolidated Statements of Operations", "CONDENSED CONSOLIDATED BALANCE SHEETS"
    rf"|{_STATEMENTS_TITLE}"
    # an EQS/DGAP notice's issuer table under its contact: "Language: English / Company: Acme SE / ..."
    r"|(?:Language|Sprache)[ \t]?:(?:[ \t]{0,4}(?:English|German|Englisch|Deutsch)\b|[ \t]*$)"
)
# A headline in capitals under a header's contacts: "DOMINION ANNOUNCES SECOND-QUARTER 2006 EARNINGS";
# or in title case, with no blank line between: "Public Relations / 408-555-6751 / Acme Announces
# Executive Transition / - Management to Hold Conference Call at 3pm PT Today -".
_HEADLINE_VERB_WORDS = ("ANNOUNCES", "REPORTS", "DECLARES", "SCHEDULES", "TO HOST", "TO PRESENT", "TO REPORT")
_TITLE_VERB_WORDS = tuple(
    " ".join(w.lower() if w == "TO" else w.title() for w in v.split()) for v in _HEADLINE_VERB_WORDS
)


def _verbs(words: tuple[str, ...]) -> str:
    return "|".join(verb.replace(" ", r"[ \t]") for verb in words)


_CAPITALS_HEADLINE = safe_compile(
    r"[ \t*#_]{0,4}\p{Lu}[\p{Lu}\d&.'’-]{1,25}(?:[ \t]\p{Lu}[\p{Lu}\d&.'’-]{0,25}){0,4}[ \t]"
    rf"(?:{_verbs(_HEADLINE_VERB_WORDS)})[ \t]\p{{Lu}}[^\n\p{{Ll}}]{{0,120}}"
)
_TITLE_HEADLINE = safe_compile(
    r"[ \t*#_]{0,4}\p{Lu}[\w&.'’-]{1,25}(?:[ \t]\p{Lu}[\w&.'’-]{0,25}){0,4}[ \t]"
    rf"(?:{_verbs(_TITLE_VERB_WORDS)})"
    r"(?:[ \t](?:\p{Lu}[\w&.,'’-]{0,25}|\d[\w-]{0,10}|of|the|and|for|to|on|in|at|a|an)){1,14}[ \t*_]{0,4}"
)
_HEADLINES = (
    (Words(_HEADLINE_VERB_WORDS, case=True), _CAPITALS_HEADLINE),
    (Words(_TITLE_VERB_WORDS, case=True), _TITLE_HEADLINE),
)


def _headline_inside(doc: Document, body: int, end: int) -> int | None:
    """Where a headline in capitals, or in title case, starts a line in text[body:end], if one does."""
    for words, headline in _HEADLINES:
        for at, _ in words.spans(doc.text, body, end):
            line_start, line_end = doc.line_at(at)
            if line_start > body and headline.fullmatch(doc.text, line_start, line_end):
                return line_start
    return None


# ("|FOR IMMEDIATE RELEASE": a table's cell in an exhibit's header.)
# (a long line is prose, unless it holds an address or two numbers: a copy that ran a contact
# block on to one line, "Jane RoweCFO ... (587) 555-4005 Tom Ashby ... (587) 555-4056")
_BLOCK_END = compile_lines(
    rf"^[ \t*#_>|]{{0,4}}(?:{_HEADINGS}"
    # a markdown heading: "## Acme Corporation Investor Conference Call" under the contact's line
    r"|(?<=^[ \t]{0,3}#{1,6}[ \t]{1,8})[ \t*_]{0,4}[\p{Lu}\d]"
    # (nor one that opens with a number, the wire's foot run on after it: "(702) 555-3607 View original ...")
    r"|(?![^\n]{0,2000}@)(?![^\n]{0,2000}?\d{3}[-.]\d{4}\b[^\n]{1,300}?\d{3}[-.]\d{4}\b)"
    r"(?!\+?\(?\d{3}\)?[ .-]?\d{3}[-.]\d{4}\b)[^\n]{200})"
)
# What ends an "About" or legal section: a heading of another kind. (A prose line ends a
# contact block, but it is what an "About" section is made of.)
# A call's own heading ("Conference Call", "Webcast and Conference Call Information") ends a
# legal section too: an earnings release may put its call under its non-GAAP tables.
_SECTION_END = compile_lines(
    rf"^[ \t*#_>]{{0,4}}(?:{_HEADINGS}"
    # ("Today's Conference Call", "Fourth Quarter and Full Year 2024 Earnings Conference Call Information":
    # some words may lead.)
    r"|(?:[\w’'&.-]{1,20}[ \t]){0,8}(?:(?:Conference|Earnings|Investor)\sCall|Webcast)"
    r"(?:\s(?:and|&)\s(?:Conference\sCall|Webcast))?"
    r"(?:\s(?:Information|Details))?[ \t*_:]{0,4}$"
    # A heading in capitals alone on its line: "Disclaimer: The Company's 2026 outlook ..." over
    # "RELATED COMMUNICATIONS" and the paragraph that gives the call.
    r"|(?:\p{Lu}[\p{Lu}&'’-]{1,20}[ \t]){1,5}\p{Lu}[\p{Lu}&'’-]{1,20}[ \t*_:]{0,4}$)"
)


@dataclass(frozen=True, slots=True)
class ContactBlock:
    start: int  # where the label starts
    body_start: int  # just after the label
    end: int
    role: str | None


# Headings a news page sets under the release, over links to its other stories ("Related News",
# "Most Read"): the page's, not the release's. Only after the release's end (an "About" heading, a
# contact label, its source line or closing marks), so a portal's menu above the release is none.
_PAGE_TAIL = compile_lines(rf"^[ \t*#_>]{{0,4}}(?:{alternation(NEWS_PAGE_HEADINGS)})[ \t*_:]{{0,4}}$", regex.IGNORECASE)
_RELEASE_END = compile_lines(
    r"^[ \t*#_>]{0,4}(?:About\s|ABOUT\s|#{3}|-\s?30\s?-|SOURCE[ \t:]|Source:|View\s(?:source|original)\s"
    r"|(?:Media|Investor|Press)?\s?Contacts?[ \t]?:|CONTACTS?[ \t]?:)"
)


def page_tail(doc: Document) -> int:
    """Where a news page's own matter starts under the release (its length when none does)."""
    return doc.memo("page_tail", _page_tail)


# The headings' words found first: most texts hold none, and no line pattern runs on them.
_PAGE_TAIL_WORDS = Words(NEWS_PAGE_HEADINGS)


def _page_tail(doc: Document) -> int:
    text = doc.text
    if not _PAGE_TAIL_WORDS.spans(text, len(text) // 4):
        return len(text)
    end = _RELEASE_END.search(text)
    # (or, with no such end, in the text's second half: the menu at a page's top is not it)
    tail = _PAGE_TAIL.search(text, end.end() if end is not None else len(text) // 2)
    return tail.start() if tail is not None else len(text)


def boilerplate(doc: Document) -> list[tuple[int, int]]:
    """Spans of "About ..." and legal paragraphs, from their heading to the next heading."""
    return doc.memo("boilerplate", _boilerplate)


def _boilerplate(doc: Document) -> list[tuple[int, int]]:
    text = doc.text
    spans: list[tuple[int, int]] = []
    for pattern in (_ABOUT, _LEGAL):
        for m in islice(pattern.finditer(text), _MAX_SECTIONS):
            if m.group().lstrip(" \t*#_>")[:1].islower():
                continue  # "non-GAAP measures. Refer to ..." opening a wrapped line: a sentence's middle
            end = _section_end(doc, m.start())
            spans.append((m.start(), end))
    tail = page_tail(doc)
    if tail < len(text):
        spans.append((tail, len(text)))
    return _merge(spans)


# A release has a few "About" and legal headings; a text of thousands ("About A" on every line)
# is junk, and reading past each of them for its end would cost a scan of 4,000 characters a heading.
_MAX_SECTIONS = 200


def _section_end(doc: Document, start: int) -> int:
    """A section runs to the next contact label or end-of-block heading, or 4000 characters."""
    limit = min(len(doc.text), start + 4000)
    line_end = doc.line_at(start)[1]
    candidates = [limit]
    for pattern in (_CONTACT_LABEL, _SECTION_END, _ABOUT, _LEGAL, _INFO_LABEL_LINE):
        m = pattern.search(doc.text, line_end, limit)
        if m:
            candidates.append(m.start())
    return min(candidates)


# "For further information: Jane Rowe, ..." on the line under an "About" heading whose paragraph
# a copy lost: the contacts, not the About text.
_INFO_LABEL_LINE = compile_lines(
    r"^[ \t*_]{0,4}(?i:for\s(?:more|further|additional)\s(?:\w{1,20}\s)?information)\s{0,2}:[ \t]{0,3}\S"
)


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def inside(spans: list[tuple[int, int]], offset: int) -> bool:
    """Whether offset falls in one of spans (sorted and non-overlapping, as merge() gives)."""
    index = bisect.bisect_right(spans, (offset, len(spans) and 1 << 62)) - 1
    return index >= 0 and spans[index][0] <= offset < spans[index][1]


def merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted, non-overlapping spans covering the same offsets."""
    return _merge(spans)


# A short line that ends in a colon and speaks of contacts: "For Media Inquiries, Please Contact:",
# "MARA Company Contact:", "Financial analysts may call:", "**For more information:**", "Acme
# Inc. Investor Relations:";
# or ends in "Contact(s)": "The Bancorp, Inc. Contact".
_LOOSE_LABEL = compile_lines(
    r"^[ \t*#_>|/]{0,4}(?P<label>[^\n:]{0,70}?(?:contacts?|inquiries|enquiries|(?:more|further|additional)\s(?:\w+\s)?"
    r"information|may\scall|please\scall"
    # "FOR YOUR INFORMATION: / AT THE COMPANY: / AT FINANCIAL RELATIONS BOARD:" (an agency's header)
    r"|for\syour\sinformation"
    # "CPI Card Group Inc. Investor Relations:" over its number and address
    r"|(?:investor|media|press|public)\srelations)[^\n:@]{0,30}:[ \t*_]{0,4}$|[^\n:]{0,60}\bcontacts?[ \t*_]{0,4}$"
    # "FOR ADDITIONAL INFORMATION" alone on its line, over an SEC exhibit's header table
    r"|for\s(?:more|further|additional)\sinformation[ \t*_]{0,4}$)",
    regex.IGNORECASE,
)
# "For additional information, please contact:Johnny Tsolis, CEO, ..."
_INLINE_LABEL = safe_compile(
    r"(?:please\s{1,2}contact|contact\s{1,2}information|contacts?|contact(?:\s{1,2}\w{1,20}){0,3}\s{1,2}as\s{1,2}follows"
    # "Contact for Media and Investors:Margaret Shi ..."
    r"|contacts?\s{1,2}for(?:\s{1,2}[\w&]{1,20}){1,4})"
    r"\s{0,2}:(?=\s{0,3}\S)"
    # "For more information, contact ir@acme.com"
    r"|\bcontact\s{1,2}(?:us\s{1,2})?(?:at\s{1,2})?(?=[\w.+-]{1,64}@[\w-]{1,63}\.)"
    # "... or contact Dr. Diane Nicolson, President and CEO, at (604) 684-6365", "please contact
    # Jane Rowe at 212-555-0044"
    # ("please contact J R Russell, Company Secretary, Guinness\nPeat Group plc Tel: 020 7236 0336": initials)
    r"|\bcontact\s{1,2}(?=(?-i:(?:(?:Dr|Mr|Mrs|Ms)\.?\s)?"
    r"(?:\p{Lu}\p{Ll}{1,20}\s\p{Lu}[\p{L}'-]{1,20}|(?:\p{Lu}\.?\s){1,3}\p{Lu}\p{Ll}{1,20}))"
    r"(?:,(?:[^.](?<!\n(?!\p{Lu}\p{Ll}))){0,80}?"
    # ("please contact Donna Rowe at DRG&E at (713) 555-6600": her firm between)
    r"|\s(?:at|of)\s\p{Lu}[\w&.'-]{1,30}(?:\s\p{Lu}[\w&.'-]{1,30}){0,3})?"
    # "... or contact Mrs. Minna Rowe\nPhone   +358 10 429 3504."
    # ("812/467-4449"; "... CFO, on +46 8 585 51717", "on (0)20 7845 1180")
    r"(?:\sat|\son|\s{1,3}(?:phone|tel|telephone)\.?:?)\s{1,4}\+?(?:\(\d{1,4}\)[\s./-]?|\d{1,4}[\s./-])\(?\d{1,4})"
    # "For further information, contact Acme's Investor Relations department by phone at (858) ..."
    # (the office is the label: its words give the role)
    r"|\bcontact\s{1,2}(?:the\s)?(?:\p{Lu}[\w&.-]{0,30}(?:'s|’s)?\s){0,3}(?:investor|media|public|press)\s(?:relations|affairs)"
    # ("contact the Investor Relations Department: (541) 555-6591")
    r"(?:\s(?:department|team|office|group))?(?:\s(?:by\s(?:phone|telephone)\s)?at\s|\s?:\s{1,3}(?=[+(\d]))"
    # "Questions may be directed to Jane Rowe at Acme Bank, N.A. (Tel: +1-973-555-5734; ...)"
    r"|\b(?:questions|inquiries|enquiries)\s(?:may|can|should)\sbe\s(?:directed|addressed)\sto\s{1,2}"
    r"(?=(?-i:(?:(?:Dr|Mr|Mrs|Ms)\.?\s)?\p{Lu}\p{Ll}{1,20}\s\p{Lu}[\p{L}'-]{1,20}\b))"
    # "Corporate ContactMatthias Trondle...": the label glued to the name after it.
    r"|(?-i:Contacts?)(?=\p{Lu}\p{Ll}{1,20}\s\p{Lu}|(?-i:Investors?|Media|Press)\s?:)"
    # "Contact Acme Hydrogen CorporationTelephone: +1 450 ...": the label, then a firm and its fields
    r"|(?<![\w.])(?-i:Contact)[ \t](?=\p{Lu}[^\n:]{0,80}?(?-i:Telephone|Phone|Tel|E-?mail)[ \t]?:)",
    regex.IGNORECASE,
)
# "... says Arne Roe.For more information:", "... webcast/call.Contact:": a label a careless
# copy ran on to the sentence before it, so no line pattern sees it.
_GLUED_INFO_LABEL = safe_compile(
    # (or after the "ENDS" that closes an NZX or ASX announcement a PDF copy ran on, or at a
    # line's start with the contact after it: Canada NewsWire's "For further information: Jane
    # Rowe, SVP, (416) 555-2610, jrowe@acme.com; Tom Ashby, ...")
    # (Canada NewsWire sets its label off with a slash: "/For further information: Jane Rowe, ...")
    # (or run on to the line before it: "... %CIK: 0001394186 /For further information: Jane Rowe, ...")
    r"(?:(?<=[\p{Ll}\d][.!?])|(?<=\bENDS\s{1,2})|(?<=^[ \t*_/]{0,4})|(?<=\n[ \t*_/]{0,4})|(?<=\s/))"
    r"(?:for\s(?:more|further|additional)\s(?:\w{1,20}\s)?information"
    r"|(?:(?:investor|media|press)\s(?:relations\s)?)?contacts?)\s{0,2}:(?=\s{0,3}\S)"
    # "... 22 February 2005 ENQUIRIES: Acme plc Tel: 020 ...": a UK announcement run on to one line
    r"|(?<!\p{L})(?-i:ENQUIRIES|INQUIRIES|Enquiries|Inquiries):(?=\s{0,3}\p{Lu})"
    # "... refer to that announcement. Further Information: Jane Rowe, Managing Director, 0439 555 905":
    # an ASX announcement's label run on after a sentence, a name after it
    r"|(?<=[\p{Ll}\d)][.!?][ \t]{1,2})(?:for\s)?(?:further|more|additional)\s(?:\w{1,20}\s)?information\s{0,2}:"
    r"(?=\s{0,3}(?-i:\p{Lu}\p{Ll}))",
    regex.IGNORECASE,
)
_INFO_COLON = Words(("information:", "contact:", "contacts:", "enquiries:", "inquiries:"))
# "... there will be a replay available ... through May 7.\n\nPlease call:": the call's
# numbers follow, not a contact's. Only a label that names no contact or information.
_CALL_ONLY_LABEL = safe_compile(
    r"[ \t*#_>|/]{0,4}(?:to\s(?:join|participate|listen),?\s)?please\s(?:dial|call)\s{0,2}:", regex.IGNORECASE
)
_ABOUT_THE_CALL = safe_compile(
    r"\b(?:replay|rebroadcast|playback|participate|participating|join|conference\scall|teleconference|dial-in)",
    regex.IGNORECASE,
)
_ROLE_IN_LABEL = safe_compile(rf"\b(?P<role>{_ROLE_WORDS})\b", regex.IGNORECASE)


_SENTENCE_INSIDE = safe_compile(r"[.!?][ \t]+[a-z]")
# "Email Contact" (a link the copy dropped) names a channel, not a new block of contacts.
_CHANNEL_ONLY = safe_compile(r"(?:e-?mail|phone|tel|telephone|fax)\s{1,3}contacts?", regex.IGNORECASE)
_THREE_BLANK_LINES = safe_compile(r"\n[ \t]*\n[ \t]*\n[ \t]*\n")
# A copy that puts a blank line under every line (HTML turned to text, each paragraph its own
# line) writes one blank line as three: "Richard Morgan (Chairman)\n\n \n\nGraham Lumsden".
_FIVE_BLANK_LINES = safe_compile(r"\n[ \t]*\n[ \t]*\n[ \t]*\n[ \t]*\n[ \t]*\n")
_COLON_OR_DASH = safe_compile(r"\s{0,3}[:\-]")


def _labels(doc: Document) -> list[tuple[int, int, str | None]]:
    """(label start, content start, role words) for every contact label, in order."""
    found: dict[int, tuple[int, int, str | None]] = {}
    for m in _on_label_lines(doc, _CONTACT_LABEL.finditer_list):
        if _is_label_line(doc, m) and not _ends_a_title(doc, m):
            line_end = doc.line_at(m.start())[1]
            if doc.text[m.end() : line_end].strip(" \t:*_").lower() in _LABEL_TAILS:
                end = line_end  # "Contact Information", "Contact us": the whole line is the label
            else:
                end = _before_address(doc.text, m.start(), m.end())
            found[doc.line_index(m.start())] = (
                m.start(),
                end,
                m["role"] or m["role2"] or m["role3"] or m["role4"] or m["role5"] or m["role6"],
            )
    loose = [
        m
        for m in _on_label_lines(doc, _loose_labels)
        if not _SENTENCE_INSIDE.search(m.group())
        and not _CHANNEL_ONLY.fullmatch(m.group().strip(" \t\n*_"))
        and not _call_instructions(doc.text, m)
    ]
    inline = [
        m
        for m in _on_label_lines(doc, _inline_labels)
        if not _TROUBLE_BEFORE.search(doc.text, max(doc.line_at(m.start())[0], m.start() - 160), m.start())
    ]
    for m in loose + inline:
        line = doc.line_index(m.start())
        if line in found:
            continue
        role = _ROLE_IN_LABEL.search(m.group())
        found[line] = (m.start(), m.end(), role["role"] if role else None)
    return [found[key] for key in sorted(found)]


# "If you have any difficulty connecting with the conference call, please contact Gateway Group at
# 949-...": a help line for the call, no contact for the release.
CALL_TROUBLE = (
    r"difficult(?:y|ies)|trouble|technical\s(?:support|difficulties|problems|issues|assistance)"
    r"|problems?\s(?:connecting|accessing|joining)"
)
CALL_TROUBLE_WORDS = ("difficult", "trouble", "technical", "problem")
_TROUBLE_BEFORE = safe_compile(rf"\b(?:{CALL_TROUBLE})\b", regex.IGNORECASE, needs=CALL_TROUBLE_WORDS)


# Every contact label holds one of these words, or is a short head ending in a colon
# ("Investors:", "For Media:"): the label patterns run only on such lines.
_LABEL_WORDS = Words(
    ("contact", "quir", "quer", "relation", "information", "call", "media", "(analyst", "(investor", "directed to")
)
_COLON_HEAD = compile_lines(r"^[^\n:]{0,40}:")
_CONTACT_WORD = Words(("contact", "directed to", "addressed to"))

LabelFinder = Callable[[str, int, int], list[regex.Match[str]]]


def _on_label_lines(doc: Document, find: LabelFinder) -> list[regex.Match[str]]:
    """Run a label finder only on the lines that can hold a label (few), not on all."""
    found: list[regex.Match[str]] = []
    for start, end in doc.memo("label_lines", _label_lines):
        found.extend(m for m in find(doc.text, start, end) if not found or m.start() > found[-1].start())
    return found


def _call_instructions(text: str, label: regex.Match[str]) -> bool:
    """ "Please call:" under a paragraph about the call or its replay."""
    head = label.group().lstrip("\n")
    if not _CALL_ONLY_LABEL.fullmatch(head.rstrip(" \t*_")):
        return False
    above = text[max(0, label.start() - 300) : label.end()]  # ("To participate, please call:" says it itself)
    return bool(_ABOUT_THE_CALL.search(above))


def _loose_labels(text: str, start: int, end: int) -> list[regex.Match[str]]:
    """The loose-label pattern's lazy scan is costly, and it can only match a line ending
    in ":", "contact(s)" or "information"."""
    if not text[start:end].rstrip(" \t*_").lower().endswith((":", "contact", "contacts", " information")):
        return []
    return _LOOSE_LABEL.finditer_list(text, start, end)


# "To schedule a meeting with management, please contact Jane Rowe at Acme IR at ...": who books
# one-on-one meetings (no event), not the release's contact (a sentence that opens with it: "For
# more information, or to schedule a meeting, please contact ..." names one).
_TO_BOOK_A_MEETING = safe_compile(
    r"(?:^|(?<=[.!?][ \t]{1,3}|\n[ \t]{0,4}))"
    r"(?i:to\s(?:schedule|request|arrange|book|set\sup)\s(?:a|an)?\s?(?:[\w-]{1,20}\s){0,2}?meetings?\b)"
    r"[^.\n]{0,120}$",
    needs=("meeting",),
)


# "If you would like to join the Meeting by telephone, please contact Jane Rowe, Vice President,
# at (720) 555-0132 for further details", "Analysts should contact Jane Rowe for conference call
# details": who gives a way into the event, not the release's contact.
# "join the call", "participate in the conference": what a way into an event is for
_JOIN_THE_EVENT = (
    r"(?:join|participate\sin|attend|listen\sto|access|dial\sin\sto)\s(?:the\s)?(?:[\w-]{1,20}\s){0,2}?"
    r"(?:meeting|call|conference|webcast|event)\b"
)
_TO_JOIN_THE_EVENT = safe_compile(
    r"(?:^|(?<=[.!?][ \t]{1,3}|\n[ \t]{0,4}))"
    rf"(?i:(?:if\s(?:you|shareholders|participants)\s(?:would\slike|wish|want)\sto|to)\s{_JOIN_THE_EVENT})"
    r"[^.\n]{0,120}$",
    needs=("join", "participate", "attend", "listen", "access", "dial"),
)
_FOR_CALL_DETAILS = safe_compile(
    r"[^.\n]{0,160}?\bfor\s(?:the\s)?(?:conference[\s-]call|call|dial-in|access|participation)\s(?:details|information|instructions)\b",
    regex.IGNORECASE,
    needs=("details", "information", "instructions"),
)


def _inline_labels(text: str, start: int, end: int) -> list[regex.Match[str]]:
    """Not a line pattern: run it only near "contact"."""
    # A lookahead may read the number on the line below ("contact Mrs. Jane Rowe\nPhone +358 ...").
    reach = min(len(text), end + 40)
    near = finditer_near(_INLINE_LABEL, _CONTACT_WORD, text, start, reach, before=30, after=170)
    found = [
        m
        for m in near
        if m.start() < end
        and not _TO_BOOK_A_MEETING.search(text, max(start, m.start() - 160), m.start())
        and not _TO_JOIN_THE_EVENT.search(text, max(start, m.start() - 160), m.start())
        and not _FOR_CALL_DETAILS.match(text, m.end(), min(len(text), m.end() + 200))
    ]
    # Its content starts on a line below: the lookahead reads past the line's end.
    glued = finditer_near(_GLUED_INFO_LABEL, _INFO_COLON, text, start, min(len(text), end + 8), before=40, after=8)
    return sorted(found + glued, key=lambda m: m.start()) if glued else found


def _label_lines(doc: Document) -> list[tuple[int, int]]:
    """The lines holding a label word or a short head with a colon, each with the blank line
    above it (a label may begin there)."""
    text = doc.text
    heads = [m.start() for m in _COLON_HEAD.finditer(text)]
    lines = sorted({doc.line_index(at) for at in heads} | {doc.line_index(at) for at, _ in _LABEL_WORDS.spans(text)})
    ranges: list[tuple[int, int]] = []
    for line in lines:
        start, end = doc.line_bounds(line)
        if line > 0 and not text[doc.line_bounds(line - 1)[0] : start].strip():
            start = doc.line_bounds(line - 1)[0]
        ranges.append((start, end))
    return ranges


def contact_blocks(doc: Document) -> list[ContactBlock]:
    """Contact blocks: from a contact label to the next label, a block-ending heading, a
    prose paragraph, three blank lines in a row, or 1500 characters."""
    return doc.memo("contact_blocks", _contact_blocks)


def _contact_blocks(doc: Document) -> list[ContactBlock]:
    text = doc.text
    labels = [_with_name_above(doc, label) for label in _labels(doc)]
    blocks: list[ContactBlock] = []
    for index, (start, body, role_text) in enumerate(labels):
        limit = labels[index + 1][0] if index + 1 < len(labels) else len(text)
        limit = min(limit, body + 1500)
        ending = _BLOCK_END.search(text, doc.line_at(body)[1] if doc.line_at(body)[1] > body else body, limit)
        if ending is not None and _release_mark_inside(doc, body, ending.start(), limit):
            ending = _BLOCK_END.search(text, doc.line_at(ending.start())[1], limit)
        while (
            ending is not None
            and _RULE_ONLY.fullmatch(text, *doc.line_at(ending.start()))
            and not any(c.isalnum() for c in text[body : ending.start()])
        ):
            # "**Customer Contact**\n\n---\n\n**United States** ...": a rule under the label, over its block
            ending = _BLOCK_END.search(text, doc.line_at(ending.start())[1], limit)
        while ending is not None and _SITE_IN_A_BLOCK.fullmatch(text, *doc.line_at(ending.start())):
            # "David Shapiro / Chief Executive Officer / B2i Digital, Inc. / https://b2idigital.com/ /
            # 212.579.4844 Office": a firm's site among its contact's lines, the number under it
            below = doc.line_at(ending.start())[1]
            if not _CHANNEL_ON_LINE.match(text, below + 1, doc.line_at(min(len(text), below + 1))[1]):
                break
            ending = _BLOCK_END.search(text, below, limit)
        end = ending.start() if ending else limit
        end = _headline_inside(doc, body, end) or end
        in_prose = len(text[doc.line_at(start)[0] : start].strip()) > 20 and not text[start:body].rstrip().endswith(":")
        end = _before_gap(doc, body, end)
        if not in_prose:  # (a label's own sentence ends it: the prose it sits in is no end)
            end = _before_prose(doc, body, end)
        if doc.line_at(body)[1] - body > _FLATTENED_LINE:
            # A copy flattened to one line ("Contact: Jane Rowe (703) 555-0110 ... FOR IMMEDIATE
            # RELEASE ... announced today its results"): the block ends where prose begins.
            prose = _PROSE_RUN.search(text, body, end)
            end = prose.start() if prose is not None else end
            # ("Contact: Mary Rowe ... Fax (508) 555-0748 Press Release Acme Announces ...": or where
            # the release's own mark opens it)
            mark = _FLAT_RELEASE_MARK.search(text, body, end)
            end = mark.start() if mark is not None else end
        if in_prose:
            # A label inside prose ("To register, please contact ir@...") speaks for its sentence only.
            sentence_end = doc.sentence_at(body)[1]
            if _NO_CHANNEL.fullmatch(text, body, sentence_end) and doc.line_at(sentence_end)[1] == sentence_end:
                # ("please contact J R Russell, Company Secretary, Guinness\nPeat Group plc Tel: 020 7236
                # 0336": the sentence wrapped on to a line that reads as a label; the number is on it)
                sentence_end = doc.sentence_at(min(len(text) - 1, sentence_end + 1))[1]
            end = min(end, sentence_end)
        role = CONTACT_ROLES.get(" ".join(role_text.lower().split())) if role_text else None
        blocks.append(ContactBlock(start, body, end, role))
    tail = page_tail(doc)
    return [
        ContactBlock(block.start, block.body_start, min(block.end, tail), block.role)
        for block in blocks + _unlabelled_blocks(doc, blocks)
        if block.start < tail
    ]


_NO_CHANNEL = safe_compile(r"[^@\d\n]{0,200}")
_RULE_ONLY = safe_compile(r"[ \t*#_>|]{0,4}-{3,}[ \t]*")
_SITE_IN_A_BLOCK = safe_compile(r"[ \t*#_>|]{0,4}https?://\S{10,}[ \t]*")
_CHANNEL_ON_LINE = safe_compile(r"[^\n]{0,60}?(?:@|\+?\(?\d{2,4}\)?[ .-]\d{3})")
_FLATTENED_LINE = 400  # characters of a block's first line past its label: a page flattened to lines
# Seven lower-case words in a row: prose, never a name, a title, a number or an address.
_PROSE_RUN = safe_compile(r"(?<![\p{L}@./-])\p{Ll}{2,20}(?:[ ]\p{Ll}{2,20}){6}(?![\p{L}@./-])")

_RELEASE_MARK = safe_compile(rf"[ \t*#_>|]{{0,4}}(?:{_RELEASE_MARKS})\b")
_FLAT_RELEASE_MARK = safe_compile(rf"\b(?:{_RELEASE_MARKS}|Press Release|PRESS RELEASE|News Release|NEWS RELEASE)\b")


def _release_mark_inside(doc: Document, body: int, mark: int, limit: int) -> bool:
    """ "Contact: Jane Rowe / | / FOR IMMEDIATE RELEASE / President / Tel: ...": a header table
    flattened cell by cell put its other column's release mark inside the contact, which goes on
    below it (nothing above the mark reaches anyone; the lines just under it do)."""
    if not _RELEASE_MARK.match(doc.text, mark) or _REACH.search(doc.text, body, mark):
        return False
    below = doc.line_at(mark)[1]
    for _, _, line in doc.lines(below, min(limit, below + 400)):
        if not line.strip() or len(line) > 120:
            return False
        if _REACH.search(line):
            return True
    return False


_PROSE_PARAGRAPH = 150  # characters: a line this long after a blank line, with two sentences, is prose
_SENTENCE_INSIDE_LINE = safe_compile(r"[\p{Ll}\d)]{2}[.!?][ \t]{1,3}\p{Lu}\p{Ll}")


# ("To participate in the conference call, please dial ...": the way in, under the contact's line)
_SENTENCE_OPENING = safe_compile(
    r"[ \t]{0,4}(?:(?:A|An|The|This|Our)\s[a-z][^\n]{0,60}?\s(?:will|shall)\s[a-z]|To\s" + _JOIN_THE_EVENT + ")"
)


def _before_prose(doc: Document, body: int, end: int) -> int:
    """Where running prose ends a block: two lines in a row that read as prose (eight words or
    more, three of them lower-case; a fixed-width copy wraps its paragraphs at 80 characters,
    so no one line is long). A line with an address is a contact's."""
    previous: int | None = None
    first_line_end = doc.line_at(body)[1]
    for start, stop, line in doc.lines(body, end):
        if (
            start > first_line_end
            and stop - start >= _PROSE_PARAGRAPH
            and _lower_words(line) >= 10
            and "@" not in line
            and _SENTENCE_INSIDE_LINE.search(line)
            and not doc.text[doc.line_at(start - 1)[0] : start].strip()
        ):
            # "Contacts: Jane Rowe, CEO\n\nThe conference call will be archived and accessible by
            # dialing ... . The archived conference ID is ...": a paragraph of sentences on one line.
            return max(body, start)
        if stop - start >= 30 and len(line.split()) >= 8 and _lower_words(line) >= 3 and "@" not in line:
            if previous is not None:
                return max(body, previous)
            if start > first_line_end and _SENTENCE_OPENING.match(line):
                # "A presentation for analysts will be held at 10.30 a.m. today at the offices of" under
                # the last number: a sentence starts, wrapped on to a short line below
                return start
            previous = start
        else:
            previous = None
    return end


def _before_gap(doc: Document, body: int, end: int) -> int:
    """Where three blank lines in a row end a block. Blank lines right under the label do
    not, nor do those before another firm's lines with a number or address ("For
    enquiries:" over the issuer, its adviser and its broker, as UK announcements list them),
    nor those before a number or address the names above share."""
    text = doc.text
    at = body
    while at < end and text[at] in " \t\n":
        at += 1
    blank_lines = _FIVE_BLANK_LINES if doc.memo("double_spaced", _double_spaced) else _THREE_BLANK_LINES
    while (gap := blank_lines.search(text, at, end)) is not None:
        at = gap.end()
        while at < end and text[at] in " \t\n":
            at += 1
        line_start, _ = doc.line_at(at)
        firm = _FIRM_LINE.match(text, line_start, end) is not None and _REACH.search(text, at, min(end, at + 400))
        desk = _DESK_LINE.match(text, line_start, end) is not None or _FIRM_ROW.match(text, line_start, end) is not None
        if at >= end or (
            not firm
            and not desk
            and _REACH_LINE.match(text, line_start, end) is None
            and not _next_table_row(doc, body, gap.start(), line_start, end)
        ):
            return int(gap.start())
    return end


_TABLE_ROW_LINES = 8  # lines under a row's first cell in which its number comes (twice that past its people)


def _next_table_row(doc: Document, body: int, gap: int, line_start: int, end: int) -> bool:
    """An enquiries table a copy flattened cell by cell, each cell its own line with blank
    lines between ("OMG plc / 01865 261800 / Nick Bolton, CEO / David Deacon, CFO / Financial
    Dynamics / 020 7831 3113"): after a gap, the next row of the same table, a short line whose
    next filled line is a number or an email, or a person with a title under one."""
    text = doc.text
    line_end = doc.line_at(line_start)[1]
    line = text[line_start:line_end]
    if len(line.strip()) > 60 or _lower_words(line) > 1 or _NOT_CONTACT_LINES.search(line):
        return False
    index = doc.line_index(line_start)
    filled = 0
    for below in range(index + 1, min(index + 1 + 2 * _TABLE_ROW_LINES, len(doc.line_starts))):
        a, b = doc.line_bounds(below)
        if a >= end:
            break
        if text[a:b].strip():
            reach = _REACH_LINE.match(text, a, b) or _LABELLED_REACH_LINE.match(text, a, b)
            if reach is not None and not _NOT_CONTACT_LINES.search(text, a, b):
                # ("Cranswick plc / Mark Rowe, Chief Financial Officer / 01482 555 000", "Powerscourt /
                # Nick Rowe / Chloe Lind / 020 7250 1446": the row's firm and people over its number)
                return True
            filled += 1
            if filled == 2 or b - a > 60 or _lower_words(text[a:b]) > 1:
                break
    if not any(_REACH_LINE.match(text, a, b) for a, b, _ in doc.lines(body, gap)):
        return False  # the block above reaches no one: no table of contacts
    titled = _TITLED_PERSON.match(text, line_start, line_end)
    return titled is not None and any(_TITLED_PERSON.match(text, a, b) for a, b, _ in doc.lines(body, gap))


# "Tel: +44 (0)20 7466 5000", "E: ir@acme.com": a number or address under its label.
_LABELLED_REACH_LINE = safe_compile(
    r"[ \t*_]{0,4}(?:Tel|Phone|Telephone|T|Mobile|Direct|E-?mail|E)\.?[ \t]?:[ \t]{0,3}[\w+(]"
)
# "Nick Bolton, CEO": a person and a title, the row shape of an enquiries table.
_TITLED_PERSON = safe_compile(
    r"[ \t*_]{0,4}(?:(?:Dr|Mr|Mrs|Ms)\.?[ \t])?\p{Lu}[\p{Ll}'-]{1,20}(?:[ \t]\p{Lu}\.)?[ \t]\p{Lu}[\p{Ll}'-]{1,20}"
    r",[ \t]{1,2}\p{Lu}[\p{L}&. -]{1,40}[ \t*_]{0,4}$",
    regex.MULTILINE,
)


# "Cairn Advisers LLP (Nominated Adviser) Liam Rowe / Tony Lind Tel: +44 ...": a UK enquiries
# table flattened a firm to a line, its people sharing the number on it.
# Two people sharing a row, first and last names joined by a slash: "Liam Rowe / Tony Lind".
# ("Al Sisto/ Sarah Payne": a copy may drop a space by the slash)
# ("James Melville-Ross / Matt Dixon": a surname of two parts, each capitalised)
SURNAME = r"\p{Lu}[\p{Ll}'-]{1,20}(?:-\p{Lu}\p{Ll}{1,20})?"
NAME_PAIR = rf"\p{{Lu}}\p{{Ll}}{{1,20}}\s{SURNAME}\s?/\s?\p{{Lu}}\p{{Ll}}{{1,20}}\s{SURNAME}"
_FIRM_ROW = safe_compile(rf"[ \t*_]{{0,4}}\p{{Lu}}[^\n]{{2,80}}?\s{NAME_PAIR}[^\n]{{0,40}}?(?:Tel|Phone|\+\d)")


def _double_spaced(doc: Document) -> bool:
    """Whether nearly every line with text has a blank line under it (at least a dozen do).
    (``str`` tests, not a pattern: one tried at every character costs a millisecond a release.)"""
    blank = [not line.strip() for line in doc.text.split("\n")]
    filled = blank.count(False)
    spaced = sum(1 for above, below in pairwise(blank) if not above and below)
    return spaced >= 12 and spaced >= 0.8 * filled


# "Investor Relations Henrik Rowe +45 99 55 97 22 hebrl@acme.dk" after blank lines under "Media
# Relations Ulrik Lind +45 ...": the next desk of the same block, its person and number on its line.
_DESK_LINE = safe_compile(
    r"[ \t*_]{0,4}(?:Investor|Media|Press|Public)\s(?:Relations|Contacts?)\b[^\n]{0,80}?(?:\+?\(?\d[\d ().-]{6,20}\d|@)"
)


def _with_name_above(doc: Document, label: tuple[int, int, str | None]) -> tuple[int, int, str | None]:
    """ "Christopher McGinnis / Investor Relations / (847) 796-4320": a bare department line
    under a person's name labels that person; the block starts at the name."""
    start, body, role = label
    written = doc.text[start:body]
    if ":" in written or doc.text[body : doc.line_at(body)[1]].strip():
        return label
    index = doc.line_index(start + len(written) - len(written.lstrip()))  # the label's own line
    for a, b in doc.filled_lines_above(index, 2):  # the nearest line with text decides
        return (a, a, role or written.strip(" \t\n*_")) if _PERSON_LINE.match(doc.text, a, b) else label
    return label


# A person's name alone on its line, maybe with a role or phone after it (spaces are
# "[ \t]": the pattern runs over whole text, and a name does not cross a line):
# "Alex Abraham (media)", "Jeffrey Casucci (914) 697-2900", "Eric J. Dugas".
_PERSON_LINE = compile_lines(
    # (not a notice's details heading: "Record Date", "Annual Meeting", "Items of Business")
    r"^[ \t*_|]{0,4}(?![^\n]{0,30}\b(?:Date|Time|Meeting|Business|Record|Location|Venue)\b)"
    # (nor a dial-in's country: "From France +33(0)1 76 77 22 57")
    r"(?!(?:From|To|In|Via|For|Within|Outside)[ \t])"
    r"(?:(?:Dr|Mr|Mrs|Ms)\.?[ \t])?\p{Lu}[\p{Ll}'-]{1,20}(?:[ \t]\p{Lu}\.)?"
    r"(?:[ \t]\p{Lu}[\p{Ll}'-]{1,20}(?:\p{Lu}[\p{Ll}'-]{1,20})?){1,2}"  # "McGinnis", "DeLuca"
    r"(?:,?[ \t](?:Jr|Sr)\.?|[ \t](?:II|III|IV))?"  # "John L. Calmes Jr."
    # "Michael Lin / David Wong": two people sharing what follows.
    # ("Bobby Morse/Abigail Gilchrist": a copy may drop the spaces round the slash)
    r"(?:(?:[ \t](?:/|&|and|or)[ \t]|/)\p{Lu}[\p{Ll}'-]{1,20}(?:[ \t]\p{Lu}[\p{Ll}'-]{1,20}){1,2})?"
    # ("Andrew Monk (Corporate Broking)": the desk in brackets)
    # ("Austin Rowe – Chief Financial Officer": the title after a dash)
    r"[ \t*_]{0,4}(?:\([a-z ]{2,20}\)|\(\p{Lu}\p{Ll}{2,15}(?:[ \t]\p{Lu}?\p{Ll}{1,15}){0,2}\)|,[^\n]{0,80}"
    r"|[ \t][–—-][ \t]\p{Lu}[^\n]{0,80}"
    r"|\(?\+?\d[\d ().-]{6,20}\d)?[ \t*_|]{0,4}$"
)
_REACH = safe_compile(r"@|\+?\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}|\(?\+[ ]?\d{1,3}\)?(?:\s?\(0\))?[ \d]{6,14}\d")
# (nor a letterhead's footer: "Registered Office: 258/A, ... Tel +91 ... | Email: info@...", "CIN: L85...")
_REGISTERED_OFFICE_WORDS = r"(?:registered|regd\.?)\soffice"
_NOT_CONTACT_LINES = safe_compile(
    r"dial|passcode|conference|replay|webcast|access code|toll"
    rf"|(?:{_REGISTERED_OFFICE_WORDS}|corporate\soffice)\s?:|(?-i:\bCIN\b)",
    regex.IGNORECASE,
)


# (or a share register's: "Transfer Agent and Registrar / American Stock Transfer & Trust Company / ...")
_OFFICE_NO_CONTACT = safe_compile(rf"\b(?:{_REGISTERED_OFFICE_WORDS}|transfer\sagent)\b", regex.IGNORECASE)
_NUMBER_ROW_LABEL = safe_compile(r"\b(?:number|dial[\s-]?in|toll[\s-]?free)\b", regex.IGNORECASE)
_OFFICE_HEADING_REACH = 120  # characters: a letterhead's heading and its address's first lines


_QUOTE_MARKS = frozenset({"<<", ">>"})


def _unlabelled_blocks(doc: Document, labelled: list[ContactBlock]) -> list[ContactBlock]:
    """Contact lines whose label the carrier dropped: in the second half of the release, or
    in the header above its first prose line (an SEC exhibit's "Jane Rowe / CFO / Acme Ltd. /
    Tel: ..."), a person's name on a short line with an email or phone within the next few lines."""
    text = doc.text
    taken = merge([(b.start, b.end) for b in labelled])
    found: list[ContactBlock] = []
    half = _statements_start(doc) // 2
    heads = [
        *(m for m in _PERSON_LINE.finditer(text, 0, _first_prose_line(doc)) if _reached_just_below(doc, m.start())),
        *_PERSON_LINE.finditer(text, doc.line_at(half)[0]),
        *_firm_lines(doc, half),
    ]
    for person in sorted(heads, key=lambda m: m.start()):
        start, end = doc.line_at(person.start())
        if inside(taken, start) or POSTAL_LINE.match(text, start, end):
            continue  # ("Overland Park, KS 66211 / Phone 913 ...": a letterhead's address, not a person)
        if text[start:end].strip(" \t|*_,").lower() in PHONE_COUNTRIES:
            continue  # "United Kingdom / Tel +44 ...": the last line of a letterhead's address
        if _NUMBER_ROW_LABEL.search(text, start, end):
            continue  # "|Std International Number / |+44 (0) 1452 ...": a dial-in table's last row
        if _CERTIFIED_ADVISER.search(text, doc.line_at(start - 1)[0] if start else 0, end):
            continue  # "Certified Adviser / Nordea Bank Abp / Tel. +358 ...": the market's adviser, no contact
        if _SENTENCE_GOES_ON.search(text, doc.line_at(start - 1)[0] if start else 0, max(0, start - 1)):
            continue  # "... may send their registration to Acme Oy by mail to\nAcme Oy, AGM, ...": prose, wrapped
        window_end = min(page_tail(doc), end + 400)
        following = text[start:window_end]
        if not _REACH.search(following) or _NOT_CONTACT_LINES.search(following):
            continue
        if _OFFICE_NO_CONTACT.search(text, max(0, start - _OFFICE_HEADING_REACH), start):
            continue  # "Registered Office : / --- / 29th Floor, ... / T: +91 ...": a letterhead, no contact
        block_end = start
        blank_run = 0
        quoted = False
        for a, b, piece in doc.lines(start, window_end):
            if len(piece) > 120 or (a > start and _BLOCK_END.match(text, a, b)):
                break  # (a heading under it: "Forward-Looking Statements", "About Acme")
            if piece.strip() in _QUOTE_MARKS:
                quoted = True  # "<< Jane Rowe / Corporate Secretary >>": Canada NewsWire's marks round a
                break  # notice's signature; the contact line under them is someone else's
            blank_run = blank_run + 1 if not piece.strip() else 0
            if blank_run >= 2:
                break
            block_end = b
        if quoted and not _REACH.search(text, start, block_end):
            continue
        if start and _FILED_WITH.search(text, doc.line_at(start - 1)[0], max(0, start - 1)):
            # "Nominations should be addressed to: / Jane Rowe / Company Secretary, Acme Limited / Email:
            # ...": who receives them, not who answers questions (nor is the firm's line under her)
            bisect.insort(taken, (start, block_end))
            continue
        inner = [block.start for block in labelled if start < block.start < block_end]
        if inner:
            if not _REACH.search(text, start, inner[0]):
                continue  # "John Eagleton, CEO" signing above "To contact Intellabridge:": the label governs
            block_end = inner[0]  # "Paul Adams / Corporate Communications / 202-..." over the next one's label
        found.append(ContactBlock(start, start, block_end, None))
        bisect.insort(taken, (start, block_end))
    for start, end in _lone_email_lines(doc, half):
        if not inside(taken, start):
            # "press@acme.com" alone under the last paragraph: a contact whose label and name the
            # copy lost; its line and a number's line under it, none of what follows
            found.append(ContactBlock(start, start, end, None))
            bisect.insort(taken, (start, end))
    return found


# The financial statements' first heading: an earnings release's prose (and its contacts) ends there.
_STATEMENTS_HEADING = compile_lines(rf"^[ \t*#_>|]{{0,4}}{_STATEMENTS_TITLE}")


def _statements_start(doc: Document) -> int:
    """Where the release's tables start (past its first fifth), or its end: a label-less contact
    block sits in the second half of what comes before ("Michael R. Blackman, Chief Corporate
    Development Officer / (813) 555-2927" over "Consolidated Balance Sheets" and pages of tables)."""
    found = _STATEMENTS_HEADING.search(doc.text, len(doc.text) // 5)
    return found.start() if found is not None else len(doc.text)


_CERTIFIED_ADVISER = safe_compile(r"\bCertified\sAdviser\b")
# Who receives a shareholder's papers, not who answers questions.
_FILED_WITH = safe_compile(
    r"\b(?:nominations?|proposals?|proxies|proxy\sforms?|forms?|notices?|applications?|documents?|votes?)\b"
    r"[^\n]{0,60}?\b(?:addressed|sent|delivered|mailed|submitted|lodged|returned)\sto[ \t]?:?[ \t]*$",
    regex.IGNORECASE,
)
# A wrapped sentence's line that stops mid-phrase (three words of prose, then a preposition).
_SENTENCE_GOES_ON = safe_compile(
    r"\b\p{Ll}{2,20}\s\p{Ll}{2,20}\s(?:\w{1,20}\s){0,12}?(?:to|by|at|of|with|from|via|and|or|the)[ \t]*$"
)


# An address's city, its state or province ("CA", "Ontario") and its ZIP or postal code.
CITY = r"[A-Z][\w.' -]{1,30}"
STATE = r"(?:[A-Z]{2}|[A-Z][a-z]{2,12}\.?)"
POSTAL_CODE = r"(?:\d{5}(?:-\d{4})?|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d)"
# A city, state and ZIP (or province and postal code) line of an address.
# (the state in one or two words: "Paramus, New Jersey 07652")
POSTAL_LINE = safe_compile(
    rf"[ \t*_]{{0,4}}{CITY},[ \t]{{0,2}}{STATE}(?:[ \t]\p{{Lu}}\p{{Ll}}{{2,12}})?,?[ \t]{{1,2}}{POSTAL_CODE}"
    r"[ \t*_]{0,4}$"
)
# A town or county and a British postcode, alone on their line: "Hampshire RG24 8EP", "London EC2A 1PB".
_TOWN_AND_UK_POSTCODE = safe_compile(
    r"[ \t|*_]{0,4}\p{Lu}[\p{L}.'-]{1,25}(?:[ \t]\p{Lu}[\p{L}.'-]{1,25}){0,2},?[ \t]{1,2}"
    r"[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[A-Z]{2}[ \t|*_]{0,4}"
)
HEADER_REACH = 1500  # characters: where a release's header (logo, contact, date lines) can end


def _reached_just_below(doc: Document, start: int) -> bool:
    """A phone or email within the six lines under a name (title, firm, "Tel:", "Fax:",
    "Email:"), with no blank line between."""
    index = doc.line_index(start)
    for below in range(index + 1, min(index + 7, len(doc.line_starts))):
        a, b = doc.line_bounds(below)
        if not doc.text[a:b].strip():
            return False
        if below == index + 1 and (
            POSTAL_LINE.match(doc.text, a, b) or _TOWN_AND_UK_POSTCODE.fullmatch(doc.text, a, b)
        ):
            return False  # "Chineham Basingstoke / Hampshire RG24 8EP / Tel +44 ...": an address's lines, no name
        if (
            below == index + 2
            and POSTAL_LINE.match(doc.text, a, b)
            and any(c.isdigit() for c in doc.text[start:a])  # (a street's number above: not a title)
        ):
            return False  # "Acme City, MHC / West 80 Century Road / Paramus, New Jersey 07652": a letterhead
        if _REACH.search(doc.text, a, b):
            return True
    return False


def _first_prose_line(doc: Document) -> int:
    """Where the first line of prose (six lower-case words or more) starts, within the
    header's reach: contacts above it are the header's."""
    for start, end, line in doc.lines(0, min(len(doc.text), HEADER_REACH)):
        if end - start >= 24 and _lower_words(line) >= 6:  # six words of two letters, five spaces
            return start
    return min(len(doc.text), HEADER_REACH)


def _lower_words(line: str) -> int:
    """How many words of a line are all lower-case letters ("will", "the"; not "ir@acme")."""
    return sum(word.isalpha() and word.islower() for word in line.split())


# "Mynaric AG" alone on its line, its address or number on the next: a firm's own contact.
_FIRM_LINE = compile_lines(
    r"^[ \t*_]{0,4}\p{Lu}[\p{L}&.'-]{1,30}(?:[ \t]\p{Lu}[\p{L}&.'-]{1,30}){0,3}[ \t]"
    r"(?:AG|SE|ASA|AB|Oyj|plc|PLC|Inc\.|Ltd\.?|Limited|Corp\.|Corporation|LLC|LLP|N\.V\.|S\.A\.|GmbH|A/S)"
    r"(?:[ \t]\([\p{L}&/ ,-]{3,40}\))?[ \t*_]{0,4}$"  # "Peel Hunt LLP (Nominated Adviser & Broker)"
)
_REACH_LINE = safe_compile(r"[ \t*_\[]{0,4}(?:[\w.+-]{1,64}@|\+?\(?\d)")


_LONE_EMAIL_LINE = compile_lines(r"^[ \t*_]{0,4}[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}[ \t*_]{0,4}$")


def _lone_email_lines(doc: Document, half: int) -> list[tuple[int, int]]:
    """Lines in the second half holding only an email address, a blank line above and below and
    a paragraph of prose above that (in a copy that spaced every line, the lines above are its
    block's), each with the number alone on the line after the blank one ("ir@acme.com / (blank)
    / 925-555-6128")."""
    found = []
    text = doc.text
    for m in _LONE_EMAIL_LINE.finditer(text, doc.line_at(half)[0]):
        index = doc.line_index(m.start())
        if index < 2 or index + 1 >= len(doc.line_starts):
            continue
        above, below = doc.line_bounds(index - 1), doc.line_bounds(index + 1)
        if text[above[0] : above[1]].strip() or text[below[0] : below[1]].strip():
            continue
        paragraph = text[slice(*doc.line_bounds(index - 2))].strip()
        if len(paragraph) < _PROSE_ABOVE or not paragraph.endswith((".", ":")):
            continue
        start, end = doc.line_at(m.start())
        if index + 2 < len(doc.line_starts):
            number = doc.line_bounds(index + 2)
            if NUMBER_ONLY_LINE.fullmatch(text, *number):
                end = number[1]
        found.append((start, end))
    return found


_PROSE_ABOVE = 60  # characters: a paragraph's last line, not a name, a title or a number
NUMBER_ONLY_LINE = safe_compile(r"[ \t*_]{0,4}\+?\(?\d[\d ().-]{6,20}\d[ \t*_]{0,4}")


def _firm_lines(doc: Document, half: int) -> list[regex.Match[str]]:
    """Firm-name lines in the second half whose next line is an address or a number (or the
    line after a blank one: "Zumiez Inc. / (blank) / (425) 555-1500, ext. 1337")."""
    found = []
    for m in _FIRM_LINE.finditer(doc.text, doc.line_at(half)[0]):
        index = doc.line_index(m.start())
        if index + 1 < len(doc.line_starts):
            a, b = doc.line_bounds(index + 1)
            if not doc.text[a:b].strip() and index + 2 < len(doc.line_starts):
                a, b = doc.line_bounds(index + 2)
            if _REACH_LINE.match(doc.text, a, b):
                found.append(m)
    return found


def is_contact_label(line: str) -> bool:
    """Whether a line, alone, is a contact label ("Media Contact:", "FOR FURTHER INFORMATION
    PLEASE CONTACT:"): what follows it is reached, not dialled into."""
    stripped = line.strip()
    m = _CONTACT_LABEL.match(stripped)
    return m is not None and not stripped[m.end() :].strip(" *_:")


def _before_address(text: str, start: int, end: int) -> int:
    """Where a label's content starts when the label's tail took an address ("For more
    information, contact post@acme.no"): at the address."""
    at = text.find("@", start, end)
    if at == -1:
        return end
    while at > start and (text[at - 1].isalnum() or text[at - 1] in "._+-"):
        at -= 1
    return at


_LABEL_TAILS = frozenset({"us", "details", "information", "person", "persons", "people"})


# A title that can run on to a department on the line below: "Vice President\nInvestor Relations".
_TITLE_LINE = safe_compile(
    r"[ \t]{0,4}(?:(?:Senior|Executive|Assistant|Associate)\s)?"
    rf"(?:{alternation(TITLE_ENDINGS)})[ \t,]{{0,3}}"
)


def _ends_a_title(doc: Document, m: regex.Match[str]) -> bool:
    """ "Sarah Rowe\nVice President\nInvestor Relations\n(202) ...": a department alone on its
    line under a title line is the title's end, not a label over new contacts."""
    label_start = m.start() + len(m.group()) - len(m.group().lstrip())
    line_start, line_end = doc.line_at(label_start)
    if line_start == 0 or doc.text[label_start:line_end].rstrip().endswith(":"):
        return False
    above_start, above_end = doc.line_at(line_start - 1)
    return _TITLE_LINE.fullmatch(doc.text, above_start, above_end) is not None


def _is_label_line(doc: Document, m: regex.Match[str]) -> bool:
    """A label opens its line and is short, or is followed by a colon: not a sentence
    that merely mentions "contact"."""
    _, line_end = doc.line_at(m.start())
    rest = doc.text[m.end() : line_end]
    label = m.group().strip()
    # ("Contact – John R. Rowe, Managing Director, telephone: ...": a dash in the colon's place)
    if label.endswith((":", " -")) or rest.strip() == "" or rest.strip(" \t:*_").lower() in _LABEL_TAILS:
        return True  # ("Contact us", "Contact details" alone on their line)
    if label.startswith("|") and rest.startswith("|") and len(label) < 40:
        return True  # "| Contact | Ryan Rowe |": a table's label cell, the name in the next
    if m.group().endswith(("  ", "\t")) and len(label) < 40:
        return True  # "**Investor Contact**Sean Mansouri, CFA": the bold's end (now spaces) closes the label
    if m["role6"] and len(rest) < 50:
        return True  # "(Analysts) Matthew Stroud": a bracketed role before a name
    if len(rest) < 250 and _NAME_OPENS.match(rest) and _REACH.search(rest):
        # "Investor contact Stefanie Steiner Director of Investor RelationsTel.: +49 30 ...": a
        # block run on to one line, the label's colon lost
        return True
    return (len(label) + len(rest) < 60 and "@" in rest) or _COLON_OR_DASH.match(rest) is not None


def parse_placed(doc: Document, written: str, region: str | None) -> tuple[tuple[int, int, str], ...]:
    """The numbers in a run, parsed in the labelled region or North America; a number in
    national form that is neither is tried in the country the release places its issuer in
    (looked up only then). A number written with a "+" and the code of that country is its
    number first ("+571-234-5190" from a Colombian issuer is Bogotá's, not Virginia's)."""
    if region is None and written.lstrip().startswith("+") and (home := home_region(doc)) is not None:
        return parse_run(written, region, home)
    return parse_run(written, region) or parse_run(written, region, home_region(doc))


def home_region(doc: Document) -> str | None:
    """The country the release places its issuer in, by the first exchange or wire that
    fixes one ("London Stock Exchange", "Nasdaq Stockholm"); None when nothing does."""
    return doc.memo("home_region", _home_region)


def _home_region(doc: Document) -> str | None:
    low = lowered(doc.text)
    found = [(at, region) for hint, region in HOME_HINTS.items() if (at := low.find(hint)) >= 0]
    return min(found)[1] if found else None
