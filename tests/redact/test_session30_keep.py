"""Session 30: what a note mentions that names no one.

A team's age group after a club's initials in dictated lower case (sc u17s) is a squad, not a
Snapchat handle. A capitalised word the sentence says is a language (speaks Kriol at home, some
Bhojpuri), a medicine (on Alendronat weekly, Coartem 80/480 mg), a food (a tin of Kunserva, loves
Weet-Bix and Milo for breakfast) or a policy (Emiratisation targets) names no one; more languages,
holy days, nationalities and named tools (Lent, Tsagaan Sar, Sri Lankan, Ages and Stages, the
Duluth model) are known terms, and so is a test named by the word after it (Rosenberg self-esteem).
A person in the same frames stays found (near Kaden at lunch, took Maria for lunch, his mum
Dragana at home, a home visit in payatas)."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covered, found, untouched

KEPT = [
    ("He plays for the sc u17s on Saturdays and trains Tuesday.", "u17s"),
    ("She coaches the under-12s at the SC on Sundays.", "under-12s"),
    ("Placed with grandmother; speaks Kriol at home and English at school.", "Kriol"),
    ("Interview in French with some Darija. Came alone.", "Darija"),
    ("Visit conducted in Kreol, some Bhojpuri with mother-in-law.", "Bhojpuri"),
    ("Visit conducted in Kreol, some Bhojpuri with mother-in-law.", "Kreol"),
    ("Saw him on the ward. Tok Pisin used throughout.", "Tok Pisin"),
    ("Osteoporosis; on Alendronat weekly. MoCA 21/30.", "Alendronat"),
    ("Treated for malaria last month, Coartem 80/480 mg twice daily.", "Coartem"),
    ("Fridge: milk, bread, a tin of Kunserva, little else.", "Kunserva"),
    ("Chatty about rugby, loves Weet-Bix and Milo for breakfast, plays Minecraft.", "Milo"),
    ("Chatty about rugby, loves Weet-Bix and Milo for breakfast, plays Minecraft.", "Weet-Bix"),
    ("The firm is cutting expat roles because of Emiratisation targets.", "Emiratisation"),
    ("Says she eats less in Lent, as always, and fasts on Wednesdays.", "Lent"),
    ("Meet the school director after Tsagaan Sar.", "Tsagaan Sar"),
    ("Child: Ages and Stages (ASQ-3) done with mother today.", "Ages and Stages"),
    ("14 of 26 sessions done at the Duluth model group (Tuesdays).", "Duluth model"),
    ("Client: Dilani Wickramasinghe, 38, Sri Lankan domestic worker, 6 years with the same employer.", "Sri Lankan"),
    ("PHQ-A = 16, Rosenberg self-esteem 12/30 (low)", "Rosenberg"),
]


@pytest.mark.parametrize(("text", "value"), KEPT)
def test_what_names_no_one_stays(analyzer, text, value):
    assert untouched(analyzer, text, value), found(analyzer, text)


FOUND = [
    ("His snap is sc u17s_jay and he posts there.", "u17s_jay"),
    ("She won't sit near Kaden at lunch anymore.", "Kaden"),
    ("On Sunday he took his nan Maria for lunch at the club.", "Maria"),
    ("Visit with Liam Kovac and his mum Dragana at home in Glenroy yesterday.", "Dragana"),
    ("okay recording for the file uh home visit in payatas this morning to the villanueva family", "payatas"),
    ("He speaks to Marisol every day on the phone.", "Marisol"),
    ("Client: Dilani Wickramasinghe, 38, Sri Lankan domestic worker.", "Dilani Wickramasinghe"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_what_names_someone_is_still_found(analyzer, text, value):
    assert covered(analyzer, text, value), found(analyzer, text)
