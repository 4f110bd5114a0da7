"""Redaction quality: identifier recall per language and type, and survival of ``keep`` strings.

An identifier counts as caught only when EVERY occurrence of its value is fully inside one
redacted span (any type); "typed" additionally needs the span's type to match. Keep strings
survive when no redacted span overlaps any occurrence. Also reports what the analyzer flags in
the corpus's *good* finished notes (which use initials): a proxy for over-redaction on prose.
The held-out sets (tests/redact/heldout*/) are reported on their own rows: the blind ones (a ``.blind``
file in the folder; sets 17–20 at the end of session 6) are not tuned on, so they are the
figures to trust for unseen text.

    .venv/bin/python benchmarks/redaction_quality.py [--show-misses]
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import defaultdict
from pathlib import Path

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CORPUS = ROOT.parent / "shared" / "corpus"
CASES = ROOT / "tests" / "redact" / "cases"
REDACT_TESTS = ROOT / "tests" / "redact"

#: (folder, title). A blind set (its folder holds a ``.blind`` file) never has its misses printed:
#: reading them would turn it into a tuning set. Each held-out set was written before a round of
#: changes and measured blind (figures in its README) before it was opened for tuning.
SETS = (
    (CASES / "own5", "round-3 tuning cases (English; Thai ones now gated)"),
    (REDACT_TESTS / "heldout", "held-out set 1 (round 2; since tuned on)"),
    (REDACT_TESTS / "heldout2", "held-out set 2 (round 3; since tuned on)"),
    (REDACT_TESTS / "heldout3", "held-out set 3 (round 4; opened for tuning in round 6)"),
    (REDACT_TESTS / "heldout4", "held-out set 4 (round 5; opened for tuning in round 6)"),
    (REDACT_TESTS / "heldout5", "held-out set 5 (blind before round 6; opened for tuning in round 7)"),
    (REDACT_TESTS / "heldout6", "held-out set 6 (blind before round 7; opened for tuning in round 8)"),
    (REDACT_TESTS / "heldout7", "held-out set 7 (blind before round 8; opened for tuning in round 9)"),
    (REDACT_TESTS / "heldout8", "held-out set 8 (blind before round 9; opened for tuning in round 12)"),
    (REDACT_TESTS / "heldout9", "held-out set 9 (blind before round 12; opened for tuning in round 13)"),
    (REDACT_TESTS / "heldout10", "held-out set 10 (blind before round 12; opened for tuning in round 14)"),
    (REDACT_TESTS / "heldout11", "held-out set 11 (blind during rounds 13–14; opened for tuning in round 15)"),
    (REDACT_TESTS / "heldout12", "held-out set 12 (blind during rounds 14–15; opened for tuning in round 16)"),
    (REDACT_TESTS / "heldout13", "held-out set 13 (blind during round 16; opened for tuning in round 17)"),
    (REDACT_TESTS / "heldout14", "held-out set 14 (blind during rounds 16–17; opened for tuning in round 18)"),
    (REDACT_TESTS / "heldout15", "held-out set 15 (blind during rounds 17–18; opened for tuning in round 19)"),
    (REDACT_TESTS / "heldout16", "held-out set 16 (blind during rounds 19–20; opened in session 5)"),
    (REDACT_TESTS / "heldout17", "held-out set 17 (BLIND: written in session 5, misses never printed)"),
    (REDACT_TESTS / "heldout18", "held-out set 18 (BLIND: written in session 5, misses never printed)"),
    (REDACT_TESTS / "heldout19", "held-out set 19 (BLIND: written in session 6, misses never printed)"),
    (REDACT_TESTS / "heldout20", "held-out set 20 (BLIND: written at the end of session 6, misses never printed)"),
    (REDACT_TESTS / "heldout21", "held-out set 21 (BLIND: written in session 7, misses never printed)"),
    (REDACT_TESTS / "heldout22", "held-out set 22 (development set of session 7: measured once, then tuned on)"),
    (REDACT_TESTS / "heldout23", "held-out set 23 (development set of session 7: measured once, then tuned on)"),
    (REDACT_TESTS / "heldout24", "held-out set 24 (development set of session 7: measured once, then tuned on)"),
    (REDACT_TESTS / "heldout25", "held-out set 25 (BLIND: written at the start of session 8, misses never printed)"),
    (REDACT_TESTS / "heldout26", "held-out set 26 (development set of session 8: measured once, then tuned on)"),
    (REDACT_TESTS / "heldout27", "held-out set 27 (development set of session 8: measured once, then tuned on)"),
    (REDACT_TESTS / "heldout28", "held-out set 28 (development set of session 8: measured once, then tuned on)"),
    (REDACT_TESTS / "keep1", "over-redaction set keep1 (development set of session 8: 724 keep strings)"),
    (REDACT_TESTS / "heldout29", "held-out set 29 (BLIND: written late in session 8, measured at its end)"),
    (REDACT_TESTS / "heldout30", "held-out set 30 (BLIND: written at the start of session 9, misses never printed)"),
    (REDACT_TESTS / "heldout31", "held-out set 31 (development set of session 9: measured once, then tuned on)"),
    (REDACT_TESTS / "heldout32", "held-out set 32 (development set of session 9: measured once, then tuned on)"),
    (REDACT_TESTS / "heldout33", "held-out set 33 (development set of session 9: measured once, then tuned on)"),
    (REDACT_TESTS / "heldout34", "held-out set 34 (development set of session 9: measured once, then tuned on)"),
    (REDACT_TESTS / "heldout35", "held-out set 35 (development set of session 9: measured once, then tuned on)"),
    (REDACT_TESTS / "heldout36", "held-out set 36 (development set of session 9: measured once, then tuned on)"),
    (REDACT_TESTS / "heldout37", "held-out set 37 (development set of session 9: measured once, then tuned on)"),
    (REDACT_TESTS / "heldout38", "held-out set 38 (development set of session 9: measured once, then tuned on)"),
    (REDACT_TESTS / "keep2", "over-redaction set keep2 (development set of session 9: 714 keep strings)"),
    (REDACT_TESTS / "heldout39", "held-out set 39 (BLIND: written in session 10, misses never printed)"),
    (REDACT_TESTS / "keep3", "over-redaction set keep3 (development set of session 10: 738 keep strings)"),
    (REDACT_TESTS / "heldout40", "held-out set 40 (development set of session 10: measured once, then tuned on)"),
    (REDACT_TESTS / "heldout41", "held-out set 41 (development set of session 10: measured once, then tuned on)"),
    (REDACT_TESTS / "heldout42", "held-out set 42 (development set of session 10: measured once, then tuned on)"),
    (REDACT_TESTS / "heldout43", "held-out set 43 (development set of session 10: measured once, then tuned on)"),
    (REDACT_TESTS / "heldout44", "held-out set 44 (BLIND: written in session 11, misses never printed)"),
    (REDACT_TESTS / "heldout45", "held-out set 45 (BLIND: written at the start of session 12, misses never printed)"),
    (REDACT_TESTS / "heldout46", "held-out set 46 (development set of session 12, organisations and places)"),
    (REDACT_TESTS / "heldout47", "held-out set 47 (development set of session 12, hard names and handles)"),
    (REDACT_TESTS / "heldout48", "held-out set 48 (BLIND: written at the start of session 13, misses never printed)"),
    (REDACT_TESTS / "heldout49", "held-out set 49 (development set of session 13, document shapes: tables, forms, scans)"),
    (REDACT_TESTS / "keep4", "over-redaction set keep4 (BLIND: session 13, 750 keep strings, losses never printed)"),
    (REDACT_TESTS / "keep5", "over-redaction set keep5 (development set of session 13: 750 keep strings)"),
    (REDACT_TESTS / "heldout50", "held-out set 50 (BLIND: written at the start of session 14, misses never printed)"),
    (REDACT_TESTS / "heldout51", "held-out set 51 (development set of session 14: organisations and places)"),
    (REDACT_TESTS / "keep6", "over-redaction set keep6 (development set of session 14: things with proper names)"),
    (REDACT_TESTS / "heldout52", "held-out set 52 (BLIND: written at the start of session 15, misses never printed)"),
    (REDACT_TESTS / "heldout53", "held-out set 53 (development set of session 15: hard names and handles)"),
    (REDACT_TESTS / "heldout54", "held-out set 54 (BLIND: written at the start of session 16, misses never printed)"),
    (REDACT_TESTS / "heldout55", "held-out set 55 (session 16: Thai run-on notes and tables, written for training)"),
    (REDACT_TESTS / "heldout56", "held-out set 56 (session 16: English speech-to-text, dictated and tables, for training)"),
    (REDACT_TESTS / "keep7", "over-redaction set keep7 (development set of session 16: brands, shows, foods, festivals)"),
    (REDACT_TESTS / "heldout57", "held-out set 57 (BLIND: written at the start of session 17, misses never printed)"),
    (REDACT_TESTS / "heldout58", "held-out set 58 (session 17: places and bodies named without a head word, open)"),
    (REDACT_TESTS / "heldout59", "held-out set 59 (session 17: English bodies with lower-case kinds, Thai word nicknames, open)"),
    (REDACT_TESTS / "heldout60", "held-out set 60 (BLIND: written at the start of session 18, misses never printed)"),
    (REDACT_TESTS / "heldout61", "held-out set 61 (session 18: places, organisations and addresses, open)"),
    (REDACT_TESTS / "keep8", "over-redaction set keep8 (session 18: services, kinds of place, doses, eponyms in notes, open)"),
    (REDACT_TESTS / "heldout62", "held-out set 62 (BLIND: written at the start of session 19, misses never printed)"),
    (REDACT_TESTS / "heldout63", "held-out set 63 (session 19: dictated, speech-to-text and run-on Thai notes, open)"),
    (REDACT_TESTS / "heldout64", "held-out set 64 (session 19: people named every way, open)"),
    (REDACT_TESTS / "heldout65", "held-out set 65 (BLIND: written at the start of session 20, misses never printed)"),
    (REDACT_TESTS / "heldout66", "held-out set 66 (session 20: organisations, places and addresses in English notes, open)"),
    (REDACT_TESTS / "heldout67", "held-out set 67 (session 20: Thai places, organisations and numbers, open)"),
    (REDACT_TESTS / "heldout68", "held-out set 68 (BLIND: written at the start of session 21, misses never printed)"),
    (REDACT_TESTS / "heldout69", "held-out set 69 (session 21: dictated and speech-to-text notes, open)"),
    (REDACT_TESTS / "heldout70", "held-out set 70 (session 21: Thai places and the people around them, open)"),
    (REDACT_TESTS / "keep9", "over-redaction set keep9 (session 21: brands, games, shows, benefits, festivals, open)"),
    (REDACT_TESTS / "heldout71", "held-out set 71 (BLIND: written at the start of session 22, misses never printed)"),
    (REDACT_TESTS / "heldout72", "held-out set 72 (session 22: English organisations, places and addresses in 14 countries, open)"),
    (REDACT_TESTS / "keep10", "over-redaction set keep10 (session 22: Thai-heavy words, roles, places and numbers that must survive, open)"),
    (REDACT_TESTS / "heldout73", "held-out set 73 (BLIND: written at the start of session 23, misses never printed)"),
    (REDACT_TESTS / "heldout74", "held-out set 74 (session 23: dictated English and run-on Thai, open)"),
    (REDACT_TESTS / "keep11", "over-redaction set keep11 (session 23: English-heavy capitalised words that name no one, open)"),
    (REDACT_TESTS / "heldout75", "held-out set 75 (session 23: English organisations in typed notes, open)"),
    (REDACT_TESTS / "heldout76", "held-out set 76 (session 23: Thai people named every way in fast notes, open)"),
    (REDACT_TESTS / "heldout77", "held-out set 77 (BLIND: written at the start of session 24, misses never printed)"),
    (REDACT_TESTS / "heldout78", "held-out set 78 (session 24: places and addresses in English notes from 20 countries, open)"),
    (REDACT_TESTS / "heldout79", "held-out set 79 (session 24: Thai organisations and places, open)"),
    (REDACT_TESTS / "keep12", "over-redaction set keep12 (session 24: capitalised words, nicknames as words, numbers that are no IDs, open)"),
    (REDACT_TESTS / "heldout80", "held-out set 80 (BLIND: written at the start of session 25, misses never printed)"),
    (REDACT_TESTS / "heldout81", "held-out set 81 (session 25: organisations in English and Thai notes, open)"),
    (REDACT_TESTS / "heldout82", "held-out set 82 (session 25: ID, case and birth-date numbers and handles, open)"),
    (REDACT_TESTS / "keep13", "over-redaction set keep13 (session 25: English-heavy keep strings from twelve countries, open)"),
    (REDACT_TESTS / "heldout83", "held-out set 83 (BLIND: written at the start of session 26, misses never printed)"),
    (REDACT_TESTS / "heldout84", "held-out set 84 (session 26: Thai places, addresses and organisations, open)"),
    (REDACT_TESTS / "heldout85", "held-out set 85 (session 26: English organisations, places, handles and case numbers in 15 countries, open)"),
    (REDACT_TESTS / "keep14", "over-redaction set keep14 (session 26: Thai-heavy keep strings, open)"),
    (REDACT_TESTS / "heldout86", "held-out set 86 (BLIND: written at the start of session 27, misses never printed)"),
    (REDACT_TESTS / "heldout87", "held-out set 87 (session 27: Thai numbers, addresses and birth dates, open)"),
    (REDACT_TESTS / "heldout88", "held-out set 88 (session 27: English people, handles and case numbers in hard text, open)"),
    (REDACT_TESTS / "keep15", "over-redaction set keep15 (session 27: English-heavy keep strings, open)"),
    (REDACT_TESTS / "heldout89", "held-out set 89 (BLIND: written mid-session 27, misses never printed)"),
    (REDACT_TESTS / "heldout90", "held-out set 90 (session 27: bodies and places in hard text, both languages, open)"),
    (REDACT_TESTS / "heldout91", "held-out set 91 (BLIND: written at the start of session 28, misses never printed)"),
    (REDACT_TESTS / "heldout92", "held-out set 92 (session 28: English bodies, places, handles and case numbers, open)"),
    (REDACT_TESTS / "heldout93", "held-out set 93 (session 28: Thai bodies, places, IDs and birth dates, open)"),
    (REDACT_TESTS / "keep16", "over-redaction set keep16 (session 28: Thai-heavy keep strings, open)"),
    (REDACT_TESTS / "heldout94", "held-out set 94 (BLIND: written at the start of session 29, misses never printed)"),
    (REDACT_TESTS / "heldout95", "held-out set 95 (session 29: English organisations, places and handles in hard text, open)"),
    (REDACT_TESTS / "heldout96", "held-out set 96 (session 29: Thai places, addresses, IDs and birth dates, open)"),
    (REDACT_TESTS / "keep17", "over-redaction set keep17 (session 29: mixed Thai+English and English keep strings, open)"),
    (REDACT_TESTS / "heldout97", "held-out set 97 (BLIND: written at the start of session 30, misses never printed)"),
    (REDACT_TESTS / "heldout98", "held-out set 98 (session 30: English organisations, places and handles, open)"),
    (REDACT_TESTS / "heldout99", "held-out set 99 (session 30: Thai IDs, places and bodies, open)"),
    (REDACT_TESTS / "keep18", "over-redaction set keep18 (session 30: capitalised things that name no one, English and mixed, open)"),
    (REDACT_TESTS / "heldout100", "held-out set 100 (BLIND: written at the start of session 31, misses never printed)"),
    (REDACT_TESTS / "heldout101", "held-out set 101 (session 31: English addresses, organisations, places and handles, open)"),
    (REDACT_TESTS / "heldout102", "held-out set 102 (session 31: Thai places, bodies and addresses, open)"),
    (REDACT_TESTS / "keep19", "over-redaction set keep19 (session 31: keep strings in full notes, both languages, open)"),
    (REDACT_TESTS / "heldout103", "held-out set 103 (BLIND: written at the start of session 32, misses never printed)"),
    (REDACT_TESTS / "heldout104", "held-out set 104 (session 32: Thai people, birth dates and ID numbers, open)"),
    (REDACT_TESTS / "heldout105", "held-out set 105 (session 32: English organisations and places in everyday notes, open)"),
    (REDACT_TESTS / "keep20", "over-redaction set keep20 (session 32: English keep strings in full notes, open)"),
    (REDACT_TESTS / "heldout106", "held-out set 106 (BLIND: written at the start of session 33, misses never printed)"),
    (REDACT_TESTS / "heldout107", "held-out set 107 (session 33: Thai places and bodies in run-on and mixed notes, open)"),
    (REDACT_TESTS / "heldout108", "held-out set 108 (session 33: English addresses, handles, numbers and birth dates, open)"),
    (REDACT_TESTS / "keep21", "over-redaction set keep21 (session 33: Thai keep strings in full notes, open)"),
    (REDACT_TESTS / "heldout109", "held-out set 109 (session 33: a general set like the blind ones, both languages, open)"),
    (REDACT_TESTS / "keep22", "over-redaction set keep22 (session 33: English keep strings beside identifiers, open)"),
    (REDACT_TESTS / "heldout110", "held-out set 110 (BLIND: written at the start of session 34, misses never printed)"),
    (REDACT_TESTS / "heldout111", "held-out set 111 (session 34: English notes naming bodies, places and addresses in other languages, open)"),
    (REDACT_TESTS / "heldout112", "held-out set 112 (session 34: Thai bodies, offices and places, open)"),
    (REDACT_TESTS / "keep23", "over-redaction set keep23 (session 34: English keep strings from many cultures, open)"),
    (REDACT_TESTS / "heldout113", "held-out set 113 (BLIND: written at the start of session 35, misses never printed)"),
    (REDACT_TESTS / "heldout114", "held-out set 114 (session 35: case, ID and phone numbers, birth dates and handles in local forms, open)"),
    (REDACT_TESTS / "heldout115", "held-out set 115 (session 35: Thai places written inside running Thai text, open)"),
    (REDACT_TESTS / "keep24", "over-redaction set keep24 (session 35: English keep strings from English-speaking services, open)"),
    (REDACT_TESTS / "heldout116", "held-out set 116 (BLIND: written at the start of session 36, misses never printed)"),
    (REDACT_TESTS / "heldout117", "held-out set 117 (session 36: English notes naming organisations the way workers write them, open)"),
    (REDACT_TESTS / "heldout118", "held-out set 118 (session 36: Thai people named the way Thai workers and clients write them, open)"),
    (REDACT_TESTS / "keep25", "over-redaction set keep25 (session 36: Thai and English keep strings from services in Thailand, open)"),
    (REDACT_TESTS / "heldout119", "held-out set 119 (BLIND: written at the start of session 37, misses never printed)"),
    (REDACT_TESTS / "heldout122", "held-out set 122 (BLIND: written in the middle of session 37, misses never printed)"),
    (REDACT_TESTS / "heldout120", "held-out set 120 (session 37: English notes naming places and addresses the way workers write them, open)"),
    (REDACT_TESTS / "heldout121", "held-out set 121 (session 37: Thai notes naming places, bodies and online handles, open)"),
    (REDACT_TESTS / "heldout123", "held-out set 123 (session 37: Thai notes naming places the way Thai workers write them, open)"),
    (REDACT_TESTS / "keep26", "over-redaction set keep26 (session 37: English keep strings that look like identifiers, open)"),
    (REDACT_TESTS / "heldout124", "held-out set 124 (session 38: blind, general, 40 files)"),
    (REDACT_TESTS / "heldout125", "held-out set 125 (session 38: English notes naming bodies the way workers write them, open)"),
    (REDACT_TESTS / "heldout126", "held-out set 126 (session 38: Thai notes naming people the way Thai workers write them, open)"),
    (REDACT_TESTS / "heldout127", "held-out set 127 (session 38: blind, general, 30 files)"),
    (REDACT_TESTS / "keep27", "over-redaction set keep27 (session 38: Thai keep strings that look like identifiers, open)"),
    (REDACT_TESTS / "heldout128", "held-out set 128 (session 39: blind, general, 40 files)"),
    (REDACT_TESTS / "heldout129", "held-out set 129 (session 39: places in Thai and English notes, open)"),
    (REDACT_TESTS / "heldout130", "held-out set 130 (session 39: blind, general, 30 files)"),
    (REDACT_TESTS / "heldout131", "held-out set 131 (session 39: contact details and numbers, open)"),
    (REDACT_TESTS / "keep28", "over-redaction set keep28 (session 39: English keep strings that look like identifiers, open)"),
    (REDACT_TESTS / "heldout132", "held-out set 132 (session 40: blind, general, 40 files)"),
    (REDACT_TESTS / "heldout133", "held-out set 133 (session 40: blind, general, 30 files)"),
    (REDACT_TESTS / "heldout134", "held-out set 134 (session 40: bodies in English and Thai notes, open)"),
    (REDACT_TESTS / "heldout135", "held-out set 135 (session 40: addresses, places and handles in English notes, open)"),
    (REDACT_TESTS / "keep29", "over-redaction set keep29 (session 40: English keep strings across services, open)"),
    (REDACT_TESTS / "heldout136", "held-out set 136 (session 41: blind, general, 40 files)"),
    (REDACT_TESTS / "heldout137", "held-out set 137 (session 41: blind, general, 30 files)"),
    (REDACT_TESTS / "heldout138", "held-out set 138 (session 41: people in Thai notes, open)"),
    (REDACT_TESTS / "heldout139", "held-out set 139 (session 41: online identifiers, e-mails and phones in English and Thai notes, open)"),
    (REDACT_TESTS / "keep30", "over-redaction set keep30 (session 41: Thai keep strings across services, open)"),
    (REDACT_TESTS / "heldout140", "held-out set 140 (session 41: blind, general, 30 files, mostly English)"),
    (REDACT_TESTS / "heldout141", "held-out set 141 (session 41: blind, general, 30 files, mostly Thai)"),
    (REDACT_TESTS / "heldout142", "held-out set 142 (session 41: bodies and workplaces in English notes, open)"),
    (REDACT_TESTS / "heldout143", "held-out set 143 (session 42: blind, general, 40 files)"),
    (REDACT_TESTS / "heldout144", "held-out set 144 (session 42: blind, general, 30 files)"),
    (REDACT_TESTS / "heldout145", "held-out set 145 (session 42: blind, general, 30 files, mostly English)"),
    (REDACT_TESTS / "heldout146", "held-out set 146 (session 42: blind, general, 30 files, mostly Thai)"),
    (REDACT_TESTS / "keep31", "over-redaction set keep31 (session 42: English keep strings across services, open)"),
    (REDACT_TESTS / "heldout147", "held-out set 147 (session 42: places and addresses in English notes, open)"),
    (REDACT_TESTS / "heldout148", "held-out set 148 (session 42: bodies and online identifiers in Thai notes, open)"),
    (REDACT_TESTS / "heldout149", "held-out set 149 (session 43: general, blind)"),
    (REDACT_TESTS / "heldout150", "held-out set 150 (session 43: general, blind)"),
    (REDACT_TESTS / "heldout151", "held-out set 151 (session 43: general, mostly English, blind)"),
    (REDACT_TESTS / "heldout152", "held-out set 152 (session 43: general, mostly Thai, blind)"),
    (REDACT_TESTS / "keep32", "over-redaction set keep32 (session 43: Thai keep strings across services, open)"),
    (REDACT_TESTS / "heldout153", "held-out set 153 (session 43: bodies in English notes, open)"),
    (REDACT_TESTS / "heldout154", "held-out set 154 (session 43: people and places in Thai notes, open)"),
)


def print_report(title: str, result: dict, show: bool) -> None:
    """Human-readable table."""
    print(f"\n== {title}")
    for group in sorted(result["stats"]):
        rows = result["stats"][group]
        all_ = rows["ALL"]
        k = result["keep"][group]
        print(f"  [{group}] recall {all_[1]}/{all_[0]} = {all_[1] / all_[0]:.3f}  "
              f"(type also right: {all_[2] / all_[0]:.3f})  keep survival {k[1]}/{k[0]} = "
              f"{(k[1] / k[0]) if k[0] else 1:.3f}")
        n_spans, n_extra = result["spans"][group]
        print(f"      over-redaction: {n_extra}/{n_spans} detected spans touch no gold identifier")
        for t in sorted(x for x in rows if x != "ALL"):
            n, c, ty = rows[t]
            print(f"      {t:<14} {c:>3}/{n:<3} recall {c / n:.3f}   typed {ty / n:.3f}")
    if show:
        for m in result["misses"]:
            print("   MISS", *m)
        for m in result["lost"]:
            print("   LOST", *m)
        for m in result["extra"]:
            print("   EXTRA", *m)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--show-misses", action="store_true")
    args = ap.parse_args()
    from assistant.redact import get_analyzer
    from assistant.redact.evaluation import load_cases, score_cases

    analyzer = get_analyzer()
    corpus = load_cases(CORPUS, "*/jottings/*.json")
    own = load_cases(CASES, "*.json")
    print_report(f"corpus jottings ({len(corpus)} cases)", score_cases(corpus, analyzer.analyze), args.show_misses)
    print_report(f"own synthetic cases ({len(own)} cases)", score_cases(own, analyzer.analyze), args.show_misses)
    for folder, title in SETS:
        cases = load_cases(folder, "*.json")
        if cases:
            blind = (folder / ".blind").exists()
            print_report(f"{title} ({len(cases)} cases)", score_cases(cases, analyzer.analyze),
                         args.show_misses and not blind)
    good = [n for n in load_cases(CORPUS, "*/notes/*.json") if n.get("quality") == "good"]
    flagged = defaultdict(int)
    for note in good:
        for e in analyzer.analyze(note["text"]):
            flagged[e.type] += 1
    print(f"\n== detections in {len(good)} good finished notes (initials only; lower is better): "
          + (", ".join(f"{t} {n}" for t, n in sorted(flagged.items())) or "none"))


if __name__ == "__main__":
    main()
