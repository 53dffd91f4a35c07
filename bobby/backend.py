"""Making MLX fast on whatever it runs on: Metal, CUDA or the CPU, through one code path.

The base model is stored 4-bit. Where it computes is a choice made once per process, the
*base form* (`BOBBY_BASE_FORM=auto|quantized|bf16|float32`, shown in the progress header):

- `quantized`: MLX's 4-bit kernels, as loaded. What Apple silicon runs best (shared
  memory, Metal kernels tuned for 4 bits), and what any device falls back to when a
  wider copy would not fit.
- `float32`: every 4-bit weight dequantized into float32, *exactly* (scale x q + bias of a
  4-bit q and a 16-bit scale and bias fits in float32's 24 significant bits), the adapter
  still separate: not the fuse-and-requantize that the design forbids. On the CPU the
  layers become float32 layers (MLX's CPU quantized matmul is slow, its float32 matmul
  goes to OpenBLAS). On a CUDA GPU with room each linear layer keeps its 4 bits too
  (`HeldLinear`): MLX's 4-bit matrix product there costs almost in proportion to the
  rows, so prompts, batches of candidates and training batches go through the exact
  copy, and single rows through the 4-bit kernel, the faster one for them. For a
  bfloat16 model the copy is two bfloat16 halves whose sum is exact (checked per layer:
  every layer of an 8B model), read by one tensor-core product that accumulates in
  float32, so it trains 2.1x as fast as PyTorch + PEFT in one run (BENCHMARKS.md); other
  models hold float32 itself, with TF32 turned off (`MLX_ENABLE_TF32=0`) so that it stays
  float32, which trains slower than 4 bits: `auto` then trains on 4 bits. Since issue
  24, `auto` on CUDA keeps the 4 bits for decoding wherever `bobby.qmv` multiplies
  every layer (faster at 1 and at 16 rows), and training takes the form that
  `bobby.train.form` chooses by free memory: the held form serves other models, and
  whoever asks for it.
- `bf16`: the same values rounded to bfloat16, not exact (bfloat16 keeps 8 significant
  bits, scale x q + bias needs up to 12: 39% of an 8B model's weights round, by up to
  3.4e-3 of their layer's largest), half the memory of the held form and the fastest:
  training 1.45x PyTorch + PEFT in one run. Only when asked for; the note says how much
  was rounded.

The CPU has two more fixes, neither touching a weight: `prepare()` loads OpenBLAS with
RTLD_GLOBAL before MLX is first imported (libmlx.so leaves `cblas_sgemm` and friends
undefined and the dynamic linker searches the global scope first, so OpenBLAS serves
every BLAS call MLX makes: a 1024x1024 float32 matmul 20x faster on 2 cores), and float32
rather than bfloat16 (MLX's CPU matmul has no fast bfloat16 path: 8x slower measured).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bobby.errors import InputError

# Debian/Ubuntu (libopenblas0-pthread, -openmp or -serial), Fedora/RHEL (openblas-threads),
# Arch, Alpine, a source build in /opt/OpenBLAS and Homebrew on Linux.
_OPENBLAS_CANDIDATES = (
    "/usr/lib/x86_64-linux-gnu/libopenblas.so.0",
    "/usr/lib/aarch64-linux-gnu/libopenblas.so.0",
    "/usr/lib64/libopenblasp.so.0",
    "/usr/lib64/libopenblas.so.0",
    "/usr/lib/libopenblas.so.0",
    "/usr/lib/libopenblas.so",
    "/usr/local/lib/libopenblas.so.0",
    "/usr/local/lib/libopenblas.so",
    "/opt/OpenBLAS/lib/libopenblas.so",
    "/home/linuxbrew/.linuxbrew/opt/openblas/lib/libopenblas.so",
)

# Above this share of the device's memory (physical memory on the CPU, free GPU memory
# on CUDA), a wide copy of the weights would crowd out everything else (activations, the
# cache, other programs); such a model stays quantized.
_DEQUANTIZE_MEMORY_SHARE = 0.5

BASE_FORMS = ("auto", "quantized", "bf16", "float32")
_ALIASES = {"bfloat16": "bf16", "fp32": "float32", "f32": "float32", "4bit": "quantized"}

SPEED_HINT = (
    "MLX is using the slow reference BLAS of its CPU wheel; install OpenBLAS "
    "(Debian/Ubuntu: apt install libopenblas0-pthread) or point BOBBY_OPENBLAS at a "
    "libopenblas.so to make training and generation about 10x faster."
)


@dataclass(frozen=True)
class Backend:
    """Where MLX computes and what bobby did to make it fast.

    Attributes:
        device: "gpu" (Metal or CUDA) or "cpu".
        blas: the OpenBLAS library MLX's BLAS calls go to, or None.
        hint: advice to show the user (once per process), or None.
    """

    device: str
    blas: str | None
    hint: str | None


_state: dict[str, Any] = {"blas": None, "hinted": False}


def find_openblas() -> str | None:
    """The path of an OpenBLAS shared library: `BOBBY_OPENBLAS`, else a standard place.

    `BOBBY_OPENBLAS=off` disables it (for a baseline); a path that does not exist is
    ignored rather than fatal, since speed is never worth refusing to run.
    """
    override = os.environ.get("BOBBY_OPENBLAS", "").strip()
    if override.lower() in {"0", "off", "no", "false"}:
        return None
    if override:
        return override if Path(override).is_file() else None
    for candidate in _OPENBLAS_CANDIDATES:
        if Path(candidate).is_file():
            return candidate
    found = ctypes.util.find_library("openblas")
    return found if found and found.startswith("/") else None


def _load_openblas() -> str | None:
    """Load OpenBLAS into the global symbol scope, if MLX has not been loaded yet."""
    if _state["blas"] is not None:
        return _state["blas"]
    if not sys.platform.startswith("linux") or "mlx.core" in sys.modules:
        return None
    path = find_openblas()
    if path is None:
        return None
    try:
        ctypes.CDLL(path, mode=ctypes.RTLD_GLOBAL)
    except OSError:
        return None
    _state["blas"] = path
    return path


def prepare() -> Backend:
    """Set MLX up for speed; call before anything imports mlx (cheap to call again).

    On Linux this loads OpenBLAS so that it serves MLX's BLAS calls. The returned hint,
    set only the first time and only on a Linux CPU without OpenBLAS, tells the user how
    to make bobby faster; the CLI shows it.

    Returns:
        The device MLX will use, the BLAS library in use and the hint.
    """
    blas = _load_openblas()
    # float32 means float32: MLX would otherwise run float32 matrix products on CUDA (and
    # Apple M5) through TF32, which keeps 11 significant bits. Read once, at MLX's first
    # float32 product.
    os.environ.setdefault("MLX_ENABLE_TF32", "0")
    import mlx.core as mx

    device = "cpu" if mx.default_device() == mx.cpu else "gpu"
    hint = None
    if (
        device == "cpu"
        and blas is None
        and sys.platform.startswith("linux")
        and not _state["hinted"]
    ):
        _state["hinted"] = True
        hint = SPEED_HINT
    return Backend(device=device, blas=blas, hint=hint)


def physical_memory() -> int | None:
    """Bytes of RAM, or None where the system does not say."""
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (ValueError, OSError, AttributeError):
        return None


def base_form_setting() -> str:
    """`BOBBY_BASE_FORM` (auto, quantized, bf16 or float32), checked."""
    raw = os.environ.get("BOBBY_BASE_FORM", "").strip().lower() or "auto"
    form = _ALIASES.get(raw, raw)
    if form not in BASE_FORMS:
        raise InputError(f"BOBBY_BASE_FORM={raw!r}: use one of {', '.join(BASE_FORMS)}")
    return form


def device_memory() -> int | None:
    """Bytes a wide base may be measured against: free GPU memory on CUDA (total where
    free is not reported), physical memory on the CPU, None on Metal or where unknown."""
    import mlx.core as mx

    if mx.default_device() == mx.cpu:
        return physical_memory()
    if not mx.cuda.is_available():
        return None
    info = mx.device_info()
    value = info.get("free_memory") or info.get("total_memory") or info.get("memory_size")
    return int(value) if value else None


def choose_base_form(
    wide_bytes: int,
    setting: str | None = None,
    training: bool = False,
    halves: bool = True,
    own_kernel: bool = False,
) -> tuple[str, str | None]:
    """(form, why) for a model whose float32 copy takes `wide_bytes`.

    An explicit setting wins. `auto` holds float32 (exact) on the CPU, and on a CUDA GPU
    when it fits; it keeps 4 bits on Metal, when float32 does not fit, for training on a
    GPU a model whose scales are not bfloat16 (`halves` false): its held layers would be
    plain float32, whose products without TF32 train slower than 4 bits, and for decoding
    on CUDA a model whose every layer `bobby.qmv` multiplies (`own_kernel`): from its 4
    bits, one candidate decoded 1.4x and 16 candidates 1.6x as fast as from the held copy
    on an H100, in one run (BENCHMARKS.md, issue 24), in a fraction of the memory.
    """
    import mlx.core as mx

    setting = setting or base_form_setting()
    if setting != "auto":
        return setting, f"{setting} base, as asked (BOBBY_BASE_FORM)"
    on_cpu = mx.default_device() == mx.cpu
    if not on_cpu and not mx.cuda.is_available():
        return "quantized", None  # Metal: its 4-bit kernels are the fast path
    if not on_cpu and not training and own_kernel:
        return "quantized", "quantized base on the GPU (bobby.qmv decodes from the 4 bits)"
    if not on_cpu and training and not halves:
        return "quantized", "quantized base on the GPU (float32 would train slower)"
    where = "on the CPU" if on_cpu else "on the GPU"
    if device_memory() is None and not on_cpu:
        return "quantized", f"quantized base {where}: the GPU does not report its memory"
    if not fits_in_memory(wide_bytes):
        return (
            "quantized",
            f"kept quantized {where}: float32 weights would need {wide_bytes / 1e9:.1f} GB",
        )
    return "float32", None


# Values dequantized at a time when a layer is narrowed (`dense`, `rounding`): whole, an
# 8B model's output layer (151,936 x 4,096) takes about 12 GB of float32 temporaries: a
# bf16 training run on an H100 peaked at the same 29.2 GB with and without gradient
# checkpointing, so the conversion, not the activations, set its peak (BENCHMARKS.md,
# issue 24).
CHUNK_VALUES = 1 << 26


def _row_chunks(module: Any) -> list[slice]:
    """Slices of a quantized layer's rows of about `CHUNK_VALUES` values each."""
    rows, size = module.weight.shape[0], module.weight.shape[1] * 32 // module.bits
    step = max(1, CHUNK_VALUES // size)
    return [slice(start, min(start + step, rows)) for start in range(0, rows, step)]


def dequantized(module: Any, rows: slice = slice(None)) -> Any:
    """The exact float32 values of a QuantizedLinear's or QuantizedEmbedding's weight (of
    `rows` of it)."""
    import mlx.core as mx

    biases = module.get("biases")
    # In float32 the products scale * q + bias are the exact values of the 4-bit weights;
    # done in float16 or bfloat16 (the scales' own types) they would be rounded.
    return mx.dequantize(
        module.weight[rows],
        module.scales[rows].astype(mx.float32),
        None if biases is None else biases[rows].astype(mx.float32),
        group_size=module.group_size,
        bits=module.bits,
        mode=getattr(module, "mode", "affine"),
    ).astype(mx.float32)


def dense(module: Any, dtype: Any = None) -> Any:
    """The dense twin of a QuantizedLinear or QuantizedEmbedding, in `dtype` (float32)."""
    import mlx.core as mx
    import mlx.nn as nn

    dtype = dtype or mx.float32
    parts = []
    for rows in _row_chunks(module):  # one chunk's float32 values alive at a time
        parts.append(dequantized(module, rows).astype(dtype))
        mx.eval(parts[-1])
    weight = mx.concatenate(parts) if len(parts) > 1 else parts[0]
    if isinstance(module, nn.QuantizedEmbedding):
        dense = nn.Embedding(*weight.shape)
    else:
        dense = nn.Linear(weight.shape[1], weight.shape[0], bias="bias" in module)
        if "bias" in module:
            dense.bias = module.bias.astype(dtype)
    dense.weight = weight
    return dense


def wide_weight(module: Any) -> Any:
    """The exact values of a quantized layer's weight, in the form products read fastest.

    For a bfloat16 model, two bfloat16 halves side by side, (out, 2 x in): the values'
    bf16 rounding and the bf16 remainder, when their sum is exact (checked): a product
    with [x, x] then sums x·hi + x·lo in the tensor cores' float32 accumulator, each
    product exact, the output rounded once, as the 4-bit kernel rounds it. Otherwise
    (another type, or a layer whose values need more than 16 significant bits) float32.
    """
    import mlx.core as mx

    exact = dequantized(module)
    if module.scales.dtype != mx.bfloat16:
        return exact
    high = exact.astype(mx.bfloat16)
    low = (exact - high.astype(mx.float32)).astype(mx.bfloat16)
    if not mx.array_equal(high.astype(mx.float32) + low.astype(mx.float32), exact).item():
        return exact
    return mx.concatenate([high, low], axis=1)


def join_wide(wides: list[Any]) -> Any:
    """`wide_weight`s of layers that share an input, as one (by rows)."""
    import mlx.core as mx

    if len({w.dtype for w in wides}) > 1:  # some halves, some float32: all float32
        wides = [_exact(w) for w in wides]
    return mx.concatenate(wides)


def _exact(wide: Any) -> Any:
    import mlx.core as mx

    if wide.dtype != mx.bfloat16:
        return wide
    half = wide.shape[1] // 2
    return wide[:, :half].astype(mx.float32) + wide[:, half:].astype(mx.float32)


def wide_product(x: Any, wide: Any) -> Any:
    """x times the transpose of a `wide_weight`, in x's type."""
    import mlx.core as mx

    if wide.dtype == mx.bfloat16:
        return mx.concatenate([x, x], axis=-1) @ wide.T
    return (x @ wide.T).astype(x.dtype)


@functools.cache
def held_class() -> type:
    """HeldLinear, defined once mlx is imported."""
    import mlx.core as mx
    import mlx.nn as nn

    class HeldLinear(nn.QuantizedLinear):
        """A 4-bit linear layer that also holds its weight's exact values (`wide_weight`).

        One row at a time (decoding one candidate) reads the 4 bits, which MLX's
        matrix-vector kernel does fast; several rows (a prompt, a batch of candidates, a
        training batch) multiply by the wide copy, since MLX's 4-bit matrix product on
        CUDA costs almost in proportion to the rows. Both compute with the same values;
        the output keeps the input's type, as the 4-bit kernel's does. A subclass, so
        that mlx-lm's adapter layers wrap it as they wrap any QuantizedLinear.
        """

        @classmethod
        def holding(cls, module: Any) -> Any:
            held = cls.__new__(cls)
            nn.Module.__init__(held)
            held.group_size, held.bits = module.group_size, module.bits
            held.mode = getattr(module, "mode", "affine")
            for key, value in module.items():
                if isinstance(value, mx.array):
                    held[key] = value
            held.wide = wide_weight(module)
            held.freeze()
            return held

        def __call__(self, x: Any) -> Any:
            if x.size == x.shape[-1]:
                return super().__call__(x)
            y = wide_product(x, self["wide"])
            return y + self["bias"] if "bias" in self else y

    return HeldLinear


def rounding(module: Any, dtype: Any) -> tuple[int, float]:
    """(weights that `dtype` cannot hold exactly, the largest error relative to the
    layer's largest weight) of a quantized layer's values."""
    import mlx.core as mx

    rounded, worst, top = 0, 0.0, 0.0
    for rows in _row_chunks(module):
        exact = dequantized(module, rows)
        error = mx.abs(exact.astype(dtype).astype(mx.float32) - exact)
        stats = mx.sum(error > 0), mx.max(error), mx.max(mx.abs(exact))
        mx.eval(stats)
        rounded, worst, top = (
            rounded + stats[0].item(),
            max(worst, stats[1].item()),
            max(top, stats[2].item()),
        )
    return rounded, worst / max(top, 1e-30)


def base_form(model: Any) -> str:
    """The form a model's base computes in now: quantized, bf16 or float32."""
    import mlx.core as mx
    import mlx.nn as nn

    modules = [module for _, module in model.named_modules()]
    if any(isinstance(module, held_class()) for module in modules):
        return "float32"
    for module in modules:
        if isinstance(module, (nn.QuantizedLinear, nn.QuantizedEmbedding)):
            return "quantized"
    weights = [m.weight.dtype for _, m in model.named_modules() if isinstance(m, nn.Linear)]
    return "bf16" if weights and weights[0] == mx.bfloat16 else "float32"


def float32_bytes(module: Any) -> int:
    """The size of a quantized layer's weight once dequantized to float32."""
    return 4 * module.weight.shape[0] * module.weight.shape[1] * 32 // module.bits


def fits_in_memory(size: int) -> bool:
    """Whether `size` bytes leave enough of the device's memory for everything else."""
    memory = device_memory()
    return memory is None or size <= _DEQUANTIZE_MEMORY_SHARE * memory


def fit_to_device(model: Any, setting: str | None = None, training: bool = False) -> str | None:
    """Give a loaded model its base form (see the module's docstring), once, in place.

    The 4-bit QuantizedLinear and QuantizedEmbedding layers become Linear and Embedding
    layers holding their dequantized weights in the chosen type, and the other
    floating-point parameters (norms) take that type too. Call it before adding LoRA
    layers; an adapter trained on the result loads onto the quantized model unchanged.

    Args:
        model: an mlx-lm model (an `mlx.nn.Module`).
        setting: auto, quantized, bf16 or float32 (default: `BOBBY_BASE_FORM`, else auto).
        training: the model is about to be trained (`auto` chooses for that).

    Returns:
        A short note of what was done (for the progress header), or None if nothing was.
    """
    import mlx.core as mx
    import mlx.nn as nn
    from mlx.utils import tree_flatten, tree_unflatten

    quantized = [
        (name, module)
        for name, module in model.named_modules()
        if isinstance(module, (nn.QuantizedLinear, nn.QuantizedEmbedding))
    ]
    wide = sum(float32_bytes(module) for _, module in quantized)
    halves = all(module.scales.dtype == mx.bfloat16 for _, module in quantized)
    own_kernel = all(
        module.bits == 4
        and getattr(module, "mode", "affine") == "affine"
        and module.get("biases") is not None
        and module.scales.dtype in (mx.bfloat16, mx.float16)
        for _, module in quantized
    )
    form, why = choose_base_form(wide, setting, training, halves, own_kernel)
    if form == "quantized":
        return why
    if form == "float32" and mx.default_device() != mx.cpu:
        return hold(model) if quantized else None
    dtype = mx.bfloat16 if form == "bf16" else mx.float32
    rounded, worst = 0, 0.0
    for name, module in quantized:
        if form == "bf16":
            count, error = rounding(module, dtype)
            rounded, worst = rounded + count, max(worst, error)
        layer = dense(module, dtype)
        model.update_modules(tree_unflatten([(name, layer)]))
        # one layer at a time: the peak stays one layer wide (evaluating only this one:
        # the whole model's parameters, gathered once a layer, cost a cold start seconds)
        mx.eval(layer.parameters())
    narrow = any(
        mx.issubdtype(value.dtype, mx.floating) and value.dtype != dtype
        for _, value in tree_flatten(model.parameters())
    )
    if narrow:
        model.apply(
            lambda value: value.astype(dtype) if mx.issubdtype(value.dtype, mx.floating) else value
        )
    mx.eval(model.parameters())
    if not quantized and not narrow:
        return None
    where = "on the CPU" if mx.default_device() == mx.cpu else "on the GPU"
    note = f"{form} base {where} ({len(quantized)} quantized layers dequantized"
    if form == "float32":
        return note + ", exactly)"
    total = sum(module.weight.size * 32 // module.bits for _, module in quantized)
    return note + (
        f"; bf16 rounded {rounded / max(total, 1):.0%} of the weights, by at most "
        f"{worst:.1e} of a layer's largest)"
    )


def hold(model: Any) -> str:
    """The GPU's float32 form: linear layers become `HeldLinear` (4 bits and the exact
    values); embeddings, looked up a row at a time, stay 4-bit; activations keep the
    model's type.

    Returns:
        The note for the progress header.
    """
    import mlx.core as mx
    import mlx.nn as nn
    from mlx.utils import tree_unflatten

    held = held_class()
    linears = [
        (name, module)
        for name, module in model.named_modules()
        if type(module) is nn.QuantizedLinear
    ]
    halves = 0
    for name, module in linears:
        layer = held.holding(module)
        halves += layer.wide.dtype == mx.bfloat16
        model.update_modules(tree_unflatten([(name, layer)]))
        mx.eval(model.parameters())  # one layer at a time: the peak stays one layer wide
    how = f"{halves} as two exact bf16 halves" if halves else "in float32"
    return (
        f"float32 base on the GPU ({len(linears)} quantized layers dequantized exactly, "
        f"{how}, and kept 4-bit for one-row products)"
    )
