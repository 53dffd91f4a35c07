"""Making MLX fast on whatever it runs on: Metal, CUDA or the CPU, through one code path.

On a GPU, MLX is fast as it comes and 4-bit weights are what makes it fast, so nothing is
changed there. On the CPU two things make the mlx[cpu] wheel slow: it bundles the
reference BLAS, and MLX's quantized matmul on the CPU is slower still. bobby fixes both
without touching a single weight value:

- `prepare()` loads OpenBLAS with RTLD_GLOBAL before MLX is first imported. libmlx.so
  leaves `cblas_sgemm` and friends undefined and the dynamic linker searches the global
  scope before libmlx's own dependencies, so OpenBLAS takes over every BLAS call MLX makes
  (a 1024x1024 float32 matmul: 20x faster on a 2-core machine). Loaded after MLX, it
  would change nothing, which is why every model-using function calls `prepare()` first.
- `fit_to_device(model)` turns 4-bit layers into float32 dense layers on the CPU. Dequantizing
  is exact (each weight becomes the value the quantized kernel computes with) and adapters
  stay separate, so this is not the fuse-and-requantize that the design forbids.
  float32, not bfloat16: MLX's CPU matmul has no fast bfloat16 path (8x slower measured).

Together they make LoRA training of SmolLM2-135M on a busy 2-core CPU 9-14x faster than
plain mlx-lm on the 4-bit model, more with both cores free (bench/train_cpu.py).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

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

# Above this share of physical memory, a float32 copy of the weights would crowd out
# everything else; such a model stays quantized (and slow) on the CPU.
_DEQUANTIZE_MEMORY_SHARE = 0.5

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


def dense(module: Any) -> Any:
    """The float32 dense twin of a QuantizedLinear or QuantizedEmbedding."""
    import mlx.core as mx
    import mlx.nn as nn

    biases = module.get("biases")
    # In float32 the products scale * q + bias are the exact values of the 4-bit weights;
    # done in float16 (the scales' own type in GGUF imports) they would be rounded.
    weight = mx.dequantize(
        module.weight,
        module.scales.astype(mx.float32),
        None if biases is None else biases.astype(mx.float32),
        group_size=module.group_size,
        bits=module.bits,
        mode=getattr(module, "mode", "affine"),
    ).astype(mx.float32)
    if isinstance(module, nn.QuantizedEmbedding):
        dense = nn.Embedding(*weight.shape)
    else:
        dense = nn.Linear(weight.shape[1], weight.shape[0], bias="bias" in module)
        if "bias" in module:
            dense.bias = module.bias.astype(mx.float32)
    dense.weight = weight
    return dense


def float32_bytes(module: Any) -> int:
    """The size of a quantized layer's weight once dequantized to float32."""
    return 4 * module.weight.shape[0] * module.weight.shape[1] * 32 // module.bits


def fits_in_memory(size: int) -> bool:
    """Whether `size` bytes leave enough of the RAM for everything else."""
    memory = physical_memory()
    return memory is None or size <= _DEQUANTIZE_MEMORY_SHARE * memory


def fit_to_device(model: Any) -> str | None:
    """Make a loaded model fast where MLX computes; on a GPU it is left as it is.

    On the CPU, 4-bit QuantizedLinear and QuantizedEmbedding layers become float32
    Linear and Embedding layers holding exactly the dequantized weights, and the other
    floating-point parameters (norms) become float32 too. Call it before adding LoRA
    layers; the adapter trained on the result loads onto the quantized model unchanged.

    Args:
        model: an mlx-lm model (an `mlx.nn.Module`).

    Returns:
        A short note of what was changed (for the display), or None if nothing was.
    """
    import mlx.core as mx
    import mlx.nn as nn
    from mlx.utils import tree_flatten, tree_unflatten

    if mx.default_device() != mx.cpu:
        return None
    quantized = [
        (name, module)
        for name, module in model.named_modules()
        if isinstance(module, (nn.QuantizedLinear, nn.QuantizedEmbedding))
    ]
    float_bytes = sum(float32_bytes(module) for _, module in quantized)
    if not fits_in_memory(float_bytes):
        return f"kept quantized on the CPU: float32 weights would need {float_bytes / 1e9:.1f} GB"
    if quantized:
        model.update_modules(tree_unflatten([(name, dense(module)) for name, module in quantized]))
    narrow = any(
        mx.issubdtype(value.dtype, mx.floating) and value.dtype != mx.float32
        for _, value in tree_flatten(model.parameters())
    )
    if narrow:
        model.apply(
            lambda value: (
                value.astype(mx.float32) if mx.issubdtype(value.dtype, mx.floating) else value
            )
        )
    mx.eval(model.parameters())
    if not quantized and not narrow:
        return None
    return f"float32 on the CPU ({len(quantized)} quantized layers dequantized, exactly)"
