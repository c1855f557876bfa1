"""Vocabularies as data: wires, exchanges, time zones, phone-number countries, code labels.

Extending coverage should mean adding a row here, not a branch in an extractor.
Keys are matched case-insensitively unless a table says otherwise.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

import regex

# Wire names as written -> canonical name (spec/output.md, "Canonical names").
WIRES: Final[dict[str, str]] = {
    "business wire": "Business Wire",
    "businesswire": "Business Wire",
    "prnewswire": "PR Newswire",
    "pr newswire": "PR Newswire",
    "prnewswire-firstcall": "PR Newswire",
    "prnewswire-usnewswire": "PR Newswire",
    "prnewswire-asia": "PR Newswire",
    "prnewswire-hispanic pr wire": "PR Newswire",
    "globe newswire": "GlobeNewswire",
    "globenewswire": "GlobeNewswire",
    "accesswire": "ACCESS Newswire",
    "access newswire": "ACCESS Newswire",
    "marketwired": "Marketwired",
    "marketwire": "Marketwired",
    "market wire": "Marketwired",
    "cnw": "Canada NewsWire",
    "cnw group": "Canada NewsWire",
    "canada newswire": "Canada NewsWire",
    "newsfile": "Newsfile",
    "newsfile corp.": "Newsfile",
    "newsfile corp": "Newsfile",
    "eqs-news": "EQS",
    "eqs": "EQS",
    "eqs newswire": "EQS",  # "EQS Newswire / 29/11/2024 / 09:00 UTC+8 (28 November 2024, Hong Kong) –"
    "dgap": "EQS",
    "prweb": "PRWeb",
    "newmediawire": "NewMediaWire",
    "24-7pressrelease": "24-7PressRelease",  # "NASHVILLE, TN, March 18, 2024 /24-7PressRelease/ --"
    "jcn newswire": "JCN Newswire",
    "thenewswire": "TheNewswire",
    "ein presswire": "EIN Presswire",
    "einpresswire": "EIN Presswire",
    "news direct": "News Direct",
    "newsdirect": "News Direct",
    "thomson reuters one": "Thomson Reuters ONE",  # Euronext and Nordic issuers' wire, 2008-2018
    # Wires of the 2000s, as written: Business Wire's health service, PrimeZone (later part of
    # GlobeNewswire), CCNMatthews (later part of Marketwire).
    "bw healthwire": "BW HealthWire",
    "primezone": "PrimeZone",
    "primenewswire": "PrimeNewswire",  # PrimeZone's name of 2007-2008: "(PrimeNewswire via COMTEX News Network)"
    "euro adhoc": "euro adhoc",  # Austria's wire: "Corporate news transmitted by euro adhoc"
    "ccnmatthews": "CCNMatthews",
    "ccn matthews": "CCNMatthews",
}

# The suffixes data vendors put after a symbol for its market ("3659.TO", "CW5.F"): Toronto, its
# Venture exchange and the CSE; German, European, Asia-Pacific, Indian and Latin American markets.
MARKET_SUFFIXES: Final[tuple[str, ...]] = (
    "TO", "V", "CN", "F", "DE", "BE", "MU", "L", "PA", "AS", "BR", "MI", "MC", "SW", "ST", "OL", "CO", "HE",
    "AX", "NZ", "HK", "T", "SI", "KS", "KQ", "SS", "SZ", "NS", "BO", "SA", "MX", "TA", "JO",
)  # fmt: skip

# Exchange names as written -> canonical exchange (spec/output.md).
EXCHANGES: Final[dict[str, str]] = {
    "nasdaq": "NASDAQ",
    "nasdaqgs": "NASDAQ",
    "nasdaqgm": "NASDAQ",
    "nasdaqcm": "NASDAQ",
    "nasdaq gs": "NASDAQ",
    "nasdaq gm": "NASDAQ",
    "nasdaq cm": "NASDAQ",
    "nasdaq-100": "NASDAQ",  # "(Nasdaq-100: CTSH)": a member of the index, listed on Nasdaq
    "nasdaq global select market": "NASDAQ",
    "nasdaq global select": "NASDAQ",
    "nasdaq global market": "NASDAQ",
    "nasdaq global markets": "NASDAQ",  # "(NASDAQ Global Markets: SIFY)"
    "nasdaq capital market": "NASDAQ",
    "nasdaq cap mkts": "NASDAQ",  # "(NASDAQ Cap Mkts: PXS)"
    "nasdaq capital markets": "NASDAQ",
    "nasdaq global mkt": "NASDAQ",
    "nasdaq national market": "NASDAQ",
    "nasdaq-gs": "NASDAQ",
    "nasdaq-gm": "NASDAQ",
    "nasdaq-cm": "NASDAQ",
    "nasdaq-nms": "NASDAQ",
    "nasdaq nms": "NASDAQ",
    "nasdaq nm": "NASDAQ",  # "(NASDAQ NM: SIFY)": the National Market's old short form
    "nasdaqnm": "NASDAQ",
    "nasdaq/nm": "NASDAQ",  # "(NASDAQ/NM: ACAI)"
    "nasdaq gsm": "NASDAQ",
    "nasdaqgsm": "NASDAQ",
    # "(NASDAQ/GSM:PETD)": the market tier after a slash
    "nasdaq/gsm": "NASDAQ",
    "nasdaq/gs": "NASDAQ",
    "nasdaq/gm": "NASDAQ",
    "nasdaq/cm": "NASDAQ",
    "nasdaq/nms": "NASDAQ",
    "nyse": "NYSE",
    "nys": "NYSE",
    "new york stock exchange": "NYSE",
    "nyse american": "NYSE American",
    "nyse-american": "NYSE American",
    "nyse mkt": "NYSE American",
    "nyse amex": "NYSE American",
    "nyseamex": "NYSE American",
    "nyse-amex": "NYSE American",  # "(EXK: NYSE-Amex, EDR: TSX)"
    "nyse alternext us": "NYSE American",  # its name from October 2008 to March 2009
    "nyse alternext": "NYSE American",
    "amex": "NYSE American",
    "american stock exchange": "NYSE American",
    "nyse arca": "NYSE Arca",
    "tsx": "TSX",
    "toronto stock exchange": "TSX",
    # Canadian issuers' French copies: "(Bourse de Toronto : CNR) (Bourse de New York : CNI)"
    "bourse de toronto": "TSX",
    "bourse de new york": "NYSE",
    "bourse de croissance tsx": "TSXV",
    "tsxv": "TSXV",
    "tsx-v": "TSXV",
    "tsx.v": "TSXV",
    # India's two exchanges: "(NSE, BSE, NYSE: INFY)"
    "nse": "NSE",
    "nseifsc": "NSEIFSC",  # NSE International Exchange, GIFT City: "(NYSE: RDY | NSEIFSC: DRREDDY)"
    "bse": "BSE",
    "national stock exchange of india": "NSE",
    "bombay stock exchange": "BSE",
    "tsx venture": "TSXV",
    "tsx venture exchange": "TSXV",
    "cse": "CSE",
    "canadian securities exchange": "CSE",
    "otc": "OTC",
    "otcqx": "OTC",
    "otcqb": "OTC",
    "otcqb international": "OTC",
    "otcqx international": "OTC",
    "otc pink": "OTC",
    "otcpink": "OTC",
    "otc-pink": "OTC",
    "otcbb": "OTC",
    "otcpk": "OTC",
    "otc bulletin board": "OTC",
    "otc bb": "OTC",
    "otc:bb": "OTC",  # "(OTC:BB: ELTP)"
    "otc markets": "OTC",
    "pink sheets": "OTC",  # OTC Pink's old name: "(Pink Sheets: ACME.PK)"
    "otcmkts": "OTC",
    "lse": "LSE",
    "london stock exchange": "LSE",
    "aim": "LSE",
    "asx": "ASX",
    "australian securities exchange": "ASX",
    "euronext": "Euronext",
    "euronext amsterdam": "Euronext",
    "euronext paris": "Euronext",
    "euronext brussels": "Euronext",
    "euronext lisbon": "Euronext",
    "euronext dublin": "Euronext",
    "euronext growth": "Euronext",
    # one listing on two of its markets: "(Euronext Amsterdam and Brussels: ACMP)"
    "euronext amsterdam and brussels": "Euronext",
    "euronext brussels and amsterdam": "Euronext",
    "euronext paris and brussels": "Euronext",
    "euronext brussels and paris": "Euronext",
    # the growth market by its city: "(NasdaqCM: ACMS, Euronext Growth Paris: ALACM)"
    "euronext growth paris": "Euronext",
    "euronext growth brussels": "Euronext",
    "euronext growth dublin": "Euronext",
    "euronext growth lisbon": "Euronext",
    "euronext growth milan": "Euronext",
    "euronext access": "Euronext",
    "alternext paris": "Euronext",  # the growth market's name until 2017: "(Alternext Paris: ALACM)"
    "nyse alternext paris": "Euronext",
    "aex": "Euronext",
    "nasdaq stockholm": "Nasdaq Nordic",
    "nasdaq omx copenhagen": "Nasdaq Nordic",  # the name of 2008-2014: "(NASDAQ OMX Copenhagen: ZEAL)"
    "nasdaq omx stockholm": "Nasdaq Nordic",
    "nasdaq omx helsinki": "Nasdaq Nordic",
    "nasdaq omx iceland": "Nasdaq Nordic",
    # "Genmab A/S (OMX: GEN)" (a colon form only): the spec's table names no bare "OMX", so it stays as
    # written, upper case, as careful readers annotate it (Nasdaq Nordic only where a city says which market)
    "omx": "OMX",
    "nasdaq omx": "NASDAQ OMX",  # ("Sectra (NASDAQ OMX: SECT B)": no city, so as written too)
    "omx copenhagen": "Nasdaq Nordic",
    "omx stockholm": "Nasdaq Nordic",
    "omx helsinki": "Nasdaq Nordic",
    "nasdaq helsinki": "Nasdaq Nordic",
    "nasdaq copenhagen": "Nasdaq Nordic",
    "nasdaq iceland": "Nasdaq Nordic",
    "nasdaq first north": "Nasdaq Nordic",
    "nasdaq first north growth market": "Nasdaq Nordic",
    "first north": "Nasdaq Nordic",
    "sto": "Nasdaq Nordic",
    "hel": "Nasdaq Nordic",
    "cph": "Nasdaq Nordic",
    "ssme": "Nasdaq Nordic",
    "oslo børs": "Oslo Børs",
    "oslo bors": "Oslo Børs",
    "oslo stock exchange": "Oslo Børs",
    "ose": "Oslo Børs",
    "euronext oslo": "Oslo Børs",
    "euronext oslo børs": "Oslo Børs",
    "euronext growth oslo": "Oslo Børs",
    "six": "SIX",
    "six swiss exchange": "SIX",
    "swiss": "SIX",  # "(SWISS: BSLN)"
    "frankfurt stock exchange": "FSE",
    "fse": "FSE",
    "fra": "FSE",
    "frankfurt": "FSE",  # "(TSX: HBP, FRANKFURT: HBP0)": the colon form names the exchange by its city
    "xetra": "FSE",
    "db-frankfurt": "FSE",  # the Deutsche Börse's Frankfurt market: "(EJD: DB-Frankfurt)"
    "tel aviv stock exchange": "TASE",
    "tase": "TASE",
    "taiwan stock exchange": "TWSE",
    "twse": "TWSE",
    "tokyo stock exchange": "TSE",
    "tse": "TSE",  # "(TSE:4502/NYSE:TAK)"; a colon form only (see below)
    "tse1": "TSE",  # "(TSE1: 3774)": the Tokyo exchange's First Section
    "tse mothers": "TSE",  # "(TSE Mothers: 4563)": the Tokyo exchange's market for growth companies
    "mexican stock exchange": "BMV",
    "bolsa mexicana de valores": "BMV",
    "bmv": "BMV",
    # Not in the spec's table: "as written, upper case".
    "hkex": "HKEX",
    "sehk": "SEHK",
    "hkse": "HKSE",
    "hong kong stock exchange": "HKEX",
    "cboe ca": "CBOE CA",
    "cboe canada": "CBOE CANADA",
    "neo": "NEO",
    "cnsx": "CNSX",  # the Canadian National Stock Exchange, the CSE's name until 2014: "(CNSX:RFR.CN)"
    "gr": "GR",
    "nzx": "NZX",
    "sgx": "SGX",
    "sgx-st": "SGX-ST",  # Singapore's, as written (the spec's rule), not SGX's symbol ST: "the SGX-ST had advised"
    "jse": "JSE",
    "hk": "HK",  # "(TSX: SGQ, HK: 1878)"
    "mta": "MTA",  # Borsa Italiana's main market: "(NYSE/MTA: RACE)"
    # Latin America, Eastern Europe, Turkey, the Gulf, Africa, Asia: "(NYSE: GOL and B3: GOLL4)"
    "b3": "B3",
    "bovespa": "BOVESPA",
    "bm&fbovespa": "BM&FBOVESPA",
    "bvc": "BVC",
    "bcs": "BCS",
    "bvl": "BVL",
    "byma": "BYMA",  # Bolsas y Mercados Argentinos: "(NYSE: LOMA; BYMA: LOMA)"
    "santiago stock exchange": "SANTIAGO STOCK EXCHANGE",
    "lima stock exchange": "LIMA STOCK EXCHANGE",  # "(NYSE: BVN; Lima Stock Exchange: BUE.LM)"
    "colombia stock exchange": "COLOMBIA STOCK EXCHANGE",
    "buenos aires stock exchange": "BUENOS AIRES STOCK EXCHANGE",
    "micex": "MICEX",
    "rts": "RTS",
    "micex-rts": "MICEX-RTS",  # Moscow's exchange of 2011-2014: "(LSE: SVST; MICEX-RTS: CHMF)"
    "moex": "MOEX",
    "moscow exchange": "MOSCOW EXCHANGE",
    "aix": "AIX",  # Astana International Exchange: "LSE, MOEX, AIX: POLY"
    "lon": "LON",  # the London market's code as portals write it: "(LON:ORPH)"
    "wse": "WSE",
    "gpw": "GPW",
    "bist": "BIST",
    "ise": "ISE",  # the Istanbul Stock Exchange, BIST's name before 2013: "(NYSE: TKC, ISE: TCELL)"
    "athex": "ATHEX",
    "tadawul": "TADAWUL",
    "dfm": "DFM",
    "adx": "ADX",
    "egx": "EGX",
    "ngx": "NGX",
    "krx": "KRX",
    "kosdaq": "KOSDAQ",
    "idx": "IDX",
    # named in full: "(Italian Stock Exchange: PRT)", "listed on the Warsaw Stock Exchange under the symbol ..."
    **{
        name: name.upper()
        for name in (
            "italian stock exchange", "borsa italiana", "vienna stock exchange", "wiener börse",
            "warsaw stock exchange", "irish stock exchange", "athens stock exchange", "philippine stock exchange",
            "stock exchange of thailand", "korea exchange", "bursa malaysia", "singapore exchange",
            "johannesburg stock exchange", "new zealand stock exchange", "madrid stock exchange",
            "budapest stock exchange", "prague stock exchange", "istanbul stock exchange", "indonesia stock exchange",
            "shanghai stock exchange", "shenzhen stock exchange", "buenos aires stock exchange", "bcba", "latibex",
        )
    },
}  # fmt: skip

# Euronext's markets by their city, only ever in brackets: "Maurel & Prom (Paris:MAU)".
# Words that open a place's name, which a fixed-width copy may leave alone on the line above
# the rest: "LOS\nANGELES--(BUSINESS WIRE)", "ST.\nPAUL, February 8, 2006 –".
PLACE_FIRST_WORDS: Final[frozenset[str]] = frozenset(
    {"st.", "st", "ste.", "ft.", "fort", "mt.", "mount", "port", "san", "santa", "los", "las", "new", "el", "la",
     "palm", "salt", "baton", "des", "grand", "west", "east", "north", "south", "long", "kansas", "oklahoma",
     "rio", "hong", "tel", "buenos", "sao", "são", "kuala", "cape", "winston", "abu", "ho", "the", "saint", "lake",
     "white", "boca", "palo", "ann", "college", "coral", "menlo", "redwood", "foster", "mountain", "sioux", "walnut",
     "overland", "downers", "little", "bad", "addis", "den", "costa", "king", "cedar", "glen"}
)  # fmt: skip
# Words that end a place's name of two words: "Mexico City", "Fergus Falls", "Palm Beach".
PLACE_LAST_WORDS: Final[frozenset[str]] = frozenset(
    {"city", "falls", "beach", "springs", "park", "valley", "heights", "hills", "lake", "rapids", "creek", "island",
     "harbor", "village", "bay", "grove", "ridge", "plains", "aires", "aviv", "kong", "lumpur", "view", "alto",
     "station", "point", "forest", "woods", "town", "rock", "haven", "vegas", "paulo", "dhabi", "worth", "antonio",
     "diego", "francisco", "angeles", "louis", "paul", "jose", "clara", "monica", "barbara", "york", "jersey",
     "orleans", "moines"}
)  # fmt: skip

EURONEXT_CITIES: Final[frozenset[str]] = frozenset({"paris", "amsterdam", "brussels", "lisbon", "dublin", "milan"})

# Exchange aliases that are also ordinary words or wire codes; they count only in the
# "(ALIAS: SYMBOL)" form, never in prose.
EXCHANGES_COLON_ONLY: Final[frozenset[str]] = frozenset(
    {
        "six",
        "aim",
        "cse",
        "fra",
        "hel",
        "sto",
        "cph",
        "ose",
        "nys",
        "otc",
        "aex",
        "neo",
        "gr",
        "jse",
        "nse",
        "bse",
        "tse",
        "tse1",
        "tse mothers",
        "omx",
        "hk",
        "mta",
        "frankfurt",
        "b3",
        "bvc",
        "bcs",
        "bvl",
        "byma",
        "rts",
        "aix",
        "lon",
        "swiss",
        "wse",
        "gpw",
        "bist",
        "ise",
        "dfm",
        "adx",
        "egx",
        "ngx",
        "krx",
        "idx",
    }
)

# Countries a restatement names as a time's label, beside the zone words: "(UK: 15:30, EASTERN US: 10:30)".
ZONE_LABELS: Final[dict[str, str]] = {"uk": "Europe/London", "u.k.": "Europe/London", "eastern us": "America/New_York"}

# Time-zone words as written -> IANA zone (spec/output.md, "Time zones").
ZONES: Final[dict[str, str]] = {
    "et": "America/New_York",
    "est": "America/New_York",
    "edt": "America/New_York",
    "edst": "America/New_York",  # "8:00 a.m., EDST": daylight saving time
    "eastern": "America/New_York",
    "eastern time": "America/New_York",
    "eastern standard time": "America/New_York",
    "eastern daylight time": "America/New_York",
    "u.s. eastern time": "America/New_York",
    "us eastern time": "America/New_York",
    "us eastern": "America/New_York",
    "u.s. eastern": "America/New_York",
    "us et": "America/New_York",
    "u.s. et": "America/New_York",
    "new york time": "America/New_York",
    "ct": "America/Chicago",
    "cst": "America/Chicago",
    "cdt": "America/Chicago",
    "cdst": "America/Chicago",
    "central": "America/Chicago",
    "central time": "America/Chicago",
    "central standard time": "America/Chicago",
    "central daylight time": "America/Chicago",
    "mt": "America/Denver",
    "mst": "America/Denver",
    "mdt": "America/Denver",
    "mdst": "America/Denver",
    "mountain": "America/Denver",
    "mountain time": "America/Denver",
    "mountain standard time": "America/Denver",
    "mountain daylight time": "America/Denver",
    "pt": "America/Los_Angeles",
    "pst": "America/Los_Angeles",
    "pdt": "America/Los_Angeles",
    "pdst": "America/Los_Angeles",
    "pacific": "America/Los_Angeles",
    "pacific time": "America/Los_Angeles",
    "pacific standard time": "America/Los_Angeles",
    "pacific daylight time": "America/Los_Angeles",
    "akst": "America/Anchorage",
    "akdt": "America/Anchorage",
    "alaska time": "America/Anchorage",
    "alaska standard time": "America/Anchorage",
    "alaska daylight time": "America/Anchorage",
    "hst": "Pacific/Honolulu",
    "hawaii time": "Pacific/Honolulu",
    "hawaii standard time": "Pacific/Honolulu",
    "at": "America/Halifax",
    "ast": "America/Halifax",
    "adt": "America/Halifax",
    "atlantic": "America/Halifax",
    "atlantic time": "America/Halifax",
    "ndt": "America/St_Johns",
    "nst": "America/St_Johns",
    "newfoundland time": "America/St_Johns",
    "gmt": "Europe/London",
    "bst": "Europe/London",
    "uk time": "Europe/London",
    "u.k. time": "Europe/London",
    "london time": "Europe/London",
    "british time": "Europe/London",
    "utc": "UTC",
    "cet": "Europe/Paris",
    "cest": "Europe/Paris",
    "central european time": "Europe/Paris",
    "central european summer time": "Europe/Paris",
    "paris time": "Europe/Paris",
    "monaco time": "Europe/Monaco",
    "swedish time": "Europe/Stockholm",
    "stockholm time": "Europe/Stockholm",
    "norwegian time": "Europe/Oslo",
    "oslo time": "Europe/Oslo",
    "danish time": "Europe/Copenhagen",
    "copenhagen time": "Europe/Copenhagen",
    "dutch time": "Europe/Amsterdam",
    "amsterdam time": "Europe/Amsterdam",
    "swiss time": "Europe/Zurich",
    "zurich time": "Europe/Zurich",
    "german time": "Europe/Berlin",
    "belgian time": "Europe/Brussels",
    "french time": "Europe/Paris",
    "italian time": "Europe/Rome",
    "spanish time": "Europe/Madrid",
    "austrian time": "Europe/Vienna",
    "irish time": "Europe/Dublin",
    "portuguese time": "Europe/Lisbon",
    "luxembourg time": "Europe/Luxembourg",
    "frankfurt time": "Europe/Berlin",
    "eet": "Europe/Helsinki",
    "eest": "Europe/Helsinki",
    "finnish time": "Europe/Helsinki",
    "helsinki time": "Europe/Helsinki",
    "israel time": "Asia/Jerusalem",
    "idt": "Asia/Jerusalem",  # Israel Daylight Time ("IST" stays India's: the wider use on the wires)
    "jst": "Asia/Tokyo",
    "japan time": "Asia/Tokyo",
    "tokyo time": "Asia/Tokyo",
    "taiwan time": "Asia/Taipei",
    "taiwan": "Asia/Taipei",  # "3:00PM Taiwan (2:00AM New York)"
    "taipei": "Asia/Taipei",
    "new york": "America/New_York",
    "ny": "America/New_York",  # "11:00 a.m. NY | 12:00 p.m. BRT"
    "hong kong": "Asia/Hong_Kong",
    "singapore": "Asia/Singapore",
    "shanghai": "Asia/Shanghai",  # "8:30 A.M. (Shanghai and Hong Kong)"
    "taipei time": "Asia/Taipei",
    "sgt": "Asia/Singapore",
    "singapore time": "Asia/Singapore",
    "hkt": "Asia/Hong_Kong",
    "hong kong time": "Asia/Hong_Kong",
    "beijing time": "Asia/Shanghai",
    "china time": "Asia/Shanghai",
    "ist": "Asia/Kolkata",
    "india time": "Asia/Kolkata",
    "aest": "Australia/Sydney",
    "aedt": "Australia/Sydney",
    "sydney time": "Australia/Sydney",
    "awst": "Australia/Perth",
    "acst": "Australia/Adelaide",  # Australian Central Standard Time (South Australia's; Darwin keeps it all year)
    "acdt": "Australia/Adelaide",
    "wst": "Australia/Perth",  # an Australian notice's "10:00 am (WST)": Western Standard Time
    "nzdt": "Pacific/Auckland",
    "nzst": "Pacific/Auckland",
    "nzt": "Pacific/Auckland",
    # Zones named by a city or country the spec leaves out: its own rules.
    "e.t.": "America/New_York",
    "e.t": "America/New_York",  # "9:45 a. m. E.T (Press release, ...)": the last stop lost
    # Older wire copy wrote the letters with stops: "10:00 a.m. E.S.T."
    "e.s.t.": "America/New_York",
    "e.d.t.": "America/New_York",
    "c.s.t.": "America/Chicago",
    "c.d.t.": "America/Chicago",
    "m.s.t.": "America/Denver",
    "m.d.t.": "America/Denver",
    "p.s.t.": "America/Los_Angeles",
    "p.d.t.": "America/Los_Angeles",
    "melbourne time": "Australia/Melbourne",
    "brisbane time": "Australia/Brisbane",
    "perth time": "Australia/Perth",
    "adelaide time": "Australia/Adelaide",
    "shanghai time": "Asia/Shanghai",
    "korea time": "Asia/Seoul",
    "seoul time": "Asia/Seoul",
    "kst": "Asia/Seoul",
    "toronto time": "America/Toronto",
    "vancouver time": "America/Vancouver",
    "chicago time": "America/Chicago",
    "moscow time": "Europe/Moscow",
    "johannesburg time": "Africa/Johannesburg",
    "sast": "Africa/Johannesburg",
    "brasilia time": "America/Sao_Paulo",
    "brt": "America/Sao_Paulo",  # Brasília time: "12:00 p.m. BRT"
    "mexico city time": "America/Mexico_City",
    "buenos aires time": "America/Argentina/Buenos_Aires",
    "calgary time": "America/Edmonton",
    "edmonton time": "America/Edmonton",
    "montreal time": "America/Toronto",
    "halifax time": "America/Halifax",
    "winnipeg time": "America/Winnipeg",
    "denver time": "America/Denver",
    "phoenix time": "America/Phoenix",
    "los angeles time": "America/Los_Angeles",
    "san francisco time": "America/Los_Angeles",
    "houston time": "America/Chicago",
    "dallas time": "America/Chicago",
    "boston time": "America/New_York",
    "new zealand time": "Pacific/Auckland",
    "auckland time": "Pacific/Auckland",
    "wellington time": "Pacific/Auckland",
    "manila time": "Asia/Manila",
    "philippine time": "Asia/Manila",
    "philippines time": "Asia/Manila",
    "jakarta time": "Asia/Jakarta",
    "bangkok time": "Asia/Bangkok",
    "kuala lumpur time": "Asia/Kuala_Lumpur",
    "mumbai time": "Asia/Kolkata",
    "dubai time": "Asia/Dubai",
    "riyadh time": "Asia/Riyadh",
    "istanbul time": "Europe/Istanbul",
    "athens time": "Europe/Athens",
    "warsaw time": "Europe/Warsaw",
    "vienna time": "Europe/Vienna",
    "brussels time": "Europe/Brussels",
    "madrid time": "Europe/Madrid",
    "milan time": "Europe/Rome",
    "dublin time": "Europe/Dublin",
    "lisbon time": "Europe/Lisbon",
    "brasília time": "America/Sao_Paulo",
    "sao paulo time": "America/Sao_Paulo",
    "são paulo time": "America/Sao_Paulo",
    "brazil time": "America/Sao_Paulo",
    "brazilian time": "America/Sao_Paulo",
    "bogota time": "America/Bogota",
    "bogotá time": "America/Bogota",
    "colombia time": "America/Bogota",
    "colombian time": "America/Bogota",
    "lima time": "America/Lima",
    "peru time": "America/Lima",
    "santiago time": "America/Santiago",
    "chile time": "America/Santiago",
    "chilean time": "America/Santiago",
    "argentina time": "America/Argentina/Buenos_Aires",
    "romanian time": "Europe/Bucharest",
    "romania time": "Europe/Bucharest",
    "bucharest time": "Europe/Bucharest",
    "bulgarian time": "Europe/Sofia",
    "sofia time": "Europe/Sofia",
    "greek time": "Europe/Athens",
    "turkish time": "Europe/Istanbul",
    "turkey time": "Europe/Istanbul",
    "ankara time": "Europe/Istanbul",
    "polish time": "Europe/Warsaw",
    "prague time": "Europe/Prague",
    "czech time": "Europe/Prague",
    "budapest time": "Europe/Budapest",
    "hungarian time": "Europe/Budapest",
    "kyiv time": "Europe/Kyiv",
    "kiev time": "Europe/Kyiv",
    "msk": "Europe/Moscow",
    "israeli time": "Asia/Jerusalem",
    "saudi time": "Asia/Riyadh",
    "saudi arabia time": "Asia/Riyadh",
    "uae time": "Asia/Dubai",
    "gulf standard time": "Asia/Dubai",
    "abu dhabi time": "Asia/Dubai",
    "doha time": "Asia/Qatar",
    "qatar time": "Asia/Qatar",
    "cairo time": "Africa/Cairo",
    "egypt time": "Africa/Cairo",
    "lagos time": "Africa/Lagos",
    "nigerian time": "Africa/Lagos",
    "wat": "Africa/Lagos",  # West Africa Time: "11:00 am (WAT)"
    "west africa time": "Africa/Lagos",
    "cat": "Africa/Maputo",  # Central Africa Time
    "central africa time": "Africa/Maputo",
    "eat": "Africa/Nairobi",  # East Africa Time
    "east africa time": "Africa/Nairobi",
    "south african time": "Africa/Johannesburg",
    "almaty time": "Asia/Almaty",
    # Zones spelled out in full ("03:00 p.m. (India Standard Time)", "10:00 a.m. (Japan Standard Time)").
    "india standard time": "Asia/Kolkata",
    "indian standard time": "Asia/Kolkata",
    "japan standard time": "Asia/Tokyo",
    "korea standard time": "Asia/Seoul",
    "korean standard time": "Asia/Seoul",
    "china standard time": "Asia/Shanghai",
    "singapore standard time": "Asia/Singapore",
    "hong kong standard time": "Asia/Hong_Kong",
    "israel standard time": "Asia/Jerusalem",
    "israel daylight time": "Asia/Jerusalem",
    "moscow standard time": "Europe/Moscow",
    "greenwich mean time": "Europe/London",
    "british summer time": "Europe/London",
    "central european standard time": "Europe/Paris",
    "eastern european time": "Europe/Helsinki",
    "eastern european summer time": "Europe/Helsinki",
    "australian eastern standard time": "Australia/Sydney",
    "australian eastern daylight time": "Australia/Sydney",
    "australian western standard time": "Australia/Perth",
    "australian central standard time": "Australia/Adelaide",
    "australian central daylight time": "Australia/Adelaide",
    # The Baltic capitals and their countries, as Nasdaq Baltic notices write them.
    "estonian time": "Europe/Tallinn",
    "tallinn time": "Europe/Tallinn",
    "latvian time": "Europe/Riga",
    "riga time": "Europe/Riga",
    "lithuanian time": "Europe/Vilnius",
    "vilnius time": "Europe/Vilnius",
    "icelandic time": "Atlantic/Reykjavik",
    "reykjavik time": "Atlantic/Reykjavik",
}
# "17:00 local time in Israel", "10:00 local time in Oslo": a place's own time, written the long way.
ZONES.update({f"local time in {key[:-5]}": zone for key, zone in list(ZONES.items()) if key.endswith(" time")})

# CET written beside a city or country of another zone with the same rules means that zone.
CET_PLACES: Final[dict[str, str]] = {
    "oslo": "Europe/Oslo",
    "norway": "Europe/Oslo",
    "stockholm": "Europe/Stockholm",
    "sweden": "Europe/Stockholm",
    "copenhagen": "Europe/Copenhagen",
    "denmark": "Europe/Copenhagen",
    "amsterdam": "Europe/Amsterdam",
    "netherlands": "Europe/Amsterdam",
    "zurich": "Europe/Zurich",
    "switzerland": "Europe/Zurich",
    "vienna": "Europe/Vienna",
    "austria": "Europe/Vienna",
    "berlin": "Europe/Berlin",
    "munich": "Europe/Berlin",
    "frankfurt": "Europe/Berlin",
    "germany": "Europe/Berlin",
}

# An abbreviation that means another zone beside a place of it: Russian issuers write Moscow
# time "MT" ("The AGM will start at 12.00pm (MT)" in a notice of a meeting in Russia).
ABBREVIATION_PLACES: Final[dict[str, dict[str, str]]] = {
    "mt": {"russia": "Europe/Moscow", "moscow": "Europe/Moscow", "russian": "Europe/Moscow"},
    # an Australian notice's "8:30am EST" at "George Street, Sydney NSW 2000": its eastern states'
    # time (the state's name or mark, as an address writes it; not "Australia", which a US call's
    # list of dial-in countries names)
    **{
        abbreviation: {
            "nsw": "Australia/Sydney",
            "new south wales": "Australia/Sydney",
            "qld": "Australia/Brisbane",
            "queensland": "Australia/Brisbane",
        }
        for abbreviation in ("est", "edt")
    },
}

# "at 11:30am local time" with the meeting's place in the same sentence ("at the Partnership's
# headquarters in Greece", "L-1471 Luxembourg", "Miami, Florida"): places of one zone each.
LOCAL_TIME_PLACES: Final[dict[str, str]] = {
    **{place: zone for place, zone in CET_PLACES.items()},
    "new york": "America/New_York", "boston": "America/New_York", "miami": "America/New_York",
    "atlanta": "America/New_York", "toronto": "America/Toronto", "montreal": "America/Toronto",
    "chicago": "America/Chicago", "houston": "America/Chicago", "dallas": "America/Chicago",
    "denver": "America/Denver", "calgary": "America/Edmonton", "phoenix": "America/Phoenix",
    "los angeles": "America/Los_Angeles", "san francisco": "America/Los_Angeles",
    "seattle": "America/Los_Angeles", "vancouver": "America/Vancouver", "mexico city": "America/Mexico_City",
    "são paulo": "America/Sao_Paulo", "sao paulo": "America/Sao_Paulo", "rio de janeiro": "America/Sao_Paulo",
    "santiago": "America/Santiago", "lima": "America/Lima", "bogotá": "America/Bogota", "bogota": "America/Bogota",
    "buenos aires": "America/Argentina/Buenos_Aires",
    "london": "Europe/London", "united kingdom": "Europe/London", "england": "Europe/London",
    "scotland": "Europe/London", "dublin": "Europe/Dublin", "ireland": "Europe/Dublin",
    "lisbon": "Europe/Lisbon", "portugal": "Europe/Lisbon", "madrid": "Europe/Madrid",
    "paris": "Europe/Paris", "france": "Europe/Paris", "brussels": "Europe/Brussels",
    "belgium": "Europe/Brussels", "luxembourg": "Europe/Luxembourg", "milan": "Europe/Rome",
    "rome": "Europe/Rome", "italy": "Europe/Rome", "geneva": "Europe/Zurich", "helsinki": "Europe/Helsinki",
    "finland": "Europe/Helsinki", "tallinn": "Europe/Tallinn", "estonia": "Europe/Tallinn",
    "riga": "Europe/Riga", "latvia": "Europe/Riga", "vilnius": "Europe/Vilnius", "lithuania": "Europe/Vilnius",
    "warsaw": "Europe/Warsaw", "poland": "Europe/Warsaw", "prague": "Europe/Prague",
    "budapest": "Europe/Budapest", "hungary": "Europe/Budapest", "athens": "Europe/Athens",
    "greece": "Europe/Athens", "istanbul": "Europe/Istanbul", "turkey": "Europe/Istanbul",
    "tel aviv": "Asia/Jerusalem", "israel": "Asia/Jerusalem", "dubai": "Asia/Dubai", "riyadh": "Asia/Riyadh",
    "johannesburg": "Africa/Johannesburg", "south africa": "Africa/Johannesburg",
    "tokyo": "Asia/Tokyo", "japan": "Asia/Tokyo", "seoul": "Asia/Seoul", "singapore": "Asia/Singapore",
    "hong kong": "Asia/Hong_Kong", "taipei": "Asia/Taipei", "shanghai": "Asia/Shanghai",
    "beijing": "Asia/Shanghai", "mumbai": "Asia/Kolkata", "new delhi": "Asia/Kolkata", "india": "Asia/Kolkata",
    "sydney": "Australia/Sydney", "melbourne": "Australia/Melbourne", "perth": "Australia/Perth",
    "auckland": "Pacific/Auckland",
    # where investor conferences meet: "presenting at the ... Conference in Barcelona, Spain, ... at
    # 8:35 a.m. local time"
    "spain": "Europe/Madrid", "barcelona": "Europe/Madrid", "edinburgh": "Europe/London",
    "las vegas": "America/Los_Angeles", "san diego": "America/Los_Angeles", "dana point": "America/Los_Angeles",
    "scottsdale": "America/Phoenix", "nashville": "America/Chicago", "new orleans": "America/Chicago",
    "orlando": "America/New_York", "boca raton": "America/New_York", "palm beach": "America/New_York",
    "philadelphia": "America/New_York", "salt lake city": "America/Denver", "ottawa": "America/Toronto",
    "moscow": "Europe/Moscow", "kuala lumpur": "Asia/Kuala_Lumpur", "bangkok": "Asia/Bangkok",
    "jakarta": "Asia/Jakarta", "manila": "Asia/Manila", "brisbane": "Australia/Brisbane",
    "new zealand": "Pacific/Auckland", "wellington": "Pacific/Auckland",
    "shenzhen": "Asia/Shanghai", "guangzhou": "Asia/Shanghai", "shenyang": "Asia/Shanghai",
    "hangzhou": "Asia/Shanghai", "nanjing": "Asia/Shanghai", "tianjin": "Asia/Shanghai", "dalian": "Asia/Shanghai",
    "chengdu": "Asia/Shanghai", "wuhan": "Asia/Shanghai",
    "st. louis": "America/Chicago", "st louis": "America/Chicago", "minneapolis": "America/Chicago",
    "kansas city": "America/Chicago", "milwaukee": "America/Chicago", "omaha": "America/Chicago",
    "san antonio": "America/Chicago", "austin": "America/Chicago", "memphis": "America/Chicago",
    "winnipeg": "America/Winnipeg", "detroit": "America/Detroit", "pittsburgh": "America/New_York",
    "cleveland": "America/New_York", "cincinnati": "America/New_York", "charlotte": "America/New_York",
    "baltimore": "America/New_York", "halifax": "America/Halifax", "edmonton": "America/Edmonton",
    "sacramento": "America/Los_Angeles", "honolulu": "Pacific/Honolulu", "anchorage": "America/Anchorage",
    "monaco": "Europe/Monaco", "monte carlo": "Europe/Monaco",
    # (not a name two zones share: Portland, Richmond, Rochester, Birmingham, San José)
    "indianapolis": "America/Indiana/Indianapolis", "louisville": "America/Kentucky/Louisville",
    "columbus": "America/New_York", "tampa": "America/New_York", "jacksonville": "America/New_York",
    "raleigh": "America/New_York", "hartford": "America/New_York", "buffalo": "America/New_York",
    "oklahoma city": "America/Chicago", "tulsa": "America/Chicago", "fort worth": "America/Chicago",
    "albuquerque": "America/Denver", "boise": "America/Boise", "tucson": "America/Phoenix",
    "cyprus": "Asia/Nicosia", "nicosia": "Asia/Nicosia", "limassol": "Asia/Nicosia",
    "bermuda": "Atlantic/Bermuda",
}  # fmt: skip
# "12.00 (noon) Vienna time", "10:00 a.m. Shenyang time": any of these places' own time, named.
ZONES.update({f"{place} time": zone for place, zone in LOCAL_TIME_PLACES.items() if f"{place} time" not in ZONES})

# Words that label a phone number with a country -> ISO 3166 region for phonenumbers.
PHONE_COUNTRIES: Final[dict[str, str]] = {
    "us": "US",
    "u.s.": "US",
    "usa": "US",
    "united states": "US",
    "canada": "CA",
    "north america": "US",
    "uk": "GB",
    "u.k.": "GB",
    "united kingdom": "GB",
    "england": "GB",
    "london": "GB",
    "ireland": "IE",
    "germany": "DE",
    "deutschland": "DE",
    "france": "FR",
    "netherlands": "NL",
    "the netherlands": "NL",
    "belgium": "BE",
    "luxembourg": "LU",
    "switzerland": "CH",
    "austria": "AT",
    "italy": "IT",
    "spain": "ES",
    "portugal": "PT",
    "sweden": "SE",
    "norway": "NO",
    "denmark": "DK",
    "finland": "FI",
    "iceland": "IS",
    "poland": "PL",
    "israel": "IL",
    "australia": "AU",
    "new zealand": "NZ",
    "japan": "JP",
    "hong kong": "HK",
    "singapore": "SG",
    "taiwan": "TW",
    "china": "CN",
    "south korea": "KR",
    "korea": "KR",
    "india": "IN",
    "brazil": "BR",
    "mexico": "MX",
    "argentina": "AR",
    "chile": "CL",
    "south africa": "ZA",
    "greece": "GR",
    "colombia": "CO",
    "peru": "PE",
    "uruguay": "UY",
    "venezuela": "VE",
    "ecuador": "EC",
    "panama": "PA",
    "costa rica": "CR",
    "puerto rico": "PR",
    "bermuda": "BM",
    "russia": "RU",
    "russian federation": "RU",
    "turkey": "TR",
    "türkiye": "TR",
    "czech republic": "CZ",
    "czechia": "CZ",
    "hungary": "HU",
    "romania": "RO",
    "bulgaria": "BG",
    "croatia": "HR",
    "slovakia": "SK",
    "slovenia": "SI",
    "estonia": "EE",
    "latvia": "LV",
    "lithuania": "LT",
    "ukraine": "UA",
    "kazakhstan": "KZ",
    "cyprus": "CY",
    "malta": "MT",
    "monaco": "MC",
    "liechtenstein": "LI",
    "scotland": "GB",
    "united arab emirates": "AE",
    "uae": "AE",
    "saudi arabia": "SA",
    "qatar": "QA",
    "kuwait": "KW",
    "bahrain": "BH",
    "egypt": "EG",
    "nigeria": "NG",
    "kenya": "KE",
    "morocco": "MA",
    "thailand": "TH",
    "malaysia": "MY",
    "indonesia": "ID",
    "philippines": "PH",
    "vietnam": "VN",
    "pakistan": "PK",
    "macau": "MO",
    "macao": "MO",
    # A label may name the callers' country by its adjective: "Israeli Toll Free", "Swiss participants".
    "israeli": "IL",
    "swiss": "CH",
    "german": "DE",
    "french": "FR",
    "dutch": "NL",
    "belgian": "BE",
    "british": "GB",
    "irish": "IE",
    "italian": "IT",
    "spanish": "ES",
    "swedish": "SE",
    "norwegian": "NO",
    "danish": "DK",
    "finnish": "FI",
    "australian": "AU",
    "canadian": "CA",
    "japanese": "JP",
}

# Regions that place a dateline in the United States, lower-cased: postal codes, AP
# abbreviations and full names. A slashed date there is month first ("NEW YORK, NY -- 05/07/2008").
# A US state's (or Canadian province's) zone, the one most of it keeps, by the names a dateline
# writes it with ("Md.", "MD", "Maryland"): for a time given as "local time" at the issuer's home.
_EASTERN = "America/New_York"
_CENTRAL = "America/Chicago"
_MOUNTAIN = "America/Denver"
_PACIFIC = "America/Los_Angeles"
US_STATE_ZONES: Final[dict[str, str]] = {
    **dict.fromkeys(
        "ct,conn,connecticut,de,del,delaware,dc,d.c,district of columbia,fl,fla,florida,ga,georgia,me,maine,md,"
        "maryland,ma,mass,massachusetts,mi,mich,michigan,nh,n.h,new hampshire,nj,n.j,new jersey,ny,n.y,new york,"
        "nc,n.c,north carolina,oh,ohio,pa,penn,pennsylvania,ri,r.i,rhode island,sc,s.c,south carolina,vt,vermont,"
        "va,virginia,wv,w.va,west virginia,in,ind,indiana,ky,kentucky".split(","),
        _EASTERN,
    ),
    **dict.fromkeys(
        "al,ala,alabama,ar,ark,arkansas,il,ill,illinois,ia,iowa,ks,kan,kans,kansas,la,louisiana,mn,minn,minnesota,"
        "ms,miss,mississippi,mo,missouri,ne,neb,nebraska,nd,n.d,north dakota,ok,okla,oklahoma,sd,s.d,south dakota,"
        "tn,tenn,tennessee,tx,tex,texas,wi,wis,wisconsin".split(","),
        _CENTRAL,
    ),
    **dict.fromkeys(
        "co,colo,colorado,id,idaho,mt,mont,montana,nm,n.m,new mexico,ut,utah,wy,wyo,wyoming".split(","), _MOUNTAIN
    ),
    **dict.fromkeys("ca,calif,california,nv,nev,nevada,or,ore,oregon,wa,wash,washington".split(","), _PACIFIC),
    "az": "America/Phoenix", "ariz": "America/Phoenix", "arizona": "America/Phoenix",
    "ak": "America/Anchorage", "alaska": "America/Anchorage", "hi": "Pacific/Honolulu", "hawaii": "Pacific/Honolulu",
    "on": "America/Toronto", "ont": "America/Toronto", "ontario": "America/Toronto",
    "qc": "America/Toronto", "que": "America/Toronto", "quebec": "America/Toronto", "québec": "America/Toronto",
    "bc": "America/Vancouver", "b.c": "America/Vancouver", "british columbia": "America/Vancouver",
    "ab": "America/Edmonton", "alta": "America/Edmonton", "alberta": "America/Edmonton",
}  # fmt: skip

US_REGIONS: Final[frozenset[str]] = frozenset(
    {
        *"al ak az ar ca co ct de fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj nm ny"
        " nc nd oh ok or pa ri sc sd tn tx ut vt va wa wv wi wy dc".split(),
        *"ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb"
        " nev n.h n.j n.m n.y n.c n.d okla ore pa r.i s.c s.d tenn tex vt va wash w.va wis wyo d.c".split(),
        "alabama",
        "alaska",
        "arizona",
        "arkansas",
        "california",
        "colorado",
        "connecticut",
        "delaware",
        "florida",
        "georgia",
        "hawaii",
        "idaho",
        "illinois",
        "indiana",
        "iowa",
        "kansas",
        "kentucky",
        "louisiana",
        "maine",
        "maryland",
        "massachusetts",
        "michigan",
        "minnesota",
        "mississippi",
        "missouri",
        "montana",
        "nebraska",
        "nevada",
        "new hampshire",
        "new jersey",
        "new mexico",
        "new york",
        "north carolina",
        "north dakota",
        "ohio",
        "oklahoma",
        "oregon",
        "pennsylvania",
        "rhode island",
        "south carolina",
        "south dakota",
        "tennessee",
        "texas",
        "utah",
        "vermont",
        "virginia",
        "washington",
        "west virginia",
        "wisconsin",
        "wyoming",
        "us",
        "u.s",
        "usa",
        "u.s.a",
    }
)

# Labels for the code a caller keys in. Rank 1 beats rank 2: the annotation rules take
# the passcode/PIN/access code, and the conference or meeting ID only when there is none.
CODE_LABELS: Final[dict[str, int]] = {
    "passcode": 1,
    "pass code": 1,
    "pass-code": 1,
    "participant pass-code": 1,
    "password": 1,
    "pin": 1,
    "pin code": 1,
    "pin-code": 1,
    "pin number": 1,
    "access code": 1,
    "access number": 1,
    "access id": 1,
    "participant code": 1,
    "participant passcode": 1,
    "participant pin": 1,
    "participant pin code": 1,
    "participant access code": 1,
    "entry code": 1,
    "the following code": 1,  # "use the following code to access the replay of the call: 5162951"
    "entry number": 1,
    "elite entry number": 1,  # Chorus Call: "Participant Elite Entry Number: 1300437"
    "replay code": 1,
    "replay passcode": 1,
    "replay access code": 1,
    "replay pin": 1,
    # "enter the conference access code 27058# and then key in the playback access code 0114058#":
    # the replay's own code before the conference's
    "playback access code": 0,
    "playback code": 0,
    # "+1-412-317-6671, with ID 2737399"
    "with id": 2,
    "conference code": 2,
    "conference id": 2,
    "conf id": 2,
    "conf. id": 2,
    "password/conf id": 1,  # a UK table's "|Password/Conf ID / |7860599": one code, either name
    "conference id code": 2,  # "The conference ID code is: 63587177"
    "conference number": 2,
    "conference id number": 2,
    "confirmation": 2,  # "Confirmation: 13761119" under the dial-in rows
    "confirmation code": 2,
    "confirmation id": 2,
    "confirmation number": 2,
    "meeting id": 2,
    "meeting number": 2,
    "webinar id": 2,
    "event id": 2,
    "event code": 2,
    "call id": 2,
    "call (id": 2,  # "Investors may listen to the conference call (ID: 3871721) by dialing ..."
    "id code": 2,  # "ID Code for Replay: 41742717"
    "id number": 2,  # "To access the replay, please call ... and reference ID number 7991541"
    "reference number": 2,
    "call reference": 2,  # "Conference call reference no. 959116" (a Danish issuer's)
    "reference code": 2,  # "To access the replay, please dial ... ; reference code 2287274."
    "reference id": 2,
    "identification number": 2,  # "the conference call identification number is 49267105"
    "reservation number": 2,  # "quote the reservation number 4169379#" (Canadian conferencing)
    "reservation code": 2,
    "replay id": 2,
    "re-dial id": 2,  # "Replay number: 905-694-9451 / Re-dial ID: 2569205"
    "redial id": 2,
    "replay conference id": 2,
    "playback id": 2,
    "encore id": 2,  # Chorus Call's replay service
    "encore code": 2,
}

# Contact-block labels: the words that open a block -> role.
CONTACT_ROLES: Final[dict[str, str]] = {
    "investor": "investors",
    "investors": "investors",
    "investor relations": "investors",
    "ir": "investors",
    "analyst": "investors",
    "analysts": "investors",
    "shareholder": "investors",
    "shareholder relations": "investors",
    "investor/media relations": "investors",
    "financial": "investors",
    "media": "media",
    "press": "media",
    "news media": "media",
    "media relations": "media",
    "public relations": "media",
    "press relations": "media",
    "media/investor relations": "media",
    "communications": "media",
    "corporate communications": "media",
    "journalists": "media",
}

MONTHS: Final[dict[str, int]] = {
    "january": 1, "jan": 1,
    "february": 2, "feb": 2,
    "march": 3, "mar": 3,
    "april": 4, "apr": 4,
    "may": 5,
    "june": 6, "jun": 6,
    "july": 7, "jul": 7,
    "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip

# Month names of the languages releases from continental Europe and Latin America keep in
# their datelines ("Santiago, 05 de noviembre de 2015", "Paris, le 6 novembre 2023", "Oslo, 3.
# mars 2021"): read only in a day-month-year date, where no English word can stand for them.
OTHER_LANGUAGE_MONTHS: Final[dict[str, int]] = {
    # Spanish, Portuguese, Italian
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
    "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    "janeiro": 1, "fevereiro": 2, "março": 3, "maio": 5, "junho": 6, "julho": 7, "setembro": 9,
    "outubro": 10, "novembro": 11, "dezembro": 12,
    "gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7, "settembre": 9,
    "ottobre": 10, "novembre": 11, "dicembre": 12,
    # French
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "août": 8, "aout": 8, "décembre": 12,
    # German, Dutch, the Nordic languages
    "januar": 1, "februar": 2, "märz": 3, "maerz": 3, "juni": 6, "juli": 7, "oktober": 10, "dezember": 12,
    "januari": 1, "februari": 2, "maart": 3, "mei": 5, "augustus": 8, "maj": 5, "augusti": 8, "marts": 3,
    "desember": 12,
}  # fmt: skip

WEEKDAYS: Final[dict[str, int]] = {
    "monday": 0, "mon": 0,
    "tuesday": 1, "tues": 1, "tue": 1,
    "wednesday": 2, "wed": 2,
    "thursday": 3, "thurs": 3, "thur": 3, "thu": 3,
    "friday": 4, "fri": 4,
    "saturday": 5, "sat": 5,
    "sunday": 6, "sun": 6,
}  # fmt: skip

NUMBER_WORDS: Final[dict[str, int]] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fourteen": 14,
    "fifteen": 15, "thirty": 30, "sixty": 60, "ninety": 90, "a": 1, "an": 1,
}  # fmt: skip


# The words a contact's title ends with ("Vice President", "Manager"): a line of one of them
# (with "Senior" or the like before it) is a title line (regions), and a piece holding one is a
# title, not a name (contacts).
TITLE_ENDINGS: Final[tuple[str, ...]] = (
    "Vice President", "VP", "SVP", "EVP", "Director", "Manager", "Head", "Officer", "Specialist", "Analyst", "Lead",
    "Associate",
)  # fmt: skip


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first so the longest alias wins.

    A space in a word matches one to three white-space characters (wire text wraps lines).
    """
    items = sorted(set(words), key=len, reverse=True)
    return "|".join(regex.escape(w).replace("\\ ", r"\s{1,3}") for w in items)


# Words that place the issuer in a country (its exchange, its wire), for numbers written in
# national form with no country named ("Tel: 020 7457 2020" in an RNS announcement). Tried
# only after North America, whose numbers never open with a trunk "0".
HOME_HINTS: Final[dict[str, str]] = {
    "london stock exchange": "GB",
    "information is provided by rns": "GB",
    "(lse:": "GB",
    "(aim:": "GB",
    "australian securities exchange": "AU",
    "(asx:": "AU",
    "oslo børs": "NO",
    "oslo stock exchange": "NO",
    "euronext oslo": "NO",
    "nasdaq stockholm": "SE",
    "(sto:": "SE",
    "(hel:": "FI",
    "(cph:": "DK",
    "(ose:": "NO",
    "nasdaq helsinki": "FI",
    "nasdaq copenhagen": "DK",
    "nasdaq iceland": "IS",
    "six swiss exchange": "CH",
    "frankfurt stock exchange": "DE",
    "xetra": "DE",
    "tel aviv stock exchange": "IL",
    "stock exchange of hong kong": "HK",
    "hong kong stock exchange": "HK",
    "tokyo stock exchange": "JP",
    "taiwan stock exchange": "TW",
    "singapore exchange": "SG",
    "euronext amsterdam": "NL",
    "euronext paris": "FR",
    "euronext growth paris": "FR",
    "alternext paris": "FR",
    "euronext brussels": "BE",
    "euronext dublin": "IE",
    "borsa italiana": "IT",
    "euronext lisbon": "PT",
    "bolsa de madrid": "ES",
    "wiener börse": "AT",
    "vienna stock exchange": "AT",
    "warsaw stock exchange": "PL",
    "irish stock exchange": "IE",
    "new zealand stock exchange": "NZ",
    "(nzx:": "NZ",
    "johannesburg stock exchange": "ZA",
    "(jse:": "ZA",
    "korea exchange": "KR",
    "bursa malaysia": "MY",
    "philippine stock exchange": "PH",
    "stock exchange of thailand": "TH",
    "bolsa de valores de colombia": "CO",
    "colombian stock exchange": "CO",
    "(bvc:": "CO",
    "bolsa mexicana de valores": "MX",
    "mexican stock exchange": "MX",
    "(bmv:": "MX",
    "santiago stock exchange": "CL",
    "bolsa de comercio de santiago": "CL",
    "lima stock exchange": "PE",
    "bolsa de valores de lima": "PE",
    "buenos aires stock exchange": "AR",
    "bolsas y mercados argentinos": "AR",
    "(byma:": "AR",
    "(b3:": "BR",
    "(bovespa:": "BR",
    "b3 s.a.": "BR",
    # An Indian filing's addressees: "National Stock Exchange of India Limited", "BSE Limited"
    "national stock exchange of india": "IN",
    "bombay stock exchange": "IN",
    "bse limited": "IN",
    "(nse:": "IN",
    "(bse:": "IN",
    # The public limited company of the UK: "Shaftesbury PLC 020 7333 8118" (an Irish plc's
    # national numbers do not validate in the UK, so they stay out rather than go wrong).
    " plc": "GB",
}

# Top-level domains a bare host name may end in ("ir.acme.com", "acme.no/agm").
TLDS: Final[tuple[str, ...]] = tuple(
    "com net org io ai co ca us uk de fr nl se no fi dk ch au jp tw hk sg info biz eu be at ie il in events".split()
)

# Words that open the sentence or row a careless copy ran on to a URL
# ("https://www.webcast-eqs.com/acme20251113Alternatively, you can ...",
# "http://www.zucast.com/webcast/ab4CToll Free Dial-in ..."). A URL path seldom ends in one
# of them, capitalised, right after a lower-case letter or a digit.
URL_GLUED_OPENERS: Final[tuple[str, ...]] = (
    "Alternatively",
    "Toll",
    "Dial",
    "Please",
    "Participants",
    "Participant",
    "Investors",
    "Interested",
    "Those",
    "Telephone",
    "Phone",
    "Passcode",
    "Password",
    "Conference",
    "International",
    "Domestic",
    "Replay",
    "Access",
    "Audio",
    "Questions",
    "Analysts",
    "Media",
    "Contact",
    "Contacts",
    "About",
    "Forward",
    "Source",
    "For",
    "The",
    "To",
    "If",
    "You",
    "This",
    "An",
    "In",
    "Following",
    "After",
    "Shortly",
)

# Sites that host shareholder meetings online: a link to one is where the meeting is attended,
# however the sentence around it puts it ("The meeting is scheduled to be held on ... at
# www.virtualshareholdermeeting.com/ACME2020").
VIRTUAL_MEETING_HOSTS: Final[tuple[str, ...]] = (
    "virtualshareholdermeeting.com",
    "lumiagm.com",
    "meetnow.global",
    "meetingcenter.io",
    "virtualagm.com",
    "cstproxy.com",  # Continental Stock Transfer's meetings: "www.cstproxy.com/acme/2026"
)

# Webinar platforms: registering for a session there is how one joins it ("Investors can sign up
# to Investor Meet Company ... via: https://www.investormeetcompany.com/acme-plc/register-investor").
WEBINAR_HOSTS: Final[tuple[str, ...]] = (
    "investormeetcompany.com",
    "webex.com",
    "zoom.us",
    "gotowebinar.com",
    "on24.com",
    "brighttalk.com",
)

# News portals whose copies put their own name where the dateline was: "Yahoo Finance --
# Acme Restaurant Group, Inc. (NYSE: ACM - News), the world's ...". Never the issuer.
NEWS_PORTALS: Final[tuple[str, ...]] = (
    "Yahoo Finance",
    "Yahoo! Finance",
    "MarketWatch",
    "Benzinga",
    "TradingView",
    "Morningstar",
    "Seeking Alpha",
    "StreetInsider",
    "Business Insider",
    "Investing.com",
    "Stockhouse",
    "TheStreet",
)

# Investor- and media-relations firms whose names read like a person's ("Brad Rowe, Solebury
# Trout", "Sard Verbinnen" under two names): on a contact line they are the people's firm. Only
# names with no firm word in them ("Group", "Partners", "Communications" already say so).
COMMUNICATIONS_FIRMS: Final[tuple[str, ...]] = (
    "Solebury Trout",
    "Sard Verbinnen",
    "Joele Frank",
    "Abernathy MacGregor",
    "Lippert/Heilshorn",
    "Lippert Heilshorn",
    "Citigate Dewe Rogerson",
    "Finsbury Glover Hering",
    "Hudson Sandler",
    "Pondel Wilkinson",
    "Weber Shandwick",
    "Hill Knowlton",
    "Hill+Knowlton",
    "Morrow Sodali",
    "Laurel Hill",
    "Longacre Square",
    "Yellow Jersey",
    "Redleaf Polhill",
    "Hallvarsson Halvarsson",
    "Kreab Gavin Anderson",
    "Burson Cohn",
    "Gavin Anderson",
)

# Headings a news page sets under a release, over links to its other stories (lower case).
NEWS_PAGE_HEADINGS: Final[tuple[str, ...]] = (
    "related news", "related articles", "related stories", "related content", "related press releases",
    "related posts", "more news", "more stories", "more articles", "most read", "most popular", "most viewed",
    "latest news", "latest stories", "latest articles", "recent news", "recent stories", "recent posts",
    "recent articles", "trending", "trending now", "trending stories", "trending news", "you may also like",
    "you might also like", "you may also be interested in", "you might also be interested in", "recommended",
    "recommended for you", "read next", "read more news", "top stories", "top news",
)  # fmt: skip
