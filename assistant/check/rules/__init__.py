"""One module per criterion (plus ``risk``, a family spanning two); importing registers every rule."""

from assistant.check.rules import (  # noqa: F401  (imported for their @register side effect)
    clarity,
    completeness,
    confidentiality,
    goals,
    interventions,
    objectivity,
    relevance,
    risk,
    structure,
    timeliness,
    tone,
)
