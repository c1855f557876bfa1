"""Ticker symbols with their exchanges.

"(Nasdaq: IMGN)", "(NYSE:BRK.B)", "(NASDAQ: ABC, TSX: ABC)", "(TSX: RY) (NYSE: RY)",
"(Nasdaq: KELYA, KELYB)", "(CHKR: NASDAQ)", "NYSE American: XXII", and prose that ties a
symbol to an exchange in one sentence: "listed on the Toronto Stock Exchange under the
symbol PD", "Oslo Børs Ticker: ELO", "(ticker: KFAST B) ... on Nasdaq Stockholm".
"""

from __future__ import annotations

from functools import lru_cache

import regex

from ..document import Document
from ..lexicon import EURONEXT_CITIES, EXCHANGES, EXCHANGES_COLON_ONLY, MARKET_SUFFIXES, alternation
from ..models import Ticker
from ..regions import page_tail
from ..safety import compile as safe_compile
from ..safety import lowered
from ..scan import Words, finditer_near
from . import Part

_EXCHANGE = alternation(EXCHANGES)
_PROSE_EXCHANGE = alternation(k for k in EXCHANGES if k not in EXCHANGES_COLON_ONLY and len(k) > 3)
# ... and the short ones ("TSX", "ASX") in prose only as written, in capitals and whole:
# "(TSX Symbol PBL.UN)", "under the symbol PD on the TSX".
_PROSE_EXCHANGE_SHORT = alternation(k.upper() for k in EXCHANGES if k not in EXCHANGES_COLON_ONLY and len(k) <= 3)
_PROSE_EXCHANGE_ANY = rf"(?i:{_PROSE_EXCHANGE})|(?<![\w.])(?:{_PROSE_EXCHANGE_SHORT})(?!\w|\.\w)"
# A symbol: "IMGN", "BRK.B", "CRT.UN" ("OTT.un"), "KFAST B", "8150", "Nava" (as written; upper-cased), and a
# Canadian preferred share's "CGI.PR.D".
# (a long one only in capitals: "BVC: ECOPETROL", not "NYSE-American")
_SYMBOL = (
    r"(?:(?:[A-Z0-9]{8,9}|[A-Z0-9][A-Za-z0-9]{0,6})(?:\.PR\.[A-Z](?![\w.])|[.\-](?:[A-Z0-9]{1,3}|[a-z]{1,2}(?![\w.])))?"
    r"(?:\s[A-B](?![\w.]))?)"
)
_MORE_SYMBOL = r"(?:[A-Z0-9]{1,7}(?:\.PR\.[A-Z](?![\w.])|[.\-][A-Z0-9]{1,3})?(?:\s[A-B](?![\w.]))?)"

# What a symbol is, written between the exchange and its colon: "OSE ticker code: HAFNI".
_SYMBOL_KINDS = frozenset({"ticker", "stock", "trading"})
_SYMBOL_NOUNS = frozenset({"code", "symbol"})
_SYMBOL_WORDS = rf"(?i:{alternation(_SYMBOL_KINDS)})\s(?i:{alternation(_SYMBOL_NOUNS)})"

# "Nasdaq: IMGN", "NYSE:BRK.B", "TSX: RY, NYSE: RY", "Nasdaq: KELYA, KELYB", and a web copy's
# "Nasdaq: [PAA](https://www.globenewswire.com/Tracker?...)", "TSX: “LUG”"
COLON_FORM = safe_compile(
    # ("Nasdaq-100® market indices": an index, not a listing)
    # ("Nasdaq OMX Stockholm Large Cap Market: MTGA": the exchange's segment after its name;
    # "OSE ticker code: “HAFNI”": what the symbol is)
    rf"(?<![\w.])(?P<exchange>(?i:{_EXCHANGE}))(?:\s(?:Large|Mid|Small)\sCap(?:\sMarket)?)?"
    rf"(?:\s{_SYMBOL_WORDS})?"
    rf"\s{{0,2}}(?::|-(?!\d{{2,3}}\b)|\s(?=[A-Z]{{2,5}}\)))\s{{0,2}}\**\s{{0,2}}[\[“\"]?"
    # (a colon after it makes it an index's number: "Nasdaq-100: CTSH")
    # ("(Euronext Paris: FR0000074130, COX)": the share's ISIN before its symbol)
    r"(?:[A-Z]{2}[A-Z0-9]{9}\d\s{0,2}(?:,|/|[-–]\s)\s{0,2})?"
    rf"(?P<symbol>{_SYMBOL})(?:\]\([^()\s]{{1,400}}\))?(?![\w'])(?!\s?:)"
    # ('(Nasdaq: “AFAQU”, “AFAQ”, “AFAQW”)': each symbol in its quotes)
    # (not the next listing's exchange: "OSE ticker code: “HAFNI”, NYSE ticker code “HAFN”")
    rf"(?P<more>(?:[\"”]?\s{{0,2}}(?:,|and|&)\s{{0,2}}[\"“]?{_MORE_SYMBOL}(?![\w:'-])"
    rf"(?!\s{_SYMBOL_WORDS})){{0,3}})"
)
# "Maurel & Prom (Paris:MAU)": a Euronext market named by its city, in brackets only.
_CITY_MARKET_FORM = safe_compile(
    rf"\((?P<city>(?i:{alternation(EURONEXT_CITIES)}))\s{{0,2}}:\s{{0,2}}(?P<symbol>[A-Z0-9]{{2,6}})\)",
    needs=tuple(EURONEXT_CITIES),
)
# "(CHKR: NASDAQ)"
# "(CHGS: AMEX)", "(CHGS.AMEX)": the symbol first.
# "(BMD: TSX and AMEX)": one symbol on several exchanges.
# "(EXK: NYSE-Amex, EDR: TSX, EDR.WT: TSX)": a list of them, each symbol before its exchange.
# "(NPR.UN - TSX)": a spaced dash between.
_REVERSED_FORM = safe_compile(
    rf"(?:\(|(?<=\([^()]{{1,80}},\s{{0,2}}))(?P<symbol>[A-Z]{{1,6}}(?:\.[A-Z]{{1,3}})?)"
    rf"(?:\s{{0,2}}:\s{{0,2}}|\.|[ ][-–][ ])"
    rf"(?P<exchange>(?i:{_EXCHANGE}))"
    # ("(DMGGF:OTC US)": the market's country after it)
    rf"(?P<also>(?:\s{{0,2}}(?:,|and|&|/)\s{{0,2}}(?i:{_EXCHANGE})){{0,3}})(?:[ ]US)?(?=\s{{0,2}}[,;)])"
)
_REVERSED_LIST_REACH = 120  # characters after the first "(SYMBOL:" that its bracket's list may run
_ALSO_EXCHANGE = safe_compile(rf"(?i:{_EXCHANGE})")
# "(TSX/SU; NYSE/SU)": exchange and symbol joined by a slash, in brackets only.
_SLASH_FORM = safe_compile(
    rf"(?<=[(;,][ \t]{{0,2}})(?P<exchange>(?i:{_EXCHANGE}))/"
    rf"(?P<symbol>[A-Z][A-Z0-9]{{0,6}}(?:\.[A-Z]{{1,3}})?)(?=[ \t]{{0,2}}[;,)])"
)
# "listed on the Toronto Stock Exchange under the symbol PD", "Oslo Børs Ticker: ELO"
_PROSE_FORM = safe_compile(
    rf"(?P<exchange>{_PROSE_EXCHANGE_ANY})(?:\s{{1,2}}\w{{1,20}}){{0,2}}[^.\n;]{{0,60}}?"
    rf"\b(?i:(?:ticker|trading|stock)\s{{0,2}}symbol|ticker|symbol|stock\s{{1,2}}code|securities\s{{1,2}}code)s?\s{{0,2}}(?:code\s{{0,2}})?"
    rf"(?::|\bof\b|\bis\b)?\s{{0,2}}[\"“']?\s{{0,2}}(?P<symbol>[A-Z0-9]{{1,7}}(?:[.\-][A-Z0-9]{{1,3}})?(?:\s[A-B](?![\w.]))?)\b"
    rf"(?P<more>(?:[\"”']?\s{{0,2}}(?:,|and|&)\s{{0,2}}[\"“']?{_MORE_SYMBOL}(?![\w:'-])){{0,3}})"
)
# A symbol's own market named right after it: '“TTNMF” on the OTCQX'.
_ON_EXCHANGE_AFTER = safe_compile(rf"[\"”']?\s{{1,2}}on\s{{1,2}}(?:the\s{{1,2}})?(?P<exchange>{_PROSE_EXCHANGE_ANY})")
# "(ticker: KFAST B) ... on Nasdaq Stockholm", "under the symbol "PD" on the Toronto Stock Exchange"
_SYMBOL_FIRST_FORM = safe_compile(
    rf"\b(?i:(?:ticker|trading|stock)\s{{0,2}}symbol|ticker|symbol)s?\s{{0,2}}(?::|\bof\b|\bis\b)?\s{{0,2}}[\"“']?"
    rf"(?P<symbol>[A-Z0-9]{{1,7}}(?:[.\-][A-Z0-9]{{1,3}})?(?:\s[A-B](?![\w.]))?)\b[\"”']?\)?"
    rf"[^.\n;]{{0,60}}?\b(?:on|at)\s(?:the\s)?(?P<exchange>{_PROSE_EXCHANGE_ANY})"
)
_CODE_LABELLING_EXCHANGES = ("ASX", "NZX", "JSE", "SGX")  # "ASX Code: WBC"
# "(ticker: IMGN)", "ticker symbol IMGN", "(Stock Code: 1179)" (Hong Kong): a symbol with no
# exchange in its sentence.
_BARE_FORM = safe_compile(
    # ("Securities identification code: 3941", "(Stock Exchange Code 4980)": a Japanese notice's)
    r"\b(?i:ticker(?:\s{1,2}symbol)?|trading\s{1,2}symbol|stock\s{1,2}(?:exchange\s{1,2})?code"
    r"|securities\s{1,2}(?:identification\s{1,2})?code|share\s{1,2}code"
    # ("ASX Code: WBC": the exchange itself labels the code)
    rf"|(?<=\b(?:{'|'.join(_CODE_LABELLING_EXCHANGES)})\s)code)"
    r"\s{0,2}:?\s{0,2}"
    r"[\"“']?(?P<symbol>[A-Z][A-Z0-9]{0,6}(?:\.[A-Z]{1,3})?|\d{3,6}(?![\d,.]))\b"
)
_BARE_WORDS = Words(
    (
        "ticker",
        "trading symbol",
        "stock code",
        "securities code",
        "share code",
        "exchange code",
        "identification code",
        *(f"{exchange.lower()} code" for exchange in _CODE_LABELLING_EXCHANGES),
    )
)
_NOT_SYMBOL_WORDS = frozenset(
    {"THE", "AND", "INC", "CORP", "LTD", "PLC", "ON", "AT", "IN", "OF", "A", "AN", "TO", "FOR", "US", "UK",
     # a security's number, labelled ("Frankfurt Stock Exchange: ISIN DE000A11QVV0 / WKN A11QVV")
     "ISIN", "WKN", "CUSIP", "SEDOL"}
)  # fmt: skip
# Indices named in brackets after the exchange: "Frankfurt Stock Exchange (SDAX)". After a
# colon they are symbols: DRAXIS Health trades as "TSX:DAX".
_INDICES = frozenset(
    {"DAX", "MDAX", "SDAX", "TECDAX", "SMI", "OMXS30", "OMXH25", "OMXC25", "OBX", "CAC", "FTSE", "ATX"}
)  # fmt: skip
_NOT_SYMBOLS = _NOT_SYMBOL_WORDS | _INDICES
_SUFFIX_SYMBOLS = frozenset({"INC", "CORP", "LTD", "PLC"})  # legal suffixes some issuers trade as


# Last words of exchange names ("nasdaq", "exchange", "tsx-v"): a ticker's colon follows one.
# (and the tail of a dotted one: "tsx.v" is read back from its colon as "v").
_EXCHANGE_LAST_WORDS = frozenset(
    word for name in EXCHANGES for word in {name.split()[-1], name.split()[-1].rpartition(".")[2]}
)
_TICKER_WORD = Words(("symbol", "ticker", "stock code", "securities code"))


def _word_before(low: str, at: int) -> str:
    """The word (letters, digits, hyphens) that ends at most two spaces before ``at``."""
    end = at
    while end > at - 3 and end > 0 and low[end - 1] in " \t\n":
        end -= 1
    start = end
    while start > end - 20 and start > 0 and (low[start - 1].isalnum() or low[start - 1] == "-"):
        start -= 1
    return low[start:end]


# A colon or hyphen a symbol follows: "Nasdaq: IMGN", "TSX-V:**ABC**".
_SYMBOL_MARK = safe_compile(r"[:\-](?=[ \t\n*]{0,4}[\[“\"]?[A-Z0-9])")


# What follows a symbol written in mixed case ("Oslo Børs: Nava)"): the listing's end.
_LISTING_CLOSES = safe_compile(r"[ \t*”\"]{0,3}(?:[),;\]]|$)", regex.MULTILINE)

# ")" closing "(NYSE ABC)": two to five capitals after a space.
_BRACKETED_SYMBOL = safe_compile(r"\s\p{Lu}{2,5}\)")


@lru_cache(maxsize=2)
def _exchange_marks(text: str) -> tuple[tuple[int, int], ...]:
    """Where an "Exchange: SYMBOL" can be: a colon or hyphen right after an exchange's last
    word ("Nasdaq:", "TSX-V:"), or ")" closing "(NYSE ABC)": the costly COLON_FORM then
    runs only around these few."""
    low = lowered(text)
    marks: list[tuple[int, int]] = []
    for mark in _SYMBOL_MARK.finditer_list(text):
        word = _word_before(low, mark.start())
        if word in _SYMBOL_NOUNS:
            # "OSE ticker code: “HAFNI”": the exchange's word two words back
            at = low.rfind(word, max(0, mark.start() - 24), mark.start())
            kind = _word_before(low, at)
            word = _word_before(low, at - len(kind) - 1) if kind in _SYMBOL_KINDS else ""
        if word in _EXCHANGE_LAST_WORDS:
            marks.append(mark.span())
    for symbol in _BRACKETED_SYMBOL.finditer_list(text):
        if _word_before(low, symbol.start()) in _EXCHANGE_LAST_WORDS:
            marks.append((symbol.start(), symbol.start() + 1))
    return tuple(sorted(marks))


_EXCHANGE_SLASHES = Words(("/",), case=True)


# A Nordic symbol with its share class: "STE A", "STE R", "KFAST B".
_CLASS_SYMBOL = r"(?:[A-Z0-9]{1,7}(?:\.PR\.[A-Z](?![\w.])|[.\-][A-Z0-9]{1,3})?(?:\s(?:[A-D]|R|SDB|PREF)(?![\w.]))?)"
# "listed on Nasdaq Helsinki Oy (STEAV, STERV) and Nasdaq Stockholm AB (STE A, STE R)":
# symbols in brackets right after an exchange's name (and its operator's legal form).
_PAREN_FORM = safe_compile(
    rf"(?<![\w.])(?P<exchange>(?i:{_PROSE_EXCHANGE}))(?:\s(?:Oy|AB|Ltd|plc|ASA|A/S|AG))?\s{{0,2}}\("
    rf"(?P<symbol>{_CLASS_SYMBOL})(?P<more>(?:\s{{0,2}},\s{{0,2}}{_CLASS_SYMBOL}){{0,5}})\)"
)
_OPERATOR_FORMS = frozenset({"oy", "ab", "ltd", "plc", "asa", "a/s", "ag"})


@lru_cache(maxsize=2)
def _listing_brackets(text: str) -> tuple[tuple[int, int], ...]:
    """Where "Exchange (SYM, SYM)" can be: a "(" after an exchange's last word, maybe with
    its operator's legal form between ("Nasdaq Helsinki Oy (")."""
    low = lowered(text)
    marks: list[tuple[int, int]] = []
    at = text.find("(")
    while at >= 0:
        if text[at + 1 : at + 2].isupper():
            word = _word_before(low, at)
            if word in _OPERATOR_FORMS:
                word = _word_before(low, at - len(word) - 1)
            if word in _EXCHANGE_LAST_WORDS:
                marks.append((at, at + 1))
        at = text.find("(", at + 1)
    return tuple(marks)


# Colons of "(CHKR: NASDAQ)", or dots of "(CHGS.AMEX)": after "(" and one to six capitals.
_COLON_AFTER_SYMBOL = safe_compile(r"\(\p{Lu}{1,6}(?:\s{0,2}:|\.(?=\p{Lu}{3})|(?:\.\p{Lu}{1,3})?[ ][-–][ ])")


@lru_cache(maxsize=2)
def _symbol_colons(text: str) -> tuple[tuple[int, int], ...]:
    """Colons of "(CHKR: NASDAQ)" (or dots of "(CHGS.AMEX)", dashes of "(NPR.UN - TSX)"): after "(" and
    one to six capitals."""
    return tuple((m.end() - 1, m.end()) for m in _COLON_AFTER_SYMBOL.finditer_list(text))


def colon_tickers(text: str, start: int = 0, end: int | None = None) -> list[regex.Match[str]]:
    """ "(Exchange: SYMBOL, ...)" matches, found around exchange names' colons only."""
    return finditer_near(COLON_FORM, _exchange_marks(text), text, start, end, before=45, after=80)


# ("(NSE, BSE,NYSE: INFY)", "(AIM/Nasdaq:HCM)", "(NYSE and SIX: ZBH)", "(Euronext & Nasdaq: ARGX)", "(NYSE | TSX: ACB)",
# "(NYSE; TASE: PRGO)")
_EXCHANGE_THEN_SEPARATOR = safe_compile(
    rf"(?<![\w.])(?P<exchange>(?i:{_EXCHANGE}))\s{{0,2}}(?:[,/&|;]|\sand)\s{{0,2}}$"
)


def _exchanges_listed_before(text: str, at: int) -> list[str]:
    """The exchanges a bracket lists before the one a colon closes, nearest first."""
    listed: list[str] = []
    while (m := _EXCHANGE_THEN_SEPARATOR.search(text, max(0, at - 40), at)) is not None and len(listed) < 4:
        listed.append(canonical_exchange(m["exchange"]))
        at = m.start()
    if listed and _SYMBOL_COLON_BEFORE.search(text, max(0, at - 12), at):
        return []  # "(ASM: TSX/NYSE American; FSE:GV6)": another symbol's exchanges, written after it
    return listed


_SYMBOL_COLON_BEFORE = safe_compile(r"(?<![\w.])[A-Z]{1,6}(?:\.[A-Z]{1,3})?[ \t]{0,2}:[ \t]{0,2}$")


# The rest of an exchange's name up to its colon: " Amex:" after "NYSE".
_EXCHANGE_NAME_GOES_ON = safe_compile(r"(?:[ \t]{1,2}[A-Za-z]{2,12}){0,2}[ \t]{0,2}:")
# One symbol of a list already matched ("KELYA, KELYB", "STE A, STE R").
_ONE_MORE_SYMBOL = safe_compile(_CLASS_SYMBOL)


def canonical_exchange(written: str, symbol: str = "") -> str:
    key = " ".join(written.lower().split())
    if key == "tse" and symbol[:1].isalpha():
        # "(TSE: KFS, NYSE: KFS)": Toronto's old mark (Tokyo's codes open with digits: "TSE: 3774")
        return "TSX"
    return EXCHANGES.get(key, key.upper())  # (as written, one line: "Dubai Financial\nMarket")


def extract(doc: Document) -> Part:
    text = doc.text
    found: list[tuple[int, int, int, str | None, str]] = []  # (start, sym_start, sym_end, exchange, symbol)
    for m in colon_tickers(text):
        exchange = canonical_exchange(m["exchange"], m["symbol"])
        symbol = m["symbol"]
        colon = ":" in text[m.end("exchange") : m.start("symbol")]
        if f"{m['exchange']}-{symbol}".lower() in EXCHANGES:
            continue  # "(MICEX-RTS, ticker symbol: NLMK)": one exchange's hyphenated name, not "MICEX: RTS"
        written, _, after_dot = symbol.partition(".")
        if (
            after_dot
            and text[m.end("exchange") : m.start("symbol")] == "-"
            and f"{m['exchange']}-{written}".lower() in EXCHANGES
        ):
            # "(TSX-V.DMI)": the venture exchange's hyphenated name, a full stop, then the symbol
            exchange = canonical_exchange(f"{m['exchange']}-{written}")
            symbol = after_dot
            found.append((m.start(), m.start("symbol") + len(written) + 1, m.end("symbol"), exchange, symbol.upper()))
            continue
        if symbol.upper() in (_NOT_SYMBOL_WORDS if colon else _NOT_SYMBOLS) and not (
            colon and symbol.upper() in _SUFFIX_SYMBOLS and _LISTING_CLOSES.match(text, m.end("symbol"))
        ):
            continue  # ("(TSX: PLC)": Park Lawn's symbol, its bracket closing right after it)
        if symbol.isalpha() and symbol.islower():
            continue
        if not colon and " ".join(m["exchange"].lower().split()) in EXCHANGES_COLON_ONLY:
            continue  # "Year-Over-Year Six-Month Revenue": a word, not "SIX-MONTH"
        if any(c.islower() for c in symbol) and not _LISTING_CLOSES.match(text, m.end("symbol")):
            continue  # "OTC Markets: Trading and Securities filings": a word in a sentence
        if not _symbol_ok(symbol):
            continue
        # "(NSE, BSE,NYSE: INFY)", "(AIM/Nasdaq:HCM)": the exchanges listed before share the symbol.
        for listed in [*reversed(_exchanges_listed_before(text, m.start("exchange"))), exchange]:
            found.append((m.start(), m.start("symbol"), m.end("symbol"), listed, symbol.upper()))
        more = m["more"]
        if more:
            base = m.start("more")
            for extra in _ONE_MORE_SYMBOL.finditer(more):
                sym = extra.group()
                if sym.lower() in EXCHANGES and _EXCHANGE_NAME_GOES_ON.match(text, base + extra.end()):
                    break  # "(TSX:URE, NYSE Amex:URG)": the next listing's exchange, not a second symbol
                if _DEFINITION_AFTER.match(text, base + extra.end()):
                    break  # "(NASDAQ: GWPH, AIM: GWP, GW, the Company or the Group)": a short name defined
                if sym.upper() not in _NOT_SYMBOLS and _symbol_ok(sym):
                    found.append((m.start(), base + extra.start(), base + extra.end(), exchange, sym.upper()))
    prose = [
        # (after: a list of such pairs runs on from the bracket's first)
        *finditer_near(_REVERSED_FORM, _symbol_colons(text), text, before=12, after=_REVERSED_LIST_REACH),
        *finditer_near(_PROSE_FORM, _TICKER_WORD, text, before=200, after=140),
        *finditer_near(_SYMBOL_FIRST_FORM, _TICKER_WORD, text, before=10, after=200),
        *finditer_near(_PAREN_FORM, _listing_brackets(text), text, before=45, after=80),
        *finditer_near(_SLASH_FORM, _EXCHANGE_SLASHES, text, before=30, after=14),
    ]
    for m in sorted(prose, key=lambda m: m.start()):
        symbol = m["symbol"]
        if symbol.upper() in _NOT_SYMBOLS or not _symbol_ok(symbol) or symbol.lower() in EXCHANGES:
            continue  # "OTC Markets (OTCQX)" names a market tier, not a symbol
        if any(f[1] == m.start("symbol") for f in found):  # an exchange named before the symbol wins
            continue
        exchange = canonical_exchange(m["exchange"])
        if m.start("exchange") < m.start("symbol"):
            # "admitted to trading on the Nasdaq Global Market and on AIM, a market operated by the
            # London Stock Exchange, under the ticker symbol "PPHC"": the market named first lists it too.
            before = _listed_before(text, m.start("exchange"))
            if before is not None:
                found.append((m.start(), m.start("symbol"), m.end("symbol"), before, symbol.upper()))
        found.append((m.start(), m.start("symbol"), m.end("symbol"), exchange, symbol.upper()))
        # "traded on Euronext Amsterdam and NASDAQ under the symbol ASML", "under the symbol "TD"
        # on the Toronto Stock Exchange and New York Stock Exchange": one symbol, two listings.
        also_end = m.start("symbol") if m.start("exchange") < m.start("symbol") else min(len(text), m.end() + 80)
        for also in _also_listed(text, m.end("exchange"), also_end):
            found.append((m.start(), m.start("symbol"), m.end("symbol"), also, symbol.upper()))
        also_written = m.groupdict().get("also")
        if also_written:
            for name in _ALSO_EXCHANGE.finditer(also_written):
                found.append(
                    (m.start(), m.start("symbol"), m.end("symbol"), canonical_exchange(name.group()), symbol.upper())
                )
        more = m.groupdict().get("more")
        if more:
            for extra in _ONE_MORE_SYMBOL.finditer(more):
                if extra.group() not in _NOT_SYMBOLS and _symbol_ok(extra.group()):
                    at = m.start("more") + extra.start()
                    # ('under the symbol "TTNM" and "TTNMF" on the OTCQX': the second on a market of its own)
                    own = _ON_EXCHANGE_AFTER.match(text, at + len(extra.group()))
                    listed = canonical_exchange(own["exchange"]) if own is not None else exchange
                    found.append((m.start(), at, at + len(extra.group()), listed, extra.group()))
    for m in finditer_near(_EXCHANGE_THEN_SYMBOL, _quote_or_word_marks(text), text, before=30, after=24):
        if not any(f[1] == m.start("symbol") for f in found) and _symbol_ok(m["symbol"]):
            found.append(
                (m.start(), m.start("symbol"), m.end("symbol"), canonical_exchange(m["exchange"]), m["symbol"])
            )
    for m in finditer_near(_EPIC_FORM, _EPIC_WORD, text, before=4, after=16):
        if not any(f[1] == m.start("symbol") for f in found):
            found.append((m.start(), m.start("symbol"), m.end("symbol"), "LSE", m["symbol"]))
    for m in _CITY_MARKET_FORM.finditer_list(text):
        found.append((m.start(), m.start("symbol"), m.end("symbol"), "Euronext", m["symbol"]))
    for m in finditer_near(_NAMED_MARKET_FORM, _CODE_WORDS, text, before=60, after=30):
        if not any(f[1] == m.start("symbol") for f in found):
            symbol = m["symbol"].replace("\\", "")
            found.append((m.start(), m.start("symbol"), m.end("symbol"), canonical_exchange(m["exchange"]), symbol))
    for m in finditer_near(_BARE_FORM, _BARE_WORDS, text, before=16, after=40):
        if m["symbol"] in _NOT_SYMBOLS:
            continue
        labelling = _EXCHANGES_LABELLING.search(text, max(0, m.start() - 40), m.start())
        if labelling is not None:
            # "JSE share code: ETO", "(MICEX/RTS ticker: MSTT)": the label names its exchanges
            # (a listing read already from the first of them is kept once).
            for name in (labelling["first"], labelling["second"]):
                if name:
                    found.append((m.start(), m.start("symbol"), m.end("symbol"), canonical_exchange(name), m["symbol"]))
            continue
        if any(f[1] == m.start("symbol") for f in found):
            continue
        exchange_before = _exchange_before(doc, m.start())
        found.append((m.start(), m.start("symbol"), m.end("symbol"), exchange_before, m["symbol"].upper()))
    found.extend(_indian_listing_codes(text))
    found.extend(
        (m.start(), m.start("symbol"), m.end("symbol"), "TSE", m["symbol"])
        for m in finditer_near(_TANSHIN_LISTING, _TANSHIN_WORDS, text[:_LETTER_HEAD], before=4, after=90)
    )
    # "(3659.TO)", "(CW5.F)": a symbol with its market's suffix alone in brackets, no exchange named
    found.extend(
        (m.start(), m.start("symbol"), m.end("symbol"), None, m["symbol"])
        for m in _SUFFIXED_SYMBOL.finditer_list(text)
        if not any(f[1] <= m.start("symbol") < f[2] for f in found)
        and m["symbol"].partition(".")[0] not in _NOT_SYMBOLS
        and _symbol_ok(m["symbol"])
    )
    found.extend(
        (m.start(), m.start("symbol"), m.end("symbol"), None, m["symbol"])
        for m in _DEPOSITARY_SYMBOL.finditer_list(text)
        if not any(f[1] == m.start("symbol") for f in found)
    )
    tail = page_tail(doc)  # (a news page's links under the release name other companies' listings)
    return Part(values={"tickers": _dedupe([item for item in found if item[0] < tail])})


_DEFINITION_AFTER = safe_compile(
    r",?[ \t]{1,2}(?:or[ \t])?the[ \t][\"“]?(?:Company|Group|Corporation|Bank|Trust|Fund)\b"
)
_SUFFIXED_SYMBOL = safe_compile(rf"\((?P<symbol>[A-Z0-9]{{1,6}}\.(?:{alternation(MARKET_SUFFIXES)}))\)")
# "Lenovo (HKSE: 992) (ADR: LNVGY)": a depositary receipt's symbol, labelled by its kind alone (it
# trades over the counter, a market the bracket does not name).
_DEPOSITARY_SYMBOL = safe_compile(
    r"\((?:Sponsored\s)?AD[RS]s?\s?:\s?(?P<symbol>[A-Z]{4,5})\)", needs=("(adr", "(ads", "(sponsored")
)


# "Al Salam Bank (Bahrain Bourse trading code “SALAM”, Dubai Financial Market trading code
# “SALAM\_BAH”)": a market the table does not know, named in full before a quoted code.
# "Mesa Royalty Trust (NYSE symbol-MTR)", 'Microsoft (Nasdaq “MSFT” @microsoft)': the symbol after
# the exchange's name by a word or in quotes, not a colon.
_EXCHANGE_THEN_SYMBOL = safe_compile(
    rf"(?<![\w.])(?P<exchange>(?i:{_PROSE_EXCHANGE}))\s(?:(?i:symbol|ticker)\s?[-:]\s?|[“\"])"
    r"(?P<symbol>[A-Z]{1,6})(?:[”\"]|(?=\)))"
)


@lru_cache(maxsize=2)
def _quote_or_word_marks(text: str) -> tuple[tuple[int, int], ...]:
    """Where an exchange's name is followed by a quote or by "symbol"/"ticker": the few places
    _EXCHANGE_THEN_SYMBOL can match (quotes alone are everywhere)."""
    low = lowered(text)
    marks: list[tuple[int, int]] = []
    for needle in ('"', "“", " symbol", " ticker"):
        at = low.find(needle)
        while at >= 0:
            start = at + 1 if needle.startswith(" ") else at
            if _word_before(low, start) in _EXCHANGE_LAST_WORDS:
                marks.append((start, start + 1))
            at = low.find(needle, at + 1)
    return tuple(sorted(marks))


# "Alecto Minerals plc / EPIC: ALO / Market: AIM": the London market's code for its symbol.
_EPIC_FORM = safe_compile(r"\bEPIC\s?:\s?(?P<symbol>[A-Z0-9]{2,5})\b")
_EPIC_WORD = Words(("EPIC",), case=True)
_NAMED_MARKET_FORM = safe_compile(
    r"(?P<exchange>\p{Lu}\p{L}{1,20}(?:\s\p{Lu}\p{L}{1,20}){0,3}\s(?:Bourse|Exchange|Market|Börse))"
    r"\s(?:trading\s|stock\s)?(?:code|symbol|ticker)\s{1,2}[“\"](?P<symbol>[A-Z0-9](?:[A-Z0-9.]|\\?_){0,11})[”\"]"
)
_CODE_WORDS = Words(("trading code", "stock code", "trading symbol", "ticker"))
_EXCHANGE_IN_PROSE = safe_compile(rf"(?i:{_PROSE_EXCHANGE})")
# "its warrants are listed on OTC under ticker symbol 'APPDW'": a short name counts in prose
# only in capitals after "on" (not the word "six").
_SHORT_EXCHANGE_IN_PROSE = safe_compile(
    rf"\bon\s{{1,2}}(?:the\s{{1,2}})?(?P<exchange>{alternation(k.upper() for k in EXCHANGES if len(k) <= 3)})\b(?![:-])"
)


_AND_THE = safe_compile(r"(?:\s{1,3}\w{1,12}){0,2}?\s{0,3}(?:,|and|&)\s{1,3}(?:the\s{1,3})?")


# An exchange, then "and on" another market named right after it (which the symbol's own exchange
# describes: "AIM, a market operated by the London Stock Exchange").
_LISTED_AND_ON = safe_compile(
    rf"\bon\s{{1,2}}(?:the\s{{1,2}})?(?P<exchange>(?i:{_PROSE_EXCHANGE}))\s{{1,2}}and\s{{1,2}}on\s{{1,2}}(?:the\s{{1,2}})?"
    r"\p{Lu}{2,10}\b[^.;\n]{0,60}$"
)


def _listed_before(text: str, at: int) -> str | None:
    """The market a sentence names first, joined by "and on" to the one whose description names the
    symbol's exchange."""
    m = _LISTED_AND_ON.search(text, max(0, at - 140), at)
    return canonical_exchange(m["exchange"]) if m is not None else None


def _also_listed(text: str, start: int, end: int) -> list[str]:
    """Exchanges joined by "and" to the one a prose ticker names: "Euronext Amsterdam and NASDAQ"."""
    listed: list[str] = []
    joined = _AND_THE.match(text, start, end)
    while joined is not None:
        name = _EXCHANGE_IN_PROSE.match(text, joined.end(), end)
        if name is None:
            break
        listed.append(canonical_exchange(name.group()))
        joined = _AND_THE.match(text, name.end(), end)
    return listed


_EXCHANGES_LABELLING = safe_compile(
    rf"(?<![\w.])(?P<first>(?i:{_EXCHANGE}))(?:\s{{0,2}}/\s{{0,2}}(?P<second>(?i:{_EXCHANGE})))?[ \t]{{1,2}}$"
)


def _exchange_before(doc: Document, offset: int) -> str | None:
    """ "Nasdaq First North ... in Helsinki (ticker: NANOFH) and Stockholm (ticker: NANOFS)":
    a bare ticker takes the exchange its sentence named before it."""
    start, _ = doc.sentence_at(offset)
    start = max(start, offset - 250)
    names = [(m.start(), m.group()) for m in _EXCHANGE_IN_PROSE.finditer(doc.text, start, offset)]
    names += [(m.start("exchange"), m["exchange"]) for m in _SHORT_EXCHANGE_IN_PROSE.finditer(doc.text, start, offset)]
    return canonical_exchange(max(names)[1]) if names else None


# A letter to India's exchanges heads its page with the addressees (BSE, NSE) and the codes it
# files under, often flattened from two columns: "Security Code : 532514 Trading Symbol : IGL",
# "Symbol: EQUITASBNK Scrip Code: 543243 and 976218", "Scrip Code — 539551(EQ), 975516 & 976418
# Scrip Code- NH". Which exchange a code is for shows in its kind: BSE's scrip codes are six
# digits, NSE's symbols letters.
_INDIAN_CODE_FORM = safe_compile(
    r"(?<![\w])(?:(?P<named>BSE|NSE)\s{1,2})?(?i:(?:scrip|script|security)\s{1,2}code|(?:trading\s{1,2})?symbol)"
    r"\s{0,2}[:\-—–]\s{0,3}(?P<codes>(?:\d{6}|[A-Z][A-Z0-9&]{1,19}(?:-[A-Z0-9]{1,10})?)(?![\w&])"
    r"(?:[ \t]?\([A-Z]{1,4}\))?(?:\s{0,2}(?:,|&|and)\s{1,2}\d{6}(?!\w)(?:[ \t]?\([A-Z]{1,4}\))?){0,4})"
)
_INDIAN_CODE_WORDS = Words(("scrip", "security code", "symbol"))
_INDIAN_CODE = safe_compile(r"(?<![(\w])(?:\d{6}|[A-Z][A-Z0-9&]{1,19}(?:-[A-Z0-9]{1,10})?)")
# Any exchange the table knows, named as a word: which of the two a letter is addressed to.
_EXCHANGE_NAMED = safe_compile(rf"(?<![\w.])(?i:{_EXCHANGE})(?!\w)")
# How far into a letter its addressees and codes come (past a scanned page's preamble).
_LETTER_HEAD = 4000


# A Japanese results summary's header (the exchange's "tanshin" form): "Stock exchange listing: Tokyo
# / Code number: 5269", "Listed on: Tokyo Stock Exchange ... Securities code: 7203".
_TANSHIN_LISTING = safe_compile(
    r"(?i:stock\s{1,2}exchange\s{1,2}listing|listed\s{1,2}on|listing)\s{0,2}:\s{0,3}Tokyo\b[^\n:]{0,40}?\s{1,3}"
    r"(?i:code\s{1,2}number|securities\s{1,2}code|stock\s{1,2}code)\s{0,2}:\s{0,3}(?P<symbol>\d{4}|\d{3}[A-Z])(?![\w])"
)
_TANSHIN_WORDS = Words(("listing", "listed on"))


def _indian_listing_codes(text: str) -> list[tuple[int, int, int, str | None, str]]:
    """Codes a letter to BSE and NSE files under, each on the exchange its kind belongs to."""
    head = text[:_LETTER_HEAD]
    matches = finditer_near(_INDIAN_CODE_FORM, _INDIAN_CODE_WORDS, head, before=6, after=90)
    if not matches:
        return []
    named = {canonical_exchange(m.group()) for m in _EXCHANGE_NAMED.finditer(head)}
    found: list[tuple[int, int, int, str | None, str]] = []
    for m in matches:
        base = m.start("codes")
        for code in _INDIAN_CODE.finditer(m["codes"]):
            exchange = m["named"] or ("BSE" if code.group().isdigit() else "NSE")
            if exchange in named and code.group() not in _NOT_SYMBOLS:
                found.append((m.start(), base + code.start(), base + code.end(), exchange, code.group()))
    return found


def _symbol_ok(symbol: str) -> bool:
    core = symbol.split()[0]
    return any(c.isalpha() for c in core) or core.isdigit()


def _dedupe(found: list[tuple[int, int, int, str | None, str]]) -> tuple[Ticker, ...]:
    found.sort(key=lambda f: (f[0], f[1]))
    with_exchange = {f[4] for f in found if f[3] is not None}
    seen: set[tuple[str | None, str]] = set()
    tickers: list[Ticker] = []
    for _, start, end, exchange, symbol in found:
        key = (exchange, " ".join(symbol.split()))
        if key in seen or (exchange is None and symbol in with_exchange):
            continue
        seen.add(key)
        tickers.append(Ticker(exchange=exchange, symbol=key[1], spans={"symbol": (start, end)}))
    return tuple(tickers)
