"""Armed actors: who is named in a sentence, and whether they attacked or were hit.

The gazetteer (``gazetteers/actors.yaml``) holds every actor once with its spellings; one
compiled alias pattern finds them all in a single pass over normalised text. Generic names
("الجيش"، "قوات الأمن"، "الشرطة") mean the forces of the story's country, and groups the text
names itself ("جماعة تطلق على نفسها ...") are kept under that name. Roles come
from the words around a mention: the subject of an attack verb ("استهدفت قوات النظام"),
the agent of an attack noun ("بقصف من", "برصاص") → perpetrator; the object of
"على مواقع"، "عناصر من"، "استهداف" → target; anything else → mentioned. The vocabulary is
data: ``lexicons/actors.yaml``.
"""

from __future__ import annotations

import difflib
import functools
import re
from dataclasses import dataclass
from typing import Annotated, Literal

from pydantic import Field

from streams.extraction.arabic import (
    ARTICLE,
    CONJUNCTIONS,
    PREPOSITIONS,
    TANWIN_ALEF,
    AliasMatcher,
    clitic_variants,
    normalize,
    trie_regex,
)
from streams.extraction.data import DataError, Strict, load
from streams.extraction.dates import names_a_day
from streams.extraction.numbers import DIGITS, is_number_word
from streams.extraction.places import adjective_country, place_cues
from streams.records import Actor

AND = "و"  # the conjunction that joins an accused party's allies to it: "وحلفاءها"
BY = "ب"  # the preposition of what an accused party is charged with: "بزرع العبوة"

__all__ = [
    "ActorEntry",
    "ActorMention",
    "actor_entries",
    "assign_roles",
    "attributed_attackers",
    "cues",
    "find_actors",
    "generic_actor",
    "is_state_person",
    "lexicon",
    "named_countries",
    "own_forces",
    "standing_for",
    "suggest",
    "to_actor",
    "unknown_attackers",
]

Kind = Literal[
    "government", "government_ally", "russia", "iran_axis", "jihadist", "opposition", "kurdish",
    "turkey", "coalition", "israel", "palestinian", "insurgent", "paramilitary", "unknown",
]


class ActorRow(Strict):
    """One actor of ``gazetteers/actors.yaml``."""

    id: str
    name_ar: str
    name_en: str
    kind: Kind
    group: str
    aliases: tuple[str, ...] = ()
    adjectives: tuple[str, ...] = ()
    countries: tuple[Annotated[str, Field(pattern="^[A-Z]{2}$")], ...] = ()
    stands_for: tuple[str, ...] = ()
    home: str | None = Field(default=None, pattern="^[A-Z]{2}$")
    # generic names a government or the desks give this group in stories about other countries
    # than its own or its home ("الخوارج" in Kabul's communiqués is the Islamic State's Khorasan
    # province, in Mogadishu's al-Shabaab): generic name → those countries
    labels: dict[str, tuple[Annotated[str, Field(pattern="^[A-Z]{2}$")], ...]] = Field(default_factory=dict)


@functools.cache
def actor_rows() -> tuple[ActorRow, ...]:
    return load("gazetteers/actors.yaml", tuple[ActorRow, ...])


WORD = re.compile(r"\w+")
# The generic name (lexicons/actors.yaml) that "القاعدة" stands for, which is also "the base".
AL_QAEDA = "al_qaeda"
ROLE_RANK = {"mentioned": 0, "target": 1, "perpetrator": 2}
QUOTES = "\"'«»“”‘’"


class GenericName(Strict):
    """A name of a kind of force without its country: whom it means where none is known, or
    no one (``fallback`` None) for a label that names a group only in the countries whose
    governments or desks use it ("شني" is Ethiopia's name for the OLA and Libya's "what")."""

    fallback: str | None = None
    phrases: tuple[str, ...]


class HedgedAttribution(Strict):
    """Who the attackers were, told after the attack with no claim (``hedged_attribution``)."""

    verbs: tuple[str, ...]
    that: tuple[str, ...]
    attackers: tuple[str, ...]
    pointers: tuple[str, ...]
    ascribing: tuple[str, ...]
    ascribed: tuple[str, ...]
    links: tuple[str, ...]
    negations: tuple[str, ...]
    habitual: tuple[str, ...]
    of_a_kind: tuple[str, ...]


class ActorLexicon(Strict):
    """``lexicons/actors.yaml``: generic names and the words that give an actor its role."""

    generic: dict[str, GenericName]
    attack_verbs: tuple[str, ...]
    relative_attack_verbs: tuple[str, ...]
    day_part_verbs: tuple[str, ...]
    fire_nouns: tuple[str, ...]
    accusation_verbs: tuple[str, ...]
    accusation_participles: tuple[str, ...]
    counter_denials: tuple[str, ...]
    complementizers: tuple[str, ...]
    behind_words: tuple[str, ...]
    owner_words: tuple[str, ...]
    weapon_nouns: tuple[str, ...]
    responsibility_words: tuple[str, ...]
    retaliation_verbs: tuple[str, ...]
    casualty_cues: tuple[str, ...]
    active_kill_verbs: tuple[str, ...]
    killed_objects: tuple[str, ...]
    agent_nouns: tuple[str, ...]
    attack_adjectives: tuple[str, ...]
    subject_heads: tuple[str, ...]
    object_nouns: tuple[str, ...]
    target_cues: tuple[str, ...]
    naming_phrases: tuple[str, ...]
    name_stops: tuple[str, ...]
    naming_place_words: tuple[str, ...]
    subject_links: tuple[str, ...]
    force_nouns: tuple[str, ...]
    name_max_words: int = Field(ge=1, le=10)
    unnamed_attackers: tuple[str, ...]
    armed_group_kinds: tuple[Kind, ...]
    unknown_actor: str
    state_people: tuple[str, ...]
    adjective_hedges: tuple[str, ...]
    identity_hedges: tuple[str, ...]
    hedged_attribution: HedgedAttribution
    claim_verbs: tuple[str, ...]
    group_anaphors: tuple[str, ...]
    base_adjectives: tuple[str, ...]
    base_name_breaks: tuple[str, ...]
    peacemaking: tuple[str, ...]


@functools.cache
def lexicon() -> ActorLexicon:
    return load("lexicons/actors.yaml", ActorLexicon)


@functools.cache
def _unnamed() -> re.Pattern[str]:
    words = sorted({normalize(w) for w in lexicon().unnamed_attackers}, key=len, reverse=True)
    return re.compile(rf"(?<!\w)(?:و|ف)?(?:ب|ل|ك)?(?:ال|ل)?(?:{'|'.join(map(re.escape, words))})(?!\w)")


@functools.cache
def _state_people() -> re.Pattern[str]:
    words = sorted({normalize(w) for w in lexicon().state_people}, key=len, reverse=True)
    return re.compile(rf"(?<!\w)(?:و|ف)?(?:ب|ل|ك)?(?:ال|ل)?(?:{'|'.join(map(re.escape, words))})(?!\w)")


def is_state_person(word: str) -> bool:
    """Whether a normalised word names soldiers or police ("جنود"، "والضباط")."""
    return _state_people().fullmatch(word) is not None


def own_forces(norm_texts: list[str], entries: list[ActorEntry], country: str | None) -> ActorEntry | None:
    """The army of the story's country for an incident whose dead or wounded are soldiers or
    police ("استشهد ضابط و4 مجندين") and that names no government force."""
    if country is None or any(e.kind == "government" for e in entries):
        return None
    if not any(_state_people().search(t) for t in norm_texts):
        return None
    return standing_for().get(("army", country))


def unknown_attackers(
    norm_texts: list[str], entries: list[ActorEntry], perpetrator: bool
) -> ActorEntry | None:
    """The `unknown` actor for an incident whose attackers the report does not name: gunmen
    in its text, no perpetrator found and no armed group named."""
    if perpetrator or any(e.kind in lexicon().armed_group_kinds for e in entries):
        return None
    if not any(_unnamed().search(t) for t in norm_texts):
        return None
    return actor_entries().get(lexicon().unknown_actor)


@functools.cache
def _anaphoric_claim() -> re.Pattern[str]:
    """"تبنت الحركة الهجوم"، "أعلن التنظيم مسؤوليته": a claim whose claimant is named only as
    "the movement"; the pattern's alternations from the lexicon."""
    lex = lexicon()
    verbs = trie_regex(normalize(w) for w in lex.claim_verbs)
    nouns = trie_regex(normalize(w) for w in lex.group_anaphors)
    return re.compile(rf"(?<!\w)و?(?:{verbs})\s+(?:{nouns})(?!\w)")


def claimed_by_anaphor(
    norm_texts: list[str], earlier: list[str], entries: list[ActorEntry], country: str | None
) -> ActorEntry | None:
    """The armed group a claim of the incident's text refers back to ("وتبنت الحركة الهجوم"):
    the last one named in ``earlier`` (the article's sentences up to the claim), if the
    incident names none itself."""
    kinds = set(lexicon().armed_group_kinds)
    if any(e.kind in kinds for e in entries):
        return None
    if not any(_anaphoric_claim().search(t) for t in norm_texts):
        return None
    for norm in reversed(earlier):
        named = [m.entry for m in find_actors(norm, country) if m.entry.kind in kinds]
        if named:
            return named[-1]
    return None


@functools.cache
def _attribution_cue() -> re.Pattern[str]:
    """Where a sentence starts to say who the attackers were: a belief or report verb, its
    subject, "that" and the attackers referred back to ("ورجحت مصادر أمنية أن المسلحين"), the
    finger of accusation ("أصابع الاتهام"), or a verb of ascribing, its subject and the attack
    referred back to ("ونسبت الشرطة الهجوم إلى"); group ``who`` is the attackers, ``finger`` the
    finger or the attack ascribed."""
    h = lexicon().hedged_attribution
    verbs, that, attackers, pointers, ascribing, ascribed = (
        trie_regex(normalize(w) for w in words)
        for words in (h.verbs, h.that, h.attackers, h.pointers, h.ascribing, h.ascribed)
    )
    subject = rf"(?:\s+(?!(?:{that})(?!\w))\w+){{0,4}}?"
    said = rf"و?(?:{verbs}){subject}\s+(?:{that})\s+(?P<who>{attackers})"
    ascribed_to = rf"و?(?:{ascribing})(?:\s+\w+){{0,4}}?\s+(?P<act>{ascribed})\s+الي"
    return re.compile(rf"(?<!\w)(?:{said}|(?P<finger>{pointers})|{ascribed_to})(?!\w)")


@functools.cache
def _habit_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The words of habit, and the phrases of attacks of a kind, of ``hedged_attribution``."""
    h = lexicon().hedged_attribution
    habit, kind = (trie_regex(normalize(w) for w in words) for words in (h.habitual, h.of_a_kind))
    return re.compile(rf"(?<!\w)(?:{habit})(?!\w)"), re.compile(rf"(?<!\w)(?:{kind})(?!\w)")


def _by_habit(norm_text: str, start: int, end: int) -> bool:
    """An actor accused by habit: a word of habit shortly before it ("تتهم السلطات عادة X"), or
    attacks of a kind shortly after ("بتنفيذ مثل هذه الهجمات"): of attacks like this one, not
    of this one."""
    habit, kind = _habit_words()
    return (
        habit.search(norm_text, max(0, start - 40), start) is not None
        or kind.search(norm_text, end, end + 60) is not None
    )


@functools.cache
def _attribution_words() -> tuple[frozenset[str], frozenset[str]]:
    """The linking words and the negations of ``hedged_attribution``, normalised."""
    h = lexicon().hedged_attribution
    return frozenset(normalize(w) for w in h.links), frozenset(normalize(w) for w in h.negations)


def attributed_attackers(norm_text: str, country: str | None = None) -> list[ActorEntry]:
    """The actors a sentence says the attackers were, with no claim of theirs: "ويرجح أن
    المهاجمين ينتمون إلى تنظيم الدولة"، "وتشير أصابع الاتهام إلى جماعة بوكو حرام". Only the
    attackers referred back to, or the finger of accusation, make the actor after them the
    doer, and only at once or through a few linking words ("من عناصر"): a group the sentence
    merely names ("ويرجح أن المهاجمين فروا نحو مناطق الحركة"), a belief denied ("ولا يعتقد
    أن ...") or an accusation by habit attributes nothing."""
    links, negations = _attribution_words()
    found: list[ActorEntry] = []
    mentions: list[ActorMention] | None = None
    for cue in _attribution_cue().finditer(norm_text):
        if any(w in negations for w in WORD.findall(norm_text[max(0, cue.start() - 20) : cue.start()])[-1:]):
            continue
        who = next(cue.start(g) for g in ("who", "finger", "act") if cue.group(g))
        mentions = find_actors(norm_text, country) if mentions is None else mentions
        actor = next((m for m in mentions if m.start >= who and m.end > cue.end()), None)
        if actor is None or _by_habit(norm_text, actor.start, actor.end):
            continue
        between = WORD.findall(norm_text[cue.end() : max(cue.end(), actor.start)])
        if len(between) <= 4 and all(_has([w], links) for w in between):
            found.append(actor.entry)
    # "واتهموا الجيش الفدرالي بتنفيذ الضربة": the party a later sentence charges with the attack
    for mention in find_actors(norm_text, country) if mentions is None else mentions:
        if _accused(norm_text, mention) and mention.entry not in found:
            found.append(mention.entry)
    return found


def _accused(norm_text: str, mention: ActorMention) -> bool:
    """The mention is the party an accusation verb before it charges at once with what follows
    ("اتهمت السلطة مليشيا الحوثي بقصف الحي"), not by habit."""
    before = _words_before(norm_text, mention.start, 5)
    return (
        _has(before, cues().accusation_verbs)
        and _charged_at_once(norm_text, mention.end)
        and not _by_habit(norm_text, mention.start, mention.end)
    )


@dataclass(frozen=True)
class Cues:
    """The lexicon's word lists, normalised."""

    attack_verbs: frozenset[str]
    relative_attack_verbs: frozenset[str]
    day_part_verbs: frozenset[str]
    fire_nouns: frozenset[str]
    accusation_verbs: frozenset[str]
    accusation_participles: frozenset[str]
    counter_denials: frozenset[str]
    complementizers: frozenset[str]
    behind_words: frozenset[str]
    owner_words: frozenset[str]
    weapon_nouns: frozenset[str]
    responsibility_words: frozenset[str]
    retaliation_verbs: frozenset[str]
    casualty_cues: frozenset[str]
    active_kill_verbs: frozenset[str]
    killed_objects: frozenset[str]
    agent_nouns: frozenset[str]
    attack_adjectives: frozenset[str]
    subject_heads: frozenset[str]
    object_nouns: frozenset[str]
    target_cues: frozenset[str]
    name_stops: frozenset[str]
    naming_place_words: frozenset[str]
    subject_links: frozenset[str]
    force_nouns: frozenset[str]


@functools.cache
def cues() -> Cues:
    lex = lexicon()
    return Cues(**{
        name: frozenset(normalize(w) for w in getattr(lex, name))
        for name in Cues.__dataclass_fields__
    })


@dataclass(frozen=True)
class ActorEntry:
    id: str
    name_ar: str
    name_en: str
    kind: str
    group: str


@dataclass(frozen=True)
class ActorMention:
    entry: ActorEntry
    start: int
    end: int
    alias: str


@functools.cache
def actor_entries() -> dict[str, ActorEntry]:
    """All actors by id, read once from the gazetteer."""
    return {r.id: ActorEntry(r.id, r.name_ar, r.name_en, r.kind, r.group) for r in actor_rows()}


def suggest(actor_id: str, n: int = 3) -> list[str]:
    """The known actor ids closest to an unknown one (for error messages)."""
    return difflib.get_close_matches(actor_id, actor_entries(), n=n, cutoff=0.5)


@functools.cache
def standing_for() -> dict[tuple[str, str], ActorEntry]:
    """(generic name, country) → the actor the name means in a story about that country.

    Checked on load: every name an actor stands for is defined, every fallback is an actor,
    and no two actors of one country stand for the same name."""
    entries, generic = actor_entries(), lexicon().generic
    table: dict[tuple[str, str], ActorEntry] = {}
    for row in actor_rows():
        # an armed group stands for its generic name ("الانفصاليين") in its home country, and
        # for a label in the countries the label is given in
        own = row.countries or ((row.home,) if row.home else ())
        pairs = [(n, c) for n in row.stands_for for c in own]
        pairs += [(n, c) for n, countries in row.labels.items() for c in countries]
        for name, country in pairs:
            if name not in generic:
                raise DataError(f"actors.yaml: {row.id} stands for unknown generic name {name!r}")
            if (name, country) in table:
                raise DataError(f"actors.yaml: {row.id} and {table[name, country].id} both "
                                f"stand for {name!r} in {country}")
            table[name, country] = entries[row.id]
    for name, spec in generic.items():
        if spec.fallback is not None and spec.fallback not in entries:
            raise DataError(f"actors.yaml lexicon: fallback {spec.fallback!r} of {name!r} is no actor")
    return table


@functools.cache
def _matcher() -> AliasMatcher[ActorEntry | str]:
    """Actor names and generic names in one pattern; a generic name maps to its key."""
    entries = actor_entries()
    mapping: dict[str, ActorEntry | str] = {
        alias: entries[r.id] for r in actor_rows() for alias in (r.name_ar, *r.aliases)
    }
    for name, spec in lexicon().generic.items():
        mapping.update(dict.fromkeys(spec.phrases, name))
    return AliasMatcher(mapping)


@functools.cache
def _adjectives() -> AliasMatcher[ActorEntry]:
    """Nationality adjectives, bare and with the article ("غارة إسرائيلية"، "الغارة الإسرائيلية");
    the definite ones count only after a definite attack noun (`_after_agent_noun`)."""
    entries = actor_entries()
    return AliasMatcher({form: entries[r.id] for r in actor_rows() for a in r.adjectives
                         for form in (a, ARTICLE + a)})


@functools.cache
def _naming() -> re.Pattern[str]:
    """"تطلق على نفسها"، "ما يعرف بـ": a phrase after which the text names an armed group;
    a phrase ending in the preposition "ب" may be glued to the name."""
    phrases = sorted((normalize(p) for p in lexicon().naming_phrases), key=len, reverse=True)
    alts = [re.escape(p) + ("" if p.split()[-1] in set(PREPOSITIONS) else r"(?!\w)") for p in phrases]
    return re.compile(r"(?<!\w)(?:" + "|".join(alts) + r")[\s" + QUOTES + "]*")


def generic_actor(name: str, country: str | None) -> ActorEntry | None:
    """The actor a generic name ("army", "police") means in a story about ``country``; None
    for a label that names no one there."""
    found = standing_for().get((name, country)) if country else None
    fallback = lexicon().generic[name].fallback
    return found or (actor_entries()[fallback] if fallback else None)


@functools.cache
def _home_countries() -> dict[str, str]:
    """The one country of each force that serves a single one (not a coalition's), and the
    home of each armed group that fights in one."""
    homes = {r.id: r.countries[0] for r in actor_rows() if len(r.countries) == 1}
    return homes | {r.id: r.home for r in actor_rows() if r.home}


def named_countries(norm_text: str) -> set[str]:
    """Countries ``norm_text`` names through their own forces ("حرس المنشآت النفطية" → LY),
    by name only: a generic name ("الجيش") says nothing of where."""
    homes = _home_countries()
    return {homes[v.id] for _, _, _, v in _names(norm_text) if isinstance(v, ActorEntry) and v.id in homes}


@functools.lru_cache(maxsize=256)
def _names(norm_text: str) -> tuple[tuple[int, int, str, ActorEntry | str], ...]:
    """The actor and generic names of a sentence, read once for both `named_countries` (over
    the whole article first) and `find_actors` (sentence by sentence after). Quotation marks
    are read past: the desks quote a group's name after its kind ("كارتل "خاليسكو الجيل
    الجديد""، "انفصاليون من "أمبازونيا""), which splits the alias; spans are the text's own."""
    if not any(q in norm_text for q in QUOTES):
        return tuple(_matcher().finditer(norm_text))
    kept = [k for k, ch in enumerate(norm_text) if ch not in QUOTES]
    bare = "".join(norm_text[k] for k in kept)
    return tuple((kept[s], kept[e - 1] + 1, a, v) for s, e, a, v in _matcher().finditer(bare))


@functools.cache
def _military_base() -> re.Pattern[str]:
    """"قاعدة الجفرة الجوية"، "القاعدة العسكرية": a sentence that names a military base."""
    adjectives = trie_regex(normalize(w) for w in lexicon().base_adjectives)
    # a base's own name stands between ("قاعدة عين الأسد الجوية"), no preposition: "تنظيم
    # القاعدة على نقطة عسكرية" is al-Qaeda
    breaks = trie_regex(normalize(w) for w in lexicon().base_name_breaks)
    name = rf"(?:\s+(?!(?:{breaks})(?!\w))\w+){{0,3}}?"
    return re.compile(rf"(?<!\w)[وب]?(?:قاعده{name}|القاعده)\s+(?:{adjectives})(?!\w)")


def find_actors(norm_text: str, country: str | None = None) -> list[ActorMention]:
    """Actor mentions in normalised text, left to right: names anywhere, generic names
    ("الجيش"، "قوات الأمن") as the forces of ``country`` (the story's), groups the text
    names itself ("تنظيم يدعى ..."), nationality adjectives only as the agent of an attack
    noun ("قصف مدفعي تركي" → Turkish forces)."""
    names = _names(norm_text)
    if any(v == AL_QAEDA for *_, v in names) and _military_base().search(norm_text):
        names = tuple(n for n in names if n[3] != AL_QAEDA)  # "حراس القاعدة": the base's guards
    resolved = [
        (v if isinstance(v, ActorEntry) else _read_generic(norm_text, v, s, e, country), s, e, a)
        for s, e, a, v in names
    ]
    found = [ActorMention(entry, s, e, a) for entry, s, e, a in resolved if entry is not None]
    taken = [(m.start, m.end) for m in found]
    extra = _named_groups(norm_text, taken)
    for s, e, a, v in _adjectives().finditer(norm_text):
        if any(ts <= s < te for ts, te in taken):
            continue
        if _after_agent_noun(norm_text, s):
            extra.append(ActorMention(v, s, e, a))
    return sorted(found + extra, key=lambda m: m.start) if extra else found


def _read_generic(norm_text: str, name: str, start: int, end: int, country: str | None) -> ActorEntry | None:
    return generic_actor(name, _generic_country(norm_text, name, start, end) or country)


def _generic_country(norm_text: str, name: str, start: int, end: int) -> str | None:
    """The country a generic name is read by when the sentence says: a nationality adjective
    right after it, or for a label (a generic name with no fallback) the nationality of the one
    who speaks before the reported clause that holds it ("قال مصدر أمني باكستاني إن الغارات
    استهدفت مخابئ الخوارج" in a story about Afghanistan is Pakistan's word)."""
    found = _nationality(norm_text, end)
    if found or lexicon().generic[name].fallback is not None:
        return found
    words = WORD.findall(norm_text[:start])
    said = [k for k, w in enumerate(words) if w in cues().complementizers]
    if not said:
        return None
    return next((c for w in reversed(words[: said[-1]]) if (c := adjective_country(w))), None)


def _nationality(norm_text: str, end: int) -> str | None:
    """The country of a nationality adjective right after a generic name: "سلاح الجو
    الباكستاني" in a story about Afghanistan is Pakistan's air force, not the story's."""
    m = WORD.match(norm_text, end + 1) if norm_text[end : end + 1] == " " else None
    return adjective_country(m.group()) if m else None


def _after_agent_noun(norm_text: str, start: int) -> bool:
    """An attack noun right before ``start`` ("قصف تركي"), or before a hedge that stands
    between them ("طائرة مسيرة يعتقد أنها تركية")."""
    before = _words_before(norm_text, start, 1)
    two = _words_before(norm_text, start, 2)
    if len(two) == 2 and _has(two[1:], _nationalities()) and (
        _has(two[:1], cues().agent_nouns) or _has(_without_article(two[:1]), cues().agent_nouns)
    ):
        return True  # "غارات أمريكية بريطانية": a second nationality of the same attack noun
    if _definite(norm_text, start):  # "الغارة الإسرائيلية": a definite noun, a definite adjective
        return bool(before) and _has(_without_article(before), cues().agent_nouns)
    if before and _has(before, cues().agent_nouns):
        return True
    for hedge in _hedges():
        words = _words_before(norm_text, start, len(hedge) + 1)
        if len(words) == len(hedge) + 1 and tuple(words[1:]) == hedge:
            return _has(_words_before(norm_text, start, len(hedge) + 1)[:1], cues().agent_nouns)
    return False


def _definite(norm_text: str, start: int) -> bool:
    """The word at ``start`` carries the article."""
    return norm_text.startswith(ARTICLE, start)


def _without_article(words: list[str]) -> list[str]:
    """"الغارة" → "غارة", "والقصف" → "قصف"; words without the article are dropped."""
    return [f[len(ARTICLE):] for w in words for f in clitic_variants(w) if f.startswith(ARTICLE)]


@functools.cache
def _nationalities() -> frozenset[str]:
    """Every actor's nationality adjectives, normalised."""
    return frozenset(normalize(a) for r in actor_rows() for a in r.adjectives)


@functools.cache
def _hedges() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(normalize(h).split()) for h in lexicon().adjective_hedges)


def _named_groups(norm_text: str, taken: list[tuple[int, int]]) -> list[ActorMention]:
    """Groups the gazetteer does not know, as the text names them: "جماعة مسلحة تطلق على
    نفسها سرايا أولياء الدم" → an actor "سرايا اولياء الدم" with an id from its name. The
    mention starts at the naming phrase, so its role is read from the words before it. After a
    place word ("قرب ما يعرف بـ") the phrase names a place, not a group."""
    found = []
    for m in _naming().finditer(norm_text):
        before = WORD.findall(norm_text[max(0, m.start() - 20) : m.start()])[-1:]
        if before and any(f in cues().naming_place_words for f in clitic_variants(before[0])):
            continue  # "قرب ما يعرف بالخط الأصفر": a place or a line, not a group
        name, end = _group_name(norm_text, m.end())
        if name and not any(ts < end and m.start() < te for ts, te in taken):
            entry = ActorEntry("named_" + name.replace(" ", "_"), name,
                               "armed group named in the report", "unknown", name)
            found.append(ActorMention(entry, m.start(), end, name))
    return found


def _group_name(norm_text: str, start: int) -> tuple[str, int]:
    """The name that starts at ``start``: a quoted phrase, else the words up to a stop word,
    a place word ("قرية"، "مدينة") or punctuation (at most ``name_max_words``); with its end."""
    lex, stops = lexicon(), cues().name_stops | place_cues()
    words: list[str] = []
    end = start
    quoted = start > 0 and norm_text[start - 1] in QUOTES
    for m in re.finditer(r"\w+|[^\w\s]", norm_text[start : start + 200]):
        word = m.group()
        if not word[0].isalnum() or len(words) == lex.name_max_words:
            break
        if not quoted and (word in stops or any(f in stops for f in clitic_variants(word)[1:2])):
            break
        words.append(word)
        end = start + m.end()
    return " ".join(words), end


def _words_before(norm_text: str, start: int, n: int) -> list[str]:
    """The ``n`` words before ``start``: clitic letters ("ل" of "لقوات") and the nisba
    adjectives of an attack noun ("قصف مدفعي") are skipped."""
    c = cues()
    words = [w for w in WORD.findall(norm_text[max(0, start - 80) : start]) if not _is_clitic(w)]
    nouns = c.agent_nouns | c.attack_adjectives
    while len(words) > 1 and _has(words[-1:], c.attack_adjectives) and _has(words[-2:-1], nouns):
        words.pop()
    return words[-n:]


def _is_clitic(word: str) -> bool:
    return len(word) <= 2 and all(ch in CONJUNCTIONS + PREPOSITIONS for ch in word)


def _has(words: list[str], table: frozenset[str]) -> bool:
    return any(f in table or (len(f) > 3 and f.endswith(TANWIN_ALEF) and f[:-1] in table)
               for w in words for f in clitic_variants(w))


def _before_unit(before: list[str]) -> int | None:
    """The index of the word before "مجموعة من عناصر"-like heads that end ``before`` (-1 when
    they open it), or None when ``before`` does not end in such a head."""
    c = cues()
    k = len(before) - 1
    if k >= 0 and before[k] in c.subject_links:
        k -= 1
    if k < 1 or not _has(before[k : k + 1], c.subject_heads):
        return None
    while k >= 0 and (before[k] in c.subject_links or _has(before[k : k + 1], c.subject_heads)):
        k -= 1
    return k


def _is_subject(before: list[str]) -> bool:
    """"هاجمت مجموعة من عناصر <actor>": only subject heads and "من" back to an attack verb."""
    k = _before_unit(before)
    if k is None:
        return False
    c = cues()
    if k < 0 or _has(before[k : k + 1], c.relative_attack_verbs):
        return k >= 0  # "هجوماً شنه مسلحو X": the attack noun before it is its object
    if _has(before[max(0, k - 2) : k], c.agent_nouns - c.force_nouns):
        return False  # "عبوة ناسفة استهدفت دورية للجيش": the bomb is the verb's subject, the patrol hit
    return _has(before[k : k + 1], c.attack_verbs)


def _in_what_was_hit(before: list[str]) -> bool:
    """Whether the attack noun right before the actor is the last of a list of what an attack
    verb hit ("استهدفت مخازن أسلحة ومسيرات للمليشيا": the group's drones were hit), joined to the
    object's first noun by "و"; right after the verb it would be the verb's subject ("قصفت
    طائرات الجيش"), and alone after another noun the name of the attack ("غارات التحالف")."""
    c = cues()
    verbs = [k for k, word in enumerate(before) if _has([word], c.attack_verbs)]
    if not verbs or not before[-1].startswith("و"):
        return False
    hit = before[verbs[-1] + 1 :]
    return len(hit) >= 2 and not _has(hit[:1], c.agent_nouns) and not _has(hit[:1], c.attack_verbs)


def _role(norm_text: str, mention: ActorMention, verbs: list[int], starts: tuple[int, ...] = ()) -> str:
    """The mention's role in the sentence; ``starts``: where the sentence's actor mentions start."""
    c = cues()
    gunmen = _hedged_gunmen(norm_text, mention.start)
    if gunmen is not None:
        # "شنها مسلحون يعتقد أنهم رعاة من الفولاني": the group is who the gunmen are, and has
        # the gunmen's part in the sentence
        return _role(norm_text, ActorMention(mention.entry, *gunmen, mention.alias), verbs, starts)
    head = mention.alias.split(" ", 1)[0]
    if " " in mention.alias and _has([head], c.agent_nouns - c.force_nouns):
        return "perpetrator"  # a name that is itself an attack: "القصف الروسي"، "غارات التحالف"
    before = _words_before(norm_text, mention.start, 5)
    if _is_subject(before) or _shot_by(before):
        return "perpetrator"
    habit = _by_habit(norm_text, mention.start, mention.end)
    if _accused(norm_text, mention):
        # "اتهمت السلطة مليشيا الحوثي بقصف الحي": the accused, right before the charge, after
        # the verb and its subject (or its speaker: "اتهم الناطق باسم الجيش مليشيا الحوثي بقصف");
        # the one a denier charges in turn ("نفت الحركة مسؤوليتها واتهمت الجيش بالقصف") is the
        # counter-account's, named and not blamed
        return "mentioned" if _has(before, c.counter_denials) else "perpetrator"
    words_before, before = before, before[-2:]
    if before and _has(before[-1:], c.accusation_participles) and not habit:
        return "perpetrator"  # "متهمة الدعم السريع بالقصف": the accused doer
    if before and _has(before[-1:], c.object_nouns):
        return "target"
    if before and _has(before[-1:], c.target_cues):
        return "target"
    if len(before) == 2 and _has(before[-1:], c.owner_words) and _has(before[:1], c.weapon_nouns):
        return "perpetrator"  # "إن الطائرة تابعة للجيش": the weapon's owner launched it
    if _has(WORD.findall(norm_text[mention.end : mention.end + 30])[:1], c.behind_words):
        return "perpetrator"  # "رجح أن تكون جماعة بوكو حرام وراءه": the one said to be behind it
    if _answers_fire(norm_text, mention.end) or (before and _has(before[-1:], c.retaliation_verbs)):
        return "target"
    if before and before[-1] in c.active_kill_verbs and _killed_follow(norm_text, mention.end):
        return "perpetrator"  # "قتلت قوات الدعم السريع 12 مدنياً": active, the killer
    if before and _has(before[-1:], c.casualty_cues):
        return "target"  # "قُتل جندي تركي"، "مقتل عناصر النظام": the victim
    if before and _has(before[-2:], c.agent_nouns | c.attack_verbs | c.relative_attack_verbs):
        return "target" if _in_what_was_hit(words_before) else "perpetrator"
    if len(before) == 2 and _has(before[-2:-1], c.target_cues):
        return "target"
    nxt = [v for v in verbs if v >= mention.end]
    between = WORD.findall(norm_text[mention.end : nxt[0]]) if nxt else []
    if nxt and _speaks_of_gunmen(norm_text[mention.end : nxt[0]]):
        return "mentioned"  # "قالت الشرطة إن مسلحين هاجموا": the police tell, the gunmen attacked
    if nxt and len(between) <= 6:
        # "تدخلت قوة من الجيش لفض النزاع واعتقلت ...": the force that broke the fight up
        # arrested its fighters, it fought no one
        if _peacemaking().search(norm_text, mention.end, nxt[0]):
            return "mentioned"
        # "قالت قوات الدعم السريع إن طيران الجيش قصف"، "الحركة تتهم الجيش بقصف": the verb is
        # in the clause the actor reports or charges another with, whose doer is named after
        # ("قالت الوزارة إن مسيراتها قصفت": no other actor, the speaker's own drones)
        reports = any(w in c.complementizers for w in between) or _has(between, c.accusation_verbs)
        if reports and any(mention.end <= s < nxt[0] for s in starts):
            return "mentioned"
        return "perpetrator"
    return "mentioned"


def _speaks_of_gunmen(between: str) -> bool:
    """Between an actor and the next attack verb, "إن" or "أن" and unnamed gunmen ("قالت الشرطة
    إن مسلحين مجهولين هاجموا"): the gunmen are the verb's subject, the actor only tells of them
    (not "أعلن الجيش أن قواته قصفت", whose subject is the army's own)."""
    return _that_gunmen().search(between) is not None


@functools.cache
def _that_gunmen() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)[إا]ن\s+(?:{_unnamed().pattern})")


def _shot_by(before: list[str]) -> bool:
    """"برصاص قوة من جيش الاحتلال"، "بنيران عناصر من الحركة": a weapon's fire and the unit it
    came from, then the actor the unit belongs to: the actor fired."""
    k = _before_unit(before)
    if k is None:
        return False
    c = cues()
    return k >= 0 and _has(before[k : k + 1], c.fire_nouns)


def _charged_at_once(norm_text: str, end: int) -> bool:
    """What an accusation verb charges the actor ending at ``end`` with follows it at once
    ("اتهمت الانفصاليين بزرع العبوة"، "حمّلت الحركة مسؤولية الهجوم"): the actor is the accused
    object, not the accuser (in "اتهم الجيش الحركة بشن" the word after the verb is its subject).
    One word of its allies may stand between ("اتهم القوات الكونغولية وحلفاءها بالقصف")."""
    words = WORD.findall(norm_text[end : end + 40])[:2]
    if len(words) == 2 and words[0].startswith(AND) and len(words[0]) > 3:
        words = words[1:]
    words = words[:1]
    return bool(words) and (words[0].startswith(BY) or _has(words, cues().responsibility_words))


@functools.cache
def _identity_hedges() -> re.Pattern[str]:
    """A hedge on who unnamed gunmen are, right before a name: "يعتقد أنهم X"، "يشتبه في
    انتمائهم إلى X"."""
    hedges = sorted({normalize(h) for h in lexicon().identity_hedges}, key=len, reverse=True)
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, hedges))})\s*$")


@functools.cache
def _gunmen_before() -> re.Pattern[str]:
    return re.compile(rf"({_unnamed().pattern})\s*$")


def _hedged_gunmen(norm_text: str, start: int) -> tuple[int, int] | None:
    """The span of the unnamed gunmen a hedge before ``start`` says the actor there is
    ("مسلحون يعتقد أنهم X"), or of the cell or group right before it ("شنته خلية يعتقد أنها
    تتبع لتنظيم X"); the hedge is looked for first, the gunmen only before one."""
    hedge = _identity_hedges().search(norm_text, max(0, start - 40), start)
    if hedge is None:
        return None
    gunmen = _gunmen_before().search(norm_text, max(0, hedge.start() - 40), hedge.start())
    if gunmen:
        return gunmen.span(1)
    head = list(WORD.finditer(norm_text, max(0, hedge.start() - 20), hedge.start()))[-1:]
    return head[0].span() if head and _has([head[0].group()], cues().subject_heads) else None


def _killed_follow(norm_text: str, end: int) -> bool:
    """A count or a victim noun right after an actor ("... 12 مدنياً"، "... طفلين")."""
    words = WORD.findall(norm_text[end : end + 30])[:1]
    return bool(words) and (
        DIGITS.match(words[0]) is not None
        or is_number_word(words[0])
        or _has(words, cues().killed_objects)
    )


@functools.cache
def _peacemaking() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{trie_regex(normalize(w) for w in lexicon().peacemaking)})(?!\w)")


def _answers_fire(norm_text: str, end: int) -> bool:
    """"القوات التركية ردت على مصادر النيران": the actor right before a retaliation verb."""
    c = cues()
    words = WORD.findall(norm_text[end : end + 40])[:2]
    return any(f in c.retaliation_verbs for w in words for f in clitic_variants(w))


def assign_roles(norm_text: str, mentions: list[ActorMention]) -> dict[str, str]:
    """Each actor id's strongest role in this sentence (perpetrator > target > mentioned)."""
    words = list(WORD.finditer(norm_text))
    verbs = [m.start() for k, m in enumerate(words) if _is_verb(m.group()) and not _day_part(words, k)]
    starts = tuple(m.start for m in mentions)
    roles: dict[str, str] = {}
    last: tuple[ActorMention, str] | None = None
    for mention in mentions:
        role = _role(norm_text, mention, verbs, starts)
        if role == "mentioned" and last is not None and _joined(norm_text, last[0], mention):
            role = last[1]  # "شنته قوات الدعم السريع والحركة الشعبية": both did it
        last = (mention, role)
        old = roles.get(mention.entry.id, "mentioned")
        roles[mention.entry.id] = role if ROLE_RANK[role] >= ROLE_RANK[old] else old
    return roles


def _joined(norm_text: str, first: ActorMention, second: ActorMention) -> bool:
    """The second actor is joined to the first by "و" alone ("قوات الدعم السريع والحركة
    الشعبية"): one part in the sentence, the first's."""
    return norm_text[first.end : second.start].strip() == "و"


def _is_verb(word: str) -> bool:
    """A finite attack verb whose subject may stand before it; not the relative forms
    ("شنه"، "نفذها"), whose subject follows them, nor a noun after a preposition ("بقصف"،
    "للقصف"): only a conjunction stands before a verb ("وقصفت")."""
    c = cues()
    forms = (word, word[1:]) if len(word) > 3 and word[0] in CONJUNCTIONS else (word,)
    return any(f in c.attack_verbs for f in forms)


def _day_part(words: list[re.Match[str]], k: int) -> bool:
    """Whether word ``k`` is a part of the day before a day ("فجر الثلاثاء"، "فجر اليوم"), not
    the verb it is spelt like."""
    return (
        k + 1 < len(words)
        and any(f in cues().day_part_verbs for f in clitic_variants(words[k].group()))
        and names_a_day(words[k + 1].group())
    )


def to_actor(entry: ActorEntry, role: str) -> Actor:
    """The record form of an actor with its role."""
    return Actor(entry.id, entry.name_ar, entry.name_en, role=role, kind=entry.kind)
