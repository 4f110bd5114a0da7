"""spaCy NER, run only where it can add something.

The statistical model is ~85 % of the cost of a Presidio call, yet in jottings most
identifiers are already caught by the rules. So the model reads only short windows around
capitalised words that no rule explained ("Harold tearful…"), batched through ``nlp.pipe``;
Thai letters are never in its input. Its hits carry a low score (0.55) so a rule always wins a tie.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from assistant.redact.names_en import NAME_TOKEN_RE, is_channel_word, is_name_token
from assistant.redact.recognizers.location_en import _UNIT_PLACE
from assistant.redact.resolve import Hit
from assistant.redact.types import LOCATION, ORGANIZATION, PERSON

NER_SCORE = 0.55
_LABELS = {"PERSON": PERSON, "GPE": LOCATION, "LOC": LOCATION, "FAC": LOCATION, "ORG": ORGANIZATION}
_WORD = re.compile(r"\S+")
_DIGIT = re.compile(r"\d")
#: Words of context on each side of an unexplained capitalised word.
WINDOW_WORDS = 8


def candidate_windows(text: str, covered: Iterable[tuple[int, int]], known: set[str]) -> list[tuple[int, int]]:
    """Merged [start, end) windows around capitalised words no rule accounted for."""
    spans = sorted(covered)
    words = [(m.start(), m.end()) for m in _WORD.finditer(text)]
    needs: list[int] = []
    for i, (s, e) in enumerate(words):
        m = NAME_TOKEN_RE.search(text, s, e)
        if not m or m.start() > s + 1:
            continue
        tok = m.group(0)
        if tok in known or not is_name_token(tok):
            continue
        if any(a <= m.start() and m.end() <= b for a, b in spans):
            continue
        needs.append(i)
    windows: list[tuple[int, int]] = []
    for i in needs:
        lo = words[max(0, i - WINDOW_WORDS)][0]
        hi = words[min(len(words) - 1, i + WINDOW_WORDS)][1]
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(hi, windows[-1][1]))
        else:
            windows.append((lo, hi))
    return windows


#: A referral frame: what follows names a service ("referral to Safe Steps").
_REFERRAL = re.compile(r"(?i)(?:referral|referred|refer|referring|linked|link)[^\S\n]+(?:to|with)[^\S\n]+(?:the[^\S\n]+)?$")
_REFERRAL_LEAD = re.compile(_REFERRAL.pattern[:-1])


def _ordinary_pair(text: str, start: int, end: int) -> bool:
    """After a referral cue, capitalised words all from the dictionary, none a given name
    ("referral to Orange Door", "Safe Steps"): a service, not a person, place or local body.
    Elsewhere such words do name places and businesses (Thunder Bay, Comfort Keepers Plus)."""
    from assistant.redact.given_names import given_names
    from assistant.redact.recognizers.person_en_lower import _ordinary

    value = text[start:end]
    lead = _REFERRAL_LEAD.match(value)
    cued = lead is not None or _REFERRAL.search(text, max(0, start - 30), start) is not None
    if not cued:
        return False
    caps = [w.strip(".,;:()\"'") for w in value.split() if w[:1].isupper()]
    if lead is not None:
        caps = [w.strip(".,;:()\"'") for w in value[lead.end():].split() if w[:1].isupper()]
    return len(caps) >= 2 and all(_ordinary(w) and w not in given_names() for w in caps)


def is_ah_kin(value: str) -> bool:
    """"Ah Ma", "Ah Gong", "Ah Yeh": a kin word written with the Cantonese/Hokkien "Ah", not a name."""
    from assistant.redact.recognizers.person_en import AH_KIN

    return AH_KIN.fullmatch(value.strip()) is not None


def is_job_title(value: str) -> bool:
    """"Deputy Head", "Head of Year", "Assistant Principal": every capitalised word is a job-title word."""
    from assistant.redact.recognizers.person_en import job_title_words

    return job_title_words(value)


#: round 19 — one word closed by a device word names a device or console ("Chromebook", "MacBook",
#: "iPad", "Xbox", "PlayStation", "Smartwatch"): no name or place is built that way.
_DEVICE = re.compile(r"[A-Za-z]{1,12}(?:[Bb]ook|[Pp]ad|[Bb]ox|[Ss]tation|[Ww]atch)s?")
_FIRST_CAP = re.compile(r"(?<![A-Za-z])[A-Z]")


def _vehicle(text: str, start: int, end: int) -> bool:
    """One word after a colour or before a registration: a car or device model, not a name."""
    from assistant.redact.recognizers.proper_noun_en import COLOUR_BEFORE, PLATE_AFTER

    words = text[start:end].split()
    if not words or any(w[:1].isupper() for w in words[1:]):
        return False  # two capitalised words ("Red Cross Hilux") are more than a model
    core_end = start + len(words[0])
    return bool(COLOUR_BEFORE.search(text, max(0, start - 20), start) or PLATE_AFTER.match(text, core_end))


def _capitalised_tail(value: str) -> str:
    """``value`` from its first capitalised word: the model's "mtg w Head" is the post "Head"."""
    m = _FIRST_CAP.search(value)
    return value[m.start():] if m else ""


def is_unnamed_office(value: str) -> bool:
    """round 19 — "informed Intl Affairs", "Student Svcs", "Legal Aid Dept": every capitalised word an
    office word or a dictionary word (no given name), and at least one office word. Such a run names
    a kind of office every institution has, not a body that places the client."""
    from assistant.redact.given_names import given_names
    from assistant.redact.recognizers.person_en import OFFICE_WORDS
    from assistant.redact.recognizers.person_en_lower import _ordinary

    caps = [w.strip(".,;:()\"'") for w in value.split() if w[:1].isupper()]
    people = given_names()
    return (
        bool(caps) and any(w in OFFICE_WORDS for w in caps)
        and all(w in OFFICE_WORDS or (_ordinary(w) and w not in people) for w in caps)
    )


#: round 20 — a word right before a helpline word names a service, not a person or place
#: ("Trevor Lifeline", "Language Line"): national services stay readable (labelling guide).
_SERVICE_WORD = re.compile(r"[^\S\n]+(?:Lifeline|Helpline|Hotline|Warmline|Line)(?![A-Za-z])")
_SERVICE_END = re.compile(r"[^\S\n](?:Lifeline|Helpline|Hotline|Warmline|Line)$")


def ner_hits(nlp, text: str, windows: list[tuple[int, int]]) -> list[Hit]:
    """Entities the model finds in the windows, as hits with offsets into ``text``."""
    if not windows:
        return []
    hits: list[Hit] = []
    docs = nlp.pipe([text[s:e] for s, e in windows], batch_size=32)
    for (s, _), doc in zip(windows, docs, strict=True):
        for ent in doc.ents:
            etype = _LABELS.get(ent.label_)
            if etype and _DIGIT.search(ent.text):
                continue  # "Ward 4B", "Room 12": a label with a number, not a name
            if etype and _ordinary_pair(text, s + ent.start_char, s + ent.end_char):
                continue  # "referral to Orange Door": a service named with two ordinary words
            if etype and is_ah_kin(ent.text):
                continue  # "Ah Ma", "Ah Gong": a Cantonese/Hokkien kin word, like Mom (round 16)
            if etype and is_channel_word(ent.text):
                continue  # "via Freephone", "called Childline": a service word (round 17)
            if etype and _vehicle(text, s + ent.start_char, s + ent.end_char):
                continue  # "a red Yaris", "Hilux reg …": a vehicle model (round 19)
            if etype and _DEVICE.fullmatch(ent.text):
                continue  # "school Chromebook", "her iPad": a device, not a place or person (round 19)
            if etype and (is_job_title(ent.text) or is_job_title(_capitalised_tail(ent.text))):
                continue  # "w/ Deputy Head", "Head of Year": a post, not a person (round 18)
            if etype and _UNIT_PLACE.match(text, s + ent.start_char):
                continue  # "in Rm 3", "Ward 7": a unit word before its number, not a place (round 19)
            if etype and is_unnamed_office(ent.text):
                continue  # "informed Intl Affairs": an office every institution has (round 19)
            if etype and (_SERVICE_WORD.match(text, s + ent.end_char) or _SERVICE_END.search(ent.text)):
                continue  # "gave Trevor Lifeline", "used Language Line": a service (round 20)
            if etype:
                hits.append(Hit(s + ent.start_char, s + ent.end_char, etype, NER_SCORE, "ner"))
    return hits
