"""One module per criterion; importing this package registers every rule."""

from assistant.check.rules import (  # noqa: F401  (imported for their @register side effect)
    clarity,
    completeness,
    confidentiality,
    goals,
    interventions,
    objectivity,
    relevance,
    structure,
    timeliness,
    tone,
)
