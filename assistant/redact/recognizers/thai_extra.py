"""The Thai recognizers added in rounds 6 and 7 (and later small ones), listed in one place so the registry needs one line."""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer


def thai_extra_recognizers() -> list[EntityRecognizer]:
    """Fresh instances of the round-6/7 Thai recognizers."""
    from assistant.redact.recognizers.location_th_in_english import ThaiPlaceInEnglishRecognizer
    from assistant.redact.recognizers.numbered_bodies_th import ThaiNumberedBodyRecognizer
    from assistant.redact.recognizers.organization_th_public import ThaiPublicBodyRecognizer
    from assistant.redact.recognizers.person_th_aged import ThaiAgedNameRecognizer
    from assistant.redact.recognizers.person_th_apposed import ThaiApposedNameRecognizer
    from assistant.redact.recognizers.person_th_cued import ThaiCuedNameRecognizer
    from assistant.redact.recognizers.person_th_frames import ThaiFramedNameRecognizer
    from assistant.redact.recognizers.person_th_line import ThaiSlotNameRecognizer
    from assistant.redact.recognizers.person_th_roles import ThaiRoleNameRecognizer
    from assistant.redact.recognizers.thai_numbers import ThaiLabelledNumberRecognizer

    return [
        ThaiCuedNameRecognizer(), ThaiPublicBodyRecognizer(), ThaiLabelledNumberRecognizer(),
        ThaiSlotNameRecognizer(), ThaiFramedNameRecognizer(), ThaiApposedNameRecognizer(),
        ThaiAgedNameRecognizer(), ThaiNumberedBodyRecognizer(), ThaiRoleNameRecognizer(),
        ThaiPlaceInEnglishRecognizer(),
    ]
