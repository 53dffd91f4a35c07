"""The training loss: mlx-lm's, with the vocabulary projection only where it is scored.

mlx-lm's `default_loss` projects every position of the batch onto the vocabulary and then
masks the prompt away. With the prompt masked (bobby's default), about half of that work
is thrown away: SmolLM2's vocabulary has 49,152 entries, so its output projection and the
cross-entropy over it are a fifth of a training step, and the chat template's system and
user turns are half of each short post's tokens. For the models whose output is
`head(body(tokens))` (mlx-lm's llama, qwen2 and qwen3: SmolLM2 and the Qwen3 default),
`sliced_loss` runs the body over the whole sequence but the head only from the batch's
first scored position on; its value is `default_loss`'s to float rounding. Other
architectures (a final soft-cap, a logit scale) keep `default_loss` unchanged.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

# mlx-lm model modules whose Model.__call__ is exactly the body, then the (tied) head.
_HEAD_AFTER_BODY = {"mlx_lm.models.llama", "mlx_lm.models.qwen2", "mlx_lm.models.qwen3"}

Loss = Callable[[Any, Any, Any, int], tuple[Any, Any]]


def first_scored(lengths: np.ndarray, multiple: int = 1) -> int:
    """The first input position any row of a batch is scored at, rounded down to a
    multiple of `multiple` (a compiled step is traced once per distinct value).

    Args:
        lengths: (prompt end, length) per row, as the batches carry them.
        multiple: 1 for the exact position.
    """
    first = max(int(np.min(lengths[:, 0])) - 1, 0)
    return first - first % multiple


def default(model: Any, batch: Any, lengths: Any, start: int) -> tuple[Any, Any]:
    """mlx-lm's own loss (`start` is ignored)."""
    from mlx_lm.tuner.trainer import default_loss

    return default_loss(model, batch, lengths)


def sliced_loss(model: Any, batch: Any, lengths: Any, start: int) -> tuple[Any, Any]:
    """`default_loss`, with the head and cross-entropy only from input position `start` on.

    Returns:
        (mean loss per scored token, number of scored tokens), as `default_loss`.
    """
    import mlx.core as mx
    import mlx.nn as nn

    inputs, targets = batch[:, :-1], batch[:, 1 + start :]
    logits = logits_from(model, inputs, start)
    steps = mx.arange(start + 1, start + targets.shape[1] + 1)
    mask = mx.logical_and(steps >= lengths[:, 0:1], steps <= lengths[:, 1:])
    scored = nn.losses.cross_entropy(logits, targets) * mask
    count = mask.sum()
    return scored.astype(mx.float32).sum() / count, count


def logits_from(model: Any, inputs: Any, start: int) -> Any:
    """The model's logits at input positions `start` on: the body over every position,
    the head only from `start` where the architecture allows it (`bobby eval` scores
    held-out posts with it too)."""
    if type(model).__module__ not in _HEAD_AFTER_BODY:
        return model(inputs)[:, start:]
    hidden = model.model(inputs)[:, start:]
    if model.args.tie_word_embeddings:
        return model.model.embed_tokens.as_linear(hidden)
    return model.lm_head(hidden)


def for_model(model: Any) -> Loss:
    """`sliced_loss` where the model's architecture allows it, else mlx-lm's loss."""
    return sliced_loss if type(model).__module__ in _HEAD_AFTER_BODY else default
