"""A candidate: one text that may become a post, from the model or from a person.

It is one object from the moment it is written until it is posted or refused: generation
makes it (the cleaned text, what the model wrote, its mean log-probability, the gate's
verdict, the adapter and sampling settings), the state database records it (its id and
time), and `post` publishes it. A person's own text (`bobby post --text`) is a candidate
too, with no verdict: nobody's model wrote it, so the gate has nothing to say about it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from bobby.verdict import Verdict


@dataclass(frozen=True)
class Candidate:
    """One text that may be posted.

    Attributes:
        text: the post as it would go out (cleaned, cut to Bluesky's limits).
        sampling: the settings that produced it, recorded with it and its post.
        raw: what the model wrote, or None for a person's text.
        verdict: the quality gate's verdict, or None where no gate judged it.
        logprob: the mean log-probability of the model's tokens.
        style: how much it reads like the person by the adapter's style score
            (`bobby.style`), 0 to 1; None where the adapter has none. Ranks candidates,
            where there is one, and the log-probability otherwise.
        adapter: the adapter folder that produced it, or None.
        id: its row in the state database, once recorded.
        created_at: when it was recorded.
    """

    text: str
    sampling: dict[str, Any] = field(default_factory=dict)
    raw: str | None = None
    verdict: Verdict | None = None
    logprob: float | None = None
    style: float | None = None
    adapter: str | None = None
    id: int | None = None
    created_at: str | None = None

    @property
    def passed(self) -> bool:
        """Whether it may be posted as far as the gate is concerned."""
        return self.verdict is None or self.verdict.passed

    @property
    def rejected(self) -> str | None:
        """Why the gate refused it, or None."""
        return None if self.passed or self.verdict is None else self.verdict.reason()

    def to_dict(self) -> dict[str, Any]:
        verdict = self.verdict.to_dict() if self.verdict else {"text": self.text, "passed": True}
        return {
            **verdict,
            "text": self.text,
            "id": self.id,
            "raw": self.raw,
            "mean_logprob": self.logprob,
            "style": self.style,
        }

    @classmethod
    def from_dict(
        cls, data: dict[str, Any], sampling: dict[str, Any], adapter: str | None
    ) -> Candidate:
        """A generated candidate as `to_dict` wrote it, with the `sampling` settings and
        `adapter` its generation names once for all of its candidates."""
        return cls(
            data["text"],
            dict(sampling),
            raw=data["raw"],
            verdict=Verdict.from_dict(data),
            logprob=data["mean_logprob"],
            style=data["style"],
            adapter=adapter,
            id=data["id"],
        )
