"""The rule base class and its registry.

A rule is a small class with declarative attributes (sqlfluff style): a stable ``id`` such as
``tone.pejorative-label``, the :class:`~assistant.criteria.Criterion` it serves, a default
severity, bilingual messages, and a Poor/Better example pair in each language for the training
page. ``@register`` adds it to the catalogue and refuses a duplicate id, so two modules can never
silently report under the same name.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, ClassVar

from assistant.check.context import CheckContext
from assistant.criteria import Criterion
from assistant.models import Finding, Severity

REGISTRY: dict[str, type[Rule]] = {}


class FrozenTable(dict):
    """A read-only dict for class-level tables (messages per locale, examples)."""

    def _readonly(self, *args: Any, **kwargs: Any) -> Any:
        raise TypeError("rule tables are read-only")

    __setitem__ = __delitem__ = clear = pop = popitem = setdefault = update = _readonly  # type: ignore[assignment]


def frozen(table: dict[str, Any]) -> FrozenTable:
    """Wrap a class-level table so no rule instance can change it by accident."""
    return FrozenTable(table)


class Rule:
    """Base class: subclasses set the class attributes and implement :meth:`check`."""

    id: ClassVar[str] = ""
    criterion: ClassVar[Criterion]
    severity: ClassVar[Severity] = Severity.WARNING
    #: What the finding says, per locale; ``{term}`` is filled with the matched term when given.
    message: ClassVar[Mapping[str, str]] = FrozenTable()
    #: Advice when no concrete rewording exists, per locale.
    advice: ClassVar[Mapping[str, str]] = FrozenTable()
    #: Poor/Better pairs per locale, for docs and the training page.
    examples: ClassVar[Mapping[str, tuple[str, str]]] = FrozenTable()
    #: Lexicon lists or settings this rule reads (documentation).
    config_keys: ClassVar[tuple[str, ...]] = ()

    @classmethod
    def description(cls) -> str:
        """First line of the docstring: the short description."""
        return (cls.__doc__ or "").strip().splitlines()[0] if cls.__doc__ else cls.id

    def check(self, ctx: CheckContext) -> Iterable[Finding]:  # pragma: no cover - abstract
        raise NotImplementedError

    # ------------------------------------------------------------------ helpers for subclasses

    def _text(self, table: Mapping[str, str], locale: str, **fmt: object) -> str:
        template = table.get(locale) or table.get("en") or ""
        try:
            return template.format(**fmt)
        except (KeyError, IndexError):
            return template

    def finding(
        self,
        ctx: CheckContext,
        start: int | None,
        end: int | None,
        *,
        severity: Severity | None = None,
        suggestion: str | None = None,
        replacement: bool = False,
        message: str | None = None,
        **fmt: object,
    ) -> Finding:
        """A finding of this rule at ``text[start:end]`` (None for an absence)."""
        section = ctx.section_of(start) if start is not None else None
        return Finding(
            rule=self.id,
            criterion=self.criterion,
            severity=severity or self.severity,
            start=start,
            end=end,
            section=section,
            message=message or self._text(self.message, ctx.locale, **fmt),
            suggestion=suggestion
            if suggestion is not None
            else (self._text(self.advice, ctx.locale, **fmt) or None),
            replacement=replacement,
        )


def register(cls: type[Rule]) -> type[Rule]:
    """Class decorator: add a rule to the catalogue; a duplicate or malformed id is an error."""
    if not cls.id or "." not in cls.id:
        raise ValueError(f"rule {cls.__name__} needs an id of the form '<criterion>.<name>'")
    if cls.id in REGISTRY:
        raise ValueError(f"duplicate rule id: {cls.id}")
    if cls.id.split(".", 1)[0] != cls.criterion.value:
        raise ValueError(f"rule id {cls.id} must start with its criterion {cls.criterion.value}")
    for key in ("en", "th"):
        if key not in cls.message:
            raise ValueError(f"rule {cls.id} has no {key} message")
    REGISTRY[cls.id] = cls
    return cls
