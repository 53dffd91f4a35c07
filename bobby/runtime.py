"""Adapters applied at run time, over the quantized base: `y = W_q·x + scale·(x·A)·B`.

Merging an adapter into 4-bit weights rounds most of the fine-tune away (`bobby eval`
measures it), so bobby keeps the base quantized and the adapter separate. mlx-lm's own
layers (`LoRALinear`) do this, but decoding one token is dominated by per-operation
costs, not arithmetic: on an H100 mlx-lm's adapter layers halve decoding speed, as each
adapted projection adds four operations, two of them general matrix products that cost
tens of microseconds for a single row.

So after mlx-lm has loaded the adapter (which defines its exact meaning), projections that
read the same input are regrouped: q, k and v become one quantized matmul over their
concatenated weights (exact: quantized rows are concatenated as they are, nothing is
requantized), gate and up another, and their adapters become two matrix-vector products
by the stacked A matrices and a block-diagonal B, padded to a rank that MLX's fast gemv
kernels accept. Each projection then returns its slice of the shared result. Attention
and MLP code stay mlx-lm's: a group computes once per input array and answers the
sibling calls that pass the same array. Measured on an H100 (BENCHMARKS.md): decoding
with the default adapter as fast as mlx-lm without one.

Layers that `bobby.backend` holds wide (`HeldLinear`: 4 bits plus the exact values) are
grouped the same way, their wide copies concatenated too, and a group multiplies more
rows than `bobby.qmv` takes (a prompt) by the wide copy, fewer by the 4 bits.

Fewer operations a token, since on a GPU each costs microseconds whatever its size: B's
product and the add are one `addmm`; on a dense base (or a wide copy) A's rows sit under
the weight, one product giving both; on CUDA every 4-bit layer, grouped or alone (the
output layer too), multiplies through `bobby.qmv`, which reads each weight once for up
to 32 rows.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Sequence
from pathlib import Path
from typing import Any

# Sibling projections that every supported architecture calls with the same input, and
# the name their shared matmul takes.
GROUPS = ((("q_proj", "k_proj", "v_proj"), "qkv_proj"), (("gate_proj", "up_proj"), "gate_up_proj"))


class _Memo:
    """The last input and outputs of a group (a plain object: not a model parameter)."""

    x: Any = None
    ys: Any = None


def _parts(module: Any) -> tuple[Any, Any]:
    """(base linear, LoRA layer or None) of a projection."""
    from mlx_lm.tuner.lora import LoRALinear

    if type(module) is LoRALinear:
        return module.linear, module
    return module, None


def _groupable(bases: Sequence[Any]) -> bool:
    import mlx.nn as nn

    from bobby.backend import held_class

    if len({type(b) for b in bases}) == 1 and type(bases[0]) in (nn.QuantizedLinear, held_class()):
        same = {(b.group_size, b.bits, b.mode, b.scales.dtype) for b in bases}
        return len(same) == 1 and len({b.weight.shape[1] for b in bases}) == 1
    if all(type(b) is nn.Linear for b in bases):
        return len({(b.weight.shape[1], b.weight.dtype) for b in bases}) == 1
    return False


# The adapter's rank is padded with zeros to a multiple of this, so that both of its
# matrix-vector products take MLX's gemv kernels (which need K % 32 == 0 and the matrix
# stored as (N, K)) instead of a general GEMM, costing a few microseconds rather than
# tens per token on CUDA.
RANK_ALIGN = 32


@functools.cache
def _classes() -> tuple[type, type]:
    """SharedInput and SharedSlice, defined once mlx is imported."""
    import mlx.core as mx
    import mlx.nn as nn

    from bobby import qmv
    from bobby.backend import join_wide, wide_product

    class SharedInput(nn.Module):
        """Sibling projections (and their adapters) as one matmul (and two gemv)."""

        fold_add = True  # False: B's product, then the add (for benchmarks)
        own_kernel = True  # False: MLX's 4-bit kernels only, not `bobby.qmv` (for benchmarks)

        def __init__(self, modules: Sequence[Any]) -> None:
            super().__init__()
            bases, loras = zip(*(_parts(m) for m in modules), strict=True)
            sizes = [b.weight.shape[0] for b in bases]
            first = bases[0]
            quantized = isinstance(first, nn.QuantizedLinear)
            self.weight = mx.concatenate([b.weight for b in bases])
            if quantized:
                self.scales = mx.concatenate([b.scales for b in bases])
                if first.get("biases") is not None:
                    self.biases = mx.concatenate([b.biases for b in bases])
                if "wide" in first:  # bobby.backend's HeldLinear: for several rows
                    self.wide = join_wide([b.wide for b in bases])
                dtype = first.scales.dtype
            else:
                dtype = first.weight.dtype
            if any("bias" in b for b in bases):
                self.bias = mx.concatenate(
                    [
                        b["bias"] if "bias" in b else mx.zeros((n,), dtype)
                        for b, n in zip(bases, sizes, strict=True)
                    ]
                )
            adapted = [(i, lora) for i, lora in enumerate(loras) if lora is not None]
            folded = 0
            if adapted:
                self._adapter(adapted, sizes, dtype)
                folded = self._fold()
            object.__setattr__(self, "folded", folded)
            offsets = [sum(sizes[:i]) for i in range(len(sizes) + 1)]
            object.__setattr__(self, "bounds", tuple(itertools.pairwise(offsets)))
            object.__setattr__(
                self,
                "quantization",
                (first.group_size, first.bits, first.mode) if quantized else None,
            )
            self._memo = _Memo()

        def _adapter(self, adapted: list[tuple[int, Any]], sizes: list[int], dtype: Any) -> None:
            """A (rank, in) and block-diagonal B (out, rank), scale folded into B."""
            rank = sum(lora.lora_a.shape[1] for _, lora in adapted)
            padded = -(-rank // RANK_ALIGN) * RANK_ALIGN
            a = mx.zeros((padded, adapted[0][1].lora_a.shape[0]), mx.float32)
            b = mx.zeros((sum(sizes), padded), mx.float32)
            row = 0
            for i, lora in adapted:
                r = lora.lora_a.shape[1]
                start = sum(sizes[:i])
                a[row : row + r] = lora.lora_a.T.astype(mx.float32)
                b[start : start + sizes[i], row : row + r] = lora.scale * lora.lora_b.T.astype(
                    mx.float32
                )
                row += r
            self.lora_a = a.astype(dtype)
            self.lora_b = b.astype(dtype)

        def _fold(self) -> int:
            """Append A's rows to the dense weight (or a held layer's wide copy) that x
            multiplies anyway, so that one product gives the base output and x·Aᵀ: one
            operation fewer a projection group. Returns the rows appended (0: none, a
            4-bit weight, whose rows A cannot join unrounded)."""
            a = self["lora_a"]
            if "wide" in self:
                wide = self["wide"]
                rows = mx.concatenate([a, mx.zeros_like(a)], axis=1)  # two halves: A and 0
                if wide.dtype != mx.bfloat16:
                    rows = a.astype(wide.dtype)
                self.wide = mx.concatenate([wide, rows])
            elif "scales" not in self:
                self.weight = mx.concatenate([self["weight"], a])
                self.pop("lora_a")
            else:
                return 0
            return a.shape[0]

        def outputs(self, x: Any) -> tuple[Any, ...]:
            """Each member's output for `x`, computed once per input array."""
            memo = self._memo
            if memo.x is x:
                return memo.ys
            get = self.get
            low = None
            group_size, bits, mode = self.quantization or (0, 0, "")
            if (
                self.own_kernel
                and mode == "affine"
                and qmv.applies(x, self["weight"], self["scales"], get("biases"), group_size, bits)
            ):  # up to 32 rows on CUDA, held copy or not
                y = qmv.product(x, self["weight"], self["scales"], self["biases"], group_size)
                if "lora_a" in self:
                    low = x @ self["lora_a"].T
            elif self.quantization and not ("wide" in self and x.size != x.shape[-1]):
                y = mx.quantized_matmul(
                    x, self["weight"], self["scales"], get("biases"), True, group_size, bits, mode
                )
                if "lora_a" in self:
                    low = x @ self["lora_a"].T
            else:
                y = wide_product(x, self["wide"]) if "wide" in self else x @ self["weight"].T
                if self.folded:  # x·Aᵀ came with the product
                    low, y = y[..., -self.folded :], y[..., : -self.folded]
            if "bias" in self:
                y = y + self["bias"]
            if low is not None:
                # B's product and the add as one operation (a GEMM whose epilogue adds
                # y): a token's cost on a GPU is mostly per operation
                y = (
                    mx.addmm(y, low, self["lora_b"].T)
                    if self.fold_add
                    else y + low @ self["lora_b"].T
                )
            memo.x = x
            memo.ys = (
                (y,) if len(self.bounds) == 1 else tuple(y[..., lo:hi] for lo, hi in self.bounds)
            )
            return memo.ys

        def __call__(self, x: Any) -> Any:
            return self.outputs(x)[0]

    class SharedSlice(nn.Module):
        """One projection's part of a `SharedInput`'s output."""

        def __init__(self, shared: Any, index: int) -> None:
            super().__init__()
            self._outputs = shared.outputs  # a bound method: not a child module
            self.index = index

        def __call__(self, x: Any) -> Any:
            return self._outputs(x)[self.index]

    return SharedInput, SharedSlice


def regroup(model: Any) -> int:
    """Merge sibling projections that share an input; returns how many groups were made.

    Groups whose members differ (quantization, input size, DoRA) are left as they are.
    An adapted projection outside any group gets the same treatment alone: one matmul by
    A and one by B (both matrix-vector products when decoding), plus the add. So does
    every other 4-bit linear layer (the output layer too), so that `bobby.qmv` serves
    every 4-bit product on CUDA.
    """
    import mlx.nn as nn
    from mlx_lm.tuner.lora import LoRALinear

    from bobby.backend import held_class

    SharedInput, SharedSlice = _classes()
    made = 0
    modules = [module for block in model.layers for _, module in block.named_modules()]
    for module in modules:
        for names, group in GROUPS:
            if not all(name in module for name in names):
                continue
            members = [module[name] for name in names]
            if not _groupable([_parts(m)[0] for m in members]):
                continue
            shared = SharedInput(members)
            module[group] = shared
            for index, name in enumerate(names):
                module[name] = SharedSlice(shared, index)
            made += 1
        for name, child in list(module.children().items()):
            if type(child) is LoRALinear and _groupable([child.linear]):
                module[name] = SharedInput([child])
                made += 1
    for _, module in model.named_modules():
        if "lora_a" in module:  # an adapter layer left to mlx-lm (DoRA) keeps its base
            continue
        for name, child in list(module.children().items()):
            if type(child) in (nn.QuantizedLinear, held_class()) and _groupable([child]):
                module[name] = SharedInput([child])
                made += 1
    return made


def attach(model: Any, adapter_path: str | Path) -> None:
    """Apply an mlx-lm adapter folder to `model` at run time, in place, then regroup."""
    from bobby.adapters import load_adapter

    load_adapter(model, Path(adapter_path))
    model.eval()
    regroup(model)
