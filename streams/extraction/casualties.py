"""Killed and injured counts, per group, from one clause of a report.

A small grammar over normalised tokens: a casualty word opens a phrase ("مقتل"، "أصيب"،
"لقوا مصرعهم"), amounts follow it, joined by "و" ("مقتل 8 منهم و6 عناصر من الحزب"), or
carry their own casualty noun ("3 قتلى و5 جرحى"، "قتيلان"). A people noun after the
amount names the group ("مدنيين" → civilians) or hands over to the actor after it
("عناصر من قوات النظام"); a singular or dual noun with no number counts 1 or 2
("قُتل جندي وأصيب آخر"). Subsets ("بينهم 3 أطفال") are not added twice.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, replace
from typing import Literal, cast

from streams.extraction.actors import ActorMention, is_state_person
from streams.extraction.actors import lexicon as actor_lexicon
from streams.extraction.arabic import (
    AND,
    ARTICLE,
    COMMAS,
    CONJUNCTIONS,
    SEMICOLONS,
    TOKEN_CACHE,
    clitic_variants,
    free_form,
    normalize,
)
from streams.extraction.data import Strict, load
from streams.extraction.dates import dates_a_person, in_a_numeric_date, names_a_day, names_a_month
from streams.extraction.numbers import Quantity, parse_quantity, word_value
from streams.records import Casualties

__all__ = [
    "CIVILIANS", "CasualtyItem", "agent_spans", "beheadings", "combine", "find_casualties", "finishing_verbs",
    "fold_restated", "militants_group", "names_others", "rank_among_dead",
]

# A clock time ("10:40") and a numbered label ("(تحديث 2)") are single tokens, never amounts.
TOKEN = re.compile(rf"\d+(?::\d+|\))|\d+|[^\W\d]+|[{COMMAS}{SEMICOLONS}]")
CIVILIANS = "civilians"
WINDOW = 3
# A subset may stand a little further from its count, past the count's own description ("قتل 5
# أفراد من عائلة واحدة، بينهم 3 أطفال"): it is still part of that count, not the next.
SUBSET_WINDOW = 5
# A beheading verb reaches its heads across its subject ("قطع مسلحون ينتمون لتنظيم الدولة رؤوس
# أربعة مزارعين"), in the same clause: up to this many tokens before them.
BEHEADING_REACH = 6
# Opening an aside after a comma ("17 مواطنا استشهدوا في محافظة خان يونس منذ فجر اليوم، بينهم 13
# نازحا قضوا في قصف ..."), it reaches back past the count's place and time: the 13 are of the 17.
AFTER_COMMA_SUBSET_WINDOW = 12
# An amount joined by "و" to the count before it, with its own people after it, may stand past
# that count's description ("قتل أربعة من مقاتلي العشائر المتحالفة مع الحكومة و11 من مسلحي
# الحركة"): the same verb's second group, while no clause mark stands between.
JOINED_WINDOW = 8
PARTITIVE = "من"  # "و11 من المسلحين": the people of an amount after it
# The preposition "ب" (by, with) as it is glued to its noun.
BY = "ب"
NUMBER_VALUE = {"sg": 1, "du": 2, "pl": None}
# "لقي ستة جنود من الجيش الصومالي مصرعهم": the subject stands between "لقي" and its object.
DEATH_REACH = 10
# "أودى تفجير انتحاري استهدف مقراً حكومياً في مدينة X، عاصمة ولاية Y، بحياة 8": "أودى" always
# takes "بحياة", however long its subject.
LIFE_REACH = 20
# "قضت مفرزة للجيش الوطني الشعبي، إثر عملية بحث وتمشيط بالقطاع العملياتي لعين الدفلى بالناحية
# العسكرية الأولى، يوم 10 فيفري، على إرهابيين اثنين": a communiqué's finishing verb takes its "على"
# and the militants after the unit, the operation, the sector, the region and the day.
FINISH_REACH = 30
# "شيعت جثامين الشهداء فلان وفلان وفلان، الذين ارتقوا": how far back from a relative pronoun the
# victims it refers to may be named.
NAMED_REACH = 30
# Endings of a past verb that agrees with a plural or dual subject before it ("أصيبوا"، "قتلا"،
# posts' "انصابو").
SUBJECT_VERB_ENDINGS = ("وا", "و", "ا")
# How far "إلى" of a rising toll may stand from its verb: past a head with its incident and a
# relative clause ("ارتفع عدد قتلى الهجوم الذي شنه مسلحو جماعة بوكو حرام ليل السبت على بلدة
# كوندوغا في ولاية بورنو شمال شرقي نيجيريا إلى ثمانية").
RISE_SPAN = 28
# How long a comma-set-off apposition inside a rising toll's head may be: a town's description
# ("، مركز منطقة باجور شمال غربي باكستان،") is no end of the head.
RISE_ASIDE = 8
COMMA_MARKS = frozenset(COMMAS)
# The ending of an indefinite accusative noun once its tanween is stripped ("جندياً" > "جنديا").
ACCUSATIVE = "ا"
CLAUSE_MARKS = frozenset(COMMAS + SEMICOLONS)
# Words that may stand between an assassination verb and its object: the subject
# ("قتل مسلحون يشتبه في انتمائهم إلى جماعات جهادية 40 مدنياً").
SUBJECT_SKIP = 8
# How far back from a killing word a charge may stand ("المشتبه بهم في مقتل"): three words.
CHARGE_REACH = 3
# Bounded work per clause: a clause yields at most this many counts, and a count's quoted
# text reaches back at most this many tokens to its casualty word.
MAX_ITEMS = 64
TEXT_REACH = 16
# How far back from a count "منهم" may find the attackers it refers to ("لاحقت المهاجمين
# وقتلت 20 منهم"): three words.
BACK_REFERENCE_REACH = 3
# "ستة من عناصر الدفاع الوطني لقوا حتفهم"، "سبعة جنود، بينهم ضابط برتبة نقيب، استشهدوا": how
# far a count's own verb may follow it, past the people it names.
VERB_REACH = 8
# ... and how many words no table knows it may pass, right after a partitive "من".
OWNER_WORDS = 2
# "مقتل قيادي في وحدات مقاومة سنجار ومرافقه": how far a companion may follow its victim.
COMPANION_REACH = 9
# "عثر عليه مقتولاً داخل سيارته، مصاباً بثلاث طلقات": how far the wounds of one dead may
# follow the death they describe.
WOUNDS_REACH = 8
# "عدد القتلى ارتفع": how far back a toll's head may stand before its verb; farther than
# HEAD_NEAR only past a relative clause ("عدد الجرحى الذين وصلوا إلى المستشفيات بلغ 23").
HEAD_NEAR = 3
# Wide enough for a head whose incident is told in full before its verb ("عدد قتلى الهجوم الذي
# شنه مسلحو الحركة بعبوة ناسفة على حافلة ركاب في مقاطعة مانديرا قرب الحدود ارتفع إلى ثمانية").
HEAD_REACH = 22
# Words of a subject between a toll's verb and its head ("خفضت حكومة الإقليم حصيلة القتلى").
SUBJECT_REACH = 5
# Actor kinds (gazetteers/actors.yaml) that are a state's forces: gunmen are never theirs.
STATE_KINDS = frozenset({"government", "turkey", "israel", "russia", "coalition"})


@dataclass(frozen=True)
class CasualtyItem:
    """One count: ``group`` is an actor group label, "civilians", or None if unknown."""

    kind: str  # killed | injured
    value: int | None
    approximate: bool
    group: str | None
    start: int
    end: int
    latest: bool = False  # the current figure of a rising toll ("ارتفع عدد القتلى إلى 9")


@dataclass
class _Tok:
    text: str
    start: int
    end: int


Words = tuple[str, ...]
Numbered = dict[str, Literal["sg", "du", "pl"]]


class CasualtyLexicon(Strict):
    """``lexicons/casualties.yaml``: word lists, and nouns with their grammatical number."""

    killed: Words
    injured: Words
    killed_nouns: Numbered
    injured_nouns: Numbered
    civilians: Numbered
    fighters: Numbered
    own_members: Numbered
    militants: Numbered
    militants_group: str
    gunmen: Words
    attackers: Words
    kill_verbs: Words
    either_voice: Words
    subject_modifiers: Words
    failed: Words
    charges: Words
    charge_links: Words
    others: Numbered
    last_before_noun: Words
    killed_pron: Numbered
    injured_pron: Numbered
    not_people: Words
    designators: Words
    subset: Words
    linkers: Words
    meet_verbs: Words
    death_words: Words
    finish_verbs: Words
    dual_echo: Words
    rise_verbs: Words
    toll_heads: Words
    toll_nouns: Words
    toll_of: Words
    injured_heads: Words
    killed_heads: Words
    victims_heads: Words
    since_words: Words
    possessive_suffixes: Words
    failable: Words
    finish_prepositions: Words
    rise_causes: Words
    earlier_figures: Words
    rise_finds: Words
    counted_only: Words
    rise_to: Words
    subject_fighters: Words
    subject_endings: Words
    construct_subject_endings: Words
    dual_subject_endings: Words
    back_reference: Words
    reach_verbs: Words
    combined: tuple[str, ...]
    combined_before: tuple[str, ...]
    companions: Numbered
    kin: Words
    cases: Words
    attacker_finished_noun: Numbered
    apposition: Words
    bodies: Words
    body_nouns: Words
    lifeless: Words
    with_him: Words
    attacker_killed: Numbered
    before_words: Words
    one_of_them: Words
    beheading_verbs: Words
    heads: Words
    relatives: Words
    dual_relatives: Words
    plural_relatives: Words
    of_wounds: Words
    hedges: Words
    verb_particles: Words
    attacker_finished: Numbered
    victims_after: Words
    resumptive: Words
    finish_nouns: Words
    restating: Words
    other_fates: Words
    avenged: Words
    causes: Words
    all_of_them: Words
    then_words: Words
    complements: Words
    partitive_one: Words
    witness_verbs: Words
    among: Words
    ranks: Words
    adding: Words
    named_after: Words
    each: Words
    ordinal_others: Words
    age_decades: Words
    age_of: Words
    fall_words: Words
    running_ordinals: dict[str, int]


@functools.cache
def _lex() -> dict[str, object]:
    """The lexicon normalised: word lists as sets, numbered nouns as dicts."""
    lex: dict[str, object] = {}
    for key, value in load("lexicons/casualties.yaml", CasualtyLexicon).model_dump().items():
        if key in ("combined", "combined_before"):  # phrases by their first word, looked up at every token
            phrases: dict[str, list[tuple[str, ...]]] = {}
            for w in value:
                words = tuple(normalize(w).split())
                phrases.setdefault(words[0], []).append(words)
            lex[key] = phrases
        elif isinstance(value, str):
            lex[key] = value
        elif isinstance(value, dict):
            lex[key] = {normalize(k): v for k, v in value.items()}
        else:
            lex[key] = frozenset(normalize(w) for w in value)
    return lex


def _set(key: str) -> frozenset[str]:
    return _lex()[key]  # type: ignore[return-value]


@functools.cache
def _possessive() -> tuple[str, ...]:
    """Possessive suffixes, longest first: "هما" before "ه"."""
    return tuple(sorted(_set("possessive_suffixes"), key=len, reverse=True))


@functools.cache
def _lexicons_of_form() -> dict[str, tuple[str, ...]]:
    """Every word of the lexicon and the word lists that hold it."""
    index: dict[str, list[str]] = {}
    for key, table in _lex().items():
        if not isinstance(table, str):  # a str entry is a pattern, not a word list
            for form in table:  # type: ignore[attr-defined]
                index.setdefault(form, []).append(key)
    return {form: tuple(keys) for form, keys in index.items()}


@functools.lru_cache(maxsize=TOKEN_CACHE)
def _forms(tok: str) -> dict[str, str]:
    """The word lists ``tok`` is in (clitics peeled), each with the form of ``tok`` it holds,
    the longest form first. Cached per token: the grammar asks of every token for several
    lists, and one entry per token holds the answers for them all (an entry per token and
    list was most of the walk's cache misses)."""
    index = _lexicons_of_form()
    found: dict[str, str] = {}
    for form in clitic_variants(tok):
        for key in index.get(form, ()):
            found.setdefault(key, form)
    return found


@functools.lru_cache(maxsize=TOKEN_CACHE)
def _in(tok: str, key: str) -> str | None:
    """The form of ``tok`` found in lexicon ``key`` (clitics peeled), else None."""
    return _forms(tok).get(key)


# The lexicons a casualty kind (killed or injured) is read from: trigger verbs and nouns, the
# toll's rise verbs, felling pronouns, the attacker's own death. Every count the grammar emits
# carries a kind, so a clause with no word of these (most clauses of a violent article) counts
# no one, and is answered without the token walk. A new lexicon that opens a kind belongs here.
KIND_SOURCES = (
    "killed", "injured", "killed_nouns", "injured_nouns", "killed_pron", "injured_pron",
    "rise_verbs", "reach_verbs", "attacker_killed", "finish_verbs", "finish_nouns",
)


@functools.cache
def _kind_words() -> frozenset[str]:
    words: set[str] = set(_set("heads"))  # "قطعوا رؤوس خمسة": the heads word opens a killing
    for key in KIND_SOURCES:
        words.update(_lex()[key])  # type: ignore[arg-type]
    return frozenset(words)


def _may_count(norm: str) -> bool:
    """Whether a normalised clause has a word a casualty kind can be read from."""
    words = _kind_words()
    return any(form in words for tok in TOKEN.findall(norm) for form in clitic_variants(tok))


@functools.cache
def _indefinite_groups() -> frozenset[str]:
    """The nouns that name an armed group in the actor lexicon ("الحركة"، "الجماعة"), without
    their article."""
    return frozenset(normalize(w).removeprefix(ARTICLE) for w in actor_lexicon().group_anaphors)


def _possessed(word: str) -> str | None:
    """The grammatical number of a people noun with a possessive pronoun: "والدتهما" (والده)
    and "طفلها" (طفل) are singular; "طفلاها"، "ابناه" are duals, whose nominative loses its
    nun before the pronoun and keeps the alef (a singular's accusative alef does not stand
    before a pronoun)."""
    table: dict[str, str] = _lex()["civilians"]  # type: ignore[assignment]
    for form in clitic_variants(word):
        for suffix in _possessive():
            if form.endswith(suffix) and len(form) - len(suffix) >= 2:
                stem = form[: -len(suffix)]
                if stem.endswith("ا") and table.get(stem[:-1]) == "sg":
                    return "du"
                for cand in (stem, free_form(stem)):
                    if cand in table:
                        return table[cand]
    return None


def _own_fighters(word: str) -> str | None:
    """"مقاتليها"، "عناصره": fighters with a possessive pronoun, i.e. the possessor's own;
    the grammatical number of the noun, else None."""
    tables = (_lex()["fighters"], _lex()["own_members"])
    for form in clitic_variants(word):
        for suffix in _possessive():
            if form.endswith(suffix) and len(form) - len(suffix) >= 3:
                stem = form[: -len(suffix)]
                for table in tables:
                    if stem in table:  # type: ignore[operator]
                        return table[stem]  # type: ignore[index]
    return None


def _tokens(norm: str) -> list[_Tok]:
    return [_Tok(m.group(), m.start(), m.end()) for m in TOKEN.finditer(norm)]


def _quantity(toks: list[_Tok], i: int) -> Quantity | None:
    # the word before is kept for the grammar: "الخامسة عشرة" is an ordinal, not ten
    before = 1 if i > 0 else 0
    words = [t.text for t in toks[i - before : i + 8]]
    q = parse_quantity(words, before)
    if q is None and len(words) > before and words[before].startswith(AND) and len(words[before]) > 1:
        q = parse_quantity([*words[:before], words[before][1:], *words[before + 1 :]], before)
    if q is None:
        return None
    return Quantity(q.value, q.approximate, i, i + q.end - before)


def _trigger(toks: list[_Tok], i: int) -> str | None:
    word = toks[i].text
    if _beheaded(toks, i):
        return "killed"  # "قطعوا رؤوس خمسة"، "وقطع المسلحون رؤوس": the victims follow the heads
    if _in(word, "killed") and any(_in(t.text, "avenged") for t in toks[max(0, i - 2) : i]):
        return None  # "رداً على اغتيال قائدها": the earlier death an attack answers
    if _in(word, "killed"):
        form = _in(word, "killed")
        if form in _set("counted_only"):
            counted = i + 1 < len(toks) and _quantity(toks, i + 1) is not None
            return "killed" if counted or _counted_militants(toks, i) is not None else None
        if form in _set("meet_verbs"):
            ahead = {t.text for t in toks[i + 1 : i + DEATH_REACH]}
            if ahead & _set("death_words"):
                return "killed"
            farther = {t.text for t in toks[i + DEATH_REACH : i + LIFE_REACH]}
            return "killed" if farther & _set("victims_after") else None
        if form in _set("failable") and i > 0 and _in(toks[i - 1].text, "failed"):
            return None
        if _charged(toks, i):
            return None  # "القبض على متهمين بقتل صاحب محل": the charge, no death told
        if form in _set("finish_verbs"):
            # "قضت القوات على 30"، or "قضى ثلاثة عناصر نحبهم": to meet one's fate
            ahead = {t.text for t in toks[i + 1 : i + DEATH_REACH]}
            return "killed" if _finished(toks, i) is not None or ahead & _set("death_words") else None
        return "killed"
    if _in(word, "injured"):
        if _in(word, "injured") in _set("counted_only"):
            return "injured" if i + 1 < len(toks) and _quantity(toks, i + 1) is not None else None
        return "injured"
    return None


def _charged(toks: list[_Tok], i: int) -> bool:
    """A charge word before the killing word at ``i``, past links and a count only."""
    k = i - 1
    while k >= 0 and i - k <= CHARGE_REACH:
        word = toks[k].text
        if _in(word, "charges"):
            return True
        if word not in _set("charge_links") and word_value(word) is None:
            return False
        k -= 1
    return False


def _counted_militants(toks: list[_Tok], i: int) -> int | None:
    """Where militants with their number start when they follow the verb at ``i`` past its
    subject, a communiqué's order: "حيدت مفرزة للجيش، إثر عملية تمشيط بولاية ...، إرهابيين
    اثنين"، "... ثلاثة إرهابيين"."""
    for k in range(i + 1, min(i + LIFE_REACH, len(toks))):
        if not _in(toks[k].text, "militants"):
            continue
        before = _quantity(toks, k - 1)
        if before is not None and before.end == k:
            return k - 1
        return k if k + 1 < len(toks) and _quantity(toks, k + 1) is not None else None
    return None


def _finished(toks: list[_Tok], i: int) -> int | None:
    """Where "على" stands after the finishing verb at ``i``: right after it ("قضت على عنصرين"),
    or past the verb's subject when people, counted or not, follow it ("قضت مفرزة للجيش، إثر
    كمين بمنطقة ...، على ثلاثة إرهابيين"، "قضت مفرزة على إرهابي", a communiqué's order)."""
    if i + 1 < len(toks) and toks[i + 1].text in _set("finish_prepositions"):
        return i + 1
    for k in range(i + 2, min(i + FINISH_REACH, len(toks) - 2)):
        if toks[k].text not in _set("finish_prepositions"):
            continue
        q = _quantity(toks, k + 1)
        if q is not None and q.value is None:
            return None
        people = toks[q.end if q is not None else k + 1].text
        return k if any(_in(people, key) for key in ("militants", "fighters", "civilians")) else None
    return None


def finishing_verbs(norm: str) -> list[tuple[int, int, str]]:
    """(start, end, word) of the finishing verbs whose "على" and people come after the verb's
    subject ("قضت مفرزة للجيش الوطني الشعبي على ثلاثة إرهابيين"): a killing, though no trigger
    phrase ("قضت على") is written whole."""
    if not any(verb in norm for verb in _set("finish_verbs")):
        return []  # most sentences: read at once
    toks = _tokens(norm)
    return [
        (t.start, t.end, t.text) for i, t in enumerate(toks)
        if _in(t.text, "finish_verbs") and _finished(toks, i) not in (None, i + 1)
    ]


def _beheaded(toks: list[_Tok], i: int) -> bool:
    """Token ``i`` is the heads a beheading verb before it cut: at once ("قطعوا رؤوس خمسة") or
    past the verb's subject ("قطع مسلحون ينتمون لتنظيم الدولة رؤوس أربعة"), with no comma or
    semicolon between (``BEHEADING_REACH``)."""
    if toks[i].text not in _set("heads"):
        return False
    for t in reversed(toks[max(0, i - BEHEADING_REACH) : i]):
        if t.text in COMMAS or t.text in SEMICOLONS:
            return False
        if _in(t.text, "beheading_verbs"):
            return True
    return False


def beheadings(norm: str) -> list[tuple[int, int, str]]:
    """(start, end, word) of the heads a beheading verb cut past its subject ("قطع مسلحون من
    التنظيم رؤوس أربعة مزارعين"): a killing, though no trigger phrase ("قطع رؤوس") is written
    whole."""
    if not any(head in norm for head in _set("heads")):
        return []  # most sentences: read at once
    toks = _tokens(norm)
    return [(t.start, t.end, t.text) for i, t in enumerate(toks) if _beheaded(toks, i)]


class _Parser:
    """Walks the tokens once, keeping the open casualty kind and the last group seen."""

    def __init__(
        self, norm: str, actors: list[ActorMention], default_group: str | None,
        perpetrator: str | None = None, possessor: str | None = None,
    ) -> None:
        self.norm = norm
        self.possessor = possessor
        self.rising = False  # inside "ارتفع عدد القتلى إلى ..."
        self.rose = False
        self.toks = _tokens(norm)
        self.actors = actors
        self.default_group = default_group
        self.perpetrator = perpetrator
        self.items: list[CasualtyItem] = []
        self.kind: str | None = None
        self.anchor = -10
        self.open_start = 0
        self.last_group: str | None = None
        # the last count's group was guessed (the clause's default side), not named for it
        self.last_guessed = False
        self.last_soldiers = False  # the last count's people are soldiers or police
        self.guessed = False
        self.counted = False  # a count was read since the casualty word opened the phrase
        # the casualty verb that closed the count before it ("22 شخصاً أصيبوا"): read already
        self.closing_verb = -1
        # people counted with no casualty word ("سيارة تقل أربعة أشخاص"): (value, class, group)
        self.uncounted: tuple[int, str, str | None] | None = None
        self.starts = [t.start for t in self.toks]
        self.actor_starts = [a.start for a in actors]
        self._kinds: dict[int, str | None] = {}  # _trigger per token, read many times

    def _kind_at(self, k: int) -> str | None:
        if k not in self._kinds:
            self._kinds[k] = _trigger(self.toks, k)
        return self._kinds[k]

    def run(self) -> list[CasualtyItem]:
        i = 0
        while i < len(self.toks) and len(self.items) < MAX_ITEMS:
            i = self._step(i)
        return self.items

    def _step(self, i: int) -> int:
        toks = self.toks
        if toks[i].text in CLAUSE_MARKS:
            self.rising = False
        rise = self._rise(i)
        if rise is not None:
            return rise
        combined = self._combined(i)
        if combined is not None:
            return combined
        companion = self._companion(i)
        if companion is not None:
            return companion
        if _in(toks[i].text, "other_fates"):
            self.kind = None  # "مقتل مسلح واعتقال آخر": the one after is arrested, not killed
            q = _quantity(toks, i + 1)
            # "خطف 30 طالباً ومقتل حارس": the count is of the kidnapped, whatever follows it
            return self._skip_noun(q.end) if q is not None else i + 1
        kind = self._kind_at(i)
        if kind == "killed" and self._died_of_wounds(i):
            return i + 1
        if kind == "killed" and self.rose:
            wounds = self._of_wounds_after(i)
            if wounds is not None:
                return wounds  # inside the total the toll rose to, not more dead
        if kind and i == self.closing_verb:
            # "22 شخصاً أصيبوا، اثنان منهم بجروح خطيرة": the verb closed its count; what follows
            # it is no object of it
            self.anchor = i
            return i + 1
        if kind:
            self.kind, self.anchor, self.open_start = kind, i, toks[i].start
            self.counted = False
            if _in(toks[i].text, "kill_verbs"):
                obj = self._object(i, active=True)
            else:
                obj = self._active_object(i) or i + 1
            obj = self._past_verb_phrase(i, obj)
            self.anchor = obj - 1
            nxt = self._implied(obj)
            return nxt if nxt else obj
        listed = self._named_list(i)
        if listed is None and i > 0 and toks[i - 1].text in COMMA_MARKS:
            listed = self._named_before_relative(i)  # after a comma only: read at every token
        if listed is not None:
            return listed
        if toks[i].text in _set("apposition") and i > 0 and toks[i - 1].text in COMMA_MARKS:
            # "خمسة أفراد، هم الأب والأم وثلاثة أطفال،": the people counted, named again
            close = next((c for c in range(i + 1, min(i + VERB_REACH, len(toks)))
                          if toks[c].text in COMMA_MARKS), None)
            if close is not None and i - self.anchor <= WINDOW:
                return close + 1
        among = self._among_counted(i)
        if among is not None:
            return among
        if _in(toks[i].text, "subset") and (
            i - self.anchor <= SUBSET_WINDOW
            or (self.kind and toks[i - 1].text in COMMA_MARKS
                and i - self.anchor <= AFTER_COMMA_SUBSET_WINDOW)
        ):
            q = _quantity(toks, i + 1)
            return self._skip_subset(self._skip_noun(q.end if q else i + 1) if q else i + 1)
        bare = self._bare_casualty(i) or self._pronoun(i)
        if bare:
            return bare
        q = _quantity(toks, i)
        if q is not None:
            return self._count(q)
        subject = self._dying_subject(i) or self._definite_subject(i)
        if subject is not None:
            return subject
        definite = self._definite_cardinal(i)
        if definite is not None and self.kind and i - self.anchor == 1:
            # "قتلت القوات المهاجمين الخمسة": the count after its people, with the article
            before = self._noun(i - 1)
            if before and before[0] in ("civilians", "fighters") and NUMBER_VALUE[before[1]] is None:
                return max(i + 1, self._emit(self.kind, definite, False, before[0], before[2], i - 1, i + 1))
        if self.kind and i - self.anchor <= WINDOW and _in(toks[i].text, "others") and not self._qualifier(i):
            return self._implied(i) or i + 1
        if self.kind and i - self.anchor <= 1 and toks[i].text.startswith(AND):
            if self._shares_tamyiz(i):
                return i + 1
            return self._implied(i) or i + 1
        if self._joined_past_partitive(i):
            return self._implied(i) or i + 1
        return i + 1

    def _joined_past_partitive(self, i: int) -> bool:
        """A singular or dual civilian joined by a glued "و" past the description that a bare
        count opens with "من" ("قتل ثمانية من أفراد قوة الحرس الاحتياطي المحلي وسائق مدني"):
        one more victim of the same verb, as "ثمانية جنود وسائق" is, within ``JOINED_WINDOW``
        tokens and no clause mark. A plural ("ومدنيون") counts no one, and a force's name
        ("والشرطة") is part of the description."""
        toks = self.toks
        if not (self.kind and self.counted and toks[i].text.startswith(AND) and toks[i].text != AND):
            return False
        if not (1 < i - self.anchor <= JOINED_WINDOW and toks[self.anchor + 1].text == PARTITIVE):
            return False
        if any(t.text in CLAUSE_MARKS for t in toks[self.anchor + 1 : i]):
            return False
        noun = self._noun(i)
        return noun is not None and noun[0] == "civilians" and NUMBER_VALUE[noun[1]] is not None

    def _shares_tamyiz(self, i: int) -> bool:
        """"مقتل 30 جندياً ومتطوعاً": a bare singular noun in the accusative joined to the
        accusative singular noun that a number from 11 to 99 counts is a second noun of the same
        count (soldiers and volunteers, thirty in all), not one more victim; so is a bare
        singular in the genitive joined to the genitive singular that a round hundred or
        thousand counts ("قتلت أكثر من 100 جندي ومتطوع"). "وجندي" after thirty, "وجندياً
        واحداً"، a noun after "من المسلحين" and one of another side ("18 مهاجماً وعنصراً من
        الحرس") are one more."""
        toks = self.toks
        if i < 2 or (i + 1 < len(toks) and _quantity(toks, i + 1) is not None):
            return False
        q = _quantity(toks, i - 2)
        if q is None or q.end != i - 1 or q.value is None:
            return False
        accusative = [toks[k].text.endswith(ACCUSATIVE) for k in (i - 1, i)]
        if 11 <= q.value <= 99:
            if not all(accusative):
                return False
        elif q.value < 100 or q.value % 100 or any(accusative):
            return False
        first, second = self._noun(i - 1), self._noun(i)
        if first is None or second is None or "others" in (first[0], second[0]):
            return False
        # people of one side: "جندياً ومتطوعاً"، never an attacker beside a guard ("مهاجماً وعنصراً")
        attackers = [bool(_in(toks[k].text, "militants")) for k in (i - 1, i)]
        return first[1] == second[1] == "sg" and attackers[0] == attackers[1]

    def _past_verb_phrase(self, i: int, obj: int) -> int:
        """Where the victims of the casualty word at ``i`` start when its phrase puts them after
        a preposition or a noun: "القضاء على إرهابي"، "وقضت على عنصرين" (past "على"; not
        the verb after "إنه": "قال الجيش إنه قضى على عنصر" restates a death already counted),
        "أودى التفجير بحياة 9" (past "بحياة")."""
        toks = self.toks
        form = _in(toks[i].text, "finish_nouns") or (
            _in(toks[i].text, "finish_verbs") and not (i > 0 and toks[i - 1].text in _set("restating")))
        if form and obj < len(toks) and toks[obj].text in _set("finish_prepositions"):
            return obj + 1
        far = _finished(toks, i) if form and _in(toks[i].text, "finish_verbs") else None
        if far is not None and far > obj:
            return far + 1  # "قضت مفرزة للجيش ... على ثلاثة إرهابيين": past the subject
        if _in(toks[i].text, "killed") in _set("counted_only") and _quantity(toks, obj) is None:
            far = _counted_militants(toks, i)
            if far is not None and far > obj:
                return far  # "حيدت مفرزة للجيش ... إرهابيين اثنين": past the subject
        if obj < len(toks) and toks[obj].text in _set("resumptive") and not _in(toks[i].text, "meet_verbs"):
            return obj + 1  # "هجوم قتل فيه رجل": past the incident's pronoun
        if _in(toks[i].text, "meet_verbs"):
            ahead = range(i + 1, min(i + LIFE_REACH, len(toks)))
            life = next((k for k in ahead if toks[k].text in _set("victims_after")), None)
            if life is not None:
                return life + 1
        return obj

    def _rise(self, i: int) -> int | None:
        """"ارتفعت حصيلة قتلى التفجير ... إلى 14 قتيلاً": the head and its complement are not
        counts; what follows "إلى" is the current, exact toll. After it, "بعد وفاة اثنين من
        الجرحى" tells why the toll rose and counts nothing new, and "بعدما كانت الحصيلة 11 قتيلاً"
        the figure it rose from."""
        toks = self.toks
        word = toks[i].text
        if self.rose and word in _set("rise_causes"):
            ahead = range(i + 1, min(i + 3, len(toks)))
            told = _set("earlier_figures") | _set("rise_finds")
            if any(_trigger(toks, k) or toks[k].text in told for k in ahead):
                k = i + 1
                while k < len(toks) and toks[k].text not in CLAUSE_MARKS:
                    k += 1
                return k
            return None
        forms = set(clitic_variants(word))
        if self.rose and forms & (_set("injured_heads") | _set("killed_heads")):
            return self._rise_next(i, forms)
        reach = bool(forms & _set("reach_verbs"))
        if not reach and not forms & _set("rise_verbs"):
            return None
        head = self._toll_head(i)
        if head is None:
            return None
        to = None
        k, stop = i + 1, min(i + RISE_SPAN, len(toks))
        while k < stop:
            if toks[k].text in CLAUSE_MARKS:
                if k + 1 < len(toks) and toks[k + 1].text in _set("rise_to"):
                    # "ارتفع عدد قتلى الهجوم ... على مدينة أم روابة بولاية شمال كردفان، إلى 11":
                    # a comma that closes the head before "إلى" is no end of it
                    to = k + 1
                    break
                aside = self._time_aside(k) or self._place_aside(k)
                if aside is None:
                    break
                # "ارتفعت حصيلة الشهداء جراء قصف خيمة في المواصي، مساء أمس، إلى ثلاثة": the time
                # of the strike, set off by commas, is no end of the toll's head
                stop, k = min(stop + aside - k, len(toks)), aside
                continue
            if toks[k].text in _set("rise_to"):
                to = k
                break
            if reach and k > head and _quantity(toks, k) is not None:
                to = k - 1  # "بلغ عدد الجرحى 146": the figure follows the head directly
                break
            k += 1
        if to is None:
            return None
        heads = {t.text for t in toks[min(head, i) : max(head, to) + 1]}
        injured = heads & _set("injured_heads") and not heads & _set("killed_heads")
        if reach and not heads & (_set("injured_heads") | _set("killed_heads")):
            return None
        self.kind = "injured" if injured else "killed"
        self.anchor, self.open_start = to, toks[i].start
        self.rising = self.rose = True
        self.counted = False
        return to + 1

    def _aside_end(self, k: int, most: int) -> int | None:
        """The clause mark that closes an aside of one to ``most`` words opened by the comma at
        ``k``, if there is one."""
        toks = self.toks
        ahead = range(k + 1, min(k + most + 2, len(toks)))
        end = next((m for m in ahead if toks[m].text in CLAUSE_MARKS), None)
        return None if end is None or end == k + 1 else end

    def _time_aside(self, k: int) -> int | None:
        """The token after a time set off by commas from the comma at ``k`` ("، مساء أمس،"،
        "، الثلاثاء،"): at most three words, one of them a day; else None."""
        end = self._aside_end(k, 3)
        if end is None or not any(names_a_day(t.text) for t in self.toks[k + 1 : end]):
            return None
        return end + 1

    def _place_aside(self, k: int) -> int | None:
        """The token after an apposition set off by commas from the comma at ``k`` inside a
        toll's head ("بلدة خار، مركز منطقة باجور شمال غربي باكستان، أمس، إلى 11"): at most
        RISE_ASIDE words that hold no figure and no casualty word, closed by a comma; else None."""
        toks = self.toks
        end = self._aside_end(k, RISE_ASIDE)
        if end is None or any(_quantity(toks, m) is not None or _trigger(toks, m) for m in range(k + 1, end)):
            return None
        return end + 1

    def _rise_next(self, i: int, forms: set[str]) -> int | None:
        """"ارتفع عدد القتلى إلى 3 والجرحى إلى 11"، "بلغ عدد القتلى 63 والمصابين 150": the
        other kind's head, joined to a rising toll, rises too; its figure follows "إلى" or,
        as after "بلغ", the head itself."""
        toks = self.toks
        k = i + 1
        if k < len(toks) and toks[k].text in _set("rise_to"):
            k += 1
        if k >= len(toks) or _quantity(toks, k) is None:
            return None
        injured = bool(forms & _set("injured_heads")) and not forms & _set("killed_heads")
        self.kind = "injured" if injured else "killed"
        self.anchor, self.open_start = k - 1, toks[i].start
        self.rising = True
        self.counted = False
        return k

    def _died_of_wounds(self, i: int) -> bool:
        """"أصاب أحد الحراس الذي فارق الحياة لاحقاً": the wounded counted just before the
        relative pronoun died; their count becomes a killed one."""
        if i == 0 or self.toks[i - 1].text not in _set("relatives") or not self.items:
            return False
        last = self.items[-1]
        if last.kind != "injured" or last.value is None or i - 1 - self.anchor > WINDOW + 2:
            return False
        self.items[-1] = replace(last, kind="killed", end=self.toks[i].end)
        self.kind, self.anchor = "killed", i
        return True

    def _of_wounds_after(self, i: int) -> int | None:
        """"ارتفعت الحصيلة إلى 11، مشيراً إلى وفاة طفلين متأثرين بجروحهما": after a risen toll in
        the clause, a death of wounds ("متأثراً" within a few words) is one the total counts; the
        token after the "of wounds" word, else None."""
        for k in range(i + 1, min(i + 1 + WOUNDS_REACH, len(self.toks))):
            if self.toks[k].text in CLAUSE_MARKS:
                return None
            if _in(self.toks[k].text, "of_wounds"):
                return k + 1
        return None

    def _toll_head(self, i: int) -> int | None:
        """Where the toll's head ("عدد"، "حصيلة") stands for the verb at ``i``: right after it
        ("ارتفع عدد القتلى إلى"), or just before it ("عدد القتلى ارتفع إلى")."""
        toks = self.toks
        if i + 1 < len(toks) and toks[i + 1].text in _set("toll_heads"):
            return i + 1
        for k in range(i + 2, min(i + 2 + SUBJECT_REACH, len(toks))):
            # the verb's subject between them, as a ministry's correction words it ("خفضت
            # الوزارة حصيلة القتلى إلى 89"، "عدلت السلطات السودانية حصيلة ضحايا الهجوم"): only
            # a head followed by whom it counts, before any "إلى" or clause mark
            if toks[k].text in CLAUSE_MARKS or toks[k].text in _set("rise_to"):
                break
            if toks[k].text in _set("toll_heads") and self._heads_the_dead(k, k + 1):
                return k
        if i + 2 < len(toks) and toks[i + 1].text in _set("rise_to"):
            q = _quantity(toks, i + 2)  # "ارتفع إلى 17 عدد قتلى الهجوم": the figure first
            if q is not None and q.end < len(toks) and toks[q.end].text in _set("toll_heads"):
                return q.end
        for k in range(i - 1, max(i - HEAD_REACH - 1, -1), -1):
            if toks[k].text in CLAUSE_MARKS:
                return None
            if toks[k].text in _set("toll_heads"):
                # farther back only past a relative clause on the people counted ("عدد الجرحى
                # الذين وصلوا إلى مستشفيات العاصمة بلغ 23") or past the incident the toll's
                # people are of ("عدد قتلى الهجوم على الموقع ارتفع إلى 6")
                near = i - k <= HEAD_NEAR or self._heads_the_dead(k, i)
                return k if near or any(t.text in _set("relatives") for t in toks[k + 1 : i]) else None
        return None

    def _heads_the_dead(self, k: int, verb: int) -> bool:
        """The toll head at ``k`` is followed by whom it counts ("عدد قتلى"، "حصيلة ضحايا"،
        "عدد الجرحى"), and what stands before the verb is no starting point of a running total
        ("عدد الشهداء منذ إعلان وقف إطلاق النار ارتفع إلى 356": a war's count, not a rise of
        this incident's toll)."""
        toks = self.toks
        heads = _set("killed_heads") | _set("injured_heads") | _set("victims_heads")
        if any(_in(t.text, "since_words") for t in toks[k + 1 : verb]):
            return False
        if k + 1 < verb and toks[k].text in _set("toll_nouns") and toks[k + 1].text in _set("toll_of"):
            return True  # "حصيلة الهجوم على القرية ارتفعت إلى 17": the toll of the incident it names
        return k + 1 < len(toks) and bool(set(clitic_variants(toks[k + 1].text)) & heads)

    def _combined(self, i: int) -> int | None:
        """Past "بين قتيل وجريح" at token ``i``, or past "مقتل وإصابة 25" and its people: one
        figure for the dead and the wounded."""
        end = self._phrase_at(i, "combined")
        if end is not None:
            return end
        end = self._phrase_at(i, "combined_before")
        q = _quantity(self.toks, end) if end is not None else None
        if q is None:
            return None  # "مقتل وإصابة العشرات": no figure, each word as itself
        self.kind = None
        return self._skip_noun(q.end)

    def _phrase_at(self, i: int, key: str) -> int | None:
        """The end of a phrase of lexicon ``key`` that starts at token ``i``."""
        phrases: dict[str, list[tuple[str, ...]]] = _lex()[key]  # type: ignore[assignment]
        for phrase in phrases.get(self.toks[i].text, ()):
            end = i + len(phrase)
            if end <= len(self.toks) and tuple(t.text for t in self.toks[i:end]) == phrase:
                return end
        return None

    def _companion(self, i: int) -> int | None:
        """"مقتل قيادي ... ومرافقه"، "ضابط وعنصرين كانا برفقته": those with a counted victim
        add to the same group's toll; "قبل أن تقتله قوات الأمن": the attacker's own death."""
        toks = self.toks
        word = toks[i].text
        after_before = any(_in(t.text, "before_words") for t in toks[max(0, i - 2) : i])
        form = _in(word, "attacker_killed") if after_before else None
        nxt = toks[i + 1].text if i + 1 < len(toks) else ""
        one = after_before and self._kind_at(i) == "killed" and nxt in _set("one_of_them")
        finished = (after_before and _in(word, "finish_verbs") is not None
                    and nxt in self._table("attacker_finished"))
        # "أطلق النار على الحراس ... وتم التعامل معه والقضاء عليه": the noun with the attacker
        # as its pronoun, after the attack it ended
        finished = finished or (_in(word, "finish_nouns") is not None and bool(self.items)
                                and nxt in self._table("attacker_finished_noun"))
        if form or one or finished:  # "قبل أن تقتله الشرطة"، "قبل أن يقتل أحدهما"، "تقضي عليه"
            if form:
                value = NUMBER_VALUE[self._table("attacker_killed")[form]]
            else:
                value = NUMBER_VALUE[self._table("attacker_finished")[nxt]] if finished else 1
            self.kind, self.open_start = "killed", toks[i].start
            group = self._attackers_group()
            end = i + 1 if form else i + 2
            return self._emit("killed", value, value is None, "fighters", group, i, end)
        kind = self.kind
        if not (kind and self.counted and i - self.anchor <= COMPANION_REACH):
            return None
        if any(t.text in CLAUSE_MARKS for t in toks[self.anchor + 1 : i]):
            return None
        form = _in(word, "companions")
        if form:
            value = NUMBER_VALUE[self._table("companions")[form]]
            return self._emit(kind, value, value is None, "companion", self.last_group, i, i + 1)
        named = self._named_companion(i)
        if named is not None:
            return named
        noun = self._noun(i) if word.startswith(AND) and i - self.anchor > 1 else None
        if noun is None or noun[0] not in ("civilians", "fighters") or NUMBER_VALUE[noun[1]] is None:
            return None
        if not any(_in(t.text, "with_him") for t in toks[i + 1 : i + 4]):
            return None
        value = NUMBER_VALUE[noun[1]]
        return self._emit(kind, value, False, "companion", self.last_group, i, i + 1)

    def _named_list(self, i: int) -> int | None:
        """"أسماء ضحايا الهجوم ...، وهم: النقيب فلان، والعريف فلان، والجندي فلان": where the dead
        were told with no figure, the people listed after "وهم" count one each (a singular
        people noun opening each item)."""
        toks = self.toks
        last = self.items[-1] if self.items else None
        if last is None or last.value is not None or toks[i].text.removeprefix(AND) not in _set("apposition"):
            return None
        if not (i > 0 and toks[i - 1].text in COMMA_MARKS):
            return None
        named, k = 0, i + 1
        while k < len(toks) and k - i <= LIFE_REACH * 2 and not self._kind_at(k):
            opens = k == i + 1 or toks[k - 1].text in COMMA_MARKS or toks[k].text.startswith(AND)
            noun = self._noun(k) if opens else None
            if noun is not None and noun[0] in ("civilians", "fighters") and noun[1] == "sg":
                named += 1
            elif opens and toks[k - 1].text in COMMA_MARKS:
                break  # an item that names no one ends the list
            k += 1
        if named < 2:
            return None
        return max(k, self._emit(last.kind, named, False, "companion", last.group, i, k))

    def _named_before_relative(self, i: int) -> int | None:
        """"نعت القيادة العريف فلان والجندي فلان، اللذين استشهدا"، "شيعت جثامين الشهداء فلان
        وفلان وفلان، الذين ارتقوا": the dead named with no figure before a relative pronoun
        and its casualty verb. A dual pronoun counts two; a plural one counts the people named
        after the first definite people noun before it (one for each singular noun, one for
        each name a plural noun lists, joined by "و"), from three up. Nothing when a figure
        was already read ("قتل 3 أشخاص هم فلان وفلان وفلان، الذين ...")."""
        toks, word = self.toks, self.toks[i].text
        dual = word in _set("dual_relatives")
        if not (dual or word in _set("plural_relatives")) or i < 2 or toks[i - 1].text not in COMMA_MARKS:
            return None
        kind = self._kind_at(i + 1) if i + 1 < len(toks) else None
        if kind is None or any(item.value is not None for item in self.items):
            return None
        first = i - 1
        while first > max(0, i - NAMED_REACH) and not self._kind_at(first - 1):
            first -= 1
        heads = [(k, noun) for k in range(first, i - 1)
                 if toks[k].text.removeprefix(AND).startswith(ARTICLE) and (noun := self._noun(k))
                 and noun[0] in ("civilians", "fighters", "killed_nouns")]
        if not heads:
            return None
        named, listing = 0, False
        for k in range(heads[0][0], i - 1):
            noun = next((n for h, n in heads if h == k), None)
            if noun is not None:
                listing = noun[1] == "pl"
                named += 0 if listing else NUMBER_VALUE[noun[1]] or 0
                named += listing  # the name right after a plural noun
            elif listing and k - 1 not in {h for h, _ in heads} and toks[k].text.startswith(AND):
                named += 1
        value = 2 if dual else named
        if value < (2 if dual else 3):
            return None
        cls = "fighters" if heads[0][1][0] == "fighters" else "civilians"
        group = heads[0][1][2] if cls == "civilians" else None
        self.kind, self.open_start = kind, toks[heads[0][0]].start
        return max(i + 2, self._emit(kind, value, False, cls, group, heads[0][0], i + 2))

    def _definite_cardinal(self, k: int) -> int | None:
        """A number word with the article after plural people ("المهاجمين الخمسة"): its value
        from three up ("الاثنين" is Monday)."""
        if k >= len(self.toks) or not self.toks[k].text.startswith(ARTICLE):
            return None
        value = word_value(self.toks[k].text[len(ARTICLE):])
        return value if value is not None and value >= 3 else None

    def _named_companion(self, i: int) -> int | None:
        """"استشهد الشاب فلان والطفل فلان"، "مقتل الطبيب فلان والممرضتين فلانة وفلانة"، "قتل
        الشقيقان فلان وفلان وابن عمهما": victims named rather than counted. A person joined by "و"
        to one or two victims just counted, and named as a definite people noun or as someone's
        kin ("وطفلتهما"، "وابن عمهما"), is one more of the same toll; not after a subset word
        ("مقتل شخصين بينهما الطفل فلان والشاب فلان" names the two already counted)."""
        toks, word = self.toks, self.toks[i].text
        last = self.items[-1] if self.items else None
        if last is None or last.value not in (1, 2) or not word.startswith(AND) or word.startswith(AND * 2):
            return None
        bare = word[1:]
        if _in(word, "militants") or _in(word, "civilians") == word or _in(word, "fighters") == word:
            return None  # "والد الطفل": the و is the word's own letter, no conjunction
        if any(_in(t.text, "subset") for t in toks[max(0, self.anchor - 1) : i]):
            return None
        noun = self._noun(i)
        if noun is None or noun[0] not in ("civilians", "fighters"):
            return None
        value = NUMBER_VALUE[noun[1]]
        if value is None:
            return None
        kin_of = (_in(bare, "kin") is not None and i + 1 < len(toks)
                  and toks[i + 1].text.endswith(_possessive()))
        if not (bare.startswith(ARTICLE) or _possessed(bare) is not None or kin_of):
            return None
        end = i + 2 if kin_of else i + 1
        return self._emit(self.kind or "killed", value, False, "companion", self.last_group, i, end)

    def _dying_subject(self, i: int) -> int | None:
        """"شرطيين استشهدا"، "حارسين ومهاجماً واحداً قتلوا": a singular or dual people noun
        with no number, whose casualty verb follows it (and has no object after it: "جندي قتل
        ثلاثة" is the killer)."""
        if self.kind and i - self.anchor <= WINDOW:
            return None
        if self.toks[i].text.removeprefix(AND).startswith(ARTICLE):
            return None  # "المتحدث العسكري": a definite noun names someone, it counts no one
        if not any(self._kind_at(k) for k in range(i + 1, min(i + 1 + VERB_REACH, len(self.toks)))):
            return None
        noun = self._noun(i)
        if noun is None or noun[0] not in ("civilians", "fighters") or NUMBER_VALUE[noun[1]] is None:
            return None
        verb = self._verb_at(i + 1)
        if verb is None:
            return None
        kind, v = verb
        if v + 1 < len(self.toks) and (_quantity(self.toks, v + 1) is not None or self._noun(v + 1)):
            return None
        self.kind, self.anchor, self.open_start = kind, i - 1, self.toks[i].start
        self.counted = False
        return self._implied(i)

    def _definite_subject(self, i: int) -> int | None:
        """"المسلحين الأربعة قتلوا جميعاً"، "المهندسين الأربعة الذين قتلوا": a definite people
        noun (or one with its possessive pronoun: "عناصرها الخمسة") counted by the definite number
        after it, whose casualty verb follows, right after it or after a plural relative pronoun,
        with no object ("المسلحون الثلاثة قتلوا جندياً" are the killers)."""
        if self.kind and i - self.anchor <= WINDOW:
            return None
        value = self._definite_cardinal(i + 1)
        if value is None and i + 1 < len(self.toks) and self.toks[i + 1].text.startswith(ARTICLE) and (
            self.toks[i + 1].text[len(ARTICLE):] in _set("dual_echo")
        ):
            value = 2  # "المنفذين الاثنين قتلا": the two (not Monday), its verb right after it
        word = self.toks[i].text.removeprefix(AND)
        if value is None or not (word.startswith(ARTICLE) or word.endswith(_possessive())):
            return None
        own = _own_fighters(word)
        noun = self._noun(i) or (("fighters", own, None) if own else None)
        if noun is None or noun[0] not in ("civilians", "fighters", "killed_nouns"):
            return None
        if not word.startswith(ARTICLE) and noun[0] != "fighters" and _possessed(word) is None:
            return None  # "عناصرها الخمسة", "أطفالها الأربعة": a people noun with its pronoun
        # "المهندسين الأربعة الذين قتلوا"، "الشهداء الثلاثة الذين ارتقوا": the verb after a relative
        at = i + 3 if i + 2 < len(self.toks) and self.toks[i + 2].text in _set("plural_relatives") else i + 2
        verb = self._verb_at(at)
        if verb is None or verb[1] != at or (noun[0] == "killed_nouns" and at == i + 2):
            return None
        v = verb[1]
        if v + 1 < len(self.toks) and (_quantity(self.toks, v + 1) is not None or self._noun(v + 1)):
            return None
        cls = "civilians" if noun[0] == "killed_nouns" else noun[0]
        self.kind, self.anchor, self.open_start = verb[0], i - 1, self.toks[i].start
        return max(v + 1, self._emit(verb[0], value, False, cls, noun[2], i, v + 1))

    def _object(self, i: int, active: bool = False) -> int:
        """Where the victim starts after a transitive killing verb: past its subject
        ("اغتال مسلحون مجهولون عنصراً"، "أعدم عناصر من التنظيم ثلاثة رعاة"). An actor named in
        the subject is one step however many words its name has. ``active``: the verb has no
        passive reading, so a dual subject ("اغتال مسلحان") is one too."""
        endings = tuple(_set("subject_endings")) + (tuple(_set("dual_subject_endings")) if active else ())
        j, steps, construct = i + 1, 0, False
        while j < len(self.toks) and steps < SUBJECT_SKIP:
            steps += 1
            tok = self.toks[j]
            mention = self._actor_at(tok.start, tok.end)
            if mention is not None:
                j = self._token_after(mention.end)
                continue
            word = tok.text
            if construct and word.startswith(ARTICLE):
                # the genitive of a subject in the construct state: "جنود الجيش"، "مسلحو الحركة"
                construct = False
                j += 1
                continue
            if word in COMMA_MARKS:  # an aside between commas: "اغتال مجهولون، مساء الإثنين، شاباً"
                ahead = range(j + 1, min(j + 5, len(self.toks)))
                close = next((k for k in ahead if self.toks[k].text in COMMA_MARKS), None)
                j = (close + 1) if close is not None else j + 1
                continue
            fighter = _in(word, "fighters")
            subject = fighter and (word.endswith(endings)
                                   or fighter in _set("subject_fighters"))
            if subject or _in(word, "linkers") or _in(word, "attackers") or _in(word, "subject_modifiers"):
                construct = bool(subject) and (
                    word.endswith(tuple(_set("construct_subject_endings")))
                    or fighter in _set("subject_fighters"))
                j += 1
                continue
            break
        return j if j < len(self.toks) and j - i > 1 and steps <= SUBJECT_SKIP else i + 1

    def _active_object(self, i: int) -> int | None:
        """"قتل مسلحون من بوكو حرام 11 مزارعاً": a verb of either voice with a subject and then
        an object (an amount or a people noun) is active; where its object starts, else None
        (passive: "قُتل مسلحون في اشتباك" counts the fighters)."""
        if not _in(self.toks[i].text, "either_voice"):
            return None
        j = self._object(i)
        if j == i + 1:
            return None
        if _quantity(self.toks, j) is not None:
            return j
        noun = self._noun(j)
        return j if noun is not None and noun[0] in ("civilians", "fighters") else None

    def agent_spans(self) -> list[tuple[int, int]]:
        """Character spans of the subjects of verbs read as active: they did the killing."""
        spans = []
        for i in range(len(self.toks)):
            j = self._active_object(i) if _trigger(self.toks, i) else None
            if j is not None:
                spans.append((self.toks[i + 1].start, self.toks[j - 1].end))
        return spans

    def _pronoun(self, i: int) -> int | None:
        """"مقتله" = 1 killed, "إصابتهما" = 2 injured: the victim is a pronoun."""
        for key, kind in (("killed_pron", "killed"), ("injured_pron", "injured")):
            form = _in(self.toks[i].text, key)
            if form:
                value = NUMBER_VALUE[self._table(key)[form]]
                if any(it.kind == kind for it in self.items):
                    return i + 1  # "اغتالوا قيادياً ... ما أدى إلى مقتله": the same victim again
                after = i > 0 and (_in(self.toks[i - 1].text, "of_wounds")
                                   or _in(self.toks[i - 1].text, "causes"))
                if after and (self.items or any(self._known_body(k) for k in range(i))):
                    # "فارق الحياة متأثراً بإصابته"، "حتفه إثر إصابته"، "وصل جثة هامدة بعد
                    # إصابته": why one died
                    return i + 1
                if kind == "injured" and _in(self.toks[i - 1].text, "of_wounds"):
                    # "إن شاباً في العشرينات توفي متأثراً بإصابته": the one who died, told before
                    # the verb and not counted, is the wound's owner
                    kind = "killed"
                self.kind, self.open_start = kind, self.toks[i].start
                everyone = self._all_of_them(i)
                if value is None and everyone is not None:
                    told = i + 1 < len(self.toks) and (
                        self.toks[i + 1].text in _set("all_of_them") or self._complement(i))
                    end = i + 2 if told else i + 1  # "مقتلهم جميعاً"، but "وقتلوهم" alone
                    return self._emit(kind, everyone[0], False, everyone[1], everyone[2], i, end)
                end = i + 2 if self._complement(i) else i + 1  # "أرداه قتيلاً": one victim
                return self._emit(kind, value, value is None, "others", None, i, end)
        return None

    def _qualifier(self, i: int) -> bool:
        """"مصرع مزارع في العقد الخامس من عمره"، "في الطابق الثالث": a definite ordinal right
        after a definite noun qualifies that noun; it is no other victim."""
        tok = self.toks[i].text
        return (
            i > 0 and tok.startswith(ARTICLE) and tok[len(ARTICLE):] in _set("ordinal_others")
            and self.toks[i - 1].text.startswith(ARTICLE)
        )

    def _complement(self, i: int) -> bool:
        """"أرداه قتيلاً"، "فأردوهم قتلى": the pronoun's victims named again by their fate."""
        return i + 1 < len(self.toks) and self.toks[i + 1].text in _set("complements")

    def _all_of_them(self, i: int) -> tuple[int, str, str | None] | None:
        """"سيارة كانت تقل أربعة أشخاص، ما أدى إلى مقتلهم جميعاً"، "أطلقوا النار على 6 عمال
        فأردوهم قتلى"، "خطف مسلحون خمسة عمال وقتلوهم": a plural pronoun with "all" or its fate
        after it, or a verb joined to them, counts the people the clause numbered just before."""
        word = self.toks[i].text
        joined = word[:1] in CONJUNCTIONS or (i > 0 and self.toks[i - 1].text in _set("then_words"))
        if joined:
            return self.uncounted  # "خطف مسلحون خمسة عمال وقتلوهم": the people just counted
        if i + 1 >= len(self.toks):
            return None
        if not (self.toks[i + 1].text in _set("all_of_them") or self._complement(i)):
            return None
        return self.uncounted

    def _bare_casualty(self, i: int) -> int | None:
        """A casualty noun with no number: "قتيلان" = 2, "وقوع قتلى" = some."""
        noun = self._noun(i)
        if noun is None or noun[0] not in ("killed_nouns", "injured_nouns"):
            return None
        if i > 0 and self.toks[i - 1].text in _set("toll_heads"):
            return None  # "عدد القتلى ارتفع إلى 14": the head of a toll, not a count
        if i > 0 and _in(self.toks[i - 1].text, "named_after") is not None:
            return None  # "كتائب الشهيد عز الدين القسام"، "شارع الشهيد": a name, not a death
        if i > 0 and _in(self.toks[i - 1].text, "each") is not None:
            return None  # "التعويض عن كل قتيل": every one of the dead, not one death
        if noun[0] == "killed_nouns" and self._definite_cardinal(i + 1) is not None:
            subject = self._definite_subject(i)  # "الشهداء الثلاثة الذين ارتقوا"
            if subject is not None:
                return subject
        kind = "killed" if noun[0] == "killed_nouns" else "injured"
        value = NUMBER_VALUE[noun[1]]
        if kind == "injured" and self._wounds_of_the_dead(i, value):
            return i + 1
        if (kind == "injured" and value is not None and i > 0 and self._kind_at(i - 1) == "killed"
                and not _in(self.toks[i - 1].text, "fall_words")):
            kind = "killed"  # "وفاة جريح"، "توفي جريحان": the wounded who died are dead, not wounded
        headed = self._head_and_figure(i, kind)
        if headed is not None:
            return headed
        if self._restated(i, kind):
            return i + 1
        if noun[1] == "du" and not self.items and self.toks[i].text.removeprefix(AND).startswith(ARTICLE):
            # "وأفادت مصادر طبية بأن الشهيدين وصلا إلى المستشفى": a dual with the article is the
            # two dead a sentence before told; it adds no one (a singular, "إن القتيل وصل جثة
            # هامدة", may be a report's only telling of its dead, and still counts)
            return i + 1
        if self.kind is None or i - self.anchor > WINDOW:
            self.open_start = self.toks[i].start
        self.kind = kind
        return self._emit(kind, value, value is None, "casualty", None, i, i + 1)

    def _restated(self, i: int, kind: str) -> bool:
        """"قتل راعيين ... عثر على الجثتين"، "استشهاد شخصين نعاهما الحزب كـ"شهيدين"": a
        casualty noun with no figure that is definite (the dead already told) or stands after
        "ك" (named as) refers back to a count of its kind; it adds no one."""
        tok = self.toks[i].text.removeprefix(AND)
        named_as = i > 0 and self.toks[i - 1].text == "ك"
        if not (tok.startswith(ARTICLE) or named_as or self._known_body(i)):
            return False
        return any(item.kind == kind and item.value is not None for item in self.items)

    def _known_body(self, i: int) -> bool:
        """"جثتي الطفلين"، "وصلت جثة هامدة": a body noun in construct with a definite noun or
        described as lifeless, so definite in sense: the dead already told."""
        toks = self.toks
        if i + 1 >= len(toks) or toks[i].text.removeprefix(AND) not in _set("body_nouns"):
            return False
        after = toks[i + 1].text
        return after.startswith(ARTICLE) or after in _set("lifeless")

    def _head_and_figure(self, i: int, kind: str) -> int | None:
        """"القتلى 5 والجرحى أكثر من 40": a definite casualty head with its figure right after
        it (a table's or a witness's telling) counts that figure; so does a word for bodies
        ("العثور على جثث 15 راعياً"، "انتشال جثامين 7")."""
        definite = self.toks[i].text.removeprefix(AND).startswith(ARTICLE)
        if not definite and _in(self.toks[i].text, "bodies") is None:
            return None
        q = _quantity(self.toks, i + 1)
        if q is None or q.value is None:
            return None
        if q.end < len(self.toks) and _in(self.toks[q.end].text, "not_people"):
            return None
        self.kind, self.open_start = kind, self.toks[i].start
        end = q.end
        if end < len(self.toks) and _in(self.toks[end].text, f"{kind}_nouns") is not None:
            end += 1  # "انتشال جثامين 14 شهيداً": the noun counted is the bodies', no one more
        return self._emit(kind, q.value, q.approximate, "casualty", None, end - 1, end)

    def _wounds_of_the_dead(self, i: int, value: int | None) -> bool:
        """"عثر عليه مقتولاً، مصاباً بثلاث طلقات": a singular wounded adjective in the
        accusative right after one death, with no one else named between, says how that dead
        was hit; no one more is wounded ("قتل رجل وخرج ابنه مصاباً" still is). A body's own noun
        ("عثر على جثة رجل ... مصاباً بطلقات") is that dead, not another."""
        last = self.items[-1] if self.items else None
        if not (value == 1 and self.toks[i].text.endswith("ا") and last is not None
                and last.kind == "killed" and last.value == 1 and 0 < i - self.anchor <= WOUNDS_REACH):
            return False
        first = self.anchor + 1
        if self.toks[self.anchor].text.removeprefix(AND) in _set("body_nouns"):
            first += 1  # "جثة رجل": the man is the body
        return not any(self._noun(k) for k in range(first, i))

    def _among_counted(self, i: int) -> int | None:
        """Past "بين المصابين اثنان ... وستة ..." after a toll of that kind: the parts of the
        people already counted, to the end of the clause, are not counted again."""
        toks = self.toks
        if not _in(toks[i].text, "among") or i + 1 >= len(toks):
            return None
        kind = ("injured" if toks[i + 1].text in _set("injured_heads")
                else "killed" if toks[i + 1].text in _set("killed_heads") else None)
        if kind is None or not any(it.kind == kind and it.value is not None for it in self.items):
            return None
        end = next((k for k in range(i + 2, len(toks)) if toks[k].text in CLAUSE_MARKS), len(toks))
        self.kind = None
        return end

    def _skip_subset(self, j: int) -> int:
        """Past the other parts of a subset: "بينهم 13 مدنياً و5 جنود، وأصيب 32 آخرون" — the
        soldiers are among the dead counted, not the first of the wounded."""
        while j < len(self.toks) and self.toks[j].text.startswith(AND):
            q = _quantity(self.toks, j + 1 if self.toks[j].text == AND else j)
            if q is None or q.value is None or self._skip_noun(q.end) == q.end:
                break
            j = self._skip_noun(q.end)
        return j

    def _skip_noun(self, j: int) -> int:
        return j + 1 if j < len(self.toks) and self._noun(j) else j

    def _noun(self, j: int) -> tuple[str, str, str | None] | None:
        """(class, number, group) of a people or casualty noun at token j."""
        word = self.toks[j].text
        if self.possessor is not None:
            own = _own_fighters(word)
            if own is not None:
                return "fighters", own, self.possessor
        form = _in(word, "militants")
        if form:
            return "fighters", self._table("militants")[form], self._attackers_group()
        for key, group in (("civilians", CIVILIANS), ("fighters", None), ("others", None)):
            form = _in(word, key)
            if form:
                return key, self._table(key)[form], group
        for key in ("killed_nouns", "injured_nouns"):
            form = _in(word, key)
            if form and not form.startswith(ARTICLE):
                return key, self._table(key)[form], None
        number = _possessed(word)
        if number is not None:
            return "civilians", number, CIVILIANS
        return None

    def _attackers_group(self) -> str:
        """The group of the attackers the clause counts: its perpetrator, never a state force
        that killed them ("فيما قتلت قوات الأمن ثلاثة من المهاجمين"، "تمكنت القوات الأمنية من
        قتل المهاجمين الأربعة"): then the militants' group."""
        state = any(m.entry.group == self.perpetrator and m.entry.kind in STATE_KINDS for m in self.actors)
        return self.perpetrator if self.perpetrator and not state else str(_lex()["militants_group"])

    @staticmethod
    def _table(key: str) -> dict[str, str]:
        return _lex()[key]  # type: ignore[return-value]

    def _last_of(self, i: int) -> bool:
        """"حتى تحييد آخر إرهابي": "آخر" before its people noun is "the last", not one more."""
        if i + 1 >= len(self.toks) or self.toks[i].text not in _set("last_before_noun"):
            return False
        noun = self._noun(i + 1)
        return noun is not None and noun[0] not in ("others", "killed_nouns", "injured_nouns")

    def _implied(self, j: int) -> int | None:
        """A bare singular/dual noun after a trigger: "قتل جندي" = 1, "عنصرين" = 2."""
        if j >= len(self.toks) or not self.kind:
            return None
        if self._last_of(j):
            return j + 2
        noun = self._noun(j)
        if noun is None or noun[0] in ("killed_nouns", "injured_nouns"):
            return None
        cls, number, group = noun
        value = NUMBER_VALUE[number]
        end = j + 1
        if end < len(self.toks) and self.toks[end].text in _set("dual_echo"):
            value, end = 2, end + 1
        definite = self._definite_cardinal(end) if value is None else None
        if definite is not None:  # "قتل الجناة الثلاثة"، "أطفالها الأربعة"
            value, end = definite, end + 1
        running = self._running_total(value, end)
        if running is not None:
            value, end = running, end + 1
        elif cls != "others" and end < len(self.toks) and _in(self.toks[end].text, "others"):
            end += 1
        if end + 1 < len(self.toks) and self.toks[end].text in _set("ranks"):
            end += 2  # "ضابط برتبة نقيب ومجند": the rank is the one counted, the next joins him
        return self._emit(self.kind, value, value is None, cls, group, j, end)

    def _running_total(self, value: int | None, end: int) -> int | None:
        """"وفاة شرطي خامس متأثرا بجروحه": one wounded victim who died, named by his rank among
        the dead, with no count of dead before him in the clause, is the toll so far (five), not
        one more; after a count ("قتل جنديان وتوفي ثالث متأثرا بجروحه"), or killed outright in a
        roundup's clause ("فيما استشهد شاب ثالث برصاص الجنود"), he is the one added."""
        if value != 1 or self.kind != "killed" or end + 1 >= len(self.toks):
            return None
        if any(it.kind == "killed" for it in self.items):
            return None
        # the verb first ("توفي جندي ثالث متأثراً"), or the subject first with its verb after it
        # ("إن جندياً ثالثاً توفي في المستشفى متأثراً بجروحه")
        verb = self._kind_at(end + 1) == "killed" and self._of_wounds_after(end + 1) is not None
        if not (_in(self.toks[end + 1].text, "of_wounds") or verb):
            return None
        return _running_ordinals().get(self.toks[end].text)

    def _counts_things(self, j: int) -> bool:
        """The amount counts what ``toks[j]`` names, not people ("3 غارات"، "15 كيلومتراً");
        a thing's noun glued to "ب" is the means of the verb, not the counted noun ("وأصيب
        اثنان بغارة"، "وأصيب ثمانية بقذائف": two and eight wounded, by a strike, by shells)."""
        word = self.toks[j].text
        form = _in(word, "not_people")
        return form is not None and not (word.startswith(BY) and not form.startswith(BY))

    def _count(self, q: Quantity) -> int:
        j = q.end
        if self.norm.startswith(":", self.toks[j - 1].end):
            return j  # "درعا 24: اغتيال عنصر": a number glued to a colon names an outlet or a label
        if q.start > 0 and _in(self.toks[q.start - 1].text, "designators") and (
            j >= len(self.toks) or self.toks[j].text.startswith((AND, BY)) or self._noun(j) is None
        ):
            # "عناصر الفوج 41 وإصابة خمسة": the number names a unit; "على الطريق 4 أشخاص" counts;
            # a noun glued to "ب" after it is the manner, not the counted ("أصيب المدافع في
            # الدقيقة 60 بإصابة قوية": a match's minute)
            return j
        if (q.start > 0 and dates_a_person(self.toks[q.start - 1].text)) or (
            j < len(self.toks) and names_a_month(self.toks[j].text)
        ):
            return j  # "من مواليد 1990"، "الثلاثاء 14 آذار": a birth year, a day of a month
        if in_a_numeric_date(self.norm, self.toks[q.start].start, self.toks[j - 1].end):
            return j  # "رام الله 5-5-2026 وفا- أصيب أربعة": a dateline's figures date the report
        cases = j < len(self.toks) and _in(self.toks[j].text, "cases") is not None
        if cases and self.kind and q.start - self.anchor <= 1:
            # "إصابة 5 حالات اختناق": cases right after their casualty word are people
            return self._emit(self.kind, q.value, q.approximate, "casualty", None, j, j + 1)
        if j < len(self.toks) and self._counts_things(j):
            return j
        if self._part_of_counted(q):
            # "استقبل خمسة شهداء، ثلاثة منهم ارتقوا في قصف": a part of the people just counted
            return j + 2 if j + 1 < len(self.toks) and self._kind_at(j + 1) else j + 1
        combined = self._combined(j) if j < len(self.toks) else None
        if combined is None and j + 1 < len(self.toks) and self._noun(j) is not None:
            combined = self._phrase_at(j + 1, "combined")  # "14 شخصاً بين قتيل وجريح"
        if combined is not None:
            return combined
        noun = self._noun(j) if j < len(self.toks) else None
        if noun and noun[0] in ("killed_nouns", "injured_nouns") and self.toks[j].text.startswith(AND):
            noun = None  # "بلغ عدد القتلى 63 والمصابين 150": the next head, not this amount's noun
        if noun and self.toks[j].text.startswith(AND) and self._people_before(q.start):
            noun = None  # "مسلحين اثنين وجندياً قتلوا": the amount counts the noun before it
        head = q.end - q.start == 1 and self.toks[q.start].text in _set("toll_heads")
        if head and noun and noun[0] in ("killed_nouns", "injured_nouns"):
            return j + 1  # "عدد القتلى" is the head of a toll ("... ارتفع إلى 14"), not "عدد من القتلى"
        if noun and noun[0] in ("killed_nouns", "injured_nouns"):
            kind = "killed" if noun[0] == "killed_nouns" else "injured"
            self.open_start = min(self.open_start, self.toks[q.start].start)
            if self.kind is None or q.start - self.anchor > WINDOW:
                self.open_start = self.toks[q.start].start
            end = self._emit(kind, q.value, q.approximate, "casualty", None, j, j + 1)
            self.kind = kind
            return end
        fate = self._fate_after(noun, j)
        if noun and fate is not None:
            # "13 قتيلاً وستة جنود جرحى": people counted with their fate after them take its kind
            if self.kind is None or q.start - self.anchor > WINDOW:
                self.open_start = self.toks[q.start].start
            end = self._emit(fate, q.value, q.approximate, noun[0], noun[2], j, j + 2)
            self.kind = fate
            return end
        second = self._second_group(q, noun)
        near = q.start - self.anchor <= WINDOW + self._added(q.start) or second
        open_kind = self.kind if self.kind and near else None
        own = self._subject_verb(j + 1 if noun else j) if open_kind and self._joined(q.start) else None
        if own is not None and own != open_kind:
            # "ثلاثة استشهدوا واثنان أصيبوا": the amount is the subject of the verb after it
            open_kind = self.kind = own
            self.open_start = self.toks[q.start].start
        elif (open_kind and not self._joined(q.start) and self.anchor == self.closing_verb
              and self._verb_after(j + 1 if noun else j)):
            # "4 جنود قتلوا وإن 33 مسلحاً قتلوا": after a count closed by its verb, a count not
            # joined to it that has a verb of its own takes that verb's kind
            open_kind = None
        if open_kind and self.counted and not self._joined(q.start):
            if not any(t.text in CLAUSE_MARKS for t in self.toks[self.anchor + 1 : q.start]):
                return q.end  # "قتل 5 5": amounts of one phrase are joined by "و", else not counts
            open_kind = None  # "ارتفع إلى 32 شخصاً، وإن 42 آخرين أصيبوا": a new phrase, its own verb
        if open_kind is None:
            closing = self._verb_after(j + 1 if noun else j)
            open_kind = closing[0] if closing else None
            if closing is not None and not self.toks[closing[1]].text.startswith(AND):
                self.closing_verb = closing[1]  # "وأصيب 62 آخرون" opens a phrase of its own
            if open_kind is None:
                if noun and noun[0] in ("civilians", "fighters") and q.value is not None:
                    self.uncounted = (q.value, noun[0], noun[2])
                return q.end
            self.kind, self.open_start = open_kind, self.toks[q.start].start
        if noun:
            cls, _, group = noun
            return self._emit(open_kind, q.value, q.approximate, cls, group, j, j + 1)
        if self.toks[q.start].text in _set("partitive_one") and j < len(self.toks) and \
                self.toks[j].text.startswith(ARTICLE):
            return q.end  # "وإن إحدى الضربات أصابت صيدلية": one of the strikes, not one wounded
        counted = self._joined(q.start) and self._counted_noun_before(q.start - 1)
        # "المسلحين الـ33": the article of a figure after its definite people noun
        noun_at = q.start - 2 if q.start > 1 and self.toks[q.start - 1].text == ARTICLE else q.start - 1
        before = self._noun(noun_at) if noun_at >= 0 and not counted else None
        if before and before[0] in ("civilians", "fighters"):
            # "قتلت قواته مسلحين اثنين": the amount follows its people noun (not "21 راكباً
            # وأربعة من عناصر الشرطة", an amount of its own after a counted noun)
            cls, _, group = before
            self.open_start = min(self.open_start, self.toks[noun_at].start)
            # past the figure even when the noun is an actor's name that ends before it
            return max(j, self._emit(open_kind, q.value, q.approximate, cls, group, noun_at, j))
        part = self._partitive_forces(j)
        if part is not None:
            # "استشهد 11 من الأمنيين"، "مقتل اثنين من عناصرها": the amount of the soldiers or
            # the speaker's own men after "من", whose side is read as theirs (the account's own
            # for the pronoun), not the last count's
            own = self.possessor if _own_fighters(self.toks[part].text) else None
            return self._emit(open_kind, q.value, q.approximate, "fighters", own, part, part + 1)
        return self._emit(open_kind, q.value, q.approximate, "bare", None, j, j)

    def _people_before(self, k: int) -> bool:
        """A people noun right before the amount at ``k``, which it follows ("مسلحين اثنين"),
        not itself counted by an amount before it."""
        if k < 1 or self._counted_noun_before(k - 1):
            return False
        before = self._noun(k - 1)
        return before is not None and before[0] in ("civilians", "fighters")

    def _counted_noun_before(self, k: int) -> bool:
        """The noun at ``k`` is already counted: an amount right before it ("21 راكباً") or before
        the partitive that opens it ("أربعة من جنوده"). An amount joined after it ("وعشرة من عناصر
        بوكو حرام") is then one of its own, not that noun's figure."""
        if k < 1:
            return False
        if _quantity(self.toks, k - 1) is not None:
            return True
        return k > 1 and self.toks[k - 1].text == PARTITIVE and _quantity(self.toks, k - 2) is not None

    def _partitive_forces(self, j: int) -> int | None:
        """The token of a definite noun for soldiers or police ("من الأمنيين"، "من الجنود") or of
        a force's men with its possessive pronoun ("من عناصرها") right after a partitive at
        ``j``, else None."""
        k = j + 1
        if k >= len(self.toks) or self.toks[j].text != PARTITIVE:
            return None
        word = self.toks[k].text
        if word.startswith(ARTICLE) and is_state_person(word):
            return k
        return k if _own_fighters(word) is not None else None

    def _second_group(self, q: Quantity, noun: tuple[str, str, str | None] | None) -> bool:
        """An amount joined by "و" (standalone or glued) to a count of the same verb, with people of
        another side than that count's after it ("و11 من مسلحي الحركة"، "واثنان من قوات
        النخبة"), within ``JOINED_WINDOW`` tokens and no clause mark of that count. When that
        count's side was only guessed and is the force named here, the guess is withdrawn."""
        k = q.end
        force = None
        if noun is None and k + 1 < len(self.toks) and self.toks[k].text == PARTITIVE:
            k += 1  # "و11 من المسلحين"، "و11 من مسلحي الحركة": the people after "من"
            noun = self._noun(k)
            if noun is None:
                force = self._named_force(k)  # "واثنان من قوات النخبة": a force by its name
        people = force is not None or (noun is not None and noun[0] in ("civilians", "fighters"))
        if not (
            self.counted and people
            and q.start > 0 and self._joined(q.start)
            and q.start - self.anchor <= JOINED_WINDOW
            and not any(t.text in CLAUSE_MARKS for t in self.toks[self.anchor + 1 : q.start])
        ):
            return False
        if noun is None:
            named = force
        else:
            owner = self._owner(k, k + 1)  # "وأربعة من عناصر الحرس الأهلي": a force by its name
            named = noun[2] or (owner[0] if owner else None)
        group = force if noun is None else self._group(noun[0], noun[2], k, k + 1)[0]
        if named is not None and named == self.last_group and self.last_guessed:
            # "أربعة جنود من قوات اللواء الخامس واثنان من قوات الحزام الأمني": the side guessed
            # for the first amount is the one the text names for the second, so not the first's
            self.items[-1] = replace(self.items[-1], group=None)
            self.last_group = None
        return group is not None and group != self.last_group

    def _named_force(self, k: int) -> str | None:
        """The group of an actor named at token ``k``, or right after a word for a force's
        members there ("من قوات النخبة الحضرمية"، "من أفراد الحرس"), else None."""
        if _in(self.toks[k].text, "own_members") and k + 1 < len(self.toks):
            k += 1
        mention = self._actor_at(self.toks[k].start, self.toks[k].end)
        return mention.entry.group if mention is not None else None

    def _fate_after(self, noun: tuple[str, str, str | None] | None, j: int) -> str | None:
        """The kind of a bare casualty noun right after the people noun at ``j`` ("ستة جنود
        جرحى"، "ثلاثة مدنيين قتلى"), else None."""
        if noun is None or noun[0] not in ("civilians", "fighters") or j + 1 >= len(self.toks):
            return None
        after = self._noun(j + 1)
        if after is None or self.toks[j + 1].text.startswith(AND):
            return None
        return {"killed_nouns": "killed", "injured_nouns": "injured"}.get(after[0])

    def _part_of_counted(self, q: Quantity) -> bool:
        """An amount with "منهم" after it that is smaller than a figure already read."""
        j = q.end
        return (
            q.value is not None and j < len(self.toks) and self.toks[j].text in _set("subset")
            and any(item.value is not None and item.value > q.value for item in self.items)
        )

    def _subject_verb(self, k: int) -> str | None:
        """The kind of a casualty verb at ``k`` that agrees with a subject before it, in the
        plural or the dual ("أصيبوا"، "أصيبا"، Egyptian "اتصابوا"); a noun ("وإصابة") is none."""
        if k >= len(self.toks):
            return None
        word = self.toks[k].text
        if word.startswith(AND) or not word.endswith(SUBJECT_VERB_ENDINGS):
            return None
        return self._kind_at(k)

    def _joined(self, i: int) -> bool:
        """The amount at token ``i`` is joined to the phrase by "و" (glued or standalone)."""
        word = self.toks[i].text
        glued = word.startswith(AND) and len(word) > 1 and word_value(word) is None  # not "واحدة"
        return glued or (i > 0 and self.toks[i - 1].text == AND) or self._added(i) > 0

    def _added(self, i: int) -> int:
        """How many tokens before token ``i`` (a comma before it included) add its amount to
        the toll before it, as "و" does: "قتل عشرة من الحرس، إلى جانب 18 مهاجماً"; else 0."""
        adding = _set("adding")
        n = next((n for n in (2, 1)
                  if i >= n and " ".join(t.text for t in self.toks[i - n : i]) in adding), 0)
        return n + 1 if n and i > n and self.toks[i - n - 1].text in COMMA_MARKS else n

    def _verb_after(self, k: int) -> tuple[str, int] | None:
        """"15 شخصاً قتلوا"، "16 من المهاجمين قتلوا": a count whose casualty verb (kind,
        token) follows it, past a partitive."""
        reach = 3 if k < len(self.toks) and _in(self.toks[k].text, "linkers") else 2
        for t in range(k, min(k + reach, len(self.toks))):
            kind = self._kind_at(t)
            if kind:
                return None if self._own_count_follows(t) else (kind, t)
        return self._verb_at(k)

    def _own_count_follows(self, t: int) -> bool:
        """A casualty verb joined by "و" whose own count or people follow it ("يحبط تسلل 4
        مهربين ويصيب اثنين"، "وأصيب ثلاثة"): the verb of those, not of the count before it."""
        toks = self.toks
        if not toks[t].text.startswith(AND) or t + 1 >= len(toks):
            return False
        return _quantity(toks, t + 1) is not None or self._noun(t + 1) is not None

    def _verb_at(self, k: int) -> tuple[str, int] | None:
        """The casualty verb (kind, token) that follows a count's people at ``k``: past
        partitives, people nouns, actors' names, more counts joined to them and an aside
        between commas, or without them, that opens with a subset word ("ستة من عناصر الدفاع
        الوطني لقوا حتفهم"، "14 جندياً وخمسة سائقين قتلوا"، "سبعة جنود، بينهم ضابط، استشهدوا")."""
        toks, t, steps, loose = self.toks, k, 0, 0
        while t < len(toks) and steps < VERB_REACH:
            steps += 1
            tok = toks[t]
            kind = self._kind_at(t)
            if kind:
                if self._own_count_follows(t):
                    return None
                # past words no table knows, only a verb agreeing with the count is its verb
                return (kind, t) if not loose or self._subject_verb(t) else None
            mention = self._actor_at(tok.start, tok.end)
            if mention is not None:
                t = max(t + 1, self._token_after(mention.end))
                continue
            if (age := self._age_aside(t)) is not None:
                t = age
                continue
            if tok.text in COMMA_MARKS:
                aside = t + 1 < len(toks) and (_in(toks[t + 1].text, "subset")
                                               or toks[t + 1].text in _set("apposition"))
                if aside:
                    close = next((c for c in range(t + 2, min(t + 8, len(toks)))
                                  if toks[c].text in COMMA_MARKS), None)
                    if close is not None:
                        t = close + 1
                        continue
                return None
            if loose and (self._noun(t) is not None or _in(tok.text, "linkers") or tok.text == AND):
                return None
            hedge = tok.text in _set("hedges")  # "خمسة أشخاص على الأقل قتلوا"
            hedge = hedge or tok.text in _set("verb_particles")  # "وكان جندي قد قتل"
            # the aside without its commas: "خمسة جنود بينهم ضابطان قتلوا"، and the kinds of
            # people it spans: "500 شخص بين مدنيين وعسكريين قتلوا"
            subset = _in(tok.text, "subset") or (
                tok.text in _set("among") and t + 1 < len(toks) and self._noun(t + 1) is not None)
            if hedge or subset or tok.text == AND or _in(tok.text, "linkers") or self._noun(t) is not None:
                t += 1
                continue
            q = _quantity(toks, t)
            if loose or (q is None and any(_in(w.text, "linkers") for w in toks[k:t])):
                # the owner's name after a partitive: "16 عنصراً من جهاز الأمن العام قتلوا"،
                # "21 من جنود القوات قتلوا" (a service or a force that is no actor's alias): a
                # few words no table knows, then the verb, nothing else
                if q is not None or loose == OWNER_WORDS or tok.text in CLAUSE_MARKS:
                    return None
                loose += 1
                t += 1
                continue
            if q is None:
                return None
            t = q.end
        return None

    def _age_aside(self, t: int) -> int | None:
        """The token after an age told between a count's people and its verb ("إن شاباً في
        العشرينات من عمره توفي"، "رجل في العقد الخامس من العمر قتل"), else None."""
        toks, end = self.toks, t + 1
        if toks[t].text != "في":
            return None
        while end < len(toks) and end - t <= 2 and toks[end].text in _set("age_decades"):
            end += 1
        if end > t + 1 and end + 1 < len(toks) and toks[end].text == "من" and (
            toks[end + 1].text in _set("age_of")
        ):
            return end + 2
        return None

    def _emit(
        self, kind: str, value: int | None, approx: bool, cls: str, group: str | None,
        j: int, end: int,
    ) -> int:
        self.guessed = False
        group, end = self._group(cls, group, j, end)
        if self._names_the_guessed_side(group, j):
            # "خمسة جنود وعنصرين من قوة المهام": the side guessed for the soldiers is the armed
            # group the text names for the members joined to them, so not the soldiers'
            self.items[-1] = replace(self.items[-1], group=None)
        start = max(self.open_start, self.toks[max(0, j - TEXT_REACH)].start)
        stop = self.toks[end - 1].end if end > 0 else self.toks[j].end
        approx = approx and not (self.rising and value is not None)
        self.items.append(CasualtyItem(kind, value, approx, group, start, max(stop, start), self.rising))
        anchor = end - 1
        hedges = _set("hedges")
        if all(k < len(self.toks) and self.toks[k].text in hedges for k in (end, end + 1)):
            anchor = end + 1  # "قتل 26 شخصاً على الأقل، بينهم 14 جندياً": the hedge ends the count
        self.anchor, self.last_group, self.last_guessed = anchor, group, self.guessed
        self.last_soldiers = j < len(self.toks) and is_state_person(self.toks[j].text)
        self.counted = True
        return end

    def _names_the_guessed_side(self, group: str | None, j: int) -> bool:
        """People joined by "و" to counted soldiers whose side was only guessed, owned by an
        armed group (not a state force) that is that guess."""
        if not (self.items and self.last_guessed and self.last_soldiers and not self.guessed):
            return False
        if group is None or group != self.last_group or j >= len(self.toks):
            return False
        if not self.toks[j].text.startswith(AND):
            return False
        return any(m.entry.group == group and m.entry.kind not in STATE_KINDS for m in self.actors)

    def _group(self, cls: str, group: str | None, j: int, end: int) -> tuple[str | None, int]:
        if group is not None:
            return group, end
        back = end < len(self.toks) and _in(self.toks[end].text, "subset") in _set("back_reference")
        if back and cls == "bare":
            return self._antecedent(j), end + 1
        owner = self._owner(j, end)
        if owner is not None:
            return owner[0], owner[1]
        gunmen = cls == "fighters" and j < len(self.toks) and _in(self.toks[j].text, "gunmen")
        if gunmen and (self._forces_default() or self.default_group is None):
            # "قال الجيش إن قواته قتلت مسلحين اثنين"، "مقتل 4 جنود ومسلحين اثنين": gunmen with
            # no owner are not state forces, nor the side whose account it is, nor, with no
            # side named, the soldiers counted beside them ("قتل 18 جندياً و150 مسلحاً")
            return str(_lex()["militants_group"]), end
        if cls in ("bare", "others", "casualty"):
            self.guessed = self.last_group is None
            return self.last_group or self.default_group, end
        state = self._state_people_group(j)
        self.guessed = state is None
        return state or self.default_group, end

    def _state_people_group(self, j: int) -> str | None:
        """Soldiers or police with no owner in a clause whose default side is an armed group:
        the state force the clause names ("قضت القوات على 30 من عناصر التنظيم بعد هجوم قتل فيه 5
        جنود"), never the armed group's own dead."""
        if j >= len(self.toks) or not is_state_person(self.toks[j].text):
            return None
        armed = actor_lexicon().armed_group_kinds
        if not any(m.entry.group == self.default_group and m.entry.kind in armed for m in self.actors):
            return None
        return next((m.entry.group for m in self.actors if m.entry.kind in STATE_KINDS), None)

    def _forces_default(self) -> bool:
        """The default group is the account's own side or a state force named here."""
        group = self.default_group
        if group is None:
            return False
        state = any(m.entry.group == group and m.entry.kind in STATE_KINDS for m in self.actors)
        return state or group in (self.possessor, self.perpetrator)

    def _owner(self, j: int, end: int) -> tuple[str | None, int] | None:
        """The actor a people noun belongs to: "عناصر من قوات النظام"، "جنود أتراك"; None for
        a group the text leaves unnamed ("مقاتلي ميليشيا عشائرية"), which is no side named in
        the clause."""
        k = end
        conjoined = False  # "ضابط وجنديان من X": the owner is shared; the next noun still counts
        apart = False  # "خمسة جنود وعنصرين من قوة المهام": an armed group's members, not the soldiers'
        while k < len(self.toks) and k - end < 4:
            tok = self.toks[k]
            enemy = _in(tok.text, "attackers") or _in(tok.text, "militants")
            if enemy and tok.text.startswith(AND) and tok.text[1:2] != AND:
                break  # "حارسين ومهاجماً": the attacker is counted apart, not the guards' owner
            if enemy:  # the attackers are never the victims' group
                return self._attackers_group(), end if conjoined else k + 1
            if self.possessor is not None and _own_fighters(tok.text) is not None:
                return self.possessor, end if conjoined else k + 1  # "اثنان من مقاتليها"
            mention = self._actor_at(tok.start, tok.end)
            if mention is not None and apart and mention.entry.kind not in STATE_KINDS:
                break
            if mention is not None:
                return mention.entry.group, end if conjoined else self._token_after(mention.end)
            named = self._named_by_head(k, j)
            if named is not None:
                return named, end if conjoined else k + 1
            if self._unnamed_group(k):
                return None, end if conjoined else k + 1
            if not (_in(tok.text, "linkers") or _in(tok.text, "fighters") or _in(tok.text, "own_members")):
                break  # "ثلاثة من منتسبي الحشد الشعبي": members of the force named after them
            joins = (tok.text.startswith(AND) and _in(tok.text, "fighters") is not None
                     and tok.text[1:2] != AND)
            apart = apart or (joins and self._soldiers_beside_members(j, tok.text))
            conjoined = conjoined or joins
            k += 1
        start = self.toks[j].start if j < len(self.toks) else -1
        mention = self._actor_at(start, start + 1)
        if mention is not None:
            return mention.entry.group, self._token_after(mention.end)
        return None

    def _named_by_head(self, k: int, j: int) -> str | None:
        """The group a definite head noun at ``k`` refers back to: an actor named before the
        count at ``j`` by that noun ("حركة الشباب" → "عناصر الحركة"، "تنظيم ولاية غرب أفريقيا"
        → "مقاتلي الولاية"), the last one so named; else None."""
        word = self.toks[k].text
        if not word.startswith(ARTICLE) or len(word) <= len(ARTICLE) + 1 or j >= len(self.toks):
            return None
        head, before = word[len(ARTICLE):], self.toks[j].start
        for m in reversed(self.actors):
            if m.end > before:
                continue
            first = self.norm[m.start:m.end].split(" ", 1)[0]
            prior = self.norm[:m.start].split()[-1:]
            if head in (first, first.removeprefix(ARTICLE)) or prior in ([head], [AND + head]):
                return m.entry.group
        return None

    def _unnamed_group(self, k: int) -> bool:
        """An indefinite noun for an armed group at ``k`` with no actor's name after it
        ("ميليشيا عشائرية"، "جماعة مسلحة"; not "جماعة بوكو حرام")."""
        if self.toks[k].text not in _indefinite_groups():
            return False
        after = self.toks[k + 1] if k + 1 < len(self.toks) else None
        return after is None or self._actor_at(after.start, after.end) is None

    def _soldiers_beside_members(self, j: int, joined: str) -> bool:
        """Soldiers or police at ``j`` joined to a noun for a force's members that is not one
        for soldiers ("جنود وعنصرين من X"): two sides when X is an armed group and not a state
        force, as an officer and his soldiers ("ضابط وجنديان من X") are not."""
        return j < len(self.toks) and is_state_person(self.toks[j].text) and not is_state_person(joined[1:])

    def _actor_at(self, start: int, end: int) -> ActorMention | None:
        """The mention overlapping [start, end): mentions are sorted and do not overlap, so
        only the last one starting before ``end`` can."""
        k = bisect.bisect_left(self.actor_starts, end) - 1
        if k < 0:
            return None
        a = self.actors[k]
        return a if start <= a.start < end or a.start <= start < a.end else None

    def _token_after(self, char: int) -> int:
        return bisect.bisect_left(self.starts, char)

    def _antecedent(self, j: int) -> str | None:
        """The group "منهم" refers back to: the attackers named just before the count ("لاحقت
        القوات المهاجمين وقتلت 20 منهم"), else the last actor named before it."""
        start = self.toks[j].start if j < len(self.toks) else len(self.norm)
        k = bisect.bisect_right(self.actor_starts, start) - 1
        while k >= 0 and self.actors[k].end > start:
            k -= 1
        after = self.actors[k].end if k >= 0 else -1
        for i in range(j - 1, max(-1, j - 1 - BACK_REFERENCE_REACH), -1):
            if self.toks[i].start < after:
                break
            if _in(self.toks[i].text, "attackers"):
                return self._attackers_group()
        if k >= 0 and self._people_named_since(after, j):
            # "هاجم المستوطنون منازل المواطنين ... ما أدى لإصابة أربعة منهم": the people named
            # after the attackers are the ones the pronoun counts
            return CIVILIANS
        if k >= 0 and self._subject_of_the_killing(self.actors[k], j):
            # "مجموعة من 24 مسلحاً هاجمت ... وإن قوات الأمن قتلت 18 منهم": the killers are not
            # the dead; the gunmen told of before them are
            people = self.uncounted
            return people[2] or self._attackers_group() if people and people[1] == "fighters" else None
        return self.actors[k].entry.group if k >= 0 else self.default_group

    def _people_named_since(self, char: int, j: int) -> bool:
        """A plural civilians' noun ("المواطنين"، "الركاب") between the character ``char`` (the
        end of the last actor named) and the count before token ``j``."""
        first = self._token_after(char)
        return any(
            (noun := self._noun(i)) is not None and noun[0] == "civilians" and noun[1] == "pl"
            for i in range(first, max(first, j - 2))
        )

    def _subject_of_the_killing(self, mention: ActorMention, j: int) -> bool:
        """The actor is the subject right before the casualty verb of the count before token
        ``j`` ("قوات الأمن قتلت 18 منهم"); a verb joined by "و" has the subject of the verb
        before it ("تصدت القوات لهجوم شنه عناصر الحركة وقتلت خمسة منهم")."""
        verb = self._token_after(mention.end)
        if verb != j - 2 or self.toks[verb].text.startswith(AND):
            return False
        return self._kind_at(verb) is not None


def find_casualties(
    norm: str, actors: list[ActorMention] | None = None, default_group: str | None = None,
    perpetrator: str | None = None, possessor: str | None = None,
) -> list[CasualtyItem]:
    """Casualty counts in one normalised clause, in reading order. ``perpetrator`` is the
    attacking group, which "المهاجمين" and "المسلحين" name; ``possessor`` is the group whose
    own fighters "أحد مقاتليها" counts (the party the sentence's account comes from). A figure
    inside an actor's name is no count ("تتهم إم 23 بقتل تسعة": the M23 is no toll of 23)."""
    if not _may_count(norm):
        return []
    named = [(m.start, m.end) for m in actors or [] if any(ch.isdigit() for ch in norm[m.start:m.end])]
    # the name's figure is masked before the parse, so that it neither counts nor takes the verb
    # after it from the toll that verb governs ("اتهمت الحكومة حركة إم 23 بقتل 22 مدنياً")
    read = _without_named_figures(norm, named) if named else norm
    items = [i for i in _Parser(read, actors or [], default_group, perpetrator, possessor).run()
             if not _a_witness(norm, i) and not _one_of_those_counted(norm, i)]
    if not named:
        return items
    return [i for i in items if not any(a <= i.start and i.end <= b for a, b in named)]


def _without_named_figures(norm: str, named: list[tuple[int, int]]) -> str:
    """``norm`` with the digits inside the given name spans replaced by a letter, offsets kept."""
    chars = list(norm)
    for a, b in named:
        for k in range(a, b):
            if chars[k].isdigit():
                chars[k] = "x"
    return "".join(chars)


def _a_witness(norm: str, item: CasualtyItem) -> bool:
    """"وقال أحد الجرحى إن ..."، "روت إحدى المصابات": one of the hurt, the subject of a verb of
    speech right before it, is a witness quoted, not one more casualty (the hurt are counted where
    the report counts them)."""
    words = norm[: item.start].split()
    return bool(words) and _in(words[-1], "witness_verbs") is not None and (
        _in(norm[item.start : item.end].split()[0], "partitive_one") is not None
    )


def _one_of_those_counted(norm: str, item: CasualtyItem) -> bool:
    """"وصفت حالة أحد المصابين بالحرجة"، "تعرف ذووه على جثة أحد القتلى": one of the hurt (or the
    dead), named by the definite head of its own kind, is one the report has counted already, not
    one more ("أصيب أحد المارة" names no head of the hurt and still counts)."""
    words = norm[item.start : item.end].split()
    if len(words) < 2 or _in(words[-2], "partitive_one") is None:
        return False
    heads = "injured_heads" if item.kind == "injured" else "killed_heads"
    return words[-1].startswith("ال") and _in(words[-1], heads) is not None


def rank_among_dead(text: str) -> int | None:
    """The rank among the dead that a count's words give its victim ("بوفاة شرطي خامس": 5), if
    any. A count of that many is the toll so far (``_Parser._running_total``), not one more dead:
    what a follow-up's "died of his wounds" would otherwise make it (``tolls.is_increment``)."""
    ordinals = _running_ordinals()
    return next((ordinals[w] for w in normalize(text).split() if w in ordinals), None)


def _running_ordinals() -> dict[str, int]:
    """Ordinals that give a victim's rank among the dead ("ثالث": 3)."""
    return cast("dict[str, int]", _lex()["running_ordinals"])


def militants_group() -> str:
    """The label of fighters a state names by its word for them ("إرهابيين"، "مخربين") with no
    group of their own named."""
    return str(_lex()["militants_group"])


def names_others(word: str) -> bool:
    """"آخرين"، "آخرون": people counted after others, more of them ("خمسة جنود آخرين")."""
    return _in(word, "others") is not None


def agent_spans(norm: str, actors: list[ActorMention] | None = None) -> list[tuple[int, int]]:
    """Spans of a clause that are the subject of an active killing verb ("قتل مسلحون من بوكو
    حرام 11 مزارعاً"): an actor named there did the killing, it was not killed."""
    return _Parser(norm, actors or [], None).agent_spans()


def combine(items: list[CasualtyItem], texts: list[str]) -> list[Casualties]:
    """One record per group: counts summed within a clause, ``text`` from ``texts``."""
    by_group: dict[str | None, Casualties] = {}
    latest: set[tuple[str | None, str]] = set()
    for item, text in zip(items, texts, strict=True):
        rec = by_group.get(item.group) or Casualties(group=item.group, text="")
        value = getattr(rec, item.kind)
        key = (item.group, item.kind)
        if item.latest and key not in latest and item.value is not None:
            value = None  # a rising toll's figure replaces the earlier count, not adds to it
            latest.add(key)
            rec = replace(rec, approximate=False)
        if item.value is not None:
            value = (value or 0) + item.value
        rec = replace(rec, approximate=rec.approximate or item.approximate)
        setattr(rec, item.kind, value)
        if text and text not in rec.text:
            rec.text = f"{rec.text} … {text}" if rec.text else text
        by_group[item.group] = rec
    return list(by_group.values())


def _fold_bodies(records: list[Casualties]) -> list[Casualties]:
    """Drops a record told only by a body noun ("جثة") when another record counts the same dead."""
    bodies = _set("body_nouns")
    return [
        r for r in records
        if not (normalize(r.text) in bodies and r.injured is None and any(
            o is not r and normalize(o.text) not in bodies and o.killed == r.killed for o in records
        ))
    ]


def fold_restated(records: list[Casualties]) -> list[Casualties]:
    """"سبعة أشخاص ... بينهم امرأة وطفلان" then "مقتل سبعة مدنيين": an unattributed count equal
    to one group's count is the same dead told twice; keep one record with both details. The
    same for the wounded alone: "أصيب أربعة مواطنين" then a medic's "تعاملت مع أربع إصابات".
    A body that reached a hospital, told with no figure ("بوصول المجني عليه جثة هامدة") in
    another sentence than the killing's, is the dead already counted, whatever side the
    sentence's actors gave it."""
    records = _fold_bodies(records)
    loose = next((r for r in records if r.group is None and r.killed is not None), None)
    if loose is not None:
        same = [r for r in records if r.group is not None and r.killed == loose.killed]
    else:
        loose = next((r for r in records if r.group is None and r.injured is not None), None)
        if loose is None:
            return records
        # "استشهد فلسطينيان وأصيب خمسة آخرون" then "إلى جانب خمسة مصابين": the same wounded
        # whether or not their group's record counts dead beside them
        same = [r for r in records if r.group is not None and r.injured == loose.injured]
    if len(same) != 1 or (same[0].injured is not None and loose.injured not in (None, same[0].injured)):
        return records
    kept = same[0]
    kept.injured = kept.injured if kept.injured is not None else loose.injured
    kept.approximate = kept.approximate or loose.approximate
    kept.text = f"{loose.text} … {kept.text}" if loose.text and loose.text not in kept.text else kept.text
    return [r for r in records if r is not loose]
