"""The extraction stage: an article in, the violent incidents it reports out.

``extract(article) -> list[Event]`` reads sentence by sentence. A sentence (or a clause of
it, split at "، إضافة إلى"، "، فيما"...) with a violent trigger is analysed for actors,
places and casualty counts; consecutive clauses about the same site and toll form one
event, while a new site, a different toll for the same group, or "هجوم آخر/ثالث" starts
another. Background tolls ("الأسبوع الماضي"، "منذ بداية العام"، "وكانت ... قد") are left out.
Those phrases are data: ``lexicons/incidents.yaml``.
No I/O beyond the gazetteers and lexicons, which load once per process.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from streams.extraction.actors import (
    ROLE_RANK,
    ActorMention,
    actor_entries,
    assign_roles,
    attributed_attackers,
    claimed_by_anaphor,
    find_actors,
    named_countries,
    own_forces,
    to_actor,
    unknown_attackers,
)
from streams.extraction.actors import lexicon as actor_lexicon
from streams.extraction.arabic import (
    ARTICLE,
    COMMAS,
    SEMICOLONS,
    SENTENCE_MARKS,
    normalize,
    normalize_with_offsets,
    tokens,
    trie_regex,
)
from streams.extraction.casualties import (
    CasualtyItem,
    agent_spans,
    combine,
    find_casualties,
    fold_restated,
    militants_group,
)
from streams.extraction.claims import (
    denies,
    find_claimants,
    is_disputed,
    retold_by_another_account,
    rival_accounts,
)
from streams.extraction.data import Strict, load
from streams.extraction.dates import (
    is_dated_entry,
    names_an_earlier_date,
    names_earlier_year,
    names_past_day,
    parse_published,
    resolve_date,
)
from streams.extraction.event_types import Trigger, event_type, find_triggers, names_an_act
from streams.extraction.numbers import parse_quantity
from streams.extraction.places import (
    LEVELS,
    Context,
    PlaceEntry,
    PlaceMention,
    admin1_of,
    article_context,
    contains,
    find_place_mentions,
    lookup,
    main_country,
    outlet_country,
)
from streams.records import Article, Casualties, Event, stable_id

__all__ = [
    "MAX_TEXT", "article_from_text", "calls_itself_another", "calls_itself_second", "extract", "preload",
]

# Place ranks (``places.LEVELS``): a subdistrict or town is a site; wider areas are not.
DISTRICT = LEVELS.index("district")
SUBDISTRICT = LEVELS.index("subdistrict")
TOWN = LEVELS.index("town")
# A period after a lone letter is an initial ("الجندي م. ياسين"), not a sentence end.
SENTENCE_END = re.compile(rf"(?<=[{re.escape(SENTENCE_MARKS)}])(?<!\s[^\W\d]\.)\s+|\n+")
# The marks that join a ticker headline's parts ("في منطقة البحيرة.. 17 قتيلاً").
TICKER_JOINS = ("..", "…")
# Bounded work per article: news articles are far shorter; longer input is cut, not refused.
MAX_TEXT = 200_000
# Where a dateline's place words end: its agency in brackets or its dash.
DATELINE_END = re.compile(r"\s*[(\-–—]")
LIST_COLON = re.compile(r"(?<=\D):(?=\s)")
# a bracket within a sentence: "(الثاني منذ تفجير ديسمبر الذي قتل فيه أربعة)"
BRACKET = re.compile(r"\([^()\n]{3,300}\)")
# A live page's item opens with its clock time: "10:35 | ..."، "9:00 ص - ..."
STAMP = re.compile(r"^\W*\d{1,2}:\d{2}(?!\d)")
MAX_SENTENCE = 2_000
# The word of "since" phrases ("منذ بدء الحرب"), normalised.
SINCE = "منذ"
# Enough of a line to hold its opener ("اقرأ أيضاً:"، "مواضيع ذات صلة").
RELATED_PREFIX = 40
# The longest related headline listed one a line under its opener; a longer line is the
# report's text again.
RELATED_HEADLINE_WORDS = 16
# Letters glued to a word of the figurative registers: "بالأسعار"، "وللاعبين".
PROCLITIC = "و?(?:ب|ل|ف|ك)?"
# A clause with this many different words of sport, markets or politics is a figure of speech
# even with a figure in it ("خرج مدافع الفريق مصاباً" in a match report full of "قذائف").
FIGURATIVE_DENSE = 3
NUMBER_SLOT = "#"
# A definite noun, with the conjunction and preposition glued to it: "الهجوم"، "والتفجير"،
# "بالغارة"، "للقصف".
DEFINITE = re.compile(r"^[وف]?(?:[بك]?ال|لل)\w")
EVIDENCE_JOIN = " … "  # between the clauses an event's evidence was read from


class IncidentLexicon(Strict):
    """``lexicons/incidents.yaml``: clause breaks, background tolls, "هجوم آخر"."""

    dateline_dashes: tuple[str, ...]
    dateline_words: int
    clause_openers: tuple[str, ...]
    own_account_openers: tuple[str, ...]
    asides: tuple[str, ...]
    toll_rises: tuple[str, ...]
    earlier_figures: tuple[str, ...]
    earlier_openers: tuple[str, ...]
    background: tuple[str, ...]
    figurative: tuple[str, ...]
    threats: tuple[str, ...]
    non_violent: tuple[str, ...]
    deprivation: tuple[str, ...]
    accidental: tuple[str, ...]
    blasts: tuple[str, ...]
    background_openers: tuple[str, ...]
    victims_families: tuple[str, ...]
    ordnance: tuple[str, ...]
    raids: tuple[str, ...]
    seizures: tuple[str, ...]
    forced_entries: tuple[str, ...]
    unopposed: tuple[str, ...]
    told_by: tuple[str, ...]
    statement_complements: tuple[str, ...]
    claim_after_openers: tuple[str, ...]
    relative_openers: tuple[str, ...]
    toll_updates: tuple[str, ...]
    likened_now: tuple[str, ...]
    ranked_since: tuple[str, ...]
    ranked_objects: tuple[str, ...]
    gathering_now: tuple[str, ...]
    gathering_before: tuple[str, ...]
    gathering_nouns: tuple[str, ...]
    gathering_marks: tuple[str, ...]
    handed_over: tuple[str, ...]
    remains: tuple[str, ...]
    treatment_hospitals: tuple[str, ...]
    treatment_links: tuple[str, ...]
    treatment_clitics: tuple[str, ...]
    treatment_words: tuple[str, ...]
    incident_nouns: tuple[str, ...]
    another: tuple[str, ...]
    renewed: tuple[str, ...]
    ordinals: tuple[str, ...]
    ordinal_is: tuple[str, ...]
    ordinal_named: tuple[str, ...]
    ordinal_adjectives: tuple[str, ...]
    running: tuple[str, ...]
    comes_after: tuple[str, ...]
    recalled_after: tuple[str, ...]
    recalled_nouns: tuple[str, ...]
    recalled_answers: tuple[str, ...]
    recalled_funerals: tuple[str, ...]
    mourned: tuple[str, ...]
    recalled_likened: tuple[str, ...]
    recalled_in_brackets: tuple[str, ...]
    recalled_days: tuple[str, ...]
    recalled_weekdays: tuple[str, ...]
    follows_verbs: tuple[str, ...]
    follows_subjects: tuple[str, ...]
    after_words: tuple[str, ...]
    while_words: tuple[str, ...]
    same_day: tuple[str, ...]
    day_ordinals: tuple[str, ...]
    continuing_openers: tuple[str, ...]
    answers: tuple[str, ...]
    claims_responsibility: tuple[str, ...]
    related_openers: tuple[str, ...]
    day_parts: tuple[str, ...]
    recent_days: tuple[str, ...]
    background_proclitics: tuple[str, ...]
    commentary_headlines: tuple[str, ...]
    verdict_openers: tuple[str, ...]
    reactions: tuple[str, ...]
    reaction_lookalikes: tuple[str, ...]
    coinciding_openers: tuple[str, ...]
    aftermath: tuple[str, ...]
    war_totals_from: int
    funerals: tuple[str, ...]


@dataclass(frozen=True)
class _Patterns:
    clause_break: re.Pattern[str]
    toll_rise: re.Pattern[str]
    own_account: re.Pattern[str]
    earlier_figure: re.Pattern[str]
    earlier_opener: re.Pattern[str]
    background: re.Pattern[str]
    families: frozenset[str]
    ordnance: frozenset[str]
    raids: frozenset[str]  # a search of premises ("مداهمة"), the police's as well as an army's
    blasts: frozenset[str]  # explosion words that name no weapon ("انفجار")
    toll_updates: frozenset[str]
    seizures: re.Pattern[str]
    forced_entries: frozenset[str]  # a raid or a storming ("اقتحمت"، "داهمت"), with its search
    unopposed: re.Pattern[str]  # "دون وقوع اشتباكات"، "دون إطلاق رصاصة واحدة"
    told_by: re.Pattern[str]
    speech: re.Pattern[str]  # a verb of speech anywhere in a span, not only right before it
    statement: re.Pattern[str]
    new_incident: re.Pattern[str]
    second_incident: re.Pattern[str]
    running: re.Pattern[str]
    comes_after: re.Pattern[str]
    recalled: re.Pattern[str]
    bracket_past: re.Pattern[str]
    recalled_answer: re.Pattern[str]
    recalled_after_noun: re.Pattern[str]
    recalled_day_after: re.Pattern[str]
    recalled_day: re.Pattern[str]
    mourned: re.Pattern[str]
    continuing: re.Pattern[str]
    answers: re.Pattern[str]
    claims_responsibility: re.Pattern[str]
    dateline: re.Pattern[str]
    commentary_desk: re.Pattern[str]
    figurative: re.Pattern[str]
    threats: re.Pattern[str]
    non_violent: re.Pattern[str]
    deprivation: re.Pattern[str]
    accidental: re.Pattern[str]
    related: re.Pattern[str]
    recent_start: re.Pattern[str]
    commentary: re.Pattern[str]
    verdict: re.Pattern[str]
    relative: re.Pattern[str]
    relative_word: re.Pattern[str]
    likened_now: re.Pattern[str]
    gathering_attacked: re.Pattern[str]  # "خلال تجمع لحزب ... لإحياء ذكرى", after an act
    handed_remains: re.Pattern[str]  # "سلمت روسيا أوكرانيا، الأربعاء، جثث 1212 جندياً"
    hospital_town: re.Pattern[str]  # "في مستشفى بـ" right before a name
    treatment: re.Pattern[str]  # "نقلوا إلى"، "وفاة"، "متأثراً"
    ranked_since: re.Pattern[str]
    reaction: re.Pattern[str]
    aftermath: re.Pattern[str]
    coinciding: re.Pattern[str]
    war_totals_from: int  # a figure this large is a war's or a campaign's total, no incident's
    funeral: re.Pattern[str]


def _alternation(words: tuple[str, ...]) -> str:
    """The phrases as one alternation; "#" in a phrase stands for a figure in digits ("بعد #
    أيام من هجوم"), which a list of phrases could not spell out."""
    plain = trie_regex(normalize(w) for w in words if NUMBER_SLOT not in w)
    slotted = [
        r"\d{1,3}".join(re.escape(normalize(part)) for part in w.split(NUMBER_SLOT))
        for w in words if NUMBER_SLOT in w
    ]
    return "|".join([plain, *slotted]) if slotted else plain


def _words(
    words: tuple[str, ...], lam_article: bool = False, unless: tuple[str, ...] = ()
) -> re.Pattern[str]:
    """``words`` as whole words, with or without a proclitic; with ``lam_article``, also after
    "ل", which drops the article's alef ("للزلزال" is "ل" + "الزلزال"). A disaster or an
    accident named so is still one; a figure of speech is not widened so ("للإفراج عن المختطفين"
    is a hope, not a release). The words of ``unless`` are words of their own that a proclitic
    and one of ``words`` would spell ("بحث" is a search, not "ب" + "حث")."""
    definite = [n[len(ARTICLE):] for n in map(normalize, words) if n.startswith(ARTICLE)]
    lam = rf"|و?لل(?:{trie_regex(definite)})" if definite and lam_article else ""
    own = rf"(?!(?:{_alternation(unless)})(?!\w))" if unless else ""
    return re.compile(rf"(?<!\w){own}(?:(?:{PROCLITIC})?(?:{_alternation(words)}){lam})(?!\w)")


def _and_words(words: tuple[str, ...]) -> re.Pattern[str]:
    """``words`` as whole words, bare or after the conjunction "و" ("وبعد يوم من"), the one
    proclitic these phrases take (``_words`` allows them all)."""
    return re.compile(rf"(?<!\w)و?(?:{_alternation(words)})(?!\w)")


def _today(words: tuple[str, ...], lex: IncidentLexicon) -> str:
    """``words`` of the report's own day as a pattern, not "اليوم" of a day counted ("في اليوم
    الأول للحملة")."""
    return rf"(?<!\w)(?:{_alternation(words)})(?!\w)(?!\s+(?:{_alternation(lex.day_ordinals)})(?!\w))"


@functools.cache
def _patterns() -> _Patterns:
    """The lexicon's phrases compiled once, on first use."""
    lex = load("lexicons/incidents.yaml", IncidentLexicon)
    return _Patterns(
        clause_break=re.compile(
            rf"[{SEMICOLONS}]|{COMMAS[0]}\s*(?!(?:{_alternation(lex.asides)})(?!\w))"
            rf"(?=(?:{_alternation(lex.clause_openers)})(?!\w))"
        ),
        toll_rise=re.compile(rf"{COMMAS[0]}\s*(?:{_alternation(lex.toll_rises)})(?!\w)"),
        own_account=re.compile(rf"{COMMAS[0]}\s*(?:{_alternation(lex.own_account_openers)})(?!\w)"),
        earlier_figure=re.compile(rf"\s*(?:{_alternation(lex.earlier_figures)})(?!\w)"),
        earlier_opener=re.compile(rf"\s*(?:{_alternation(lex.earlier_openers)})(?!\w)"),
        background=re.compile(
            rf"(?<!\w)(?:{_alternation(lex.background_proclitics)})?"
            rf"(?!(?:{_alternation(lex.claim_after_openers)})(?!\w))"  # "قد أعلنت مسؤوليتها"
            rf"(?P<phrase>{_alternation((*lex.background, *lex.victims_families))})(?!\w)"
            rf"|^\s*(?:{_alternation(lex.background_openers)})(?!\w)"
            rf"(?!(?:\W+\w+){{1,6}}?\W+(?:{_alternation(lex.claim_after_openers)})(?!\w))"
            rf"(?![^\n]*?{_today(lex.same_day, lex)})"  # "وكان ... قد ... صباح اليوم"
            rf"|^\W*(?:{_alternation(lex.follows_verbs)})\s+"
            rf"(?:(?:{_alternation(lex.follows_subjects)})\s+){{0,2}}"  # "يأتي ذلك بعد"
            rf"(?:{_alternation((*lex.after_words, *lex.while_words))})(?!\w)"
        ),
        families=frozenset(normalize(w) for w in lex.victims_families),
        ordnance=frozenset(normalize(w) for w in lex.ordnance),
        raids=frozenset(normalize(w) for w in lex.raids),
        blasts=frozenset(normalize(w) for w in lex.blasts),
        toll_updates=frozenset(normalize(w) for w in lex.toll_updates),
        seizures=_words(lex.seizures),
        forced_entries=frozenset(normalize(w) for w in (*lex.forced_entries, *lex.raids)),
        unopposed=_words(lex.unopposed),
        told_by=re.compile(rf"(?<!\w)(?:{_alternation(lex.told_by)})\s*$"),
        speech=_and_words(lex.told_by),
        statement=re.compile(rf"(?<!\w)(?:{_alternation(lex.statement_complements)})(?!\w)"),
        new_incident=re.compile(
            rf"(?<!\w)(?:{_alternation(lex.incident_nouns)})\s+(?:{_alternation(lex.another)})(?!\w)"
        ),
        second_incident=re.compile(
            rf"(?<!\w)(?:(?:{_alternation(lex.incident_nouns)})"
            rf"\s+(?:{_alternation((*lex.another, *lex.renewed))})"
            rf"|(?:{_alternation(lex.ordinals)})\s+(?:{_alternation(lex.incident_nouns)})"
            rf"|(?:{_alternation(lex.ordinal_is)})"
            rf"|(?:{_alternation(lex.ordinal_named)})\s+ال(?:{_alternation(lex.incident_nouns)})"
            rf"\s+(?:{_alternation(lex.ordinal_adjectives)}))(?!\w)"
        ),
        running=re.compile(rf"(?<!\w)(?:{_alternation(lex.running)})(?!\w)"),
        comes_after=_and_words(lex.comes_after),
        recalled=re.compile(
            rf"(?<!\w)و?(?:(?:{_alternation(lex.recalled_after)})\s+(?:{_alternation(lex.recalled_nouns)})"
            rf"|(?:{_alternation((*lex.recalled_funerals, *lex.recalled_likened))})"
            rf")(?!\w)"
        ),
        bracket_past=_and_words(lex.recalled_in_brackets),
        recalled_answer=_and_words(lex.recalled_answers),
        recalled_after_noun=re.compile(
            rf"(?<!\w)و?(?:{_alternation(lex.after_words)})\s+(?:{_alternation(lex.recalled_nouns)})(?!\w)"
        ),
        # one of `recalled_after` and a recalled noun with or without its article ("غداة التفجير")
        recalled_day_after=re.compile(
            rf"(?<!\w)و?(?:{_alternation(lex.recalled_after)})\s+(?:ال)?(?:{_alternation(lex.recalled_nouns)})(?!\w)"
        ),
        recalled_day=re.compile(
            rf"(?<!\w)(?:{_alternation((*lex.recalled_days, *lex.recalled_weekdays))})(?!\w)"
        ),
        mourned=_words(lex.mourned),
        continuing=re.compile(
            rf"\s*(?:{_alternation(lex.continuing_openers)})(?!\w)"
            rf"(?![^\n]*?{_today((*lex.same_day, *lex.recalled_days, *lex.recent_days), lex)})"
        ),
        answers=_and_words(lex.answers),
        claims_responsibility=_and_words(lex.claims_responsibility),
        dateline=_dateline(lex),
        figurative=_words(lex.figurative),
        threats=_words(lex.threats),
        non_violent=_words(lex.non_violent + lex.deprivation, lam_article=True),
        deprivation=_words(lex.deprivation, lam_article=True),
        accidental=_words(lex.accidental, lam_article=True),
        related=re.compile(rf"\s*(?:{_alternation(lex.related_openers)})(?!\w)"),
        recent_start=re.compile(
            rf"(?<!\w)(?:{_alternation(lex.day_parts)})\s+(?:{_alternation(lex.recent_days)})(?!\w)"
        ),
        commentary=re.compile(rf"^\W*(?:{_alternation(lex.commentary_headlines)})(?!\w)"),
        verdict=re.compile(rf"^\W*(?:{_alternation(lex.verdict_openers)})\s+ل\w"),
        commentary_desk=re.compile(
            rf"[{''.join(re.escape(d) for d in lex.dateline_dashes)}]\s*"
            rf"(?:{_alternation(lex.commentary_headlines)})\s*:\s*$"
        ),
        relative=re.compile(rf"\s*(?:{_alternation(lex.relative_openers)})(?!\w)"),
        relative_word=_and_words(lex.relative_openers),
        likened_now=_and_words((*lex.likened_now, *lex.gathering_now)),
        gathering_attacked=re.compile(
            rf"(?<!\w)و?(?:{_alternation(lex.gathering_before)})\s+(?:{_alternation(lex.gathering_nouns)})"
            rf"(?:\W+\w+){{0,5}}?\W+(?:{_alternation(lex.gathering_marks)})(?!\w)"
        ),
        handed_remains=re.compile(
            rf"(?<!\w)و?(?:{_alternation(lex.handed_over)})(?:\W+\w+){{0,4}}?\W+"
            rf"(?:{_alternation(lex.remains)})(?!\w)"
        ),
        hospital_town=re.compile(
            rf"(?:{_alternation(lex.treatment_hospitals)})\s+"
            rf"(?:(?:{_alternation(lex.treatment_links)})\s+|{_alternation(lex.treatment_clitics)})?$"
        ),
        treatment=re.compile(rf"(?<!\w)(?:{_alternation(lex.treatment_words)})(?!\w)"),
        ranked_since=_ranked_since(lex),
        reaction=_words(lex.reactions, unless=lex.reaction_lookalikes),
        aftermath=_words(lex.aftermath),
        coinciding=re.compile(rf"[{COMMAS}]\s*و?(?:{_alternation(lex.coinciding_openers)})(?!\w)"),
        war_totals_from=lex.war_totals_from,
        funeral=_words(lex.funerals),
    )


def _ranked_since(lex: IncidentLexicon) -> re.Pattern[str]:
    """The rank phrases (`ranked_since`), each ending in "منذ", also with the ranked attack's
    object between the rank and "منذ" ("في واحد من أعنف الهجمات عليها منذ بداية الحرب"):
    the date after it is still what the incident is ranked against."""
    since = normalize(SINCE)
    heads = [
        w[: -len(since)].strip() for w in map(normalize, lex.ranked_since) if w.endswith(" " + since)
    ]
    whole = [w for w in lex.ranked_since if not normalize(w).endswith(" " + since)]
    parts = [rf"(?:{trie_regex(heads)})(?:\s+(?:{_alternation(lex.ranked_objects)}))?\s+{since}"]
    if whole:
        parts.append(_alternation(tuple(whole)))
    return re.compile(rf"(?<!\w)(?:{'|'.join(parts)})(?!\w)")


def _dateline(lex: IncidentLexicon) -> re.Pattern[str]:
    """Place words, an optional "11 يناير 2023", an optional "(الأناضول)", a spaced dash, and
    an optional outlet name ending in a colon ("- شفق نيوز:")."""
    dash = "[" + "".join(re.escape(d) for d in lex.dateline_dashes) + "]"
    word = rf"[^\W\d][^\s{COMMAS}{SEMICOLONS}:()]*"
    return re.compile(
        rf"^\s*{word}(?:\s+{word}){{0,{lex.dateline_words - 1}}}"
        r"(?:\s+\d{1,2}\s+[^\W\d]+\s+\d{4})?"
        r"(?:\s*\([^()\n]{1,40}\))?"
        rf"\s+{dash}\s+"
        rf"(?:[^\n{COMMAS}{SEMICOLONS}:{SENTENCE_MARKS}]{{1,40}}:\s+)?"
    )


@dataclass
class _Clause:
    """One analysed clause: original text plus what was found in it."""

    sentence: int
    text: str
    norm: str
    triggers: list[Trigger]
    actors: list[ActorMention]
    roles: dict[str, str]
    places: list[PlaceEntry]
    items: list[CasualtyItem]
    casualties: list[Casualties]
    new_marker: bool
    latest: frozenset[tuple[str | None, str]] = frozenset()
    resolved: dict[str, str] = field(default_factory=dict)  # place id → how its name was decided
    stamped: bool = False  # its sentence is a live page's item: "10:35 | قصف على ..."


@dataclass
class _Draft:
    clauses: list[_Clause] = field(default_factory=list)
    tolls: dict[str | None, Casualties] = field(default_factory=dict)
    places: dict[str, PlaceEntry] = field(default_factory=dict)
    resolved: dict[str, str] = field(default_factory=dict)
    last_sentence: int = 0
    retold: int = 0  # the last sentence that told it again (``_retells``), for its disputes


# --- sentences and clauses ------------------------------------------------------------------


def _sentences(article: Article) -> list[str]:
    """Headline and sentences; bounded work: the text is read up to ``MAX_TEXT`` characters
    and a run-on "sentence" is cut into pieces of at most ``MAX_SENTENCE`` characters. A line
    of related headlines that a web page closes with is not part of the report."""
    title, text = article.title or "", article.text or ""
    lines = [*_title_sentences(title), *_split_dateline(SENTENCE_END.split(text[:MAX_TEXT]))]
    if not text.strip():
        # a lede carried as the title with its dateline ("الزاوية - قتل أربعة ..."): the
        # dateline is set apart after the lede, where a body's dateline stands, so that it is
        # read as the desk's place and not as the incident's
        split = _split_dateline(lines[:1])
        if len(split) == 2:
            lines = [split[1], split[0], *lines[1:]]
    related = _patterns().related
    out: list[str] = []
    teasers = False  # under a line that is only the opener ("اقرأ أيضاً:")
    for line in lines:
        line = line.strip() if line else ""
        if teasers and line and _headline_like(line):
            continue  # one of the related headlines listed under the opener
        teasers = False
        if line and (opener := related.match(normalize(line[:RELATED_PREFIX]))):
            # "اقرأ أيضاً: مقتل 11 في ..." is another story's headline; an opener alone on its
            # line heads a list of them, one a line, until the report's text resumes
            teasers = not normalize(line)[opener.end():].strip(" :：-–—")
            continue
        while len(line) > MAX_SENTENCE:
            cut = line.rfind(" ", 0, MAX_SENTENCE)
            cut = cut if cut > 0 else MAX_SENTENCE
            out.append(line[:cut])
            line = line[cut:].strip()
        if line:
            out.append(line)
    return out


def _headline_like(line: str) -> bool:
    """A line that reads as a headline, not a report's sentence: short, with no sentence mark at
    its end (a list of related headlines under "اقرأ أيضاً:" has one a line)."""
    return len(line.split()) <= RELATED_HEADLINE_WORDS and line[-1] not in SENTENCE_MARKS


def _title_sentences(title: str) -> list[str]:
    """A feed item with no headline of its own carries its lede as the title: its sentences are
    read one by one like the body's, the first as the headline. A ticker's ".." ("في منطقة
    البحيرة.. 17 قتيلاً") joins a headline's parts; it ends no sentence."""
    out: list[str] = []
    for part in SENTENCE_END.split(title[:MAX_TEXT]):
        if out and out[-1].rstrip().endswith(TICKER_JOINS):
            out[-1] = f"{out[-1]} {part}"
        else:
            out.append(part)
    return out


def calls_itself_another(evidence: str) -> bool:
    """Whether an event's evidence calls its incident a later one at its place than another
    ("الموصل: هجوم ثان في يوم واحد"، "قصف جديد على الأتارب"، "في ثاني هجوم على المدينة خلال
    يومين"، "تجددت الاشتباكات"، "قتل مدنيان ... بعد يوم من الهجوم على القاعدة"): what
    ``calls_itself_second`` reads, a running fight's day ("لليوم الثالث على التوالي"), or an
    answer to an earlier incident ("ردا على الهجوم") outside a claim of responsibility, which
    tells the attack it claims whatever it says the attack answered. A definite noun ("الهجوم
    الجديد") is the incident told again, not another."""
    norm = normalize(evidence)
    patterns = _patterns()
    if _calls_itself_second(norm, patterns) or patterns.running.search(norm):
        return True
    if patterns.claims_responsibility.search(norm):
        return False
    return any(_violence_before(norm, m.start()) for m in patterns.answers.finditer(norm))


def calls_itself_second(evidence: str) -> bool:
    """Whether an event's evidence calls its incident another than an earlier one of its own day
    ("انفجار ثان في المدينة اليوم"، "قتل جندي بعد ساعات من تفجير السوق"): not a running fight's
    day or an answer, which the day's other reports tell without saying so."""
    return _calls_itself_second(normalize(evidence), _patterns())


def _calls_itself_second(norm: str, patterns: _Patterns) -> bool:
    if patterns.second_incident.search(norm):
        return True
    return any(_violence_before(norm, m.start()) for m in patterns.comes_after.finditer(norm))


def _violence_before(norm: str, end: int) -> bool:
    """A word of violence, or a count of dead or wounded, in ``norm`` before ``end``, in the same
    sentence (a claim's "أعلنت مسؤوليتها" is neither)."""
    start = max(norm.rfind(mark, 0, end) for mark in (EVIDENCE_JOIN, "\n", "."))
    before = norm[max(start, 0) : end]
    return any(t.type != "other" for t in find_triggers(before)) or bool(find_casualties(before))


def _split_dateline(body: list[str]) -> list[str]:
    """The body's dateline ("مقديشو (الأناضول) - ") as a sentence of its own; a prefix with a
    trigger word ("قتل طفلان وأصيب أربعة - ") is the report itself."""
    if not body:
        return body
    m = _patterns().dateline.match(body[0])
    if m is None or m.end() == len(body[0]) or find_triggers(normalize(m.group(0))):
        return body
    return [body[0][: m.end()], body[0][m.end() :], *body[1:]]


def _clause_spans(norm: str) -> list[tuple[int, int]]:
    """Split points only where the following part has its own (non-toll) trigger, or holds
    background ("، بعد أن كانت الحصيلة 18 قتيلاً"، "، فيما ... قال إن عدد المعتقلين منذ بداية
    العام بلغ 1250") or deaths of want ("، فيما توفي ثلاثة أطفال جوعاً"): a tail that is dropped
    alone."""
    spans, start = [], 0
    violent = [t.start for t in find_triggers(norm) if t.type != "other"]
    patterns = _patterns()
    breaks = sorted(
        [*patterns.clause_break.finditer(norm), *_list_colons(norm), *_background_rises(norm),
         *_denier_accounts(norm, patterns)],
        key=lambda m: m.start(),
    )
    for m in breaks:
        if m.start() < start:
            continue
        if (
            (violent and violent[-1] >= m.end())
            or patterns.background.search(norm, m.end())
            or m.re is patterns.toll_rise  # only those after a background clause (_background_rises)
            or m.re is patterns.own_account  # only those after a background part (_denier_accounts)
            or patterns.deprivation.search(norm, m.end())  # "، فيما توفي 3 أطفال جوعاً"
            # the figure a rising toll rose from ends at the next opener: "، بعد أن كانت الحصيلة
            # الأولية سبعة قتلى، فيما أصيب أكثر من 20" — the wounded are the day's again
            or patterns.earlier_figure.match(norm, start)
            # ... and so does an earlier account told as background: "، بعد أن كانت مصادر قد
            # أعلنت في وقت سابق عن ستة شهداء، فيما بلغ عدد المصابين 23"
            or _earlier_account(norm, start, m.start())
        ):
            spans.append((start, m.start()))
            start = m.end()
    spans.append((start, len(norm)))
    return [(a, b) for a, b in spans if norm[a:b].strip()]


def _earlier_account(norm: str, a: int, b: int) -> bool:
    """``norm[a:b]`` opens with "بعد أن كانت" and holds background ("، بعد أن كانت مصادر قد
    أعلنت في وقت سابق عن ستة شهداء"): the figure a toll rose from, told as an earlier account."""
    patterns = _patterns()
    return bool(patterns.earlier_opener.match(norm, a)) and patterns.background.search(norm, a, b) is not None


def _marked_spans(norm: str) -> list[tuple[int, int, bool]]:
    """The clauses of ``_clause_spans``, each cut again where an earlier incident is recalled
    inside it with a toll of its own (``_recalled_at``); the recalled part is marked True."""
    out: list[tuple[int, int, bool]] = []
    for a, b in _clause_spans(norm):
        cut = _recalled_at(norm, a, b)
        if cut is None:
            out.extend(_bracketed_recall(norm, a, b))
        elif cut == a:
            out.append((a, b, True))
        else:
            out.extend([*_bracketed_recall(norm, a, cut), (cut, b, True)])
    return out


def _bracketed_recall(norm: str, a: int, b: int) -> list[tuple[int, int, bool]]:
    """The clause ``norm[a:b]`` cut around a bracket that recalls an earlier incident after the
    clause's own violence ("قتل خمسة في تفجير (الثاني منذ تفجير ديسمبر الذي قتل فيه أربعة)"): a
    bracket with a word of violence, a count of dead or wounded and a word of the past
    (lexicons/incidents.yaml, `recalled_in_brackets`, or `background`) is marked True; an age, a
    subset ("(بينهم 3 أطفال)") or the same toll restated is left in the clause."""
    out: list[tuple[int, int, bool]] = []
    start = a
    for m in BRACKET.finditer(norm, a, b):
        inner = m.group(0)
        if not (
            _violence_before(norm, m.start())
            and any(t.type != "other" for t in find_triggers(inner))
            and any(i.value is not None for i in find_casualties(inner))
            and (_patterns().bracket_past.search(inner) or _patterns().background.search(inner))
        ):
            continue
        if norm[start:m.start()].strip():
            out.append((start, m.start(), False))
        out.append((m.start(), m.end(), True))
        start = m.end()
    if norm[start:b].strip():
        out.append((start, b, False))
    return out or [(a, b, False)]


def _recalled_at(norm: str, a: int, b: int) -> int | None:
    """Where in the clause ``norm[a:b]`` an earlier incident is recalled after the sentence's own
    violence ("، بعد يوم من استهداف عجلة ... أدى إلى مقتل ثلاثة"، "رداً على الغارة التي قتلت
    أربعة"، "أثناء تشييع خمسة جنود قتلوا ..."، "بعد استهداف سيارة ... أمس"), if the recalled
    part counts dead or wounded of its own (lexicons/incidents.yaml, `recalled_after`); or
    recalled with its toll in a relative clause beside news of no violence (``_told_beside``)."""
    patterns = _patterns()
    found = [m.start() for m in patterns.recalled.finditer(norm, a, b)]
    answered = [m.start() for m in patterns.recalled_answer.finditer(norm, a, b)]
    # "وهي الغارة الثانية على البقاع اليوم بعد استهداف سيارة في بريتال صباحا": the incident that
    # came first, told after the report's own calls itself the second, is recalled, toll or none
    for m in patterns.recalled_after_noun.finditer(norm, a, b):
        opening = max(norm.rfind(mark, 0, m.start()) for mark in (EVIDENCE_JOIN, "\n", ".")) + 1
        if patterns.second_incident.search(norm, opening, m.start()):
            answered.append(m.start())
    after_noun = [m.start() for m in _patterns().recalled_day_after.finditer(norm, a, b)]
    for m in patterns.recalled_after_noun.finditer(norm, a, b):
        start = max(norm.rfind(mark, 0, m.start()) for mark in (EVIDENCE_JOIN, "\n", "."))
        commas = [i for mark in COMMAS if (i := norm.find(mark, m.end(), b)) >= 0]
        # the day named before the next comma: the recalled incident's, not a later clause's
        if patterns.recalled_day.search(norm, m.end(), min(commas, default=b)) and not (
            patterns.recalled_day.search(norm, max(start, 0), m.start())
        ):
            found.append(m.start())
    for cut in sorted({*found, *answered, *after_noun}):
        if cut in after_noun and _told_beside(norm, a, cut, b):
            return cut  # "عززت السلطات الإجراءات غداة التفجير الذي أسفر عن مقتل 12"
        if _violence_before(norm, cut) and (
            cut in answered or any(i.value is not None for i in find_casualties(norm[cut:b]))
        ):
            return cut
    return None


def _told_beside(norm: str, a: int, cut: int, b: int) -> bool:
    """"عززت السلطات الإجراءات الأمنية غداة التفجير الذي أسفر عن مقتل 12": news of no
    violence (security tightened, a visit, a session) told the day after an incident whose toll
    only a relative clause on the recalled noun gives. Not a claim of it, nor its toll updated
    ("أعلنت الوزارة غداة الغارة ارتفاع عدد الشهداء إلى 15"): those are the incident's news."""
    patterns = _patterns()
    if _violence_before(norm, cut) or not norm[a:cut].strip():
        return False
    ends = [i for mark in (EVIDENCE_JOIN, "\n", ".") if (i := norm.find(mark, cut)) >= 0]
    sentence_end = min(ends, default=b)
    rest = norm[cut:sentence_end]
    relative = patterns.relative_word.search(rest)
    if relative is None or patterns.claims_responsibility.search(norm, a, sentence_end):
        return False
    if any(t.word in patterns.toll_updates for t in find_triggers(rest)):
        return False
    counted = [i for i in find_casualties(rest) if i.value is not None]
    said = patterns.statement.search(rest, relative.end())
    if said and patterns.speech.search(norm, a, cut) and any(i.start > said.start() for i in counted):
        return False  # the speaker's own account of the incident (`statement_complements`)
    return bool(counted) and all(i.start > relative.start() for i in counted)


def _denier_accounts(norm: str, patterns: _Patterns) -> list[re.Match[str]]:
    """"نفت الوزارة ما تداولته مصادر عن مقتل 30 جندياً، مؤكدة أن عشرة جنود قتلوا": the denier's
    own account after a part that denies and holds background (the figure denied), a clause of
    its own. A report's "مشيرة إلى أن ثلث الضحايا قتلوا" after a monthly tally is no such part."""
    out, start = [], 0
    for m in patterns.own_account.finditer(norm):
        part = norm[start : m.start()]
        if patterns.background.search(part) and denies(part):
            out.append(m)
        start = m.end()
    return out


def _background_rises(norm: str) -> list[re.Match[str]]:
    """"، ليرتفع عدد الشهداء إلى 13" after a clause that dates its wound in the past ("أصيب بها
    مطلع الأسبوع"): the follow-up's current toll, a clause of its own; after a clause of today
    it stays with the death it counts ("توفي اليوم متأثراً بجروحه، ليرتفع ..." is one toll),
    unless the total is itself dated by background ("، ليرتفع عدد القتلى منذ مطلع العام إلى 23":
    a running total, background, apart from the day's toll before it)."""
    background = _patterns().background
    return [
        m for m in _patterns().toll_rise.finditer(norm)
        if background.search(norm, 0, m.start()) or background.search(norm, m.end())
    ]


def _list_colons(norm: str) -> list[re.Match[str]]:
    """Colons that close a background opener of a list: "شهد العراق خلال الأسبوع الماضي
    حادثتين: في كركوك ..." — the period belongs to the opener, not to the incidents listed
    after it. A speaker's colon ("قال المتحدث: ...") and a clock time ("10:30") are no break."""
    background = _patterns().background
    out, start = [], 0
    for m in LIST_COLON.finditer(norm):
        if background.search(norm, start, m.start()):
            out.append(m)
        start = m.end()
    return out


def _analyse(index: int, sentence: str, context: Context, published: dt.date | None) -> list[_Clause]:
    norm, offsets = normalize_with_offsets(sentence)
    places = find_place_mentions(norm, context)
    country = _country(places, context)
    mentions = find_actors(norm, country)
    places = _outside_actor_names(places, mentions)
    whole = assign_roles(norm, mentions)
    possessor = _possessor(norm, mentions, country)
    rivals = rival_accounts(norm)
    clauses: list[_Clause] = []
    accident = False
    before = None
    past = False  # the clause before was background
    for a, b, recalled in _marked_spans(norm):
        sub = norm[a:b]
        if recalled:
            # "، بعد يوم من استهداف عجلة ... أدى إلى مقتل ثلاثة": the earlier incident's toll,
            # places and doers are dropped; its words stay in the evidence of the clause before
            # (the merge reads "بعد يوم من" there as a later incident's mark)
            if clauses and clauses[-1].sentence == index:
                clauses[-1] = replace(clauses[-1], text=_widened(sentence, offsets, clauses[-1].text, b))
            before, past = sub, True
            continue
        if accident and all(t.type == "other" for t in find_triggers(sub)):
            continue  # "لقي 3 مصرعهم في حادث سير، فيما أصيب 5 آخرون": the same accident's hurt
        if before and _patterns().relative.match(sub) and _is_background(before, published):
            continue  # "... في تفجير الكرادة عام 2016، الذي أودى بحياة 300": the past noun's toll
        if past and _patterns().continuing.match(sub):
            continue  # "وكان ثلاثة قد قتلوا الشهر الماضي، كما قتل اثنان في صبراتة": the list goes on
        # the figure a rising toll rose from is background of its own, but the day's account
        # goes on after it ("، بعد أن كانت الحصيلة سبعة، فيما أصيب 20"), not a list of the past
        before, past = sub, _is_background(sub, published) and not (
            _patterns().earlier_figure.match(sub) or _earlier_account(sub, 0, len(sub))
        )
        clause = _clause(
            index, sentence, norm, offsets, (a, b), mentions, places, (mentions, whole), possessor,
            published, rivals,
        )
        accident = clause is None and _dropped_accident(sub, published)
        if clause is not None:
            clauses.append(clause)
    return clauses


def _widened(sentence: str, offsets: list[int], text: str, end: int) -> str:
    """``text`` (a clause of ``sentence``) carried on to the normalised offset ``end``."""
    start = sentence.find(text)
    if start < 0:
        return text
    return sentence[start : _original_end(sentence, offsets, end)].strip(" " + COMMAS)


def _original_end(sentence: str, offsets: list[int], end: int) -> int:
    return offsets[end - 1] + 1 if 0 < end <= len(offsets) else len(sentence)


def _outside_actor_names(places: list[PlaceMention], mentions: list[ActorMention]) -> list[PlaceMention]:
    """A country inside a longer actor's name ("حركة طالبان باكستان"، "شرطة عمان السلطانية") is the
    force's nation, no site, and is left out. A town or region inside an actor's name ("وحدات
    مقاومة سنجار بقصف ... في محافظة نينوى") names the group; when no other place of the sentence is
    in its country, it is a namesake abroad that would move the story, and is left out too
    ("قيادة عمليات بغداد ... في الطارمية" stays, and so does "قوات دفاع شبوة" named alone). A
    capital that is itself the alias ("تل أبيب" for Israel) may be a site."""
    def inside(p: PlaceMention) -> bool:
        return any(
            m.start <= p.start and p.end <= m.end and m.end - m.start > p.end - p.start for m in mentions
        )

    places = [p for p in places if p.entry.level != "country" or not inside(p)]
    named = [p for p in places if p.entry.level == "country" or not inside(p)]
    countries = {p.entry.country for p in named}
    return [p for p in places if p in named or p.entry.country in countries or not named]


def _headline_places(norm: str, context: Context) -> list[PlaceMention]:
    places = find_place_mentions(norm, context)
    if not any(p.entry.level == "country" for p in places):
        # a headline's own places are kept as they are; what it loses is a country inside a
        # force's name, which the forces need only be read to find
        return places
    return _outside_actor_names(places, find_actors(norm, _country(places, context)))


def _is_background(sub: str, published: dt.date | None) -> bool:
    """A clause that puts its toll in the past. "منذ بدء ..." followed by the hour of a day of this
    week ("منذ بدء قوات الاحتلال عدواناً على جنين ظهر الثلاثاء") is the running toll of the
    incident reported, not a war's total."""
    pattern = _patterns()
    if pattern.verdict.match(sub):
        return True  # "الإعدام لعامل قتل زوجته": a sentence passed for an old killing
    if pattern.handed_remains.search(sub):
        return True  # "سلمت روسيا أوكرانيا جثث 1212 جندياً": a war's dead handed back
    now: list[tuple[int, int]] | None = None
    ranked = pattern.ranked_since.search(sub)
    if ranked and pattern.relative_word.search(sub, ranked.end()):
        ranked = None  # "الأكثر دموية منذ هجوم بولكيسي الذي قتل فيه 40": an earlier toll
    for m in pattern.background.finditer(sub):
        since = (m.group("phrase") or "").startswith(SINCE)
        if now is None:
            now = [(n.start(), n.end()) for n in pattern.likened_now.finditer(sub)]
            now += _gatherings_attacked(sub)
        if any(a <= m.start() and m.end() <= b for a, b in now):
            continue  # "قتل ستة عناصر بهجوم مماثل": the deaths told are this attack's
        if ranked and m.start() >= ranked.start():
            continue  # "في أكثر الحوادث دموية منذ ...": the date the incident is ranked against
        if _told_by_families(sub, m, pattern):
            continue  # "قال ذوو الضحايا إن ...": the families tell the incident, not a past one
        if _mourning_before(sub, m.start(), pattern) is not None:
            continue  # "ألقوا قنبلة على خيمة عزاء زعيم اغتيل الأسبوع الماضي": the mourned death's
        if not (since and pattern.recent_start.search(sub, m.end())):
            return True
    return names_earlier_year(sub, published) or names_an_earlier_date(sub, published)


def _gatherings_attacked(sub: str) -> list[tuple[int, int]]:
    """The spans of ``sub`` that name a gathering marking an anniversary where the clause's act
    of violence took place ("فجر انتحاري نفسه خلال تجمع لحزب بلوشستان الوطني لإحياء ذكرى وفاة
    مؤسسه"; lexicons/incidents.yaml, `gathering_before`): the deaths told are the attack's, as
    for `gathering_now`. Only after a word of an act in the clause: a memorial's "خلال تجمع
    لإحياء ذكرى ضحايا الهجوم" with no act before it recalls the old toll."""
    return [
        (m.start(), m.end())
        for m in _patterns().gathering_attacked.finditer(sub)
        if any(names_an_act(t) for t in find_triggers(sub[: m.start()]))
    ]


def _mourning_before(sub: str, at: int, pattern: _Patterns) -> int | None:
    """Where the word of mourning starts when a past phrase at ``at`` comes after one that itself
    follows the clause's own violence ("أطلقوا النار على حضور حفل تأبين رجل قتل الأسبوع الماضي"،
    "فجر انتحاري نفسه وسط المشيعين في جنازة ضابط قتل الأسبوع الماضي"): the phrase dates the
    death mourned, not the attack on the mourners the clause tells (lexicons/incidents.yaml,
    `mourned`). None otherwise."""
    mourning = [m.start() for m in pattern.mourned.finditer(sub, 0, at)]
    if not mourning or not any(t.type != "other" for t in find_triggers(sub[: mourning[-1]])):
        return None
    return mourning[-1]


def _mourned_spans(sub: str) -> list[tuple[int, int]]:
    """The spans of ``sub`` from a word of mourning to the past phrase that dates the death
    mourned (``_mourning_before``): the mourned and their death ("خيمة عزاء أقيمت لقائد عسكري
    اغتيل الأسبوع الماضي") are no toll of the attack on the mourners."""
    pattern = _patterns()
    spans = []
    for m in pattern.background.finditer(sub):
        start = _mourning_before(sub, m.start(), pattern)
        if start is not None:
            spans.append((start, m.end()))
    return spans


def _told_by_families(sub: str, m: re.Match[str], pattern: _Patterns) -> bool:
    """A victims' families phrase as the source of the account ("قال ذوو الضحايا إن")."""
    phrase = m.group("phrase") or ""
    return phrase in pattern.families and bool(pattern.told_by.search(sub, 0, m.start()))


def _dropped_accident(sub: str, published: dt.date | None) -> bool:
    """Whether ``_clause`` left ``sub`` out as an accident (and not as background)."""
    if _is_background(sub, published):
        return False
    triggers = find_triggers(sub)
    return bool(triggers) and _accident(sub, triggers)


def _accident(sub: str, triggers: list[Trigger]) -> bool:
    """Deaths with no attack word in a clause naming an accident or a disaster ("لقي 11 شخصاً
    مصرعهم إثر تصادم حافلة"، "انفجار أسطوانة غاز في مطعم"); a bomb or an attack named keeps it."""
    if all(t.type == "other" for t in triggers) and _patterns().non_violent.search(sub):
        return True
    return all(t.type == "other" or t.word in _patterns().blasts for t in triggers) and bool(
        _patterns().accidental.search(sub)
    )


def _clause(
    index: int, sentence: str, norm: str, offsets: list[int], span: tuple[int, int],
    mentions: list[ActorMention], places: list,
    sentence_roles: tuple[list[ActorMention], dict[str, str]], possessor: str | None = None,
    published: dt.date | None = None, rivals: list[tuple[int, int, frozenset[str]]] | None = None,
) -> _Clause | None:
    a, b = span
    sub = norm[a:b]
    if _is_background(sub, published):
        return None
    triggers = find_triggers(sub)
    if not triggers:
        return None
    if _accident(sub, triggers):
        return None
    local = [ActorMention(m.entry, m.start - a, m.end - a, m.alias) for m in mentions if a <= m.start < b]
    roles = assign_roles(sub, local)
    for s, e in agent_spans(sub, local):  # "قتل مسلحون من بوكو حرام 11 مزارعاً": the killers
        roles.update((m.entry.id, "perpetrator") for m in local if s <= m.start < e)
    default = _default_group(local, roles) if local else _default_group(*sentence_roles)
    perpetrator = _perpetrator_group(local, roles) or _perpetrator_group(*sentence_roles)
    items = find_casualties(sub, local, default, perpetrator, possessor)
    # another source's figure for a toll already counted disputes it and adds nothing
    items = [
        i for i in items if not any(s <= a + i.start < e and i.kind in kinds for s, e, kinds in rivals or ())
    ]
    items = retold_by_another_account(sub, items)
    if _war_totals_only(items):
        return None  # "إن العدوان قتل أكثر من 70 ألف مواطن": a war's total, no incident's toll
    mourned = _mourned_spans(sub)
    items = [i for i in items if not any(s <= i.start < e for s, e in mourned)]
    if _figurative(sub, items, triggers):
        return None
    first = min(t.start for t in triggers)
    sited = a + _reaction_end(sub, first)
    counted = any(i.value is not None for i in items)
    if sited > a and not counted:
        return None  # "وأدانت مصر والسعودية الهجوم": who reacted, no incident of its own
    if not counted and _patterns().aftermath.search(sub, 0, first):
        return None  # "تفقد المحافظ موقع الانفجار": the day after, no incident of its own
    until = a + _coinciding_start(sub, first)
    sited = max(sited, a + _venue_end(sub, triggers, [p.start - a for p in places if p.start < until]))
    places = [p for p in places if sited <= p.start < until]
    treated = [p for p in places if _treated_at(norm, p.start)]
    if treated and len(treated) < len(places):
        places = [p for p in places if p not in treated]
    texts = [_original(sentence, offsets, a + i.start, a + i.end) for i in items]
    return _Clause(
        sentence=index,
        text=_original(sentence, offsets, a, b).strip(" " + COMMAS),
        norm=sub,
        triggers=triggers,
        actors=local,
        roles=roles,
        places=_sites([p.entry for p in places]),
        resolved={p.entry.id: p.resolved_by for p in places},
        items=items,
        casualties=combine(items, texts),
        new_marker=bool(_patterns().new_incident.search(sub)),
        stamped=bool(STAMP.match(norm)),
        latest=frozenset((i.group, i.kind) for i in items if i.latest and i.value is not None),
    )


def _war_totals_only(items: list[CasualtyItem]) -> bool:
    """Whether a clause has figures and every one is at least ``war_totals_from``: the running
    total of a war, a campaign or a siege, which no single incident reaches. A clause with a
    smaller figure beside it keeps its figures ("38 ألفاً و244" is read as two)."""
    values = [i.value for i in items if i.value is not None]
    return bool(values) and min(values) >= _patterns().war_totals_from


def _reaction_end(sub: str, first: int) -> int:
    """Where the reacting parties of a clause end: at its first word of violence (``first``)
    when a reaction opens the clause before it ("ودانت الصين والسعودية الهجوم"، "مصر تدين
    التفجير في العريش"), else 0. The places before it are governments that reacted, not sites;
    the places after it ("الهجوم على حافلة في العريش") still are."""
    return first if _patterns().reaction.search(sub, 0, first) else 0


def _venue_end(sub: str, triggers: list[Trigger], starts: list[int]) -> int:
    """Where a funeral's venue ends: at the clause's first word of an act of violence (not of the
    dead or wounded alone) when a funeral opens the clause before it and a place (``starts``:
    where each begins) follows it ("شيع المئات في مدينة الضالع جثامين الجنود الذين سقطوا في هجوم
    على موقعهم في مريس"): the mourners' town is where the dead are buried, the place after is
    where they fell. The place must come before the next comma: what a tail adds ("، فيما لا يزال
    ثلاثة جرحى يتلقون العلاج في مستشفى مرجعيون") is where the wounded are, not where they fell.
    Else 0: a funeral that names no place where they fell ("شيع أهالي القضاء ضحايا تفجير السوق")
    keeps its place."""
    first = min((t.start for t in triggers if t.type != "other"), default=None)
    if first is None or not _patterns().funeral.search(sub, 0, first):
        return 0
    comma = re.search(rf"[{COMMAS}]", sub[first:])
    end = first + comma.start() if comma else len(sub)
    return first if any(first <= s < end for s in starts) else 0


# How far before a name its hospital's word may start ("مستشفى في "), in letters.
HOSPITAL_REACH = 40


def _treated_at(norm: str, start: int) -> bool:
    """Whether the place at ``start`` is named as the hospital the wounded were taken to, treated
    or died in (a transfer or a death of wounds before the hospital's word in its sentence): where
    they were treated, not where they were hit, when the clause names another place."""
    patterns = _patterns()
    begin = max(0, start - HOSPITAL_REACH)
    hospital = patterns.hospital_town.search(norm, begin, start)
    if hospital is None:
        return False
    opening = max(norm.rfind(mark, 0, start) for mark in (EVIDENCE_JOIN, "\n", ".")) + 1
    return bool(patterns.treatment.search(norm, opening, hospital.start() + 1))


def _coinciding_start(sub: str, first: int) -> int:
    """Where a clause's tail of what the incident coincided with begins ("، في وقت كانت المحادثات
    تجري في موسكو"، "، تزامناً مع زيارة الوزير إلى عمّان"): after the first word of violence, with
    no word of violence of its own; its places are where the talks or the visit were, no site.
    The clause's end when it has none."""
    m = _patterns().coinciding.search(sub, first)
    if m is None or find_triggers(sub[m.end():]):
        return len(sub)
    return m.start()


def _figurative(sub: str, items: list[CasualtyItem], triggers: list[Trigger]) -> bool:
    """A clause of sport, markets or politics: one such word and no figure, or one victim and
    no attack word ("سقط الحارس ضحية لأخطاء دفاعه"), or many such words. A threat beside the
    claim of the attack it follows ("تبنت الكتيبة عملية إطلاق النار على الحاجز، متوعدة بالتصدي لأي
    اقتحام") is the claimant's, and the claimed attack stays an incident."""
    pattern = _patterns().figurative
    claimed = _patterns().claims_responsibility.search(sub) is not None
    if pattern.search(sub) is None and (_patterns().threats.search(sub) is None or claimed):
        return False
    if not any(i.value is not None for i in items):
        return True
    if all(t.type == "other" for t in triggers) and all((i.value or 0) <= 1 for i in items):
        return True
    return len({m.group() for m in pattern.finditer(sub)}) >= FIGURATIVE_DENSE


def _sites(places: list[PlaceEntry]) -> list[PlaceEntry]:
    """Where the clause happened: a country named beside a more specific place is a party
    ("المدعوم من تركيا"), not the site."""
    specific = [p for p in places if p.level != "country"]
    return specific or places


def _country(places: list[PlaceMention], context: Context) -> str | None:
    """The country a sentence is about, which generic names ("الجيش") are read by: the one
    its places name most (the article's among equals: a foreign namesake town beside the
    story's own division), else the article's, else the outlet's."""
    counts = Counter(p.entry.country for p in places if p.entry.country)
    top = max(counts.values(), default=0)
    if context.country and counts.get(context.country) == top:
        return context.country
    return main_country(counts) or context.country


def _possessor(norm: str, mentions: list[ActorMention], country: str | None) -> str | None:
    """The group whose account the sentence gives ("أعلنت قسد ..."، "أعلنت وزارة الدفاع السورية
    ..."): "أحد مقاتليها" is one of its own fighters."""
    if not mentions:
        return None
    names = set(find_claimants(norm, country))
    spelt = {normalize(name) for name in names}  # a source that is an actor's alias too
    return next(
        (m.entry.group for m in mentions if m.entry.name_ar in names or norm[m.start : m.end] in spelt),
        None,
    )


def _original(sentence: str, offsets: list[int], start: int, end: int) -> str:
    if start >= len(offsets):
        return ""
    stop = offsets[end - 1] + 1 if end - 1 < len(offsets) else len(sentence)
    return sentence[offsets[start] : stop]


def _default_group(mentions: list[ActorMention], roles: dict[str, str]) -> str | None:
    """The group of unnamed fighters: the clause's target, else its only actor that did not
    do the attack (the dead of "غارة روسية ... مقتل اثنين" are not Russian forces)."""
    targets = [m.entry.group for m in mentions if roles.get(m.entry.id) == "target"]
    if targets:
        return targets[0]
    groups = {m.entry.group for m in mentions if roles.get(m.entry.id) != "perpetrator"}
    return groups.pop() if len(groups) == 1 else None


def _perpetrator_group(mentions: list[ActorMention], roles: dict[str, str]) -> str | None:
    """The attackers' group, which "المهاجمين" refers to: the first armed group among the
    perpetrators, else the first perpetrator named ("صد الجيش هجوماً شنته الحركة وقتل 9 من
    المهاجمين": the army fought, the movement's men attacked)."""
    doers = [m.entry for m in mentions if roles.get(m.entry.id) == "perpetrator"]
    armed = actor_lexicon().armed_group_kinds
    return next((e.group for e in doers if e.kind in armed), doers[0].group if doers else None)


# --- grouping clauses into incidents --------------------------------------------------------


def _compatible(p: PlaceEntry, q: PlaceEntry) -> bool:
    """Nested places, or a town and a wider area of the same first-level division."""
    if contains(p.id, q.id) or contains(q.id, p.id):
        return True
    division = admin1_of(p.id)
    return division is not None and division == admin1_of(q.id) and min(p.rank, q.rank) < TOWN


def _toll_conflict(draft: _Draft, clause: _Clause) -> bool | None:
    """True if a shared group has a different count, False if equal, None if not comparable."""
    compared = False
    for c in clause.casualties:
        old = draft.tolls.get(_rising_group(draft, clause, c))
        for kind in ("killed", "injured"):
            new_v, old_v = getattr(c, kind), getattr(old, kind, None)
            if (c.group, kind) in clause.latest and old_v is not None:
                compared = True  # "ارتفع عدد القتلى إلى 9": the same toll, updated
                continue
            if new_v is not None and old_v is not None:
                if new_v != old_v:
                    return True
                compared = True
    return False if compared else None


def _starts_new(draft: _Draft, clause: _Clause) -> bool:
    if clause.new_marker or clause.sentence - draft.last_sentence > 3:
        return True
    if clause.stamped and clause.sentence != draft.last_sentence and clause.casualties and draft.tolls:
        # a live page's next item with a toll of its own is another incident, unless it
        # raises the toll told before ("11:05 | ارتفاع حصيلة القصف إلى 6")
        return not clause.latest
    conflict = _toll_conflict(draft, clause)
    if conflict:
        return True
    current = list(draft.places.values())
    if not current or not clause.places:
        return False
    if any(not any(_compatible(p, q) for q in current) for p in clause.places):
        # an equal toll in a place apart is a roundup's next incident ("قتل 3 من رجال الشرطة
        # في ولاية وان ... وفي ولاية ألازيغ، قتل 3 من رجال الشرطة"), not the first retold
        return True
    if conflict is False:
        return False
    towns = [q for q in current if q.rank >= SUBDISTRICT]
    new_towns = [p for p in clause.places if p.rank >= SUBDISTRICT]
    if towns and new_towns and not any(p.id == q.id for p in new_towns for q in towns):
        return True
    return bool(new_towns and not towns and clause.casualties and draft.tolls and conflict is None)


def _merge(draft: _Draft, clause: _Clause) -> None:
    draft.clauses.append(clause)
    draft.last_sentence = clause.sentence
    for p in clause.places:
        draft.places.setdefault(p.id, p)
    for place_id, rule in clause.resolved.items():
        draft.resolved.setdefault(place_id, rule)
    for c in clause.casualties:
        if _counted_again_by_the_killer(draft, clause, c):
            continue
        _name_the_militants(draft, clause, c)
        group = _rising_group(draft, clause, c)
        old = draft.tolls.get(group)
        latest = {kind for g, kind in clause.latest if g == c.group}
        if old is not None and latest:
            c = Casualties(c.killed, c.injured, c.approximate, group, c.text)
        draft.tolls[group] = c if old is None else _max_toll(old, c, latest)


def _counted_again_by_the_killer(draft: _Draft, clause: _Clause, c: Casualties) -> bool:
    """A later sentence in which the incident's perpetrator tells the dead of its own strike
    under its name for them ("قصفت مسيرة تركية سيارة ما أسفر عن مقتل شخصين. وقالت وزارة الدفاع
    التركية إن قواتها حيدت إرهابيين اثنين"): the same dead, not a second toll. Only the same
    figure, and only the perpetrator named before it: the victims' side that kills attackers
    ("وقالت الشرطة إنها قتلت اثنين من المهاجمين") counts a toll of its own."""
    if c.killed is None or c.injured is not None or c.group in draft.tolls:
        return False
    if not any(t.killed == c.killed for g, t in draft.tolls.items() if g != c.group):
        return False
    doers = {a for k in draft.clauses if k.sentence != clause.sentence
             for a, role in k.roles.items() if role == "perpetrator"}
    told = [
        i.start for i in clause.items if i.kind == "killed" and i.value == c.killed and i.group == c.group
    ]
    return bool(told) and any(
        m.entry.id in doers and m.start < min(told) for m in clause.actors
    )


def _name_the_militants(draft: _Draft, clause: _Clause, c: Casualties) -> None:
    """"قضت قوة من الجيش على ثلاثة مخربين" then "أعلنت سرايا القدس أن ثلاثة من مقاتليها
    استشهدوا": the fighters the state counted under its word for them and the group's own dead of
    the same figure are the same dead, told by both sides; the group's name replaces the word."""
    generic = draft.tolls.get(militants_group())
    if generic is None or c.killed is None or generic.killed != c.killed or c.group in draft.tolls:
        return
    if any(i.group == militants_group() for i in clause.items):
        return  # "قتل 3 إرهابيين و3 من عناصر الحركة": counted apart in one clause, two tolls
    armed = actor_lexicon().armed_group_kinds
    if any(m.entry.group == c.group and m.entry.kind in armed for m in clause.actors):
        del draft.tolls[militants_group()]
        c.text = f"{generic.text} … {c.text}"


def _rising_group(draft: _Draft, clause: _Clause, c: Casualties) -> str | None:
    """A group-less rising toll ("ارتفعت حصيلة القتلى إلى 9") updates the one group already
    counted for that kind, if there is exactly one."""
    kinds = [kind for g, kind in clause.latest if g == c.group]
    if c.group is not None or not kinds or c.group in draft.tolls:
        return c.group
    owners = [g for g, t in draft.tolls.items() if any(getattr(t, k) is not None for k in kinds)]
    return owners[0] if len(owners) == 1 else c.group


def _max_toll(a: Casualties, b: Casualties, latest: set[str] | frozenset[str] = frozenset()) -> Casualties:
    """Both accounts of one toll: the higher figure, or ``b``'s for the kinds it updates."""
    if latest:
        updated = Casualties(
            b.killed if "killed" in latest and b.killed is not None else a.killed,
            b.injured if "injured" in latest and b.injured is not None else a.injured,
            False, a.group, a.text,
        )
        rest = Casualties(
            None if "killed" in latest else b.killed, None if "injured" in latest else b.injured,
            b.approximate, a.group, b.text,
        )
        return _max_toll(updated, rest)

    def pick(x: int | None, y: int | None) -> int | None:
        return y if x is None else x if y is None else max(x, y)

    text = a.text if b.text in a.text else f"{a.text} … {b.text}"
    return Casualties(
        pick(a.killed, b.killed), pick(a.injured, b.injured),
        a.approximate and b.approximate if a.killed or b.killed else a.approximate or b.approximate,
        a.group, text,
    )


def _group(clauses: list[_Clause]) -> list[_Draft]:
    drafts: list[_Draft] = []
    for clause in clauses:
        if not drafts or _starts_new(drafts[-1], clause):
            if _retells(drafts, clause):
                # "واتهمت الوزارة، في بيان صدر في دمشق، قسد بالوقوف وراء التفجير": the incident
                # counted before, told again by who blamed, claimed or answered it; its parties
                # are the incident's, its places the speakers' and the context's, no site
                drafts[-1].clauses.append(replace(clause, places=[], resolved={}))
                drafts[-1].retold = clause.sentence
                continue
            drafts.append(_Draft())
        _merge(drafts[-1], clause)
    return [d for d in drafts if _is_incident(d)]


def _until(draft: _Draft, next_start: int) -> int:
    """The last sentence an incident's disputes are read to: its own, or the one that told it
    again, or up to two more before the next incident."""
    return max(draft.last_sentence, draft.retold, min(next_start - 1, draft.last_sentence + 2))


def _retells(drafts: list[_Draft], clause: _Clause) -> bool:
    """Whether ``clause``, which would open an incident of its own, only refers back to the one
    told before it: it counts no one, opens with no mark of another incident, and every word
    naming an act in it is definite ("الهجوم"، "بالتفجير"، "هذا الهجوم"), the attack already told,
    where another attack is told indefinite ("هجوم"، "استهدفت مسيرة ..."). A web article's
    reactions, statements and context paragraphs read this way."""
    if not drafts or clause.new_marker or clause.items or not clause.triggers:
        return False
    if not _is_incident(drafts[-1]):
        return False
    acts = [t for t in clause.triggers if names_an_act(t)]
    # the words of blame and claim ("تقف وراء"، "تبنى") name no act of their own
    return bool(acts) and all(_definite(clause.norm, t.start) for t in acts)


def _definite(norm: str, start: int) -> bool:
    """Whether the word at ``start`` is a definite noun ("الهجوم"، "والتفجير"، "للغارة") or comes
    after a demonstrative ("هذا الهجوم")."""
    begin = norm.rfind(" ", 0, start) + 1
    word = norm[begin:].split(" ", 1)[0]
    return bool(DEFINITE.match(word))


def _values(clauses: list[_Clause]) -> set[tuple[str, int]]:
    return {
        (kind, value)
        for clause in clauses
        for c in clause.casualties
        for kind in ("killed", "injured")
        if (value := getattr(c, kind)) is not None
    }


def _incidents(clauses: list[_Clause], retold: Callable[[], set[int] | None] = lambda: None) -> list[_Draft]:
    """The incidents of an article. A headline is a summary of the lede: one whose every figure
    the body gives again ("مقتل جنديين بهجوم لداعش" over "أفاد مصدر أمني بمقتل جنديين وإصابة ثالث
    ...", or a smaller figure: "مقتل قيادي" over "قتل قيادي ومرافقاه") adds no incident and
    no count but its actors, and one with no figure ("انفجار في البصرة") adds its places and
    actors to the body's first incident; otherwise it is read like the body.
    ``retold`` gives the figures of the body's background clauses (None when it has none): a
    headline that sums up a background body ("120 ألف قتيل" over "أودت الحرب بين عامي 1975
    و1990 بحياة نحو 120 ألف شخص") is background too."""
    headline = [c for c in clauses if c.sentence == 0]
    body = [c for c in clauses if c.sentence > 0]
    told = _values(headline)
    if told and headline and not _covered(told, _values(body)) and not _sums_up(told, _group(body)):
        figures = retold()
        if figures is None or not all(value in figures for _, value in told):
            return _group(clauses)
        return _group(body)
    if not headline:
        return _group(clauses)
    drafts = _group(body)
    if not drafts:
        return [] if not told and retold() is not None else _group(clauses)
    first = drafts[0]
    # a headline the body retells still names the actors the lede may leave out ("... باشتباك
    # مع بي كا كا" over "في اشتباك مع إرهابيي التنظيم الانفصالي"); its places are the body's
    # own, told more loosely, and add none
    for clause in headline:
        if told:
            # its actors only: its attack words would re-type the body's report, and the
            # incident merge joins reports by their type's family
            first.clauses.append(replace(clause, triggers=[]))
            continue
        first.clauses.append(clause)
        for p in clause.places:
            first.places.setdefault(p.id, p)
        for place_id, rule in clause.resolved.items():
            first.resolved.setdefault(place_id, rule)
    return drafts


def _sums_up(told: set[tuple[str, int]], drafts: list[_Draft]) -> bool:
    """A headline's figures are the totals of the body's incidents ("استشهاد شابين في جنين وبيت
    أمر" over one killed in each) or of one incident's tolls: a summary, no incident of its
    own."""
    # ... or of one incident's sides, each named ("سبعة قتلى في اشتباكات بين قسد والفصائل" over
    # four of one side and three of the other); a figure of no side beside a side's is read as
    # the whole that holds it ("مقتل 7 أشخاص بينهم 5 مدنيين"), so the headline's is kept
    if len(drafts) < 2 and (not drafts or len(drafts[0].tolls) < 2 or None in drafts[0].tolls):
        return False
    return all(
        value == sum(getattr(t, kind) or 0 for d in drafts for t in d.tolls.values())
        for kind, value in told
    )


def _background_figures(
    norms: list[str], published: dt.date | None, accidents: bool = False
) -> set[int] | None:
    """The amounts in the background clauses of ``norms`` that name violence or death, and, with
    ``accidents``, in those that tell an accident or a disaster ("انتشلت ... جثث خمسة مهاجرين
    غرقوا إثر غرق مركبهم" under "انتشال جثث 5 مهاجرين"); None if there are none."""
    figures: set[int] | None = None
    for norm in norms:
        for a, b, recalled in _marked_spans(norm):
            sub = norm[a:b]
            triggers = find_triggers(sub)
            if not triggers:
                continue
            if not recalled and not _is_background(sub, published) and not (
                accidents and _accident(sub, triggers)
            ):
                continue
            toks = tokens(sub)
            figures = (figures or set()) | {
                q.value for i in range(len(toks)) if (q := parse_quantity(toks, i)) and q.value is not None
            }
    return figures


def _covered(told: set[tuple[str, int]], body: set[tuple[str, int]]) -> bool:
    """Every figure of a headline is given, or exceeded, by the body: "تقتل قيادياً" over "قتل
    قيادي واثنان من مرافقيه" names the best-known of the dead, not another incident."""
    return all(any(k == kind and v >= value for k, v in body) for kind, value in told)


def _is_incident(draft: _Draft) -> bool:
    has_toll = any(c.killed or c.injured or c.approximate for c in draft.tolls.values())
    violent = any(names_an_act(t) for c in draft.clauses for t in c.triggers)
    if violent and not has_toll and (_ordnance_seized(draft) or _unopposed_entry(draft)):
        return False
    has_context = bool(draft.places or any(c.actors for c in draft.clauses))
    return has_toll or (violent and has_context)


def _ordnance_seized(draft: _Draft) -> bool:
    """Ordnance found or seized, or a raid that found and seized, and nothing else violent
    ("ضبط شحنة تضم قنابل يدوية"، "ضبط بحوزتهم أسلحة بعد مداهمة أماكن وجودهم")."""
    pattern = _patterns()
    acts = [t for c in draft.clauses for t in c.triggers if names_an_act(t)]
    seized = pattern.ordnance | pattern.raids
    return all(t.word in seized for t in acts) and any(
        pattern.seizures.search(c.norm) for c in draft.clauses
    )


def _unopposed_entry(draft: _Draft) -> bool:
    """A raid or a storming that the report says met no fight, and nothing else violent ("اقتحمت
    قوة أمنية مقر إقامته ووضعته قيد الإقامة الجبرية، دون وقوع اشتباكات"): an arrest, no incident.
    A raid with its dead has its toll's words."""
    pattern = _patterns()
    acts = [t for c in draft.clauses for t in c.triggers if names_an_act(t)]
    return all(t.word in pattern.forced_entries for t in acts) and any(
        pattern.unopposed.search(c.norm) for c in draft.clauses
    )


# --- building events ------------------------------------------------------------------------


def _actors(
    draft: _Draft, country: str | None, disputing: list[str] | None = None, earlier: list[str] | None = None,
    told: list[str] | None = None,
) -> list:
    """Actors of the incident's clauses with their strongest role, then the parties named in
    the sentences that dispute it ("ونفت الجبهة الوطنية للتحرير ...") as mentioned, and the
    ones the sentences that tell it (``told``, from its first on) say its attackers were
    ("ويرجح أن المهاجمين ينتمون إلى تنظيم الدولة") as perpetrators."""
    roles: dict[str, str] = {}
    entries = dict(actor_entries())  # plus the groups the text names itself
    for clause in draft.clauses:
        entries.update((m.entry.id, m.entry) for m in clause.actors)
        for actor_id, role in clause.roles.items():
            old = roles.get(actor_id, "mentioned")
            roles[actor_id] = role if ROLE_RANK[role] > ROLE_RANK[old] else old
    for norm in disputing or []:
        for mention in find_actors(norm, country):
            entries.setdefault(mention.entry.id, mention.entry)
            roles.setdefault(mention.entry.id, "mentioned")
    norms = [c.norm for c in draft.clauses]
    claimant = claimed_by_anaphor(norms, earlier or [], [entries[i] for i in roles], country)
    if claimant is not None:  # "وتبنت الحركة الهجوم": the group named earlier in the article
        entries[claimant.id] = claimant
        roles[claimant.id] = "perpetrator"
    # the attackers a later sentence tells of are the ones the incident left unnamed: where it
    # names its doer ("شن الجيش غارة على مواقع الحركة ... وقال إن المسلحين من عناصر الحركة"),
    # they are the ones it hit
    unnamed = actor_lexicon().unknown_actor
    attributed = [
        entry for norm in told or [] for entry in attributed_attackers(norm, country)
    ] if not any(role == "perpetrator" and i != unnamed for i, role in roles.items()) else []
    for entry in attributed:
        entries[entry.id] = entry
        roles[entry.id] = "perpetrator"
    hit = {c.group for c in draft.tolls.values()}
    for actor_id, role in roles.items():
        if role == "mentioned" and entries[actor_id].group in hit:
            roles[actor_id] = "target"
    # a group that was hit ("ثلاثة من عناصر حكومة طالبان ... برصاص مسلحين مجهولين") does not
    # name the attackers
    named = [entries[i] for i, role in roles.items() if role != "target"]
    unknown = unknown_attackers(norms, named, "perpetrator" in roles.values())
    if unknown is not None:
        entries[unknown.id] = unknown
        roles[unknown.id] = "perpetrator"
    army = own_forces(norms, [entries[i] for i in roles], country)
    if army is not None:
        entries[army.id] = army
        roles.setdefault(army.id, "target")
        if army.group in hit and roles[army.id] == "mentioned":
            roles[army.id] = "target"
    order = sorted(roles, key=lambda i: -ROLE_RANK[roles[i]])
    return [to_actor(entries[i], roles[i]) for i in order]


def _locations(draft: _Draft, fallback: list[PlaceMention], dateline: list[PlaceMention]) -> list:
    """The incident's places; with none of its own, the headline's, else the dateline's. A
    dateline is the desk's city, not the site ("بغداد (رويترز) - ... في الفلوجة" is not in
    Baghdad), unless the site lies in it or the incident names no town and no other division
    than the one the dateline lies in ("كاتسينا - ... بولاية كاتسينا"، "عمان - ... على الحدود مع
    سوريا": the country across a border is no site). Another country named as the site ("أنقرة -
    ... شمالي العراق") keeps the desk out."""
    if draft.places:
        places, resolved = list(draft.places.values()), dict(draft.resolved)
        sites = [p for p in places if p.rank >= DISTRICT]
        for m in dateline:
            d = m.entry
            if d.rank < DISTRICT:
                continue  # "تونس -"، "غزة -": a country or division the sites lie in adds nothing
            if any(contains(d.id, p.id) for p in places) or (
                not sites and all(contains(p.id, d.id) or resolved.get(p.id) == "border" for p in places)
            ):
                places.append(d)
                resolved.setdefault(d.id, m.resolved_by)
    else:
        mentions = fallback or dateline
        places, resolved = [m.entry for m in mentions], {m.entry.id: m.resolved_by for m in mentions}
    # finest first; of equals, a place the headline names before the others ("انفجار أمام مصرف
    # في قندوز" over "فرع لمصرف كابل في مدينة قندوز"): the merge takes the first as the place a
    # report is about when it names several far apart
    headline = {m.entry.id for m in fallback}
    ordered = sorted(dict.fromkeys(places), key=lambda p: (-p.rank, p.id not in headline))
    ordered = list(dict.fromkeys(_held_of_its_rank(p, ordered) for p in ordered))
    return [replace(lookup(p.id), resolved_by=resolved.get(p.id, "unique")) for p in ordered]


def _held_of_its_rank(place: PlaceEntry, places: list[PlaceEntry]) -> PlaceEntry:
    """A town named beside a village that lies in it, as the seat of the village's district
    ("بلدة عيناثا قضاء بنت جبيل"), gives way to the village, in its rank among the places: the
    village is the site, the district's seat only where it lies; kept, it would be a site of its
    own and tie the village's incident to every other of the district's villages that day."""
    return next(
        (q for q in places if q.id != place.id and q.rank == place.rank and contains(place.id, q.id)), place
    )


@dataclass
class _Context:
    """Article-wide facts an event falls back on: claims, denials, date, places.

    Claimants and denials are read once per sentence, when first needed, so that the
    events of a long article cost linear time together."""

    norms: list[str]
    published: dt.date | None
    article_date: dt.date | None
    headline_places: list[PlaceMention]
    country: str | None = None
    dateline_places: list[PlaceMention] = field(default_factory=list)
    _claimants: dict[int, list[str]] = field(default_factory=dict)
    _disputed: dict[int, bool] = field(default_factory=dict)
    _claimed_upto: list[list[str]] = field(default_factory=list)

    def claimants(self, i: int) -> list[str]:
        if i not in self._claimants:
            self._claimants[i] = find_claimants(self.norms[i], self.country)
        return self._claimants[i]

    def claimants_upto(self, i: int) -> list[str]:
        """Every claimant of sentences 0..i, in order (a running, memoised union)."""
        while len(self._claimed_upto) <= i:
            k = len(self._claimed_upto)
            before = self._claimed_upto[-1] if self._claimed_upto else []
            new = [c for c in self.claimants(k) if c not in before]
            self._claimed_upto.append(before + new if new else before)
        return self._claimed_upto[i]

    def disputed(self, i: int) -> bool:
        if i not in self._disputed:
            self._disputed[i] = is_disputed(self.norms[i])
        return self._disputed[i]


def _disputing(ctx: _Context, first: int, until: int) -> list[str]:
    return [ctx.norms[i] for i in range(first, until + 1) if ctx.disputed(i)]


def _claims(ctx: _Context, first: int, last: int) -> tuple[list[str], bool]:
    claimants: list[str] = []
    for i in range(first, min(last, first + 1) + 1):
        claimants.extend(ctx.claimants(i))
    if not claimants:
        claimants = ctx.claimants_upto(first)
    disputed = any(ctx.disputed(i) for i in [0, *range(first, last + 1)])
    return list(dict.fromkeys(claimants)), disputed


def _event(article: Article, index: int, draft: _Draft, ctx: _Context, until: int) -> Event:
    first = draft.clauses[0].sentence
    claimed, disputed = _claims(ctx, first, until)
    triggers = [t for c in draft.clauses for t in c.triggers]
    kind = event_type(triggers)
    date = None
    for norm in dict.fromkeys(ctx.norms[c.sentence] for c in draft.clauses):
        date = resolve_date(norm, ctx.published)
        if date:
            break
    date = date or ctx.article_date or ctx.published
    key = article.article_id or article.content_hash
    return Event(
        event_id=stable_id(key, index, kind),
        type=kind,
        date=date.isoformat() if date else None,
        actors=_actors(draft, ctx.country, _disputing(ctx, first, until) if disputed else [],
                       ctx.norms[: draft.clauses[-1].sentence + 1], ctx.norms[first : until + 1]),
        locations=_locations(draft, ctx.headline_places, ctx.dateline_places),
        casualties=fold_restated([c for c in draft.tolls.values() if c.killed or c.injured or c.approximate]),
        claimed_by=claimed,
        contested=disputed,
        evidence=EVIDENCE_JOIN.join(dict.fromkeys(c.text for c in draft.clauses)),
        article_id=article.article_id or None,
        source_id=article.source_id or None,
    )


def extract(article: Article, outlet: str | None = None) -> list[Event]:
    """The violent incidents an article reports, one Event per incident, in reading order.

    ``outlet`` is the ISO country of the outlet (by default read from the article's address);
    it decides between places of the same name when the article itself does not."""
    sentences = _sentences(article)
    norms = [normalize(s) for s in sentences]
    violent = [i for i, norm in enumerate(norms) if find_triggers(norm)]
    if not violent:
        return []
    places = article_context(
        norms, outlet or outlet_country(article.url),
        lambda: frozenset(c for i in violent for c in named_countries(norms[i])),
    )
    published = parse_published(article.published_at)
    commentary = _commentary(norms)
    clauses: list[_Clause] = []
    for i in violent:
        # an analysis weaves the attacks it recalls into long sentences ("منذ نوفمبر الماضي أعلنت
        # الجماعة ...، قالت إنها أوقعت 17 قتيلاً"): there the whole sentence is background
        if is_dated_entry(norms[i]) or (commentary and i > 0 and _is_background(norms[i], published)):
            continue
        clauses.extend(_analyse(i, sentences[i], places, published))
    if _figure_of_the_body(clauses, violent, norms):
        return []
    # a headline that names no attack may sum up a body that tells an accident
    calm = all(t.type == "other" for c in clauses if c.sentence == 0 for t in c.triggers)
    drafts = _incidents(clauses, lambda: _background_figures(norms[1:], published, accidents=calm))
    if commentary and not any(_reported(d) for d in drafts):
        drafts = []
    if any(_bare_blast(d) for d in drafts) and _accident_told([norms[i] for i in violent], published):
        drafts = [d for d in drafts if not _bare_blast(d)]
    # the sentences of violence read wholly as background that date it to an earlier day or year
    recalled = [
        i for i in violent
        if i not in {c.sentence for c in clauses}
        and (names_earlier_year(norms[i], published) or names_an_earlier_date(norms[i], published))
    ]
    drafts = [
        d for d in drafts
        if not _refers_to_the_recalled(
            d, recalled, {c.sentence for e in drafts if e is not d for c in e.clauses}
        )
    ]
    if not drafts:
        return []
    ctx = _Context(
        norms, published, _article_date(norms, published),
        _headline_places(norms[0], places) if norms else [], places.country,
        _dateline_places(sentences, norms, places),
    )
    starts = [d.clauses[0].sentence for d in drafts] + [len(sentences)]
    return [
        _event(article, i, d, ctx, _until(d, starts[i + 1]))
        for i, d in enumerate(drafts)
    ]


# read by ``preload``: a report that touches every data file extraction reads
_PRELOAD_REPORT = """مقتل ثلاثة جنود بهجوم لبوكو حرام في بلدة دامبوا بولاية بورنو
قتل ثلاثة جنود وأصيب خمسة مدنيين أمس الاثنين في هجوم شنه مسلحون من بوكو حرام على بلدة دامبوا
في ولاية بورنو شمال شرقي نيجيريا، بحسب مصادر أمنية، فيما قال الجيش إن الحصيلة ارتفعت إلى أربعة.
"""


def preload() -> None:
    """Load the lexicons and gazetteers now (about two seconds) rather than on the first
    article: a Kafka worker does it before it joins its group, so that the first messages of
    its partitions do not wait behind the loading (they did: the alert latency's p95 was the
    backlog of a worker's first seconds)."""
    extract(article_from_text(_PRELOAD_REPORT, "2020-01-07"))


def _figure_of_the_body(clauses: list[_Clause], violent: list[int], norms: list[str]) -> bool:
    """A headline with no figure whose body tells its war words only as figures of speech
    ("معركة الجيران" over "حسم المنتخب معركة الجيران بهدفين لهدف في مباراة ..."), or tells no
    violence at all and speaks of sport, markets or politics ("الهند تسحق باكستان في "معركة" دبي"
    over "ألحق منتخب الهند هزيمة جديدة بنظيره ... داخل الملعب"): the headline uses them so too,
    and the article has no incident."""
    if not clauses or any(c.sentence > 0 for c in clauses) or _values(clauses):
        return False
    figurative = _patterns().figurative
    body = [i for i in violent if i > 0] or range(1, len(norms))
    return any(figurative.search(norms[i]) for i in body)


def _commentary(norms: list[str]) -> bool:
    """Whether the article is analysis or opinion: by its headline ("تحليل | ...") or by the
    desk its dateline names in the outlet's place ("دمشق - رأي: ..."، "زمان الوصل - مقال:")."""
    patterns = _patterns()
    if norms and patterns.commentary.search(norms[0]):
        return True
    return any(patterns.commentary_desk.search(norm) for norm in norms[1:3])


def _accident_told(norms: list[str], published: dt.date | None) -> bool:
    """Whether a clause of the article gives its blast an accidental cause ("أشارت التحقيقات إلى
    سوء تخزين مواد كيميائية"، "إثر انفجار أسطوانة غاز"). A fire or a blast named alone ("حريق
    مصفح"، "انفجار صهاريج المحروقات") is no cause: drones set tanks on fire too."""
    accidental = _patterns().accidental
    return any(
        accidental.search(norm, a, b) and _dropped_accident(norm[a:b], published)
        for norm in norms
        for a, b in _clause_spans(norm)
    )


def _refers_to_the_recalled(draft: _Draft, recalled: list[int], told: set[int]) -> bool:
    """An incident that counts no one and names its attack only definite ("وكان جيش تحرير
    بلوشستان قد تبنى الهجوم"، "وتبنى التنظيم الهجوم") after a sentence of violence read wholly
    as background and dated to an earlier day or year (``recalled``: a trial's or an
    anniversary's retelling of an old attack, "في نوفمبر 2024") and no sentence that
    told another incident (``told``, the sentences of the other incidents' clauses): the claim or
    the blame of that recalled attack, as ``_retells`` reads one of an incident told before, and
    no incident of its own."""
    first = min(c.sentence for c in draft.clauses)
    if not any(i < first for i in recalled) or any(i < first for i in told):
        return False
    if any(c.killed or c.injured or c.approximate for c in draft.tolls.values()):
        return False
    if any(c.new_marker or c.items for c in draft.clauses):
        return False
    acts = [(c, t) for c in draft.clauses for t in c.triggers if names_an_act(t)]
    return bool(acts) and all(_definite(c.norm, t.start) for c, t in acts)


def _bare_blast(draft: _Draft) -> bool:
    """An incident told with toll words and a bare "انفجار" only, no weapon, no attack word and
    no doer ("انفجار ضخم في الميناء يقتل 40"): in an article that tells an accident, that
    accident told again, not an attack."""
    triggers = [t for c in draft.clauses for t in c.triggers]
    return (
        any(t.word in _patterns().blasts for t in triggers)
        and all(t.type == "other" or t.word in _patterns().blasts for t in triggers)
        and "perpetrator" not in {role for c in draft.clauses for role in c.roles.values()}
    )


def _dateline_places(sentences: list[str], norms: list[str], context: Context) -> list[PlaceMention]:
    """The places of the body's dateline ("عدن -"، "بغداد (رويترز) -"), split off as the
    sentence after the headline."""
    dateline = _patterns().dateline
    # the body's first sentence, after a headline of one or a few sentences
    for sentence, norm in zip(sentences[1:4], norms[1:4], strict=False):
        m = dateline.match(sentence + " ")  # the sentence was cut right after the dash
        if m is not None and m.end() > len(sentence):
            # the place words only: not the agency or outlet after them ("- الجزيرة نت:")
            cut = DATELINE_END.search(norm)
            return find_place_mentions(norm[: cut.start()] if cut else norm, context)
    return []


def _reported(draft: _Draft) -> bool:
    """Whether an analysis or interview reports ``draft`` as news: with a number of dead or
    wounded, or dated to a day before publication ("مساء أمس"; "الصحف الصادرة اليوم" dates the
    papers). What such a piece says of attacks with neither ("هجمات التنظيم لم تعد أحداثاً
    متفرقة") is discussion, and then so is the rest."""
    return any(c.killed or c.injured for c in draft.tolls.values()) or any(
        names_past_day(c.norm) for c in draft.clauses
    )


def _article_date(norms: list[str], published: dt.date | None) -> dt.date | None:
    for norm in norms[:3]:
        date = resolve_date(norm, published)
        if date:
            return date
    return None


def article_from_text(text: str, published: str | None = None, url: str | None = None) -> Article:
    """An Article from plain text whose first non-empty line is the headline."""
    lines = text.strip().splitlines()
    title = lines[0].strip() if lines else ""
    body = "\n".join(lines[1:]).strip()
    content_hash = hashlib.sha1(normalize(text).encode("utf-8")).hexdigest()
    return Article(
        article_id=stable_id(url) if url else content_hash[:16],
        url=url or "",
        canonical_url=url or "",
        source_id="",
        title=title,
        text=body,
        published_at=published,
        fetched_at=published or "",
        lang="ar",
        content_hash=content_hash,
    )
