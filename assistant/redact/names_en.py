"""What an English personal-name token looks like, shared by the name rules and propagation."""

from __future__ import annotations

import re

from assistant.redact.lexicon import get_lexicon

_LOW = "a-zß-öø-ÿ\u0100-\u017f"  # Latin-1 and Latin Extended-A lowercase (Petrović, Wróbel)
_UP = "A-ZÀ-ÖØ-ÞĄĆČĎĐĘĚŁŃŇŐŒŘŚŠŤŮŰŹŻŽ"
#: A capitalised name token: Jane, McKay, O'Brien-Watts, D'Andre, Kessler-Oduya, Piñon, Łukasz.
#: Never an initial ("B."): a lowercase letter must follow the capital.
NAME_TOKEN = rf"(?:[{_UP}]['’])?[{_UP}][{_LOW}]+(?:[{_UP}][{_LOW}]+)?(?:[\-'’][{_UP}][{_LOW}]+)?"
#: Letters of a name-ish word, for loose scans (propagation, extension).
NAME_CHARS = r"A-Za-zÀ-ÖØ-öø-ÿ\u0100-\u017f'’\-"
NAME_TOKEN_RE = re.compile(NAME_TOKEN)
_SEQ_RE = re.compile(rf"{NAME_TOKEN}(?:[^\S\n]{NAME_TOKEN}){{0,3}}(?![A-Za-z])")

#: Capitalised words that start sentences or label fields, never names on their own.
COMMON_CAP = frozenset(
    ["The", "A", "An", "And", "But", "Or", "So", "Then", "When", "While", "If", "He", "She", "They", "We", "You", "I", "It", "His", "Her", "Their", "Our", "My", "This", "That", "These", "Those", "There", "Here", "Today", "Tomorrow", "Yesterday", "Tonight", "Last", "Next", "Per", "Re", "No", "Yes", "Not", "Also", "Both", "Each", "All", "Some", "Any", "None", "Said", "Says", "Says", "Asked", "Reports", "Reported", "Denies", "Denied", "Client", "Patient", "Worker", "Staff", "Team", "Plan", "Goal", "Goals", "Notes", "Note", "Session", "Visit", "Call", "Home", "School", "Work", "Mother", "Father", "Sister", "Brother", "Son", "Daughter", "Wife", "Husband", "Grandma", "Grandpa", "Mom", "Dad", "Baby", "Kids", "Discussed", "Explained", "Agreed", "Gave", "Told", "Met", "Saw", "Called", "Referred", "Will", "Would", "Could", "Should", "Can", "Did", "Does", "Do", "Done", "Has", "Have", "Had", "Was", "Were", "Is", "Are", "Be", "Been", "Being", "After", "Before", "During", "Since", "Until", "Because", "About", "With", "Without", "From", "For", "Into", "Onto", "Over", "Under", "Again", "Still", "Just", "Only", "Even", "Very", "Ok", "Okay", "Good", "Bad", "New", "Old", "Safety", "Risk", "Mood", "Sleep", "Appetite", "Affect", "Presented", "Follow", "Review", "Assessment", "Subjective", "Objective", "Response", "Intervention", "Behavior", "Data", "Address", "Phone", "Email", "Tel", "Cell", "Mobile", "Fax", "Dx", "Hx", "Rx", "Tx", "Obs", "Pt", "Cl", "Issue", "Employer", "Family", "Caregiver", "Next", "Done", "Insurance", "Court", "Judge", "Doctor", "Hospital", "Clinic", "Agency", "Police", "Pharmacy", "Landlord", "Teacher", "Nurse", "Parent", "Parents", "Group", "Member", "Members", "Everyone", "Nobody", "Someone", "Anyone", "Both", "Neither", "Writer", "Counselor", "Counsellor", "Therapist", "Caseworker", "Intake", "Referral", "Discharge", "Admission", "Outreach"]
)


#: Months that are also first names: a name only where context says so (wife June, May says).
MONTH_NAMES = frozenset({"April", "May", "June", "August"})


def is_name_token(token: str, *, allow_month: bool = False) -> bool:
    """A capitalised token that is not a protected term, role, honorific or common word."""
    lex = get_lexicon()
    low = token.lower()
    return (
        bool(NAME_TOKEN_RE.fullmatch(token))
        and (allow_month or token not in MONTH_NAMES)
        and token not in COMMON_CAP
        and low not in lex.protected_lower
        and low not in lex.en_roles
        and low not in lex.en_generic_org_words
        and token.rstrip(".") not in lex.en_honorifics
    )


_FOLLOWED_BY_NUMBER = re.compile(r"[^\S\n]*\d")


def name_seq_at(text: str, pos: int, *, allow_month: bool = False) -> tuple[int, int] | None:
    """The span of 1–4 name tokens starting exactly at ``pos`` (stops at the first non-name).

    With ``allow_month`` a month name counts when no number follows it ("wife June", not "June 5").
    """
    m = _SEQ_RE.match(text, pos)
    if not m:
        return None
    end = pos
    for tm in NAME_TOKEN_RE.finditer(m.group(0)):
        tok = tm.group(0)
        if not is_name_token(tok, allow_month=allow_month):
            break
        if tok in MONTH_NAMES and _FOLLOWED_BY_NUMBER.match(text, pos + tm.end()):
            break
        end = pos + tm.end()
    return (pos, end) if end > pos else None
