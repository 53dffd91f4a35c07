"""What the quality gate says of a text: each check's outcome, the closest post, the verdict.

Data that travels with every candidate (the state database stores it, `bobby serve`'s API
sends it, the review page shows it), apart from the gate's code (`bobby.gate`), so that
reading it back (`bobby history`, a warm `bobby post`) imports none of the gate's
`regex` patterns.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any


@dataclass
class Check:
    """One check's outcome; `score` is the measured value the check compared. A check
    that does not `block` never stops a candidate: failing it only ranks the candidate
    after those that pass it (`bobby.generate.rank`)."""

    name: str
    passed: bool
    score: float | int | None = None
    detail: str = ""
    block: bool = True


@dataclass
class Novelty:
    """The indexed post closest to a checked text, and the runs of words they share.

    Attributes:
        post: the post (the person's, or one the bot posted).
        similarity: their word-pair Jaccard similarity.
        spans: [start, end) character offsets, in the checked text, of each run of words
            whose consecutive pairs are also in `post` (a copied run is one of them).
        post_spans: the same runs in `post`.
    """

    post: str
    similarity: float
    spans: list[tuple[int, int]]
    post_spans: list[tuple[int, int]]

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Novelty:
        return cls(
            data["post"],
            data["similarity"],
            [(int(a), int(b)) for a, b in data["spans"]],
            [(int(a), int(b)) for a, b in data["post_spans"]],
        )


@dataclass
class Verdict:
    text: str
    checks: list[Check]
    novelty: Novelty | None = None  # the closest post, where one was close

    @property
    def passed(self) -> bool:
        return not self.failed

    @property
    def failed(self) -> list[Check]:
        """The failed checks that stop the candidate."""
        return [check for check in self.checks if not check.passed and check.block]

    @property
    def against(self) -> list[Check]:
        """The failed checks that only rank it lower."""
        return [check for check in self.checks if not check.passed and not check.block]

    def reason(self) -> str:
        """The failed checks, briefly, for people (those that only rank it lower last)."""
        return "; ".join(
            f"{c.name}: {c.detail}" if c.detail else c.name for c in [*self.failed, *self.against]
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "passed": self.passed,
            "checks": [asdict(c) for c in self.checks],
            "novelty": asdict(self.novelty) if self.novelty else None,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Verdict:
        """A verdict as `to_dict` stored it (the state database keeps each candidate's;
        rows written before verdicts named the closest post have no "novelty")."""
        novelty = data.get("novelty")
        return cls(
            data["text"],
            [Check(**check) for check in data["checks"]],
            Novelty.from_dict(novelty) if novelty else None,
        )
