"""Telephone numbers: find bounded candidates by shape, then let phonenumbers verify them.

We never run phonenumbers' matcher over a whole release: it reads passcodes as phone
numbers and misses foreign numbers. Candidates come from a bounded pattern, are capped
in length, and are parsed with the country the nearby label names.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import phonenumbers
import regex
from phonenumbers import PhoneNumberType

from .lexicon import PHONE_COUNTRIES, alternation
from .safety import compile as safe_compile
from .scan import finditer_near

MAX_CANDIDATE = 40  # characters: far above any real number, far below libphonenumber's 250 cap

# "913-312-0836", "(913) 312-0836", "1-800-715-9871", "+1 833 470 1428", "877.407.0784",
# "+44 (0) 20 3936 2999", "0800 279 6619", "+47 951 78 680": one flat character class,
# so matching stays linear; what the run glued on is trimmed off by validation.
# "866/393-4618": an area code set off by a slash, as older US releases write it.
_PHONE = safe_compile(
    # (or glued on to the address before it: "...@acme.com1-800-605-3210")
    # (nor a decimal's fraction written with a comma: "0,2203939835 per ADS")
    # ("416-641-6143/866-542-4241": a local number and its toll-free twin, a slash between)
    # ("may be accessed by dialing1-800-633-8284": a copy that lost the space after the verb)
    r"(?:(?<![\w+=#@.-]|\w/|(?<!\d)\d,)|(?<=@[\w.-]{1,80}\.(?:com|net|org|io|co|ca|us))|(?<=\d[-. ]\d{4}/)"
    r"|(?<=\b(?i:dialing|dial|calling|call|at)))"
    r"(?P<number>\d{3}/\d{3}[-.]\d{4}"
    # "+49 40/46 88 33 0", "0331 / 74 00 76": a German area code set off by a slash.
    r"|(?:\+\s?\d{2,3}\s?|0)\d{2,4}\s?/\s?\d[\d \-]{3,16}\d"
    # "dial (416)\n849-0833": a fixed-width copy wrapped the number after its area code
    r"|(?:1[ .-]?)?\(\d{3}\)[ \t]{0,4}\n[ \t]{0,8}\d{3}[-. ]\d{4}"
    # ("800.995.5267https://www.acme.com": a link glued on after it; "+47 94 80 46 43email:
    # svein@...": the next field's label)
    r"|(?:\+\s?|00)?\(?\d[\d ().\-]{5,30}\d)"
    # ("(201)343-5202x121": an extension glued on)
    r"(?![\d_@]|(?!https?:|www\.|x\d|ext\.?\d|(?:e-?mail|fax|tel(?:ephone)?|phone|mobile|cell|direct|web(?:site)?)\b)[a-z])"
)
# The run of digits every candidate holds: a pattern with no lookbehind, which the engine
# scans 3x faster than _PHONE; _PHONE runs only around these runs.
_DIGIT_RUN = safe_compile(r"\d[\d ().\-]{5,30}\d")
# "249 - 454 173.1 273" (a results table's cells): one digit after a point is a decimal, and no
# phone number writes a group of one digit after a point.
_DECIMAL = safe_compile(r"\d\.\d(?!\d)")
# "date: 2025-02-11 00:40:56" (a page's metadata): a date and an hour, not a number.
_ISO_DATE = safe_compile(r"(?:19|20)\d\d-[01]\d-[0-3]\d(?!\d)")
# "(888) 676-VRSN": a North American number that spells its last four digits.
_VANITY_TAIL = safe_compile(r"[-. ]?(?P<letters>[A-Z]{4})(?![\w@])")
# The rest of a number a copy wrapped on to the next line: a group or two of digits, then the
# line's end or a separator ("0031; +44 ..."), never a word ("80333 München", "12 January").
WRAPPED_GROUPS = safe_compile(
    r"[ \t]{0,3}\n[ \t]{0,8}(?P<groups>\d{2,4}(?:[ .-]\d{2,4})?)"
    # (or the number's kind after it, to the line's end: "(317)\n972-7041 Direct")
    r"(?=[ \t]{0,4}(?:\n|$)|[;,)]|[ \t]{1,4}(?:or|and|ext|x)\b|[ \t]{1,4}[+(]|[ \t]{1,4}\p{L}{2,12}[ \t]{0,4}(?:\n|$))"
)
_KEYPAD = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "22233344455566677778889999")
_EXTENSION = safe_compile(r"^\s{0,2}(?:ext\.?|extension|x)\s{0,2}\d{1,6}", regex.IGNORECASE)
# A register's or a tax office's number: "General Commercial Registry Number: 77082927000",
# "Registration number: 1987/115237/06", "Business ID: 1234567-8", "CVR no. 12345678".
IDENTIFIER_LABEL = safe_compile(
    r"\b(?:regist(?:ry|ration|ered)\s(?:number|no\.?)|reg\.\s?no\.?|company\s(?:number|no\.?)|business\sid"
    r"|vat(?:\s(?:number|no\.?))?|tax\s(?:id|number)|lei|isin|cvr(?:\s(?:number|no\.?))?|org\.?\s?(?:nr|no)\.?"
    r"|corporate\sidentity\snumber)\s{0,2}[:.#]?\s{0,3}$",
    regex.IGNORECASE,
)
_COUNTRY_WORD = safe_compile(rf"\b(?P<country>{alternation(PHONE_COUNTRIES)})(?!\w)", regex.IGNORECASE)
_TOLL_FREE = safe_compile(r"toll[\s-]{0,2}free|tollfree|free\s?phone|free\s?call|gratuit|no\s?cost", regex.IGNORECASE)
_TOLL = safe_compile(r"\btoll\b(?![\s-]{0,2}free)|\blocal\b|\bdirect\b", regex.IGNORECASE)


@dataclass(frozen=True, slots=True)
class PhoneCandidate:
    start: int
    end: int
    written: str
    digits: int


def find_candidates(text: str, start: int = 0, end: int | None = None) -> Iterator[PhoneCandidate]:
    """Runs shaped like phone numbers (one or a few glued together); parse_run splits them."""
    stop = len(text) if end is None else end
    for m in finditer_near(_PHONE, _DIGIT_RUN, text, start, stop, before=12, after=32):
        written = m["number"].strip(" .-/")
        digit_count = sum(c.isdigit() for c in written)
        begin = m.start() + m.group().index(written)
        if digit_count == 6 or (digit_count == 7 and written.startswith("1")):  # "1-866-732-VOTE"
            vanity = _VANITY_TAIL.match(text, begin + len(written), stop)
            if vanity is not None:
                spelled = text[begin : vanity.end()]
                yield PhoneCandidate(begin, vanity.end(), spelled.translate(_KEYPAD), digit_count + 4)
                continue
        if digit_count < 7 or _ISO_DATE.match(written) or _DECIMAL.search(written):
            continue
        finish = begin + len(written)
        wrapped = WRAPPED_GROUPS.match(text, finish, stop)
        if wrapped is not None:
            # "tel. +358 400 719\n669": a fixed-width copy wrapped the number's last group; parse_run
            # takes the whole when it validates, the first line's part when not.
            written = text[begin : wrapped.end("groups")]
            finish, digit_count = wrapped.end("groups"), digit_count + sum(c.isdigit() for c in wrapped["groups"])
        # (a wrapped number's line break read as the space it stood for, one for one)
        yield PhoneCandidate(begin, finish, written.replace("\n", " "), digit_count)


def country_of(label: str) -> str | None:
    """The region a label names ("UK:", "Germany", "U.S./Canada toll-free"): the first one."""
    found = _COUNTRY_WORD.search(label)
    return PHONE_COUNTRIES[" ".join(found["country"].lower().split())] if found else None


@lru_cache(maxsize=4096)  # a release repeats its numbers; phonenumbers' parse is the costly part
def to_e164(written: str, region: str | None, home: str | None = None) -> str | None:
    """E.164 for a number as written, parsed in the labelled region, else North America,
    else the issuer's home country (``home``, when the release places it).

    Returns None when the number does not validate in any region we may assume.
    """
    if len(written) > MAX_CANDIDATE:
        return None
    text = written
    text = text.replace("(0)", " ")
    if text.startswith("00"):
        text = "+" + text[2:]
    if home is not None and home not in _NANP_REGIONS and text.lstrip().startswith("+"):
        written_digits = "".join(c for c in text if c.isdigit())
        if written_digits.startswith(str(phonenumbers.country_code_for_region(home))):
            # "+571-234-5190" from a Colombian issuer: its home's code, a Bogotá number of the plan
            # before 2021 (possible, no longer valid); never "+1 571 ..." in Virginia
            return _valid_e164(text, None) or _valid_e164(text, None, possible=True)
    if _NANP_AFTER_PLUS.fullmatch(text.strip()):
        # "+646-307-1963": a North American number grouped 3-3-4 with a "+" and no "1" (read as
        # written it would be a New Zealand number, which no one groups that way).
        nanp = to_e164(text.strip()[1:], "US")
        if nanp is not None:
            return nanp
    if region is not None and not text.startswith(("+", "0", "(")) and region not in _NANP_REGIONS:
        calling_code = str(phonenumbers.country_code_for_region(region))
        if text.startswith(calling_code):
            # "57 1 380 8041 Colombia - Bogota": the labelled country's code without its "+" (or
            # a national number that opens with the same digits, "Italy: 393 555 1234"). Such a
            # number is that country's or none: never a North American guess.
            return _valid_e164("+" + text, None) or _valid_e164(text, region)
    code = _BRACKETED_COUNTRY_CODE.fullmatch(text)
    if code is not None:
        # "(65) 6360.4060", "(1) 408.941.1110": a country's code in brackets (one or two digits,
        # never an area code, which has three; nor a trunk "0")
        e164 = _valid_e164(f"+{code['code']} {code['rest']}", None)
        if e164 is not None:
            return e164
    regions: list[str | None] = [region] if region else []
    if not text.startswith("+"):
        regions += [r for r in ("US", home) if r is not None and r not in regions]
    for guess in regions or [None]:
        e164 = _valid_e164(text, guess)
        if e164 is not None:
            return e164
    # "Tel: 972-3-7111690": a country code written without its "+" (never a national number,
    # which would open with its trunk 0, nor a North American one, tried above).
    digits = sum(c.isdigit() for c in text)
    if not text.startswith(("+", "0", "1", "(")) and 11 <= digits <= 13:
        return to_e164("+" + text, None)
    # "+281-878-1000": a North American number written with a "+" and no country code.
    # (its area code a group of three: "+57 1 587 7700" is Bogotá's, in a plan since renumbered)
    if text.startswith("+") and digits == 10 and _AREA_CODE_AFTER_PLUS.match(text) and not written.startswith("00"):
        return to_e164(text[1:], "US")
    return None


_BRACKETED_COUNTRY_CODE = safe_compile(
    r"[ \t]{0,2}\((?P<code>[1-9]\d?)\)[ \t]{0,2}(?P<rest>\d[\d .\-]{5,20}\d)[ \t]{0,2}"
)
# Regions of the North American plan (calling code 1): a number there never opens with its code's "+".
_NANP_REGIONS = frozenset(phonenumbers.region_codes_for_country_code(1))


def _valid_e164(text: str, region: str | None, *, possible: bool = False) -> str | None:
    """E.164 when phonenumbers parses text in region and validates it (or, ``possible``, finds
    its length fits its country's plan), else None."""
    try:
        parsed = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None
    if (phonenumbers.is_possible_number if possible else phonenumbers.is_valid_number)(parsed):
        return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    return None


_AREA_CODE_AFTER_PLUS = safe_compile(r"\+\(?[2-9]\d\d(?!\d)")
# "+ 571- ": the plus and the digit group after it, which hold the country code.
_COUNTRY_CODE_GROUP = safe_compile(r"\+\s?\d{1,4}")


_NANP_AFTER_PLUS = safe_compile(r"\+\(?[2-9]\d\d\)?[-. ]\d{3}[-.]\d{4}")
_SEPARATOR = safe_compile(r"[ ().\-]+")
_NUMBER_START = safe_compile(r"[+(\d]")


@lru_cache(maxsize=4096)
def parse_run(written: str, region: str | None, home: str | None = None) -> tuple[tuple[int, int, str], ...]:
    """The valid numbers in a run of digits and separators, as (start, end, E.164).

    A run can hold two numbers glued by a space ("(888) 596-4144 (646) 968-2525") or a
    number followed by a stray figure; the longest valid prefix at a separator wins.
    """
    found: list[tuple[int, int, str]] = []
    offset = 0
    while (first := _NUMBER_START.search(written, offset)) is not None:
        begin = first.start()
        rest = written[begin:]
        cuts = sorted({m.start() for m in _SEPARATOR.finditer(rest)} | {len(rest)}, reverse=True)
        for cut in cuts:
            piece = rest[:cut].rstrip(" ().-")
            if sum(c.isdigit() for c in piece) < 7:
                cut = 0
                break
            e164 = to_e164(piece, region, home)
            if e164 is not None:
                found.append((begin, begin + len(piece), e164))
                break
        if cut == 0:
            if rest.startswith("+"):
                # "+ 571- 587 7700" (Bogotá, in a plan since renumbered, so it no longer validates): a
                # number its writer gave a country code is never read again from inside as a North
                # American one ("571-587-7700"); no number beats a stranger's
                gap = _COUNTRY_CODE_GROUP.match(rest)
            else:
                gap = _SEPARATOR.search(rest)
            if gap is None:
                break
            cut = gap.end()
        offset = begin + max(cut, 1)
    return tuple(found)


def is_toll_free(e164: str, label: str) -> bool:
    """From the label where it says ("toll-free", "toll"), else from the number's type."""
    if _TOLL_FREE.search(label):
        return True
    if _TOLL.search(label):
        return False
    return _is_toll_free_number(e164)


@lru_cache(maxsize=4096)
def _is_toll_free_number(e164: str) -> bool:
    try:
        kind = phonenumbers.number_type(phonenumbers.parse(e164, None))
    except phonenumbers.NumberParseException:
        return False
    return kind == PhoneNumberType.TOLL_FREE


def strip_extension(text: str, end: int) -> int:
    """The end offset past an extension written after a number ("x 204"), to skip it."""
    m = _EXTENSION.match(text, end, min(len(text), end + 20))
    return m.end() if m else end
