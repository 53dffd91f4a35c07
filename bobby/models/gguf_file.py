"""Reading a GGUF file's header: which tensors it holds, in which types, and where.

MLX's GGUF loader (`mx.load`) converts the tensors it knows, but it cannot say which type
a tensor had in the file: a Q6_K tensor arrives dequantized and a BF16 one narrowed to
float16, both looking like plain F16. So bobby reads the header itself first, with the
standard library, and hands a file to MLX only once every tensor is of a type it keeps
exactly and every tensor's bytes lie inside the file (older MLX releases read past the
end of a truncated download).
"""

from __future__ import annotations

import os
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from bobby.errors import ModelError

# ggml's tensor type ids (ggml.h, `enum ggml_type`), for naming them in messages.
TYPE_NAMES = {
    0: "F32", 1: "F16", 2: "Q4_0", 3: "Q4_1", 6: "Q5_0", 7: "Q5_1", 8: "Q8_0", 9: "Q8_1",
    10: "Q2_K", 11: "Q3_K", 12: "Q4_K", 13: "Q5_K", 14: "Q6_K", 15: "Q8_K",
    16: "IQ2_XXS", 17: "IQ2_XS", 18: "IQ3_XXS", 19: "IQ1_S", 20: "IQ4_NL", 21: "IQ3_S",
    22: "IQ2_S", 23: "IQ4_XS", 24: "I8", 25: "I16", 26: "I32", 27: "I64", 28: "F64",
    29: "IQ1_M", 30: "BF16", 34: "TQ1_0", 35: "TQ2_0", 39: "MXFP4",
}  # fmt: skip

# The types bobby imports without changing a single weight: (weights per block, bytes
# per block). MLX reads Q4_0, Q4_1 and Q8_0 as its own affine quantization with groups
# of 32 (bits 4, 4 and 8), F16 and F32 as they are.
SUPPORTED = {0: (1, 4), 1: (1, 2), 2: (32, 18), 3: (32, 20), 8: (32, 34)}

# GGUF metadata value types: struct format of a scalar, or None for string/array.
_SCALARS = {0: "B", 1: "b", 2: "H", 3: "h", 4: "I", 5: "i", 6: "f", 7: "?", 10: "Q", 11: "q", 12: "d"}  # fmt: skip
_STRING, _ARRAY = 8, 9


@dataclass(frozen=True)
class TensorInfo:
    """One tensor as the header describes it (shape in ggml order: fastest dim first)."""

    name: str
    shape: tuple[int, ...]
    type: int
    offset: int

    @property
    def type_name(self) -> str:
        return TYPE_NAMES.get(self.type, f"type {self.type}")


@dataclass(frozen=True)
class Header:
    version: int
    tensors: list[TensorInfo]
    data_offset: int


# ggml tensors have at most four dimensions (GGML_MAX_DIMS).
MAX_DIMS = 4


class _Reader:
    """Reads the header's fields; every length it is given is checked against what is
    left of the file before anything is allocated for it, so a corrupt or hostile
    header is one clear error, never a multi-gigabyte allocation."""

    def __init__(self, handle: BinaryIO, path: Path) -> None:
        self.handle = handle
        self.path = path
        self.size = os.fstat(handle.fileno()).st_size

    def _left(self) -> int:
        return self.size - self.handle.tell()

    def take(self, fmt: str) -> tuple:
        fmt = "<" + fmt  # little-endian, no padding between fields
        size = struct.calcsize(fmt)
        raw = self.handle.read(size)
        if len(raw) != size:
            raise ModelError(f"{self.path}: truncated GGUF file (header ends early)")
        return struct.unpack(fmt, raw)

    def string(self) -> str:
        (length,) = self.take("Q")
        if length > self._left():
            raise ModelError(
                f"{self.path}: not a valid GGUF file (a header string claims {length:,} bytes, "
                f"more than the {self._left():,} left in the file)"
            )
        raw = self.handle.read(length)
        if len(raw) != length:
            raise ModelError(f"{self.path}: truncated GGUF file (header ends early)")
        return raw.decode("utf-8", errors="replace")

    def skip_value(self, kind: int) -> object:
        """Consume one metadata value; returns scalars (the alignment is one)."""
        if kind in _SCALARS:
            return self.take(_SCALARS[kind])[0]
        if kind == _STRING:
            return self.string()
        if kind == _ARRAY:
            item, count = self.take("IQ")
            if item in _SCALARS:
                size = struct.calcsize("<" + _SCALARS[item]) * count
                if size > self._left():
                    raise ModelError(f"{self.path}: truncated GGUF file (header ends early)")
                self.handle.seek(size, 1)
            else:
                for _ in range(count):
                    self.skip_value(item)
            return None
        raise ModelError(f"{self.path}: not a valid GGUF file (unknown metadata type {kind})")


def read_header(path: Path) -> Header:
    """The tensor directory of a GGUF file, checked to lie within the file.

    Raises:
        ModelError: not a GGUF file, an unsupported GGUF version, or a truncated file.
    """
    try:
        handle = path.open("rb")
    except FileNotFoundError:
        raise ModelError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise ModelError(f"{path}: is a folder, not a .gguf file") from None
    with handle:
        reader = _Reader(handle, path)
        if handle.read(4) != b"GGUF":
            raise ModelError(f"{path}: not a GGUF file")
        (version,) = reader.take("I")
        if version not in (2, 3):
            raise ModelError(f"{path}: GGUF version {version} is not supported (only 2 and 3)")
        tensor_count, kv_count = reader.take("QQ")
        alignment = 32
        for _ in range(kv_count):
            key = reader.string()
            (kind,) = reader.take("I")
            value = reader.skip_value(kind)
            if key == "general.alignment" and isinstance(value, int):
                alignment = value
        tensors = []
        for _ in range(tensor_count):
            name = reader.string()
            (ndim,) = reader.take("I")
            if ndim > MAX_DIMS:
                raise ModelError(
                    f"{path}: not a valid GGUF file (tensor {name} has {ndim:,} dimensions, "
                    f"at most {MAX_DIMS} are possible)"
                )
            shape = reader.take("Q" * ndim)
            kind, offset = reader.take("IQ")
            tensors.append(TensorInfo(name, tuple(shape), kind, offset))
        position = handle.tell()
        data_offset = position + (-position) % alignment
        size = path.stat().st_size
    header = Header(version, tensors, data_offset)
    for tensor in tensors:
        if tensor.type in SUPPORTED and data_offset + tensor.offset + nbytes(tensor) > size:
            raise ModelError(
                f"{path}: truncated GGUF file (tensor {tensor.name} ends past the end)"
            )
    return header


def nbytes(tensor: TensorInfo) -> int:
    """Bytes a tensor of a supported type takes in the file."""
    per_block, block_bytes = SUPPORTED[tensor.type]
    count = 1
    for dim in tensor.shape:
        count *= dim
    return -(-count // per_block) * block_bytes
