"""One recognizer per file; ``all_custom_recognizers()`` lists them for the engine."""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer


def all_custom_recognizers() -> list[EntityRecognizer]:
    """Fresh instances of every custom recognizer (the engine builds them once per process)."""
    from assistant.redact.recognizers.address_en import EnglishAddressRecognizer
    from assistant.redact.recognizers.address_th import ThaiAddressRecognizer
    from assistant.redact.recognizers.dob import DateOfBirthRecognizer
    from assistant.redact.recognizers.foreign_script import ForeignScriptRecognizer
    from assistant.redact.recognizers.given_name_en import GivenNameRecognizer
    from assistant.redact.recognizers.labelled_ids import LabelledNumberRecognizer
    from assistant.redact.recognizers.learned import LearnedRecognizer
    from assistant.redact.recognizers.location_en import EnglishLocationRecognizer
    from assistant.redact.recognizers.location_gazetteer import GazetteerLocationRecognizer
    from assistant.redact.recognizers.location_th import ThaiLocationRecognizer
    from assistant.redact.recognizers.online_id import OnlineIdRecognizer
    from assistant.redact.recognizers.organization import OrganizationRecognizer
    from assistant.redact.recognizers.organization_en_lower import LowercaseOrganizationRecognizer
    from assistant.redact.recognizers.organization_th import ThaiOrganizationRecognizer
    from assistant.redact.recognizers.organization_th_schools import ThaiSchoolRecognizer
    from assistant.redact.recognizers.organization_th_trade import ThaiTradeNameRecognizer
    from assistant.redact.recognizers.person_en import EnglishNameRecognizer
    from assistant.redact.recognizers.person_en_frames import EnglishFrameRecognizer
    from assistant.redact.recognizers.person_en_lower import LowercaseNameRecognizer
    from assistant.redact.recognizers.person_th import ThaiNameRecognizer
    from assistant.redact.recognizers.person_th_bare import ThaiBareNameRecognizer
    from assistant.redact.recognizers.person_th_fields import ThaiFormFieldNameRecognizer
    from assistant.redact.recognizers.person_th_honorific_glued import (
        ThaiGluedHonorificNameRecognizer,
    )
    from assistant.redact.recognizers.phone import ThaiIntlPhoneRecognizer
    from assistant.redact.recognizers.phone_en import TrunkZeroPhoneRecognizer
    from assistant.redact.recognizers.proper_noun_en import ProperNounRecognizer
    from assistant.redact.recognizers.reference_numbers import ReferenceNumberRecognizer
    from assistant.redact.recognizers.room import RoomRecognizer
    from assistant.redact.recognizers.spelling_query import SpellingQueryRecognizer
    from assistant.redact.recognizers.table_columns import TableColumnRecognizer
    from assistant.redact.recognizers.thai_extra import thai_extra_recognizers
    from assistant.redact.recognizers.thai_id import ThaiNationalIdRecognizer
    from assistant.redact.recognizers.word_name_en import WordNameRecognizer

    return [
        ThaiIntlPhoneRecognizer(),
        TrunkZeroPhoneRecognizer(),
        ThaiNationalIdRecognizer(),
        LabelledNumberRecognizer(),
        DateOfBirthRecognizer(),
        EnglishAddressRecognizer(),
        ReferenceNumberRecognizer(),
        ThaiAddressRecognizer(),
        RoomRecognizer(),
        OnlineIdRecognizer(),
        OrganizationRecognizer(),
        LowercaseOrganizationRecognizer(),
        ThaiOrganizationRecognizer(),
        ThaiSchoolRecognizer(),
        ThaiTradeNameRecognizer(),
        EnglishNameRecognizer(),
        LowercaseNameRecognizer(),
        EnglishFrameRecognizer(),
        ProperNounRecognizer(),
        GivenNameRecognizer(),
        WordNameRecognizer(),
        SpellingQueryRecognizer(),
        EnglishLocationRecognizer(),
        ThaiLocationRecognizer(),
        GazetteerLocationRecognizer(),
        ThaiNameRecognizer(),
        ThaiBareNameRecognizer(),
        ThaiFormFieldNameRecognizer(),
        ThaiGluedHonorificNameRecognizer(),
        *thai_extra_recognizers(),
        LearnedRecognizer(),
        ForeignScriptRecognizer(),
        TableColumnRecognizer(),
    ]
