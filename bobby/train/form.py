"""How the base is held while training on a CUDA GPU: the fastest form that fits in memory.

The rule (`BOBBY_BASE_FORM=auto`, the default; any other setting is obeyed as it is):

1. The candidates, fastest first (measured on an H100, Qwen3-8B shape, batch 4 x 256,
   bobby's default adapter; BENCHMARKS.md, issue 24):
   - `bf16`: every 4-bit weight dequantized and rounded to bfloat16, the 4-bit copy
     dropped; tensor-core products, the fastest by far (1.88x PyTorch + PEFT in one run).
   - `bf16` with gradient checkpointing of the blocks (each adapted block keeps only its
     input and runs forward again in the backward pass): a fraction of the activations
     for about a fifth of the speed (1.55x PEFT in the same run).
   - `quantized` (MLX's 4-bit kernels), then `quantized` with checkpointing: the least
     memory, the slowest (0.52x PEFT in the issue's run).
   The held float32 form (4 bits plus the exact values) is never chosen for training: it
   is slower than bf16 and takes more memory.
2. Each candidate's need is estimated from the model and the run's settings: its
   weights, the activations that the adapted blocks keep for the backward pass (bytes
   per token and hidden unit, measured), and the loss's float32 logits. Choosing by what
   the device reports free, not by its name, serves any card, and a card shared with
   other programs.
3. The first candidate whose need fits in `SHARE` of the memory it may use (free memory
   now, plus the 4-bit weights that the new form replaces) is chosen. None fitting, the
   smallest is, and the note says that it may not fit.

Why the bf16 form trains the same adapter: a 4-bit weight is one of 16 levels of its
group, and rounding that value to bfloat16 moves it by at most 2^-9 of itself, far under
the quantization step; BENCHMARKS.md shows that adapters trained on the bf16 form and on
the exact values score the same held-out loss on the 4-bit base at run time (real
SmolLM2, and the 8B shape), within the spread between seeds.

Only CUDA is decided here: on the CPU the base is held in float32 (MLX has no fast
bfloat16 there), on Metal it stays 4-bit (`bobby.backend`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# Of the memory free for training, the share a form may plan to use: the rest absorbs
# the allocator's cache and fragmentation, and what other programs take meanwhile.
SHARE = 0.9
# Activations an adapted block keeps for the backward pass, in bytes per token and
# hidden unit: an upper bound, from the 8B shape's peak on an H100 less its weights and
# loss, a peak that the conversion to bf16 (since done in chunks) may have set rather
# than the activations (BENCHMARKS.md); too high errs towards less memory. With
# checkpointing a block keeps its input (bf16) and its input's gradient.
ACTIVATION_BYTES = 160
CHECKPOINTED_BYTES = 4
# The loss's logits at each token: float32 values, their softmax and their gradient.
LOSS_BYTES = 12

CANDIDATES = (("bf16", False), ("bf16", True), ("quantized", False), ("quantized", True))


@dataclass(frozen=True)
class Shape:
    """What a training run's memory depends on.

    Attributes:
        quantized_bytes: the model's weights as loaded (4-bit layers and the rest).
        bf16_bytes: the same once every 4-bit layer is dequantized to bfloat16.
        hidden: the model's hidden size.
        vocab: its vocabulary size.
        adapted_blocks: blocks that carry an adapter (the backward pass runs through them).
        tokens: tokens per step (batch size x sequence length).
    """

    quantized_bytes: int
    bf16_bytes: int
    hidden: int
    vocab: int
    adapted_blocks: int
    tokens: int


@dataclass(frozen=True)
class Plan:
    """The form chosen, whether to checkpoint, the estimate and why (for the header)."""

    form: str
    checkpoint: bool
    need: int
    why: str


def need(shape: Shape, form: str, checkpoint: bool) -> int:
    """Estimated peak bytes of training `shape` in `form`, with or without checkpointing."""
    weights = shape.bf16_bytes if form == "bf16" else shape.quantized_bytes
    per_block = shape.tokens * shape.hidden
    if checkpoint:  # every adapted block's input, and one block's full activations
        kept = shape.adapted_blocks * per_block * CHECKPOINTED_BYTES
        kept += per_block * ACTIVATION_BYTES
    else:
        kept = shape.adapted_blocks * per_block * ACTIVATION_BYTES
    return weights + kept + shape.tokens * shape.vocab * LOSS_BYTES


def plan(shape: Shape, free: int) -> Plan:
    """The fastest candidate whose estimated need fits (see the module's docstring).

    Args:
        shape: the model and run.
        free: bytes the device reports free with the 4-bit model loaded.
    """
    usable = SHARE * (free + shape.quantized_bytes)
    for form, checkpoint in CANDIDATES:
        needed = need(shape, form, checkpoint)
        if needed <= usable:
            how = f"{form} base" + (", gradient checkpointing" if checkpoint else "")
            return Plan(
                form, checkpoint, needed, f"{how}: needs ~{_gb(needed)} of {_gb(usable)} usable"
            )
    form, checkpoint = CANDIDATES[-1]
    needed = need(shape, form, checkpoint)
    return Plan(
        form,
        checkpoint,
        needed,
        f"{form} base, gradient checkpointing: needs ~{_gb(needed)}, more than the "
        f"{_gb(usable)} usable; it may not fit (a smaller --batch-size or --max-seq-length would)",
    )


def _gb(size: float) -> str:
    return f"{size / 1e9:.1f} GB"


def shape_of(model: Any, adapted_blocks: int, tokens: int) -> Shape:
    """The `Shape` of a loaded 4-bit mlx-lm model for a run."""
    import mlx.core as mx
    import mlx.nn as nn
    from mlx.utils import tree_flatten

    from bobby.backend import float32_bytes

    quantized = {
        name: module
        for name, module in model.named_modules()
        if isinstance(module, (nn.QuantizedLinear, nn.QuantizedEmbedding))
    }
    loaded = widened = 0
    for name, value in tree_flatten(model.parameters()):
        loaded += value.nbytes
        owner = name.rpartition(".")[0]
        if owner in quantized and name.endswith((".scales", ".biases")):
            continue  # with the packed weight, they become one bf16 weight
        if owner in quantized and name.endswith(".weight"):
            widened += float32_bytes(quantized[owner]) // 2  # bf16: half of float32
        elif mx.issubdtype(value.dtype, mx.floating):  # norms and the like, cast to bf16
            widened += 2 * value.size
        else:
            widened += value.nbytes
    args = model.args
    blocks = len(model.layers) if adapted_blocks < 0 else min(adapted_blocks, len(model.layers))
    return Shape(loaded, widened, args.hidden_size, args.vocab_size, blocks, tokens)


def choose(model: Any, adapted_blocks: int, tokens: int) -> Plan | None:
    """The plan for training `model` here, or None where this rule does not decide (a
    base form set by BOBBY_BASE_FORM, the CPU, Metal, a GPU that does not report its
    memory)."""
    import mlx.core as mx

    from bobby.backend import base_form_setting, device_memory

    if base_form_setting() != "auto" or mx.default_device() == mx.cpu:
        return None
    free = device_memory() if mx.cuda.is_available() else None
    if free is None:
        return None
    return plan(shape_of(model, adapted_blocks, tokens), free)
