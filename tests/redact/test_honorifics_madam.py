"""Singapore and Malaysia write "Mdm" (and French "Mme") as others write "Mrs": a title, so
"Mdm L." is already the guidance's safe form and "Mdm Tan Siew Lian" hides the name after it."""

from __future__ import annotations

from tests.redact.helpers import covered


def test_madam_is_a_title_before_an_initial_not_a_name(analyzer):
    assert analyzer.analyze("Client: Mdm L. (82), lives alone in a 2-room flat") == []
    assert analyzer.analyze("Mme B. attended with her daughter.") == []


def test_the_name_after_madam_is_hidden(analyzer):
    assert covered(analyzer, "Mdm Tan Siew Lian came with her son.", "Tan Siew Lian")
