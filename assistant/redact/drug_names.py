"""Medicine names, generic and brand, so that a drug written alone is never taken for a name.

Why: a brand in a note looks like a person or a place to every name rule and to the learned
tagger — "ran out of Lantus", "on Spiriva and the blue inhaler", "Keziah's baclofen" — and the
hand list in lexicon.yaml knows only the commonest. Drug names must survive redaction (issue 3),
and a worker reading a draft with "[PERSON_2]" for an inhaler loses the plan.

The list is built from ``drug-named-entity-recognition`` (MIT; DrugBank, NHS, MedlinePlus, MeSH
and Wikipedia names, a dev dependency) and committed as ``data/drugs.txt``: every one-word name
of a medicine that has an NHS, MedlinePlus or Wikipedia page, five letters or more. Reading the
package's pickled dictionary at start-up would cost ~1.6 s. ``drug_names()`` leaves out, at load,
names that are also given names or known towns (Allegra, Ella): a drug that is also a person's
name is left to the context rules (a dose after it, "on" before it).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

FILE = Path(__file__).parent / "data" / "drugs.txt"
#: The wheel the list is built from; its version is written into the list's header.
SOURCE = "drug-named-entity-recognition"
_ONE_WORD = re.compile(r"[a-z][a-z\-]{4,}")
_PAGES = ("nhs_url", "medline_plus_id", "wikipedia_url")


@lru_cache(maxsize=1)
def drug_names() -> frozenset[str]:
    """Lower-case one-word medicine names, less those that are also given names or known towns."""
    from assistant.redact.gazetteer import latin_place_names
    from assistant.redact.given_names import all_given_names

    lines = FILE.read_text(encoding="utf-8").splitlines()
    names = {line for line in lines if line and not line.startswith("#")}
    taken = {n.lower() for n in all_given_names()} | {p.lower() for p in latin_place_names()}
    return frozenset(names - taken)


def is_drug_name(word: str) -> bool:
    """``word`` (any case, a possessive allowed) is a medicine's name."""
    return word.lower().removesuffix("'s").removesuffix("’s") in drug_names()


# --- building the list (dev time: needs drug-named-entity-recognition) ------------------------


def build_list() -> list[str]:
    """The names, sorted, from the installed package's dictionary."""
    from drug_named_entity_recognition import drugs_finder

    pages = drugs_finder.drug_canonical_to_data
    return sorted(
        variant
        for variant, canonicals in drugs_finder.drug_variant_to_canonical.items()
        if _ONE_WORD.fullmatch(variant) and any(pages.get(c, {}).get(p) for c in canonicals for p in _PAGES)
    )


def source_version() -> str:
    from importlib.metadata import version

    return f"{SOURCE} {version(SOURCE)}"


def built_from() -> str:
    """The source version the committed list records in its header ("" when it records none)."""
    for line in FILE.read_text(encoding="utf-8").splitlines():
        if line.startswith("# Source: "):
            return line.removeprefix("# Source: ")
        if not line.startswith("#"):
            break
    return ""


def render(names: list[str]) -> str:
    header = (
        "# One-word medicine names with an NHS, MedlinePlus or Wikipedia page (drug-named-entity-recognition,\n"
        "# MIT; DrugBank, NHS, MedlinePlus, MeSH, Wikipedia). Built by `python -m assistant.redact.drug_names`.\n"
        "# Do not edit by hand.\n"
        f"# Source: {source_version()}\n"
    )
    return header + "".join(f"{n}\n" for n in names)


if __name__ == "__main__":
    FILE.write_text(render(build_list()), encoding="utf-8")
