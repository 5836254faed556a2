"""Cleaning: one HTML page to one article record (title, text, date, author, language, hash).

trafilatura finds the main text, and its metadata functions the few fields an article needs.
Around it:
- the fallback extractors are off (``fast``) and the date search is not extensive: on
  100–200 KB pages they are most of trafilatura's default time (see bench/README.md), and
  with the furniture lexicon below they found no text that fast mode missed;
- only the metadata an article carries is read (``_metadata``), not trafilatura's whole
  pass, whose categories, tags and licence cost more than the text on large pages;
- author and date are read from the article's own section (``_main_section``: the
  ``<article>`` around the paragraphs, or their parent) with the page's head metadata, a
  twentieth of the page's elements, and the text from the section, or from its paragraphs'
  block alone when nothing else in the article reads as text (``_story_block``), handed to
  trafilatura as an ``<article>`` so that its main pass takes it; the page is read whole
  when its paragraphs are not mostly in one block or the section yields less than a story;
- a standfirst marked up apart from the body (``LEDE_CLASSES``), which precision mode drops,
  is read from the same parsed tree and put back before the text;
- lines that are page furniture ("اترك تعليقاً", share bars, "مقالات ذات صلة" and what
  follows) are dropped by a lexicon kept as data in ``data/boilerplate.yaml``.
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from copy import deepcopy
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path

import trafilatura
import yaml
from htmldate import find_date
from lxml import etree
from lxml.html import (
    HtmlComment,
    HtmlElement,
    HtmlEntity,
    HTMLParser,
    HtmlProcessingInstruction,
    document_fromstring,
)
from trafilatura.metadata import (
    examine_meta,
    extract_author,
    extract_meta_json,
    extract_sitename,
    extract_title,
    extract_url,
)
from trafilatura.settings import Document, Extractor
from trafilatura.utils import DOCTYPE_TAG

from crawlers.exceptions import EmptyPage, Garbled, NoArticle, NotArabic
from crawlers.urls import article_id, canonical_url, is_same_host
from streams.extraction.arabic import arabic_ratio, normalize
from streams.records import Article, stable_id

__all__ = ["MIN_TEXT_CHARS", "clean", "content_hash", "drop_furniture"]

LOGGER = logging.getLogger(__name__)

MIN_TEXT_CHARS = 200
# A story is a few thousand characters; a page with far more (a transcript, a hostile or broken
# server) keeps its beginning, where the lede and the toll are. Every record an article becomes
# (its message, its parked copy in the duplicate check) must stay below Kafka's 1 MB limit: a
# record over it would stop the worker that parks it, again at every restart.
MAX_TEXT_CHARS = 100_000
MAX_TITLE_CHARS = 1_000
MAX_PREFIXED_LINE = 120
MIN_ARABIC_RATIO = 0.5
# Text that is this much U+FFFD (bytes no charset could read) is noise, not an article.
MAX_REPLACEMENT_RATIO = 0.1
BOILERPLATE_FILE = Path(__file__).with_name("data") / "boilerplate.yaml"

# trafilatura renders table cells as "| a | b |"; layout tables on older sites hold the story.
TABLE_CELL = re.compile(r"(?:^|\s)\|(?:\s|$)")
PUNCTUATION = re.compile(r"[\W_]+", re.UNICODE)
# Characters a line's words may be separated by besides the space (``_squeeze``).
SPACE_VARIANTS = ("\t", "\u00a0", "\u200f", "\u200e")


def _squeeze(text: str) -> str:
    """``text`` trimmed, each run of spaces (tabs, no-break spaces, direction marks) one space.
    ``str`` methods instead of a regex, which took a sixth of a page's cleaning on Arabic text."""
    if "  " not in text and not any(space in text for space in SPACE_VARIANTS):
        return text.strip()  # most lines: single spaces only
    for space in SPACE_VARIANTS:
        if space in text:
            text = text.replace(space, " ")
    return " ".join(filter(None, text.split(" "))).strip()


def content_hash(text: str) -> str:
    """Hash of the normalised text: equal for the same words however they were spelled."""
    return _hash_of_folded(normalize(text))


def _hash_of_folded(folded: str) -> str:
    """``content_hash`` of a text from its ``normalize``d form."""
    return stable_id(" ".join(folded.split()), length=32)


@dataclass(frozen=True)
class Furniture:
    lines: frozenset[str]
    prefixes: tuple[str, ...]
    tail_markers: tuple[str, ...]

    def is_furniture(self, key: str) -> bool:
        return key in self.lines or (len(key) < MAX_PREFIXED_LINE and key.startswith(self.prefixes))


@lru_cache(maxsize=1)
def _furniture() -> Furniture:
    data = yaml.safe_load(BOILERPLATE_FILE.read_text(encoding="utf-8"))
    return Furniture(
        lines=frozenset(_line_key(line) for line in data["lines"]),
        prefixes=tuple(_line_key(prefix) for prefix in data["prefixes"]),
        tail_markers=tuple(_line_key(marker) for marker in data["tail_markers"]),
    )


def _line_key(line: str) -> str:
    return PUNCTUATION.sub(" ", normalize(line)).strip()


def _folded_lines(lines: list[str]) -> tuple[list[str], list[str]]:
    """Each line ``normalize``d, and its ``_line_key``, normalising them all in one pass (lines
    hold no newline)."""
    folded = normalize("\n".join(lines)).split("\n") if lines else []
    return folded, [PUNCTUATION.sub(" ", f).strip() for f in folded]


def _headline_end(keys: list[str], title: str) -> int:
    """The story starts after its headline: what comes before it in the first half is chrome."""
    key = _line_key(title)
    if key:
        for index, line_key in enumerate(keys[: max(len(keys) // 2, 1)]):
            if line_key == key:
                return index + 1
    return 0


def drop_furniture(text: str, title: str = "") -> str:
    """Remove boilerplate lines, the headline and what precedes it, and the trailer
    (a "related"/"comments" heading once a story's worth of text has been kept)."""
    return "\n".join(_story_lines(text, title)[0])


def _story_lines(text: str, title: str) -> tuple[list[str], list[str]]:
    """The lines ``drop_furniture`` keeps, and each of them ``normalize``d: normalised once
    for the furniture lexicon, the text's content hash reuses them."""
    furniture = _furniture()
    rows = text.splitlines()
    cells = (cell for row in rows for cell in (TABLE_CELL.split(row) if "|" in row else [row]))
    lines = [c for c in map(_squeeze, cells) if c]
    folded, keys = _folded_lines(lines)
    start = _headline_end(keys, title)
    kept: list[str] = []
    kept_folded: list[str] = []
    story_so_far = 0
    for line, fold, key in zip(lines[start:], folded[start:], keys[start:], strict=True):
        if story_so_far >= MIN_TEXT_CHARS and key.startswith(furniture.tail_markers) and len(key) < 40:
            break
        if key and not furniture.is_furniture(key):
            kept.append(line)
            kept_folded.append(fold)
            story_so_far += len(line)
    return kept, kept_folded


# Class names of a standfirst marked up apart from the body ("standfirst", "article__subhead",
# "td-post-sub-title", "article-summary"): precision mode drops it, and it usually carries the toll.
LEDE_CLASSES = ("standfirst", "subhead", "sub-title", "subtitle", "summary", "lede", "excerpt",
                "intro", "teaser", "article-desc", "article_desc", "deck")
LEDE_TAGS = ("p", "h2", "h3", "div", "span")
# Any of the class names as a substring of the class attribute. Walking the tags with this
# pattern measured 4-10x faster than the equivalent XPath of ``contains()`` tests.
LEDE_CLASS = re.compile("|".join(map(re.escape, LEDE_CLASSES)))
LEDE_CHARS = (60, 700)


def _standfirst(tree: HtmlElement) -> str:
    """The first element with a standfirst class whose text reads like a lede (a sentence or
    two of Arabic, not a link list)."""
    elements = list(tree.iter(*LEDE_TAGS))
    # One search of all their class attributes (NUL is in none) instead of one per element.
    classes = "\0".join([e.get("class") or "" for e in elements])
    matched = dict.fromkeys(classes.count("\0", 0, m.start()) for m in LEDE_CLASS.finditer(classes))
    for element in map(elements.__getitem__, matched):
        text = _squeeze(element.text_content())
        linked = sum(len(a.text_content()) for a in element.iter("a"))
        fits = LEDE_CHARS[0] <= len(text) <= LEDE_CHARS[1] and linked < len(text) / 4
        if fits and arabic_ratio(text) >= MIN_ARABIC_RATIO:
            return text
    return ""


def _with_lede(text: str, lede: str) -> str:
    """The story's text with its standfirst first, unless the extractor kept it already."""
    if not lede or _line_key(lede)[:80] in _line_key(text):
        return text
    return f"{lede}\n{text}"


def _metadata(tree: HtmlElement, url: str | None, byline_tree: HtmlElement | None = None) -> Document:
    """Title, author, canonical URL, date and site name, by trafilatura's and htmldate's own
    functions in the order and with the rules of ``trafilatura.extract_metadata``, which also
    extracts categories, tags and the licence: nothing here uses those, and on large pages they
    take longer than the text (see bench/README.md).

    Where no meta tag or JSON-LD names the author or the date, they are searched for in
    ``byline_tree`` (the article's own section, see ``_section_document``) instead of the whole
    page: on 900-element pages those two searches were two thirds of the cleaning time, and a
    byline in the page's comments or sidebar is not the article's. The meta tags and JSON-LD
    are read from it too: it holds copies of the page's head and metadata scripts, in order."""
    search = tree if byline_tree is None else byline_tree
    document = examine_meta(search)
    if document.author and " " not in document.author:  # trafilatura's rule: one word is not a byline
        document.author = None
    try:
        document = extract_meta_json(search, document)
    except Exception as error:  # trafilatura guards its JSON-LD reader the same way
        LOGGER.debug("unreadable JSON-LD metadata on %s: %s", url, error)
    document.title = document.title or extract_title(tree)
    document.author = document.author or extract_author(search)
    document.url = document.url or extract_url(tree, url)
    document.date = find_date(search, extensive_search=False, original_date=True, url=document.url)
    document.sitename = (document.sitename or extract_sitename(tree) or "").lstrip("@") or None
    document.clean_and_trim()
    return document


# Bytes that are not XML characters: trafilatura removes them with a regex over the decoded page.
CONTROL_BYTES = bytes(c for c in range(0x20) if c not in (0x09, 0x0A, 0x0D))
NONCHARACTERS = ("\ufffe".encode(), "\uffff".encode())


@lru_cache(maxsize=1)
def _parser() -> HTMLParser:
    """trafilatura's parser settings (``trafilatura.utils.HTML_PARSER``) with lxml's C-level
    class lookup, which gives every element the class ``HtmlElement``. ``lxml.html``'s parsers
    pick the class in Python, per element object made (form controls get subclasses nothing
    here uses): a third of the time of every walk over the tree, by trafilatura or here."""
    parser = HTMLParser(
        collect_ids=False, default_doctype=False, encoding="utf-8", remove_comments=True, remove_pis=True
    )
    parser.set_element_class_lookup(
        etree.ElementDefaultClassLookup(
            element=HtmlElement, comment=HtmlComment, pi=HtmlProcessingInstruction, entity=HtmlEntity
        )
    )
    return parser


def _parse(html: str) -> HtmlElement | None:
    """The page parsed as ``trafilatura.load_html`` parses it. Its first step, a regex that
    removes XML-invalid characters from the decoded page, took longer than the parse itself
    (0.4 of 0.7 ms on a 144 KB page); here the same characters are removed from the UTF-8
    bytes with ``bytes.translate``/``replace``, and a doctype with a slash is cut from the
    first line as trafilatura cuts it. Pages with a self-closed ``<html/>``, or that do not
    parse as a document, go through ``load_html`` itself."""
    start = html[:4096]
    if any("<html" in line and line.endswith("/>") for line in start.splitlines()[:4]):
        return trafilatura.load_html(html)
    end = html.find("\n")  # the first line only: a partition would copy the whole page
    first_line = html if end < 0 else html[:end]
    if DOCTYPE_TAG.search(first_line):  # libxml2 mis-reads a doctype with a slash in it
        html = DOCTYPE_TAG.sub("", first_line, count=1) + html[len(first_line) :]
    data = html.encode("utf-8", "replace").translate(None, CONTROL_BYTES)
    if "\ufffe" in html or "\uffff" in html:
        for nonchar in NONCHARACTERS:
            data = data.replace(nonchar, b"")
    try:
        tree = document_fromstring(data, parser=_parser())
    except (etree.ParserError, ValueError):
        return trafilatura.load_html(html)
    return tree if len(tree) >= 2 else trafilatura.load_html(html)


# The article's section must hold this share of the page's paragraph text, and no block of
# paragraphs outside it more than ``MAX_RIVAL_SHARE`` of the section's, else the page is read
# whole: a story split over sibling blocks would lose one of them. (On the bench pages the
# section holds 53-96 % and the largest block outside it, a comment, 1-11 %.)
MIN_SECTION_SHARE = 0.5
MAX_RIVAL_SHARE = 0.25
# The scripts trafilatura reads metadata from (``extract_meta_json``).
METADATA_SCRIPTS = ("application/ld+json", "application/settings+json")


def _paragraph_chars(element: HtmlElement) -> dict[HtmlElement, int]:
    """The characters of ``<p>`` text in ``element``, by the paragraphs' parent."""
    chars: defaultdict[HtmlElement, int] = defaultdict(int)
    for paragraph in element.iter("p"):
        parent = paragraph.getparent()
        if parent is not None:
            chars[parent] += len(paragraph.text_content())
    return chars


def _main_section(tree: HtmlElement) -> HtmlElement | None:
    """The element that holds the story: the one whose own ``<p>`` children carry the most
    text, or the ``<article>`` around it (with the headline, standfirst and byline); None when
    the paragraphs are not mostly in one element."""
    chars = _paragraph_chars(tree)
    if not chars:
        return None
    best = max(chars, key=chars.__getitem__)
    if best.tag in ("body", "html"):
        return None
    if chars[best] < max(MIN_SECTION_SHARE * sum(chars.values()), MIN_TEXT_CHARS):
        return None
    section = next((a for a in best.iterancestors("article", "body")), None)
    section = section if section is not None and section.tag == "article" else best
    outside = (n for e, n in chars.items() if e is not section and section not in e.iterancestors())
    if max(outside, default=0) > MAX_RIVAL_SHARE * chars[best]:
        return None
    return section


def _section_document(tree: HtmlElement, section: HtmlElement) -> HtmlElement:
    """A document of the page's head without its code (styles, scripts other than metadata),
    the page's metadata scripts (JSON-LD) in page order and a copy of ``section`` without
    them: what the meta tags, JSON-LD, author and date are read from, a twentieth of the
    page's elements. Inline code is most of a news page's bytes, and htmldate's last resort
    runs its patterns over the serialised page."""
    root = _parser().makeelement("html")
    page_head = tree.find("head")
    # One copy of the whole head, then its code removed: a third of the time of copying each kept element.
    head = deepcopy(page_head) if page_head is not None else root.makeelement("head")
    for element in list(head):
        code = element.tag == "script" and element.get("type") not in METADATA_SCRIPTS
        if code or element.tag == "style":
            head.remove(element)
    root.append(head)
    body = etree.SubElement(root, "body")
    for script in tree.iterfind("body//script"):
        if script.get("type") in METADATA_SCRIPTS:
            body.append(deepcopy(script))
    story = deepcopy(section)
    for script in [s for s in story.iter("script") if s.get("type") in METADATA_SCRIPTS]:
        script.drop_tree()  # it is in the body already, in page order; its tail stays
    body.append(story)
    return root


HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))


def _story_block(section: HtmlElement) -> HtmlElement:
    """What trafilatura reads the text from: the block of an ``<article>`` whose own ``<p>``
    children carry the most text, when nothing else in the article reads as text (no other
    paragraph, no line as long as a sentence outside the headings: only the headline and
    page furniture such as the byline, date, share bar, caption and tags); else the article.
    trafilatura's pruning expressions run once per element it is given (about 10 µs each),
    and an article's header, figure and tag list are two thirds of its elements; the text
    before the headline and the headline itself are dropped from the text anyway
    (``drop_furniture``), and a standfirst is read apart (``_standfirst``)."""
    if section.tag != "article":
        return section
    chars = _paragraph_chars(section)
    block = max(chars, key=chars.__getitem__)
    inside = set(block.iter())
    for element in section.iter(etree.Element):
        if element is not block:
            if element in inside:
                continue
            if element.tag == "p" and element.text_content().strip():
                return section
        texts = [element.text] if element is not block and element.tag not in HEADINGS else []
        if element is not section:  # the article's own tail is outside it
            texts.append(element.tail)
        if any(text and len(text.strip()) >= MAX_PREFIXED_LINE for text in texts):
            return section
    return block


def _text_document(block: HtmlElement) -> HtmlElement:
    """A document of a copy of ``block`` alone, as an ``<article>``: it is the story, and as
    an article it is what trafilatura's main pass takes, where a ``<div>`` or table cell
    without a known content class made that pass find nothing and trafilatura then searched
    the document for stray paragraphs (a third of its time on such a page, the same text)."""
    root = _parser().makeelement("html")
    body = etree.SubElement(root, "body")
    holder = body if block.tag == "article" else etree.SubElement(body, "article")
    holder.append(deepcopy(block))
    return root


@lru_cache(maxsize=1)
def _extractor() -> Extractor:
    """trafilatura's options, built once: building them per page (a config file read) cost a
    twentieth of a page's cleaning. Fast mode, precision, no comments, tables kept; no
    metadata (``_metadata`` reads it) and no links, so the page's URL changes nothing."""
    return Extractor(output_format="python", fast=True, precision=True, comments=False, tables=True)


def _text(tree: HtmlElement) -> str | None:
    body = trafilatura.bare_extraction(tree, options=_extractor())
    return (body.text or "") if body is not None else None  # type: ignore[union-attr]


def _extract(html: str, url: str | None) -> tuple[Document, str | None, str]:
    """The page's metadata, main text (None if trafilatura found none) and standfirst, from one
    parse of the page. Text, author and date are read from the article's section when one
    stands out (``_main_section``), and the text from the whole page when the section's is
    too short to be a story."""
    tree = _parse(html)
    if tree is None:
        return Document(), None, ""
    lede = _standfirst(tree)  # read before trafilatura prunes the tree
    section = _main_section(tree)
    small = _section_document(tree, section) if section is not None else None
    metadata = _metadata(tree, url, small)
    text = _text(_text_document(_story_block(section))) if section is not None else None
    if text is None or len(text) < MIN_TEXT_CHARS:
        text = _text(tree)
    return metadata, text, lede


def _within_limit(text: str, url: str) -> str:
    """``text`` cut to ``MAX_TEXT_CHARS`` at a line break (logged: the page is kept, shortened)."""
    if len(text) <= MAX_TEXT_CHARS:
        return text
    cut = text.rfind("\n", 0, MAX_TEXT_CHARS + 1)
    kept = text[:cut] if cut > 0 else text[:MAX_TEXT_CHARS]
    LOGGER.warning("%s: text of %d characters cut to its first %d", url, len(text), len(kept))
    return kept


def clean(
    html: str,
    url: str,
    *,
    source_id: str = "",
    fetched_at: str | None = None,
    require_arabic: bool = True,
) -> Article:
    """Turn a page into an ``Article``; raises a ``CleanError`` saying why it cannot."""
    if not html or html.isspace():  # not strip(), which copies the page
        raise EmptyPage("the page is empty", url=url)
    document, body, lede = _extract(html, url)
    title = (document.title or "").strip()[:MAX_TITLE_CHARS]
    lines, folded = _story_lines(_with_lede(body, lede), title) if body is not None else ([], [])
    text = _within_limit("\n".join(lines), url)
    if len(text) < MIN_TEXT_CHARS:
        raise NoArticle(f"no main text found ({len(text)} characters)", url=url)
    replaced = text.count("\ufffd") / len(text)
    if replaced > MAX_REPLACEMENT_RATIO:
        raise Garbled(f"{replaced:.0%} of the text is undecodable bytes", url=url)
    ratio = arabic_ratio(text)
    if require_arabic and ratio < MIN_ARABIC_RATIO:
        raise NotArabic(f"the text is not Arabic ({ratio:.0%} Arabic letters)", url=url)
    canonical = canonical_url(document.url if document.url and is_same_host(document.url, url) else url)
    return Article(
        article_id=article_id(canonical),
        url=url,
        canonical_url=canonical,
        source_id=source_id,
        title=title,
        text=text,
        published_at=document.date,
        fetched_at=fetched_at or datetime.now(UTC).isoformat(timespec="milliseconds"),
        lang="ar" if ratio >= MIN_ARABIC_RATIO else "en",
        content_hash=_hash_of_folded("\n".join(folded)),
        author=document.author,
        site=document.sitename,
    )
