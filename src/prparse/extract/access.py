"""How to join: dial-in numbers, codes, webcast and registration links, replay windows.

Each thing is found by its label and layout, then given a role, live or replay, from the
nearest context that says which: its own label, its line, the lines and sentences above.
A number in a contact block or the "About" paragraph is never a dial-in.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

import regex

from ..document import Document
from ..lexicon import CODE_LABELS, TLDS, URL_GLUED_OPENERS, VIRTUAL_MEETING_HOSTS, WEBINAR_HOSTS, alternation
from ..models import DialIn, ParseWarning
from ..phones import IDENTIFIER_LABEL, country_of, find_candidates, is_toll_free, strip_extension
from ..regions import CALL_TROUBLE, CALL_TROUBLE_WORDS, inside, is_contact_label, parse_placed
from ..safety import compile as safe_compile
from ..safety import compile_literals, lowered
from ..scan import Words, finditer_near
from ..when import WHEN_LABEL, DateMention, Duration, find_dates, find_durations

Role = Literal["live", "replay"]

_REPLAY_WORDS_TUPLE = (
    "replay", "re-play", "rebroadcast", "play", "archive", "encore", "record", "taped", "demand", "remain",
    "available for", "conclusion of", "completion of", "post listening", "post-listening",
)  # fmt: skip
REPLAY_CUE = safe_compile(
    # "a pre-recorded audio cast" is the event itself, not its replay.
    r"\b(?:replay|replays|re-play|rebroadcasts?|playbacks?|play\sback|archived?|archives|encore|recordings?"
    # ("must be recorded in the register of shareholders": a ledger, not a recording)
    # (nor a charge booked: "Special Charges to be recorded for Second Quarter 2016", "recorded a gain")
    r"|(?<!pre-?)recorded(?!\s(?:in|on)\s(?:the\s)?(?:share\s)?(?:register|books|records))"
    # (nor a standing message: "call 626-555-1209 to listen to a recorded commentary")
    r"(?!\s(?:for|as|a|an|net|total|revenues?|sales|income|losses?|gains?|charges?|expenses?|impairments?"
    r"|commentary|messages?|greeting"
    r"|in\s(?:the\s)?(?:first|second|third|fourth|quarter|year|period|fiscal))\b)"
    # "The conference call will also be taped and may be heard by dialing ..." (2002)
    r"|(?<!pre-?)taped"
    # "Call-back numbers for post listening:" (2010)
    r"|post[\s-]listening"
    # "will be webcast live ... and remain available for 30 days"
    r"|on[\s-]demand|remains?\s(?:available|accessible|online|posted)"
    # "can be accessed live ... and will be available for at least 14 days following the call"
    r"|available\sfor\s(?:at\sleast\s|up\sto\s)?(?:\d{1,3}|one|two|three|seven|thirty|ninety)\s(?:days?|weeks?|months?)"
    r"\s(?:following|after)"
    # "Available approximately three hours after conclusion of the live call." under a replay's heading
    r"|available\s(?:approximately\s|about\s)?[\w-]{1,12}\s(?:hours?|minutes?)\safter\s(?:the\s)?(?:conclusion|completion)\sof"
    # ("A webcast will be posted on www.acme.com shortly after the conclusion of the conference call")
    r"|(?:shortly|soon|immediately)\safter\s(?:the\s)?conclusion\sof)\b",
    regex.IGNORECASE,
    needs=_REPLAY_WORDS_TUPLE,
)
# Every REPLAY_CUE holds one of these words: sentences without one need no closer look.
_REPLAY_WORDS = Words(_REPLAY_WORDS_TUPLE)
# Words that settle a number's role on their own; the weaker LIVE_CUE words ("International:",
# "US Dial-In:") name rows of a table whose heading (maybe "Replay Numbers") says which.
STRONG_LIVE_CUE = safe_compile(
    r"^\s{0,60}[*•-]?\s{0,3}(?:date|time|date\sand\stime)\s{0,3}:|\blive\b|conference\s?call|earnings\s?call|teleconference|webcast|\bto\s(?:join|participate|access)"
    r"|dial[\s-]in\s(?:numbers?|details|information)|participants?\s(?:can|may|should|will)|\b(?:the|this)\scall\b"
    # ("Analysts and investors ... interested in participating are invited to call": one takes part live)
    r"|interested\sin\s(?:participating|joining)"
    # ("a listen-only service is available by calling 020 7365 1833": the live call heard by phone)
    r"|listen[\s-]only"
    # ("The audio version of the conference may be accessed by 877-555-0111": after a sentence on the replay)
    r"|\b(?:the|this)\sconference\s(?:may|can|will)\sbe\saccessed\b",
    regex.IGNORECASE,
    needs=(
        "date",
        "time",
        "live",
        "call",
        "teleconference",
        "webcast",
        "join",
        "participa",
        "access",
        "dial",
        "interested in",
        "listen",
    ),
)  # ("To listen, please call ..." is said of a replay as often: a weak cue)
LIVE_CUE = safe_compile(
    r"\b(?:live|dial|dial-in|dial-ins|dialing|call|calls|conference|teleconference|telephone|phone|toll|callers?"
    r"|participants?|participate|listen|webcast|join|domestic|international|numbers?|audio|U\.?S\.?|Canada)\b",
    regex.IGNORECASE,
)
# A street address or a US state and ZIP code: a letterhead's or an office's line.
_POSTAL_ADDRESS = safe_compile(
    r"\b\d{1,6}\s(?:[A-Za-z.]{2,20}\s){1,4}(?i:road|street|avenue|ave\.|drive|boulevard|blvd\.?|parkway|suite)\b"
    r"|,\s[A-Z]{2}\s\d{5}(?:-\d{4})?\b"
)
# The caption under a filing cover's address and number: the issuer's office, not a call.
_FILING_COVER_CAPTION = safe_compile(
    r"\(\s?(?:Address\sof\sprincipal\sexecutive\soffices?|Registrant['’]s\stelephone\snumber)", regex.IGNORECASE
)
# ... or the label before it: "Registrant's telephone number, including area code: (818) 244-8080".
_REGISTRANT_PHONE = safe_compile(r"Registrant['’]s\s(?:tele)?phone\snumber", regex.IGNORECASE)
# A phone that belongs to a person, not a call.
_FAX_LABEL = safe_compile(r"\b(?:fax|facsimile|f)\s{0,2}[:.,]?\s{0,3}$", regex.IGNORECASE)
_FAX_NEXT = safe_compile(r"[ \t,;|/]{0,4}\n?[ \t|*]{0,4}(?:fax|facsimile)\b", regex.IGNORECASE)
# A wire's own desk over the release: "News release via Canada NewsWire, Vancouver 604-669-7764".
_WIRE_DESK = safe_compile(
    r"\bvia\s(?:Canada\s)?(?i:news\s?wire|cnw|marketwire|business\s?wire|pr\s?newswire)"
    r",?[ \t]{1,2}\p{Lu}[\p{L}.'-]{1,20}(?:[ \t]\p{Lu}[\p{L}.'-]{1,20})?[ \t:]{1,3}$"
)
# Labels a person's phone carries; such a number is a dial-in only where a call is named plainly.
_PERSONAL_PHONE_LABEL = safe_compile(
    r"\b(?:tel|telephone|phone|mobile|mob|cell|office|direct|t|m|p|ph)\s{0,2}[:.]?\s{0,3}$", regex.IGNORECASE
)
# A number that follows a person's name or a contact phrase on its line belongs to that contact.
_CONTACT_WORDS = (
    r"@|\b(?:inquiries|enquiries|contact|questions|media\srelations|investor\srelations|public\srelations)\b"
)
_CONTACT_WORD = safe_compile(_CONTACT_WORDS, regex.IGNORECASE)
_DESK_RIGHT_BEFORE = safe_compile(
    r"\b(?:investor|media|public)\s(?:relations|inquiries)(?:\s(?:department|office|desk|team))?,?\s(?:at|on)\s{1,3}$",
    regex.IGNORECASE,
)
# ... or a person's name right before the number.
_CONTACT_CONTEXT = safe_compile(
    _CONTACT_WORDS + r"|(?-i:\b[A-Z][a-z]{1,15}\s(?:[A-Z]\.\s)?[A-Z][a-z]{1,20}(?:,[^\n]{0,60})?\s{0,3}[(+]?$)",
    regex.IGNORECASE,
)
# A link is the webcast's when its context speaks of watching or hearing the event, not
# merely of a website ("Learn more at ...", "results will be available at ...").
_WEBCAST_CUE = safe_compile(
    r"\b(?:webcast|web\scast|webcasts|web-cast|webinar|web[\s-]conference|listen|live|audio(?!\s(?:replays?|recordings?|archives?))|stream|streamed|streaming|watch"
    # (not a firm's name: "Sinclair Broadcast Group's web site")
    r"|broadcast(?![ ](?-i:\p{Lu}\p{Ll}))|simulcast|simulcasted|video\sinterview"
    # ("Web login / (to view slides/video) / http://...": a meeting's web door)
    r"|web[\s-]?log-?in"
    # "a brief presentation will be available on: https://...": slides, not a live presentation.
    r"|conference\scall|the\scall|teleconference"
    # (not a site's "Scientific Presentations tab", where posters and slides are kept)
    # ("the presentation, which will be made available on the Company's website": so too)
    # (nor a site's section in quotes: 'on the "News" section ... under "Presentations"')
    r"|(?<![“\"‘])presentation(?!s?\s(?:material|slides|deck|visuals|tab|page|section)|s?,?\s(?:which\s)?(?:will|can)\sbe\s(?:made\s)?(?:available|posted|published|found"
    r"|downloaded))"
    r"|events?\spage"
    # "A link to these events will be available on ...: www.acme.com/investor": the call's link
    r"|links?\sto\s(?:the|these|this)\s(?:events?|calls?)\b"
    # A meeting held online: "Shareholders can attend online at https://web.lumiagm.com/...".
    r"|(?:attend|participate|join)(?:\s\w{1,12}){0,3}?\sonline"
    # "access the meeting by logging in online at https://...", "held solely by means of a remote
    # communication online at https://..."
    r"|(?:access|accessed|logging\sin|log\sin|remote\scommunication)(?:\s\w{1,12}){0,4}?\sonline\sat"
    # "To be admitted to the Annual Meeting ..., shareholders should visit https://...", "Shareholders can
    # follow the General Meeting on the company's website at http://...": a meeting's way in online
    r"|(?:admitted\sto|follow)\s(?:the\s)?(?:[\w-]{1,20}\s){0,3}?(?:meeting|AGM|EGM)\b"
    # "The meeting will be conducted via remote communication and can be accessed through the following
    # link: http://...": a meeting held online, its door
    r"|(?:conducted|held)\s(?:\w{1,12}\s){0,2}?(?:via|by|through)\s(?:means\sof\s)?remote\scommunications?\b"
    r"(?:\s\w{1,12}){0,6}?\saccessed"
    r"|virtual(?:ly|(?:\s(?:annual|special|general|shareholders?'?|stockholders?'?)){0,2}\smeeting))",
    regex.IGNORECASE,
    needs=(
        "online",
        "virtual",
        "web",
        "listen",
        "live",
        "audio",
        "stream",
        "watch",
        "broadcast",
        "simulcast",
        "call",
        "teleconference",
        "presentation",
        "event",
        "interview",
        "remote",
        "admitted",
        "follow",
    ),
)
_WATCH_CUE = safe_compile(
    r"webcast|web\scast|webinar|web[\s-]conference|listen|stream|watch",
    regex.IGNORECASE,
    needs=("web", "listen", "stream", "watch"),
)
_ACCESSED_ONLINE = safe_compile(r"access(?:ed)?\b", regex.IGNORECASE)
_REPLAY_OF_WEBCAST = safe_compile(
    # ("A replay and transcript of the conference call")
    # ("Recordings of Acme's current and previous conference calls can be found at ...")
    r"(?:(?:webcast|audio)\s)?(?:replays?|archived?|recordings?)(?:\sand\s(?:a\s)?\w{1,12})?\s(?:of\s)?(?:the\s)?(?:live\s)?"
    r"(?:[\w'’]{1,20}\s(?:and\s)?){0,4}?"
    r"(?:webcasts?|conference\scalls?|calls?"
    # ("A replay can also be accessed via audio webcast at ...": the replay's way in)
    r"|(?:can|may|will)\s(?:also\s)?be\s(?:accessed|heard|viewed|available)\s(?:via|through|by|on)\s(?:an?\s|the\s)?(?:audio\s)?webcast"
    r"|presentation|event)|webcast\s(?:will\sbe\s)?(?:replay|archived?)"
    # ("A webcast will be posted on www.acme.com shortly after the conclusion of the conference call")
    # (its link's dots inside the words read: no full stop before a space)
    r"|webcast\swill\sbe\sposted\b(?:(?!\.\s)[^\n]){0,100}?\b(?:shortly|soon|immediately)\safter\s(?:the\s)?"
    r"conclusion\sof\s(?:the\s)?(?:live\s)?(?:conference\s)?(?:call|webcast|presentation|event)"
    r"|(?:after|(?<!the\s)following)\s(?:the\s)?(?:live\s)?"
    # (not "through the following webcast:", which points to the link)
    # ("Following the conference calls, it will be possible to find the recording ...")
    r"(?:conference\s)?(?:stream|webcast|call|event|presentation)s?\b"
    # "For those unable to listen to the live call", "If attendees are not able to join the event
    # live ...": who the archive is for, not the live event's link
    r"|(?:unable|not\sable|cannot|can['’]t)\s(?:to\s)?(?:join|attend|listen|participate|access|watch)"
    r"(?:\s[\w'’]{1,20}){0,4}?\slive(?:\s(?:conference\scall|call|webcast|broadcast|event|presentation|stream))?\b",
    regex.IGNORECASE,
    needs=("replay", "archive", "recording", "webcast", "after", "following", "unable", "not able", "cannot", "can"),
)
# "can be accessed through the link below", "use this link:", "the following link"
_POINTS_TO_LINK = safe_compile(
    r"(?:link|links|address)\s(?:is\s|are\s)?below|following\s(?:link|location|address|url|website)|this\slink"
    r"|link:|:\s*$",
    regex.IGNORECASE,
)
# "Webcast: https://...", "Details of event: https://...": a row label decides alone.
_ROW_LABEL = safe_compile(r"^[\s*•\-]{0,6}(?P<label>[A-Za-z][\w &/()'-]{0,40}?)[\s*]{0,3}:[\s*\-]{0,12}$")
# A link's own sentence that names another subject: "For further details on the incremental
# shares ..., refer to ...", "For more information about Acme, visit ...".
_OTHER_SUBJECT = safe_compile(
    r"\bfor\s(?:further|more|additional)\s(?:details|information)\s(?:on|about|regarding|concerning)\b",
    regex.IGNORECASE,
    needs=("details", "information"),
)
_AFTER_THE_LIVE_EVENT = safe_compile(
    r"\b(?:after|following)\s(?:the\s)?(?:conclusion|end|completion|close)\sof\s(?:the\s)?live\s"
    r"(?:event|call|webcast|broadcast|presentation|session|conference\scall)\b",
    regex.IGNORECASE,
)
_CALL_DETAILS = safe_compile(
    r"\b(?:details|information)\s(?:of|on|about|for|regarding)\s(?:the|this)\s(?:conference\s)?call\b"
    # ("Conference call information will be included in the ... results press release")
    r"|\b(?:conference\s)?call\s(?:details|information)\s(?:will\sbe|is|are)\s(?:included|provided|given|announced)\b",
    regex.IGNORECASE,
)
# A link's own sentence that offers documents settles it: headings above do not make it a webcast.
_DOCUMENTS = safe_compile(
    r"\b(?:reports?|slides|materials?|documents?|statements|visuals|presentations?,?\s(?:which\s)?(?:will|can)\sbe\s(?:made\s)?available"
    r"|full\s(?:press\s|news\s)?release"  # "To view the full press release, visit https://..."
    # "will publish the Company's financial results ... on the Company's Investor Relations website, at https://..."
    r"|results)\b",
    regex.IGNORECASE,
    needs=("report", "slides", "material", "document", "statement", "visuals", "presentation", "full", "results"),
)
# "The direct link to the earnings press release is https://...": the release's own page.
_RELEASE_LINK = safe_compile(
    r"\blink\sto\s(?:the\s|this\s)?(?:[\w-]{1,20}\s)?(?:press|news)\srelease\b", regex.IGNORECASE
)
_DIAL_IN_LIST = safe_compile(
    r"\b(?:link|page|list)\s(?:\w{1,12}\s){0,3}(?:for|with|of)\s(?:\w{1,12}\s){0,2}dial-?in\s(?:numbers|details)\b",
    regex.IGNORECASE,
    needs=("dial",),
)
_SLIDES_POSTED = safe_compile(
    r"\b(?:(?:slides?|slide\s(?:presentation|deck)|presentation\smaterials?|supplemental\smaterials?"
    # "Materials for the conference call will be included on the Company's website at ..."
    r"|materials?\sfor\sthe\s(?:conference\s)?call)\b"
    r"[^.]{0,100}?\bwill\sbe\s(?:posted|published|made\savailable|available|included|archived)"
    r"|presentations?\b[^.]{0,100}?\bwill\sbe\s(?:posted|published)"
    # "An accompanying presentation of the results will be available ... at www.acme.com/investing"
    r"|accompanying\spresentation\b[^.]{0,100}?\bwill\sbe\s(?:made\s)?available"
    # "A presentation of the 2020 first quarter highlights and results will be available on the same day at ..."
    r"|presentations?\sof\b[^.]{0,100}?\bwill\sbe\s(?:made\s)?available"
    # "The company presentation to be given at these events will be available at www.acme.com in the section ..."
    r"|(?:company|corporate|investor)\spresentations?\b[^.]{0,100}?\bwill\sbe\s(?:made\s)?available"
    # "The Company will also post a complementary investor presentation ... at https://..."
    r"|\bpost(?:s|ed)?\s[^.]{0,40}?\bpresentation"
    # "Callon announced that it will file an updated investor presentation later today, which will also be
    # available on ... Callon's website at https://ir.callon.com/": a filing
    r"|\b(?:file|files|filed|furnish|furnishes|furnished)\s[^.]{0,40}?\bpresentation)\b",
    regex.IGNORECASE,
    needs=("slide", "material", "presentation"),
)
_LIVE_CUE = safe_compile(r"\b(?:live|audio)\b", regex.IGNORECASE)
_WATCH_IN_URL = safe_compile(r"webinar|webcast", regex.IGNORECASE)
_TO_VOTE = safe_compile(r"\b(?:vote|voting)\b", regex.IGNORECASE)
_ATTEND = safe_compile(r"\b(?:attend|attending|join|joining|participate|watch|listen|held)\b", regex.IGNORECASE)
_GENERIC_ROW = safe_compile(r"(?:url|link|web\s?address|web\s?site|address|where)", regex.IGNORECASE)
_REGISTER_CUE = safe_compile(
    r"\b(?:register|registration|pre-register|preregister|sign\sup|sign-up|enrol|enroll)",
    regex.IGNORECASE,
    needs=("regist", "sign", "enrol"),
)
_PHONE_LINE_CUE = safe_compile(
    r"\b(?:dial|dial-in|phone|telephone|pin|passcode|conference\sid|teleconference|by\sphone|call\sparticipants?)",
    regex.IGNORECASE,
    needs=("dial", "phone", "pin", "passcode", "conference", "call"),
)
# "connect to the AGM live by way of the link below or alternately by telephone ...": the phone is
# the other way in, not what the link is for.
_PHONE_THE_OTHER_WAY = safe_compile(
    r"\blink\b[^.:]{0,40}?\bor\s(?:alternatively\s|alternately\s)?(?:\w{1,12}\s)?by\s(?:tele)?phone\b",
    regex.IGNORECASE,
    needs=("link",),
)
_TELECONFERENCE_URL = safe_compile(r"/tele-?conference\b", regex.IGNORECASE)
_REGISTERS_FOR_PHONE = safe_compile(
    r"\bregist\w{0,8}\b[^.\n]{0,100}?\b(?:dial[\s-]?in|pin|passcode|access\scode)s?\b",
    regex.IGNORECASE,
    needs=("regist",),
)
# "Passcode for the call:", "ID Code for Replay:", "The access code for this call is 5593966."
# ("PIN Code for all countries: 283234")
_CODE_FOR_WHAT = (
    r"(?:\s{1,2}(?i:for\s{1,2}(?:the\s{1,2}|this\s{1,2})?(?:live\s)?"
    r"(?:call|conference(?:\scall)?|replay|recording|playback|webcast|event|all\s(?:countries|participants|callers|locations))"
    # "Participants must use the following code to access the replay of the call: 5162951"
    # ("... enter the following passcode to partake in the call: 70549")
    r"|to\s(?:access|join|hear|partake\sin|participate\sin)\sthe\s(?:live\s)?"
    r"(?:call|conference(?:\scall)?|replay|recording|playback|webcast)"
    r"(?:\sof\sthe\s(?:call|conference(?:\scall)?|webcast))?))?"
)
_CODE = safe_compile(
    # (or glued on to the number before it: "973-528-0011Access code: 619723")
    # ("Confirmation ID (passcode) of 62942705": the label's bracket closes before the code)
    rf"(?:(?<![\w/=&?.%-])|(?<=\d)(?=\p{{Lu}}))(?P<label>(?i:{alternation(CODE_LABELS)}))\b(?:\s{{0,2}}(?i:number|no\.?|#))?s?\)?"
    rf"{_CODE_FOR_WHAT}"
    # a table's cells: "| Replay Access Code | | | | 10129346"
    # ("entering the confirmation number, 21520608": a comma before the code)
    rf"(?:\s{{0,3}}(?i:is|of|will\sbe))?\s{{0,3}}[:#\-,]?"
    # ("enter conference ID: #4981439": a hash before the code, as the keypad has it)
    # ("Conference ID:\n|\n74366611": a table flattened with each cell's bar on a line of its own)
    # ("Conference ID:\n|\n|\n• 60199938": and a bullet before it)
    # ("provide the confirmation code (9271335)": the digits in brackets, alone: not an area code's)
    # ("Participant Passcode:                       93708434": a fixed-width table's column gap)
    rf"(?:[ \t]{{0,60}}\n[ \t]{{0,60}}|(?:\s{{0,4}}\|){{1,8}}\s{{0,4}}|[ \t]{{4,48}}(?=\d)|\s{{0,3}})"
    rf"(?:[\"“*#]{{0,2}}|•[ \t]{{1,2}}|\((?=\d[\d ]{{2,20}}\)(?![ \t]?\d)))"
    rf"(?P<code>[A-Za-z0-9](?:[A-Za-z0-9]|[ -](?=\d)){{2,23}})(?P<hash>\s?#)?(?![\w@/])"
)
_URL = safe_compile(
    # ("Webcast URL: //acme.webex.com": a copy that dropped the scheme kept its slashes)
    r"(?P<url>(?:https?://|www\.|(?<![\w:/])//(?=[A-Za-z0-9]))[^\s<>\"'\[\](){}|,]{2,400}(?:\([^\s()]{1,40}\)[^\s<>\"'\[\](){}|,]{0,100})?)"
    r"|(?<![@\w./-])(?P<host>(?:[A-Za-z0-9-]{1,63}\.){1,4}(?:" + "|".join(TLDS) + ")"
    r"(?![\w@-])(?:/[^\s<>\"'\[\](){}|,]{0,200})?)",
)
_MARKDOWN_ESCAPE = safe_compile(r"\\([_*\[\]()#+.!~-])")
# A sentence run on to a URL by a careless copy: "www.asml.com.A conference call ...",
# "http://ir.netease.com/.About NetEase".
# ("https://host/events-calendar.(1)Effective January 1": a footnote's number, then its sentence)
_GLUED_SENTENCE = safe_compile(
    r"(?:(?<=/)|(?<=\.(?:" + "|".join(TLDS) + r")))\.(?:[A-Z][a-z]{1,30}|[A-Z])$|\.\(\d{1,2}\)[A-Z][a-z]{0,30}$"
)
# ... or with no full stop between: "https://host/acme20251113Alternatively" (a path, so
# "www.Contact.com" stays whole).
_GLUED_OPENER = safe_compile(r"(?<=[a-z0-9])(?:" + "|".join(URL_GLUED_OPENERS) + r")$")
# ... or after a path's last dot: "https://host/earnings/press-release-webcast.As previously
# announced", "https://host/245208959.On February 7, 2020" (a file's extension is lower case).
_GLUED_DOTTED_OPENER = safe_compile(
    r"(?<=[a-z0-9])\.(?:" + "|".join((*URL_GLUED_OPENERS, "As", "A", "We", "Our", "On")) + r")$"
)
# A bare host name ("VirtualInvestorConferences.com") counts as a link only where the text
# offers it: after "at", "visit", "via", a colon, "the investor section of". "hosted by Acme and
# VirtualConf.com" names a firm.
_OFFERS_HOST = safe_compile(
    r"(?:\b(?:at|on|via|visit|to|through|from|website|site|page|webpage|online|go|(?:section|area|portion)s?\sof)"
    r"|[:>\-])[\s*_\[(,]{0,4}$",
    regex.IGNORECASE,
)
# Where a URL can be: the scheme, "www.", or a top-level domain after a dot (found in the
# lower-cased text by the stdlib engine's literal scan, 4x faster than a case-insensitive one).
_URL_ANCHOR = compile_literals(["http://", "https://", "www.", *(f".{tld}" for tld in TLDS)])
_HOST_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789.-")
# (a word that opens prose on the next line, "For investor enquiries:", is no part of it: the
# tail holds a path's mark or digit, or is the whole line)
_WRAPPED_TAIL = safe_compile(
    r"[ \t]{0,3}\n[ \t]{0,3}(?P<tail>(?=[\w\-./?=&%#~]{0,200}[\d\-./?=&%#~_])[\w\-./?=&%#~]{2,200}+(?=[\s)\]]|$)"
    r"|[\w\-./?=&%#~]{2,200}+(?=[ \t]{0,3}(?:\n|$)|[)\]]))"
)
_MARKDOWN_LINK = safe_compile(r"\[(?P<label>[^\]\n]{1,200})\]\((?P<target><?[^)\s]{1,800}>?)\)")
# A markdown link whose words are not an address counts only when they name a webcast link
# ("[here](...)", "[webcast](...)"); "[ImmunoGen, Inc.](http://...)" names the company.
_GENERIC_LINK_LABEL = safe_compile(
    r"\b(?:here|link|webcast|website|site|register|registration|click|event|listen|live|watch|replay|stream)\b",
    regex.IGNORECASE,
)
_TRACKING = safe_compile(
    r"cts\.businesswire\.com|/ct/CT\?|rt\.prnewswire\.com|protect-\w+\.mimecast|urldefense|lnkd\.in", regex.IGNORECASE
)
_NOT_WEBCAST_URL = safe_compile(
    r"businesswire\.com/news|prnewswire\.com/news|globenewswire\.com/|accessnewswire\.com|newsfilecorp\.com|newsweb\.oslobors|"
    r"news\.cision\.com/|mfn\.se/|"
    # a viewer's tools, not the event's page: "check your browser at whatismybrowser.com", "download
    # the free Flash player from get.adobe.com"
    r"whatismybrowser\.com|get\.adobe\.com|adobe\.com/(?:go|products)/|(?<![\w.-])java\.com|(?<![\w.-])real\.com|"
    r"microsoft\.com/windows|"
    r"mailto:|\.(?:jpg|jpeg|png|gif|webp|svg|pdf)\b|sec\.gov|sedar|twitter\.com|(?<![\w.-])x\.com/|linkedin\.com|facebook\.com|instagram\.com|youtube\.com/(?:user|channel)",
    regex.IGNORECASE,
)
# "accessible live through the Company's website as described above", "at the same location"
_SAME_PLACE = safe_compile(
    r"\b(?:as\s(?:described|noted|mentioned|set\sforth|indicated)\s(?:above|earlier)|(?:at|on|through|via)\s(?:the\s)?same"
    r"\s(?:location|website|web\ssite|site|link|address|page|url|webpage)s?)\b",
    regex.IGNORECASE,
)
_SAME_PLACE_WORDS = Words(("same", "above", "earlier"))
SOURCE_LINE_REACH = 200  # characters: how far before a link its line's "View source version on" can be
_VIEW_SOURCE_LINE = safe_compile(
    # (whole words: "resources" on a line a copy ran together is no source line)
    r"\bView (?:source|original)|\boriginal press release|\bSource:|(?-i:\bSOURCE\b)",
    regex.IGNORECASE,
    needs=("view", "original", "source"),
)
# Replay windows: "through August 16, 2013", "until 11:59 p.m. ET on August 16", "for 7 days".
_UNTIL = safe_compile(
    # ("Expiration: Saturday, September 5, 2026": a replay block's row)
    r"(?:\b(?:through|thru|until|till|to|ending|ends|end\sof|expires?|expiring|up\sto|before|by|closes?)\s{1,3}"
    r"|\b(?:expiration|expiry)(?:\sdate)?\s?:\s{1,3})"
    # "until end of day Thursday, ...", "until the close of business on March 9, 2016"
    r"(?:(?:the\s)?(?:end|close)\sof\s(?:the\s)?(?:day|business)\s(?:on\s)?)?(?:on\s|at\s)?$",
    regex.IGNORECASE,
)
_UNTIL_TIME = safe_compile(
    r"\b(?:through|thru|until|till|to|ending|ends|expires?|expiring|up\sto)\s{1,3}"
    # "through 12:00 midnight EDT on", "until noon May 9 Central Daylight Time"
    r"(?:\d{1,2}(?::\d\d)?\s?[ap]\.?m\.?|(?:12(?::00)?\s)?(?:midnight|noon|midday)"
    # "until 23:59 (Toronto time), November 22, 2018"
    r"|[0-2]?\d[:.][0-5]\d(?![\d:.])(?:\s?(?:hrs|hours|h)\b)?)"
    r"[^.\n]{0,40}?$",
    regex.IGNORECASE,
)
# "available between 1 PM Eastern Time July 17, 2001 and 1 PM Eastern Time July 18, 2001": a window's
# two ends, an hour before each
_BETWEEN = safe_compile(r"\bbetween\s(?:\d{1,2}(?::\d\d)?\s?[ap]m\b[^.\n]{0,30}?\s)?$", regex.IGNORECASE)
_AND = safe_compile(r"\band\s(?:\d{1,2}(?::\d\d)?\s?[ap]m\b[^.\n]{0,30}?\s)?$", regex.IGNORECASE)
_AMPM_DOTS = safe_compile(r"\b([ap])\.\s?m\.", regex.IGNORECASE)
_FROM = safe_compile(r"\b(?:from|starting|beginning|after|on)\s{1,3}(?:on\s)?$", regex.IGNORECASE)


@dataclass(frozen=True, slots=True)
class DialInItem:
    start: int
    end: int
    role: Role
    dial_in: DialIn


@dataclass(frozen=True, slots=True)
class CodeItem:
    start: int
    end: int
    role: Role
    code: str
    rank: int


@dataclass(frozen=True, slots=True)
class LinkItem:
    start: int
    end: int
    url: str | None  # None: "as described above", the same address as the link before
    webcast: bool
    registration: bool
    replay: bool


@dataclass(frozen=True, slots=True)
class ReplayItem:
    """A sentence offering a replay, with the window it states."""

    start: int
    end: int
    until: DateMention | None
    until_duration: Duration | None
    available_from: DateMention | None


UNIT_REACH = 400  # characters: how far one unit of context reaches, so work per value is bounded


# A line of these alone is a table's rule or an empty cell ("|", "---"): no unit of context.
_RULE_CHARACTERS = " \t\n|*•-_=+"


_SENTENCE_AFTER_VALUE = safe_compile(r"(?<=\S)[ \t]{1,3}(?=(?:The|This|If|To|Please|For|Participants|Callers)[ \t])")


def context_chain(doc: Document, start: int, *, limit_units: int = 6, limit_chars: int = 700) -> Iterator[str]:
    """Text around a value, nearest first: its label, its line within its sentence, then the
    lines and sentences above it, until a blank-line gap or the limits."""
    text = doc.text
    line_start, line_end = doc.line_at(start)
    sentence_start, sentence_end = doc.sentence_at(start)
    unit_start = max(line_start, sentence_start, start - UNIT_REACH)
    yield text[unit_start:start]
    value_end = min(line_end, sentence_end, start + UNIT_REACH)
    # ("The dial-in phone number is: 1-833-555-9919 The conference call will also be recorded ...", ".../BI9168
    # The call will also be webcast ...": a copy that lost its line breaks ran the next sentence on after the
    # number or link, with no stop between)
    run_on = _SENTENCE_AFTER_VALUE.search(text, start, value_end)
    yield text[start : run_on.start() if run_on is not None else value_end]
    position = unit_start
    budget = limit_chars
    units = 0
    while position > 0 and units < limit_units and budget > 0:
        previous = position - 1
        floor = max(0, previous - UNIT_REACH)
        while previous > floor and text[previous] in " \t\n":
            previous -= 1
        if text[previous] in " \t\n":
            return
        if text[previous:position].count("\n") >= 3 and text[previous] != ":":
            return  # two blank lines part what is below from above, unless a label opens it ("Please call:")
        line_start, _ = doc.line_at(previous)
        sentence_start, _ = doc.sentence_at(previous)
        unit_start = max(line_start, sentence_start, previous - UNIT_REACH)
        if unit_start > previous:  # the walk reached text before the first sentence
            unit_start = max(line_start, previous - UNIT_REACH)
        unit = text[unit_start : previous + 1]
        if unit.strip(_RULE_CHARACTERS):
            units += 1
            budget -= len(unit)
            yield unit
        if unit_start >= position:
            return
        position = unit_start


# Units read above a value for its role: a table's label and number rows count one each, and a
# replay's heading may stand over two rows of three ("UK dial in / number / Pin code / code").
_ROLE_UNITS = 10


def role_of(doc: Document, start: int) -> Role | None:
    """Replay if the nearest context that speaks of either speaks of a replay; live if it
    speaks plainly of the call; a table row's weak words ("International:") defer to the
    heading above; None when nothing near says."""
    if _TO_HEAR_REPLAY.match(doc.text, start, min(len(doc.text), start + 120)):
        # "Participants can dial (412) 317-6671 and enter passcode 13761321 to hear the playback."
        return "replay"
    weak = False
    for index, unit in enumerate(_wrapped_lead(doc, start, context_chain(doc, start))):
        if index >= 2 and is_contact_label(unit):
            return None  # under "FOR FURTHER INFORMATION PLEASE CONTACT:": a contact's number
        if REPLAY_CUE.search(unit):
            return "replay"
        if STRONG_LIVE_CUE.search(unit):
            if _DETAILS_LEAD_IN.fullmatch(unit) or not STRONG_LIVE_CUE.search(_without_row_labels(unit)):
                # "A telephone replay will be available ... The dial-in details are:": the
                # sentence before says what the details are of; so does the heading over a
                # table's "UK Dial In Number" row ("Replay:", "Live analyst conference call:").
                weak = True
                continue
            return "live"
        # (not a letterhead's address: "6001 OAK CANYON, IRVINE, CALIFORNIA 92618-5200 U.S.A.")
        weak = weak or (
            bool(LIVE_CUE.search(unit)) and not _POSTAL_CODE.search(unit) and not _POSTAL_ADDRESS.search(unit)
        )
    if weak and _replay_heading_over_rows(doc, start):
        return "replay"
    return "live" if weak else None


def _replay_heading_over_rows(doc: Document, start: int) -> bool:
    """Whether a replay's heading stands over a run of a table's short rows above the value,
    further up than the usual reach ("Replay: / Details are as follows: / |UK dial in / |+44 ... /
    |Pin code / |986363 (#) / |US dial in / |1866 ..."): each row a unit, the heading many rows up."""
    for index, unit in enumerate(context_chain(doc, start, limit_units=_ROLE_UNITS)):
        if REPLAY_CUE.search(unit):
            return True
        # (a row's own "UK Dial In Number" label is no live cue: "|Std International Number" three rows under it)
        if index >= 2 and (len(unit.strip()) > _ROW_LENGTH or STRONG_LIVE_CUE.search(_without_row_labels(unit))):
            return False
    return False


_ROW_LENGTH = 40  # characters: a table's label or number row, or a short lead-in ("Details are as follows:")

# A US ZIP code with its four more digits, or a Canadian postal code: an address's line (as is
# one _POSTAL_ADDRESS reads: a street, or a state and its ZIP code).
_POSTAL_CODE = safe_compile(r"\b\d{5}-\d{4}\b|\b[A-Z]\d[A-Z][ \t]\d[A-Z]\d\b")


# What the value is for, said right after it in its clause.
_TO_HEAR_REPLAY = safe_compile(
    r"[^.;\n]{0,80}?\bto\s(?:hear|listen\sto|access|play)\s(?:the\s)?(?:replay|playback|recording|archive)",
    regex.IGNORECASE,
)
_ROW_DIAL_LABEL = safe_compile(
    r"(?:[\w.'/()-]{1,20}\s){0,3}(?:toll[\s-]free\s)?dial[\s-]in\s(?:numbers?|no\.?)", regex.IGNORECASE
)


def _without_row_labels(unit: str) -> str:
    """The unit without its lines that are only a table's dial-in row label."""
    if "\n" not in unit and len(unit) > 60:
        return unit  # (the common case: a sentence)
    return "\n".join(line for line in unit.split("\n") if not _ROW_DIAL_LABEL.fullmatch(line.strip(" \t|*_:")))


_DETAILS_LEAD_IN = safe_compile(
    r"\s{0,4}(?:the\s)?dial[\s-]in\s(?:numbers?|details|information)\s(?:are|is)(?:\sas\sfollows)?\s?:?\s{0,4}",
    regex.IGNORECASE,
)


def _wrapped_lead(doc: Document, start: int, chain: Iterator[str]) -> Iterator[str]:
    """The chain with its first unit (the value's line, up to the value) widened to the whole
    sentence before the value where a fixed-width copy wrapped it on to lines above: "To access
    the archived\nconference call, dial 416-..." is about the archive."""
    sentence_start = doc.sentence_at(start)[0]
    first = next(chain)
    lead = doc.text[max(sentence_start, start - UNIT_REACH) : start]
    yield lead if len(lead) > len(first) and "\n" in lead and not _BLANK_LINE.search(lead) else first
    yield from chain


_BLANK_LINE = safe_compile(r"\n[ \t]*\n")
_DIAL_WORD = safe_compile(
    # ("To participate in the teleconference and have the possibility to ask questions, please call:")
    # ("... at the Investor Relations section of the company's web site ..., or live by calling (877) ...")
    r"\b(?:dial|dial-in|dial-ins|dialing|toll|participants?|participate|callers?|conference|teleconference|replay"
    r"|live\sby\scalling)\b",
    regex.IGNORECASE,
    needs=("dial", "toll", "participa", "caller", "conference", "replay", "live by"),
)


def _plainly_named(doc: Document, start: int) -> bool:
    """A call or replay named plainly (not just "International:") near a number."""
    for unit in context_chain(doc, start):
        if REPLAY_CUE.search(unit) or STRONG_LIVE_CUE.search(unit):
            return True
    return False


# ("08006522435 (toll free dial in number in United Kingdom)": a long one, in words only)
_LABEL_AFTER = safe_compile(
    r"[ \t]{0,2}[(\[]?[ \t]{0,2}(?P<label>[A-Za-z][\w .'/-]{1,30}(?:(?<=[A-Za-z .'/-])[A-Za-z .'/-]{1,30})?)"
)
# "calling 020 7365 1833 in the UK or 718 354 1158 in the US": the country written after each number.
_IN_COUNTRY_AFTER = safe_compile(
    r"[ \t]{1,2}in[ \t](?:the[ \t])?(?P<place>\p{Lu}[\p{L}.]{1,20}(?:[ \t]\p{Lu}[\p{L}.]{1,20})?)"
)
# "dial 866/393-4618 (domestic) or 706/758-3056 (international)": the label in brackets after it.
# (a long one in words only: "(toll free dial in number in United Kingdom)", not "(international callers 612-332-0530)")
_BRACKETED_LABEL_AFTER = safe_compile(
    r"[ \t]{0,2}\n?[ \t]{0,2}\((?P<label>[A-Za-z][\w .'/-]{1,30}|[A-Za-z][A-Za-z .'/-]{31,60})\)"
)


# A line open in office hours registers people or answers them; a call's dial-in has no hours.
_OFFICE_HOURS = (
    r"on\s(?:weekdays|business\sdays|working\sdays)|(?:during\s)?office\shours|(?:from\s)?monday\sto\sfriday"
)
# A number for help or information, not for joining the call.
_HELP_LINE = safe_compile(
    r"\b(?:additional\sinformation|more\sinformation|further\sinformation|questions|assistance"
    rf"|{CALL_TROUBLE}|help\s?desk|requirements|customer\sservice"
    rf"|{_OFFICE_HOURS}|registration\speriod"
    # "Further copies of the Annual report are available from the Company Secretary (telephone ...)"
    r"|copies\sof"
    # "Shareholders may call our main offices at 281-555-7800 for directions"
    r"|directions)\b",
    regex.IGNORECASE,
    needs=("information", "question", "assistance", "help", "requirement", "customer", *CALL_TROUBLE_WORDS,
           "weekday", "business day", "working day", "office hour", "monday", "registration", "copies", "directions"),
)  # fmt: skip
# ... read right after the number on its line, whatever else the sentence says.
_OPEN_HOURS = safe_compile(rf"\b(?:{_OFFICE_HOURS})\b", regex.IGNORECASE)
# The number that gives a code to join by phone, not the one to join on.
_TO_OBTAIN_A_CODE = safe_compile(
    r"\bto\s(?:obtain|receive|request)\s(?:a|an|your)\s(?:personali[sz]ed\s|unique\s)?(?:pin|access\scode|passcode)\b",
    regex.IGNORECASE,
    needs=("obtain", "receive", "request"),
)
# A meeting notice's way to give notice of attending: "must notify the Company of their
# intention to attend ... by: telephone, +46 (0)8 507 410 00" (however it speaks of participating).
_NOTIFYING = safe_compile(r"\b(?:notify|notification|intention\sto\s(?:attend|participate))\b", regex.IGNORECASE)
_JOINING = safe_compile(
    r"\b(?:join|joining|participate|participating|listen|access\sthe\s(?:call|conference|webcast)|dial[\s-]in\snumbers?)\b",
    regex.IGNORECASE,
    needs=("join", "participat", "listen", "access", "dial"),
)


def _line_above(doc: Document, line_start: int) -> str:
    """The previous non-empty line when short: a table's label cell ("United Kingdom")."""
    if line_start == 0:
        return ""
    index = doc.line_index(line_start) - 1
    while index >= 0:
        start, end = doc.line_bounds(index)
        line = doc.text[start:end].strip()
        if line:
            return line if len(line) <= 40 else ""
        index -= 1
    return ""


def find_dial_ins(
    doc: Document, skip: list[tuple[int, int]], warnings: list[ParseWarning] | None = None
) -> list[DialInItem]:
    """Numbers to dial into a call or its replay; a number in a dial-in's place that does not
    validate is left out and, when ``warnings`` is given, reported there."""
    items: list[DialInItem] = []
    text = doc.text
    taken = 0  # where the last number, and a label in brackets after it, ended
    for candidate in find_candidates(text):
        if inside(skip, candidate.start):
            continue
        line_start, _ = doc.line_at(candidate.start)
        label_start = max(line_start, doc.sentence_at(candidate.start)[0], taken, candidate.start - 300)
        # Past a number that did not validate ("Taiwan 0080-119-6666Australia 1-800-..."), the
        # label starts after it.
        earlier = _EARLIER_NUMBER.finditer_list(text, label_start, candidate.start)
        if earlier:
            label_start = earlier[-1].end()
        label = text[label_start : candidate.start]
        if (
            _FAX_LABEL.search(label[-12:])
            # "Tel.: + 40 21 200 9600 / Fax: + 40 21 200 9631": an office's number beside its fax
            or _FAX_NEXT.match(text, candidate.end)
            or IDENTIFIER_LABEL.search(label[-40:])
            or _WIRE_DESK.search(label[-80:])
            or (_ends_in_code_label(label) and not _PHONE_SHAPED.fullmatch(candidate.written))
        ):
            continue  # (a code is never written as a phone number: "The access number ... is 844-512-2921")
        # An email on the number's line marks a contact line; on a run-together paragraph
        # (a whole release on one line) only an email close by does.
        line_end = doc.line_at(candidate.start)[1]
        near_line = text[max(line_start, candidate.start - 150) : min(line_end, candidate.end + 150)]
        sentence = doc.sentence_at(candidate.start)
        if "@" in near_line and (_DIAL_WORD.search(text, *sentence) or STRONG_LIVE_CUE.search(text, *sentence)):
            # "... a listen-only service is available by calling 020 7365 1833 in the UK. Analysts should
            # contact Jo Rowe on ... or via email at ...": a sentence to dial in, the email the next one's
            near_line = text[max(line_start, candidate.start - 150) : min(sentence[1], line_end)]
        contact = _CONTACT_CONTEXT.search(label)
        if (
            contact is not None
            and (country_of(contact.group()) is not None or _LINE_WORDS.search(contact.group()))
            and not _CONTACT_WORD.search(label)
        ):
            contact = None  # "Hong Kong 2112-1444", "Domestic Access 02-...": no person's name
        if (contact is not None and not _DIAL_WORD.search(label)) or "@" in near_line:
            continue
        if _DESK_RIGHT_BEFORE.search(label[-60:]):
            continue  # "... or call Acme Capital Investor Relations at (888) 818-5298": the desk's line
        if not label.strip(" :-*\t"):
            above = _line_above(doc, line_start)
            if _CONTACT_CONTEXT.search(above) and not _DIAL_WORD.search(above) and not country_of(above):
                continue  # "Xcel Energy Media Relations / (612) 215-5300": a desk's number under its name
        if line_end - line_start <= 200 and _POSTAL_ADDRESS.search(text, line_start, line_end):
            continue  # "3333 WEST GOOD HOPE ROAD MILWAUKEE, WI 53209 | 414.247.3333": a letterhead
        if line_start > 0 and text[line_start:line_end].strip(" |*_") == text[candidate.start : candidate.end]:
            above_start, above_end = doc.line_at(line_start - 1)
            if above_end - above_start <= 80 and _POSTAL_ADDRESS.search(text, above_start, above_end):
                continue  # "40 Acme Drive / Shelton, CT 06484 / 475-555-4000": the letterhead's own line
        if _FILING_COVER_CAPTION.search(text, candidate.end, min(len(text), candidate.end + 80)) or (
            _REGISTRANT_PHONE.search(text, line_start, candidate.start)
        ):
            continue  # an SEC cover's "011-32-3-247-4411 / (Address of principal executive offices)"
        sentence_start, sentence_end = sentence
        sentence_start, sentence_end = (
            max(sentence_start, candidate.start - 300),
            min(sentence_end, candidate.end + 300),
        )
        # (a help line's words on a line below the number are of another row: "|Pin code / |7860599# /
        # If you have any problems accessing this, please contact: ...")
        help_end = max(line_end, candidate.end) if text.count("\n", candidate.end, sentence_end) else sentence_end
        if _HELP_LINE.search(text, sentence_start, help_end) and not _JOINING.search(
            text, sentence_start, sentence_end
        ):
            continue  # "additional information ... can be obtained by dialing ...": a help line
        if _OPEN_HOURS.search(text, candidate.end, min(line_end, candidate.end + 60)):
            continue  # "Calling +358 10 2818 909 on weekdays between 9:00 a.m. and 12:00 p.m.": a registrar's line
        if _TO_OBTAIN_A_CODE.search(text, sentence_start, sentence_end):
            continue  # "contact Link Market Services on 1800 990 363 ... to obtain a personalised PIN": the registry
        paragraph_above = text[max(0, candidate.start - 300) : candidate.start].rpartition("\n\n")[2]
        if _NOTIFYING.search(paragraph_above):
            continue  # "... must notify the Company ... by:\n- telephone, +46 (0)8 507 410 00"
        role = role_of(doc, candidate.start)
        if role is None:
            continue
        if _PERSONAL_PHONE_LABEL.search(label[-12:]) and not _plainly_named(doc, candidate.start):
            continue
        # The country the label names; else one written right after the number: "0800 279 6619 (UK)".
        after = _LABEL_AFTER.match(text, candidate.end)
        # ("calling 020 7365 1833 in the UK or 718 354 1158 in the US": the country after each is its own)
        in_country = _IN_COUNTRY_AFTER.match(text, candidate.end)
        region = (
            (country_of(in_country["place"]) if in_country else None)
            or country_of(label[-60:])
            or (country_of(after["label"]) if after else None)
            or (country_of(_line_above(doc, line_start)) if not label.strip(" :-*\t|") else None)
        )
        numbers = parse_placed(doc, candidate.written, region)
        if not numbers and warnings is not None and _DIAL_WORD.search(label):
            warnings.append(
                ParseWarning(
                    code="invalid_number",
                    message=f"dial-in {candidate.written!r} is not a valid number: left out",
                    span=(candidate.start, candidate.end),
                )
            )
        for rel_start, rel_end, e164 in numbers:
            start, end = candidate.start + rel_start, candidate.start + rel_end
            end = strip_extension(text, end)
            clean_label = _clean_label(text[label_start:start]) if not items or items[-1].end <= label_start else None
            callers = _CALLERS_AFTER.match(text, end)
            bracketed = _BRACKETED_LABEL_AFTER.match(text, end) or callers
            if bracketed is not None and (clean_label is None or callers is not None):
                clean_label = bracketed["label"].strip()
            if clean_label is None and not text[line_start:start].strip(" :-*\t"):
                above = _line_above(doc, line_start)  # a table's label cell: "United Kingdom"
                clean_label = above if above and not any(c.isdigit() for c in above) else None
            dial_in = DialIn(
                number=e164,
                label=clean_label,
                toll_free=is_toll_free(e164, text[label_start:start] + text[end : end + 20]),
                spans={"number": (start, end)},
            )
            items.append(DialInItem(start, end, role, dial_in))
            label_start = taken = bracketed.end() if bracketed is not None else end
    return items


# "dial 1-877-555-0383 for domestic callers or 1-412-555-6506 for international callers": the
# label after each number (the words before the second are the first one's).
_CALLERS_AFTER = safe_compile(
    r"[ \t]{1,2}(?:for|from)[ \t](?P<label>(?:[\w-]{1,20}[ \t]){0,3}(?:callers|participants))\b"
    r"|[ \t]{1,2}(?P<label>domestically|internationally)\b"
)
_LINE_WORDS = safe_compile(r"\b(?:Access|Domestic|International|Local|Toll|Free|Number|Line|Standard|Dial)\b")
_EARLIER_NUMBER = safe_compile(r"\d[\d ().-]{4,30}\d")
_LABEL_NOISE = safe_compile(r"^[\s*•\-:,;|/]+|[\s*•\-:,;(|+/]+$|(?<=\p{Ll}{3})\.$")


_LEADING_CONJUNCTION = safe_compile(r"^(?:or|and)(?:\s|$)")
_UNFINISHED_LABEL = safe_compile(
    # ("Playback numbers are 800-642-1687 (domestic)": a sentence's verb, the label in brackets after)
    r"\b(?:dial|dialing|dialling|call|calling|please|at|by|is|are)\s{0,2}$",
    regex.IGNORECASE,
)
_OFFERS_REPLAY = safe_compile(
    r"available|accessible|access|dial|listen|hear|posted|archived|replay|playback|find|found", regex.IGNORECASE
)


def _clean_label(raw: str) -> str | None:
    """The words naming a number, as written: "Domestic Dial-in Number", "UK", "toll-free"."""
    label = _LABEL_NOISE.sub("", raw.split("\n")[-1])
    label = _LEADING_CONJUNCTION.sub("", label).strip()
    if not label or len(label) > 60 or _UNFINISHED_LABEL.search(label):
        return None
    return str(label)


_CODE_LABEL_TAIL = safe_compile(
    rf"(?i:{alternation(CODE_LABELS)})(?:\s{{0,2}}(?:number|no\.?|#))?{_CODE_FOR_WHAT}(?:\s{{0,3}}(?i:is|of|will\sbe))?"
    rf"\s{{0,3}}[:#\-]?\s{{0,3}}$"
)


def _ends_in_code_label(label: str) -> bool:
    return bool(_CODE_LABEL_TAIL.search(label[-40:]))


_CALL_AND = safe_compile(r"\b(?:call|conference|webcast)\s(?:and|&)\s$", regex.IGNORECASE)
# "The access codes for the conference call and the audio replay are as follows: ...": one code for both.
_CODES_FOR_BOTH = safe_compile(
    r"\bcodes?\s(?:\w+\s){0,2}for\s(?:both\s)?the\s(?:conference\s|live\s)?call\sand\s(?:the\s)?(?:audio\s|telephone\s)?replay",
    regex.IGNORECASE,
)
# A password alone to its line's end: "|Password / |Shire".
_LINE_ENDS = safe_compile(r"[ \t|*_]{0,4}(?:\n|$)")
_SECURITY_BEFORE = safe_compile(r"\b(?:securit(?:y|ies)|stock|share)\s{1,2}$", regex.IGNORECASE)
_GLUED_OPENER_AFTER_CODE = safe_compile(r"(?<=\d{3})(?:A|An|The|To|For|In|If|This|Please|Participants)$")
_WRAPPED_ON = safe_compile(r"[ \t]{0,4}\n[ \t]{0,4}\d")
_PHONE_SHAPED = safe_compile(r"1?[ -]?\d{3}[ -]\d{3}[ -]\d{4}")
_LOWER_WORD_NEXT = safe_compile(r"\s\p{Ll}{2}")
# A passcode of words to give the operator, ended by a stop or the line's end.
_WORD_CODE = safe_compile(
    # ("[Passcode: First Quarter]": the words closed by the bracket that opened before the label)
    r"(?P<code>\p{Lu}\p{Ll}{1,20}(?:[ ]\p{Lu}\p{Ll}{1,20}){0,3})(?=\.|\]|[ \t]*$|[ \t]*\n)",
    regex.MULTILINE,
)
_WORD_CODE_LABELS = frozenset({"passcode", "pass code", "password", "conference id"})
_CAPITALS_CODE_LABELS = frozenset({"passcode", "pass code", "conference id"})  # ("Conference ID # IRSA")
_NO_CODE = frozenset({"none", "not required", "required", "not applicable", "below", "above", "available", "provided"})
# (a capitals word after a code's label that is no code)
_PLACEHOLDER_CODES = frozenset({"tba", "tbd", "n/a", "na", "none", "and", "or", "is", "number", "pin", "code"})
_GLUED_WORD_AFTER_CODE = safe_compile(r"(?<=\d{3})\p{Lu}\p{Ll}{2,}$")
# Every code label holds one of these words; _CODE runs only near them.
_CODE_ANCHOR = Words(("pass", "code", "number", "confirmation", "reference"), whole=("pin", "id"))


def find_codes(doc: Document, skip: list[tuple[int, int]]) -> list[CodeItem]:
    items: list[CodeItem] = []
    for m in finditer_near(_CODE, _CODE_ANCHOR, doc.text, before=40, after=90):
        if inside(skip, m.start()):
            continue
        code = m["code"].strip()
        between = doc.text[m.end("label") : m.start("code")]
        if "|" in between and "\n" in between and _WRAPPED_ON.match(doc.text, m.end("code")):
            continue  # "Pass\ncode:\n|\n4677\n738": a flattened table's cell wrapped the code
        if _PHONE_SHAPED.fullmatch(code):
            continue  # "The access number for the replay is 844-512-2921": a number to dial
        opener = _GLUED_OPENER_AFTER_CODE.search(code)
        if opener is not None and _LOWER_WORD_NEXT.match(doc.text, m.start("code") + len(code)):
            code = code[: opener.start()]  # "Passcode: 5272427A replay of the call ...": a sentence glued on
        glued = _GLUED_WORD_AFTER_CODE.search(code)
        if glued is not None:
            code = code[: glued.start()]  # "Access code: 619723Webcast Link: ...": the next field glued on
        label = " ".join(m["label"].lower().split())
        if _SECURITY_BEFORE.search(doc.text, max(0, m.start() - 24), m.start()):
            continue  # "German Security Identification Number: A11QW5": a share's code (WKN), not a call's
        if label.startswith("reference") and _REPORT_CITED_BEFORE.search(doc.text, max(0, m.start() - 80), m.start()):
            continue  # "the summons report dated January 7, 2024 (reference number: 2024-01-003106)": a filing's
        rank = CODE_LABELS[label]
        # A code is digits, but a password may be a word, and so may an ID in quotes ("Conference ID “MNDR.”").
        quoted = doc.text[m.start("code") - 1 : m.start("code")] in ('"', "“", "'")
        # So may a passcode in capitals ("Passcode: EARNINGS").
        wordy_ok = len(code) >= 3 and (
            label == "password" or (code.isupper() and (quoted or (label in _CAPITALS_CODE_LABELS and code.isalpha())))
        )
        if code.lower() in _PLACEHOLDER_CODES:
            continue  # "Conference ID: TBA"
        if sum(c.isdigit() for c in code) < 3 and not wordy_ok:
            words = _WORD_CODE.match(doc.text, m.start("code")) if label in _WORD_CODE_LABELS else None
            if words is None or words["code"].lower() in _NO_CODE:
                continue
            code = words["code"]  # "conference passcode: Acme Call.", "conference ID: Verisign."
        if (
            label == "password"
            and not any(c.isdigit() for c in code)
            and not code.isupper()
            # (but a word alone to its line's end: "|Password / |Shire", a UK call's password)
            and not (code.istitle() and code.isalpha() and _LINE_ENDS.match(doc.text, m.start("code") + len(code)))
            # (nor a word in quotes: 'password “Novell”, and the international dial-in number is ...')
            and not (quoted and code.isalpha() and code[:1].isupper())
        ):
            continue
        if label == "password" and code.isupper():
            more = _PASSWORD_TAIL.match(doc.text, m.start("code") + len(code))
            if more is not None:
                code += more.group()  # "Password: DNB Q4.": a password of two words

        # ("The conference ID for the recording is 1548644": the label says whose code it is)
        replay_label = REPLAY_CUE.search(doc.text, m.start(), m.start("code"))
        role: Role | None = "replay" if replay_label else role_of(doc, m.start())
        items.append(CodeItem(m.start("code"), m.start("code") + len(code), role or "live", code, rank))
        if replay_label and _CALL_AND.search(doc.text, max(0, m.start() - 30), m.start()):
            # "Conference call and replay ID: 42178456": one code for both
            items.append(CodeItem(m.start("code"), m.start("code") + len(code), "live", code, rank))
        elif role == "replay" and _CODES_FOR_BOTH.search(doc.text, doc.sentence_at(m.start())[0], m.start()):
            # "The access codes for the conference call and the audio replay are as follows: ... Conference
            # ID No. 65953": the same code for both
            items.append(CodeItem(m.start("code"), m.start("code") + len(code), "live", code, rank))
    for m in finditer_near(_ENTERING_CODE, _ENTERING_ANCHOR, doc.text, before=5, after=40):
        # "... by dialing (877) 555-6853 ... and entering 13695115": a bare code to key in.
        if inside(skip, m.start()) or any(item.start <= m.start("code") < item.end for item in items):
            continue
        role = "replay" if REPLAY_CUE.search(doc.text, *doc.sentence_at(m.start())) else role_of(doc, m.start())
        items.append(CodeItem(m.start("code"), m.end("code"), role or "live", m["code"], CODE_LABELS["conference id"]))
    for m in finditer_near(_CODE_AFTER_NUMBER, _HASH_ANCHOR, doc.text, before=40, after=2):
        # "... toll free 1-888-390-0541 / 613777 #": the code to key in after the number, by the slash
        if inside(skip, m.start()) or any(item.start <= m.start("code") < item.end for item in items):
            continue
        role = "replay" if REPLAY_CUE.search(doc.text, *doc.sentence_at(m.start())) else role_of(doc, m.start())
        items.append(CodeItem(m.start("code"), m.end("code"), role or "live", m["code"], CODE_LABELS["conference id"]))
    for m in finditer_near(_ID_HASH, _HASH_ANCHOR, doc.text, before=4, after=14):
        # "... 1-888-806-6208 or 1-913-312-1516 and keying in ID# 7406571"
        if inside(skip, m.start()) or any(item.start <= m.start("code") < item.end for item in items):
            continue
        role = "replay" if REPLAY_CUE.search(doc.text, *doc.sentence_at(m.start())) else role_of(doc, m.start())
        items.append(CodeItem(m.start("code"), m.end("code"), role or "live", m["code"], CODE_LABELS["conference id"]))
    for m in finditer_near(_CODE_BEFORE_LABEL, _AS_THE_CODE, doc.text, before=36, after=12):
        # "... by dialing 402-220-2946 and using 37672# as the pass code"
        if inside(skip, m.start()) or any(item.start <= m.start("code") < item.end for item in items):
            continue
        role = "replay" if REPLAY_CUE.search(doc.text, *doc.sentence_at(m.start())) else role_of(doc, m.start())
        label = " ".join(m["label"].lower().split())
        items.append(CodeItem(m.start("code"), m.end("code"), role or "live", m["code"], CODE_LABELS[label]))
    for hit, _ in _CODE_WORD.spans(doc.text):
        # "Telephone for connection: +55 11 2101 4848 / Code: Acme": a bare "Code" row under a
        # number to dial is the call's code (and only there: "Stock Code: 0005", "Share code: ACM")
        line_start, line_end = doc.line_at(hit)
        m = _BARE_CODE_ROW.fullmatch(doc.text, line_start, line_end)
        if m is None or inside(skip, line_start) or line_start == 0:
            continue
        above_start, above_end = doc.line_at(line_start - 1)
        if not _DIAL_NUMBER.search(doc.text, above_start, above_end):
            continue
        code = m["code"]
        if code.lower() in _NO_CODE or code.lower() in _PLACEHOLDER_CODES:
            continue
        role = "replay" if REPLAY_CUE.search(doc.text, above_start, line_end) else role_of(doc, m.start("code"))
        at = m.start("code")
        items.append(CodeItem(at, at + len(code), role or "live", code, CODE_LABELS["passcode"]))
    for m in finditer_near(_QUOTE_TO_OPERATOR, _QUOTE_ANCHOR, doc.text, before=60, after=80):
        if inside(skip, m.start()) or any(item.start <= m.start("code") < item.end for item in items):
            continue
        role = "replay" if REPLAY_CUE.search(m.group()) else role_of(doc, m.start())
        code, at = m["code"].strip(), m.start("code")
        items.append(CodeItem(at, at + len(code), role or "live", code, CODE_LABELS["password"]))
    return items


_CODE_WORD = Words(("Code", "CODE", "Código", "CÓDIGO"), case=True)
_BARE_CODE_ROW = safe_compile(
    r"[ \t*•|-]{0,4}(?:Code|CODE|Código|CÓDIGO)[ \t]{0,2}:[ \t]{0,3}"
    # (the first of a table's cells: "Code: GOL | Code: GOL |", a two-language table's row)
    r"(?P<code>\d{4,10}|\p{Lu}[\p{L}\d-]{2,30})[ \t*.]{0,4}(?:\|[^\n]{0,80})?"
)
# A number to dial on a line: "+55 11 2101 4848", "Participants US: +1 800 418 6854".
_DIAL_NUMBER = safe_compile(r"\+?\(?\d{1,4}\)?[ .-]?\d{2,4}[ .-]\d{3,4}(?:[ .-]\d{3,4})?\b")
# "Password (if prompted), Quote "Acme Technology Q4" when prompted by the operator": a
# phrase to say is the code (spec: "a word to quote to the operator counts").
_QUOTE_TO_OPERATOR = safe_compile(
    r"\b(?:password|passcode|pass\sphrase|conference\sname)\b[^\n\"“]{0,40}?\bquote\s{1,2}[\"“](?P<code>[^\"”\n]{2,40})[\"”]"
    r"|\bquote\s{1,2}[\"“](?P<code>[^\"”\n]{2,40})[\"”]\s{1,2}(?:when\s{1,2}prompted|to\s{1,2}the\s{1,2}operator)"
    # "the conference can be accessed with the identification “Acme-Argyle.”"
    r"|\b(?:identification|conference\sname)\s{1,2}[\"“](?P<code>[^\"”\n.]{2,40})\.?[\"”]",
    regex.IGNORECASE,
)
_QUOTE_ANCHOR = Words(("quote", "identification", "conference name"))
_PASSWORD_TAIL = safe_compile(r"[ ][A-Z0-9]{1,4}(?=[.,;]?(?:\s|$))")
# ("please dial 1-877-670-9780 and reference conference 25290449", "dial (800) 475-3716 and provide
# code 1736421")
_ENTERING_CODE = safe_compile(
    # ("and entering call back code 24185881": the code's name between)
    r"\b(?:entering|enter|keying\sin|key\sin|reference\sconference|provide\s(?:the\s)?code)\s"
    r"(?:(?:the\s)?(?:call[\s-]?back|replay|access|conference)\s(?:code|id|number)\s)?(?P<code>\d{5,10})\b"
    r"(?![.,]?\d)"
)
_ENTERING_ANCHOR = Words(("enter", "key", "reference", "provide"))
_CODE_AFTER_NUMBER = safe_compile(r"\d{4}[ \t]{0,2}/[ \t]{0,2}(?P<code>\d{4,10})[ \t]{0,2}#")
_HASH_ANCHOR = Words(("#",), case=True)
# "using 37672# as the pass code", 'with “Acme” as password': the code before its label.
_CODE_BEFORE_LABEL = safe_compile(
    # ("entering BJRI2020 as the password": capitals and digits, a meeting site's password)
    r"(?:(?<![\w-])(?P<code>\d{4,10})[ \t]?#?|[“\"](?P<code>\p{Lu}\p{L}{2,20})[”\"]"
    r"|(?<![\w-])(?-i:(?P<code>(?=[A-Z0-9]{0,11}[A-Z])(?=[A-Z0-9]{0,11}\d)[A-Z0-9]{4,12}))(?![\w-]))"
    r"\s{1,3}as\s{1,3}(?:(?:the|your)\s{1,3})?"
    r"(?P<label>pass\s?code|access\scode|participant\scode|conference\sid|pin|password)\b",
    regex.IGNORECASE,
)
_AS_THE_CODE = Words(("code", "conference id", "password"), whole=("pin",))
# "ID# 7406571": an ID written with the keypad's hash.
_ID_HASH = safe_compile(r"\b(?:ID|Id)[ \t]?#[ \t]?(?P<code>\d{4,10})\b(?![.,]?\d)")


# A portal's citation of the release it copied, the wire page's address last.
_PRESS_CITATION = safe_compile(r"\(Press\srelease,\s[^()\n]{1,100},\s$")
# A host ends in letters; digits after its last dot, with no path, are a footnote's number.
_FOOTNOTE_AFTER_HOST = safe_compile(r"^(?:https?://)?[\w.-]{1,250}?(?<=\.\p{L}{2,24})\.\d{1,2}$")


def _urls(text: str) -> list[regex.Match[str]]:
    """Every URL, matched where one can start: at a scheme or "www.", or at the start of the
    host name a top-level domain ends (bounded, as host names are). Matching there, rather
    than scanning a window around each anchor, reads each URL once."""
    low = lowered(text)
    starts: list[int] = []
    for hit in _URL_ANCHOR.finditer(low):
        start, end = hit.span()
        if low[start] == ".":
            if low[end : end + 1].isalnum():
                continue  # ".company", ".inc": not a top-level domain
            while start > hit.start() - 256 and start > 0 and low[start - 1] in _HOST_CHARS:
                start -= 1
            if low.startswith("//", start - 2):
                start -= 2  # (a scheme-relative address: "//acme.webex.com")
            glued = low.find("www.", start + 1, hit.start())
            if glued > start:
                start = glued  # "Live Webcast Access atwww.acme.com.br/ir": a word glued on before "www."
        starts.append(start)
    found: list[regex.Match[str]] = []
    for start in sorted(starts):
        if found and start < found[-1].end():
            continue  # inside the URL before it ("www." after "https://", a host's ".com")
        m = _URL.match(text, start, min(len(text), start + 520))
        if m is not None:
            found.append(m)
    return found


def find_links(doc: Document, skip: list[tuple[int, int]]) -> list[LinkItem]:
    text = doc.text
    items: list[LinkItem] = []
    covered: list[tuple[int, int]] = []
    for m in _MARKDOWN_LINK.finditer(text):
        label, target = m["label"].strip(" *_"), m["target"].strip("<>")
        covered.append((m.start(), m.end()))
        if _URL.fullmatch(label):
            url, start = label, m.start("label")
        elif (
            _GENERIC_LINK_LABEL.search(label)
            and not _TRACKING.search(target)
            and target.lower().startswith(("http", "www"))
        ):
            url, start = target, m.start("target")
        else:
            continue
        end = start + len(url)
        if "\\" in url:
            url = _MARKDOWN_ESCAPE.sub(r"\1", url)  # "[https://host/WN\_vun8](https://...)": the label escaped
        _add_link(doc, skip, items, start, end, url)
    for m in _urls(text):
        if inside(covered, m.start()):
            continue
        url = (m["url"] or m["host"]).rstrip(".;:!?*_'\"©®™")  # ("www.acme.com.© 2019 Acme Inc.")
        footnote = _FOOTNOTE_AFTER_HOST.search(url)
        if footnote is not None:
            url = url[: url.rindex(".")]  # "https://ir.acme.com.1.)": a footnote's number run on
        if m["host"] and not _OFFERS_HOST.search(text, max(0, m.start() - 40), m.start()):
            continue
        glued = _GLUED_SENTENCE.search(url)
        if glued is None and "/" in url.partition("//")[2 if "//" in url else 0]:
            glued = _GLUED_OPENER.search(url) or _GLUED_DOTTED_OPENER.search(url)
        if glued is not None:
            url = url[: glued.start()]
        end = m.start() + len(url)
        wrapped = _WRAPPED_TAIL.match(text, end) if url.endswith(("/", "-", "=", "?", "&", "_")) else None
        if wrapped is not None:  # "https://host/path/\nrest-of-path": a URL the wire wrapped
            url += wrapped["tail"].rstrip(".;:!?*_'\"")
            end = wrapped.start("tail") + len(wrapped["tail"].rstrip(".;:!?*_'\""))
        if "\\" in url:
            url = _MARKDOWN_ESCAPE.sub(r"\1", url)  # "brrmedia.news/ND4\_Q4\_24" in a markdown copy
        _add_link(doc, skip, items, m.start(), end, url)
    for m in finditer_near(_SAME_PLACE, _SAME_PLACE_WORDS, text, before=30, after=20):
        _add_link(doc, skip, items, m.start(), m.end(), None)
    items.sort(key=lambda item: item.start)
    return items


# A link in brackets right after the issuer's ticker bracket: "(Nasdaq:MELI) (http://...)".
MARKDOWN_TARGET = safe_compile(r"\]\([^()\s]{1,400}\)")


def platform_of(url: str, hosts: tuple[str, ...]) -> str | None:
    """Which of ``hosts`` (a data table of platforms) serves the link, itself or a subdomain of it."""
    host = url.split("//")[-1].split("/")[0].lower().removeprefix("www.")
    return next((known for known in hosts if host == known or host.endswith("." + known)), None)


def _webcast_without_phones(doc: Document, above: list[str]) -> bool:
    """A webcast named in the lines above a link's row, in a release that offers no phone line."""
    return any(_WATCH_CUE.search(unit) for unit in above) and not _PHONE_LINE_WORDS.search(lowered(doc.text))


_PHONE_LINE_WORDS = compile_literals(["dial", "teleconference", "conference call", "call-in"])


def _heads_rows(unit: str) -> bool:
    """A heading over rows ("Live webcast participant registration"), or a sentence that
    introduces them ("... may do so via the Company's website or by phone as follows:")."""
    return len(unit) < 100 or (len(unit) < 250 and unit.rstrip().endswith(":"))


def _under_when_rows(doc: Document, line_start: int) -> bool:
    """A "Date:" or "Time:" row, or a dial-in or PIN row, among the ten lines above, with no
    blank run of two between: the call's details block the link's row belongs to."""
    index = doc.line_index(line_start)
    blank = 0
    for above in range(index - 1, max(-1, index - 11), -1):
        a, b = doc.line_bounds(above)
        if not doc.text[a:b].strip():
            # (a line of spaces is a flattened table's empty cell, not a gap)
            blank += a == b
            if blank > 1:
                return False
            continue
        blank = 0
        if WHEN_LABEL.match(doc.text, a, b) or _CALL_ROW.match(doc.text, a, b):
            return True
    return False


# "Dial-in details:", "PIN Code for all countries: 283234", "Conference ID: 1234567"
_CALL_ROW = safe_compile(
    rf"[ \t*•-]{{0,4}}(?:dial[\s-]in|{alternation(CODE_LABELS)})\b[^:\n]{{0,30}}:",
    regex.IGNORECASE,
)


_LOWER_WORD = safe_compile(r"\b\p{Ll}{2,20}\b")
_PROSE_WORDS = 3  # lower-case words that make the lines above a link a sentence's, not a letterhead's
# A site's sections written after its address: " /Investor Information/Conference Calls".
_SITE_SECTIONS_AFTER = safe_compile(r"(?:[ \t]{0,2}/[ \t]?\p{Lu}[\w&'’-]{0,30}(?:[ ]\p{Lu}[\w&'’-]{0,30}){0,4}){1,4}")
_ENDS_SENTENCE = safe_compile(r"[.!?][\"')\]]?\s*$")
_WRAPPED_SENTENCE = 300  # characters of a link's sentence above its line that are read with it
_GLUED_AFTER_LINK = safe_compile(r"\.(?=(?:\(\d{1,2}\))?\p{Lu}\p{Ll})")
# ... or right after its legal name: "Generex Biotechnology Corporation (www.generex.com) (OTCQB:GNBT)"
_SITE_AFTER_NAME = safe_compile(
    r"(?:\([A-Za-z .]{2,30}:\s{0,2}[A-Z0-9.]{1,8}\)"
    r"|\b(?:Inc\.?|Incorporated|Corporation|Corp\.?|Ltd\.?|Limited|plc|PLC|AG|SE|ASA|AB|N\.V\.|S\.A\.|LLC|Group))"
    r"\s{0,2}\($"
)


def _prose_wrapped_above(doc: Document, line_start: int) -> bool:
    """Whether the line above is prose that runs on to this line (six lower-case words or more, no
    stop or colon at its end)."""
    if line_start == 0:
        return False
    above_start, above_end = doc.line_at(line_start - 1)
    above = doc.text[above_start:above_end].rstrip()
    return above[-1:].isalpha() and sum(word.isalpha() and word.islower() for word in above.split()) >= 6


_MEDIA_ASSET_BEFORE = safe_compile(
    r"\b(?:logo|photo|photograph|image|multimedia|graphic|infographic)s?\s?:\s{0,3}$", regex.IGNORECASE
)


def _add_link(
    doc: Document, skip: list[tuple[int, int]], items: list[LinkItem], start: int, end: int, url: str | None
) -> None:
    if inside(skip, start) or (url is not None and (_NOT_WEBCAST_URL.search(url) or _TRACKING.search(url))):
        return
    line_start, _ = doc.line_at(start)
    if _VIEW_SOURCE_LINE.search(doc.text, max(line_start, start - SOURCE_LINE_REACH), start):
        return
    if _SITE_AFTER_NAME.search(doc.text, max(0, start - 60), start) and doc.text[end : end + 1] == ")":
        return  # "MercadoLibre, Inc. (Nasdaq:MELI) (http://www.mercadolibre.com)": the issuer's site
    if _MEDIA_ASSET_BEFORE.search(doc.text, max(line_start, start - 40), start):
        return  # "(Logo: http://photos.prnewswire.com/prnh/20120202/FL45310LOGO )": the wire's picture
    if _PRESS_CITATION.search(doc.text, max(0, start - 120), start):
        return  # "(Press release, Acme, APR 20, 2021, https://ir.acme.com/news/... [SID1234])": the source cited
    webcast = registration = replay = slides_only = False
    raw = list(context_chain(doc, start, limit_units=3, limit_chars=400))
    if len(raw) > 1:
        # "... posted at https://ir.acme.com/.Webcast and Conference Call Information ...": a copy
        # that lost its line breaks glued the next heading on; the link's sentence ends with it.
        glued = _GLUED_AFTER_LINK.search(raw[1], end - start)
        if glued is not None:
            raw[1] = raw[1][: glued.start() + 1]
    if len(raw) > 2 and not raw[0].strip() and _ROW_LABEL.match(raw[2].strip()) and raw[2][:1].isspace():
        # "   Where: / (blank cells) / www.acme.com/ACME": a table flattened its label cell onto a
        # line of its own above the value; the label is the link's all the same.
        raw = [raw[2].strip(), raw[1], *raw[3:]]
    chain = raw
    label_start = max(line_start, doc.sentence_at(start)[0])  # where the words that label the link begin
    row = _ROW_LABEL.match(raw[0]) if raw else None
    if row is not None and (
        (raw[0].lstrip()[:1].islower() and doc.sentence_at(start)[0] < line_start)
        or _prose_wrapped_above(doc, line_start)
    ):
        # "conference call\nwill be available online at: acme.com", "... can be accessed at Acme\nGold's
        # website: www.acmegold.com": a wrapped sentence, no row
        row = None
    if row is not None and _GENERIC_ROW.fullmatch(row["label"]) and len(raw) > 2 and _heads_rows(raw[2]):
        chain = [raw[2]]  # "Live webcast participant registration" / "URL: https://...": the heading says
    elif row is not None:
        chain = [row["label"]]
    elif len(raw) >= 2:
        own = raw[0] + " " + raw[1]
        # The words around the link, without it (nor a markdown link's target after it:
        # "[https://acme.events.example/q4-report-2024](https://pr.report/6xge)").
        around = MARKDOWN_TARGET.sub(" ", own.replace(doc.text[start:end], " "))
        # A link alone on its line, under "... at the following location:" or "the link below".
        # ("... can be accessed through the link\nbelow.": its words wrapped over two lines)
        pointer = next(
            (i for i in (2, 3, 4) if i < len(raw) and _POINTS_TO_LINK.search(" ".join(reversed(raw[2 : i + 1])))), None
        )
        if pointer is not None and not around.strip(" -*:.\n[]"):
            last = min(len(raw) - 1, pointer + 2)
            while pointer < last and raw[pointer + 1].strip() and not _ENDS_SENTENCE.search(raw[pointer + 1]):
                # "To follow the webcast presentation ..., please\nuse this link:": the pointing
                # line goes on a sentence a fixed-width copy wrapped; its start is read with it
                pointer += 1
            chain = [" ".join(reversed(raw[2 : pointer + 1]))]  # from the pointing sentence down to the link
            sentence_start, sentence_end = doc.sentence_at(start)
            if sentence_start < doc.line_at(start - 1)[0] and start - sentence_start <= _WRAPPED_SENTENCE:
                # ("A live broadcast of Acme's conference call will be available\nunder the Investor
                # Relations section of the Company's website:\nwww.acme.com.": the pointing sentence wrapped)
                chain = [doc.text[sentence_start:sentence_end]]
        else:
            # The link's own sentence, both sides of it; above it, only short heading lines.
            chain = [own, *(unit for unit in raw[2:] if len(unit) < 100)]
            heading = raw[2].strip(" \t*_#:") if len(raw) > 2 else ""
            if (
                not around.strip(" -*:.\n[]<>|")
                and 0 < len(heading) < 100
                and heading[0].isupper()
                and not _ENDS_SENTENCE.search(heading)
            ):
                # A link alone on its line under a heading: "**Link to webcast**" over
                # ".../q4-report-2024/register" says what the link is; the path's "register" does not.
                chain = [heading, *chain]
            if _DIAL_IN_LIST.search(around) and not _WATCH_CUE.search(around):
                return  # "please visit the following link for global dial-in numbers: https://...": a phone list
            sentence_start, sentence_end = doc.sentence_at(start)
            if (
                sentence_start < line_start
                and start - sentence_start <= _WRAPPED_SENTENCE
                and not _BLANK_LINE.search(doc.text, sentence_start, line_start)
            ):
                # "The updated corporate presentation will be available from the Company's\nwebsite at
                # www.acme.ca.": a fixed-width copy wrapped the link's sentence; its subject is read whole
                around = doc.text[sentence_start:sentence_end].replace(doc.text[start:end], " ")
                # ("... to access the live or\narchived webcast, visit ... website at\nwww.acme.com": the
                # lines above are one sentence, its words read together before any line's alone)
                # (above it, a heading still speaks for it; the end of the sentence before it does not;
                # nor is a letterhead's address run on to the headline a sentence)
                if len(_LOWER_WORD.findall(doc.text, sentence_start, line_start)) >= _PROSE_WORDS:
                    label_start = sentence_start
                    chain = [
                        doc.text[sentence_start:sentence_end],
                        *(u for u in chain[1:] if not _ENDS_SENTENCE.search(u)),
                    ]
            if _RELEASE_LINK.search(around) and not _WEBCAST_CUE.search(around):
                return  # "The direct link to the earnings press release is https://.../press-release-webcast"
            if (_DOCUMENTS.search(around) or _OTHER_SUBJECT.search(around)) and not _WEBCAST_CUE.search(around):
                # "The full report and a brief presentation will be available on: ...", "For further
                # details on the incremental shares ..., refer to www.acme.com": its own subject
                chain = [own]
            elif (
                _CALL_DETAILS.search(around)
                and not _WEBCAST_CUE.search(_CALL_DETAILS.sub(" ", around))
                and not any(_WATCH_CUE.search(unit) or _LIVE_CUE.search(unit) for unit in raw[:4])
            ):
                # "The details of the call will appear on ...": so too, where nothing near says the call
                # is heard online ("... will present the report via a web conference call. More
                # information about the conference call is available at: investors.acme.se" is its site)
                chain = [own]
            elif _SLIDES_POSTED.search(around) and not (_WATCH_CUE.search(around) or _LIVE_CUE.search(around)):
                # "A slide presentation that may be referenced on the conference call will be posted
                # ... on Acme's website, www.acme.com": the slides' place, not the call's.
                chain, slides_only = [own], True
    label_part = doc.text[label_start:start]
    for unit in chain:
        has_register = bool(_REGISTER_CUE.search(unit))
        # "a webcast replay", "the archived webcast" speak of the replay only.
        besides_replay = _REPLAY_OF_WEBCAST.sub(" ", unit)
        if len(besides_replay) != len(unit):
            # "The archived webcast can be accessed ... at https://.../events-and-presentations/...": in
            # a sentence about the archive, the link's own words name no live webcast.
            # (nor the site's sections written after it: "... at www.acme.com /Investor Information/Conference Calls")
            path = _SITE_SECTIONS_AFTER.match(doc.text, end)
            besides_replay = besides_replay.replace(doc.text[start : path.end() if path else end], " ")
        if "live" in besides_replay:
            # "A replay will be available ... after the conclusion of the live event at https://...":
            # the live event named as a time, not as what the link shows
            besides_replay = _AFTER_THE_LIVE_EVENT.sub(" ", besides_replay)
        if "detail" in besides_replay or "information" in besides_replay:
            # "The details of the call will appear on Acme's website, www.acme.com": where to read about
            # the call, not to hear it.
            besides_replay = _CALL_DETAILS.sub(" ", besides_replay)
        cue = None if slides_only else _WEBCAST_CUE.search(besides_replay)
        if cue is not None and len(besides_replay) != len(unit) and _ACCESSED_ONLINE.match(cue.group()):
            # "A replay of the call may be accessed online at www.acme.com/investor": the replay's
            # way in, with no other word of a live webcast
            cue = _WEBCAST_CUE.search(besides_replay, cue.end())
        has_webcast = cue is not None
        has_replay = bool(REPLAY_CUE.search(unit))
        if not (has_register or has_webcast or has_replay):
            continue
        # The lines just above may say what registering gives: "Upon registering, you will be
        # provided with participant dial-in numbers, and unique personal PIN."
        above = " ".join(raw[2:4])
        # (or the link is a teleconference's: "conference.financialhearings.com/teleconference/?id=")
        phone_only = (
            has_register
            and bool(
                _PHONE_LINE_CUE.search(unit)
                or _REGISTERS_FOR_PHONE.search(above)
                or (url is not None and _TELECONFERENCE_URL.search(url))
            )
            and not _WATCH_CUE.search(unit)
            and not _PHONE_THE_OTHER_WAY.search(unit)
        )
        registration = has_register
        webcast = has_webcast and not phone_only
        # The replay is at this link only if the sentence names it before the link (or the link sits inside
        # the words naming the archive: "A webcast will be posted on www.acme.com shortly after the conclusion
        # of the conference call").
        replay = has_replay and (
            unit is not chain[0]
            or bool(REPLAY_CUE.search(label_part))
            or any(doc.text[start:end] in m.group() for m in _REPLAY_OF_WEBCAST.finditer(unit))
        )
        break
    if webcast and replay and _ARCHIVE_CLAUSE.search(doc.text, max(label_start, start - 120), start):
        # "This event will be webcast live on the Investor Relations section ..., following which it
        # will be archived at http://...": the clause that leads to the link offers the archive only.
        webcast = False
    if webcast and _LODGE_A_PROXY.search(doc.text, max(doc.sentence_at(start)[0], start - 160), start):
        # "..., you are encouraged to lodge a proxy ahead of the meeting at www.investorvote.com.au": where
        # to vote before the meeting, not to watch it
        webcast = False
    if registration and not webcast and url and (_WATCH_IN_URL.search(url) or platform_of(url, WEBINAR_HOSTS)):
        webcast = True  # "Registration: https://zoom.us/webinar/register/...": joining the webinar
    elif registration and not webcast and row is not None and _webcast_without_phones(doc, raw[2:6]):
        # "Key facts of the Acme webcast / ... / Registration link for participants: https://...": with
        # no phone line anywhere, registering is how one joins the webcast.
        webcast = True
    if not (webcast or registration or replay) and url and platform_of(url, VIRTUAL_MEETING_HOSTS):
        # "... to be held on November 20, 2020 at www.virtualshareholdermeeting.com/ACME2020"; but
        # "If you wish to cast your vote during the Meeting, ... visit www.web.lumiagm.com/..." (the
        # meeting itself on another line) is where to vote
        sentence = doc.text[slice(*doc.sentence_at(start))]
        webcast = not _TO_VOTE.search(sentence) or bool(_ATTEND.search(sentence))
    if not (webcast or registration or replay) and _IN_PERSON_OR_ONLINE.search(doc.text, max(0, start - 260), start):
        # "... the 2012 annual meeting of stockholders ... in person at the Museum, 1401 North Shoreline
        # Boulevard, ... or via the Internet at www.acme.com/2012meeting": the meeting's other way in
        webcast = not _TO_VOTE.search(doc.text, *doc.sentence_at(start))
    if not (webcast or registration or replay) and _HELD_VIRTUALLY_AT.search(doc.text, max(0, start - 60), start):
        # "a Special Meeting ... will be held at 9 a.m. Eastern time on August 30, 2024, in virtual format
        # only at www.acme-meetings.example/acme24": the meeting's own place
        # (not "... to vote during the meeting, visit": the words before the link)
        webcast = not _TO_VOTE.search(doc.text, max(doc.sentence_at(start)[0], start - 120), start)
    if not (webcast or registration or replay) and _LINK_ABOVE.match(doc.text, end, end + _LINK_ABOVE_REACH):
        # "Audience Event Link:https://... / Click on the link above to attend the presentation from your
        # laptop": the line under the link says what it is
        webcast = True
    generic_row = row is not None and _GENERIC_ROW.fullmatch(row["label"])
    if generic_row and not (webcast or registration or replay) and _under_when_rows(doc, line_start):
        webcast = True  # "DATE: April 25th / TIME: 2:00 PM ET / LINK: https://...": the event's own link
    if webcast or registration or replay:
        items.append(LinkItem(start, end, url, webcast, registration, replay))


# The sentence under a link that points back to it to watch or hear the event.
_LINK_ABOVE = safe_compile(
    r"[ \t]{0,4}\.?\s{0,6}(?:please\s)?(?:click|tap|use|follow|select)\s(?:on\s)?the\s(?:link|url|address)\sabove"
    r"\sto\s(?:attend|watch|view|listen|join|follow|access\sthe\s(?:live\s)?(?:webcast|presentation|meeting|event))\b",
    regex.IGNORECASE,
)
_LINK_ABOVE_REACH = 120
_LODGE_A_PROXY = safe_compile(
    r"\b(?:lodge|lodging|appoint|appointing|submit|submitting)\s(?:a\s|your\s)?prox(?:y|ies)\b[^.\n]{0,80}$",
    regex.IGNORECASE,
    needs=("prox",),
)
# The clause right before a link, set off by a comma, that archives what an earlier clause webcasts.
_IN_PERSON_OR_ONLINE = safe_compile(
    r"\bin\sperson\b[^;]{0,200}?\bor\s(?:via|over|through)\sthe\s(?:internet|web)\s(?:at|on)\s{1,2}$",
    regex.IGNORECASE,
    needs=("in person",),
)
_HELD_VIRTUALLY_AT = safe_compile(
    r"\b(?:in\s(?:a\s)?virtual(?:[\s-]only)?\sformat|(?:held|conducted)\s(?:solely\s|exclusively\s)?virtually)"
    r"(?:\sonly)?,?\s(?:at|via)\s{1,2}$",
    regex.IGNORECASE,
    needs=("virtual",),
)
_ARCHIVE_CLAUSE = safe_compile(
    r",[ \t]{1,2}(?:following\swhich|after\swhich|after\sthat|and\sthen|thereafter)\s[^,;:()\n]{0,60}?"
    r"\b(?:archived|replayed|available\sfor\sreplay|posted\sfor\sreplay)\s(?:at|on)\s{1,2}$",
    regex.IGNORECASE,
)


_WINDOW_LEAD = safe_compile(
    r"\b(?:for|of|period|approximately|about|up\sto|at\sleast|through|next|following)\b[^.]{0,25}$", regex.IGNORECASE
)
_WINDOW_TAIL = safe_compile(r"\s?(?:period|after|following|from)", regex.IGNORECASE)
_DELAY_TAIL = safe_compile(r"\s{0,2}(?:after|following)\s(?:the\s)?(?:call|conclusion|event|live)", regex.IGNORECASE)
_FOR = safe_compile(r"\bfor\b", regex.IGNORECASE)
_FOR_HOURS = safe_compile(r"\b(?:for|of)\s(?:approximately\s|about\s|at\sleast\s)?$", regex.IGNORECASE)


def _states_window(text: str, sentence_start: int, found: Duration) -> bool:
    """ "for 7 days", "a 30-day period": how long the replay lasts; "two hours after the
    call" is a delay before it starts, not its window."""
    lead = text[max(sentence_start, found.start - 40) : found.start]
    if found.unit == "hour":
        # "for 24 hours"; hours are mostly the wait before a replay starts ("approximately two
        # hours after the call", "one hour after the end of the conference call")
        return bool(_FOR_HOURS.search(lead))
    window = _WINDOW_LEAD.search(lead) or _WINDOW_TAIL.match(text, found.end, found.end + 12)
    delay = _DELAY_TAIL.match(text, found.end, found.end + 30) and not _FOR.search(lead)
    return bool(window) and not delay


_BRACKETED_UNTIL = safe_compile(
    r"\s{0,6}\((?i:available\s)?(?i:until|through|till)\s(?P<date>[^()\n]{4,40})\)[\s.]{0,6}"
)


# ("PLAYBACK / Available until February 24, 2020": under a heading, with no subject)
_STILL_AVAILABLE_UNTIL = safe_compile(
    r"[ \t]{0,3}(?:(?:It|The\s(?:replay|recording|archive|webcast))\s(?:will|shall)\s(?:be|remain)\s"
    r"(?:available|accessible)|(?:Available|Accessible))\s(?:until|through|thru):?\s"
)
# A filing cited by its date, its reference number in brackets after it (Israeli issuers' reports).
_REPORT_CITED_BEFORE = safe_compile(r"\b(?:report|announcement|filing|notice)\b[^()\n]{0,60}\(\s?$", regex.IGNORECASE)
_LABELLED_ROW = 200  # characters: the row under a label ("Audio Replay Number:"), its number and window
_DETAILS_ROW = 60  # characters: a short "Re-dial ID: 2569205" row between a replay's number and its window


def _window_dates(text: str, start: int, end: int, cue: int) -> tuple[DateMention | None, DateMention | None]:
    """The first dates in text[start:end] led as a window's end ("until", "through") and, after
    ``cue``, as its start ("from")."""
    until: DateMention | None = None
    available_from: DateMention | None = None
    between = False
    for mention in find_dates(text, start, end):
        lead = " ".join(text[max(start, mention.start - 160) : mention.start].split())[-60:] + " "
        lead = _AMPM_DOTS.sub(r"\1m", lead)  # "through 12 p.m. CT (1 p.m. ET) on": no stops in the way
        if _UNTIL.search(lead) or _UNTIL_TIME.search(lead) or (between and _AND.search(lead)):
            until = until or mention
        elif _BETWEEN.search(lead) and mention.start > cue and available_from is None:
            available_from, between = mention, True
        elif _FROM.search(lead) and mention.start > cue:
            available_from = available_from or mention
    return until, available_from


_LABEL_ONLY = safe_compile(r"[ \t*_|]{0,4}[\w &/()-]{1,40}:[ \t*_|]{0,4}\n?")


def find_replays(doc: Document, skip: list[tuple[int, int]]) -> list[ReplayItem]:
    """Sentences that offer a replay or archive, with the end (date or duration) they state."""
    text = doc.text
    items: list[ReplayItem] = []
    sentences = doc.sentences()
    seen: set[int] = set()
    for hit, _ in _REPLAY_WORDS.spans(text):  # the few sentences holding a replay word, not all
        index = doc.sentence_index(hit)
        if index in seen:
            continue
        seen.add(index)
        start, end = sentences[index]
        if inside(skip, start):
            continue
        cue = REPLAY_CUE.search(text, start, end)
        if cue is None:
            continue
        sentence = text[start:end]
        if not _OFFERS_REPLAY.search(sentence):
            continue
        until, available_from = _window_dates(text, start, end, cue.start())
        # "Replay: 1-855-... access code: 8236267 / (available until March 28, 2019)": its window in
        # brackets on the line under it; or under a short row ("Replay number: ... / Re-dial ID:
        # 2569205 / Available until: 11:59 pm, April 3, 2012").
        for after_start, after_end in sentences[index + 1 : index + 4] if until is None else ():
            bracket = _BRACKETED_UNTIL.fullmatch(text, after_start, after_end)
            if bracket is not None:
                until = next(iter(find_dates(text, bracket.start("date"), bracket.end("date"))), None)
            elif (still := _STILL_AVAILABLE_UNTIL.match(text, after_start, after_end)) is not None:
                # "The replay ... will be available at 12:00 p.m. ET on August 5, 2020. It will be
                # available until November 16, 2020, and can be accessed by dialing ...": the next sentence.
                until = next(iter(find_dates(text, still.end(), after_end)), None)
            elif after_end - after_start <= _LABELLED_ROW and _LABEL_ONLY.fullmatch(text, start, end):
                # "Audio Replay Number:" over "1-877-555-4471, PIN #6967852 from February 16, 2006 at 1:00
                # p.m. Eastern through February 23, 2006": the row under a label states its window
                until, row_from = _window_dates(text, after_start, after_end, after_start)
                available_from = available_from or row_from
            if until is not None:
                break
            if after_end - after_start > _DETAILS_ROW and not REPLAY_CUE.search(text, after_start, after_end):
                # (a row that says when the replay starts, "Available approximately three hours after
                # conclusion of the live call.", goes on to the "Expiration: ..." row under it)
                break
        duration = None
        if until is None:
            for found in find_durations(text, start, end):
                if _states_window(text, start, found):
                    duration = found
                    break
        items.append(ReplayItem(start, end, until, duration, available_from))
    return items
