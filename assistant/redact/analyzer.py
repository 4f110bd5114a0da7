"""``IdentifierAnalyzer``: one pass over Thai, English or mixed text → identifiers.

Language routing: spaCy NER sees only Latin-script text (Thai letters are blanked to spaces, so
offsets stay exact and the English model never labels Thai as PERSON), and only windows around
capitalised words no rule explained (see ``ner.py``); Thai name rules run on Thai script runs;
pattern rules (phones, IDs, dates of birth, addresses) run on the whole text with Thai digits
read as ASCII digits.
"""

from __future__ import annotations

import re
import threading

from assistant.inputs import LONE_SURROGATE
from assistant.models import DetectedEntity
from assistant.redact.acronyms import (
    add_defined_acronyms,
    add_initials_mentions,
    add_spelled_out_bodies,
)
from assistant.redact.boundaries import settle_boundaries
from assistant.redact.engine import PresidioBundle
from assistant.redact.ner import candidate_windows, ner_hits
from assistant.redact.non_identifiers import drop_non_identifiers
from assistant.redact.number_forms import add_other_forms
from assistant.redact.ocr_repair import repair_ocr
from assistant.redact.recase import capitals_spans, recase_capitals
from assistant.redact.recognizers.base import to_ascii_digits
from assistant.redact.resolve import (
    Hit,
    add_address_parts,
    add_aliases,
    add_birth_date_mentions,
    add_bodies_of_places,
    add_body_mentions,
    add_body_tails,
    add_chain_branches,
    add_coordinated,
    add_family_names,
    add_latin_chain_branches,
    add_latin_place_mentions,
    add_legal_forms,
    add_name_honorifics,
    add_named_body_heads,
    add_owner_shops,
    add_place_mentions,
    add_script_glosses,
    add_spelled_out,
    add_spelling_variants,
    add_thai_coordinated,
    add_thai_cued,
    add_titled_full_names,
    clean_ner,
    cut_clock_times,
    cut_loanwords,
    cut_named_things,
    cut_protected,
    cut_thai_run_ons,
    join_address_lines,
    merge,
    propagate,
    protected_spans,
    retype_known_places,
)
from assistant.redact.spoken_numbers import rewrite_spoken
from assistant.redact.thai_lexicon import tokenize_memo
from assistant.redact.types import PERSON, PRESIDIO_TO_TYPE

_THAI_CHARS = re.compile(r"[\u0E00-\u0E7F]")
_LATIN = re.compile(r"[A-Za-z]")
#: Hits below this score are ignored (Presidio's weak 0.01–0.4 guesses).
SCORE_THRESHOLD = 0.5


_SENTENCE_BREAK = re.compile(r"[.!?;:]\s|\n")


def _misread(text: str, first: Hit, second: Hit) -> bool:
    """The first reading of a line in capitals misread it where the second reading finds another
    type across a sentence's end, or inside a span it does not hold (HAMILTON. SCHOOL as a body);
    a longer span holding the second one whole stays (EIGHTH AVENUE WORKERS' COLLECTIVE)."""
    if not (second.start < first.end and first.start < second.end) or second.type == first.type:
        return False
    holds = first.start <= second.start and second.end <= first.end
    return not holds or _SENTENCE_BREAK.search(text, first.start, first.end) is not None


class IdentifierAnalyzer:
    """Finds identifiers in a text. Build through ``get_analyzer()`` (process-wide, warm)."""

    def __init__(self, bundle: PresidioBundle) -> None:
        self._bundle = bundle
        self._lock = threading.Lock()

    @property
    def startup_seconds(self) -> float:
        """Seconds the engines took to build (for the benchmark)."""
        return self._bundle.startup_seconds

    def analyze(self, text: str) -> list[DetectedEntity]:
        """Identifiers in ``text``: offsets index ``text``; sorted; never overlapping."""
        if not text.strip():
            return []
        if LONE_SURROGATE.search(text):
            # session 26 — a lone surrogate (bytes that failed to decode) crashed the Thai tagger;
            # it is read as U+FFFD, one character for one, so offsets still index ``text``
            scanned = LONE_SURROGATE.sub("\ufffd", text)
            return [e.model_copy(update={"text": text[e.start:e.end]}) for e in self.analyze(scanned)]
        with tokenize_memo():  # Thai chunks are cut once per call, not once per recognizer
            hits = self._raw_hits(text)
            resolved = self.resolve(text, hits)
            recased = recase_capitals(text)
            if recased is not None:
                resolved = self._with_recased(text, recased, resolved)
        return [
            DetectedEntity(start=h.start, end=h.end, type=h.type, text=text[h.start:h.end], score=round(h.score, 3))
            for h in resolved
        ]

    def _with_recased(self, text: str, recased: str, resolved: list[Hit]) -> list[Hit]:
        """session 27 — lines typed in capitals (session 38: or all in lower case), read again as
        a writer would have cased them (``recase``): what that reading finds inside those lines
        joins what the first found.
        Same length, so offsets index ``text``; nothing found the first time is lost."""
        lines = capitals_spans(text)
        again = self.resolve(recased, self._raw_hits(recased))
        extra = [h for h in again if any(s <= h.start and h.end <= e for s, e in lines)]
        if not extra:
            return resolved
        # a first reading that runs across the second's span with another type read the capitals
        # wrongly (MRS. PRISCILLA ODUYA. NEXT VISIT … as a body): the second reading stands there
        kept = [h for h in resolved if not any(_misread(text, h, x) for x in extra)]
        return merge(text, kept + extra)

    def resolve(self, text: str, hits: list[Hit]) -> list[Hit]:
        """Clean, protect, alias, propagate and merge raw hits (also used for writer additions)."""
        hits = clean_ner(text, hits)
        cut_thai_run_ons(text, hits)
        add_address_parts(text, hits)
        add_legal_forms(text, hits)
        add_bodies_of_places(text, hits)
        add_name_honorifics(text, hits)
        protected = protected_spans(text)
        hits = cut_protected(text, hits, protected)
        hits = cut_loanwords(text, hits)
        hits = cut_named_things(text, hits)
        add_titled_full_names(text, hits)
        add_aliases(text, hits)
        add_spelled_out_bodies(text, hits)
        add_defined_acronyms(text, hits)
        add_initials_mentions(text, hits)  # Shannon Vale Housing Association … SVHA
        add_coordinated(text, hits)
        add_thai_cued(text, hits)
        add_thai_coordinated(text, hits)
        add_script_glosses(text, hits)  # ย้ายมาจากผาอัน (Hpa-an): the same place in the other script
        hits = cut_protected(text, hits, protected)
        hits = cut_loanwords(text, hits)  # a cue rule may have read a diagnosis as a name: แม่ (อัลไซเมอร์)
        add_owner_shops(text, hits)  # ร้านชำป้าสายใจ: a shop named by the owner a rule found
        add_other_forms(text, hits)  # +45 28 41 63 07 … 28416307: one number in two forms
        hits = propagate(text, hits)
        n_hits = len(hits)
        add_coordinated(text, hits)  # "Hope and Sage" where Hope was only found by propagation
        add_aliases(text, hits)  # ชัยวัฒน์ ใจคำ (ตุ่ม): a bracket after a name propagation made whole
        hits[n_hits:] = cut_loanwords(text, hits[n_hits:])  # ด.ช.ศิรสิทธิ์ แสงกล้า (ออทิสติก): a diagnosis
        if len(hits) > n_hits:
            hits = propagate(text, hits)
        hits = cut_protected(text, hits, protected)
        hits = cut_named_things(text, hits)  # again: coordination may have brought one back
        n_hits = len(hits)
        add_spelling_variants(text, hits)  # from the names that survived the cuts
        add_family_names(text, hits)  # "pornthip hughes she …": a dictated first name's family name
        add_body_tails(text, hits)  # "st basil's parish| hall": a dictated body's closing nouns
        add_birth_date_mentions(text, hits)  # เกิดปี ๒๔๘๖ … บัตรระบุ ๑ ม.ค. ๒๔๘๖: the same birth date again
        add_place_mentions(text, hits)  # …อาสาสมัครบ้านหนองคอนไทย|ผลัด…: a village found in an address
        add_body_mentions(text, hits)  # Townhill Tigers RFC … "the Tigers": a club by its short name
        add_latin_place_mentions(text, hits)  # "Site: Motherwell …" … "Lives NU 8, Motherwell": the town again
        add_named_body_heads(text, hits, protected)  # "Pine Tree| frozen foods": a body's kind in lower case
        add_spelled_out(text, hits)  # "that's d a n y a": the same names spelled letter by letter
        if len(hits) > n_hits:
            hits = cut_protected(text, hits, protected)
        add_chain_branches(text, hits)  # บิ๊กซีสะพานควาย: a chain's shop by the place it stands in
        add_latin_chain_branches(text, hits)  # the Lidl at Tolvaddon: the same, written in English
        hits = cut_clock_times(text, hits)
        retype_known_places(text, hits)
        hits = drop_non_identifiers(text, hits)
        settle_boundaries(text, hits)
        return merge(text, join_address_lines(text, hits))

    def _spoken_hits(self, norm: str) -> list[Hit]:
        """The same rules over the note with its spoken numbers, dates and e-mail addresses
        written in digits (``spoken_numbers``); only what covers a rewritten run is new."""
        rewritten = rewrite_spoken(norm)
        if rewritten is None:
            return []
        hits: list[Hit] = []
        for h in self._rule_hits(rewritten.text):
            start, end = rewritten.original_span(h.start, h.end)
            if rewritten.touches_rewrite(start, end):
                hits.append(Hit(start, end, h.type, h.score, "rule"))
        return hits

    def _rule_hits(self, norm: str) -> list[Hit]:
        """The pattern recognizers' results over ``norm``, as hits of our types."""
        hits: list[Hit] = []
        for r in self._bundle.run_rules(norm, SCORE_THRESHOLD):
            etype = PRESIDIO_TO_TYPE.get(r.entity_type)
            if etype is not None:
                hits.append(Hit(r.start, r.end, etype, r.score, "rule"))
        return hits

    def _raw_hits(self, text: str) -> list[Hit]:
        norm = repair_ocr(to_ascii_digits(text))  # same length: offsets index ``text``
        with self._lock:  # spaCy/Presidio objects are shared: one call at a time
            hits = self._rule_hits(norm)
            hits.extend(self._spoken_hits(norm))
            if _LATIN.search(norm):
                nlp_input = _THAI_CHARS.sub(" ", norm)  # the English model never reads Thai
                known = {
                    tok for h in hits if h.type == PERSON
                    for tok in re.findall(r"[A-Za-z]+", norm[h.start:h.end])
                }
                windows = candidate_windows(nlp_input, [(h.start, h.end) for h in hits], known)
                hits.extend(ner_hits(self._bundle.nlp, nlp_input, windows))
        return hits
