"""Events: every call, webcast, presentation or meeting a release schedules, with its date,
start (to the minute, with the zone's offset that day), and how to join it.

A clock time makes an event when its sentence (or a short heading above it) speaks of
one; its date is the nearest date in the same sentence, else the nearest one before it.
A date alone makes an event when its sentence speaks of one and no time claims it.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import islice, pairwise

import regex

from ..document import Document
from ..lexicon import WEBINAR_HOSTS
from ..models import DialIn, Event, EventKind, ParseWarning, Replay
from ..regions import boilerplate, contact_blocks, inside, merge
from ..safety import compile as safe_compile
from ..scan import Words, finditer_near
from ..when import (
    WHEN_LABEL,
    DateMention,
    TimeMention,
    add_duration,
    find_dates,
    find_times,
    is_local_time,
    local_zone,
    localize,
    names_a_place,
    refine_zone,
    resolve,
    stated_zone,
    venue_zone,
    weekday_disagrees,
    years_near,
)
from . import Part
from .access import (
    REPLAY_CUE,
    CodeItem,
    DialInItem,
    LinkItem,
    ReplayItem,
    find_codes,
    find_dial_ins,
    find_links,
    find_replays,
    platform_of,
)
from .dateline import (
    SIGNATORY_AFTER,
    body_start,
    home_zone,
    release_date_span,
    said_on,
    time_stamp_line,
    under_details_heading,
)
from .headline import headline_line

REACH = 400  # characters either side of a value that its own words are read in: bounded work per value

# Words that make a sentence speak of an event. "(?<!-)" keeps "earnings-call" whole.
EVENT_CUE = safe_compile(
    r"\b(?:conference[\s-]?calls?|earnings[\s-]calls?|webcasts?|web\scasts?|webinars?|teleconferences?"
    r"|video[\s-]?conferences?"  # ("Videoconference May 3 (Friday) 11:00 a.m. NY | 12:00 p.m. BRT")
    # (not a product's or market's words: "telecom expense management (call accounting) solutions")
    r"|calls?(?!\s(?:accounting|cent(?:er|re)s?|options?|routing|recording|volumes?)\b)"
    # "slide presentation available": documents, not an event.
    r"|(?<!slide\s)presentations?(?!\s(?:available|materials?|slides|deck)\b)|present|presenting|presents|fireside\schats?|investor\s(?:and\sanalyst\s)?days?|analyst\sdays?"
    # ("the media and analysts' conference planned for the same day")
    r"|(?:analyst|investor)s?'?\s(?:and\s(?:analyst|investor)s?'?\s)?meeting"
    # ("a virtual meeting for investors and analysts on 11 June 2020 at 9:00am")
    r"|meetings?\s(?:for|with)\s(?:the\s)?(?:analyst|investor)s?\b"
    r"|(?:analyst|media)s?'?\s(?:and\s(?:analyst|investor)s?'?\s)?conference"
    # ("breakfast conference for analysts in London")
    r"|conferences?\sfor\s(?:the\s)?(?:analyst|investor)s?\b"
    r"|capital\smarkets?\sdays?|r&d\sdays?|general\smeetings?|annual\s(?:public\s)?meetings?|special\smeetings?"
    # a notice's defined term: 'special meeting ... (the "Meeting")', '(the "Acquisition Meeting")'
    r"|(?-i:[Tt]he\s(?:\p{Lu}\p{Ll}{2,15}\s)?Meeting)"
    r"|shareholders?'?\smeetings?|stockholders?'?\smeetings?|meeting\sof\s(?:share|stock)holders|AGM|EGM"
    r"|general\sassembl(?:y|ies)"  # "Extraordinary General Assembly" (Turkey, the Gulf)
    r"|briefings?|(?:press|news)\sconferences?|media\savailability|town\shalls?|audiocasts?|audio[\s-]casts?|broadcast|participate|participating|host|hosts|hosting"
    r"|dial-in|dial\sin|panel|keynote|roundtable|q&a|symposium|summit|forum|event|held"
    # ("The reconstitution of the Russell Indexes will take place on June 25": an index's change, a
    # corporate action, not a gathering)
    r"|(?<!\b(?:reconstitution|rebalancing|split|consolidation|payment|distribution|redemption|conversion|listing)"
    r"\b[^.\n]{0,50})takes?\splace"
    # "will represent the Company in a session scheduled at 2:30 p.m. (Pacific Time)"
    r"|sessions?\s(?:is\s|are\s)?scheduled"
    r"|(?:tele)?phone\sconferences?|presented\s(?:at|in|during|via|on)|speak|speaks|speaking"
    # "A video interview with the CEO ... will be available at 3:00 p.m. Pacific Time"
    r"|(?:video|live)\sinterviews?)\b",
    regex.IGNORECASE,
    # (a word of every branch: most windows it is tried on name no event at all)
    needs=("call", "cast", "webinar", "conference", "present", "fireside", "investor", "analyst", "capital", "r&d",
           "meeting", "agm", "egm", "assembl", "briefing", "media", "town", "participat", "host", "dial", "panel",
           "keynote", "roundtable", "q&a", "symposium", "summit", "forum", "event", "take", "held", "session",
           "speak", "interview"),
)  # fmt: skip
# A conference named, not one mentioned, at a time: "will be provided at the Morgan Stanley
# Technology, Media & Telecom Conference at 9:30 a.m., PT on March 4" ("The Conference Board"
# publishes an index). Only beside a time: "today ... in advance of its participation in the
# Piper Jaffray Consumer Conference" does not date the conference.
_NAMED_CONFERENCE = safe_compile(r"\b(?:Conference|CONFERENCE)\b(?!\s(?i:board))", needs=("conference",))
# A copy that lost its spaces: "by way of awebcast", "the companypresentationtoday"
# ("representation" is no glue). Kept apart from EVENT_CUE, which runs on every window: the
# word comes first and its glued letter is checked behind it.
_GLUED_CUE = safe_compile(
    r"(?:webcast|webinar|presentation|teleconference)"
    r"(?<=\p{Ll}webcast|\p{Ll}webinar|\p{Ll}(?<!re)presentation|\p{Ll}teleconference)",
    regex.IGNORECASE,
    needs=("webcast", "webinar", "presentation", "teleconference"),
)
# What may stand between a lead's words and the date: "... at the latest on Friday, ".
# ("expected to become effective on or about November 30, 2024")
_LEAD_TAIL = r"[,:]?\s{1,40}(?:at\sthe\slatest\s)?(?:on\s(?:or\sabout\s)?)?(?:\w{1,9},?\s)?$"
# A date preceded by these is not an event's: period ends, record dates, replay ends.
_NOT_EVENT_LEAD = safe_compile(
    # ("End date: 29 May, 2024 11:30 (CEST)": an event page's end row under its start row; "from June 2,
    # 2016 through and including June 15, 2016": a window's last day)
    r"\b(?:ended|ending|ends|end\sof(?:\s(?:business|trading|the\sday|day))?|end\s(?:date|time)\s?:|as\sof|(?:through|thru|until|till)(?:\sand\sincluding)?|dated|since|expires?|expiring|record|payable|paid"
    r"|effective|deadline|prior\sto|close\sof\sbusiness|year\sended|quarter\sended|period\sended|up\sto"
    # "Vote before the EGM via the website (closes at 10:00 am Melbourne time 22 June 2022)"
    # ("by the current closing date of 11.00am on 21 December 2022": an offer's deadline)
    r"|clos(?:es|ing)\sat|closing\sdate(?:\s(?:of|is|will\sbe))?(?:\s\d{1,2}[.:]\d\d\s?[ap]\.?m\.?(?:\son)?)?"
    # an AGM timetable's deadline rows: "Close for receipt of Proxy Forms 12:00pm Wednesday, 23 May 2018"
    r"|(?:close|closing|last\sdate|deadline)\sfor\s(?:the\s)?(?:receipt|lodg(?:e)?ment|submission|return)\sof\b[^.\n]{0,60}?"
    # "the proxy supplement filed ... with the Securities and Exchange Commission on April 30"
    r"|filed|furnished|exchange\scommission|\bSEC[\"”)]{0,2}"
    # (but "will be held at the originally scheduled date and time on May 5": still that day)
    # ("must give notice ... no later than 13 March, 2014 preferably before 3 pm (CET)": a deadline's hour)
    r"|no\slater\sthan|not\slater\sthan|by|(?:preferably|latest)\sbefore|(?<!\bas\s)(?<!\b(?:at|on)\sthe\s)(?:originally|previously)(?:\s\w{1,12}){0,4}"
    # "SIGNED in Laval, Québec, ON JULY 30, 2021": a notice's signature
    r"|signed(?:\sin\s[^.\n]{1,40}?)?,?\s(?:on|this)"
    # "proposals presented at the special meeting of stockholders (the "Special Meeting") held on July
    # 15, 2021": a meeting held, not one to be
    r"|(?<!\b(?:be|is|are|been|being)\s)(?<=\w[\"”')]{0,3}\s)held\son"
    # an SEC form's cover: "Date of Report (Date of earliest event reported): May 11, 2011"
    r"|earliest\sevent\sreported\)?"
    # AGM notices: "on the record date of the first dividend instalment April 7, 2025", "the
    # period between March 6, 2025 ... and", "On the date of this notice February 13, 2025",
    # and the release's own header: "STOCK EXCHANGE RELEASE 11 February 2025 at 8:30 a.m. EET".
    r"|record\sdate\s(?:of|for)(?:\s[\w-]{1,20}){1,6}|date\sof\sthis\s(?:notice|release)"
    # "The registration date for the EGM is December 3, 2019": who may vote, not a meeting; a
    # timetable's "Record Date | 25 January 2019 (7pm AEDT)" row
    # ("Voting Entitlement date: 7:00 pm, Melbourne time on 5 December 2018": an Australian notice's record time)
    # ("prior to the cut-off date for proxy voting, being 9.30am (ACDT) on Monday, 14 November 2022")
    r"|(?:registration|record|cut-?off)\sdate\b[^.\n]{0,40}?\b(?:is|will\sbe|shall\sbe|being)"
    r"|record\s(?:date|time)(?:\s{0,3}\|)?"
    r"|(?:voting\s)?entitlement\s(?:date|time)|entitlement\sto\s(?:attend\sand\s)?vote"
    # "determined by reference to those persons on the register of Shareholders as at 7.00 pm Melbourne time on ..."
    r"|on\sthe\sregister(?:\sof\s(?:share|stock|unit)holders)?\s(?:as\s)?at"
    # "Interim report for the period January 1 to March 31, 2024": both ends of a period
    r"|(?:the|a)\speriod(?:\s(?:between|from|of))?|period\s(?:between|from)"
    r"|period(?:\s(?:between|from|of))?\s[\w ,.]{3,24}?\s(?:to|and|through|until|till|-|–)"
    # "will close its shareholder registry book from June 12, 2010 to June 21, 2010": a book closure
    # ("Approved to fix up the book closure from Friday, August 23, 2019 to Thursday, August 29, 2019")
    r"|(?:regist(?:er|ry)(?:\sbooks?)?|books?[\s-]closure)\s(?:from|between)"
    r"(?:\s[\w ,.]{3,24}?\s(?:to|and|through|until|till|-|–))?"
    # "The Board has on 7 February 2025 received a demand": what has happened, not an event;
    # "the Meetings ..., approved by the Board of Nominees on 21 September 2016": a decision's day
    r"|(?:has|have|had),?\son|(?:approved|adopted|resolved|decided)\s(?:by\s(?:the\s)?(?:[\w-]{1,20}\s){1,4})?on"
    # "those eligible to vote ... are those who are registered Shareholders at 10.00am (WST) on Sunday"
    r"|registered\s(?:as\s)?(?:share|stock|unit)holders?\s(?:at|on|as\sat)"
    # "A formal notice of the adjourned Annual General Meeting ... was sent to shareholders on 20th May"
    r"|(?:was|were|has\sbeen|have\sbeen)\s(?:sent|posted|mailed|dispatched)(?:\sto\s(?:[\w-]{1,20}\s){1,3}?)?\s?on"
    # "On2 stated that it had convened the Special Meeting on December 18, 2009, as scheduled"
    # (but "Nicox S.A. has convened an Extraordinary Shareholder Meeting on Tuesday October 13": called it)
    r"|(?:(?:has|have)\s(?:been\s)?(?:held|opened|adjourned)|had\s(?:been\s)?(?:convened|held|opened|adjourned))"
    r"\s(?:[\w'-]{1,20}\s){0,4}on"
    # "NLMK Board of Directors held on 13 August 2015 recommended ...": the board's meeting, not an event
    r"|(?:board|directors|committee)(?:\smeeting)?\s(?:held|convened)\son"
    r"|(?:stock\sexchange|press|company|investor\snews)\s(?:release|announcement)"
    # a portal's stamp: "(Press release, Acme Therapeutics, AUG 8, 2018, View Source)"
    r"|press\srelease,\s[^,()\n]{1,60}"
    # "should dial 1-800-659-2032, passcode # 85246054, any time after 2:45 p.m.": when to dial in
    r"|any\s?time\s(?:after|from)"
    # "the last day the shares will be traded including the right to receive a dividend will be",
    # "(Deadline for subjects and proposals to the agenda is 3 August)"
    # ("Subject to the Annual General Meeting's approval, the ex-dividend date would be June 2, 2016")
    r"|dividend(?:\sdate)?\s(?:will\sbe|would\sbe|is)|(?:last|first)\s(?:trading\s)?day\b[^.]{0,80}?\b(?:will\sbe|is)"
    # "Scheduled date of commencement of dividend payment: June 11, 2018" (a Japanese summary's row);
    # "Shareholders may submit their voting instructions from Friday 27 September 2024"
    r"|dividend\s(?:payments?|payouts?|distributions?)(?:\sdate)?\s?:|voting\sinstructions?\s(?:[\w-]{1,20}\s){0,3}?from"
    # "shall be determined as at seven days before the general meeting is held, i.e. on 12 April 2023"
    # "no later than 48 hours before the AGM (i.e am (Melbourne time) Monday 14 November 2016)"
    r"|(?:days?|hours?|weeks?)\s(?:before|prior\sto)\s(?:the\s)?(?:[\w-]{1,20}\s){0,3}(?:meeting|AGM|EGM)\b[^\n]{0,40}?"
    # "shall be distributed amongst the Shareholders, on or from August 14, 2023 onwards", "lodged
    # ... on or before Thursday, 18 July 2013": a payout's first day, a deadline
    r"|on\sor\s(?:from|after|before)"
    # "dividends ... will be credited to your Demand Deposit Account (DDA) tomorrow, July 30": a payout
    r"|(?:credited|paid|deposited|distributed)\s(?:to|into)\b[^.\n]{0,60}?"
    # Lithuania's record days: "The Meeting's accounting day – 14 February 2023", "The day of accounting of
    # rights - 8 March 2023"
    r"|(?:accounting\sday|day\sof\saccounting(?:\sof\srights)?)(?:\s[-–]|\sis)?"
    # "will be paid in four (4) equal payments of COP$24.65 per share on June 29, July 31, ...": payouts
    r"|per\s(?:ordinary\s|common\s)?(?:share|unit|ADS|ADR)"
    # "... union, began strike action today at 12:01 ET": what started, not an event; "trading shall
    # cease at 12 o'clock noon E.T.", "trading in the shares was halted at 10:05 a.m.": what stops
    r"|(?:began|started|commenced|occurred|cease[sd]?|halted)(?:\s[\w-]{1,15}){0,3}?(?:\stoday|\sthis\smorning)?\sat"
    r"(?:\s\d{1,2}\so['’]clock)?"  # (the hour before "noon" is the lead's: "at 12 o'clock noon")
    # "Approval Minutes of the Annual General Meeting of Shareholders of 4 July 2017": a past meeting's
    r"|minutes\sof\b[^.\n]{0,60}?\sof"
    # "will take place on 23 July 2013, not 19 July 2013 as originally announced"; "the accounting
    # reference date has been changed from 31 March"; "the ... announcement released on 17 March 2015"
    r"|(?:19|20)\d\d,?\snot|(?:changed|moved)\sfrom|announcement\s(?:was\s)?released\son"
    # "As advised in the Company's announcement to ASX on Tuesday 11 May 2021, you can register to view
    # ...": the day something was said, not the event it is about
    r"|\bas\s(?:advised|announced|disclosed|reported)\s(?:in|on|to|by)\b[^.,;\n]{0,60}?"
    # "on Monday, May 13, 2024, rather than on Tuesday, May 7, 2024, as previously announced"
    r"|rather\sthan|instead\sof"
    # "(Stock Exchange Code 4980) June 1, 2016 To Shareholders ...": a Japanese notice's own date
    r"|(?:stock\sexchange|securities(?:\sidentification)?)\scode:?\s?\d{4}\)?"
    # "its Annual Meeting, which was scheduled to be held today, December 14, 2021 at 1:00 p.m. ...,
    # was convened and adjourned": the day it was to be
    r"|(?:was|were|had\sbeen)\sscheduled\s(?:to\sbe\sheld|for)"
    # ("(being Wednesday December 15 at 8.00 a.m. AEDT)": the same moment restated, led as it was)
    r"|(?<=\()being"
    # "rescheduled ... to Thursday, April 19, 2012 from Thursday, April 12, 2012": the old day
    r"|\bto\s(?:\p{L}{3,9},?\s)?\p{L}{3,9}\.?\s\d{1,2}(?:st|nd|rd|th)?,?\s(?:19|20)\d\d,?\sfrom"
    # "exercising the authorization by the Annual General Meeting on June 29, 2021": a past meeting's grant
    r"|authori[sz](?:ation|ed)\s(?:granted\s)?(?:by|of|from)\s(?:the\s)?(?:[\w-]{1,20}\s){0,3}(?:meeting|AGM|EGM)"
    # the fallback date of a meeting "on second call on 28 April"
    r"|(?:second|third)\s(?:call|calling|convocation)"
    r"|deadline\b[^.()\n]{0,80}?\b(?:is|will\sbe|expires)"
    # "the trading window will be closed from September 16, 2017 and will re-open on October 27, 2017":
    # an Indian issuer's insider trading window, shut around its results
    r"|trading\swindow\b[^.\n]{0,60}?|re-?open(?:s|ed)?\s(?:on|from))"
    # ("QPR SOFTWARE PLC      STOCK EXCHANGE RELEASE      19 APRIL 2024": a letterhead's spaced columns)
    rf"{_LEAD_TAIL}",
    regex.IGNORECASE,
    needs=("end", "as", "through", "thru", "until", "till", "dated", "since", "expir", "record", "payable", "paid",
           "rather", "instead",
           "effective", "deadline", "prior", "close", "closing", "up", "later", "by", "originally", "previously",
           "preferably", "latest",
           "period", "this", "filed", "furnished", "commission", "sec",
           "release", "announcement", "has", "have", "had", "dividend", "last", "first",
           "second", "third", "before", "from", "after", "sent", "posted", "mailed", "dispatched", "registered",
           "began", "started", "commenced", "occurred", "cease", "halted",
           "credited", "deposited", "distributed",
           "minutes", "registration", "authori", "code", "not", "changed", "moved", "released", "scheduled", "being",
           "approved", "adopted", "resolved", "decided", "cut-off", "cutoff", "board", "directors", "committee",
           "adjourn", "postpone", "reschedule", "signed", "earliest", "held", "trading window", "re-open", "reopen",
           "entitlement", "register",
           "per", "accounting"),
)  # fmt: skip
LEAD = 64  # characters before a date or time read for the words that lead it
# Leads whose words stand further back (read over twice LEAD, by a pattern of their own: the
# one above, tried at every character of a longer stretch, cost a third of a millisecond more)
_FAR_LEAD = safe_compile(
    # "The cut-off date for inclusion in the shareholder register for the AGM is 6 May 2020"
    # ("Cut-off date for voting entitlement in the AGM ... has been fixed as Wednesday, 13 August, 2025")
    r"\b(?:(?:registration|record|cut-?off)\sdate\b[^.\n]{0,120}?\b(?:is|will\sbe|shall\sbe|has\sbeen\sfixed\sas)"
    # "intends to adjourn its special meeting (the "Meeting") scheduled to be held on September 14"
    # (not "has postponed its call, which is now scheduled for ...": the new day)
    r"|(?:adjourn|postpone|reschedule)\w{0,4}\s(?:(?!\bnow\b)[^.;]){0,100}?\bscheduled\s(?:to\sbe\sheld\s)?(?:on|for)"
    # "determined to re-schedule the annual general and special meeting of shareholders from Thursday,
    # June 6, 2013 to Wednesday, August 14, 2013": the day it moves from
    r"|\b(?:re-?schedul|postpon|mov)(?:e|ed|es|ing)\s[^.;]{0,100}?\bfrom"
    # "to extend the date by which the Company must consummate a business combination from March 8, 2023"
    # ("Approximately 4.5 months extension of time from 30 April 2020 till 17 September 2020 to hold the AGM")
    # (and the day it extends to: "an extension of the date by which Acme must consummate a business
    # combination from November 7, 2022 to May 7, 2023")
    r"|exten(?:d\w{0,4}|sions?)\s[^.;]{0,100}?\bfrom(?:\s[^.;]{4,40}?\s(?:to|until|through))?"
    # "Ordinance 3 on Measures to Combat the Coronavirus (COVID-19; SR 818.101.24 of 19 June 2020": a law's date
    r"|(?-i:Ordinance|Act|Law|Regulation|Decree|Directive)\b[^.\n]{0,100}?(?:\d\.\d{1,4}\.\d{1,4})?\sof"
    # "Shareholders would opt for the payment of the dividend in new shares from June 2, 2016": a choice's days
    r"|\bopt\s(?:for|to)\s[^.\n]{0,80}?\sfrom)"
    rf"{_LEAD_TAIL}",
    regex.IGNORECASE,
    needs=("registration", "record", "cut-off", "cutoff", "adjourn", "postpon", "reschedul", "re-schedul", "mov",
           "extend", "extension",
           "ordinance", "act", "law", "regulation", "decree", "directive", "opt"),
)  # fmt: skip


@lru_cache(maxsize=512)
def _leads_away(lead: str) -> bool:
    """_NOT_EVENT_LEAD in a lead cut from its text, its runs of spaces and line breaks read as one
    space ("previously announced  \ndate of": a fixed-width copy's padding and wrap)."""
    return _NOT_EVENT_LEAD.search(_collapsed(lead)) is not None


def _collapsed(words: str) -> str:
    """The words with each run of white space one space (patterns of leads read one between words)."""
    return _WHITESPACE_RUN.sub(" ", words) if "\n" in words or "  " in words else words


_WHITESPACE_RUN = re.compile(r"\s{2,}|\n")


def _denies_event(text: str, floor: int, at: int) -> bool:
    """Whether the words before ``at`` (not above ``floor``) lead away from any event."""
    return bool(
        _NOT_EVENT_LEAD.search(text, max(floor, at - LEAD), at) or _FAR_LEAD.search(text, max(floor, at - 2 * LEAD), at)
    )


# "by Friday 4 November 2022 (the "Record Date")": a date named as a deadline after it.
# "... on 13 February 2025 at the latest": a date by which something is done or published.
# "the Half-Year Report at 30 June 2023", "results for the full year at 31 December 2022": a period's
# end (a time after these words is a call's: "to discuss the results at 5 p.m.").
_PERIOD_AT = safe_compile(
    r"\b(?:(?:year|report|statements?|results|accounts|quarter)\s(?:as\s)?|as\s)at\s{1,3}$",
    regex.IGNORECASE,
    needs=("at",),
)
# A sentence whose subject is a deadline and whose date is its predicate: "The deadline for the
# submission of nominations for ... the said Annual Stockholders' meeting shall be on Friday, March 8".
_DEADLINE_SUBJECT = safe_compile(
    r"\b(?:deadline|last\sday|cut-?off\s(?:date|time))\b[^.;\n]{0,240}?\b(?:shall|will|is|must)\s(?:be\s)?"
    r"(?:on\s|at\s|until\s)?(?:\w{1,9},?\s)?$",
    regex.IGNORECASE,
    needs=("deadline", "last day", "cut"),
)


def _deadline_subject(doc: Document, at: int) -> bool:
    sentence_start = doc.sentence_at(at)[0]
    return _DEADLINE_SUBJECT.search(doc.text, max(sentence_start, at - 320), at) is not None


_NAMED_AS_DEADLINE = safe_compile(
    # ("... is Tuesday, June 30, 2020 (hereafter: “the Record Date”)")
    # ("... is Monday, January 15, 2024 (the “determining date”)": Israel's record date)
    r"\s{0,3}\((?:here(?:in)?after:?\s)?(?:the\s)?[\"“']?(?:the\s)?(?:record|deadline|cut-off|cutoff|last\sday|determining\sdate)"
    # "... must reach us on 24 April 2020 at midnight CET at the latest"
    r"|,?\s{1,3}(?:at\s(?:midnight|noon|\d{1,2}[.:]\d\d(?:\s?[ap]\.?m\.?)?)(?:\s\(?\p{Lu}{2,5}\)?)?\s)?"
    r"at\sthe\s(?:latest|earliest)\b"
    # "the board ... have fixed April 30, 2010 as the record date for determining stockholders"
    # ("has fixed August 18, 2023 a) as the record date ... and; b) as cut-off date": an enumerator)
    # ("has decided to retain April 9, 2019 as the deadline for the receipt of shareholder proposals")
    r"|,?\s{1,3}(?:\(?[a-z]\)\s{1,2})?as\s(?:the\s)?[\"“']?(?:(?:record|cut-off|cutoff)\s(?:date|time)\b|deadline\b)"
    # "(Friday 28 April in second call, if any)": an Italian meeting's fallback date, held only
    # if the first call lacks a quorum
    r"|,?\s{1,3}(?:in|on|at)\s(?:the\s)?(?:second|third)\s(?:call|calling|convocation)\b",
    regex.IGNORECASE,
)
# A date and a time written together ("Wednesday 9 November 2022 at 23.59 CEST", "8:30 a.m.
# ET on Wednesday, February 25") share the words that lead them.
# ("until November 11, 2019 from 10:00 a.m. to 3:00 p.m.": a window's hours on its last day)
_JOINED = safe_compile(r"[\s,]{0,3}(?:on|at|from)?[\s,(]{0,3}")
# ("6:00 PM CET, Paris time (1:00 PM EDT, New York time)": the first zone's place said again)
_SEPARATOR_BETWEEN_TIMES = safe_compile(
    r"^[\s/(),;|=\[\]-]{0,6}(?:\p{Lu}\p{Ll}{2,15}(?:\s\p{Lu}\p{Ll}{2,15})?\stime[\s/(),;-]{0,4})?"
    # ("UK: 15:30, EASTERN US: 10:30": the next time's zone as its label)
    r"(?:(?:\p{Lu}{2,10}(?:\s\p{Lu}{2,4})?|\p{Lu}\.\p{Lu}\.)[ \t]?:[ \t]{0,2})?"
    r"(?:or\s|i\.e\.,?\s)?[\s(]{0,3}$"
)
_LAST_OF_A_LIST = safe_compile(r",?[ \t](?:and|or)[ \t]")
# "will release its results before the call at 7:00 AM", "report ... results via news release at 7:00 a.m.":
# a time governed by publishing results is no event's.
_RELEASE_PHRASE = safe_compile(
    r"\b(?:release|releases|releasing|report|reports|reporting|publish|publishes|publishing|issue|issues|announce|announces"
    # ("will announce on Monday 19 July 2010 at 8:00 A.M. CET its financial results": an hour's dots between)
    r"|announcement)\b(?:[^\n](?<!(?<!\b[AaPp]|\b[AaPp]\.[Mm])\.)){0,100}?"
    r"\b(?:results|report|earnings|figures|statements|release|(?:sales|financial)\sinformation)\b"
    # "the press announcement on third quarter results is scheduled to be released ... at 6:00 a.m."
    # "Marketwire distributed press release - 7:30 A.M. EST": the release's own hour
    r"|\b(?:distributed|issued|published|disseminated)\s(?:press|news)\srelease\b"
    # ("The release will be published in Statistics Canada's Daily at 8:30 a.m. eastern time")
    r"|\b(?:results|earnings|report|release)\b[^.\n]{0,60}?\b(?:to\sbe|will\sbe)\s(?:released|published|issued|announced)\b",
    regex.IGNORECASE,
)
_CALL_WORD = safe_compile(r"\b(?:conference\scall|call|webcast|teleconference)\b", regex.IGNORECASE)
_CUE_IN_PASSING = safe_compile(
    r"(?:before|after|prior\sto|following|ahead\sof)\s(?:the\s|its\s|our\s)?$", regex.IGNORECASE
)
_RESULTS_ONLY = safe_compile(
    r"\b(?:release|releases|releasing|released|report|reports|reporting|reported|publish|publishes|publishing"
    r"|published|announce|announces|announced|issue|issues|issued)\b",
    regex.IGNORECASE,
)
_OWN_TIME_AFTER = safe_compile(
    r"[^.\n]{0,40}?\b(?:at|@)\s(?:approximately\s)?\d{1,2}(?:[:.]\d\d|\s?[ap]\.?m)", regex.IGNORECASE
)
# "... will publish its report on Thursday 27 February at 09:00, by way of a webcast": the
# publication is presented live.
_PRESENTED_BY = safe_compile(
    r"\b(?:by\sway\sof|via|through|in|with)\s(?:an?\s|its\s)?(?:live\s)?"
    r"(?:webcast|webinar|audiocast|teleconference|conference\scall|(?<=\p{Ll})webcast)"
    r"|\bby\sway\sof\s\p{Ll}{0,3}webcast",
    regex.IGNORECASE,
)
# "... results early morning on Thursday, May 13, 2021, followed later in the morning by a conference
# call": a day's results, and a call that day at no time given.
_FOLLOWED_BY_CALL = safe_compile(
    r"\bfollowed\s(?:[\w-]{1,15}\s){0,5}?by\s(?:an?\s|its\s)?(?:live\s)?"
    r"(?:webcast|webinar|audiocast|teleconference|conference\scall)",
    regex.IGNORECASE,
)


# "... will report financial results ... on Wednesday, October 19, 2005, at 1:30 p.m. PDT. The public
# is invited to listen to a live webcast of Acme's conference call ...": the report is made on the call.
_LIVE_CALL = safe_compile(
    r"\blive\s(?:audio\s)?(?:webcast|broadcast|conference\scall|call|audiocast)\b", regex.IGNORECASE, needs=("live",)
)


def _reported_on_a_live_call(doc: Document, offset: int) -> bool:
    """Whether the sentence at ``offset`` says results will be reported, and the next offers a
    live call or webcast at no day or hour of its own: the hour of the report is the call's."""
    sentence = doc.sentence_index(offset)
    sentences = doc.sentences()
    if sentence + 1 >= len(sentences):
        return False
    s_start, s_end = sentences[sentence]
    start, end = sentences[sentence + 1]
    return (
        _LIVE_CALL.search(doc.text, start, end) is not None
        and _RELEASE_PHRASE.search(doc.text, s_start, s_end) is not None
        and _FUTURE.search(doc.text, s_start, s_end) is not None
        and not _has_cue(doc.text, s_start, s_end)  # (not "... results at 4:10 p.m., followed by a call at 5:00")
        and not find_times(doc.text, start, end)
        and not find_dates(doc.text, start, end)
    )


def _has_cue(text: str, start: int, end: int) -> bool:
    """An event word in text[start:end], spaced or glued ("by way of awebcast")."""
    return bool(EVENT_CUE.search(text, start, end) or _GLUED_CUE.search(text, start, end))


# Kind of event, by the first rule whose words the context holds.
KIND_RULES: tuple[tuple[EventKind, regex.Pattern[str]], ...] = (
    (
        "shareholder_meeting",
        safe_compile(
            # ("the 54th Annual Meeting of the American Society of Clinical Oncology": a congress, not the company's)
            r"general\s?(?:meeting|assembly)|annual\smeeting(?!\sof\sthe\s(?:[\w-]{1,20}\s){0,2}?(?:Society|Association|Academy|College))"
            r"|special\smeeting|(?:share|stock)holders?'?\smeeting|meeting\sof\s(?:share|stock)holders|\bAGM\b|\bEGM\b",
            regex.I,
        ),
    ),
    # a meeting of a bond's holders: none of the kinds the spec names
    ("other", safe_compile(r"(?:bond|note)holders?['’]?\smeeting", regex.I)),
    (
        "investor_day",
        safe_compile(
            r"investor\s(?:and\sanalyst\s)?day|analyst\sday|capital\smarkets?\sday|r&d\sday"
            r"|analysts?'?\s(?:and\sinvestors?'?\s)?meeting\b",
            regex.I,
        ),
    ),
    # "a presentation of its interim report for the third quarter", "a call ... to present
    # preliminary Q3/2025 results": the results' own call.
    (
        "earnings_call",
        safe_compile(
            r"present(?:ation\sof|s|ing)?\s(?:the\s|its\s|our\s|their\s)?(?:[\w-]{1,20}\s){0,3}?"
            r"(?:interim|quarterly|annual|year-end|half-year|full-year|preliminary|Q[1-4][\w/-]{0,6}|first|second|third|fourth)"
            r"\s(?:[\w/-]{1,20}\s){0,5}?(?:report|results)"
            # "will present the results for the fourth quarter", "a Group Results presentation";
            # not "present the results of its Phase 2 trial"
            r"|present(?:s|ing)?\s(?:the\s|its\s|our\s|their\s)?(?:financial\s)?results\b(?!\s(?:of|from)\b)"
            r"|results\spresentation",
            regex.I,
        ),
    ),
    (
        "presentation",
        safe_compile(
            # ("Oral Presentations Details" over a session's rows; not a link's "events-and-presentations")
            r"fireside|(?<![/-])present(?:s|ing|ations?)?\b(?!\s(?:its|slides?|materials?|deck)\b)|panel|keynote|investor\sconference(?!\s(?:call|line))|healthcare\sconference"
            # "participate in the ... Conference", not "participate in a conference call"
            r"|participate\sin(?!\s(?:(?:a|an|the|our|its|this)\s)?(?:[\w-]{1,20}\s){0,3}?"
            r"(?:conference\scall|call|webcast|teleconference))",
            regex.I,
        ),
    ),
    (
        "earnings_call",
        safe_compile(
            r"(?:call|webcast|teleconference|telephone\sconference|videoconference)[^\n]{0,200}"
            r"(?:results|earnings|quarter|fiscal)"
            r"|(?:results|earnings|quarter|fiscal)[^\n]{0,200}"
            r"(?:call|webcast|teleconference|telephone\sconference|videoconference)",
            regex.I,
        ),
    ),
    # "... at 9:30 a.m. PT on March 4 at the Morgan Stanley Technology, Media & Telecom Conference":
    # a conference's name, capitalised (not "Conference Call", nor a "Press Conference").
    (
        "presentation",
        safe_compile(
            r"(?<!(?i:press|telephone|video|web|audio|analysts?)\s)\b\p{Lu}[\p{L}&.'-]{1,30}\s"
            r"(?:Conference|Forum|Summit|Symposium)\b(?!\s(?i:call|room|cent(?:re|er)|id\b))"
        ),
    ),
    (
        "conference_call",
        safe_compile(r"\bcall\b|teleconference|(?:telephone|analysts?'?)\s(?:and\spress\s)?conference\b", regex.I),
    ),
    ("webcast", safe_compile(r"webcast|web\scast|webinar", regex.I)),
)
_TITLE = safe_compile(
    r"\b(?:at|during|in)\s(?:the\s)?(?P<title>(?:[A-Z0-9][\w&.'-]{0,30}\s){1,8}?(?:\d{4}\s)?(?:[A-Z][\w&'-]{0,30}\s){0,3}"
    r"(?:Conference|Summit|Forum|Symposium|Showcase|Day|Meeting|Expo|Event))\b"
)


# ("from 1:45 p.m. until 2:30 p.m. eastern time": a range's end names the zone)
_BETWEEN_TWIN_TIMES = safe_compile(r"\s{0,2}(?:and|&|-|–|—|to|until|till|through)\s{0,2}")
_LIVE = safe_compile(r"\blive\b", regex.IGNORECASE)
_CALLED_OFF_ANYWHERE = safe_compile(
    r"\b(?:postpone[sd]?|postponement|cancel(?:s|led|ed|lation)?|adjourn(?:s|ed|ment)?|delay(?:s|ed)?)\b",
    regex.IGNORECASE,
    needs=("postpone", "cancel", "adjourn", "delay"),
)


def _called_off_anywhere(doc: Document) -> bool:
    """An event put off or called off somewhere in the text: a sentence that says so names one
    ("several customers delayed bookings" calls off nothing)."""
    return any(
        _has_cue(doc.text, *doc.sentence_at(m.start())) for m in islice(_CALLED_OFF_ANYWHERE.finditer(doc.text), 20)
    )


# "The investor presentation planned for 10:00 am on Wednesday 20 October 2021 will now take
# place at 10:00 am on Wednesday 3 November 2021": the old plan's day and time, then the new.
_PLANNED_BEFORE = safe_compile(
    # ("(which had otherwise been convened for 10.00am on 29 December 2022) to 10.00am on 13 January 2023")
    r"\b(?:planned|scheduled|set|due|convened)\s(?:to\stake\splace\s|to\sbe\sheld\s)?(?:for|on|at)\s(?:(?!\bnow\b)(?!;|\.(?!\d))[\s\S]){0,80}$",
    regex.IGNORECASE,
)
_NOW_INSTEAD = safe_compile(
    r"\b(?:will\snow|now\swill|(?:moved|rescheduled|postponed|changed|brought\sforward)\s(?:to|until)"
    # "... open the Meeting as scheduled on June 26, 2023, at 11:30 a.m. ET, and then immediately adjourn
    # the Meeting to June 28, 2023 at 11:30 a.m."
    r"|adjourn(?:s|ed)?\s(?:the\s[\w-]{1,20}\s)?(?:to|until)"
    r"|(?<=\)[ \t]{0,2})(?:to|until))\b",
    regex.IGNORECASE,
)


def _superseded(text: str, s_start: int, s_end: int, start: int, end: int) -> bool:
    """A day or time the sentence says was the plan before the one it now names (not "set for
    10:00 a.m. on May 14, will now be held virtually": the meeting keeps its day)."""
    if not _PLANNED_BEFORE.search(text, max(s_start, start - 100), start):
        return False
    instead = _NOW_INSTEAD.search(text, end, s_end)
    return instead is not None and bool(
        find_dates(text, instead.end(), s_end) or find_times(text, instead.end(), s_end)
    )


_CALLED_OFF = safe_compile(
    # "... that the Annual General Meeting would be held in Berlin on 27 August 2020 has therefore been rendered void"
    # ("The conference call scheduled for tomorrow morning, August 7, will also be delayed.")
    r"\b(?:postponed|cancell?ed|adjourned|suspended|called\soff|withdrawn|(?:rendered|declared|null\sand)\svoid"
    r"|(?:be|been|is|was)\s(?:also\s)?delayed)\b",
    regex.IGNORECASE,
    needs=("postponed", "cancel", "adjourned", "suspended", "called", "withdrawn", "void", "delayed"),
)


# "Acme announced it will delay the release ..., as well as the live conference call ... scheduled
# for Thursday, July 23, at 11:00 a.m.": the day the sentence's own verb put off (not a new day
# after "to", "until" or "now").
_PUT_OFF_BEFORE = safe_compile(
    # (not "has postponed its call, now scheduled for ...": the new day)
    r"\b(?:delay(?:s|ing)?|postpone[sd]?|postponing|cancel(?:s|ling|led)?)\b"
    r"(?:(?!\b(?:now|new|rescheduled|until)\b)[^\n]){0,300}?"
    r"\b(?:scheduled|planned|set)\s(?:for|on)\b(?:(?!\b(?:to|until|now)\b)[^\n]){0,80}$",
    regex.IGNORECASE,
    needs=("delay", "postpon", "cancel"),
)


@dataclass(slots=True)
class _Draft:
    """An event being put together: where it was named, what it is, and what joins it."""

    anchors: list[int]
    date: dt.date | None
    starts_at: dt.datetime | None
    zone: str | None
    kind: EventKind
    title: str | None
    spans: dict[str, tuple[int, int]]
    dial_ins: list[DialInItem] = field(default_factory=list)
    replay_dial_ins: list[DialInItem] = field(default_factory=list)
    codes: list[CodeItem] = field(default_factory=list)
    links: list[LinkItem] = field(default_factory=list)
    replays: list[ReplayItem] = field(default_factory=list)


def extract(doc: Document) -> Part:
    skip = merge(boilerplate(doc) + [(b.start, b.end) for b in contact_blocks(doc)])
    warnings: list[ParseWarning] = []
    drafts = _find_events(doc, skip, warnings)
    if all(d.starts_at is None for d in drafts) and body_start(doc) and not _called_off_anywhere(doc):
        # "DOMINION ANNOUNCES SECOND-QUARTER 2006 EARNINGS / · Conference call scheduled for 10
        # a.m. EDT today": a call at a time only the headline's bullets give, none in the body
        # (which may name its day: the headline's time is that day's event).
        header_warnings: list[ParseWarning] = []
        timed = _find_events(doc, skip, header_warnings, opening=0, header=True, timed_only=True)
        if drafts:  # (only a start the body lacks: a time with no zone adds nothing to its day)
            timed = [d for d in timed if d.starts_at is not None]
        if timed or not drafts:
            warnings.extend(header_warnings)
        timed_days = {d.date for d in timed}
        drafts = timed + [d for d in drafts if d.date not in timed_days]
        if not drafts:
            # "... host Investor Day on September 10, 2020" in the headline's bullets only: a
            # named event, not a results date (nor the dateline's own day).
            dated = _find_events(doc, skip, warnings, opening=0, header=True)
            drafts = [d for d in dated if d.kind in _NAMED_KINDS and d.date != doc.release_date]
    dial_ins = find_dial_ins(doc, skip, warnings)
    if not drafts and doc.release_date is None:
        drafts = _undated_call(doc, dial_ins)
    if not drafts:
        return Part(values={"events": ()}, warnings=tuple(warnings))
    _attach(drafts, dial_ins)
    _attach(drafts, find_codes(doc, skip))
    links = _resolve_same_place(find_links(doc, skip))
    _attach(drafts, [link for link in links if not _attach_to_named_platform(doc, drafts, link)])
    _attach(drafts, find_replays(doc, skip))
    _share_across_events(doc, drafts)
    events = tuple(_build(doc, draft) for draft in drafts)
    if any(event.kind == "shareholder_meeting" for event in events) and _meeting_put_off_sine_die(doc):
        events = tuple(event for event in events if event.kind != "shareholder_meeting")
    return Part(values={"events": events}, warnings=tuple(warnings))


# "One Caribbean Media Limited - Notice of Adjournment of Annual General Meeting" over "... it is
# necessary to adjourn to a date of which notice will be given": the meeting named is off, with
# no new day (annotation rules: a postponement with no new date is no event).
_PUT_OFF_HEADLINE = safe_compile(
    r"\b(?:adjourn\w{0,5}|postpone\w{0,5}|cancel\w{0,6})\b[^\n]{0,60}\b(?:meeting|AGM|EGM|assembly)\b", regex.IGNORECASE
)
_NO_NEW_DATE = safe_compile(
    r"\bto\sa\s(?:later\s|new\s|future\s)?date\s(?:of\swhich\snotice\swill\sbe\sgiven|to\sbe\s(?:announced|determined|"
    r"confirmed|fixed))|\buntil\sfurther\snotice\b|\b(?:new|later)\sdate\s(?:will|is\sto)\sbe\s(?:announced|determined|"
    r"confirmed|fixed)",
    regex.IGNORECASE,
    needs=("date", "further notice"),
)


def _meeting_put_off_sine_die(doc: Document) -> bool:
    """Whether the headline puts off a meeting and the release gives it no new day."""
    return bool(_PUT_OFF_HEADLINE.search(doc.text, *headline_line(doc)) and _NO_NEW_DATE.search(doc.text))


# Finding events ---------------------------------------------------------------------------


def _undated_call(doc: Document, dial_ins: list[DialInItem]) -> list[_Draft]:
    """ "The Special Meeting will be broadcasted live ... To connect via telephone ... From France
    +33(0)1 76 77 22 57": numbers to join an event in a copy that kept no date of it (nor of
    the release). The event stands, its day and start empty."""
    live = next((item for item in dial_ins if item.role == "live"), None)
    if live is None or not _has_cue(doc.text, max(0, live.start - _UNDATED_REACH), live.start):
        return []
    drafts: dict[tuple[dt.date | None, dt.datetime | None], _Draft] = {}
    _add_draft(doc, drafts, (None, None), live.start, None, None, None, {})
    return list(drafts.values())


_UNDATED_REACH = 600  # characters above the first live number that must name the event


def _find_events(
    doc: Document,
    skip: list[tuple[int, int]],
    warnings: list[ParseWarning],
    opening: int | None = None,
    *,
    header: bool = False,
    timed_only: bool = False,
) -> list[_Draft]:
    text = doc.text
    # The headline restates the body; times and dates count from where the body starts.
    opening = (body_start(doc) or 0) if opening is None else opening
    # With header, only the header above the body is read (the body named no event).
    stop = (body_start(doc) or len(text)) if header else len(text)
    dates = [d for d in find_dates(text, opening, stop) if not inside(skip, d.start)]
    times = [t for t in find_times(text, opening, stop) if not inside(skip, t.start)]
    if header:
        # "Mar 3, 2020 4:05PM EST" alone under the headline: the page's stamp, not an event.
        times = [
            t
            for t in times
            if not _STAMP_LINE.fullmatch(text, *doc.line_at(t.start))
            or under_details_heading(doc, doc.line_at(t.start)[0])
        ]
    times = [_for_a_later_start(text, time) for time in _primary_times(text, times)]
    restated = [time for time in times if _restates_stamp(doc, time, dates)]
    if restated:  # (the day before a restated stamp is the stamp's too)
        times = [time for time in times if time not in restated]
        dates = [d for d in dates if not any(d.end <= t.start <= d.end + _STAMP_GAP_REACH for t in restated)]
    usable = _usable_dates(doc, dates, times)
    usable_starts = [d.start for d in usable]
    old_days = _old_days(doc, dates)
    drafts: dict[tuple[dt.date | None, dt.datetime | None], _Draft] = {}
    ranges: list[tuple[dt.date, dt.date]] = []  # date-only events given as a range of days
    claimed_sentences: set[int] = set()
    undated_days: set[tuple[int | None, int | None]] = set()  # (month, day) of events with no year
    for time in times:
        sentence = doc.sentence_index(time.start)
        s_start, s_end = doc.sentences()[sentence]
        if (
            not _speaks_of_event(doc, time.start)
            or _EQS_STAMP_BEFORE.search(text, max(0, time.start - 16), time.start)
            or _PUBLICATION_STAMP.search(text, max(0, time.start - _PUBLICATION_REACH), time.start)
        ):
            continue
        if (
            _RELEASE_PHRASE.search(text, s_start, s_end)
            and not EVENT_CUE.search(text, s_start, s_end)
            and not _reported_on_a_live_call(doc, time.start)
        ):
            continue  # "At 08.30 CET, Crunchfish publishes its year-end report": a heading's webinar is not this
        if _report_row(doc, time.start) or _on_time_stamp(doc, time.start):
            continue
        if (
            _in_replay_clause(text, s_start, time.start)
            or _not_event_lead(text, s_start, time.start)
            or (_led_away(text, s_start, time.start, dates) and not _dated_after(text, time, dates))
            or _document_out(text, s_start, time.start)  # "... press release will be available on ... at 9:00"
        ):
            continue
        if _PAST_MEETING.search(text, s_start, s_end) and not _FUTURE.search(text, s_start, s_end):
            continue  # "its annual meeting on October 10, 2022 at 9:00 a.m. was convened and adjourned"
        if _superseded(text, s_start, s_end, time.start, time.end) or _PUT_OFF_BEFORE.search(
            text, max(s_start, time.start - 400), time.start
        ):
            continue
        if (
            _governed_by_release(text, max(s_start, opening), time.start)
            and not _reported_on_a_live_call(doc, time.start)
        ) or _not_an_event(text, max(s_start, opening), s_end):
            continue
        if _dated_by_an_unusable_day(text, time, dates, usable) and not _dated_after(text, time, dates):
            continue  # "shall be on Tuesday, May 7, 2024, at 5:00 P.M.": a deadline's hour, not another day's
        mention = _date_for_time(doc, usable, usable_starts, time, sentence)
        if mention is None or _SECOND_CALL_AFTER.match(text, time.end):
            continue  # ("on October 30, 2025, at 6.00 PM CET on second call": the fallback's hour)
        if doc.line_at(mention.start) == doc.line_at(time.start) and _deadline_row(doc, mention):
            continue  # "23 October 2019 Proxy returns close 10:30am Brisbane time": a calendar's deadline
        if not s_start <= mention.start < s_end and _not_an_event(text, *doc.sentence_at(mention.start)):
            continue  # "... the Nasdaq Opening Bell Ceremony on Monday, January 13. Taking place from 5:30 AM ...
        day = _resolve(doc, mention, doc.release_date)
        if day is None and _undatable(doc, mention) and not _told_as_past(text, s_start, s_end):
            # "at 10 a.m. Eastern Time on Tuesday, May 30" in a release whose date is lost: the
            # event stands, its day and start stay empty (no year to put them in), its zone holds.
            claimed_sentences.add(sentence)
            _add_draft(doc, drafts, (None, None), time.start, None, None, _zone_of(doc, time), {})
            undated_days.add((mention.month, mention.day))
            continue
        if day is None or _already_happened(doc, mention, day, s_start, s_end) or _a_year_ago(doc, mention, day):
            continue
        if any(at == mention.start for at, _, _ in old_days):
            continue  # "previously announced that it would hold its AGM on May 26, 2023 at 4 p.m.": the old day
        claimed_sentences.add(sentence)
        opening_day = _range_opened_before(usable, usable_starts, text, mention)
        if opening_day is not None:
            # "November 28 – November 29, 2022 / 11:05 CET": a time under a span of days says not which
            # day; the event is the span's first, its start unknown
            first = _resolve(doc, opening_day, doc.release_date)
            if first is not None:
                spans = {"date": (opening_day.start, opening_day.end)}
                _add_draft(doc, drafts, (first, None), time.start, first, None, None, spans)
                continue
        if weekday_disagrees(mention, day):
            warnings.append(
                ParseWarning(
                    code="weekday_mismatch",
                    message=f"{day.isoformat()} is not a {text[mention.start : mention.end].split()[0].strip(',')}",
                    span=(mention.start, mention.end),
                )
            )
        zone = _zone_of(doc, time)
        starts_at = localize(day, time.hour, time.minute, zone) if zone else None
        if zone is None:
            warnings.append(
                ParseWarning(
                    code="time_without_zone",
                    message="a start time with no zone: start left empty",
                    span=(time.start, time.end),
                )
            )
        key: tuple[dt.date | None, dt.datetime | None] = (day, starts_at.astimezone(dt.UTC) if starts_at else None)
        if key[1] is not None:
            # "9:00 a.m. (Hong Kong time) on Monday, November 27 (or 8:00 p.m. ET on Sunday,
            # November 26)": one instant written in two zones is one event, the first written.
            key = next((known for known in drafts if known[1] == key[1]), key)
        spans = {"date": (mention.start, mention.end), "starts_at": (time.start, time.end)}
        _add_draft(doc, drafts, key, time.start, day, starts_at, zone, spans)
    joined_day: tuple[int, dt.date] | None = None  # where the last date-only event's date ended, and its day
    for mention in dates if not timed_only else []:
        sentence = doc.sentence_index(mention.start)
        if sentence in claimed_sentences and not (
            _calendar_label_below(doc, mention)
            or _calendar_label_above(doc, mention)
            or _opens_calendar_row(doc, mention.start)
        ):
            continue  # (a calendar's rows run on as one sentence: each row's date is its own)
        s_start, s_end = doc.sentences()[sentence]
        if mention.relative is not None and any(
            d.relative is None and s_start <= d.start < s_end and (d.start, d.end) != release_date_span(doc)
            for d in usable
        ):
            # "today opened registration for the ... on September 18": the written date is the event's
            # (not the release's own date line, run on into the sentence: "25 January 2018 / Acme PLC /
            # ... The Board of Acme PLC ... is today holding a capital markets day")
            continue
        if not _date_only_event(doc, text, s_start, s_end, mention) or _led_away(text, s_start, mention.start, times):
            continue
        if _SALUTATION_BELOW.match(text, mention.end):
            continue  # a letter's own date over its "To our Shareholders,"
        if (
            _NOTICE_HEADING_BELOW.match(text, mention.end)
            and not text[doc.line_at(mention.start)[0] : mention.start].strip()
        ):
            continue  # a notice's own date alone over its "NOTICE OF EXTRAORDINARY GENERAL MEETING" heading
        if text[s_start : mention.start].strip() == "At":
            continue  # "At March 31, 2012, the Company owned 428 facilities": a figure's day
        if (mention.start, mention.end) == release_date_span(doc) and not under_details_heading(
            doc, doc.line_at(mention.start)[0]
        ):
            continue  # the dateline's date: "Date: 7 March 2018" atop the notice of a meeting on 10 April
        day = _resolve(doc, mention, doc.release_date)
        if day is None or _before_release(doc, day) or _a_year_ago(doc, mention, day):
            continue
        if (
            day == doc.release_date
            and _DONE_TODAY.search(text, s_start, mention.start)
            and not _FUTURE.search(text, s_start, s_end)
        ):
            continue  # "The presentation ... was made ... at the conference being held April 8-10": done today
        if any(day == old and at <= mention.start < paragraph_end for at, paragraph_end, old in old_days):
            continue  # "were scheduled for Monday, November 9" ... "the November 9 call": the old day
        if joined_day is not None and (
            (
                0 < (day - joined_day[1]).days <= _DAYS_OF_ONE_EVENT
                and _JOINING_DAYS.fullmatch(text, joined_day[0], mention.start)
            )
            or (
                0 < (day - joined_day[1]).days <= _DAYS_OF_A_SPAN
                and _SPAN_JOIN.fullmatch(text, joined_day[0], mention.start)
            )
        ):
            # "Capital Markets Day on November 30 and December 1, 2017", "the Annual Meeting will take place
            # May 31-June 4": one event, on its first day
            continue
        joined_day = (mention.end, day)
        first = _range_start(text, mention, day)
        if first is not None:
            ranges.append((first, day))  # "on 30-31 May 2013", "Thursday 30th and Friday 31st May 2013"
            day = first
        last = _range_end(text, mention, day)
        if last is not None:
            ranges.append((day, last))
        _add_draft(doc, drafts, (day, None), mention.start, day, None, None, {"date": (mention.start, mention.end)})
    for first, last in ranges:
        # "the Symposium, set for Oct. 6-8 ... scheduled to start at 2:25 p.m." on the 8th, "the
        # ICR XChange Investor Conference being held January 11-13 ... a presentation on Wednesday,
        # January 12": the range is where the event sits, not an event of its own.
        inside_range = (
            key for key in drafts if key != (first, None) and key[0] is not None and first <= key[0] <= last
        )
        if next(inside_range, None) is not None:
            drafts.pop((first, None), None)
    dated = [key for key in drafts if key[0] is not None]
    if any(key[0] is not None and (key[0].month, key[0].day) in undated_days for key in dated) or (
        dated and (None, None) in undated_days
    ):
        # "Investor meeting on 13 February at 9:30 CET" under the heading, "Thursday 13 February"
        # placed by the period reported: one event, the dated one. (And "today at 1:00pm Eastern
        # time" beside a dated call: that call, not one more.)
        drafts.pop((None, None), None)
    that_days = (
        [] if timed_only else finditer_near(_THAT_DAY, _THAT_DAY_WORDS, text, opening, len(text), before=12, after=40)
    )
    for hit in that_days:
        sentence = doc.sentence_index(hit.start())
        s_start, s_end = doc.sentences()[sentence]
        if sentence in claimed_sentences or inside(skip, hit.start()) or not EVENT_CUE.search(text, s_start, s_end):
            continue
        if _not_an_event(text, s_start, s_end):
            continue
        # "... will be announced on Friday 16 November 2007. A presentation will be given to
        # analysts on that morning at 09.30": the day the sentence before named.
        before = [d for d in usable if max(opening, s_start - 1200) <= d.start < s_start and d.relative is None]
        day = _resolve(doc, before[-1], doc.release_date) if before else None
        if day is None or _before_release(doc, day):
            continue
        spans = {"date": (before[-1].start, before[-1].end)}
        _add_draft(doc, drafts, (day, None), hit.start(), day, None, None, spans)
    return _merge_dateonly(_fold_dial_in_times(doc, list(drafts.values())))


def _restates_stamp(doc: Document, time: TimeMention, dates: list[DateMention]) -> bool:
    """ "Helsinki, Finland, 2011-02-10 07:00 CET (GLOBE NEWSWIRE) — / STOCKMANN plc, Notice to
    convene annual general meeting 10.2.2011 at 8.00 EET": the release day, then a time that is
    the moment the dateline stamps, however its zone is written."""
    if time.zone is None or doc.release_date is None:
        return False
    stamps = doc.memo(f"stamp_instants {doc.release_date}", _stamp_instants)  # (the memo outlives knowing())
    if localize(doc.release_date, time.hour, time.minute, time.zone) not in stamps:
        return False
    return any(d.end <= time.start <= d.end + _STAMP_GAP_REACH and resolve(d, None) == doc.release_date for d in dates)


_STAMP_GAP_REACH = 8  # characters between the release day and the stamp's time restated after it


def _stamp_instants(doc: Document) -> list[dt.datetime]:
    """The moments the dateline's line stamps the release with ("Helsinki, Finland, 2011-02-10 07:00
    CET (GLOBE NEWSWIRE)"): a start at one of them, however its zone is written ("Notice to convene
    annual general meeting 10.2.2011 at 8.00 EET"), restates the stamp."""
    span = release_date_span(doc)
    body = body_start(doc)
    if span is None or doc.release_date is None or body is None or span[1] > body:
        return []  # (a date in the body's first sentence is no stamp: "On Thursday, September 16, 2010, at 1:00 PM")
    # (right after the date only: the rest of its line may be the body's, with the call's own time)
    return [
        localize(doc.release_date, time.hour, time.minute, time.zone)
        for time in find_times(doc.text, span[1], min(doc.line_at(span[0])[1], span[1] + _STAMP_REACH))
        if time.zone is not None and _STAMP_GAP.fullmatch(doc.text, span[1], time.start)
    ]


_STAMP_REACH = 30  # characters after the dateline's date where its stamp's time and zone end
_STAMP_GAP = safe_compile(r"[ \t,]{1,3}(?:at[ \t])?")


# ("You may access this call starting at 10:45 a.m.": the line opens before the call)
# ("The meeting ... can be accessed via the internet at www... beginning at 9:45 a.m.": the site opens
# before the meeting)
_DIALLING = safe_compile(
    r"\bdial(?:l?ing|ed|-in)?\b|\bcall\sin\b|\bconnect(?:ed)?\b|\baccess(?:ing)?\s(?:this|the)\s(?:call|conference)\b"
    r"|\b(?:can|may)\sbe\saccessed\b|\blog\s?in\b",
    regex.IGNORECASE,
)
_DIAL_EARLY = dt.timedelta(minutes=20)


def _fold_dial_in_times(doc: Document, drafts: list[_Draft]) -> list[_Draft]:
    """ "The Company will host a conference call ... at 8:30 a.m. (ET). Participants may listen
    to the call by dialing 416-555-3414 at approximately 8:20 a.m. (ET)": the time to dial in,
    minutes before a timed event the same day, is that event's, not another."""
    timed = sorted((d for d in drafts if d.starts_at is not None), key=lambda d: d.starts_at or dt.datetime.min)
    folded: set[int] = set()
    for early, late in pairwise(timed):
        assert early.starts_at is not None and late.starts_at is not None
        if early.date != late.date or not dt.timedelta(0) < late.starts_at - early.starts_at <= _DIAL_EARLY:
            continue
        if all(_DIALLING.search(doc.text, *doc.sentence_at(anchor)) for anchor in early.anchors):
            late.anchors.extend(early.anchors)
            folded.add(id(early))
    return [d for d in drafts if id(d) not in folded]


def _range_opened_before(
    usable: list[DateMention], usable_starts: list[int], text: str, mention: DateMention
) -> DateMention | None:
    """The date that opens a span of days this one closes: "November 28 – November 29, 2022"."""
    index = bisect.bisect_left(usable_starts, mention.start)
    if index == 0:
        return None
    before = usable[index - 1]
    return before if _SPAN_JOIN.fullmatch(text, before.end, mention.start) else None


# "**46th Annual Beta Investor Conference**Date:": a row's label a copy ran on to the heading.
_LABEL_GLUED_ON = safe_compile(r"(?i:date|time|location|when|where)\s?:[ \t*_]*$")
_SPAN_JOIN = safe_compile(r",?\s?(?:-|–|to|through)\s?")


# "Oct. 6-8", "March 3 – 5": the last day of a range that opens with a date.
_RANGE_END = safe_compile(r"\s?(?:-|–|to|through)\s?(?P<last>[0-3]?\d)(?:st|nd|rd|th)?\b(?![:.]\d)")


# The first day of a range written day first, before the date that gives its month: "30-31 May".
_RANGE_START = safe_compile(
    r"(?:\b\p{Lu}\p{Ll}{2,8}day,?\s{1,2})?(?<![\d.,/-])(?P<first>[0-3]?\d)(?i:st|nd|rd|th)?\s{0,2}(?:and|&|to|-|–)\s{0,2}\Z"
)


def _range_start(text: str, mention: DateMention, day: dt.date) -> dt.date | None:
    if mention.day is None or not text[mention.start : mention.start + 1].isalnum():
        return None
    found = _RANGE_START.search(text, max(0, mention.start - 30), mention.start)
    if found is None or not 0 < day.day - int(found["first"]) <= _DAYS_OF_ONE_EVENT:
        return None
    return day.replace(day=int(found["first"]))


def _range_end(text: str, mention: DateMention, day: dt.date) -> dt.date | None:
    """The last day of a conference's range of days that opens with this date ("Oct. 6-8")."""
    found = _RANGE_END.match(text, mention.end, min(len(text), mention.end + 12))
    if found is None or not day.day < int(found["last"]) <= 31:
        return None
    return day + dt.timedelta(days=int(found["last"]) - day.day)


# "on that morning", "later that day", "will be available the same day"
_THAT_DAY = safe_compile(
    r"\b(?:(?:on\s)?(?:that|the\ssame)\s(?:morning|afternoon|evening|day|date)"
    r"|later\sthat\s(?:day|morning|afternoon))\b"
    # ("Once that date is finalized, Acme will schedule a call": a day still to be set, not the one named)
    r"(?!\s(?:is|has\sbeen|gets)\s(?:finali[sz]ed|set|determined|confirmed|fixed|decided|known)\b)",
    regex.IGNORECASE,
)
_DAY_PARTS = ("morning", "afternoon", "evening", "day", "date")
_THAT_DAY_WORDS = Words(tuple(f"{which} {part}" for which in ("that", "same") for part in _DAY_PARTS))


def _zone_of(doc: Document, time: TimeMention) -> str | None:
    """The zone a time names, refined by the place beside it, else the one the release states
    for all its times."""
    text = doc.text
    zone = (
        refine_zone(time.zone, text[max(0, time.start - 300) : time.end + 300], time.zone_text) if time.zone else None
    )
    if zone is None:
        s_start, s_end = doc.sentence_at(time.start)
        body = body_start(doc)
        if body is not None and s_start < body <= time.start:
            s_start = body  # (the dateline's place is the issuer's home, not the venue the sentence names)
        window = (max(s_start, time.start - 300), min(s_end, time.end + 300))
        zone = local_zone(text, time.end, *window) or venue_zone(text, time.end, *window)
        if zone is None and is_local_time(text, time.end) and not names_a_place(text, *window):
            # "April 14, 2020 at 4:30 p.m. (local time)" in a release from "Warsaw, Indiana": the
            # issuer's home, which the dateline names.
            zone = home_zone(doc)
        if zone is None:
            # "... results around 6:30 a.m. (Eastern Time) and will hold its quarterly conference call
            # at 8:30 a.m.": the zone an earlier time of the sentence named, on the same line (not a
            # table's other row: "10:00am (Rio) - 8:00am (NY) / 11:30am (Rio)")
            # (nor another cell's, nor for a time a bracket after it places: "1:30 p.m. (Brasília)")
            line_start = max(s_start, doc.line_at(time.start)[0])
            line_start = max(line_start, text.rfind("|", line_start, time.start) + 1)
            bracket_after = text[time.end : time.end + 2].lstrip().startswith("(")
            earlier = [] if bracket_after else find_times(text, line_start, time.start)
            earlier = [t for t in earlier if t.zone and t.end <= time.start]
            # (and words of a clause between, not a list of the hour in places: "U.S. 8:00 a.m.
            # EST Taiwan 9:00 p.m.")
            if earlier and _LOWER_RUN.search(text, earlier[-1].end, time.start):
                last = earlier[-1]
                zone = refine_zone(last.zone, text[max(0, last.start - 300) : last.end + 300], last.zone_text)
    return zone or doc.memo("stated_zone", lambda d: stated_zone(d.text))


# With no year and no release date, only the tense tells a past event ("the call held on
# May 30 at 10 a.m.") from a coming one.
_PAST_TENSE = safe_compile(r"\b(?:was|were|had|held|hosted|took\splace|conducted|presented)\b", regex.IGNORECASE)


# What was done on the release's day, before the date's words: a presentation made, a meeting held.
# ("the results of the business conducted at the annual general meeting ... on Friday 26 November":
# a meeting's votes counted)
_DONE_TODAY = safe_compile(
    r"\b(?:was|were)\s(?:made|presented|given|delivered|held|hosted|conducted)\b|\btook\splace\b"
    r"|\b(?:results|outcome)\sof\b[^.]{0,80}?\b(?:meetings?|AGM|EGM)\b|\bvoting\sresults\b"
    # ("the strong support received from shareholders at today's General Meeting")
    r"|\b(?:support|votes?|approval)\sreceived\b",
    regex.IGNORECASE,
    needs=("was", "were", "took", "results", "outcome", "received"),
)


def _told_as_past(text: str, s_start: int, s_end: int) -> bool:
    return _PAST_TENSE.search(text, s_start, s_end) is not None and not _FUTURE.search(text, s_start, s_end)


def _undatable(doc: Document, mention: DateMention) -> bool:
    """A written day with no year, or "today" ("... will present the results today at 09:30AM"),
    in a release with no date: the text cannot place it."""
    if doc.release_date is not None:
        return False
    return mention.relative is not None or (mention.year is None and mention.month is not None)


def _resolve(doc: Document, mention: DateMention, release_date: dt.date | None) -> dt.date | None:
    """A date's year: written, or from the release date, or the nearest year named that the
    stated weekday agrees with, or the year of a dated day a few weeks from it in the same
    passage ("results ... on February 20, 2025. ... the call ... on February 21")."""
    if mention.year is not None or release_date is not None or mention.relative is not None:
        day = resolve(mention, release_date)
        if day is not None and mention.year is None and weekday_disagrees(mention, day):
            # A calendar's "2017" row heading over "Wednesday 13 September Annual General Meeting" in
            # a release of May 2016: the next year, when the text names it above and the weekday agrees.
            later = day.replace(year=day.year + 1) if (day.month, day.day) != (2, 29) else None
            agrees = later is not None and not weekday_disagrees(mention, later)
            if later is not None and agrees and _year_named_above(doc, mention) == later.year:
                return later
        return day
    if mention.weekday is not None:
        return resolve(mention, None, years_near(doc.text, mention.start))
    return _year_of_a_neighbour(doc, mention) or _year_of_the_named_event(doc, mention)


# "its 2021 AGM will be held on 29 April", "the Acme Healthcare Conference 2025 ... on March 4":
# the year the text names with the event (spec: "a year named with the same event").
_YEAR_WITH_EVENT = safe_compile(
    r"(?<![\d/.-])(?P<year>(?:19|20)\d\d)\s(?:annual\s(?:general\s)?meeting|general\smeeting|AGM|EGM|investor\sday"
    r"|capital\smarkets?\sday|shareholders?'?\smeeting)\b"
    r"|\b(?:conference|summit|symposium|forum|AGM|annual\sgeneral\smeeting)\s(?P<year2>(?:19|20)\d\d)(?![\d/.-])",
    regex.IGNORECASE,
    needs=("meeting", "agm", "egm", "investor", "capital", "conference", "summit", "symposium", "forum"),
)
_EVENT_YEAR_REACH = 1500  # characters above a year-less date that its event's year may be named in


def _year_of_the_named_event(doc: Document, mention: DateMention) -> dt.date | None:
    assert mention.month is not None and mention.day is not None
    named = _YEAR_WITH_EVENT.finditer_list(doc.text, max(0, mention.start - _EVENT_YEAR_REACH), mention.start)
    if not named:
        return None
    year = int(named[-1]["year"] or named[-1]["year2"])
    return resolve(DateMention(mention.start, mention.end, mention.day, mention.month, year, None), None)


_YEAR_ABOVE = safe_compile(r"(?<![\d/.-])(?:19|20)\d\d(?![\d/.-])")
_YEAR_ABOVE_REACH = 400  # characters: a calendar's year heading over its rows


def _year_named_above(doc: Document, mention: DateMention) -> int | None:
    """The last year written shortly above a date: a calendar's heading ("2017") over its rows."""
    named = _YEAR_ABOVE.findall(doc.text, max(0, mention.start - _YEAR_ABOVE_REACH), mention.start)
    return int(named[-1]) if named else None


def _year_of_a_neighbour(doc: Document, mention: DateMention) -> dt.date | None:
    assert mention.month is not None and mention.day is not None
    text = doc.text
    for near in find_dates(text, max(0, mention.start - 400), min(len(text), mention.end + 400)):
        if near.relative is not None or near.month is None or near.day is None:
            continue
        if near.year is None and near.weekday is not None and (near.month, near.day) == (mention.month, mention.day):
            # "... call to be held on Thursday, May 5. ... online at ... on May 5, beginning at 10:00 a.m.":
            # the same day, its year fixed by the weekday written the first time.
            same = resolve(near, None, years_near(text, near.start))
            if same is not None:
                return same
        if near.year is None:
            continue
        day = resolve(DateMention(mention.start, mention.end, mention.day, mention.month, near.year, None), None)
        written = resolve(near, None)
        # A month either side; or, after a period's end, the weeks results take ("the quarter
        # ended March 31, 2025 ... before market open on May 15").
        if day is not None and written is not None and -31 <= (day - written).days <= 75:
            return day
    return None


def _add_draft(
    doc: Document,
    drafts: dict[tuple[dt.date | None, dt.datetime | None], _Draft],
    key: tuple[dt.date | None, dt.datetime | None],
    anchor: int,
    day: dt.date | None,
    starts_at: dt.datetime | None,
    zone: str | None,
    spans: dict[str, tuple[int, int]],
) -> None:
    if key in drafts:
        drafts[key].anchors.append(anchor)
        return
    s_start, s_end = doc.sentence_at(anchor)
    context = _event_context(doc, anchor)
    own = doc.text[s_start:s_end]
    kind = (
        _kind_of_calendar_row(doc, anchor, s_start, s_end)
        or _kind_of(own)
        or _kind_of(context)
        or _kind_of_heading_above(doc, anchor)
        or "other"
    )
    if kind == "conference_call" and _RESULTS_WORDS.search(doc.text, 0, min(len(doc.text), 400)):
        kind = "earnings_call"  # a call in a release headed by results is the earnings call
    elif kind == "other" and _reported_on_a_live_call(doc, anchor):
        kind = "earnings_call"  # results reported at an hour, on the live call the next sentence offers
    title = None
    if kind == "presentation":
        # The conference its own sentence names, else the one the sentence before it names.
        found = _TITLE.search(own) or _TITLE.search(context)
        title = " ".join(found["title"].split()) if found else None
        card = _lead_over_card(doc, spans["date"][0] if "date" in spans else anchor) if found is None else None
        if card is not None:  # (a card's heading names its conference: "Beta Bank Global Space Summit")
            heading_start, heading_end = doc.line_at(card.start())
            if "date" in spans and heading_start <= spans["date"][0] < heading_end:
                heading_end = spans["date"][0]  # (a card of one line: "UBS Conference, September 9, 2026")
            heading = _LABEL_GLUED_ON.sub("", doc.text[heading_start:heading_end])
            title = " ".join(heading.strip(" \t*_#|,–-").split()) or None
    drafts[key] = _Draft([anchor], day, starts_at, zone, kind, title, spans)


# ("Apr 26, 2001, 01:00 ET from Acme Staffing, Inc.": a news page's byline, its issuer after the stamp)
_STAMP_LINE = safe_compile(
    r"[ \t*_|]{0,4}(?:\p{Lu}\p{Ll}{2,8}\.?\s\d{1,2},?\s\d{4}|\d{1,2}\s\p{Lu}\p{Ll}{2,8}\s\d{4}|\d{4}-\d\d-\d\d)"
    r"[ \t,|]{1,4}(?:at\s)?\d{1,2}[:.]\d\d\s?(?:[AaPp]\.?[Mm]\.?)?(?:\s\(?[A-Z]{2,4}\)?)?"
    r"(?:[ \t]from[ \t]\p{Lu}[^\n]{1,80})?[ \t*_|]{0,4}"
)
_NAMED_KINDS = frozenset({"investor_day", "earnings_call", "conference_call", "webcast", "shareholder_meeting"})
_RESULTS_WORDS = safe_compile(r"\b(?:results|earnings|quarter|fiscal\syear)\b", regex.IGNORECASE)


def _kind_of(context: str) -> EventKind | None:
    return next((kind for kind, rule in KIND_RULES if rule.search(context)), None)


def _kind_of_calendar_row(doc: Document, anchor: int, s_start: int, s_end: int) -> EventKind | None:
    """ "21 May 2021 / Annual results presentation / 09:30 - 11:00 CET" in a calendar that runs
    on as one sentence of many rows: the row's own words, or its label's on the line above."""
    text = doc.text
    if text.count("\n", s_start, s_end) < _CALENDAR_SENTENCE_LINES:
        return None
    a, b = doc.line_at(anchor)
    kind = _kind_of(text[a:b]) if b - a <= 120 else None
    if kind is None and a > 0 and b - a <= 40 and not find_dates(text, a, b):  # (a time's row, not a date's)
        label_start, label_end = doc.line_at(a - 1)
        kind = _kind_of(text[label_start:label_end]) if label_end - label_start <= 100 else None
    return kind


_CALENDAR_SENTENCE_LINES = 6


def _kind_of_heading_above(doc: Document, anchor: int) -> EventKind | None:
    """ "NOTICE OF ANNUAL GENERAL MEETING OF SHAREHOLDERS" over a table of "DATE: / TIME: /
    VENUE:" cells: a short line within a dozen lines above names what the details are of."""
    for a, b in doc.filled_lines_above(doc.line_index(anchor), _HEADING_REACH):
        if b - a <= 120:
            kind = _kind_of(doc.text[a:b])
            if kind is not None:
                return kind
    return None


_HEADING_REACH = 12  # lines


def _event_context(doc: Document, anchor: int) -> str:
    """The sentence naming the event and the one before it: enough to tell its kind. In a
    details block ("The EGM will be held as a hybrid meeting: / Date: ... / Time: 1 pm (AEST)"),
    the rows above it and the line that opens the block."""
    index = doc.sentence_index(anchor)
    sentences = doc.sentences()
    first = index
    while first > 0 and index - first < 4 and WHEN_LABEL.match(doc.text, *sentences[first]):
        first -= 1
    start = sentences[max(0, min(first, index - 1))][0]
    return doc.text[start : sentences[index][1]][:1200]


def _merge_dateonly(drafts: list[_Draft]) -> list[_Draft]:
    """A date-only event on a day that also has a timed event is that event."""
    timed_days = {d.date for d in drafts if d.starts_at is not None}
    kept = [d for d in drafts if d.starts_at is not None or d.date not in timed_days]
    for draft in drafts:
        if draft.starts_at is None and draft.date in timed_days:
            target = next(d for d in kept if d.date == draft.date)
            target.anchors.extend(draft.anchors)
            if target.kind == "other":
                # "a conference call scheduled for Wednesday, April 30 ... at the times below"
                # over a bare "At: 11:00 a.m. EDT" row: the sentence with the day named what it is.
                target.kind, target.title = draft.kind, target.title or draft.title
    kept.sort(key=lambda d: min(d.anchors))
    return kept


# "at 09:15 am GMT for 09:30 start", "9.00am for 9.30am start": arrive at the first, begin at the second.
_FOR_A_START = safe_compile(
    r"[ \t]{1,2}for(?:[ \t]a)?[ \t](?P<hour>[01]?\d|2[0-3])[:.](?P<minute>[0-5]\d)"
    r"(?:[ \t]?(?P<half>[aApP])\.?[mM]\.?)?[ \t](?:start|kick-?off)\b"
)


def _for_a_later_start(text: str, time: TimeMention) -> TimeMention:
    """The time, or the start it is the arrival for ("at 09:15 am GMT for 09:30 start")."""
    found = _FOR_A_START.match(text, time.end, min(len(text), time.end + 30))
    if found is None:
        return time
    hour, minute = int(found["hour"]), int(found["minute"])
    half = (found["half"] or "").lower()
    if (half == "p" or (not half and not time.is_24h and time.hour >= 12)) and hour < 12:
        hour += 12
    if (hour, minute) <= (time.hour, time.minute):
        return time  # (no later start: not what the words say)
    return replace(time, hour=hour, minute=minute)


def _primary_times(text: str, times: list[TimeMention]) -> list[TimeMention]:
    """Drop a time that restates the one before it in another zone ("13:00 GMT / 8:00 a.m. ET",
    "5:00 p.m. ET (2:00 p.m. PT)"); lend a zone to a time whose twin names it ("9 a.m. and 2 p.m. ET")."""
    kept: list[TimeMention] = []
    restated_end = -1  # where the last time dropped as a restatement ended
    for index, time in enumerate(times):
        # ("2:00 p.m. CEST (1:00 p.m. BST, 9:00 a.m. EDT)": each restatement follows the one before)
        group_end = max(kept[-1].end, restated_end) if kept else -1
        if kept and _SEPARATOR_BETWEEN_TIMES.match(text[group_end : time.start]) and kept[-1].zone is not None:
            restated_end = time.end
            continue
        if kept and restated_end > kept[-1].end and _LAST_OF_A_LIST.fullmatch(text, restated_end, time.start):
            # ("2:00 p.m. PDT, 5:00 p.m. EDT, and 5:00 a.m. (August 3, 2006) Hong Kong time": the list's last)
            restated_end = time.end
            continue
        if time.zone is None and kept and kept[-1].zone is not None and _restates_in_brackets(text, kept[-1], time):
            continue
        if (
            kept
            and index > 0
            and _SESSION_ROW.fullmatch(text, times[index - 1].end, time.start)
            and _SESSION_DASH.match(text, time.end)
        ):
            # "10:05 AM - Acme Survey (Keynote) 10:25 AM - Acme Earths Limited": a day's sessions, row
            # by row, are one event from the first session's start
            continue
        if time.zone is None and index + 1 < len(times):
            twin = times[index + 1]
            if (
                twin.zone is not None
                and twin.start - time.end < 12
                and _BETWEEN_TWIN_TIMES.fullmatch(text, time.end, twin.start)
            ):
                time = TimeMention(time.start, time.end, time.hour, time.minute, twin.zone, twin.zone_text, time.is_24h)
        kept.append(time)
    return kept


# What lies between two rows' times of a schedule: the first row's dash and title, a line break
# (not a sentence's "at approximately 5:00 p.m."; "11:00 a.m. ET -- Company to Report ..." is a
# headline's dash).
_SESSION_ROW = safe_compile(
    r"[ \t]{0,3}[-–—][ \t]{0,3}[^\n]{2,160}?(?:\n[ \t*•]{0,4})?"
    r"(?<!(?i:\b(?:at|on|from|by|until|approximately|around|about|after|before|and|or|to)[ \t]))"
)
_SESSION_DASH = safe_compile(r"[ \t]{0,3}[-–—][ \t]{0,3}\S")


def _restates_in_brackets(text: str, earlier: TimeMention, time: TimeMention) -> bool:
    """ "at 9:00 p.m. ET on Wednesday, February 26 (Beijing/Hong Kong Time: 10:00 a.m.,
    Thursday, February 27)": a time in brackets opened just after a zoned time restates it."""
    between = text[earlier.end : time.start]
    return len(between) <= 80 and "\n" not in between and between.count("(") > between.count(")")


def _speaks_of_event(doc: Document, offset: int) -> bool:
    """An event word in the sentence, or in a short heading line just above it."""
    s_start, s_end = doc.sentence_at(offset)
    window = (max(s_start, offset - REACH), min(s_end, offset + REACH))
    if _has_cue(doc.text, *window) or _NAMED_CONFERENCE.search(doc.text, *window):
        return True
    if s_start > 0 and _BACK_REFERENCE.match(doc.text, s_start, s_end):
        # "... will webcast an analyst meeting on Wednesday, May 26. The meeting is scheduled to
        # begin at 11:00 a.m. ET": the sentence before named it (or the one before that: "...
        # with their Annual Meeting on Tuesday, December 11. The change allows for a broader
        # reach. The meeting will commence at 9:30 am Central Time.").
        p_start, p_end = doc.sentence_at(s_start - 1)
        if _has_cue(doc.text, p_start, p_end):
            return True
        if p_start > 0:
            q_start, q_end = doc.sentence_at(p_start - 1)
            if _has_cue(doc.text, q_start, q_end):
                return True
        # ("Convocation of the Extraordinary General Meeting of Shareholders" over a notice whose rows
        # end "Meeting starts at 15:00": the meeting the headline calls)
        first_line = doc.memo("first_line", lambda d: d.line_at(len(d.text) - len(d.text.lstrip())))
        if first_line[1] <= s_start and _has_cue(doc.text, *first_line):
            return True
    if (
        _FORWARD_REFERENCE.match(doc.text, s_end, min(len(doc.text), s_end + 40))
        or _reported_on_a_live_call(doc, offset)
    ) and _FUTURE.search(doc.text, *window):
        # "... will conduct its quarterly earnings review ... on Thursday, February 27, 2020 at
        # 10:00 a.m. ET. The conference call will be webcast ...": the next sentence names it
        # (or offers the report live: "The public is invited to listen to a live webcast of ...").
        return True
    if WHEN_LABEL.match(doc.text, s_start, s_end):
        # "Date and time: ..." in a details block: the block's heading or lead-in names the event.
        return bool(EVENT_CUE.search(doc.text, max(0, s_start - 1500), s_start)) or _cue_in_rows_below(doc, offset)
    line_start = doc.line_at(offset)[0]
    if doc.text[line_start:s_start].strip() or (s_start < line_start and _wrapped_prose_above(doc, line_start)):
        # a heading above speaks only for the sentence that opens the line under it (not for one a
        # fixed-width copy wrapped on to it: "... at 08:00 CET. A light snack with\nsalmon ... will be
        # served from 07:45 CET.")
        return False
    under_date_line = False  # the lines walked so far: the value's date, alone on its line
    for seen, (a, b) in enumerate(doc.filled_lines_above(doc.line_index(offset), 7), start=1):
        line = doc.text[a:b]
        # (a conference's name on its own heading line: "**Jefferies Industrials Conference**")
        if len(line) <= 120 and (EVENT_CUE.search(line) or _NAMED_CONFERENCE.search(line)):
            return True
        label = WHEN_LABEL.match(doc.text, a, b) if seen == 1 else None
        # ("1. Date and Time" over "March 30, 2012" over "9 A.M., Seoul time.": the value on two lines)
        head = (seen == 1 or (seen == 2 and under_date_line)) and _when_head(line)
        if (label is not None and not doc.text[label.end() : b].strip()) or head:
            # "Time:" (or "Time", a table's cell) on its own line above the value: the block's
            # heading or lead-in names the event.
            return bool(EVENT_CUE.search(doc.text, max(0, a - 1500), a)) or _cue_in_rows_below(doc, offset)
        under_date_line = seen == 1 and _only_a_date(doc.text, a, b)
        if len(line) > 120:
            # A paragraph that ends by announcing the call, the call's date and time lines under it:
            # "... management will host a conference call to review the results.\n\nMonday,
            # November 14, 2022, 8:00 AM EST\nDomestic: 877-..."
            own_start, own_end = doc.line_at(offset)
            if seen > 1 or own_end - own_start > _DETAILS_LINE:
                break
            last_start, last_end = doc.sentence_at(b - 1)
            return bool(EVENT_CUE.search(doc.text, max(a, last_start), min(b, last_end)))
        if seen >= 3:
            break
    return False


def _only_a_date(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] holds one date and nothing else (but marks)."""
    dates = find_dates(text, start, end)
    return (
        len(dates) == 1
        and not text[start : dates[0].start].strip(" \t*_|")
        and not text[dates[0].end : end].strip(" \t*_|,.")
    )


def _cue_in_rows_below(doc: Document, offset: int) -> bool:
    """ "Time:\n10:00 a.m. (Eastern time)\nAudio Live Number: ...\nWebcast & Audio Streaming Link:": a
    details block whose rows below the time (to its first blank line) name the event."""
    text = doc.text
    line_end = doc.line_at(offset)[1]
    stop = min(len(text), line_end + _ROWS_BELOW)
    gap = _PARAGRAPH_GAP.search(text, line_end, stop)
    return EVENT_CUE.search(text, line_end, gap.start() if gap is not None else stop) is not None


_ROWS_BELOW = 300


# A table's date or time head cell, alone on its line ("Time" over "9:30 AM (EDT)", "|Event / |Date").
_WHEN_HEADS = frozenset({"time", "date", "dates", "when", "date and time", "date & time", "date/time", "start time"})
_ENUMERATOR = safe_compile(r"[ \t*_|#]{0,4}(?:\d{1,2}|[a-h])[.)][ \t]{1,3}")


def _when_head(line: str) -> bool:
    """ "Time", "1. Date / Time" alone on a line: a details table's label cell over its value."""
    enumerator = _ENUMERATOR.match(line)
    head = line[enumerator.end() :] if enumerator is not None else line
    return " ".join(head.strip(" \t*_|#:").lower().replace(" / ", "/").split()) in _WHEN_HEADS


_DETAILS_LINE = 80  # characters: a line of an event's details ("Monday, November 14, 2022, 8:00 AM EST")
# A sentence whose subject is the event the sentence before named ("The meeting is scheduled to
# begin at ..."), not one that only mentions it ("persons registered for the meeting").
# "As previously announced, the meeting is scheduled for ...": the same, after a lead-in.
_BACK_REFERENCE = safe_compile(
    # ("Meeting starts at 15:00 (registration starts at 14:00)": a notice's row, with no article)
    r"\s{0,3}(?:(?:(?:As\s(?:previously\s)?(?:announced|disclosed|noted),?\s)?the|The|This)\s(?:meeting|event|session)"
    r"|Meeting|Event|Session)\s(?:is|will|starts|begins|commences)\b"
    # "The previously announced date and time of the meeting, Wednesday, June 17, 2020, at 10:00 a.m.
    # Eastern time has not changed."
    r"|\s{0,3}The\s(?:previously\s(?:announced|scheduled)\s)?(?:date|time|date\sand\stime|date,\stime\sand\splace)"
    r"\sof\sthe\s(?:meeting|event|session)\b"
)
_FORWARD_REFERENCE = safe_compile(
    r"[.\s]{0,3}The\s(?:conference\scall|call|webcast|teleconference|earnings\scall)\s(?:will|is)\b"
)
# "announced results of voting and the partial adjournment of the Company's 2022 Annual Meeting of
# Stockholders (the Annual Meeting) to Friday, October 28, 2022": the day the meeting resumes.
_ADJOURNED_TO = safe_compile(
    r"\badjourn(?:ed|ment)\b[^.;\n]{0,160}?\bto\s(?:\p{L}{3,9},?\s)?$", regex.IGNORECASE
)  # (asked only of a past meeting's sentence: no gate needed)
# ("was convened and then adjourned ... to recommence at 8:30 a.m. Eastern Time on March 2, 2023")
_FUTURE = safe_compile(
    r"\b(?:will|shall|to\sbe\sheld|is\sscheduled|are\sscheduled|upcoming|to\s(?:recommence|reconvene|resume))\b",
    regex.IGNORECASE,
)


# Contests, launches, trade-show booths and postponed meetings are not calendar events
# (annotation rules), unless the sentence also speaks of an investor event.
_NOT_AN_EVENT = safe_compile(
    r"\b(?:contest|competition|championship|tournament|prize|winners?|awarded|launch(?:es|ed)?|booth|exhibit(?:s|ing)?\s(?:at|its)"
    r"|trade\sshow|one-on-one|one-to-one|postpone[sd]?|postponing|cancel(?:s|l?ed|l?ing)?|hackathon|(?-i:Challenge)"
    # "the opportunity to meet with management at our breakout sessions scheduled for ...": a
    # conference's small-group meetings, not its presentation
    r"|breakout\s(?:sessions?|meetings?)"
    # a corporate action's effective day: "the ratio change ... will take place at the opening of
    # trading on March 13", "The effect on the ADS price will take place on December 28"
    r"|ratio\schange|(?:reverse\s)?(?:stock|share|ADS)\ssplit|opening\sof\strading|(?:ADS|share|stock)\s(?:trading\s)?price"
    # a ceremony at the exchange: "will ring the Nasdaq Opening Bell", "the Opening Bell Ceremony"
    r"|(?:opening|closing)\sbell|bell[\s-]ringing)\b",
    regex.IGNORECASE,
    needs=(
        "contest",
        "competition",
        "championship",
        "tournament",
        "prize",
        "winner",
        "awarded",
        "launch",
        "booth",
        "exhibit",
        "trade",
        "one-",
        "postpon",
        "cancel",
        "ratio",
        "split",
        "opening of trading",
        "price",
        "hackathon",
        "challenge",
        "bell",
        "breakout",
    ),
)
_INVESTOR_EVENT = safe_compile(
    r"conference\scall|earnings|webcast|investors?\b|analysts?\b|shareholders?|stockholders?|results", regex.IGNORECASE
)


def _paragraph_below_end(doc: Document, offset: int) -> int:
    """The end of the paragraph after the one at offset (at most 600 characters past its start)."""
    end = doc.paragraph_at(offset)[1]  # (where the next paragraph starts)
    return min(doc.paragraph_at(end)[1], end + 600) if end < len(doc.text) else end


_ONE_ON_ONE = safe_compile(
    r"\bone[\s-](?:on|to)[\s-]one\b|\b1[x×]1\b|\b1-on-1\b|\bsmall[\s-]group\smeetings\b",
    regex.IGNORECASE,
    needs=("one", "1x1", "1×1", "1-on-1", "small"),
)
_PUBLIC_EVENT = safe_compile(r"\b(?:present\w*|fireside|webcast\w*|conference\scall|keynote|panel)\b", regex.IGNORECASE)


# A board or committee meeting (HKEX "Date of Board Meeting" notices) is the company's own
# business, not an event anyone outside could attend, whatever results it approves.
_BOARD_MEETING = safe_compile(
    r"\b(?:board\smeeting|meeting\sof\s(?:the|its)\s(?:\w{1,14}\s)?(?:committee|board)|(?:audit|remuneration|nomination)"
    r"\scommittee\smeeting"
    # "the Board of Directors of the Company at their Meeting held today"
    r"|board\sof\sdirectors\b[^.\n]{0,40}?\b(?:at|in)\s(?:their|its|the)\s(?:board\s)?meeting)\b",
    regex.IGNORECASE,
    needs=("board", "committee"),
)
# "held a board meeting today to resolve the convening of the Annual General Meeting of Shareholders
# ("AGM") and announced that the meeting is scheduled for March 28, 2024": the board set the
# shareholders' meeting's day, which is an event.
_GENERAL_MEETING_SET_FOR = safe_compile(
    r"\b(?:general\smeeting|AGM|EGM|(?:share|stock)holders'?\smeeting|annual\smeeting)\b[^.\n]{0,120}?"
    r"\b(?:is|was|has\sbeen|will\sbe)\s(?:scheduled|set|convened|held)\s(?:for|on)\b"
    # "The Board of Directors ... at its meeting held today have decided to hold the Annual General Meeting"
    r"|\b(?:decided|resolved|agreed)\sto\s(?:hold|convene|call)\s(?:the\s|its\s|an\s)?[^.\n]{0,40}?"
    r"\b(?:general\smeeting|AGM|EGM|annual\smeeting)\b",
    regex.IGNORECASE,
    needs=("scheduled", "set", "convened", "held", "decided", "resolved", "agreed"),
)
# "the Transfer Books and Register of Members of the Company will be closed from 5.00 p.m. on
# Tuesday, 9 June 2020 ... up to, and including Wednesday, 10 June 2020": a book closure, no event.
_REGISTER_CLOSED = safe_compile(
    r"\b(?:transfer\sbooks|registers?\sof\s(?:members|shareholders)|share\sregister)\b[^.]{0,120}?"
    r"\b(?:will\sbe|shall\sbe|is|are|to\sbe)\sclosed\b",
    regex.IGNORECASE,
    needs=("transfer books", "register"),
)
_CALL_OR_WEBCAST = safe_compile(
    r"\b(?:call|webcast|teleconference|presentation|conference)\b",
    regex.IGNORECASE,
    needs=("call", "webcast", "teleconference", "presentation", "conference"),
)


# The procedure around a general meeting: registering, voting in advance, proxies. Its
# dates and times are deadlines, not the meeting's.
_PROCEDURE = safe_compile(
    r"\b(?:registration\speriod"
    r"|vot(?:e|ing)\s(?:\w{1,20}\s){0,3}?in\sadvance|advance\svot(?:e|es|ing)|voting\speriod|proxy\sdocuments?"
    r"|notices?\sof\s(?:participation|attendance)"
    # A phone line's opening hours: "Calling +358 ... on weekdays between 9:00 a.m. and 4:00 p.m."
    r"|on\s(?:weekdays|business\sdays|working\sdays)|office\shours)\b",
    regex.IGNORECASE,
    needs=("registration", "vot", "proxy", "notice", "weekday", "business day", "working day", "office hour"),
)
_HELD = safe_compile(r"\b(?:will\sbe|to\sbe|is|are)\sheld\b", regex.IGNORECASE, needs=("held",))
# Registration opening or closing is no start: "Registration to the Annual General Meeting starts
# at 1.30 p.m.". Read in the value's own clause only, so that "... opens at 9:45 a.m. and the
# webcast begins at 10:00 a.m." keeps its webcast.
_REGISTRATION_OPENS = safe_compile(
    r"\bregistration(?:\s(?:for|to|of)\s(?:the\s)?(?:[\w-]{1,30}\s){1,4}?|\s)(?:will\s)?(?:commences?|starts?|begins?"
    r"|opens?|ends?|closes?)\b"
    # "The doors will be opened and reception of persons who have registered for the Meeting will
    # commence at 2 p.m. (EET)": the meeting's hall opens before it
    r"|\b(?:reception|doors)\b[^.;]{0,80}?\b(?:will\s)?(?:commences?|starts?|begins?|opens?|be\sopened)\b"
    r"|\bregistered\sfor\sthe\s(?:[\w-]{1,20}\s){0,3}?(?:will\s)?(?:commences?|starts?|begins?)\b"
    # "Access the meeting platform beginning at 3:55 pm CDT": the doors open before the meeting.
    r"|\b(?:access|log\s?in|login|sign\s?in)\s(?:to\s)?the\s(?:virtual\s|online\s)?(?:meeting\s)?(?:platform|site|portal"
    r"|meeting)\s(?:will\s(?:be\s)?)?(?:beginning|starting|open(?:s|ing)?|available)\b",
    regex.IGNORECASE,
    needs=("registration", "registered", "access", "log", "sign", "reception", "doors"),
)


# "If adjourned, the meeting will take place on Wednesday, August 5": a fallback day, not the meeting's.
_FALLBACK_DAY = safe_compile(
    # ("In the event that no legal quorum is present half an hour after the time set for the meeting,
    # the meeting will be deferred to Tuesday, October 2, 2012")
    r"\b(?:if\s(?:(?:the\s)?meeting\s(?:is\s)?)?adjourned|(?:if|in\sthe\sevent(?:\sthat)?)\s(?:a|the|no)\s(?:legal\s)?quorum"
    r"|in\sthe\sabsence\sof\s(?:a\s)?(?:legal\s)?quorum"
    # "Should the statutory quorum requirements ... not be met ..., both meetings are convened on
    # the date of 3 December 2024 (second convening)"
    r"|should\s(?:the\s)?(?:\w{1,20}\s)?quorum|second\sconvening)\b",
    regex.IGNORECASE,
    needs=("adjourned", "quorum", "convening"),
)


def _not_an_event(text: str, s_start: int, s_end: int) -> bool:
    s_end = min(s_end, s_start + 2 * REACH)
    if _FALLBACK_DAY.search(text, s_start, s_end):
        return True
    if (
        (_BOARD_MEETING.search(text, s_start, s_end) and not _GENERAL_MEETING_SET_FOR.search(text, s_start, s_end))
        or _REGISTER_CLOSED.search(text, s_start, s_end)
    ) and not _CALL_OR_WEBCAST.search(text, s_start, s_end):
        return True
    if _PROCEDURE.search(text, s_start, s_end) and not _HELD.search(text, s_start, s_end):
        return True
    for word in _NOT_AN_EVENT.finditer(text, s_start, s_end):
        if _moved_to_a_new_day(text, word, s_end):
            continue  # "postpone the Extraordinary General Meeting ... until June 8, 2020 at 3:00 pm CEST"
        return not _INVESTOR_EVENT.search(text, s_start, s_end)
    return False


# A postponement that names the new day ("postponed ... until June 8, 2020"), where the event
# now is; only one with no new date is no event (annotation rules).
_POSTPONEMENT = safe_compile(r"postpon", regex.IGNORECASE)
_NEW_DAY_LEAD = safe_compile(r"\b(?:until|to)\s", regex.IGNORECASE)


def _moved_to_a_new_day(text: str, word: regex.Match[str], s_end: int) -> bool:
    if not _POSTPONEMENT.match(word.group()):
        return False
    lead = _NEW_DAY_LEAD.search(text, word.end(), s_end)
    return lead is not None and any(d.start - lead.end() <= 12 for d in find_dates(text, lead.end(), s_end))


def _before_release(doc: Document, day: dt.date) -> bool:
    return doc.release_date is not None and day < doc.release_date


def _a_year_ago(doc: Document, mention: DateMention, day: dt.date) -> bool:
    """ "the conference, held February 6th" in a release of February 7: a date without a year
    that would fall most of a year ahead is one just past; an event that far off has its year."""
    return (
        mention.year is None
        and doc.release_date is not None
        and (day - doc.release_date).days > 300
        and _year_named_above(doc, mention) != day.year
    )


def _already_happened(doc: Document, mention: DateMention, day: dt.date, s_start: int, s_end: int) -> bool:
    """Before the release date, unless the text writes the year and speaks of the future
    (a typo'd year is kept as written; the annotation rules say so)."""
    if not _before_release(doc, day):
        return False
    return mention.year is None or not _FUTURE.search(doc.text, s_start, s_end)


def _governed_by_release(text: str, sentence_start: int, offset: int) -> bool:
    """True when the nearest words before a time speak of publishing results, not of an event."""
    release_end = -1
    sentence_start = max(sentence_start, offset - REACH)
    for m in _RELEASE_PHRASE.finditer(text, sentence_start, offset):
        if text[max(0, m.start() - 3) : m.start()] == "to " and EVENT_CUE.search(text, sentence_start, m.start()):
            continue  # "will host a call and webcast to report its results on ..., at 8:30": the call's purpose
        if _CALL_WORD.search(text, m.start(), m.end()):
            # "In conjunction with the release, Acme has scheduled a conference call ... to discuss
            # results on ..., at 9:00 a.m.": the call between the words, its purpose the results
            continue
        release_end = m.end()
    if release_end < 0:
        return False
    line_end = text.find("\n", offset)
    presented = _PRESENTED_BY.search(text, offset, min(offset + 80, len(text) if line_end < 0 else line_end))
    if presented is not None and not _OWN_TIME_AFTER.match(text, presented.end()):
        # "... report on 27 February at 09:00, by way of a webcast"; but "results will be
        # released at 9:00 a.m. ET with its teleconference to follow at 11:00 a.m.": the
        # call has a time of its own.
        return False
    document_end = -1
    for cue in EVENT_CUE.finditer(text, release_end, offset):
        if cue.start() < document_end:
            continue
        document = _DOCUMENT_OF_CUE.match(text, cue.end())
        if document is not None:
            document_end = document.end()
            continue  # "publish ... the conference call presentation ... at 6:00 a.m.": a document
        if not _CUE_IN_PASSING.search(text[max(sentence_start, cue.start() - 20) : cue.start()]):
            return False
    return True


_DOCUMENT_OF_CUE = safe_compile(r"\s(?:presentation|slides?|slide\sdeck|deck|materials?|transcript)s?\b")


def _in_replay_clause(text: str, sentence_start: int, offset: int) -> bool:
    """A time after the word "replay" in its sentence is the replay's, not the event's."""
    cue = REPLAY_CUE.search(text, max(sentence_start, offset - REACH), offset)
    if cue is None and sentence_start > 0 and text[sentence_start - 1] == "\n":
        # "Audio Replay Number:" on the line above "1-877-519-4471, PIN #6967852 from February 16,
        # 2006 at 1:00 p.m. Eastern through ...": the row's label is the clause's word
        label = text[text.rfind("\n", 0, sentence_start - 1) + 1 : sentence_start].strip()
        return len(label) <= _ROW_LABEL_LENGTH and label.endswith(":") and REPLAY_CUE.search(label) is not None
    return cue is not None and not _LIVE.search(text, cue.end(), offset)


_ROW_LABEL_LENGTH = 60


# "concluding at approximately 1:00 p.m.", "from 9:00 a.m. to 1:00 p.m.": the end, not a start.
_END_TIME_LEAD = safe_compile(
    # "from 9:00 to 10:00"; not "rescheduled to 8:30 a.m.", "moved to 4:00 p.m.".
    r"\b(?:conclud\w{0,3}|end\w{0,3}|finish\w{0,3}|until|till|through"
    r"|(?<!(?:scheduled|moved|changed|postponed|delayed|shifted|adjourned|brought\sforward)\s)to|and\sends)"
    r"\s(?:at\s)?(?:approximately\s|about\s|around\s)?$",
    regex.IGNORECASE,
)


# "has rescheduled its third quarter 2012 earnings call to 2:00 p.m.": a new start, not an end.
_MOVED_TO = safe_compile(
    r"\b(?:re)?(?:scheduled|moved|changed|postponed|delayed|shifted|brought\sforward)\b(?![^.;]{0,80}\bfrom\b)"
    r"[^.;]{0,80}\bto\s(?:approximately\s)?$",
    regex.IGNORECASE,
)


def _not_event_lead(text: str, sentence_start: int, offset: int) -> bool:
    lead = text[max(sentence_start, offset - LEAD) : offset]
    end_time = _END_TIME_LEAD.search(lead) is not None and not _MOVED_TO.search(lead)
    return bool(_leads_away(lead) or end_time or _registration_opens(lead))


# "Previously these activities were scheduled for Monday, November 9", "originally scheduled for":
# the day a rescheduled event no longer takes place.
_OLD_DAY_LEAD = safe_compile(
    r"\b(?:(?:originally|previously|initially)\s(?:[\w-]{1,20}\s){0,3}?(?:scheduled|planned|announced)"
    # ("previously announced that it would hold its Annual General Meeting of Shareholders on May 26")
    r"(?:\sthat\s(?:it|they|the\s\w{1,20})\swould\s(?:hold|host|convene)(?:\s[\w'’-]{1,20}){1,8}?(?=\son\s))?"
    r"|(?:was|were|had\sbeen)\sscheduled)\s(?:to\sbe\sheld\s)?(?:for|on)" + _LEAD_TAIL,
    regex.IGNORECASE,
    needs=("scheduled", "planned", "announced"),
)


def _old_days(doc: Document, dates: list[DateMention]) -> list[tuple[int, int, dt.date]]:
    """The days a rescheduling names as the old ones, each with where it is named and where its
    paragraph ends: no mention of that day further on in the paragraph is an event. (Another
    event may still fall on it elsewhere: "the Ordinary General Meeting of May 5, 2020" beside
    "the Extraordinary General Meeting initially scheduled for May 5, 2020".)"""
    found: list[tuple[int, int, dt.date]] = []
    for index, mention in enumerate(dates):
        if not _OLD_DAY_LEAD.search(
            # (a long reach: "previously announced that it would hold its Annual General Meeting of
            # Shareholders on" runs past one lead)
            _collapsed(doc.text[_lead_start(doc, mention.start, reach=2 * LEAD) : mention.start])
        ) and not _moved_from(doc, mention, dates[index + 1] if index + 1 < len(dates) else None):
            continue
        day = _resolve(doc, mention, doc.release_date)
        if day is not None:
            gap = _PARAGRAPH_GAP.search(doc.text, mention.end)
            found.append((mention.start, gap.start() if gap is not None else len(doc.text), day))
    return found


_PARAGRAPH_GAP = safe_compile(r"\n[ \t]*\n")
# "we are postponing ... the conference planned for the same day, from March 25, 2010, to April
# 29, 2010": the day before "to" is the one it was moved from.
_FROM_LEAD = safe_compile(r"\bfrom\s{1,3}(?:\w{1,9},?\s{1,3})?$", regex.IGNORECASE)
_TO_NEXT = safe_compile(r",?\s{1,3}to\s{1,3}(?:\w{1,9},?\s{1,3})?$", regex.IGNORECASE)
_MOVE_WORD = safe_compile(
    r"\b(?:postpon\w{0,5}|reschedul\w{0,5}|moved?|moving|delay\w{0,3}|shift\w{0,3}|brought\sforward)\b",
    regex.IGNORECASE,
)


def _moved_from(doc: Document, mention: DateMention, following: DateMention | None) -> bool:
    """ "from March 25, 2010, to April 29, 2010" in a sentence that moves an event."""
    if following is None or following.start - mention.end > 24:
        return False
    text = doc.text
    s_start, s_end = doc.sentence_at(mention.start)
    return (
        _FROM_LEAD.search(text, max(s_start, mention.start - 20), mention.start) is not None
        and _TO_NEXT.search(text, mention.end, following.start) is not None
        and _MOVE_WORD.search(text, s_start, s_end) is not None
    )


def _own_line_lead(doc: Document, lead: str, offset: int) -> str:
    """The lead cut to the date's own line when that line publishes something and the line above
    ends with no stop: "Acme's financial reporting and Annual General Meeting in 2020" over "Acme
    will publish its Financial Statement Release on Wednesday, 5 February 2020" (a title's words
    lead no date of the body)."""
    text = doc.text
    line_start = doc.line_at(offset)[0]
    if line_start <= offset - len(lead) or text[max(0, line_start - 40) : line_start].rstrip()[-1:] in ".,;:":
        return lead
    own = text[line_start:offset]
    return own if own[:1].isupper() and _RESULTS_ONLY.search(own) else lead


def _lead_start(doc: Document, offset: int, floor: int = 0, reach: int = LEAD) -> int:
    """Where the words that lead a date begin: ``reach`` characters back, but not above its own
    line when it opens a calendar's row under another ("7 May 2017 Record date AGM" over "17 May
    2017 Annual general meeting": a row's date is led by nothing on the row above)."""
    line_start = doc.line_at(offset)[0]
    text = doc.text
    if (
        line_start > 0
        and not text[line_start:offset].strip(" \t*•|-")
        and _DATE_ROW.match(text, doc.line_at(line_start - 1)[0], line_start)
    ):
        return max(floor, line_start)
    return max(floor, offset - reach)


def _opens_calendar_row(doc: Document, offset: int) -> bool:
    """Whether the date at offset opens its line, next to a line that opens with a date too."""
    text = doc.text
    line_start, line_end = doc.line_at(offset)
    if text[line_start:offset].strip(" \t*•|-"):
        return False
    above = line_start > 0 and _DATE_ROW.match(text, doc.line_at(line_start - 1)[0], line_start)
    below = line_end < len(text) and _DATE_ROW.match(text, line_end + 1, doc.line_at(line_end + 1)[1])
    return bool(above or below)


# A line that opens with a date: "7 May 2017 ...", "May 7, 2017 ...", "07.05.2017 ..."
_DATE_ROW = safe_compile(
    r"[ \t*•|-]{0,8}(?:\d{1,2}\.?[ \t]\p{L}{3,9}|\p{L}{3,9}\.?[ \t]\d{1,2}\b|\d{1,2}\.\d{1,2}\.\d{2,4})"
)


def _registration_opens(lead: str) -> bool:
    """ "Registration for the webcast opens at ": in the clause the value closes."""
    clause_start = max(lead.rfind(";") + 1, lead.rfind(" and ") + 5 if " and " in lead else 0)
    return bool(_REGISTRATION_OPENS.search(lead, clause_start))


def _usable_dates(doc: Document, dates: list[DateMention], times: list[TimeMention]) -> list[DateMention]:
    """Dates that can be an event's: not a period end, a record date, a deadline, or "today announced"."""
    text = doc.text
    return [
        d
        for d in dates
        if not (_leads_away(text[_lead_start(doc, d.start) : d.start]) and not _postponed_until(text, d.start))
        and not _is_announcement_today(text, d)
        and not _led_away(text, 0, d.start, times)
        and not _NAMED_AS_DEADLINE.match(text, d.end)
        and not _payout_item(doc, d.start, d.end)
        and not _cites_a_rule(text, d)
        # ("and, if necessary, on May 9, 2011, at the same place and time, in second call": a fallback day)
        and not _SECOND_CALL_AFTER.match(text, d.end)
        and not _earlier_today(text, d)
        and not _deadline_subject(doc, d.start)
    ]


# ("its regular meeting held today, January 29": a board meeting done; not "will be held today")
_EARLIER_BEFORE = safe_compile(r"(?:\bearlier|(?<!\bbe\s)(?<!\bbeing\s)\bheld)\s{1,2}$", regex.IGNORECASE)


def _earlier_today(text: str, mention: DateMention) -> bool:
    """ "the results of its annual meeting held earlier today", "in its regular meeting held today": done
    by the time of the release."""
    return (
        mention.relative is not None
        and _EARLIER_BEFORE.search(text, max(0, mention.start - 10), mention.start) is not None
    )


# A rule's own date: "pursuant to CVM Instruction No. 358 of January 3, 2002", "Law No. 6,404 of December 15, 1976".
_CITED_RULE_BEFORE = safe_compile(
    r"\b(?:Instruction|Resolution|Law|Regulation|Decree|Circular|Directive|Ordinance|Act|Rule)s?"
    r"(?:\s(?i:no|n[º°])\.?\s?[\d/.,-]{1,12})?,?\s(?:of|dated)\s$"
)
_CITED_RULE_REACH = 60


def _cites_a_rule(text: str, mention: DateMention) -> bool:
    """Whether the date is a cited rule's own ("CVM Instruction No. 358 of January 3, 2002")."""
    return _CITED_RULE_BEFORE.search(text, max(0, mention.start - _CITED_RULE_REACH), mention.start) is not None


# "Notice of the Extraordinary General Meeting / August 7, 2023 / To our Shareholders,": the
# letter's own date on its line, its salutation under it; not the meeting's day.
# (or on the same line, a PDF's page flattened: "LETTER FROM THE CHAIRMAN 23 October 2017 Dear fellow Shareholder,")
_NOTICE_HEADING_BELOW = safe_compile(r"[ \t.]{0,3}\n[ \t*_]{0,4}(?i:notice\sof\s[^\n]{0,60}?meeting)")
_SALUTATION_BELOW = safe_compile(
    r"[ \t,.]{0,3}(?:\n[ \t]{0,4})?(?:To\s(?:(?:our|the|all)\s)?(?:Share|Stock|Unit)holders\b"
    r"|Dear\s(?:fellow\s)?(?:(?:Share|Stock|Unit)holders?|Sirs?|Madam|Members)\b)",
    regex.IGNORECASE,
)


_BULLETS = "∙•·▪●◦"
# A list item that dates a payout or a results release: "∙ Ex-dividend date for final dividend
# 5 September 2019", "Record date for final dividend 6 September 2019", "Results announcement 15 August".
_PAYOUT_ITEM = safe_compile(
    r"\b(?:ex-?dividend|record\sdate|payment\sdate|payable|dividends?|distributions?"
    r"|results?\s(?:announcement|release|date))\b",
    regex.IGNORECASE,
    needs=("dividend", "record", "payment", "payable", "distribution", "result"),
)


_REPORT_WORDS = ("report", "result", "statement", "update")  # one of which every _REPORT_ITEM holds
_REPORT_ITEM = safe_compile(
    r"\b(?:(?:interim|annual|quarterly|half[-\s]year(?:ly)?|year[-\s]end|full[-\s]year|q[1-4]|financial)\s"
    r"(?:financial\s)?(?:report|results|statements?)|results?\s(?:announcement|release)|trading\supdate)\b",
    regex.IGNORECASE,
    needs=_REPORT_WORDS,
)
_DEADLINE_ITEM = safe_compile(
    r"\b(?:deadline|record\sdate|cut-?off|ex-?dividend|last\sday)\b",
    regex.IGNORECASE,
    needs=("deadline", "record", "cut", "dividend", "last"),
)
_MEETING_ITEM = safe_compile(
    r"\b(?:meeting|call|webcast|presentation|conference|AGM|EGM|markets\sday|investor\sday)\b",
    regex.IGNORECASE,
    needs=("meeting", "call", "webcast", "presentation", "conference", "agm", "egm", "day"),
)


def _wrapped_prose_above(doc: Document, line_start: int) -> bool:
    """Whether the line above runs on into this one: a fixed-width copy's paragraph, whose short
    lines are no calendar's ("... via live webcast at *web.example.com/2668*, on Wednesday,\nFebruary
    19, 2025 at 8:30 a.m. PST. The record date for")."""
    if line_start == 0:
        return False
    above_start, above_end = doc.line_at(line_start - 1)
    above = doc.text[above_start:above_end].rstrip()
    if above.rpartition(" ")[2] in _OPEN_ENDED_WORDS:
        return True  # "... 9pm (Hong Kong) / on / Wednesday, December 10, 2008 to discuss ...": a word that leads on
    return (
        len(above) >= _WRAP_WIDTH
        and (above[-1:].isalnum() or above.endswith(","))
        and _LOWER_RUN.search(above) is not None
    )


_WRAP_WIDTH = 60  # characters: a line this long that ends mid-sentence was wrapped
_OPEN_ENDED_WORDS = frozenset({"on", "at", "of", "in", "from", "to", "the", "and", "for", "by", "until", "through"})
_LOWER_RUN = safe_compile(r"\b\p{Ll}{2,20}\s\p{Ll}{2,20}\s\p{Ll}{2,20}\b")


def _payout_item(doc: Document, start: int, end: int) -> bool:
    """A date in a list of key dates (after a bullet, or on a short line) whose item names a
    payout or a results release: a calendar of dates, not an event."""
    text = doc.text
    line_start, line_end = doc.line_at(start)
    floor = max(line_start, start - 80)
    bullet = max(text.rfind(mark, floor, start) for mark in _BULLETS)
    report = _REPORT_ITEM.search(text, line_start, start)
    if (
        report is not None
        and not text[line_start : report.start()].strip(" \t*_•-")  # the line opens with the report's name
        and line_end - line_start <= 120
        and not _MEETING_ITEM.search(text, line_start, line_end)
    ):
        return True  # "Interim Report January – March on Wednesday 24 April approximately at 3.00 pm"
    if bullet >= 0:
        item_start = bullet
    elif line_end - line_start <= 80 and not _wrapped_prose_above(doc, line_start):
        item_start = line_start
        item = (start, line_end)
        below = line_end
        if not text[end:line_end].strip(" \t|*_-–:"):
            item = _next_line(doc, line_end)  # "|04 November 2021" / "|Interim report – Q2 2021/22"
            below = _next_line(doc, item[1])[1]  # and a second item under it: "Capital markets day"
        # "08 May Interim Report, Q1 2024": a calendar line names its item after the date.
        if _REPORT_ITEM.search(text, *item) and not _MEETING_ITEM.search(text, line_start, max(item[1], below)):
            return True
        if _DEADLINE_ITEM.search(text, *item):
            return True  # "07 February Deadline for receipt of resolutions for the AGM"
    else:
        return False
    if _PAYOUT_ITEM.search(text, item_start, start) is not None:
        return True
    # "• | Starting May 4, 2018 | Payment of cash dividend |": a bulleted row names its item after the date
    # (up to the next bullet: "∙ ... Meeting 24 September 2013 ∙ Final dividend payment date ...")
    item_end = min([line_end, *(at for mark in _BULLETS if (at := text.find(mark, end, line_end)) >= 0)])
    return (
        bullet >= 0
        and _PAYOUT_ITEM.search(text, end, item_end) is not None
        and not _MEETING_ITEM.search(text, end, item_end)
    )


_PLACE_THEN = safe_compile(r"[ \t*_]{0,3}\p{Lu}[\p{L}.' -]{1,40},[ \t]{1,2}")
_PLACE_DASH_BEFORE = safe_compile(
    r"\p{Lu}[\p{L}.'-]{1,25},[ \t]\p{Lu}[\p{L}.'-]{1,25}(?:[ \t]\p{Lu}[\p{L}.'-]{1,25}){0,2}[ \t][-–—]{1,2}[ \t]$"
)
_DASH_AFTER = safe_compile(r"[ \t][-–—]{1,2}[ \t]\p{Lu}")
# "Basel, Switzerland, October 6, 2011 - Basilea ...": a dateline's place, its date after it
_DATELINE_PLACE = safe_compile(
    r"[ \t*_]{0,4}\p{Lu}[\p{L}.'-]{1,25}(?:\s\p{Lu}[\p{L}.'-]{1,25}){0,2},(?:\s\p{Lu}[\p{L}.'-]{1,25}){0,3},?\s"
)
_STAMP_TIME_AFTER = safe_compile(r"[ \t]{0,2}/[ \t]{0,2}\d{1,2}:\d\d\b")
# "26-Apr-2019 / 16:08 MSK": an EQS header's stamp, before the time.
# ("26-Apr-2019 / 16:08 MSK", "24.05.2024 / 13:17 CET/CEST": an EQS page's stamp)
_EQS_STAMP_BEFORE = safe_compile(r"(?:\d{1,2}-\p{Lu}\p{Ll}{2}-\d{4}|\d{1,2}\.\d{1,2}\.\d{4})[ \t]{0,2}/[ \t]{0,2}$")
# "Free for publication on 19 March 2009 at 3.30 pm (CET+1)", "Embargoed until 07:00 GMT": the
# release's own hour, over its body (no event named between the words and the time).
_PUBLICATION_STAMP = safe_compile(
    r"(?i:(?:free\s)?for\s(?:publication|release|distribution)|embargo(?:ed)?\s(?:until|till|to)"
    r"|not\sfor\s(?:publication|release|distribution)\s(?:before|until))"
    r"(?![^\n]{0,60}?(?i:call|webcast|meeting|conference|presentation|webinar))[^\n]{0,60}$"
)
_PUBLICATION_REACH = 80  # characters before the time


def _next_line(doc: Document, after: int) -> tuple[int, int]:
    """The next line with text after offset ``after`` (a line end), if it is short."""
    for a, b, line in doc.lines(min(len(doc.text), after + 1), min(len(doc.text), after + 400)):
        if line.strip():
            return (a, b) if b - a <= 120 else (after, after)
    return after, after


# "grant a proxy to the Chairman of the Meeting before Wednesday, 28 October 2020 at 3:00 p.m.":
# a day something must be done before is a deadline (an hour "before 9:00 hours CET" times an event)
_BEFORE_DAY = safe_compile(r"\bbefore\s$", regex.IGNORECASE)


def _led_away(text: str, floor: int, start: int, written_with: list[TimeMention] | list[DateMention]) -> bool:
    """A date or time written right after a time or date whose lead denies an event: "originally
    set for 8:30 a.m. ET on Wednesday, February 25", "no later than 9 November 2022 at 23.59"."""
    for other in written_with:
        if other.end <= start <= other.end + 8 and _JOINED.fullmatch(text, other.end, start):
            if _postponed_until(text, other.start, floor):
                return False
            return _denies_event(text, floor, other.start) or (
                isinstance(other, DateMention)
                and bool(_BEFORE_DAY.search(text, max(floor, other.start - 8), other.start))
            )
    return False


def _postponed_until(text: str, at: int, floor: int = 0) -> bool:
    """ "postpone the meeting initially scheduled for May 5, 2020 until June 8, 2020 at 3:00 pm":
    the day a postponement moves the event to, which "until" does not make an end."""
    return _POSTPONED_UNTIL.search(text, max(floor, at - 200), at) is not None


# (or adjourned: "The Annual Meeting was adjourned until Tuesday, October 25, 2022 at 10:00 a.m.")
_POSTPONED_UNTIL = safe_compile(
    # ("the AGM was suspended until 29 April 2005 at 15h00": or suspended)
    r"\b(?:postpon|adjourn|suspend)\w{0,6}\b[^.;]{0,160}\buntil\s{1,3}\Z",
    regex.IGNORECASE,
    needs=("postpon", "adjourn", "suspend"),
)


def _dated_after(text: str, time: TimeMention, dates: list[DateMention]) -> bool:
    """ "... for the three months ended March 31, 2022, at 8 a.m. EDT on Thursday, April 28": a
    time followed by its own date is that date's, whatever came before it."""
    return any(
        time.end <= d.start <= time.end + 8 and d.relative is None and _JOINED.fullmatch(text, time.end, d.start)
        for d in dates
    )


_RESTATED_IN_BRACKETS = safe_compile(r"[ \t]{0,8}\([^()\n]{4,60}\)[ \t]{1,3}(?:on[ \t]{1,3})?")


_DATE_THEN_TIME = safe_compile(r"[ \t]{0,2},?[ \t]{0,2}(?:at[ \t]{1,2})?")


def _dated_by_an_unusable_day(
    text: str, time: TimeMention, dates: list[DateMention], usable: list[DateMention]
) -> bool:
    """The day written just before the time ("Tuesday, May 7, 2024, at 5:00 P.M.") is a deadline's
    or a record date's: the hour is that day's, so no other day may claim it."""
    at = bisect.bisect_right([d.end for d in dates], time.start)
    if at == 0:
        return False
    day = dates[at - 1]
    return (
        day.relative is None
        and _DATE_THEN_TIME.fullmatch(text, day.end, time.start) is not None
        and all(d is not day for d in usable)
    )


def _date_for_time(
    doc: Document, usable: list[DateMention], starts: list[int], time: TimeMention, sentence: int
) -> DateMention | None:
    """The nearest usable date in the time's sentence, else the nearest before it (within
    the same paragraph or 1200 characters). ``usable`` is sorted by offset; ``starts`` are their offsets."""
    text = doc.text
    s_start, s_end = doc.sentences()[sentence]
    # "Before the Annual General Meeting, from 11.00 am to 12.30 pm EEST, ...": a side event
    # on the day of an event named further up the notice.
    reach = 2400 if _BESIDE_AN_EVENT.search(text, s_start, s_end) else 1200
    floor = max(0, time.start - reach)
    near = usable[bisect.bisect_left(starts, min(floor, s_start)) : bisect.bisect_left(starts, s_end)]
    same = [
        d
        for d in near
        if s_start <= d.start < s_end
        and not _in_replay_clause(text, s_start, d.start)
        and not (d.start > time.end and _DAY_OF_A_LATER_TIME.search(text, max(time.end, d.start - 24), d.start))
    ]
    explicit = [d for d in same if d.relative is None]
    same = explicit or same
    # A calendar's row: "11 April 2019  Annual general meeting (... at 15:00 hours CET)" over
    # "7 May 2019 Interim report": the date on the time's own line, however far.
    line_start, line_end = doc.line_at(time.start)
    same = [d for d in same if line_start <= d.start < line_end] or [
        # "TIME: 8:30 A.M. (Shanghai) / 8:30 P.M. (New York ... on Thursday, August 8th)": a later
        # row's date with its own time before it is that time's day
        d
        for d in same
        if d.start < line_start
        or not _CLOCK.search(text, doc.line_at(d.start)[0], d.start)
        # ("10:00 a.m. Eastern Time\n(9:00 a.m. Central Time) on June 7": the same time restated, wrapped)
        or _RESTATED_IN_BRACKETS.fullmatch(text, doc.line_at(d.start)[0], d.start) is not None
        # ("at 11 a.m.\n(Pacific time), 2:00 p.m. (Eastern time) on Thursday, Feb. 27": the time's own
        # zone wrapped on to the date's line, and the time restated there)
        or time.end > doc.line_at(d.start)[0]
    ]
    # "Date: Thursday, February 27 / Time: 2:00 p.m. ET / Raymond James Conference Date: Tuesday,
    # March 4" with the blank lines lost: a later line's "Date:" opens the next event's rows.
    same = [d for d in same if d.start < line_end or not _DATE_LABEL_BEFORE.search(text, max(0, d.start - 12), d.start)]
    if _SAME_DAY_BEFORE.search(text, max(line_start, time.start - 80), time.start):
        # "|March 11, 2020 / |Annual Report 2019 – investor meeting same date at 15:00 CET / |April
        # 14, 2020": the day named before it, not the next row's
        earlier = [d for d in near if d.end <= time.start and d.relative is None]
        if earlier:
            return earlier[-1]
    if same:
        return min(same, key=lambda d: _distance_to_time(text, d, time))
    row_below = _date_row_below(doc, usable, time)
    if row_below is not None:
        return row_below
    before = [d for d in near if floor <= d.start < s_start]
    placed = _date_of_place_named(text, before, s_start, s_end)
    if placed is not None:
        return placed
    for mention in reversed(before):
        m_start, _ = doc.sentence_at(mention.start)
        if _in_replay_clause(text, m_start, mention.start):
            continue
        if _denies_event(text, m_start, mention.start):
            # "... Meetings to be held on 31 October 2016, approved by the Board of Nominees on 21
            # September 2016 ... / ... commencing 13:00 hours": a date led away from any event
            continue
        return mention
    if doc.release_date is not None and bisect.bisect_left(starts, time.start) == 0 and _has_cue(text, s_start, s_end):
        # "Denver, Colorado, March 30, 2020 – Acme ... meeting ... will now be held at the Company's
        # office at the same time (11:00 am MDT). The date of the Meeting remains unchanged and will be
        # held on April 30, 2020.": the next sentence dates it
        later = _date_in_next_sentence(doc, usable, starts, sentence)
        if later is not None:
            return later
        # "Release of material regarding second quarter on 10 August 2005" over "03.08.2005: ...
        # the presentation in Oslo at 08.30 a.m.": the one later day the headline names.
        headline_day = _headline_day(doc)
        if headline_day is not None:
            return headline_day
        # "The presentation will be webcasted at 09:30 (CET)." with no date anywhere above:
        # the day of the release, as "today" would be.
        return DateMention(time.start, time.start, None, None, None, None, relative="today")
    return None


def _date_in_next_sentence(
    doc: Document, usable: list[DateMention], starts: list[int], sentence: int
) -> DateMention | None:
    """The one explicit date of the sentence after ``sentence``, in the same paragraph, that a
    meeting's or call's own words lead to ("will be held on April 30, 2020")."""
    sentences = doc.sentences()
    if sentence + 1 >= len(sentences):
        return None
    n_start, n_end = sentences[sentence + 1]
    if doc.paragraph_at(n_start) != doc.paragraph_at(sentences[sentence][0]):
        return None
    dates = [
        d for d in usable[bisect.bisect_left(starts, n_start) : bisect.bisect_left(starts, n_end)] if d.relative is None
    ]
    if len(dates) != 1 or not _HELD_ON_BEFORE.search(doc.text, max(n_start, dates[0].start - 24), dates[0].start):
        return None
    return dates[0]


_HELD_ON_BEFORE = safe_compile(r"\b(?:held|take\splace|convene|begin|start)\s(?:on\s)?$")


def _headline_day(doc: Document) -> DateMention | None:
    """The one date the headline (above the body) names, when it falls after the release date."""
    body = body_start(doc)
    if not body or doc.release_date is None:
        return None
    later = {
        day: mention
        for mention in find_dates(doc.text, 0, body)
        if (day := resolve(mention, doc.release_date)) is not None and day > doc.release_date
    }
    return next(iter(later.values())) if len(later) == 1 else None


_CLOCK = safe_compile(r"\d[:.]\d\d")
_TIME_LABEL = safe_compile(r"[ \t|*_]{0,4}time[ \t|*_]{0,3}:[ \t|*_]{0,4}", regex.IGNORECASE)
_DATE_LABEL = safe_compile(r"[ \t|*_]{0,4}date[ \t|*_]{0,3}:", regex.IGNORECASE)
_DATE_LABEL_BEFORE = safe_compile(r"\bdate[ \t|*_]{0,3}:[ \t|*_]{0,4}$", regex.IGNORECASE)


def _date_row_below(doc: Document, usable: list[DateMention], time: TimeMention) -> DateMention | None:
    """ "TIME: | 03:00 PM (India Standard time) | DATE: | 29 September 2023": a details table
    whose time row comes first takes the date of the "DATE:" row under it, not one further up."""
    text = doc.text
    index = doc.line_index(time.start)
    own_start = doc.line_bounds(index)[0]
    if _TIME_LABEL.match(text, own_start):
        first_row = index  # "TIME: 03:00 PM"
    elif index > 0 and _TIME_LABEL.fullmatch(text, *doc.line_bounds(index - 1)):
        first_row = index - 1  # "TIME: |" over "03:00 PM |"
    else:
        return None
    if any(_DATE_LABEL.match(text, *doc.line_bounds(above)) for above in range(max(0, first_row - 2), first_row)):
        return None  # "Date: ... / Time: ...": the date row is above, as usual
    for below in range(index + 1, min(index + 4, len(doc.line_starts))):
        start, end = doc.line_bounds(below)
        if not text[start:end].strip():
            return None  # (the block ends at an empty line: the next block's date is not this time's)
        if _DATE_LABEL.match(text, start, end):
            row_end = doc.line_bounds(min(below + 1, len(doc.line_starts) - 1))[1]
            return next((d for d in usable if start <= d.start < row_end), None)
    return None


_SAME_DAY_BEFORE = safe_compile(r"\b(?:(?:the\s)?same\s(?:date|day)|that\sday)\b", regex.IGNORECASE)


# "today at 2:00 p.m. PDT, 5:00 p.m. EDT, and 5:00 a.m. (August 3, 2006) Hong Kong time": the day in
# brackets after a later time is that time's, in its zone, not the first time's.
_DAY_OF_A_LATER_TIME = safe_compile(r"\d{1,2}[:.]\d\d[ \t]?(?:[AaPp]\.?[Mm]\.?)?[ \t]?\($")


def _distance_to_time(text: str, date: DateMention, time: TimeMention) -> int:
    """How far a date is from a time, a date in brackets after it with a time of its own counting
    as far: "May 13, 2019, at 9:00 a.m. Beijing Time (May 12, 2019 at 9:00 p.m. Eastern Daylight
    Time)" restates the instant in another zone, whose day is its own; "at 8:00 a.m. EDT (Thursday,
    May 5)" is the time's day."""
    if date.start >= time.end:
        restated = "(" in text[time.end : date.start] and _TIME_IN_BRACKET.match(text, date.end) is not None
        return date.start - time.end + (len(text) if restated else 0)
    # "at 6:00 p.m. EST on 5 March 2015 (10:00 a.m. AEDT on 6 March 2015)": the bracket's time
    # is on the bracket's day, not on the day before the bracket opened
    outside = "(" in text[date.end : time.start] and _dated_in_bracket(text, time.end)
    return time.start - date.end + (len(text) if outside else 0)


def _dated_in_bracket(text: str, start: int) -> bool:
    """Whether the bracket a time stands in names a day after it ("... AEDT on 6 March 2015)")."""
    close = text.find(")", start, start + 60)
    return close > 0 and bool(find_dates(text, start, close))


_TIME_IN_BRACKET = safe_compile(r"[^)\n]{0,30}?\d{1,2}[:.]\d\d")


# "in Toronto on Wednesday, April 9, and in New York on Thursday, April 10": a place, then its day.
_PLACE_BEFORE_DATE = safe_compile(
    r"\bin\s(?P<place>\p{Lu}[\p{L}.'-]{2,20}(?:\s\p{Lu}[\p{L}.'-]{1,20}){0,2})\s(?:on\s)?$"
)


def _date_of_place_named(text: str, before: list[DateMention], s_start: int, s_end: int) -> DateMention | None:
    """ "... an Investor Day in Toronto on Wednesday, April 9, and in New York on Thursday,
    April 10. There will be a webcast of the Toronto presentation beginning at 11 AM": of the
    days named with a place, the one whose place the time's sentence names."""
    for mention in reversed(before):
        lead = _PLACE_BEFORE_DATE.search(text, max(0, mention.start - 40), mention.start)
        if lead is not None and text.find(lead["place"], s_start, s_end) >= 0:
            return mention
    return None


_PAST_MEETING = safe_compile(
    r"\b(?:were|was|have\sbeen|has\sbeen)\s(?:duly\s|all\s|also\s|not\s)?(?:approved|elected|re-?elected|passed|adopted|carried"
    r"|held|convened|concluded)\b"
    # "At Acme Ltd.'s annual shareholders' meeting held today, approval was received"
    # (not the board's: "its Board of Directors at a meeting held today gave its approval for calling
    # the General Assembly ... on Friday, March 26, 2021 at 10:00 a.m."; the look-behind comes after
    # the words, so it runs only where they are)
    # ("The Board of Directors of the Company at its meeting held today have decided to hold the AGM")
    r"|(?<!\bbe\s)\bheld\stoday\b(?<!\b(?:board|directors|committee)\b[^.\n]{0,48}held\stoday)"
    # "On 31 July 2019 at 9:30 (EET) AB Acme held a conference webinar for its shareholders"
    r"|(?<!\bbe\s)\b(?:held|hosted|conducted)\s(?:a|an|its)\b"
    # "reports the director election voting results from its annual general meeting held today"
    r"|\b(?:voting|vote|election)\sresults\s(?:from|of|at)\b"
    # "Detailed results of the vote for the election of directors held at the virtual Annual Meeting on ..."
    r"|\bresults\sof\s(?:the\s)?(?:vote|voting|ballot)s?\b"
    # "The Acme Corporate Conference Call took place on 14-Mar-06 10:00am ET"
    r"|\b(?:took|has\staken|had\staken)\splace\b"
    # "At today's special meeting ..., approximately 97 percent of the votes cast"
    r"|\bvotes\scast\b"
    # "At today's Annual General Meeting, Jane Rowe, Chairman, told shareholders: ..."
    r"|\b(?:told|informed|addressed)\s(?:the\s)?(?:shareholders|stockholders|members|meeting)\b"
    # "Press release from the Annual General Meeting of Acme AB (publ) on March 31, 2011": its report
    r"|\b(?:press\srelease|bulletin|communiqu[eé]|resolutions|report)\sfrom\sthe\s(?:annual\s|extraordinary\s)?"
    r"(?:general|shareholders'?|stockholders'?)\smeeting\b",
    regex.IGNORECASE,
    needs=(
        "press release from",
        "bulletin from",
        "communiqu",
        "resolutions from",
        "report from",
        "took",
        "taken",
        "votes cast",
        "approved",
        "elected",
        "passed",
        "adopted",
        "carried",
        "held",
        "convened",
        "concluded",
        "results",
        "hosted",
        "conducted",
        "told",
        "informed",
        "addressed",
    ),
)
_BESIDE_AN_EVENT = safe_compile(
    r"\b(?:before|after|following|prior\sto|ahead\sof)\sthe\s(?:annual\sgeneral\smeeting|extraordinary\sgeneral\smeeting"
    r"|general\smeeting|AGM|EGM|meeting)\b",
    regex.IGNORECASE,
    needs=("meeting", "agm", "egm"),
)
# The verbs that date a release when "today" stands beside them: "today announced", "announced today".
_SAID = (
    r"(?:announced|announces|reported|reports|said|says|released|issued|declared|confirmed|unveiled"
    r"|provided|provides|published|publishes|advised|advises|notified|notifies"  # "today provided an update"
    r"|highlighted|highlights"  # "today highlighted a key opinion leader presentation at the ... Summit"
    # "The Board of Directors ... today recommended that the annual general meeting approve ..."
    r"|recommended|approved|resolved|decided|received|filed|completed|closed|signed"
    r"|announce|report|provide|publish|confirm)"  # "we today announce changes to the format of the AGM"
)
_ANNOUNCED_BEFORE = safe_compile(rf"\b{_SAID}\s{{1,2}}$", regex.IGNORECASE)
_ANNOUNCED = safe_compile(rf"\s{{0,2}}(?:,\s)?{_SAID}\b", regex.IGNORECASE)


def _is_announcement_today(text: str, mention: DateMention) -> bool:
    """ "today announced", "announced today" date the release, not an event."""
    if mention.relative != "today":
        return False
    return bool(
        _ANNOUNCED.match(text, mention.end)
        or _ANNOUNCED_BEFORE.search(text, max(0, mention.start - 20), mention.start)
        or _DID_TODAY.match(text, mention.end)
    )


# "Acme today discussed several new initiatives with analysts at its Investor Day": an event
# the release reports as held (not "to be held today", whose verb comes before the day).
# ("The Company today dispatched a circular to shareholders convening an Extraordinary General
# Meeting": the day the papers went out)
_DID_TODAY = safe_compile(
    r"\s{1,2}(?:discussed|presented|hosted|held|outlined|reviewed|dispatched|posted|mailed|sent|published|issued)\b",
    regex.IGNORECASE,
)


_AND_BETWEEN = safe_compile(r"\s{0,2}(?:,|and|or|&)\s{0,2}(?:,|and|or|&)?\s{0,2}")


def _listed_after_a_non_event(text: str, floor: int, mention: DateMention) -> bool:
    """ "the circulars dated April 30, 2019 and May 10, 2019": a date listed after one whose lead
    denies an event shares that lead."""
    # ("dated 8th April 2020, 13th April 2020 and 5th May 2020": back along the list to its lead)
    for _ in range(_LIST_REACH):
        if not text[max(floor, mention.start - 6) : mention.start].rstrip().endswith((",", "and", "or", "&")):
            return False  # (no list before it: the common case, decided without reading dates)
        before = find_dates(text, max(floor, mention.start - 40), mention.start)
        if not before:
            return False
        previous = before[-1]
        if not _AND_BETWEEN.fullmatch(text, previous.end, mention.start):
            return False
        if _leads_away(text[max(floor, previous.start - LEAD) : previous.start]):
            return True
        mention = previous
    return False


_LIST_REACH = 6  # dates a list may run before the one read


# "... also announced today that its Board has set Thursday, June 12, 2008 as the date of the annual
# meeting of stockholders": the date named as the event's, whatever was announced.
_DATE_OF_EVENT = safe_compile(
    r",?\s{1,3}as\sthe\s(?:date|day)\s(?:of|for)\s(?:the\s|its\s|our\s)?(?:\w+\s){0,2}?"
    r"(?:annual|special|extraordinary|general|shareholders'?|stockholders'?)\s(?:\w+\s)?meeting",
    regex.IGNORECASE,
)


_ONWARDS_AFTER = safe_compile(r"[ \t,]{0,2}(?:and\s)?onwards?\b", regex.IGNORECASE)
_SECOND_CALL_AFTER = safe_compile(
    # ("..., at the same time and place, at second call": a Spanish notice's way)
    # (never past the first call's own words: "at 6.00 PM CET on first call, and, if necessary, on ...")
    r"(?:(?!\bfirst\s(?:call|calling|convocation)\b)[^.;()\n]){0,60}?"
    r"\b(?:in|at|on)\s(?:the\s)?(?:second|third)\s(?:call|calling|convocation)\b",
    regex.IGNORECASE,
)
# "released today the agenda for its April 9, 2013 Annual General Meeting": the date names the meeting;
# "will report today at the Goldman Sachs 12th Annual Cyclicals and Specialty Materials Forum": the gathering
_EVENT_NAMED_AFTER = safe_compile(
    r",?\s{1,3}(?:(?:annual|special|extraordinary|general|ordinary|shareholders['’]?|stockholders['’]?)\s){1,3}"
    r"meeting\b|,?\s{1,3}(?:AGM|EGM|investor\sday|capital\smarkets?\sday)\b"
    r"|\s{1,3}at\s(?:the\s)?(?-i:(?:(?:[\p{Lu}\d][\w&'’.-]{0,25}|and|of|on|for|&)\s){1,10}?"
    r"(?:Conference|Forum|Summit|Symposium))\b",
    regex.IGNORECASE,
)


def _presented_that_day(text: str, start: int, end: int) -> bool:
    """ "... its report on 27 February, by way of a webcast": the publication presented live;
    not "... earnings as Wednesday, October 28, with a conference call to follow Thursday,
    October 29": the call has a day of its own."""
    presented = _PRESENTED_BY.search(text, start, end) or _FOLLOWED_BY_CALL.search(text, start, end)
    return presented is not None and not find_dates(text, presented.end(), end)


_ON_DAY_OPENING = safe_compile(r"\s{0,4}On\s")
_DECIDED_AFTER = safe_compile(
    r",?\s(?:the\s)?(?:[\w-]{1,20}\s){0,5}?(?:took\sthe\sdecision|decided|approved|resolved|adopted|recommended)\b"
)


_RNS_HEADER = safe_compile(r"[ \t*_|]{0,4}RNS\s(?:Number|No\.?)\s{0,2}:")


# An Indian notice's table of the days its register is shut, the meeting named in its purpose column.
_BOOK_CLOSURE = Words(("book closure", "book-closure", "books closure"))
_BOOK_CLOSURE_REACH = 300  # characters: the table's heading row over its date cells


_HELD_LATER = safe_compile(r"\b(?:be\sheld|be\shosted|take\splace|taking\splace)\s{1,2}$", regex.IGNORECASE)


def _date_only_event(doc: Document, text: str, s_start: int, s_end: int, mention: DateMention) -> bool:
    """A date with no time makes an event when its sentence speaks of one, the date is not a
    period end or a replay's, and the sentence is not only about publishing results."""
    if mention.relative is not None and (
        # ("At the AGM of Acme plc, to be held later today, the Chairman will ...": still to come)
        (
            mention.relative not in ("today", "tomorrow")
            and not (
                mention.relative.startswith("later")
                and _HELD_LATER.search(text, max(0, mention.start - 30), mention.start)
            )
        )
        or _earlier_today(text, mention)
        # ("will report today at the Goldman Sachs ... Forum that ...": said at a gathering today)
        or (_is_announcement_today(text, mention) and not _EVENT_NAMED_AFTER.match(text, mention.end))
    ):
        return False
    lead_start = _lead_start(doc, mention.start, s_start)
    lead = text[lead_start : mention.start]
    if (
        # ("is postponing until June 30, 2023 its annual and special meeting": the meeting's new day)
        (_leads_away(lead) and not _postponed_until(text, mention.start, s_start))
        or _FAR_LEAD.search(text, _lead_start(doc, mention.start, s_start, 2 * LEAD), mention.start)
        or _BEFORE_DAY.search(lead)
        or _PERIOD_AT.search(lead)
        or _registration_opens(lead)
        or _deadline_subject(doc, mention.start)
        or _listed_after_a_non_event(text, s_start, mention)
        or _cites_a_rule(text, mention)
    ):
        return False
    if _ON_DAY_OPENING.fullmatch(text, s_start, mention.start) and _DECIDED_AFTER.match(text, mention.end):
        return False  # "On 27 March 2020, the Supervisory Board took the decision to convene ...": a past decision
    label = _calendar_label_above(doc, mention) or _calendar_label_below(doc, mention)
    if label is not None:
        # A calendar of label lines over date lines: "Annual Report 2019 / March 12, 2020 / Annual
        # General Meeting / April 2, 2020": the date's own label names its event, not the next one.
        s_start, s_end = label
    # The words that must name an event, looked for first: most dates have none near them, and
    # the checks below cost some twenty pattern calls a date.
    line_start, line_end = doc.line_at(mention.start)
    if _opens_calendar_row(doc, mention.start):
        cue_start, cue_end = line_start, line_end  # a calendar's row: its own words name its event
        if not text[mention.end : line_end].strip(" \t*|") and line_end < len(text):
            # "April 26, 2024 / Ordinary Annual Shareholders' Meeting": a date alone, its label under it
            below_end = doc.line_at(line_end + 1)[1]
            if not _DATE_ROW.match(text, line_end + 1, below_end):
                cue_end = below_end
    else:
        cue_start, cue_end = max(s_start, mention.start - REACH), min(s_end, mention.end + REACH)
        body = body_start(doc)
        if body is not None and cue_start < body <= mention.start:
            # "Fortuna ... Confirms AGM date / Vancouver, May 9, 2017 — Fortuna ... will release its
            # financial statements ... on Monday, May 15, 2017": the headline, run on into the dateline's
            # sentence, names no event of the body's dates
            cue_start = max(cue_start, doc.line_at(body)[0])
    cue = (
        EVENT_CUE.search(text, cue_start, cue_end)
        or _GLUED_CUE.search(text, cue_start, cue_end)
        or _heading_over_date_row(doc, mention.start)
        or _lead_over_list_item(doc, mention.start)
    )
    # (a card's date: its cue is the card's heading; and its lines under it say what it is)
    card = _lead_over_card(doc, mention.start)
    cue = cue or card
    if cue is None:
        return False
    if _BOOK_CLOSURE.spans(text, max(0, mention.start - _BOOK_CLOSURE_REACH), mention.start) and _date_alone(
        doc, mention.start
    ):
        return False  # "Book Closure (both dates inclusive) | From | To | ... | Tuesday, July 13": a register shut
    if label is not None:
        if _REPORT_ITEM.search(text, *label) and not _MEETING_ITEM.search(text, *label):
            return False
        if _DEADLINE_LABEL.match(text, *label):
            return False  # "Deadline for submission of shareholder proposals to the Annual General Meeting"
    elif (
        _NAMED_AS_DEADLINE.match(text, mention.end)
        or _payout_item(doc, mention.start, mention.end)
        or _report_row(doc, mention.start)
        or _report_named_after(doc, mention)
        or _deadline_row(doc, mention)
    ):
        return False
    if (
        _BOARD_MEETING.search(text, line_start, mention.start)
        and not text[mention.end : line_end].strip(" \t*|.")
        and not _CALL_OR_WEBCAST.search(text, line_start, mention.start)
    ):
        return False  # "Meeting of the Board of Directors February 27, 2020": a calendar's row for the board
    if SIGNATORY_AFTER.match(text, mention.end):
        return False  # "(Securities code: 9069) June 9, 2017 Yasuhisa Fukuda Representative Director": a letter's date
    if _SECOND_CALL_AFTER.match(text, mention.end):
        return False  # "and, if necessary, on May 9, 2011, at the same place and time, in second call": a fallback day
    if _ONWARDS_AFTER.match(text, mention.end):
        return False  # "the Company will acquire from 2 November 2018 onwards": a period's first day
    if _STAMP_TIME_AFTER.match(text, mention.end) or _on_time_stamp(doc, mention.start):
        return False  # "26-Apr-2019 / 16:08 MSK": an EQS header's stamp; "August 08 2012 - 2:53PM": a portal's
    if said_on(text, mention.start, mention.end):
        return False  # "On May 3, 2018 Acme Corp. reported that it will ...": the day it said so
    if _RECORD_CLAUSE.search(text, max(s_start, mention.start - 160), mention.start) or _IN_THE_REGISTER.match(
        text, mention.end
    ):
        # "Holders of record of ... common stock on October 19, 2018, will be eligible to vote"; "Each
        # shareholder, who is registered on 10 March 2025 in the shareholders' register of the Company"
        return False
    if _document_out(text, s_start, mention.start):
        return False  # "This notice of the annual general meeting will be available on the website on April 25"
    if (
        _AFTER_THAT.search(lead)
        and _STAYS_AVAILABLE.search(text, s_start, s_end)
        and not _LIVE.search(text, s_start, s_end)
    ):
        return False  # "After March 20th, the webcast will be available on the Company's website": its archive
    if (
        _PLACE_THEN.fullmatch(text, line_start, mention.start)
        and not text[mention.end : line_end].strip(" .,*_")
        and not _GATHERING.search(text, line_start, mention.start)  # ("UBS Conference, September 9, 2026")
    ):
        return False  # "Allerød, 27 May 2021" on its own line: the release's date
    if (
        _PLACE_DASH_BEFORE.search(text, max(0, mention.start - 60), mention.start)
        or _DATELINE_PLACE.fullmatch(text, line_start, mention.start)
    ) and _DASH_AFTER.match(text, mention.end):
        # "... policy Moscow, Russia - April 26, 2019 - Rostelecom PJSC": a run-on copy's dateline;
        # "Basel, Switzerland, October 6, 2011 - Basilea ...": the dateline, restated over the body
        return False
    if (
        mention.start < _STAMP_REACH
        and _is_release_date(doc, mention)
        and (
            not text[line_start:line_end].strip(" .*_#|").replace(text[mention.start : mention.end], "")
            # ("20 September 2019Company Announcements Office": a PDF's transcription lost the line break)
            or (not text[line_start : mention.start].strip(" .*_#|") and text[mention.end : mention.end + 1].isupper())
            or (
                _STAMP_AFTER_TITLE.fullmatch(text, line_start, mention.start)
                and not text[mention.end : line_end].strip(" .*_")
            )
        )
    ):
        # "03 April 2020" alone on the page's first line, over "Revised AGM arrangements"; "Pre-Annual
        # General Meeting Information • Mar 22, 2023": the page's title and its date
        return False
    if _RNS_HEADER.match(text, line_start, mention.start):
        return False  # "RNS Number : 5020U UK Oil & Gas PLC 08 August 2025": an RNS header's date
    past = _PAST_MEETING.search(text, s_start, s_end)
    if past is not None and past.start() <= mention.start < past.end():
        # "at the annual general and special meeting ... held today (the "Meeting"), Shareholders voted
        # in favour of ... pursuant to which Acme will acquire ...": the day's own words say it is past
        return False
    if (
        past is not None
        and not _FUTURE.search(text, s_start, s_end)
        and not _ADJOURNED_TO.search(text, max(s_start, mention.start - 200), mention.start)
    ):
        return False  # "were approved at the meeting held on February 10, 2025", "Today, the EGM was held"
    if (
        _CALLED_OFF.search(text, mention.end, s_end)
        or _superseded(text, s_start, s_end, mention.start, mention.end)
        or _PUT_OFF_BEFORE.search(text, max(s_start, mention.start - 400), mention.start)
    ):
        return False  # "originally scheduled for February 11, has been postponed"
    if _in_replay_clause(text, s_start, mention.start):
        return False
    s_start, s_end = cue_start, cue_end
    if _not_an_event(text, s_start, s_end):
        return False
    if _MEETINGS_IN_GENERAL.fullmatch(cue.group()) and all(
        _MEETINGS_IN_GENERAL.fullmatch(c.group()) for c in EVENT_CUE.finditer_list(text, cue.end(), s_end)
    ):
        return False  # "guidance on the conduct of general meetings during the period from 27 March 2020"
    after = text[s_start : min(doc.line_at(mention.start)[1], s_end + 250)]
    if cue.group().lower() in _BARE_VERB_CUES or cue.group().lower() in _GATHERING_CUES:
        # "will participate in the ROTH Conference ..." over "..., where they are scheduled to host
        # one-on-one meetings": the paragraph below says what taking part means
        after = text[s_start : _paragraph_below_end(doc, mention.start)]
    if card is not None:
        # a card's lines under its date say what it is: "1x1 Meetings Only"
        after = text[card.start() : _card_end(doc, mention.end)]
    if _ONE_ON_ONE.search(after) and not _PUBLIC_EVENT.search(after):
        return False  # "Symposium, February 18. Management will host one-on-one meetings."
    lead = text[max(s_start, mention.start - 120) : mention.start]
    line_start = doc.line_at(mention.start)[0]
    if not text[line_start : mention.start].strip(" \t*•|-") and _ROW_ITEM_AFTER.match(text, mention.end):
        lead = ""  # a calendar's row, "Wednesday 14 September Annual General Meeting": the row above is not its lead
    # "will host" or "participate" first names no event (the date is often another's: a record
    # date, the release's); "will host an Investor Day in Toronto on ..." and "to participate in
    # a conference call scheduled for ..." do.
    if cue.group().lower() in _BARE_VERB_CUES and not _HOSTS_NAMED_EVENT.match(text, cue.start(), s_end):
        return False
    lead = _own_line_lead(doc, lead, mention.start)
    if (
        _RESULTS_ONLY.search(lead)
        and not EVENT_CUE.search(lead)
        and not _presented_that_day(text, mention.end, s_end)
        and not _DATE_OF_EVENT.match(text, mention.end, s_end)
        and not _EVENT_NAMED_AFTER.match(text, mention.end, s_end)
        and not _postponed_until(text, mention.start, s_start)  # ("announced ... it is postponing until June 30")
    ):
        return False
    return (
        mention.year is not None
        or mention.weekday is not None
        or mention.relative is not None
        or doc.release_date is not None
        or _joined_to_a_dated_day(text, mention)
    )


_DAYS_OF_ONE_EVENT = 3  # days: "March 3 and 4", "November 30 and December 1" name one event's days
_DAYS_OF_A_SPAN = 7  # days a congress's span may cover: "May 31-June 4"
_JOINING_DAYS = safe_compile(r"\s{1,3}(?:and|&|to|through|until|[-–])\s{1,3}")


def _joined_to_a_dated_day(text: str, mention: DateMention) -> bool:
    """ "Capital Markets Day on November 30 and December 1, 2017": the next day written gives its year."""
    joined = _JOINING_DAYS.match(text, mention.end, min(len(text), mention.end + 12))
    if joined is None:
        return False
    after = find_dates(text, joined.end(), min(len(text), joined.end() + 40))
    return bool(after) and after[0].start == joined.end() and after[0].year is not None


def _calendar_label_above(doc: Document, mention: DateMention) -> tuple[int, int] | None:
    """A calendar of label lines over date lines ("Annual Report 2019 / March 12, 2020 / Annual
    General Meeting / April 2, 2020"): the label line above a date that stands alone on its
    line, when the calendar's first row opens with a label. None for other layouts (dates over
    their labels, prose)."""
    text = doc.text
    line_start, line_end = doc.line_at(mention.start)
    if line_start == 0 or text[line_start:line_end].strip(" \t*_|.") != text[mention.start : mention.end]:
        return None  # (not alone on its line: the common case, decided without reading dates)
    label = doc.line_at(line_start - 1)
    expect_label, top_is_label, at, rows = True, False, line_start, 0
    for _ in range(_CALENDAR_ROWS):
        if at == 0:
            break
        a, b = doc.line_at(at - 1)
        # (not the sentence that introduces the calendar: "... is as follows:", "... looks as follows.")
        row = text[a:b].strip(" \t|")
        if row.strip(" *_:").lower() in _TABLE_HEADS:
            break  # "|Date / |Description": a table's head, whose first column is the dates
        if (
            expect_label
            and 0 < b - a <= 100
            and row[-1:] not in ("", ":")
            and not row.lower().rstrip(" .").endswith("follows")
            and not find_dates(text, a, b)
        ):
            top_is_label = True
        elif not expect_label and _date_alone(doc, a):
            top_is_label = False
        else:
            break
        expect_label, at, rows = not expect_label, a, rows + 1
    # (a row of its own above, at least: one label alone could be a second label under a date;
    # or the table's head, "Event / Date", whose order the rows keep)
    if rows < 3 and not (top_is_label and _label_then_date_head(doc, at)):
        return None
    if not top_is_label or label[0] == label[1] or WHEN_LABEL.match(text, *label):
        return None
    return label


_TABLE_HEADS = frozenset({"description", "event", "events", "item", "activity", "subject", "details"})


def _label_then_date_head(doc: Document, at: int) -> bool:
    """The two lines above offset `at` are a flattened table's head, a label column's then "Date"."""
    if at == 0:
        return False
    date_head = doc.line_at(at - 1)
    if doc.text[date_head[0] : date_head[1]].strip(" \t|*_:").lower() not in _WHEN_HEADS or date_head[0] == 0:
        return False
    label_head = doc.line_at(date_head[0] - 1)
    return 0 < len(doc.text[label_head[0] : label_head[1]].strip(" \t|*_:")) <= 30


def _calendar_label_below(doc: Document, mention: DateMention) -> tuple[int, int] | None:
    """A table of dates over their labels, flattened one cell to a line ("12\nMarch 2024\n
    Preliminary results\n24\nMay 2024\nAnnual General Meeting"): the label under a date that
    fills its line or two (the label's line and, wrapped, the next), when a row like it sits
    right below or above."""
    text = doc.text
    first_start = doc.line_at(mention.start)[0]
    last_end = doc.line_at(max(mention.start, mention.end - 1))[1]
    if text[first_start:last_end].strip(" \t*_|.") != text[mention.start : mention.end] or last_end >= len(text):
        return None
    label_start, label_end = doc.line_at(last_end + 1)
    if label_start == label_end and label_end < len(text):
        # "24 March / (blank) / Annual General Meeting / (blank) / 18 May": rows spaced by blank lines
        return _spaced_row_below(doc, label_end)
    if not 0 < label_end - label_start <= 100 or find_dates(text, label_start, label_end):
        return None
    # The next row's date under the label, or under its second line.
    for _ in range(2):
        if label_end >= len(text):
            break
        if _dates_fill(doc, label_end + 1):
            return label_start, label_end
        after = doc.line_at(label_end + 1)
        if after[1] - after[0] > 100 or find_dates(text, *after):
            break
        label_end = after[1]
    # The row above: its label's line or two right over this date, its date over them.
    at = first_start
    for _ in range(4):
        if at == 0:
            break
        at = doc.line_at(at - 1)[0]
        if at < first_start and _dates_fill(doc, at) and doc.line_at(at)[1] < first_start - 1:
            return label_start, doc.line_at(last_end + 1)[1]
    return None


def _on_time_stamp(doc: Document, offset: int) -> bool:
    stamp = time_stamp_line(doc)
    return stamp is not None and stamp[0] <= offset < stamp[1]


# "in its regularly scheduled July 16, 2001 earnings release and on its July 17, 2001 conference call"
_EARNINGS_RELEASE = safe_compile(r"(?:earnings|results)\s(?:press\s|news\s)?release\b", regex.IGNORECASE)


def _report_named_after(doc: Document, mention: DateMention) -> bool:
    """A date the report it publishes follows, with no event named before the next date: "15 May
    Interim Report, Q1 15 August Interim Report, Q2", a calendar run on to one line (the meeting
    on its other rows names no event of these)."""
    text = doc.text
    at = mention.end
    while at < min(len(text), mention.end + 4) and text[at] in " \t:|–—-":
        at += 1
    end = min(doc.line_at(at)[1], at + 80)
    if not (_REPORT_ITEM.match(text, at, end) or _EARNINGS_RELEASE.match(text, at, end)):
        return False
    later = find_dates(text, at, end)
    return not EVENT_CUE.search(text, at, later[0].start if later else end)


def _report_row(doc: Document, offset: int) -> bool:
    """A calendar row whose line holds a date, and maybe its time, alone, and whose label names a
    report's publication: "Q1 report: 13 May 2020, 08:00 CET", or "|Results and interim report /
    quarter 1/2020" over "|Wednesday, 13 May 2020, 8:00 a.m." (the label's one or two lines above,
    up to a line with a date). `offset` is the date's or the time's start."""
    text = doc.text
    a, b = doc.line_at(offset)
    if b - a > 120:
        return False  # (a paragraph, not a row: decided without reading dates)
    rows = text[max(0, a - 240) : b].lower()
    if not any(word in rows for word in _REPORT_WORDS):
        return False  # (no report named on the row or above it: the common case)
    dates = find_dates(text, a, b)
    if not dates and a > 0:
        # "21 May 2021 / Annual results announcement / 07:30 CET": a calendar's time row under
        # its label, under its date
        times = find_times(text, a, b)
        if len(times) != 1 or text[a:b].strip(" \t|*_.,") != text[times[0].start : times[0].end]:
            return False
        label = doc.line_at(a - 1)
        return (
            0 < label[1] - label[0] <= 100
            and not find_dates(text, *label)
            and bool(_REPORT_ITEM.search(text, *label))
            and not _MEETING_ITEM.search(text, *label)
        )
    if len(dates) != 1:
        return False
    tail = dates[0].end
    times = find_times(text, tail, b)
    if len(times) == 1 and text[tail : times[0].start].strip(" \t|*_,") in ("", "at", "from"):
        tail = times[0].end
    if text[tail:b].strip(" \t|*_.,"):
        return False  # (the common case: a date or time inside prose)
    label = a, dates[0].start
    head = text[a : dates[0].start]
    if head.strip(" \t|*_:-–") and not (head.rstrip(" *_")[-1:] in (":", "|", "-", "–") or "\t" in head):
        return False  # a sentence's date ("The analysts' briefing on the results will take place on ..."), not a row's
    if not head.strip(" \t|*_:-–"):
        if a == 0:
            return False
        label = doc.line_at(a - 1)
        if find_dates(text, *label):
            return False
        if label[0] > 0:
            above = doc.line_at(label[0] - 1)
            if 0 < above[1] - above[0] <= 100 and not find_dates(text, *above):
                label = above[0], label[1]
    return bool(_REPORT_ITEM.search(text, *label)) and not _MEETING_ITEM.search(text, *label)


def _spaced_row_below(doc: Document, blank_end: int) -> tuple[int, int] | None:
    """The label line after the blank line under a date, when the line after the next blank
    line holds the next row's date alone: a calendar spaced by blank lines, dates over labels."""
    text = doc.text
    label_start, label_end = doc.line_at(blank_end + 1)
    if not 0 < len(text[label_start:label_end].strip()) <= 100 or find_dates(text, label_start, label_end):
        return None
    gap_start, gap_end = doc.line_at(min(len(text), label_end + 1))
    if label_end >= len(text) or text[gap_start:gap_end].strip() or gap_end >= len(text):
        return None
    return (label_start, label_end) if _dates_fill(doc, gap_end + 1) else None


def _dates_fill(doc: Document, line_start: int) -> bool:
    """One date fills this line, or this line and the next ("24\nMay 2024")."""
    a, b = doc.line_at(line_start)
    if b < len(doc.text):
        b = doc.line_at(b + 1)[1] if not find_dates(doc.text, a, b) else b
    dates = find_dates(doc.text, a, b)
    return len(dates) == 1 and doc.text[a:b].strip(" \t*_|.") == doc.text[dates[0].start : dates[0].end]


_DATE_LABEL_ROW = safe_compile(
    r"[ \t|*_]{0,4}(?:\d{1,2}\.[ \t]{0,2})?"
    r"(?i:date(?:[ \t](?:and|&)[ \t]time)?[ \t]of[ \t](?:the[ \t])?meeting)[ \t:|]{0,4}"
)


def _heading_over_date_row(doc: Document, offset: int) -> regex.Match[str] | None:
    """ "Conference call details / Date: Thursday, 14 May 2020": a details block's date row, the
    event named by the short heading a few lines above it."""
    line_start, line_end = doc.line_at(offset)
    index = doc.line_index(line_start)
    if not WHEN_LABEL.match(doc.text, line_start, line_end):
        # "|2. Date and Time of Meeting" over "|2022-01-28": a filing's table, the label on the row above
        label = next(doc.filled_lines_above(index, 2), None)
        if (
            doc.text[line_start:offset].strip(" \t|*_")
            or label is None
            or not _DATE_LABEL_ROW.fullmatch(doc.text, *label)
        ):
            return None
        index = doc.line_index(label[0])
    for seen, (a, b) in enumerate(doc.filled_lines_above(index, 5), start=1):
        if b - a > 120 or seen > 3:
            return None
        cue = EVENT_CUE.search(doc.text, a, b)
        if cue is not None:
            return cue
    return None


def _lead_over_list_item(doc: Document, offset: int) -> regex.Match[str] | None:
    """ "Acme management will participate in the following upcoming investor events:" over
    "• EnerCom Denver Energy Conference - Denver - August 18-19, 2026": a list's item, the event
    named by the sentence that leads in to the list (the items above it are its neighbours)."""
    line_start, line_end = doc.line_at(offset)
    if not _LIST_ITEM.match(doc.text, line_start, line_end):
        return None
    gathering = _GATHERING.search(doc.text, line_start, line_end)
    if gathering is None:
        return None
    for a, b in doc.filled_lines_above(doc.line_index(line_start), _LIST_ITEMS):
        if _LIST_ITEM.match(doc.text, a, b):
            continue
        if doc.text[a:b].rstrip(" \t*_").endswith(":") and EVENT_CUE.search(doc.text, a, b):
            return gathering  # (the item's own gathering, not the lead's "participate", is the event)
        return None
    return None


def _lead_over_card(doc: Document, offset: int) -> regex.Match[str] | None:
    """ "... will participate in the following investor conferences:" over cards of short lines,
    "Beta Bank Global Space Summit / New York, New York, USA / November 15, 2023": a card's date
    alone on its line, its gathering named on a line of the card above it, the lead in to the
    cards above them all."""
    line_start, line_end = doc.line_at(offset)
    if line_end - line_start > _CARD_DATE_LINE:
        return None  # (a card's date line is short; and a long line's dates are not read again for each)
    dates = find_dates(doc.text, line_start, line_end)
    # (or a span of days written whole: "November 28 – November 29, 2022")
    span = len(dates) == 2 and _SPAN_JOIN.fullmatch(doc.text, dates[0].end, dates[1].start) is not None
    if not (len(dates) == 1 or span) or not _CARD_DATE_TAIL.fullmatch(doc.text, dates[-1].end, line_end):
        return None  # (the date alone on its line, or a span of days: "November 16-17, 2023")
    gathering: regex.Match[str] | None = None
    if doc.text[line_start : dates[0].start].strip(" \t*_|•-"):
        # ... or after its gathering's name on a card of one line: "UBS Conference, September 9, 2026"
        if _GATHERING_THEN_DATE.fullmatch(doc.text, line_start, dates[0].start) is None:
            return None
        gathering = _GATHERING.search(doc.text, line_start, dates[0].start)
    for seen, (a, b) in enumerate(doc.filled_lines_above(doc.line_index(line_start), _CARD_REACH), start=1):
        if doc.text[a:b].rstrip(" \t*_").endswith(":") and EVENT_CUE.search(doc.text, a, b):
            return gathering
        if b - a > _CARD_LINE:
            return None  # (prose above: no cards)
        if gathering is None and seen <= _CARD_LINES:
            gathering = _GATHERING.search(doc.text, a, b)
            if gathering is None and find_dates(doc.text, a, b):
                return None  # (the card above's date before this card's gathering: no card of its own)
    return None


def _card_end(doc: Document, offset: int) -> int:
    """Where the card holding offset ends: before the next card's heading (a line naming a
    gathering) or a date, or after a few lines."""
    line_start, end = doc.line_at(offset)
    bulleted = _LIST_ITEM.match(doc.text, line_start, end) is not None
    for seen, (a, b) in enumerate(doc.filled_lines_below(doc.line_index(end), _CARD_REACH), start=1):
        line = doc.text[a:b].rstrip(" \t*_")
        if bulleted and _LIST_ITEM.match(line) is None:
            break  # (a card of bullets ends at the next card's heading: "- November 17-18, 2022" / ...)
        if seen > _CARD_LINES * 2 or len(line) > 2 * _CARD_LINE or (len(line) > _CARD_LINE and line.endswith(".")):
            break  # (the paragraph under the cards is no card's: "Further information ... webcast ...")
        if _GATHERING.search(line) or find_dates(doc.text, a, b):
            break  # (the next card's heading, or a date of its own)
        end = b
    return end


# ("September 10,\n2026": the year wrapped on to the next line)
_CARD_DATE_TAIL = safe_compile(r"(?:[ \t]?[-–][ \t]?\d{1,2})?(?:,?[ \t](?:19|20)\d\d)?[ \t*_|.,]{0,6}")
_CARD_REACH = 64  # lines walked up the cards to the sentence that leads in to them
_CARD_LINE = 100  # characters: a card's lines are short
_CARD_DATE_LINE = 60  # ... its date's line shorter still ("- November 28 – November 29, 2022")
_CARD_LINES = 3  # a card's lines above its date


_LIST_ITEM = safe_compile(r"[ \t]{0,8}(?:[•·▪◦‣*]|-(?=[ \t]))[ \t]{1,4}\S")
_GATHERING_WORDS = r"(?:Conference|Summit|Forum|Symposium|Showcase|Investor\sDay|Capital\sMarkets\sDay)"
_GATHERING = safe_compile(rf"\b{_GATHERING_WORDS}\b")
# A short line naming a gathering, then the date: "Jefferies Industrials Conference, September 10,"
_GATHERING_THEN_DATE = safe_compile(
    rf"[ \t*_|•-]{{0,4}}\p{{Lu}}[^\n,:;.]{{0,60}}\b{_GATHERING_WORDS}\b(?:[ \t]\p{{Lu}}[\w&'-]{{0,20}}){{0,3}}"
    r"[ \t]?[,–-][ \t]{0,2}"
)
_LIST_ITEMS = 12  # lines walked up a list to the sentence that leads in to it


_CALENDAR_ROWS = 24  # lines walked up a calendar to find its first row
_DEADLINE_LABEL = safe_compile(
    r"[ \t*_|:–-]{0,4}(?:final\s)?(?:deadline|record\sdate|last\s(?:day|date)|cut-?off|ex-dividend|payment"
    r"|dividend|proxy"
    # "Expected date for convening the annual general meeting": the day its notice goes out
    r"|(?:expected\s)?(?:date\sfor\s)?(?:convening|convocation|notice|notification|publication)\b)",
    regex.IGNORECASE,
)


def _deadline_row(doc: Document, mention: DateMention) -> bool:
    """A date opening its line, a deadline or a notice's day after it: "19 February 2018 Deadline
    for ... to be included in the agenda for the Annual General Meeting", "28 February 2018
    Convening for the Annual General Meeting" (a financial calendar's rows, blank lines between)."""
    line_start = doc.line_at(mention.start)[0]
    return not doc.text[line_start : mention.start].strip(" \t*•|-") and bool(
        _DEADLINE_LABEL.match(doc.text, mention.end)
    )


def _date_alone(doc: Document, line_start: int) -> bool:
    """A line that holds one date and nothing else."""
    a, b = doc.line_at(line_start)
    dates = find_dates(doc.text, a, b)
    return len(dates) == 1 and doc.text[a:b].strip(" \t*_|.") == doc.text[dates[0].start : dates[0].end]


_STAMP_REACH = 200  # characters: a page's date stamp sits on one of its first lines
_STAMP_AFTER_TITLE = safe_compile(r"[^\n]{1,160}?[ \t][•·|][ \t]{1,3}")


def _is_release_date(doc: Document, mention: DateMention) -> bool:
    released = doc.release_date
    return released is not None and (mention.year, mention.month, mention.day) == (
        released.year,
        released.month,
        released.day,
    )


# Meetings in the plural name a kind of meeting, not one to put in a calendar.
_ROW_ITEM_AFTER = safe_compile(r"[ \t]{1,6}\p{Lu}")
_MEETINGS_IN_GENERAL = safe_compile(
    r"(?:general|annual|special|shareholders?'?|stockholders?'?)\smeetings", regex.IGNORECASE
)
# The day that fixes who may vote: "Holders of record of Acme's Class A common stock on October
# 19", "shall be entered in the share register ... on Tuesday 15 May", "The "Record Date" is".
_IN_THE_REGISTER = safe_compile(
    r",?[ \t]{1,3}in[ \t](?:the[ \t])?(?:\w{1,20}[ \t]){0,2}?"
    r"(?:shareholders['’]?|share|stockholders['’]?)[ \t]register",
    regex.IGNORECASE,
)
_RECORD_CLAUSE = safe_compile(
    # ("at the end of the accounting day of the General Shareholders Meeting (23 April 2015)": the
    # Baltic record day)
    # ("The established date for the headcount of the shareholders of the ... meeting is March 9": Lithuanian)
    r"\b(?:of\srecord|record\sdate|record\sday|headcount|share\sregister|register\sof\s(?:(?:share|stock)holders|members)"
    r"|accounting\sday)\b"
    # (not "$": it would match before the newline that ends a row above; a line break inside a
    # sentence a fixed-width copy wrapped, lower case under it, does not end the clause)
    r"(?:[^.;:∙•·|\n]|\n(?=\p{Ll})){0,120}+\Z",
    regex.IGNORECASE,
)


def _document_out(text: str, start: int, end: int) -> bool:
    """A document made available, not an event; but "A webcast of the conference call and
    accompanying presentation slides will be available at 5:00 p.m. EDT today": the webcast too."""
    # (the last one, and near: a transcribed PDF's "sentence" can run on from the documents sent to
    # the meeting's date)
    documents = _DOCUMENT_OUT.finditer_list(text, max(start, end - _DOCUMENT_REACH - 160), end)
    if not documents or documents[-1].end() < end - _DOCUMENT_REACH:
        return False
    if _HELD_ON.search(text, documents[-1].end(), end):
        # "the Notice of AGM ... will be dispatched following an Extraordinary General Meeting ('EGM')
        # to be held on 3 May 2002": a meeting named after the document, its own day
        return False
    return not _WEBCAST_AND_DOCUMENT.search(text, start, documents[-1].end())


_HELD_ON = safe_compile(r"\b(?:to\sbe|will\sbe|is\sto\sbe)\sheld\s(?:on\s)?$", regex.IGNORECASE)


_DOCUMENT_REACH = 120  # characters from a document's "will be available" to the date or time it gives


_WEBCAST_AND_DOCUMENT = safe_compile(
    r"\b(?:webcast|conference\scall)\b[^.;]{0,80}?\band\s(?:the\s|its\s)?(?:accompanying\s)?(?:presentation|slides)",
    regex.IGNORECASE,
)
_DOCUMENT_OUT = safe_compile(
    r"\b(?:notice|document|documents|circular|proxy\sstatement|materials|minutes|annual\sreport|statement|statements"
    r"|press\srelease|report"
    # "Details for the webcast and phone line will be made available the week of March 29, 2021"
    r"|details"
    # "An accompanying presentation of the results will be available after market close on July 25"
    r"|accompanying\spresentation|slides|slide\s(?:deck|presentation)|presentation\s(?:slides|materials?|deck)"
    # "... together with the accompanying form of proxy, has been despatched to the Shareholders on"
    r"|forms?\sof\sproxy|proxy\sforms?"
    # "the invitation to the EGM, which will be published on or about December 11, 2020"
    r"|invitation)\b"
    r"[^.;]{0,80}?\b(?:(?:will\s(?:also\s)?be|has\sbeen|have\sbeen|was|were"
    # "the invitation, which is planned to be published in the Federal Gazette on June 16, 2020"
    r"|(?:is|are)\s(?:planned|scheduled|expected|due)\sto\sbe)\s(?:made\s)?"
    r"(?:available|published|posted|distributed|sent|mailed|despatched|dispatched)"
    # "the proxy statement which UST expects to mail during the week of October 27th"
    r"|(?:expects?|plans?|intends?)\sto\s(?:mail|publish|post|send|distribute))\b"
    # "A presentation for use in the telephone conference will be published on the company's
    # website ... from 08:00 CET on 4 January 2008": a presentation published is a document
    r"|\bpresentation\b[^.;]{0,80}?\b(?:will\s(?:also\s)?be|has\sbeen)\s(?:published|posted)\b",
    regex.IGNORECASE,
)
_AFTER_THAT = safe_compile(r"\b(?:after|from|beginning|starting)\s(?:on\s)?$", regex.IGNORECASE)
_STAYS_AVAILABLE = safe_compile(
    r"\bwill\s(?:also\s)?(?:be|remain|continue\sto\sbe)\s(?:available|accessible|archived|posted)\b", regex.IGNORECASE
)
_BARE_VERB_CUES = frozenset({"host", "hosts", "hosting", "participate", "participating", "broadcast"})
# A brokers' gathering a firm attends: "will attend ROTH's Technology Event, held on November 19th"
# over "This year's event will consist of 1-on-1 / small group meetings" (its format, below).
_GATHERING_CUES = frozenset({"event", "conference", "summit", "forum", "symposium"})
_HOSTS_NAMED_EVENT = safe_compile(
    # ("is hosting a Key Opinion Leader (KOL) symposium in New York City on Thursday 11 October 2018")
    r"(?i:host|hosts|hosting|participate\sin|participating\sin)\s(?:(?:an?|its|the|our)\s)?(?:[\w()-]{1,15}\s){0,4}?"
    r"(?i:investor\sday|analyst\sday|capital\smarkets?\sday|r&d\sday|conference\scall|webcast|webinar|teleconference"
    r"|symposium"
    # "invites the bondholders ... to participate in a second bondholders' meeting, which will take place on"
    r"|(?:share|stock|unit|bond|note)holders['’]?\smeeting|general\smeeting)\b"
    # "will participate in the Emerging Growth Conference on August 20, 2025"
    # ("... in the 37th Annual JP Morgan Health Care Conference", "... in the 2019 Acme Summit")
    r"|(?i:participate|participating)\sin\sthe\s(?:(?:\d{1,3}(?:st|nd|rd|th)|(?:19|20)\d\d)\s)?"
    r"(?:\p{Lu}[\w&.'-]{0,20}\s){1,6}?(?:Conference|Summit|Forum|Symposium)\b"
)


# Joining items to events ------------------------------------------------------------------


def _attach(drafts: list[_Draft], items: list[DialInItem] | list[CodeItem] | list[LinkItem] | list[ReplayItem]) -> None:
    """Each item goes to the event named nearest before it; items above the first event
    go to the first."""
    anchors = sorted((a, i) for i, d in enumerate(drafts) for a in d.anchors)
    for item in items:
        owner = drafts[anchors[0][1]]
        for anchor, index in anchors:
            if anchor <= item.start:
                owner = drafts[index]
        if isinstance(item, DialInItem):
            (owner.replay_dial_ins if item.role == "replay" else owner.dial_ins).append(item)
        elif isinstance(item, CodeItem):
            owner.codes.append(item)
        elif isinstance(item, LinkItem):
            owner.links.append(item)
        else:
            owner.replays.append(item)


def _attach_to_named_platform(doc: Document, drafts: list[_Draft], link: LinkItem) -> bool:
    """A link on the platform an event's own sentence names ("a short Q&A session on Friday 11
    June 2021 at 10.00 a.m. BST via the Investor Meet Company platform", the link on
    investormeetcompany.com) goes to that event, though another is named nearer above it."""
    if link.url is None or len(drafts) < 2:
        return False
    platform = platform_of(link.url, WEBINAR_HOSTS)
    if platform is None:
        return False  # (the issuer's own site names the issuer, which every event's sentence may name)
    core = platform.rsplit(".", 1)[0].replace("-", "")
    if len(core) < 5:
        return False
    for draft in drafts:
        named_at = draft.anchors[0] if draft.anchors else None
        sentence = doc.text[slice(*doc.sentence_at(named_at))].lower() if named_at is not None else ""
        if core in "".join(ch for ch in sentence if ch.isalnum()):
            draft.links.append(link)
            return True
    return False


# "webcasts of the presentations", "will webcast the live events", "both calls": a link
# offered for several events at once.
_FOR_SEVERAL = safe_compile(
    r"\b(?:the\s(?:live\s)?(?:events|presentations|conferences|webcasts|calls|sessions|fireside\schats)"
    r"|(?:each|every)\s(?:event|presentation|conference|session|call)"
    r"|(?:both|all|these|all\sof\sthe)\s(?:live\s)?(?:events|presentations|conferences|sessions|calls|webcasts)"
    # "Replays will be posted ... and will be available for at least 30 days following": one for each
    r"|(?-i:Replays)\s(?:will|are|of))\b",
    regex.IGNORECASE,
    needs=(
        "events",
        "presentation",
        "conference",
        "webcasts",
        "calls",
        "sessions",
        "chats",
        "each",
        "every",
        "replays",
    ),
)


def _share_across_events(doc: Document, drafts: list[_Draft]) -> None:
    """A webcast link, or a replay, whose sentence offers it for several events goes to every
    event that has none of its own, not only to the nearest one."""
    if len(drafts) < 2:
        return
    for draft in drafts:
        for link in draft.links:
            if not link.webcast or link.url is None:
                continue
            s_start, s_end = doc.sentence_at(link.start)
            if not _FOR_SEVERAL.search(doc.text, s_start, s_end):
                continue
            for other in drafts:
                if other is not draft and not any(item.webcast for item in other.links):
                    other.links.append(link)
        for replay in draft.replays:
            # "A replay will also be archived on the site for at least one week following each event."
            if _FOR_SEVERAL.search(doc.text, replay.start, replay.end):
                for other in drafts:
                    if other is not draft and not other.replays:
                        other.replays.append(replay)


def _resolve_same_place(links: list[LinkItem]) -> list[LinkItem]:
    """ "as described above" / "at the same location" take the last webcast address before them."""
    resolved: list[LinkItem] = []
    last: str | None = None
    for link in links:
        if link.url is None:
            if last is None:
                continue
            link = LinkItem(link.start, link.end, last, link.webcast, False, link.replay)
        elif link.webcast:
            last = link.url
        resolved.append(link)
    return resolved


def _unique_dial_ins(items: list[DialInItem]) -> tuple[DialIn, ...]:
    seen: set[str] = set()
    out: list[DialIn] = []
    for item in items:
        if item.dial_in.number not in seen:
            seen.add(item.dial_in.number)
            out.append(item.dial_in)
    return tuple(out)


def _best_code(codes: list[CodeItem]) -> CodeItem | None:
    return min(codes, key=lambda c: (c.rank, c.start)) if codes else None


def _webcast_link(doc: Document, links: list[LinkItem]) -> LinkItem | None:
    """The first webcast link; but a site's home page gives way to a deep link its own
    sentence offers next ("a live webcast available on www.acme.no, or with the following
    link: https://events.webcast.no/acme/..."): that one plays the event."""
    webcasts = [link for link in links if link.webcast]
    first = next(iter(webcasts), None)
    if (
        first is not None
        and first.registration
        # (the words before it, across the blank line a copy may set between them and the link)
        and _PHONE_SIGN_UP.search(doc.text, max(0, first.start - _SIGN_UP_REACH), first.start)
    ):
        # "To access the conference call, please preregister on https://register... / A live webcast
        # of the event can be accessed on https://edge...": the phone line's sign-up, then the webcast's own
        first = next(
            (
                link
                for link in webcasts
                if not link.registration and link.url and _LIVE_WEBCAST.search(_label_of(doc, link))
            ),
            first,
        )
    label = _label_of(doc, first) if first is not None else ""
    if (
        first is not None
        and len(label.strip()) <= _SHORT_LABEL
        and _PRESENTATION.search(label)
        and not _NAMES_THE_WEBCAST.search(label)
    ):
        # "To view the presentation, visit https://... / To view the webcast, visit https://...":
        # the link the release calls the webcast plays the event; the presentation's shows slides.
        named = (
            link
            for link in webcasts
            if first.end < link.start <= first.end + _NAMED_WEBCAST_REACH
            and link.url
            and len(_label_of(doc, link).strip()) <= _SHORT_LABEL
            and _NAMES_THE_WEBCAST.search(_label_of(doc, link))
        )
        first = next(named, first)
    if first is None or first.url is None or not _HOME_PAGE.fullmatch(first.url):
        return first
    sentence_end = doc.sentence_at(first.start)[1]
    deeper = (
        link
        for link in webcasts
        if first.start < link.start < sentence_end
        and link.url
        and not _HOME_PAGE.fullmatch(link.url)
        # "... on www.acme.no, or with the following link: https://...": offered instead; but "at
        # www.acme.com (direct link: https://...)", "or directly at https://...", "or via: https://..."
        # and "on the website, www.acme.com and https://event.on24.com/...": the first counts.
        and _INSTEAD.search(doc.text, first.end, link.start)
    )
    return next(deeper, first)


def _label_of(doc: Document, link: LinkItem) -> str:
    """The words before a link in its sentence, on its line: what the release calls it."""
    return doc.text[max(doc.sentence_at(link.start)[0], doc.line_at(link.start)[0], link.start - 200) : link.start]


_PRESENTATION = safe_compile(r"\bpresentation\b", regex.IGNORECASE)
_PHONE_SIGN_UP = safe_compile(r"\b(?:conference\scall|teleconference|dial|phone|telephone)", regex.IGNORECASE)
_SIGN_UP_REACH = 120  # characters before a registration link read for the phone line it signs up to
_LIVE_WEBCAST = safe_compile(r"\blive\s(?:audio\s|video\s)?webcast\b", regex.IGNORECASE)
_NAMES_THE_WEBCAST = safe_compile(
    r"\b(?:webcast|web\scast|webinar|listen|stream|watch|live|broadcast|audio)", regex.IGNORECASE
)
_NAMED_WEBCAST_REACH = 600  # characters after the presentation's link
_SHORT_LABEL = 60  # characters: "To view the webcast, visit", a line's call to follow the link


_HOME_PAGE = safe_compile(r"(?:https?://)?(?:www\.)?[\w-]{1,63}(?:\.[\w-]{1,63}){1,3}/?")
_INSTEAD = safe_compile(r"\bor\s(?:with|through|by|using)\sthe\sfollowing\slink\b", regex.IGNORECASE)


def _build(doc: Document, draft: _Draft) -> Event:
    live_codes = [c for c in draft.codes if c.role == "live"]
    replay_codes = [c for c in draft.codes if c.role == "replay"]
    live_code = _best_code(live_codes)
    webcast = _webcast_link(doc, draft.links)
    registration = next((link for link in draft.links if link.registration and link.url), None)
    spans = dict(draft.spans)
    if live_code:
        spans["passcode"] = (live_code.start, live_code.end)
    if webcast:
        spans["webcast_url"] = (webcast.start, webcast.end)
    if registration:
        spans["registration_url"] = (registration.start, registration.end)
    return Event(
        kind=draft.kind,
        title=draft.title,
        date=draft.date,
        starts_at=draft.starts_at,
        timezone=draft.zone,
        dial_ins=_unique_dial_ins(draft.dial_ins),
        passcode=live_code.code if live_code else None,
        webcast_url=webcast.url if webcast else None,
        registration_url=registration.url if registration else None,
        replay=_build_replay(doc, draft, replay_codes, live_code),
        spans=spans,
    )


_PHONE_REPLAY = safe_compile(r"\b(?:telephon\w*|phone|dial\w*|call-in|toll|teleconference)", regex.IGNORECASE)
_SAME_CODE = safe_compile(
    r"\bsame\s(?:conference\s|access\s|participant\s)?(?:id|code|passcode|pin|password|number)\b"
    # "... dial (855) 859-2056 and enter the conference ID provided above"
    r"|\b(?:id|code|passcode|pin|password)\s(?:provided|given|listed|shown|noted)\s(?:above|earlier)\b",
    regex.IGNORECASE,
)


def _build_replay(
    doc: Document, draft: _Draft, replay_codes: list[CodeItem], live_code: CodeItem | None
) -> Replay | None:
    if not (draft.replays or draft.replay_dial_ins or replay_codes):
        return None
    spans: dict[str, tuple[int, int]] = {}
    until: dt.date | None = None
    available_from: dt.date | None = None
    base = draft.date or doc.release_date
    # The phone replay's window first; the web archive's only where the phone replay states none.
    # A sentence that states a day goes before one that states a duration ("... accessible
    # through August 13" over "also archived on the website for six months").
    replays = sorted(
        draft.replays,
        key=lambda item: (not _PHONE_REPLAY.search(doc.text, item.start, item.end), item.until is None),
    )
    for item in replays:
        if until is None and item.until is not None:
            until = _resolve(doc, item.until, base)
            if until is not None:
                spans["available_until"] = (item.until.start, item.until.end)
        if until is None and item.until_duration is not None and draft.date is not None:
            until = add_duration(draft.date, item.until_duration)
            spans["available_until"] = (item.until_duration.start, item.until_duration.end)
        if available_from is None and item.available_from is not None:
            available_from = _resolve(doc, item.available_from, base)
    code = _best_code(replay_codes)
    if (
        code is None
        and live_code is not None
        and (
            any(_SAME_CODE.search(doc.text, item.start, item.end) for item in draft.replays)
            # "calling 1-888-203-1112 (same passcode)": said beside the replay's number
            or any(_SAME_CODE.search(doc.text, item.end, item.end + 30) for item in draft.replay_dial_ins)
        )
    ):
        code = live_code  # "dial 1-844-512-2921 and use the same conference ID"
    if code:
        spans["passcode"] = (code.start, code.end)
    replay_url = next((link for link in draft.links if link.replay), None)
    return Replay(
        available_from=available_from,
        available_until=until,
        dial_ins=_unique_dial_ins(draft.replay_dial_ins),
        passcode=code.code if code else None,
        url=replay_url.url if replay_url else None,
        spans=spans,
    )
