"""The issuer, as first named in full in the body: "ImmunoGen, Inc.", not "ImmunoGen".

Where to look, in order: the name just before the first "(Exchange: SYMBOL)" in the
body's first sentence; the run of name-like words that opens the body; the name before
the first ticker anywhere near the top; the first name with a legal suffix.
"""

from __future__ import annotations

from collections.abc import Callable

import regex

from ..document import Document
from ..lexicon import (
    EXCHANGES,
    LOCAL_TIME_PLACES,
    MONTHS,
    NUMBER_WORDS,
    PHONE_COUNTRIES,
    US_STATE_ZONES,
    alternation,
)
from ..regions import page_tail
from ..safety import compile as safe_compile
from ..safety import compile_lines
from ..scan import Words
from ..when import find_dates
from . import Part
from .dateline import body_start, header_end, time_stamp_line
from .headline import headline_line, is_page_chrome
from .source import SOURCE_LINE
from .tickers import colon_tickers

_MARKDOWN_LINK = safe_compile(r"\[(?P<label>[^\]\n]{1,120})\]\([^)\s]{0,600}\)")
_PARENTHETICAL = safe_compile(r"(?<!\])\s{0,2}\([^()\n]{0,120}\)\s{0,2}$")
# The issuer defines its short name: ("Applied DNA" or the "Company"), (the "Corporation").
# ('("PhosAgro" or "the Company")': the article inside the quotes)
# ("ISRAEL DISCOUNT BANK LTD. ( The Bank )": a copy that lost the quotes)
_DEFINITION = safe_compile(
    r"\((?=[^()\n]{0,80}[\"“](?:the\s)?(?:Company|Corporation|Group|Issuer|Bank|Trust|Partnership)[\"”]"
    r"|[ \t]{0,2}(?i:the)[ \t](?:Company|Corporation|Group|Issuer|Bank|Trust|Partnership)[ \t]{0,2}\))"
)
_LEGAL_SUFFIX = safe_compile(
    r"(?:Inc|Incorporated|Corp|Corporation|Co|Company|Ltd|Limited|LLC|L\.L\.C|LP|L\.P|plc|PLC|N\.V|NV|S\.A|SA|AG|SE|ASA"
    r"|AB|Oyj|Abp|Holdings?|Group|Trust|GmbH|S\.p\.A|SpA|B\.V|K\.K|\(publ\)|A/S|ApS"
    # a US national bank's: "Zions Bancorporation, N.A."
    r"|N\.A"
    # Latin American forms: "Betterware de México, S.A.P.I. de C.V.", "S.A.B. de C.V.", "Ltda."
    r"|S\.A\.B|S\.A\.P\.I|C\.V|S\.A\.S|Ltda|S\.R\.L"
    # a name in capitals: "ACME SILVER & GOLD MINES LTD. SECOND QUARTER 2020 RESULTS ..."
    r"|INC|CORP|CORPORATION|LTD|LIMITED|Berhad|BERHAD|Bhd)\.?,?",
)
_CONNECTOR = frozenset(
    {"&", "of", "and", "e", "de", "du", "la", "le", "für", "the", "for", "y", "et", "del", "des", "da", "do", "di"}
)
# A figure's words, never in a name: "Total GAAP revenues of $187.8 million".
_MEASURE_WORDS = frozenset({"gaap", "non-gaap", "ifrs", "ebitda", "ebit"})
# Words that open sentences, not names: "This news release ...", "NOTICE IS HEREBY GIVEN", "On Thursday ...",
# "Seven years after buying a historic brewery, The Acme Beer Company ...".
_NOT_NAME_WORDS = _MEASURE_WORDS | frozenset(
    {"this", "the", "notice", "on", "in", "at", "for", "today", "we", "our", "it", "i", "details", "as", "a", "an",
     "is", "are", "was", "will", "has", "hereby", "given", "press", "release", "news", "information", "ex",
     "exhibit", "all", "toast", "year", "contact", "contacts", "about", "conference", "call", "date", "time",
     "due", "with", "following", "according", "amid", "despite", "pursuant", "further", "effective", "during",
     "since", "from", "by", "company", "announcement", "under", "regarding", "concerning", "reference",
     # a results table's first cell: "GAAP ($ millions, except per share data) | Q2 FY26 | Q2 FY25"
     "revenue", "revenues", "highlights",
     # a sentence that opens with when, not who: "Yesterday the Government announced ..."
     "yesterday", "tomorrow", "tonight", "earlier", "later", "last", "after", "before", "when", "while",
     # a letter's salutation: "Dear Sir / Madam The Company advises ..."
     "dear",
     # a letterhead's address under the name: "Apt. D11, Les Acanthes"
     "apt.", "apt", "suite",
     # a web page's link over the body: "Download the presentation", "View the PDF"
     "download", "view", "print", "share", "click",
     # a Nordic disclosure line: "Informationen är sådan som Acme ska offentliggöra ...", "Tämä tiedote ..."
     "informationen", "informasjonen", "oplysningerne", "tämä", "denna", "denne", "dette",
     # a currency's code opening a figure a copy wrapped to a line's start: "EUR 2,289 million"
     "eur", "usd", "gbp", "sek", "nok", "dkk", "chf", "jpy", "cad", "aud", "nzd", "hkd", "inr", "msek", "meur", "musd",
     # a notice's opening about the pandemic: "COVID-19 - In light of current ... guidelines"
     "covid-19", "covid", "coronavirus"}
) | frozenset(NUMBER_WORDS)  # fmt: skip
# An office's name inside a run of capitalised words, a name after it: "Press Office Acme Limited".
_UNIT_IN_NAME = safe_compile(r"(?<=\w[ \t])(?:Office|Department|Division|Desk)[ \t](?=\p{Lu})")
# The last word of a firm's unit, not of a firm.
_PART_OF_A_FIRM = frozenset({"department", "division", "team", "unit", "section", "desk"})
# "the Listing Rules of The Stock Exchange of Hong Kong Limited": the market, not the issuer.
# (and a registrar proxies are sent to: "deposited with ... CIBC Mellon Trust Company")
_MARKET_OPERATOR = safe_compile(
    r"\b(?:Stock\s{1,3}Exchange|Exchanges?\s{1,3}and\s{1,3}Clearing|Securities\s{1,3}Exchange"
    r"|Trust\s{1,3}Company|Stock\s{1,3}Transfer|Transfer\s{1,3}Agent|Computershare"
    # "a proxy form must be deposited with Share Registrars Limited": the registrar, not the issuer
    r"|Registrars?|Equiniti"
    # a registrar or a depository: "Tricor Investor Services Limited", "Caja de Valores S.A."
    r"|Investor\s{1,3}Services|Share\s{1,3}Registry|Depositor(?:y|ies)|Caja\s{1,3}de\s{1,3}Valores"
    # Denmark's central securities depository: "an updated statement from VP Securities A/S"
    r"|VP\s{1,3}Securities|Euroclear"
    # "announcements to NASDAQ Copenhagen A/S": the market, named with its own legal suffix
    r"|(?i:nasdaq)(?:\s{1,3}OMX)?\s{1,3}(?:Copenhagen|Stockholm|Helsinki|Iceland|Riga|Tallinn|Vilnius)|Oslo\s{1,3}B[øo]rs"
    # "The Company has informed the BSE Limited that ...": the exchange an Indian notice is filed with
    r"|BSE\s{1,3}(?:Limited|Ltd)|National\s{1,3}Stock\s{1,3}Exchange"
    # "in accordance with the NZX Limited Main Board Listing Rules"
    # ("ASX Compliance Pty Limited" over "Dear Renee,": the exchange's compliance desk a letter answers)
    r"|(?:ASX|NZX|SGX)\s{1,3}(?:Compliance\s{1,3}(?:Pty\s{1,3})?)?(?:Limited|Ltd)"
    # a letter to the New York exchange's regulator: "New York Stock Exchange / NYSE Regulation Inc."
    r"|NYSE\s{1,3}Regulation)\b"
)
# A market's regulator, whom an issuer's letter is addressed to ("Securities and Exchange Commission -
# SEC / Re.: MATERIAL EVENT"): never an issuer.
_REGULATOR = safe_compile(
    r"\b(?:Securities\s(?:and|&)\sExchange\sCommission|Securities\sCommission|Superintendencia\s(?:de|del)\s"
    r"|Comisi[óo]n\sNacional\s|Comiss[ãa]o\sde\sValores|Financial\sSupervisory\s(?:Authority|Commission|Service))",
    regex.IGNORECASE,
)
# "To: NASDAQ Copenhagen A/S": the letter's addressee, not its sender.
_ADDRESSEE = safe_compile(r"[ \t*_|]{0,4}(?:To|TO|Attn\.?|Attention)[ \t]{0,2}:[ \t]{0,4}")
# "ETION LIMITED (previously known as Ansys Limited)": the name it traded under before.
_FORMER_NAME_BEFORE = safe_compile(r"\b(?:formerly|previously)(?:\s(?:known\s)?as)?\s{1,2}$", regex.IGNORECASE)
# A reporting period's code opening the words before "Company": "Q4 FY 2026", "FY2025", "H1 2024".
_PERIOD_FIRST = safe_compile(r"(?:Q[1-4]|H[12]|FY\d{0,4}|(?:19|20)\d\d)\b")
# "received by the Company's Share Registrar, M & C Services Private Limited at ...": the registrar.
_REGISTRAR_BEFORE = safe_compile(
    r"\b(?:registrar|transfer\sagent|share\sregistry)(?:\sand\stransfer\s(?:agent|office))?,?\s{1,2}(?:is\s)?$",
    regex.IGNORECASE,
)
# "übermittelt durch DGAP - ein Service der EQS Group AG": the wire's own firm, not the issuer.
_SERVICE_OF_BEFORE = safe_compile(r"\b(?:a\sservice\sof|ein\sService\sder)\s{1,2}(?:the\s)?$", regex.IGNORECASE)
# "the acquisition of Eagle Systems Ltd, Dado Srl and Wintex ApS was completed": a deal's other
# parties, named in the sentence after the deal's word.
_DEAL_BEFORE = safe_compile(
    r"\b(?:acquisitions?|purchases?|divest(?:ment|iture)s?|sales?|takeovers?)\sof\b|\bacquir(?:e|ed|es|ing)\b"
    r"|\bmerg(?:er|ed|ing)\swith\b",
    regex.IGNORECASE,
    needs=("acqui", "purchase", "divest", "sale", "takeover", "merg"),
)
# "Frigotech AB was divested."
_DEALT_AFTER = safe_compile(r"[ \t]{1,2}(?:was|were|has\sbeen|have\sbeen)\s(?:divested|acquired|sold)\b")
_DEAL_REACH = 80  # characters before a name, within its sentence, read for a deal's word
_OPENER_COMMA = safe_compile(r",[ \t]{1,2}")
_SHARE_CLASS_WORDS = frozenset({"common", "shares", "stock", "ordinary", "preferred", "ads", "adss", "units"})
# Words that make the capitalised word after them a common noun ("... services to consumers and
# other FinTechs (WKN: A40VJN)": the issuer's identifiers close a long appositive).
_QUANTIFIERS = frozenset({"other", "all", "some", "many", "several", "various", "such", "these", "those", "both"})
_PREPOSITIONS = frozenset({"At", "In", "For", "On", "Of", "During", "Following"})
# Words that open a sentence of instructions, never an issuer's whole name: "To access the live webcast ..."
_INSTRUCTION_OPENERS = frozenset(
    {"To", "Please", "If", "For", "You", "We", "Our", "This", "When", "After", "Before",
     "Hence", "Therefore", "However", "Moreover", "Furthermore", "Additionally", "Meanwhile", "Accordingly",
     "Consequently", "Finally", "Today"}
)  # fmt: skip
# What a release calls its issuer once defined: no name of its own.
_GENERIC_NAMES = frozenset(
    {"the company", "company", "the corporation", "corporation", "the group", "the bank",
     # a legal form alone: "Inc. Announces Conference Call" (a name cut off before it)
     "inc.", "inc", "corp.", "ltd.", "ltd", "llc", "plc", "ag", "asa", "ab", "oyj", "n.v.", "s.a.", "limited"}
)  # fmt: skip
# A kind of firm, not a firm: "a Public Company", "Our Company", "an Austrian Stock Corporation".
_KIND_OF_FIRM_WORDS = frozenset(
    {"the", "a", "an", "our", "your", "this", "such", "each", "public", "listed", "parent", "holding", "stock",
     "joint", "private", "limited", "austrian", "german", "swiss", "danish", "norwegian", "swedish", "finnish",
     "dutch", "israeli", "foreign", "domestic"}
)  # fmt: skip


def _generic_firm(name: str) -> bool:
    words = name.replace(",", " ").split()
    return len(words) > 1 and all(word.lower() in _KIND_OF_FIRM_WORDS for word in words[:-1])


# "The Board of Directors of Illinois Tool Works Inc. declared ...": the issuer follows.
# ("Officials of Acme Bancorp, Inc. said today ...": the people who speak for it)
_GOVERNING_BODY = safe_compile(
    r"(?:The\s{1,3})?(?:Board\s{1,3}of\s{1,3}Directors|Officials|Executives|(?:Senior\s{1,3})?Management)"
    r"\s{1,3}of\s{1,3}(?:the\s{1,3})?"
)
# Law firms' alerts open with "Attorney Advertising--Bronstein, Gewirtz & Grossman, LLC, ..." or
# "The law firm of [Kessler Topaz Meltzer & Check, LLP](...) reminds ...".
# A paid wire's byline: "Disseminated on behalf of PowerBank Corporation".
_ADVERTISING = safe_compile(
    r"Attorney\s{1,3}Advertising\s{0,2}[-–—:]{1,2}\s{0,2}|(?:The\s{1,3})?law\s{1,3}firm\s{1,3}of\s{1,3}"
    r"|Disseminated\s{1,3}on\s{1,3}behalf\s{1,3}of\s{1,3}",
    regex.IGNORECASE,
)
# An exchange's standard disclaimer opens HKEX announcements: "Hong Kong Exchanges and
# Clearing Limited and The Stock Exchange of Hong Kong Limited take no responsibility ...".
_DISCLAIMER = safe_compile(r"\btake\s{1,3}no\s{1,3}responsibility\b|\bmake\s{1,3}no\s{1,3}representation\b")
# A meeting's notice names its auditor: "To vote to appoint Davidson & Company LLP, Chartered
# Professional Accountants, as our independent auditor". The firm audits the issuer; it is not it.
_AUDITOR_AFTER = safe_compile(
    r",?\s{1,3}(?:(?:Chartered|Certified)\s{1,3}(?:Professional\s{1,3}|Public\s{1,3})?Accountants"
    r"|(?:as|to\sbe)\s{1,3}(?:the\s|our\s|its\s|the\sCompany's\s)?(?:independent\s)?(?:registered\s)?"
    r"(?:public\s)?(?:auditors?|accounting\sfirm))\b",
    regex.IGNORECASE,
)
_AUDITOR_BEFORE = safe_compile(r"\b(?:re-?)?appoint(?:ment\sof)?\s{1,3}$", regex.IGNORECASE)
_TITLE_OF = safe_compile(
    # ("President and CEO of Acme Corp. (OTC BB: ACMW)": titles joined by "and")
    r"(?:[A-Z][\w&.-]{0,20}\s(?:(?:and|&)\s)?){0,3}?(?:CEO|CFO|COO|CTO|Chair(?:man|woman|person)?|President|Directors?|Head|Manager"
    # ("The Board of Directors for Acme Power Corporation (TSX: ACP)")
    r"|Founder|Partner|Members?|Board|Officer|Secretary|Treasurer|Trustees?)\s(?:of|(?<=Directors\s)for)\s(?:the\s)?"
    # "the shareholders of Cision AB", "ANNUAL GENERAL MEETING OF DIC ASSET AG", "AGM OF ESPERITE N.V.":
    # the meeting's company, not its name.
    # ("the 43rd Annual Shareholders Meeting of Nichii Gakkan Company")
    # ("the Annual Financial Report of Wesfarmers Limited": a document's title)
    # ("To the Shareholders of Cavotec SA: Notice of the Annual General Meeting": a notice's addressees)
    # ("Annual GeneralMeeting of Elanor Investors Limited": a PDF's copy lost a space)
    r"|(?:(?i:to\sthe)\s)?(?:[A-Z0-9][\w&.'’-]{0,20}\s){0,4}?(?:\p{Lu}\p{Ll}{1,20}(?=Meeting))?"
    r"(?i:shareholders|stockholders|meetings?|notice|invitation|agm|egm"
    # ("Essential Fact of SalfaCorp S.A.": a Chilean filing's "hecho esencial")
    r"|reports?|statements|accounts|facts?)"
    # "Annual Shareholders Meeting 2019 of Siemens AG", "Annual General Meeting (AGM) of Acme Ltd."
    r"(?:\s\(\p{Lu}{2,5}\))?(?:\s(?:19|20)\d\d)?\s(?i:of)\s"
    r"(?:(?i:the)\s)?"
    r"|(?i:of)\s"
    # "2017 Annual General Meeting Altona Mining Limited (Altona or the Company)": a heading run on
    # ("Invitation Annual General Meeting Gerresheimer AG", a PDF's cover run on)
    # ("Arrangements for Annual General Meeting AstraZeneca PLC (the Company)")
    # ("Ordinary General Shareholders Meeting. Abengoa S.A.", "CALL TO THE ORDINARY GENERAL SHAREHOLDERS'
    # MEETING ORYZON GENOMICS, S.A.": a Spanish issuer's)
    r"|(?:(?i:invitation|notice|convocation|call|arrangements\sfor)\s(?:(?i:to|of)\s(?:(?i:the)\s)?)?)?"
    r"(?:(?:19|20)\d\d\s)?(?i:annual|extraordinary|special|ordinary)\s(?:(?i:general)\s)?"
    r"(?:(?i:shareholders|stockholders)['’]?\s)?(?i:meeting)\.?\s(?=\p{Lu})"
    r"|SOURCE:?\s"  # the wire's "SOURCE GKGD International Trade Co., Ltd" line
    # a notice's documents run on before the name: "... of Members and Explanatory Statement Acme Limited"
    r"|(?:(?:[A-Z][\w&.'’-]{0,20}|and|&)\s){0,4}?(?i:explanatory\s(?:statement|memorandum|notes)|proxy\sform)\s(?=\p{Lu})"
    # A Japanese notice's signatory: "Hitoshi Yoshida President and CEO Tokyo Seimitsu Co., Ltd",
    # "Representative Director, President SENKO Group Holdings Co., Ltd."
    # (two titles, or one after a director's: "President Chain Store Corporation" is a name)
    r"|(?:Representative\sDirector|President|Chairman|CEO|COO)(?:(?:,|\sand|\s&)\s(?:Representative\sDirector"
    r"|President|Chairman|CEO|COO|Chief\sExecutive\sOfficer)){1,3}\s(?=\p{Lu})"
    r"|(?<=Director,?\s)President\s(?=\p{Lu})|Representative\sDirector\s(?=\p{Lu})"
)


# A meeting's title with no company in it.
_MEETING_TITLE = safe_compile(
    r"(?i:(?:convocation|notice|invitation|call)\s(?:of|to)\s(?:the\s)?)?(?i:(?:19|20)\d\d\s)?"
    r"(?i:(?:annual|extraordinary|special|ordinary)\s)?(?i:general\s)?(?i:(?:shareholders|stockholders)['’]?\s)?"
    r"(?i:meeting|agm|egm)(?i:\sof\s(?:the\s)?(?:shareholders|stockholders|unitholders|members))?"
)


def _past_titles(text: str, start: int, end: int) -> int:
    """Where the name starts past the titles and meetings before it: "Meeting of Shareholders
    of Galilee Energy Limited" -> "Galilee Energy Limited"."""
    while (title := _TITLE_OF.match(text, start, end) or _SIGNATORY.match(text, start, end)) is not None and (
        title.end() < end
    ):
        start = title.end()
    return start


# A Japanese notice's signatory over the company, run on to one line by a PDF's transcription:
# "Kiyoshi Rowe Representative Director, Chairman, President and Chief Executive Officer Rengo Co., Ltd"
# (a word before the title: "President Chain Store Corp." is a name)
_SIGNATORY = safe_compile(
    # ("Yours sincerely Jane Rowe Company Secretary Acme Corporation of New Zealand Limited")
    r"(?:[A-Z][\w&.-]{0,20},?\s(?:and\s)?){1,6}?(?:CEO|COO|CFO|Officer|President|Director|Chairman|Secretary)\s(?=\p{Lu})"
    r"|Secretary\s(?=\p{Lu})"  # (the title alone, its line wrapped after "Company")
    # ("Shigetomo Rowe, President TOSHIBA MACHINE CO., LTD.": a title in title case before a name in capitals)
    r"|(?:President|Chairman|Director|Officer)\s(?=\p{Lu}{2,}[\p{Lu}\d&.'-]*(?:\s\p{Lu}[\p{Lu}\d&.'-]*){0,4},?\s(?:CO|LTD|INC|CORP)\b)"
    # ("Company name Representative Contact Toyo Tire & Rubber Co., Ltd.": a notice's header labels)
    r"|(?:Company\sname\s)?(?:Representative\s)?Contact\s(?=\p{Lu})"
    # ("... General Secretary and Secretary to the Board of Directors TELEFÓNICA, S.A.": the signatory's office)
    r"|(?<=\b(?i:board\sof\s))Directors\s(?=\p{Lu})"
)


# With no dateline, a legal name this far down yields to the "About ..." heading's name.
_LATE_LEGAL_NAME = 2000
LEGAL_NAME_REACH = 5000  # characters from the body's start in which the issuer is named at the latest
# A lower-case brand before its legal suffix: "lululemon athletica inc.", "iRobot Corp.".
_LOWER_NAME_WORD = safe_compile(r"[A-Za-z][\w&'-]{0,30}")


def _past_run_on_words(text: str, start: int, end: int) -> int:
    """Where a legal name starts past a heading or a sentence a copy ran on to it: "HALF YEAR
    ENDED 30 SEPTEMBER 2017 AFT Pharmaceuticals Limited" (a date is no word of a name), "First
    Quarterly Results. The Company" (nor is a sentence's end)."""
    for mention in find_dates(text, start, end):
        if mention.year is not None:
            start = mention.end + len(text[mention.end : end]) - len(text[mention.end : end].lstrip())
    for boundary in _SENTENCE_IN_NAME.finditer(text, start, end):
        start = boundary.end()
    for period in _MONTH_AND_YEAR.finditer(text, start, end):
        start = period.end()  # ("... ENDED 30\nSEPTEMBER 2017 AFT Pharmaceuticals Limited": the day wrapped above)
    heading = _CAPITALS_RUN.match(text, start, end)
    if heading is not None:
        start = heading.end()  # "... AND IMPROVED ORDER BACKLOG Metso Corporation": a capitals heading run on
    return start


# Three or more words in capitals, then a name in title case that goes on to its legal suffix.
_CAPITALS_RUN = safe_compile(r"(?:\p{Lu}{2,20}[ \t]){3,12}(?=\p{Lu}\p{Ll}[\w&.'-]{0,30}[ \t]\S)")
_MONTH_AND_YEAR = safe_compile(rf"\b(?i:{alternation(MONTHS)})\.?[ \t](?:19|20)\d\d[ \t]{{1,2}}")
# A sentence's end inside the words before a legal suffix: "Results. The Company", "... ended 31
# December 2018. Oyj will publish" (a copy that dropped the name before the form), "... in Q3
# FY2025. The Company's financial results".
_SENTENCE_IN_NAME = safe_compile(r"(?<=\p{Ll}{3}|\d)\.[ \t]{1,2}(?=\p{Lu})")
# A letter's salutation, run on to the name after it by a copy that lost its line breaks.
_HEADING_BEFORE_NAME = safe_compile(
    r"(?:HIGHLIGHTS|Highlights|ANNOUNCEMENT|Announcement|SUMMARY|Summary)[ \t]{1,3}(?=\p{Lu})"
)
_SALUTATION = safe_compile(r"(?:Sirs?|Madam|Madame|Mesdames|Messieurs|Gentlemen)[ \t]{1,2}(?=\p{Lu})")
_SEGMENT_AFTER = safe_compile(
    r"(?:[ \t](?:and|&)[ \t]\p{Lu}[\w-]{1,25}){0,2}[ \t](?i:segment|division|business\sarea|business\sunit|unit)\b"
)
# An Australian state's postcode after its letters: "Level 1, Grenfell Street Adelaide SA 5000" is an address.
_POSTCODE_AFTER = safe_compile(r"[ \t]{1,2}\d{4}\b")


def _australian_state(text: str, found: regex.Match[str]) -> bool:
    """ "Grenfell Street Adelaide SA 5000", "North Terrace, Adelaide, SA, commencing": South
    Australia in an address (its postcode after it, or a place in a list of an address's parts),
    not a société anonyme."""
    if not found["name"].endswith((" SA", ",SA")):
        return False  # (not "Axactor ASA")
    if _POSTCODE_AFTER.match(text, found.end()):
        return True
    return text[max(0, found.start() - 2) : found.start()] == ", " and text[found.end() : found.end() + 1] == ","


# "Company" as a word of an office or a role, not a legal form: "Jane Rowe Company Secretary",
# "The Manager Company Announcements Office" (ASX), "Listed Company Relations" (NZX).
_SECRETARY_AFTER = safe_compile(r"\s{1,2}(?:Secretar(?:y|ies)|Announcements?|Relations)\b")
_LEGAL_NAME = safe_compile(
    # On one line: "Audited Financial Statements\nThe Company hereby ..." is no name.
    # ("SCHMOLZ+BICKENBACH AG": a plus joins two names)
    # ("Sterlite Industries (India) Limited", "MOTOR OIL (HELLAS) S.A.": a country's name in brackets)
    # ("Eimskipafélag Íslands hf.": Iceland's letters and its legal form)
    # (any capital first, not [A-Z]: timed, the engine finds the names the faster so)
    # ("Sociedad Quimica y Minera de Chile S.A.", "Companhia de Saneamento Básico do Estado": a
    # Romance or Germanic name's small words)
    r"(?<![\w.+])(?P<name>(?:The[ \t])?\p{Lu}[\w&.'+-]{0,30}(?:[ \t](?:[\p{Lu}0-9][\w&.'+-]{0,30}|of|and|&"
    r"|de|y|e|et|del|da|do|du|des|di|der|van|von|für"
    r"|\(\p{Lu}\p{L}{1,20}\))){0,5}"
    r",?[ \t](?:Inc\.|Incorporated|Corporation|Corp\.|Company|Ltd\.?|Limited|plc|PLC|p\.l\.c\.|N\.V\.|S\.A\.|SA|AG|SE"
    r"|ASA|AB|Oyj|Holdings?|LLC|L\.P\.|Trust|A/S|hf\."
    # a name in capitals: "OSAKA SODA CO., LTD.", "ACME HOLDINGS CORPORATION"
    r"|LTD\.?|LIMITED|INC\.|CORPORATION|CORP\.|Berhad|BERHAD|Bhd\.?))"  # (Malaysia's: "MALAYAN BANKING BERHAD")
    # "Bonheur ASAwillpublish": a copy that lost its spaces glued the verb on to the suffix.
    r"(?:(?![\w/])|(?<=[A-Z])(?=(?:will|has|have|is|was|today|announce|report|publish|present|invite|hold|host)\p{Ll}{0,12}\b))"
)


# A ticker a copy left bare after the legal name (it dropped "(NASDAQ:" and ")" with the link).
_BARE_SYMBOL_AFTER_SUFFIX = safe_compile(r"(?<=\b(?:Inc|Corp|Ltd|Co|LLC|plc|PLC)\.?)[ \t]{1,2}[A-Z]{2,5}$")
# A date stamp the body opens with ("16-March-2020 / 08:32 CET/CEST"), where a name would stand.
_DATE_STAMP = safe_compile(rf"\d{{1,2}}[-./ ](?i:{alternation(MONTHS)})[-./ ]\d{{4}}")


def extract(doc: Document) -> Part:
    found = _issuer(doc)
    cover = _registrant_on_cover(doc)
    if cover is None:
        return found
    name = found.values["company"]
    registrant = doc.text[cover[0] : cover[1]]
    if isinstance(name, str) and set(_WORD_CHARS.findall(name.lower())) & set(_WORD_CHARS.findall(registrant.lower())):
        return found  # the body names the registrant its own way ("Nova" on a cover's "NOVA LTD.")
    # "Grifols, S.A. / (Translation of registrant's name into English)": an SEC form's cover names
    # the issuer when the exhibit's own first lines name something else or nothing.
    return Part(values={"company": registrant}, spans={"company": cover})


# The name line over an SEC form cover's caption.
_REGISTRANT_CAPTION = compile_lines(
    r"^[ \t*_|]{0,4}(?P<name>\p{L}[^\n|]{1,78}?)[ \t*_|]{0,4}\n[ \t*_|]{0,4}\("
    r"(?i:exact\sname\s(?:of\sregistrant|as\sspecified)|translation\sof\sregistrant['’]s\sname)"
)
# "N/A (Translation of registrant's name into English)": a cover with no English name to give.
_NO_NAME = frozenset({"n/a", "n.a.", "na", "none", "not applicable", "-", "—"})
_REGISTRANT_REACH = 3000  # characters: the cover opens the filing
_WORD_CHARS = safe_compile(r"\w{2,}")


def _names_a_place(name: str) -> bool:
    """ "Buenos Aires", "CHILE", "CALGARY, AB": a city, country or state (and its short code)."""
    parts = [" ".join(part.split()).lower().strip(" .") for part in name.split(",")]
    # (the first part a name, not a code: "On" is a brand, not Ontario)
    first_is_place = len(parts[0]) > 2 and parts[0] in _PLACE_NAMES
    return first_is_place and all(part in _PLACE_NAMES or len(part) == 2 for part in parts[1:])


# What follows a city and its province's code: a comma, the line's end, or the postal code
# ("CALGARY, AB, July 28", "Calgary, AB T2E 6W5"), not a name ("Lithuania, AB LIETUVOS ELEKTRINĖ").
_CODE_ENDS_PLACE = safe_compile(r"[ \t]{0,2}(?:,|\n|$|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d\b|\d{5}\b)")
_STREET_IN_NAME = safe_compile(
    r"\b\d{1,5}[ \t](?:\p{Lu}[\p{L}.'-]{1,20}[ \t]){1,3}(?:Trail|Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Drive|Dr\.?"
    r"|Boulevard|Blvd\.?|Way|Lane|Parkway|Place|Court)\b"
)
_PLACE_NAMES = frozenset({*LOCAL_TIME_PLACES, *PHONE_COUNTRIES, *US_STATE_ZONES})


def _registrant_on_cover(doc: Document) -> tuple[int, int] | None:
    if "registrant" not in doc.text[:_REGISTRANT_REACH].lower():
        return None
    m = next(
        (
            caption
            for caption in _REGISTRANT_CAPTION.finditer(doc.text, 0, min(len(doc.text), _REGISTRANT_REACH))
            if caption["name"].strip().lower() not in _NO_NAME
        ),
        None,
    )
    if m is None or find_dates(doc.text, m.start("name"), m.end("name")):
        return None  # "Date of Report (Date of earliest event reported) October 2, 2003": a copy lost the name
    return int(m.start("name")), int(m.end("name"))


# A German wire's header names the issuer before its keyword: "DGAP-News: Acme
# Aktiengesellschaft / Bekanntmachung der Einberufung ...", "EQS-Adhoc: Acme AG / Key word(s): ...".
# ("EANS-General Meeting: AT & S Austria Technologie & Systemtechnik\nAktiengesellschaft / Invitation ...":
# euro adhoc's header, the name wrapped at a fixed width)
_WIRE_HEADER = compile_lines(
    r"^[ \t*_]{0,4}(?:DJ[ \t])?(?:DGAP|EQS|EANS)-[\w-]{2,12}(?:[ \t][\w-]{2,12})?[ \t]{0,2}:[ \t]{1,2}"
    r"(?P<name>\p{Lu}[^/:\n]{1,80}?(?:\n[^/:\n]{1,40}?)?)[ \t]{1,2}/"
)
_WIRE_HEADER_REACH = 1500  # characters: the header opens the page


def _wire_header_issuer(doc: Document) -> tuple[int, int] | None:
    found = _WIRE_HEADER.search(doc.text, 0, min(len(doc.text), _WIRE_HEADER_REACH))
    return found.span("name") if found is not None else None


def _issuer(doc: Document) -> Part:
    text = doc.text
    start = body_start(doc)
    top = min(header_end(doc), page_tail(doc))  # (a news page's links under a short release name others)
    # Tried in order, each only if the ones before found nothing.
    candidates: list[Callable[[], tuple[int, int] | None]] = [lambda: _wire_header_issuer(doc)]
    if start is not None:
        sentence_end = min(doc.sentence_at(start)[1], start + 600)
        definition = _DEFINITION.search(text, start, sentence_end)
        ticker = _first_ticker(text, start, definition.start()) if definition is not None else None
        if ticker is not None:
            # "Acme Holdings Limited (NYSE: ACM), a retailer for brands in China ("Acme" or the
            # "Company")": the name at the ticker, not the words before a late definition.
            candidates.append(lambda: _name_before(text, _first_ticker, start, sentence_end))
        # (a law firm's alert defines the company it concerns: the firm is the issuer)
        candidates.append(lambda: _subject_of_an_alert(text, start, sentence_end))
        candidates.append(lambda: _name_before(text, _DEFINITION.search, start, sentence_end))
        candidates.append(lambda: _name_before(text, _first_ticker, start, sentence_end))
    opening = start if start is not None else _first_body_paragraph(doc)
    if start is None and opening is not None:
        # No dateline found: a definition in the first paragraph's sentence names the issuer before
        # the words that open it ("Moscow – The Board of Directors of PhosAgro ("PhosAgro" or "the Company")")
        opening_end = min(doc.sentence_at(opening)[1], opening + 600)
        candidates.append(lambda: _subject_of_an_alert(text, opening, opening_end))
        candidates.append(lambda: _name_before(text, _DEFINITION.search, opening, opening_end))
    if opening is not None:
        candidates.append(lambda: _release_header_name(doc, _headline_subject_or_leading_name(doc, opening)))
    candidates.append(lambda: _byline(doc))
    candidates.append(lambda: _headline_issuer(doc))
    candidates.append(lambda: _headline_name_before_dash(doc))
    candidates.append(lambda: _name_before(text, _DEFINITION.search, start or 0, top))
    candidates.append(lambda: _name_before(text, _first_ticker, start or 0, top))
    for candidate in candidates:
        found = candidate()
        if found is not None and text[found[0] : found[1]].lower() not in _GENERIC_NAMES:
            a, b = found
            board = _BOARD_AFTER_NAME.fullmatch(text, a, b)
            if board is not None:
                b = board.end("name")  # "NLMK Board of Directors held on ...": the board's company
            a = _past_titles(text, a, b)  # "Shareholders of Cision AB (the "Company")"
            if text.startswith(_PORTAL_PREFIX, a) and b - a > len(_PORTAL_PREFIX):
                a += len(_PORTAL_PREFIX)  # "REG-Polymetal International plc": a news portal's mark
            if _DATE_STAMP.fullmatch(text, a, b):
                continue  # "16-March-2020 / 08:32 CET/CEST" over the body: a portal's time stamp
            if _REGULATOR.search(text, a, b):
                continue  # "Securities and Exchange Commission - SEC" over a letter: its addressee
            if _MEETING_TITLE.fullmatch(text, a, b):
                continue  # "Convocation of Extraordinary General Meeting of Shareholders": a heading, no name
            if text[a:b].count(")") > text[a:b].count("("):
                continue  # "(Official Notice)" under a date line: a bracket's words, cut from their opening
            if _names_a_place(text[a:b]):
                continue  # "Buenos Aires, October 10, 2019" over a letter, "CALGARY, AB": where, not who
            if text[a:b].rsplit(None, 1)[-1].lower() in _PART_OF_A_FIRM:
                continue  # "Acting General Manager of Corporate Planning Department": a signatory's unit
            a = _after_a_glued_repeat(text, a, b)
            year = _GLUED_YEAR.match(text, a, b)
            if year is not None:
                a = year.end()  # "March 5, 2006AT&T Inc.", "November 19, 202051job, Inc.": the date's year glued on
            glued = _GLUED_HEADING.match(text, a, b)
            if glued is not None:
                a = glued.end()  # "HIGHLIGHTSMarriott International, Inc.": a heading lost its line break
            bare = _BARE_SYMBOL_AFTER_SUFFIX.search(text, a, b)
            if bare is not None:
                b = (
                    bare.start()
                )  # "Lakeside Industries, Inc. LAKE (the "Company")": a copy kept the link, not its exchange
            # (one line, as a name wrapped by a fixed-width copy reads: "BioSphere\nMedical, Inc.")
            return Part(values={"company": " ".join(text[a:b].split())}, spans={"company": (a, b)})
    m = next(
        (
            found
            for found in _LEGAL_NAME.finditer(text, 0, min(page_tail(doc), (start or 0) + LEGAL_NAME_REACH))
            if not _DISCLAIMER.search(text, found.end(), min(len(text), found.end() + 160))
            and not _AUDITOR_AFTER.match(text, found.end())
            and not _AUDITOR_BEFORE.search(text, max(0, found.start() - 20), found.start())
            and found["name"].lower() not in _GENERIC_NAMES
            and _SALUTATION.sub("", found["name"], count=1).lower() not in _GENERIC_NAMES  # "Madam The Company"
            and text[_past_run_on_words(text, found.start("name"), found.end("name")) : found.end("name")].lower()
            not in _GENERIC_NAMES  # "First Quarterly Results. The Company"
            and not _SECRETARY_AFTER.match(text, found.end())  # "Yours faithfully Jane Rowe Company Secretary"
            and not _australian_state(text, found)
            and not _SEGMENT_AFTER.match(text, found.end())  # "The Strategic Holdings and Investments segment"
            and found["name"].split()[0].rstrip(",") not in _INSTRUCTION_OPENERS  # "Hence, AB Volvo ..."
            and not _FORMER_NAME_BEFORE.search(text, max(0, found.start() - 40), found.start())
            and not _SERVICE_OF_BEFORE.search(text, max(0, found.start() - 24), found.start())
            and not _REGISTRAR_BEFORE.search(text, max(0, found.start() - 40), found.start())
            and not _PERIOD_FIRST.match(found["name"])  # "Q4 FY 2026 Company Highlights": a heading
            and not _LEGAL_STATUS.fullmatch(found["name"])  # "Publicly Held Corporation" under a Brazilian name
            and not text[max(0, found.start() - 4) : found.start()].lower().endswith("c/o ")  # the trustee's office
            and not _generic_firm(found["name"])
            # "CALGARY, AB, July 28, 2021": a city and its province, not an Aktiebolag (but "Lithuania, AB
            # LIETUVOS ELEKTRINĖ": the legal form before the name)
            and not (_names_a_place(found["name"]) and _CODE_ENDS_PLACE.match(text, found.end()))
            and not _STREET_IN_NAME.search(found["name"])  # "City Hall 800 Macleod Trail SE": an address's SE
            and not _ADDRESSEE.fullmatch(text, doc.line_at(found.start())[0], found.start())
            and not _MARKET_OPERATOR.search(found["name"])
            and not _REGULATOR.search(found["name"])
            and not _DEALT_AFTER.match(text, found.end())
            and not _DEAL_BEFORE.search(
                text, max(doc.sentence_at(found.start())[0], found.start() - _DEAL_REACH), found.start()
            )
        ),
        None,
    )
    if m is not None and start is None and m.start() > _LATE_LEGAL_NAME and (about := _about_heading(doc)):
        # 'Flotek Industries, Inc. ("Flotek")' half-way down a copy that lost its dateline and opening
        # sentence: a subsidiary's section; the "About ProFrac Holding Corp." heading names the issuer.
        return Part(values={"company": text[about[0] : about[1]]}, spans={"company": about})
    if m is None:
        word = (
            _under_time_stamp(doc)
            or _headline_possessive(doc)
            or _about_heading(doc)
            or _headline_word(doc)
            or _pleased_to_announce(doc)
            or _named_with_article(doc)
            or _source_line_name(doc)
        )
        if word is None:
            return Part(values={"company": None})
        return Part(values={"company": text[word[0] : word[1]]}, spans={"company": word})
    # "Joachim Samuelsson, CEO of Crunchfish AB": the company, not the person's title.
    begin = _past_titles(text, m.start("name"), m.end("name"))
    begin = _past_run_on_words(text, begin, m.end("name"))
    heading = _HEADING_BEFORE_NAME.match(text, begin, m.end("name"))
    if heading is not None:
        begin = heading.end()  # "... this announcement. HIGHLIGHTS ACME ASSET HOLDINGS LIMITED": a heading run on
    salutation = _SALUTATION.match(text, begin, m.end("name"))
    if salutation is not None:
        begin = salutation.end()  # "Dear Sir or Madam Telstra Corporation Limited": a letter run on to its subject
    if text.startswith(("About ", "ABOUT "), begin) and m.end("name") - begin > len("About "):
        begin += len("About ")  # "About ImmunoGen, Inc." over its paragraph: the heading's name
    end = m.end("name")
    units = _UNIT_IN_NAME.finditer_list(text, begin, end)
    if units:
        begin = units[-1].end()  # "Media Acme Group Press Office Acme Limited": a contact's office, then its firm
    if begin > m.start("name") and (whole := _LEGAL_NAME.match(text, begin)) is not None:
        end = max(end, whole.end("name"))  # the name read again from where it starts: "... of New Zealand Limited"
    begin = _first_word_wrapped_above(text, begin)
    if text.startswith(_PORTAL_PREFIX, begin):
        begin += len(_PORTAL_PREFIX)  # "REG-Polymetal International plc Polymetal: ..."
    form = text[begin:end].rsplit(None, 1)[-1]
    if form in _LEGAL_FORMS_BEFORE_NAME and text[begin:end].endswith(", " + form) and _NAME_AFTER_FORM.match(text, end):
        # "Elektrenai, Lithuania, AB LIETUVOS ELEKTRINE, 2011-02-23": the form opens the next name
        begin = end - len(form)
    if text[begin:end] in _LEGAL_FORMS_BEFORE_NAME:
        # "... of Shareholders of AB Linas Agro Group is convened": a Baltic form opens the name.
        following = _NAME_AFTER_FORM.match(text, end)
        if following is None:
            return Part(values={"company": None})
        end = following.end()
    name = text[begin:end]
    return Part(values={"company": " ".join(name.split()) if "\n" in name else name}, spans={"company": (begin, end)})


# A Brazilian notice's status line under the issuer's name: "Publicly-Held Company", "Publicly Held Corporation".
_LEGAL_STATUS = safe_compile(r"(?i:publicly|public)[\s-](?i:held|traded)[\s-](?i:company|corporation)")
_NAME_LINE = 60  # characters: a name alone on its line, over its definition
_IN_REORGANIZATION = safe_compile(
    r"[ \t]{1,2}[-–—][ \t]{1,2}(?:In|in|under)[ \t]Judicial[ \t]Reorganization[ \t]{0,2}$"
)
_IDENTIFIER_LINE = safe_compile(r"\s{0,8}(?:ISIN|WKN|LEI|TIDM|CUSIP|SEDOL|CIK|Ticker|Symbol)\b", regex.IGNORECASE)
_PORTAL_PREFIX = "REG-"  # Reuters' mark on regulatory news: "REG-Polymetal International plc ..."
_BOARD_AFTER_NAME = safe_compile(
    r"(?P<name>\p{Lu}[\w&.'-]{0,30}(?:\s\p{Lu}[\w&.'-]{0,30}){0,3}?)\s(?:Board\sof\sDirectors|Supervisory\sBoard"
    r"|Management\sBoard|Board)"
)
# Legal forms written before the name (Lithuanian, Latvian, Estonian, Russian issuers).
_LEGAL_FORMS_BEFORE_NAME = frozenset({"AB", "UAB", "AS", "SIA", "PJSC", "OJSC", "JSC", "PAO", "OAO"})
_NAME_AFTER_FORM = safe_compile(r"(?:[ \t][\"“]?\p{Lu}[\p{L}&'-]{1,30}[\"”]?){1,4}")  # ("AB “ŽEMAITIJOS PIENAS”")


# "Acme Projects is pleased to announce that ...": the issuer speaking, at a sentence's start.
_PLEASED = safe_compile(
    r"(?<![\w,] )(?P<name>\p{Lu}[\w&.'-]{1,30}(?:[ \t]\p{Lu}[\w&.'-]{1,30}){0,4})[ \t](?:is|are)[ \t]"
    r"(?:pleased|delighted|proud|happy)[ \t]to[ \t](?:announce|report|confirm|advise|inform)",
    needs=("pleased", "delighted", "proud", "happy"),
)


# "Owlet will host a conference call and webcast today", "... (3:00 p.m. Mountain Time) Franklin
# Covey will host a conference call": the issuer announcing its call.
_HOSTS_A_CALL = safe_compile(
    r"(?<![\w,] )(?P<name>\p{Lu}[\w&.'-]{1,30}(?:[ \t]\p{Lu}[\w&.'-]{1,30}){0,3})[ \t]will[ \t](?:host|hold)[ \t]"
    r"(?:a|an|its)[ \t](?:[\w-]{1,20}[ \t]){0,3}?(?:conference[ \t]call|webcast|earnings[ \t]call|investor[ \t]call)",
    needs=("will host", "will hold"),
)
# Who hosts a call without being the issuer: "Management will host ...", "CEO Jane Rowe will host ...".
_HOSTS_NOT_ISSUER = frozenset(
    {"management", "executives", "ceo", "cfo", "coo", "chairman", "president", "chief", "company", "we", "it"}
)
_ISSUER_MENTIONS = 3  # an issuer named only in its call's sentence is named again elsewhere


def _pleased_to_announce(doc: Document) -> tuple[int, int] | None:
    """A release that names no issuer otherwise: the subject of "... is pleased to announce",
    or of "... will host a conference call" when the release names it again and again."""
    reach = min(len(doc.text), LEGAL_NAME_REACH)
    found = _PLEASED.search(doc.text, 0, reach)
    if found is not None and found["name"].split()[0].lower() not in _NOT_NAME_WORDS:
        return found.start("name"), found.end("name")
    hosts = _HOSTS_A_CALL.search(doc.text)
    if hosts is None or hosts["name"].split()[0].lower() in _NOT_NAME_WORDS | _HOSTS_NOT_ISSUER:
        return None
    if len(_named_at(doc.text, hosts["name"])) < _ISSUER_MENTIONS:
        return None
    return hosts.start("name"), hosts.end("name")


# Shareholder alerts: the firm that issues them, not the company they concern.
_ALERT_OBJECT = safe_compile(
    r"\b(?:shareholders|stockholders|investors|holders|purchasers)\s(?:of|in)\b|\binvestigat\w{0,5}\b|\bagainst\b"
    r"|\bon\sbehalf\sof\b",
    regex.IGNORECASE,
    needs=("holders", "investors", "purchasers", "investigat", "against", "behalf"),
)
_THE = safe_compile(r"The\s")
# A German release's article before the name ("Die Acme KGaA hat heute ..."): not part of it.
_ARTICLE = safe_compile(r"(?:Die|Der|Das)[ \t](?=\p{Lu})")


def _subject_of_an_alert(text: str, start: int, sentence_end: int) -> tuple[int, int] | None:
    """ "The Gross Law Firm issues the following notice to shareholders of Integral Ad Science
    Holding Corp. (NASDAQ: IAS)", "Block & Leviton is investigating Semtech Corporation
    (Nasdaq: SMTC)": the name that opens the sentence, when the ticker's company is its object."""
    ticker = _first_ticker(text, start, sentence_end)
    if ticker is None or not _ALERT_OBJECT.search(text, start, ticker.start()):
        return None
    lead = _LEAD_MARKS.match(text, start, start + 12)
    begin = lead.end() if lead else start
    found = _leading_name(text, begin)
    the = _THE.match(text, begin) if found is None else None
    if the is not None:  # "The Gross Law Firm": the article belongs to the name
        named = _leading_name(text, the.end())
        found = (begin, named[1]) if named else None
    if found is None or found[1] > ticker.start():
        return None
    return found


# The issuer a headline opens with, before its verb: "On to Release Fourth Quarter ...".
_HEADLINE_SUBJECT = safe_compile(
    r"[ \t*#_]{0,4}(?P<name>[A-Z][\w&.'-]{0,30}(?:\s[A-Z][\w&.'-]{0,30}){0,3})\s(?:to\s(?:Report|Release|Host|Present"
    r"|Announce|Hold|Participate|Webcast)|Announces|Reports|Schedules|Declares|Sets|Will)\b"
)


_FIRST_WORD = safe_compile(r"[ \t*#_]{0,4}(?P<word>\p{Lu}[\p{L}&-]{2,30})\s")


def _named_at(text: str, name: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Where text[start:end] names ``name`` as a whole word, case as written."""
    return Words((), whole=(name,), case=True).spans(text, start, end)


def _headline_word(doc: Document) -> tuple[int, int] | None:
    """The last resort: the headline's first word, when the release names it again and again
    ("Outokumpu financial statements release 2024 - ...", and 21 more 'Outokumpu')."""
    top, top_end = headline_line(doc)
    m = _FIRST_WORD.match(doc.text, top, top_end)
    if m is None or m["word"].lower() in _NOT_NAME_WORDS | _NOT_WHOLE_NAMES:
        return None
    if m["word"].lower() in MONTHS:
        return None  # "March 10, 2014" over the headline: the release's date, named again with the call's
    if _DISCLAIMER.search(doc.text, top, top_end):
        return None  # "Hong Kong Exchanges and Clearing Limited ... take no responsibility": the exchange's
    if m["word"].isupper() and (len(m["word"]) < 4 or top_end - top > 200):
        return None  # a short code or an all-capitals heading; "INFICON to Publish Its Results" counts
    if _HEADLINE_VERB_AFTER.match(doc.text, m.end("word"), top_end):
        # "BANCOLOMBIA cordially invites you to the ... Conference Call": the headline's subject,
        # named once more (in capitals or not: "Bancolombia's Quarterly Earnings Report") will do
        again = _named_at(doc.text, m["word"], m.end()) or _named_at(doc.text, m["word"].capitalize(), m.end())
        return m.span("word") if again else None
    return m.span("word") if len(_named_at(doc.text, m["word"], m.end())) >= 3 else None


_HEADLINE_VERB_AFTER = safe_compile(
    r"[ \t](?:cordially[ \t])?(?:announces|invites|reports|declares|schedules"
    r"|to[ \t](?:report|announce|host|hold|present|release))\b"
)


# "Raymond Chun, Group President and Chief Executive Officer, TD Bank Group, will present":
# a media advisory's subject is the executive; the organisation follows the title.
_EXECUTIVE_OF = safe_compile(
    r"[ \t*_]{0,4}(?:(?:Dr|Mr|Mrs|Ms)\.?\s)?\p{Lu}[\p{Ll}'-]{1,20}(?:\s\p{Lu}\.)?\s\p{Lu}[\p{L}'-]{1,25},\s"
    r"(?:[\w&-]{1,20}\s){0,4}?(?:President|Officer|CEO|CFO|Chair|Chairman|Chairwoman|Chairperson|Director|Head)"
    r"(?:\s(?:and|&)\s(?:[\w&-]{1,20}\s){0,3}?(?:President|Officer|CEO|CFO|Director))?,\s"
    r"(?P<name>\p{Lu}[\w&.'-]{0,30}(?:\s\p{Lu}[\w&.'-]{0,30}){0,5}),\s(?=will\b|is\b|has\b|today\b)"
)


# "Mel Rowe, Chairman and Chief Executive Officer of Acme Services, Inc. stated, ...": the
# company the opening speaker heads.
_OFFICER_OF = safe_compile(
    r"[ \t*_]{0,4}(?:(?:Dr|Mr|Mrs|Ms)\.?\s)?\p{Lu}[\p{Ll}'-]{1,20}(?:\s\p{Lu}\.)?\s\p{Lu}[\p{L}'-]{1,25},\s"
    r"(?:[\w&-]{1,20}\s){0,6}?(?:President|Officer|CEO|Chairman|Chairwoman|Chair)\sof\s"
    r"(?P<name>\p{Lu}[\w&.'-]{0,30}(?:\s\p{Lu}[\w&.'-]{0,30}){0,5}(?:,\s(?:Inc|Ltd|Corp|LLC|plc|N\.V|S\.A)\.?)?),?\s"
    r"(?=stated|said|says|commented|announced|today)"
)
# Section headings a copy may glue on to the name that opens the body.
_GLUED_HEADING = safe_compile(
    r"(?:HIGHLIGHTS|SUMMARY|OVERVIEW|HEADLINES|ABOUT|UPDATE|RESULTS|NEWS|ANNOUNCEMENT)(?=\p{Lu}\p{Ll})"
)


# (or a dash between, no space: "ZUG, SWITZERLAND—May 18, 2015—Transocean Ltd.", a flattened copy)
_GLUED_YEAR = safe_compile(r"(?<=\d{1,2},?[ \t]{1,2})(?:19|20)\d\d(?:(?=\w)|[-–—]{1,2}(?=\p{Lu}))")


def _after_a_glued_repeat(text: str, start: int, end: int) -> int:
    """ "About Acme InternationalAcme International, Inc. (Nasdaq: ACME)": a copy that lost a line
    break glued a heading on to the name it repeats; the name starts again after the glue."""
    first = text[start:end].split(maxsplit=1)[0]
    at = text.find(first, start + len(first), end)
    if at > start and text[at - 1].islower() and first[:1].isupper():
        return at
    return start


_EVENT_NOUN_AFTER = safe_compile(r"[ \t](?:conference|call|meeting|presentation|webcast|webinar|briefing)\b")
_DEAR = safe_compile(r"\bDear[ \t]{1,2}(?:(?:Mr|Mrs|Ms|Dr)\.?[ \t])?(?P<name>\p{Lu}\p{Ll}{1,20})\b")
_DEAR_REACH = 600  # characters: a letter's salutation sits under its addressee's lines


def _addressed_as(text: str, name: str) -> bool:
    """Whether a letter's salutation near the top greets a word of the name ("Dear Renee,")."""
    words = set(name.split())
    return any(m["name"] in words for m in _DEAR.finditer(text, 0, _DEAR_REACH))


# A report's title opening the text: "Interim Report July - September 2006" over a copy with no dateline.
_REPORT_TITLE = safe_compile(
    # ("Q Report 18 April 2013 Acme Group AB": a PDF's "Q1 Report" that lost its digit)
    r"(?:Interim|Quarterly|Annual|Half[- ]?[Yy]ear(?:ly)?|Year[- ]End|Full[- ]Year|Semi[- ]Annual|(?-i:Q[1-4]?))[ \t]"
    r"(?:Report|Results|Financial\sStatements?)\b",
    regex.IGNORECASE,
)
_MEASURE_NOUN_AFTER = safe_compile(
    r"[ \t](?:revenues?|sales|net|assets|income|costs?|expenses|equity|debt|cash|orders|volumes?|shipments|gross)\b"
)


_BULLET_MARK = safe_compile(r"[ \t]{0,8}[*•\-][ \t]{1,4}")


# Words a law's or a filing's provision is cited by, before its number.
_PROVISIONS = frozenset(
    {"Rule", "Rules", "Section", "Article", "Regulation", "Clause", "Paragraph", "Chapter", "Part", "Schedule", "Item"}
)


def _headline_subject_or_leading_name(doc: Document, opening: int) -> tuple[int, int] | None:
    """The name that opens the body; but a lone capitalised word there ("Swiss performance
    sportswear brand On announced today") gives way to the headline's subject when the
    opening sentence names it too."""
    reach = min(len(doc.text), opening + 300)
    executive = _EXECUTIVE_OF.match(doc.text, opening, reach) or _OFFICER_OF.match(doc.text, opening, reach)
    if executive is not None:
        return int(executive.start("name")), int(executive.end("name"))
    found = _leading_name(doc.text, opening)
    if found is not None and _introduces_a_quotation(doc, found[1]):
        return None  # 'Tom Rowe, President and CEO:' over '"Our sales grew ..."': who speaks, not the issuer
    first = doc.text[found[0] : found[1]].split(maxsplit=1)[0].rstrip(",") if found is not None else ""
    if found is not None and first in _INSTRUCTION_OPENERS:
        # "To access the webcast ...": no name; "Hence, AB Volvo Board of Directors has decided
        # ...": the name follows the opener's comma.
        after = _OPENER_COMMA.match(doc.text, found[0] + len(first))
        again = _leading_name(doc.text, after.end()) if after is not None else None
        return again if again is not None and " " in doc.text[again[0] : again[1]].strip() else None
    if found is not None and _REPORT_TITLE.match(doc.text, found[0]):
        return None  # "Interim Report July - September 2006": the report's title, no name
    if found is not None and _addressed_as(doc.text, doc.text[found[0] : found[1]]):
        return None  # "14 February 2025 Jane Rowe / ASX Compliance ... / Dear Jane,": a letter's addressee
    if found is None or " " in doc.text[found[0] : found[1]].strip():
        return found
    word = doc.text[found[0] : found[1]]
    if word.islower():
        return None  # "o" alone on its line: a word processor's sub-bullet, no name
    if _BULLET_MARK.fullmatch(doc.text, doc.line_at(found[0])[0], found[0]):
        return None  # "* Order intake in the quarter increased by 12 percent": a highlight's measure, no name
    if len(word) > 4 and word.endswith("ed") and word[1:].islower():
        return None  # "Revised date for full year results and AGM": a heading's participle, no name
    if _EVENT_NOUN_AFTER.match(doc.text, found[1]):
        return None  # "31 Dec 2007 Telephone conference": the kind of event, not a name
    if _MEASURE_NOUN_AFTER.match(doc.text, found[1]):
        return None  # "Total revenue decreased by 17.4%": a figure's words, not a name
    if word in _PROVISIONS and doc.text[found[1] : found[1] + 2].strip()[:1].isdigit():
        return None  # "Rule 13.49(3) of the Listing Rules provides ...": a rule's number, no name
    if len(_named_at(doc.text, word)) < 2 and (body_start(doc) is None or word.endswith(("ly", "ing"))):
        # A word the release never repeats, with no dateline ("Solid performance from ...") or
        # an adverb's or a participle's ending ("DETROIT - ... - Roughly one in ten Americans ...",
        # "ATLANTA – Citing continued economic strength ..., Acme Company today reported"): no issuer.
        return None
    if body_start(doc) is None and not word.isupper() and f" {word.lower()} " in doc.text:
        return None  # "Daylight saving commences ..." under no dateline, "daylight saving" further on: a noun
    headline = _HEADLINE_SUBJECT.match(doc.text, *headline_line(doc))
    if headline is None or headline["name"] == word:
        return found
    if word.isupper() and len(word) <= 4 and headline["name"].startswith(word) and " " not in headline["name"]:
        # "STMicroelectronics Reports ... / ST exercised ...": the body's short form of the headline's name
        return int(headline.start("name")), int(headline.end("name"))
    text = doc.text
    named = _named_at(text, headline["name"], opening, doc.sentence_at(opening)[1])
    # A whole word, and not part of a hyphenated one ("On-site").
    return next(((a, b) for a, b in named if text[a - 1 : a] != "-" and text[b : b + 1] != "-"), found)


# A wire page's byline: "News provided by\n\nWhataburger" (PR Newswire / Cision pages).
_BYLINE = compile_lines(
    r"^[ \t*_]{0,4}News\s(?:provided|released)\sby[ \t*_:]{0,4}\n(?:[ \t]{0,8}\n){0,3}[ \t*_]{0,4}"
    r"(?P<name>[^\s*_][^\n]{0,98}?)[ \t*_]{0,4}$"
)


def _byline(doc: Document) -> tuple[int, int] | None:
    m = _BYLINE.search(doc.text, 0, header_end(doc))
    return m.span("name") if m else None


# "Practical instructions regarding Acme-Munksjö’s Annual General Meeting"
_POSSESSIVE_NAME = safe_compile(r"(?<![\w-])(?P<name>\p{Lu}[\p{L}&.-]{1,30}(?:\s\p{Lu}[\p{L}&.-]{1,30}){0,3})['’]s\b")


# "About Progyny" over the boilerplate paragraph that opens with the same name.
_ABOUT_HEADING = compile_lines(
    r"^[ \t*#_]{0,4}(?:About|ABOUT)[ \t]{1,3}(?P<name>\p{Lu}[\w&.'-]{0,30}(?:[ \t][\w&.'-]{1,30}){0,4}?)[ \t*_:]{0,4}$"
)


def _about_heading(doc: Document) -> tuple[int, int] | None:
    """ "About Acme Cloud / Acme Cloud is a company ...": the name an "About" paragraph opens with,
    when the paragraph describes a firm (not "About Zorevunersen / Zorevunersen is an
    investigational antisense oligonucleotide", a product)."""
    for m in _ABOUT_HEADING.finditer(doc.text):
        name = m["name"]
        paragraph = doc.text[m.end() : m.end() + 300].lstrip(" \t\n*_")
        if paragraph.startswith(name) and _accept(name.split()) and _FIRM_WORDS.search(paragraph):
            return m.start("name"), m.end("name")
    return None


_FIRM_WORDS = safe_compile(
    r"\b(?:compan(?:y|ies)|corporation|inc|ltd|limited|plc|llc|group|headquartered|based|founded|provider|leader"
    r"|bank|firm|trust|fund|manufacturer|developer|operator|producer|retailer|business|organi[sz]ation|listed"
    r"|subsidiar(?:y|ies)|employs|employees|offices|customers|clients|nasdaq|nyse|exchange)\b"
    r"|\([A-Za-z .]{2,30}:\s?[A-Z0-9.]{1,8}\)",  # ("HealthStream (Nasdaq: HSTM) is ...": a listed firm)
    regex.IGNORECASE,
)


def _headline_possessive(doc: Document) -> tuple[int, int] | None:
    """The name whose meeting or results the headline announces, when the release names it again."""
    m = _POSSESSIVE_NAME.search(doc.text, *headline_line(doc))
    if m is None or m["name"].lower() in _NOT_NAME_WORDS:
        return None
    return m.span("name") if len(_named_at(doc.text, m["name"], m.end())) >= 2 else None


def _headline_issuer(doc: Document) -> tuple[int, int] | None:
    """Issuers lead their headlines ("Precision Drilling Announces ..."): the full legal name
    that begins with the headline's first two words."""
    top = headline_line(doc)[0]  # (not a news page's menu above it)
    for _start, end, line in doc.lines(top, min(len(doc.text), top + 600)):
        words = [word for word in line.split() if any(c.isalnum() for c in word)]  # (not a table's "|")
        if len(words) < 3 or _DISCLAIMER.search(line):
            continue
        # One line's worth: "Audited Financial Statements\nThe Company hereby ..." names no issuer.
        lead = r"[ \t]{1,3}".join(regex.escape(w) for w in words[:2])
        suffix = _LEGAL_SUFFIX.pattern
        pattern = (
            rf"(?<![\w.]){lead}(?:[ \t]{{1,3}}[A-Z][\w&'-]{{0,30}}){{0,2}}?,?[ \t]{{1,3}}{suffix}"
            rf"(?:[ \t]{{1,3}}{suffix})?(?!\w)"
        )
        m = regex.search(pattern, doc.text, pos=end, endpos=min(len(doc.text), end + 200_000))
        return (m.start(), m.end() - (1 if m.group().endswith(",") else 0)) if m else None
    return None


# A Nordic headline names its issuer, legal suffix and all, before a dash: "Bang & Olufsen a/s –
# financial calendar", "Acme Oyj: Notice to the Annual General Meeting".
_NAME_BEFORE_DASH = safe_compile(
    r"[ \t*#_]{0,4}(?P<name>\p{Lu}[\w&.'’-]{0,30}(?:[ \t][\w&.'’-]{1,30}){0,4}?[ \t]"
    # ("Kindred Group: Second instalment of dividend": a group's name as a legal form's)
    r"(?i:a/s|asa|ab|oyj|abp|plc|ag|se|n\.v\.|nv|s\.a\.|sa|hf\.?|(?-i:Group|Holdings?)))[ \t]{0,2}(?:[-–—:|])"
)


def _headline_name_before_dash(doc: Document) -> tuple[int, int] | None:
    found = _NAME_BEFORE_DASH.match(doc.text, *headline_line(doc))
    return (found.start("name"), found.end("name")) if found else None


_LOWER_WORD = safe_compile(r"(?<![\w-])[a-z]{3,}\b")


# A Nordic release's header: "ELISA STOCK EXCHANGE RELEASE 10 JUNE 2013 AT 4.10pm", "Acme A/S Company
# announcement no. 12": the issuer before the kind of release.
_RELEASE_HEADER = compile_lines(
    r"^[ \t*_]{0,3}(?P<name>\p{Lu}[\p{L}&.'/-]{1,30}(?:[ \t]\p{Lu}[\p{L}&.'/-]{0,30}){0,4}?)[ \t]{1,6}"
    r"(?i:stock[ \t]exchange[ \t](?:release|announcement)|company[ \t]announcement|investor[ \t]news)\b"
)


def _introduces_a_quotation(doc: Document, name_end: int) -> bool:
    """Whether the name's line ends in a colon (after a comma and a title) and the next line
    with text opens a quotation."""
    line_end = doc.line_at(name_end)[1]
    rest = doc.text[name_end:line_end].rstrip(" \t*_")
    if not rest.startswith(",") or not rest.endswith(":"):
        return False
    return doc.text[line_end : line_end + 400].lstrip(" \t\n*_").startswith('"')


def _release_header_name(doc: Document, leading: tuple[int, int] | None) -> tuple[int, int] | None:
    """The issuer a Nordic header names, unless the body opens with the same name (kept as the
    body writes it, not in the header's capitals): "ELISA STOCK EXCHANGE RELEASE" over "Kymen
    Puhelin and Telekarelia to merge with Elisa"."""
    if body_start(doc) is not None:
        return leading
    found = _RELEASE_HEADER.search(doc.text, 0, header_end(doc))
    if found is None or found["name"].split()[0].lower() in _NOT_NAME_WORDS:
        return leading
    if leading is not None:
        header, body = found["name"].lower(), doc.text[leading[0] : leading[1]].lower()
        if header.startswith(body) or body.startswith(header.split()[0]):
            return leading
    return found.start("name"), found.end("name")


def _source_line_name(doc: Document) -> tuple[int, int] | None:
    """ "SOURCE: XPERI INC." at the foot of a copy that kept no sentence naming its issuer: the
    wire's source line names it (a legal name only: "Source: Bloomberg" under a chart is no issuer)."""
    found = None
    for m in SOURCE_LINE.finditer(doc.text):
        start, end = m.span("value")
        if _LEGAL_NAME.fullmatch(doc.text, start, end):
            found = (start, end)
    return found


def _named_with_article(doc: Document) -> tuple[int, int] | None:
    """ "The Montreal Port Authority (MPA) will hold its annual meeting": a body that opens with
    an organisation and its article, in a release that gives no legal name to prefer. Without a
    dateline, the first paragraph's, when the headline opens with the same name ("Jamaica Stock
    Exchange (JSE)- Preference Share Dividend" over "The Jamaica Stock Exchange has declared")."""
    dated = body_start(doc)
    opening = dated if dated is not None else _first_body_paragraph(doc)
    if opening is None:
        return None
    lead = _LEAD_MARKS.match(doc.text, opening, opening + 12)
    begin = lead.end() if lead is not None else opening
    if not doc.text.startswith("The ", begin):
        return None
    found = _leading_name(doc.text, begin + len("The "))
    if found is None or not _SHORT_NAME_OR_VERB.match(doc.text, found[1]):
        return None
    words = doc.text[found[0] : found[1]].split()
    if len(words) < 2 or words[0].lower() in _NOT_NAME_WORDS | _NOT_WHOLE_NAMES or words[0] in _ORGANS:
        return None  # ("The Board of Directors of ...", "The Annual General Meeting ...")
    if dated is None:
        top, top_end = headline_line(doc)
        name = doc.text[found[0] : found[1]]
        headline = doc.text[top:top_end].lstrip(" \t*#_")
        if not (headline.startswith(name) and not headline[len(name) : len(name) + 1].isalnum()):
            return None
    return found


# What follows an organisation's name that opens a sentence: its short name, or its verb.
_SHORT_NAME_OR_VERB = safe_compile(
    r"[ \t\n]{1,2}(?:\(\p{Lu}[\p{Lu}&.-]{1,8}\)|(?:will|has|is|was|today|announce[sd]?|reported)\b)"
)
_ORGANS = frozenset({"Board", "Directors", "Management", "Shareholders", "Stockholders", "Trustees", "Members"})


def _under_time_stamp(doc: Document) -> tuple[int, int] | None:
    """ "Published: 2019-07-31 09:56:51 CEST / AB Novaturas / Notification on material event": a
    news page names the issuer on the line under its time stamp."""
    stamp = time_stamp_line(doc)
    if stamp is None or stamp[1] >= len(doc.text):
        return None
    a, b = doc.line_at(stamp[1] + 1)
    name = doc.text[a:b].strip()
    words = name.split()
    if not 1 <= len(words) <= 4 or not all(_is_name_word(w, first=i == 0) for i, w in enumerate(words)):
        return None
    start = a + doc.text[a:b].index(name)
    return start, start + len(name)


_MARKS_OPENING_AN_ITEM = ("*", "-", "•", "#", "|")  # a list's item, a heading or a table's row, not prose


def _first_body_paragraph(doc: Document) -> int | None:
    """Without a dateline, the body opens with the first paragraph that reads as prose."""
    for start in doc.paragraph_starts[:12]:
        end = doc.paragraph_at(start)[1]
        paragraph = doc.text[start:end].strip()
        if _DISCLAIMER.search(paragraph, 0, 300) or is_page_chrome(doc.text, start, end):
            continue  # (or a news page's menu and share buttons over the release)
        if start == 0 and "\n" not in paragraph and not paragraph.endswith((".", ":")) and end < len(doc.text):
            continue  # the headline, however long: "Changes in the arrangements for OY FORCIT AB's ..."
        # (a sentence's full stop lets fewer small words do: "The Acme Limited 2024 Annual General
        # Meeting (AGM) will be held at the Perth Convention Centre, Perth on 31 October 2024.")
        if len(paragraph) > 80 and len(_LOWER_WORD.findall(paragraph, 0, 200)) >= (
            3 if paragraph.endswith(".") and not paragraph.startswith(_MARKS_OPENING_AN_ITEM) else 5
        ):
            start += len(doc.text[start:end]) - len(doc.text[start:end].lstrip())
            while (chrome := _PAGE_CHROME_LINE.match(doc.text, start, end)) is not None:
                start = chrome.end()  # "Loading...": a portal's placeholder over the text
            if not doc.text[:start].strip() and (heading := _CAPITALS_HEADING_LINE.match(doc.text, start, end)):
                start = heading.end()  # "WITHDRAWAL OF ORDINARY RESOLUTION ... AT THE AGM" over the first sentence
            return start
    return None


_PAGE_CHROME_LINE = safe_compile(r"[ \t]{0,3}\p{L}{1,20}(?:\.\.\.|…)[ \t]{0,3}\n")
# A headline in capitals on the first line, the body right under it with no blank line between.
_CAPITALS_HEADING_LINE = safe_compile(r"[ \t*#]{0,4}\p{Lu}[^\p{Ll}\n]{10,300}\n(?=[ \t]{0,4}\p{Lu}[^\n]{0,40}\p{Ll})")


def _is_name_word(word: str, *, first: bool) -> bool:
    core = word.strip(",\"'")
    if not core:
        return False
    if core.lower() in _CONNECTOR:
        return not first
    # ("eShippers Management Ltd.", "iRobot Corporation": a small letter before a capital opens one)
    return (
        core[0].isupper()
        or (core[0].isdigit() and any(c.isalpha() for c in core))
        or (len(core) > 2 and core[0].islower() and core[1].isupper() and core[2:3].islower())
    )


# Words that open a sentence and are never a company's whole name: "New dates for Skandia's
# interim reports", "Annual General Meeting of ...".
_NOT_WHOLE_NAMES = frozenset(
    {"new", "annual", "interim", "first", "second", "third", "fourth", "full", "final",
     "update", "invitation", "results", "report", "reports", "q1", "q2", "q3", "q4", "highlights", "summary",
     "key", "financial", "operational", "notice", "reference", "calendar", "statement", "statements",
     # a page's heading: "General Meetings", "Extraordinary General Meeting"
     "general", "extraordinary", "ordinary", "meeting", "meetings",
     "announcement", "presentation", "quarter", "quarterly", "year", "half", "fiscal", "month", "months",
     # a notice's heading run on to its body: "Postponement of Publication of the Annual Financial Statements"
     "postponement", "publication", "rescheduling", "change", "changes", "correction", "date", "dates",
     # "Preliminary Operating Results for the First Quarter of 2026" over a 6-K's body; an Israeli
     # issuer's "Immediate Report Regarding a Dividend Distribution"
     "preliminary", "operating", "immediate", "regarding",
     # a web page's share buttons: "Email Print Friendly Share"
     "email", "print", "friendly", "share", "tweet", "facebook", "linkedin", "twitter"}
)  # fmt: skip


def _accept(words: list[str], *, single_ok: bool = False) -> bool:
    if not words or len(words) > 8:
        return False
    if all(word.lower().strip(",.:*") in _NOT_WHOLE_NAMES | _CONNECTOR for word in words):
        # "Financial Calendar 2024*" over a table, "Postponement of Publication of the Annual Financial
        # Statements": a document's title
        return False
    if words[0].lower().rstrip(",") in _NUMBER_SIGNS:
        return False  # "14 November 2024 - N° 17 Third quarter 2024 results": a release's number
    if single_ok and len(words) == 1:
        return words[0][:1].isupper()
    if words[0].lower().strip(",") in _NOT_NAME_WORDS or words[0].lower() in _CONNECTOR:
        return False
    if len(words) > 1 and words[-1].lower().strip(",.:/") in _HEADING_ENDS:
        return False  # "Investor Conference Call / Webcast Details": a heading, not a name
    if any(word.lower().strip(",.:*") in _MEASURE_WORDS for word in words):
        return False  # "Total GAAP revenues of $187.8 million": a highlight's measure, not a name
    return any(c.isalpha() for c in words[0])


_NUMBER_SIGNS = frozenset({"n°", "nº", "no.", "nr.", "n.º", "#"})
_HEADING_ENDS = frozenset(
    {"call", "calls", "details", "webcast", "information", "highlights", "update", "invitation",
     "meeting", "meetings", "agenda"}  # "BUSINESS OF THE ANNUAL AND SPECIAL MEETING OF SHAREHOLDERS:"
)  # fmt: skip


_SUSPENDED_HYPHEN_JOINS = frozenset({"und", "and", "&", "oder", "or"})
# A compound that describes the issuer before its name: "Boston-based", "Nasdaq-listed".
_DESCRIBING_COMPOUND = safe_compile(
    r"[\w.&]{2,30}-(?:based|owned|listed|held|led|backed|focused|headquartered|traded|founded|funded|driven"
    r"|powered|operated|managed)"
)
# A person's office after a name, of the firm that follows: ", vice chairman and CEO of McDonald's Corp."
_OFFICE_OF_AFTER = safe_compile(
    r",?\s(?:(?:[\w-]{1,20}\s){0,3}(?i:chairman|chairwoman|chair|president|chief\s\w{1,20}\sofficer|ceo|cfo|coo"
    r"|director|founder|partner|head|manager|secretary|treasurer)(?:\s(?:and|&)\s)?){1,3}[\w\s,&-]{0,40}?\sof\s\p{Lu}"
)
_ELLIPSIS = safe_compile(r"\.{3,}|…")
_INITIALS = safe_compile(r"(?:\p{Lu}\.){2,4}")
_LEAD_MARKS = safe_compile(r"[\s\"*_>]{0,8}")
_QUOTED_NAME = 60  # characters: a name in quotes closes them soon; a quotation runs on
_AFTER_DATE = safe_compile(r"[\s,\-–—:|/]{0,8}")
_OPENING_WORD = safe_compile(r"[^\s(\[]+")
# The capitalised words after a possessive that make it part of a name: they run to a legal
# suffix or to a comma and an appositive ("Kohl's Corporation", "Acme's Hall of Fame, an
# independent ..."), and hold no organ or officer of the firm ("Acme's Board of Directors").
_NAME_AFTER_POSSESSIVE = safe_compile(
    r"(?:[ \t](?!(?:Board|Directors?|Chief|Officer|President|Chair(?:man|woman)?|CEO|CFO|Management|Annual|Special"
    r"|General\s(?:Meeting|Counsel)|Shareholders?|Stockholders?|Investors?|Division|Unit|Subsidiary|Vice|Executive|Senior|Head"
    r"|Secretary|Treasurer)\b)\p{Lu}[\w&.'-]{0,30}|[ \t](?:of|and|&)){0,5}"
    rf"(?:,?[ \t]{_LEGAL_SUFFIX.pattern}(?!\w)|,[ \t](?:a|an)[ \t])"
)
_POSSESSIVE_OR_COMMA = safe_compile(r"(?:'s|’s|,)$")
_POSSESSIVE = safe_compile(r"['’]s$")
_WORD = safe_compile(r"[^\s]+")


def _leading_name(text: str, start: int) -> tuple[int, int] | None:
    """The run of name-like words that opens the body: "Tempus AI, Inc. , a leader" ->
    "Tempus AI, Inc."; a lower-case first word counts before a capitalised one ("ams OSRAM")."""
    lead = _LEAD_MARKS.match(text[start : start + 12])
    begin = start + (lead.end() if lead else 0)
    if lead is not None and '"' in lead.group():
        close = text.find('"', begin, begin + _QUOTED_NAME)
        if close < 0 or len(text[begin:close].split()) > 5:
            return None  # '"Enterprises are investing in ...," points out ...': a quotation opens the body
    # ("On July 31, 2007, Wyeth will hold a conference call": the date the sentence opens with)
    for _ in range(2):  # ("Today, December 6, 2010, being ...": the day named, then its date)
        on = begin + 3 if text.startswith(("On ", "ON "), begin) else begin
        dated = next(iter(find_dates(text, on, min(len(text), on + 40))), None)
        if dated is None or dated.start != on or not (on == begin or text.startswith(",", dated.end)):
            break
        # "April 13, 2022- \nComtech Telecommunications Corp. (NASDAQ: CMTL)": the date the body opens with
        after = _AFTER_DATE.match(text, dated.end)
        begin = after.end() if after else dated.end
    governing = _GOVERNING_BODY.match(text, begin) or _ADVERTISING.match(text, begin) or _ARTICLE.match(text, begin)
    if governing is not None:
        begin = governing.end()
    link = _MARKDOWN_LINK.match(text, begin)
    if link is not None:
        label = link["label"].strip(" *_")
        at = link.start("label") + link["label"].index(label)
        return (at, at + len(label)) if _accept(label.split()) else None
    words = list(_OPENING_WORD.finditer(text[begin : begin + 200]))
    while words and _DESCRIBING_COMPOUND.fullmatch(words[0].group()):
        words.pop(0)  # "Boston-based Acme Robotics Inc.", "Employee-owned Baird": what it is, then who
    taken: list[regex.Match[str]] = []
    for index, word in enumerate(words):
        w = word.group()
        gap = text[begin + taken[-1].end() : begin + word.start()] if taken else ""
        if "\n" in gap or "(" in gap:
            break  # (a bracket opens after the name: 'TTL Beteiligungs- und Grundbesitz-AG ("TTL AG")')
        if index == 0 and w.islower() and len(words) > 1 and words[1].group()[:1].isupper():
            taken.append(word)
            continue
        if taken and taken[-1].group().endswith("-") and w in _SUSPENDED_HYPHEN_JOINS:
            taken.append(word)  # "TTL Beteiligungs- und Grundbesitz-AG": a German name's suspended hyphen
            continue
        if taken and w.isalpha() and w.islower() and index + 1 < len(words):
            if _LEGAL_SUFFIX.fullmatch(words[index + 1].group()):
                taken.append(word)  # "Lea bank ASA reported ...": a lower-case word before the suffix
                continue
        if (
            w == "in"
            and taken
            and index + 2 < len(words)
            and _in_the_joins(taken[-1].group(), words[index + 1].group(), words[index + 2].group())
        ):
            taken.append(word)
            continue
        if _LEGAL_SUFFIX.fullmatch(w) and taken:
            taken.append(word)
            suffix_next = index + 1 < len(words) and _LEGAL_SUFFIX.fullmatch(words[index + 1].group())
            if not w.endswith(",") or not suffix_next:
                # "Nitro Games Oyj Year-end report": the name ends at its legal suffix, or after the
                # next one ("Acme Electronics Co., Ltd."), not "James Halstead plc, the AIM listed ..."
                break
            continue
        if ":" in w:
            # "IMPORTANT COMMUNICATION:no personal attendance", "Covid19: Please read": a label;
            # "Defi Technologies (CBOE CA: DEFI)": a listing's bracket, opened words before.
            while taken and text[begin + taken[-1].start() - 1 : begin + taken[-1].start()] == "(":
                taken.pop()
            break
        if not _is_name_word(w, first=not taken) or w.endswith(("'s", "’s")):
            if w.endswith(("'s", "’s")) and _is_name_word(w[:-2], first=not taken):
                taken.append(word)
                if _NAME_AFTER_POSSESSIVE.match(text, begin + word.end()):
                    continue  # "Casey's General Stores, Inc.", "Canada's Telecom Hall of Fame, an ...": one name
            break
        taken.append(word)
        if w.endswith(",") and not (index + 1 < len(words) and _LEGAL_SUFFIX.fullmatch(words[index + 1].group())):
            break
    while taken and taken[-1].group().strip(",").lower() in _CONNECTOR:
        taken.pop()
    if len(taken) > 1 and taken[-1].group().endswith(("'s", "’s")) and taken[0].group() in _PREPOSITIONS:
        taken.pop(0)  # "At Acme Ltd.'s annual meeting held today, ...": the name the sentence leads to
    if not _accept([t.group() for t in taken]):
        return None
    first, end = begin + taken[0].start(), begin + taken[-1].end()
    value = _POSSESSIVE_OR_COMMA.sub("", text[first:end])
    if _OFFICE_OF_AFTER.match(text, first + len(value)):
        # "Michael R. Rowe, President and Chief Executive Officer of Acme Corp., today announced": a person
        return None
    return first, first + len(value)


def _first_ticker(text: str, start: int, end: int) -> regex.Match[str] | None:
    found = colon_tickers(text, start, end)
    return found[0] if found else None


# Articles that open a place's name, and so a company's: "La Jolla Pharmaceutical Company".
_PLACE_ARTICLES = frozenset({"La", "Le", "Las", "Los", "El", "De", "Du", "Des", "Del"})
# Abbreviations that open a name ("St. Mary Land", "Mt. Vernon Mills"): no sentence ends there.
_PLACE_ABBREVIATIONS = frozenset({"St.", "Ste.", "Mt.", "Ft.", "ST.", "MT.", "FT."})
# Firms named after a person's title: "Dr. Reddy's Laboratories Ltd.", "Mr. Cooper Group Inc."
# (taken only to open a name that a legal suffix closes).
_TITLE_IN_FIRM_NAMES = frozenset({"Dr.", "Mr."})


_MARKED_WORD = safe_compile(r"[\w&.-]{2,30}\((?:r|R|tm|TM|sm|SM)\)")
_BRACKETED_NAME_WORD = safe_compile(r"\(\p{Lu}[\p{L}&.-]{1,30}\)")
# ... but not a listing before the name: "(TSX-MTL) Mullen Group Ltd."
_LISTING_WORD = safe_compile(r"\([A-Z]{2,6}-[A-Z]{1,6}\)")
_GLUED_DASH = safe_compile(r"[ \t][—–-](?=\p{Lu})|^[—–-](?=\p{Lu})")
_CASHTAG = safe_compile(r"\$[A-Z]{1,6}[–—-]")
# The legal name before the name it trades under: "X operating as Y", "X d/b/a Y".
_OPERATING_AS = safe_compile(
    # ("Grupo Aeroportuario del Centro Norte, S.A.B. de C.V., known as OMA (NASDAQ: OMAB)": its short name)
    r",?\s(?:operating\sas|doing\sbusiness\sas|trading\sas|d/b/a|dba|(?:also\s)?known\sas)"
    r"\s\p{Lu}[\w&.'’-]{0,30}(?:\s\p{Lu}[\w&.'’-]{0,30}){0,3}"
    r"[\s,]{0,3}$"
)
_STATE_OF_INCORPORATION = safe_compile(
    r",\s{1,3}an?\s{1,3}\p{Lu}[\p{L}.]{1,20}(?:\s\p{Lu}[\p{L}.]{1,20})?\s{1,3}(?:corporation|company|limited\s(?:liability\s)?company)"
    r"[\s,]{0,3}$"
    # "WNS (Holdings) Limited, a company incorporated in Jersey, Channel Islands (the “Company”)"
    r"|,\s{1,3}an?\s{1,3}(?:company|corporation)\s{1,3}(?:incorporated|organi[sz]ed|registered)\s{1,3}(?:in|under)\s[^()]{1,80}$"
)
_EXCHANGES_BEFORE = safe_compile(r"[\s\p{L}&,/.-]{0,40}")


def _name_before(
    text: str, marker: Callable[[str, int, int], regex.Match[str] | None], start: int, end: int
) -> tuple[int, int] | None:
    """ "Xcel Energy (NYSE: XEL)", "[Clean Harbors, Inc.](...) ("Clean Harbors") (NYSE: CLH)": the
    name-like words right before the first marker (a ticker, a short-name definition), read backwards."""
    ticker = marker(text, start, end)
    if ticker is None:
        return None
    paren = text.rfind("(", max(start, ticker.start() - 40), ticker.start() + 1)
    if paren < 0 or not _EXCHANGES_BEFORE.fullmatch(text, paren + 1, ticker.start()):
        return None  # (the ticker's own bracket: "(NYSE: X)", "(Euronext & NASDAQ: GLPG)")
    line_start = text.rfind("\n", 0, paren) + 1
    if not text[line_start:paren].strip() and line_start > start:
        # 'UK Oil & Gas PLC / ("UKOG" or the "Company")': the definition opens the line under the name
        above = text.rfind("\n", 0, line_start - 1) + 1
        if (
            0 < line_start - 1 - above <= _NAME_LINE
            and max(above, start) == above
            and not _IDENTIFIER_LINE.match(text, above, line_start)
        ):
            line_start = above
            paren = text.rfind("\n", 0, paren)
    # (a short name's definition after it is no word of it: 'Investment Trust ("Granite")')
    wrapped = [w for w in text[line_start:paren].split() if not (w.startswith("(") and w.endswith(")"))]
    if (
        wrapped
        and start < line_start
        and text.rfind("\n", 0, line_start - 1) < start
        and all(_is_name_word(w, first=False) for w in wrapped)
        # (not a sentence's "... Chief Executive Officer of" over the name that opens the line)
        and text[max(0, line_start - 30) : line_start].split()[-1:] != ["of"]
    ):
        # "--(BUSINESS WIRE)--Oct. 27, 2005--BioSphere\nMedical, Inc. (Nasdaq: BSMD)": a fixed-width
        # copy wrapped the name; it may open on the line above, where the body opens.
        line_start = text.rfind("\n", 0, line_start - 1) + 1
    before = text[max(line_start, start, paren - 400) : paren]
    offset = paren - len(before)
    # Drop parentheticals ("("Clean Harbors")") and unwrap a markdown link to its label.
    while (m := _PARENTHETICAL.search(before)) is not None and m.start() > 0:
        before = before[: m.start()]
    before = _CASHTAG.sub(lambda m: " " * len(m.group()), before)  # "$WLDN–Willdan Group, Inc."
    # "Tontitown, Arkansas, November 24, 2010......P.A.M. Transportation": the dateline's dots
    before = _ELLIPSIS.sub(lambda m: " " * len(m.group()), before)
    # "SHENZHEN, CHINA —China Digital Communication Group": the dateline's dash, glued to the
    # name, ends the words read back (two characters for two: offsets hold)
    # ("–Orbital Sciences Corporation (NYSE: ORB)": or the line's own dash, glued on, a blank)
    before = _GLUED_DASH.sub(lambda m: "; " if len(m.group()) == 2 else " ", before)
    appositive = _STATE_OF_INCORPORATION.search(before)
    if appositive is not None and appositive.start() > 0:
        before = before[: appositive.start()]  # "Koppers Holdings Inc., a Pennsylvania corporation (NYSE: KOP)"
    trading_name = _OPERATING_AS.search(before)
    if trading_name is not None and trading_name.start() > 0:
        before = before[: trading_name.start()]  # "Medicine Man Technologies operating as Schwazze, (OTCQX: SHWZ)"
    link = None
    for m in _MARKDOWN_LINK.finditer(before):
        link = m
    if link is not None and not before[link.end() :].strip(' "*_,'):
        label = link["label"].strip(" *_")
        at = offset + link.start("label") + link["label"].index(label)
        return (at, at + len(label)) if _accept(label.split()) else None
    # "Oi S.A. – In Judicial Reorganization (“Company” or “Oi”)": a Brazilian issuer's status is part of its name
    status = _IN_REORGANIZATION.search(before)
    status_end = offset + status.end() if status is not None else None
    if status is not None:
        before = before[: status.start()]
    trimmed = _POSSESSIVE.sub("", before.rstrip(' "*_,'))
    words = list(_WORD.finditer(trimmed))
    taken: list[regex.Match[str]] = []
    for index in range(len(words) - 1, -1, -1):
        word = words[index]
        w = word.group()
        if (
            taken
            and w.endswith(",")
            and _LEGAL_SUFFIX.fullmatch(w)
            and not any(_LEGAL_SUFFIX.fullmatch(t.group()) for t in taken)
        ):
            taken = [word]  # "Oriflame Holding AG, Schaffhausen (the Company)": the seat after the name
            continue
        if (
            taken
            and w.isdigit()
            and len(w) <= 3  # (not a year: "Annual General Meeting 2014 Telefonaktiebolaget LM Ericsson")
            and index > 0
            and words[index - 1].group()[:1].isupper()
            and words[index - 1].group().rstrip(".").lower() not in MONTHS  # ("N.Y., March 25 Acme Corp.": a date)
            # (but "The 600 Group PLC": a word of the name that is also a suffix, the suffix after it)
            and (not _LEGAL_SUFFIX.fullmatch(taken[-1].group()) or (len(taken) > 1 and taken[-1].group() == "Group"))
        ):
            taken.append(word)  # "Qihoo 360 Technology Co. Ltd.", "Level 3 Communications": a number inside the name
            continue
        if taken and _MARKED_WORD.fullmatch(w) and _is_name_word(w, first=False):
            taken.append(word)  # "O2Micro(r) International Limited": a trademark's sign written in brackets
            continue
        if w.endswith(")") and not _LEGAL_SUFFIX.fullmatch(w):
            if taken and _BRACKETED_NAME_WORD.fullmatch(w) and not _LISTING_WORD.fullmatch(w):
                taken.append(word)  # "WNS (Holdings) Limited": a word of the name in brackets
                continue
            break  # '(the "Directors") of Acme Group Inc.': a definition's end opens no name
        if _LEGAL_SUFFIX.fullmatch(w) or (_is_name_word(w, first=False) and not w.endswith((".", ";", ":"))):
            if w.endswith(",") and taken and not _LEGAL_SUFFIX.fullmatch(taken[-1].group()):
                break
            taken.append(word)
            continue
        if w.endswith(".") and _is_name_word(w, first=False) and (not taken or w in _PLACE_ABBREVIATIONS):
            taken.append(word)  # "IMPERIAL PETROLEUM INC.", "St. Mary Land & Exploration Company"
            continue
        if taken and _INITIALS.fullmatch(w) and not _LEGAL_SUFFIX.fullmatch(taken[-1].group()):
            taken.append(word)  # "P.A.M. Transportation Services, Inc.": a name's initials
            continue
        if taken and len(w) == 2 and w[0].isupper() and w[1] == "." and not _LEGAL_SUFFIX.fullmatch(taken[-1].group()):
            taken.append(word)  # "The J. M. Smucker Company": a founder's initials open the name
            continue
        if (
            w == "in"
            and len(taken) > 1
            and index > 0
            and _is_name_word(words[index - 1].group(), first=False)
            and _in_the_joins(words[index - 1].group(), taken[-1].group(), taken[-2].group())
        ):
            taken.append(word)
            continue
        if w in _TITLE_IN_FIRM_NAMES and taken and _LEGAL_SUFFIX.fullmatch(taken[0].group()):
            taken.append(word)
            break
        break
    taken.reverse()
    if len(taken) == 1:
        at = words.index(taken[0])
        if at > 0 and words[at - 1].group().lower() in _QUANTIFIERS:
            return None  # "... and other FinTechs (WKN: ...)": a common noun
    while len(taken) > 1 and taken[-1].group().lower().strip(",") in _SHARE_CLASS_WORDS:
        taken.pop()  # "Overstock.com, Inc. Common Shares (NASDAQ:OSTK)": the listed class, not the name
    if not taken and words and _is_legal_suffix(words[-1].group()):
        taken = [words[-1]]  # "inc.", written in lower case like the brand before it
    if not taken and words and _lower_case_name_of_the_headline(text, words[-1].group()):
        return offset + words[-1].start(), offset + words[-1].end()  # "argenx (Euronext & Nasdaq: ARGX)"
    if len(taken) == 1 and _is_legal_suffix(taken[0].group()):
        taken = _lower_case_brand(words, taken)
        if len(taken) == 1:
            return None  # "ASA" alone names no company
    while len(taken) > 1 and (
        (taken[0].group().lower() in _CONNECTOR and taken[0].group() not in _PLACE_ARTICLES)
        or taken[0].group().lower().strip(",") in _NOT_NAME_WORDS
    ):
        taken.pop(0)
    while len(taken) > 1 and _DESCRIBING_COMPOUND.fullmatch(taken[0].group()):
        taken.pop(0)  # "Atlanta-based Southern Company (NYSE: SO)": what it is, then who
    if len(taken) == 1 and taken[0].group().lower() in _CONNECTOR:
        return None
    if not _accept([t.group() for t in taken], single_ok=True):
        return None
    if status_end is not None:
        return offset + taken[0].start(), status_end
    return offset + taken[0].start(), offset + taken[-1].end() - taken[-1].group().endswith(",")


def _in_the_joins(before: str, the: str, after: str) -> bool:
    """Whether "in the" between two words of a name is part of it: "Jack in the Box Inc." (not
    after a participle: "Headquartered in the Woodlands")."""
    return the == "the" and after[:1].isupper() and not before.lower().endswith("ed")


def _lower_case_name_of_the_headline(text: str, word: str) -> bool:
    """ "argenx (Euronext & Nasdaq: ARGX)" under "argenx to Present at ...": a name written in
    lower case, right before its ticker, that the headline opens with too."""
    if not (word[:1].islower() and word.isalpha() and len(word) >= 3) or word in _CONNECTOR:
        return False
    first_line = text.lstrip()[:200].split("\n", 1)[0].lstrip(" #*_")
    return first_line.startswith(word + " ") or first_line.startswith(word + "'")


_LETTERHEAD_WORDS = frozenset({"media", "press", "release", "news", "exhibit", "announcement", "company", "market"})
_LONE_CAPITALS_LINE = safe_compile(r"[ \t]{0,4}(?P<word>\p{Lu}[\p{Lu}&'-]{1,30})[ \t]{0,4}\n")


def _first_word_wrapped_above(text: str, begin: int) -> int:
    """ "MISSION\nNEWENERGY LIMITED" opening a notice: a name in capitals whose first word a copy
    wrapped on to the text's first line, alone there; where the name starts. (Only there: a
    heading's lone word, "ANNOUNCEMENT", may stand over a name further down.)"""
    line_start = text.rfind("\n", 0, begin) + 1
    if line_start == 0 or text[line_start:begin].strip() or not text[begin : begin + 2].isupper():
        return begin
    if text.rfind("\n", 0, line_start - 1) >= 0:
        return begin
    above = _LONE_CAPITALS_LINE.fullmatch(text, 0, line_start)
    if above is None:
        return begin
    word = above["word"].lower()
    if word in _NOT_NAME_WORDS | _NOT_WHOLE_NAMES | _LETTERHEAD_WORDS or word in EXCHANGES:
        return begin  # ("MEDIA" / "ASX" over the name: a heading's or a market's word)
    return int(above.start("word"))


def _is_legal_suffix(word: str) -> bool:
    """ "Inc.", "ASA", and "inc." as a lower-case brand writes it."""
    return _LEGAL_SUFFIX.fullmatch(word) is not None or _LEGAL_SUFFIX.fullmatch(word.capitalize()) is not None


def _lower_case_brand(words: list[regex.Match[str]], taken: list[regex.Match[str]]) -> list[regex.Match[str]]:
    """ "lululemon athletica inc." (a brand written in lower case): the words of the clause
    the legal suffix closes, when that clause is short and holds nothing but words."""
    clause = words[: words.index(taken[0])]
    # (the comma before the suffix is the name's own: "agilon health, inc.")
    last_comma = max((i for i, w in enumerate(clause[:-1]) if w.group().endswith(",")), default=-1)
    clause = clause[last_comma + 1 :]
    if 1 <= len(clause) <= 3 and all(_LOWER_NAME_WORD.fullmatch(w.group().rstrip(",")) for w in clause):
        return clause + taken
    return taken
