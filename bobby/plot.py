"""Line charts as PNG files, drawn with numpy and written with zlib.

bobby draws one kind of picture (loss curves after training), which does not justify
matplotlib and its dependencies in every install. A canvas of RGB pixels, lines,
markers, tick labels in a 5x7 bitmap font and a legend are all a loss curve needs.
"""

from __future__ import annotations

import itertools
import math
import struct
import zlib
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

# A 5x7 bitmap font: digits, letters and the punctuation of numbers, paths and model names.
_GLYPHS = {
    "0": ("01110", "10001", "10011", "10101", "11001", "10001", "01110"),
    "1": ("00100", "01100", "00100", "00100", "00100", "00100", "01110"),
    "2": ("01110", "10001", "00001", "00010", "00100", "01000", "11111"),
    "3": ("11110", "00001", "00001", "01110", "00001", "00001", "11110"),
    "4": ("00010", "00110", "01010", "10010", "11111", "00010", "00010"),
    "5": ("11111", "10000", "11110", "00001", "00001", "10001", "01110"),
    "6": ("00110", "01000", "10000", "11110", "10001", "10001", "01110"),
    "7": ("11111", "00001", "00010", "00100", "01000", "01000", "01000"),
    "8": ("01110", "10001", "10001", "01110", "10001", "10001", "01110"),
    "9": ("01110", "10001", "10001", "01111", "00001", "00010", "01100"),
    ".": ("00000", "00000", "00000", "00000", "00000", "01100", "01100"),
    "-": ("00000", "00000", "00000", "11111", "00000", "00000", "00000"),
    "+": ("00000", "00100", "00100", "11111", "00100", "00100", "00000"),
    " ": ("00000",) * 7,
    "a": ("00000", "00000", "01110", "00001", "01111", "10001", "01111"),
    "b": ("10000", "10000", "10110", "11001", "10001", "10001", "11110"),
    "c": ("00000", "00000", "01110", "10000", "10000", "10001", "01110"),
    "d": ("00001", "00001", "01101", "10011", "10001", "10001", "01111"),
    "e": ("00000", "00000", "01110", "10001", "11111", "10000", "01110"),
    "f": ("00110", "01001", "01000", "11100", "01000", "01000", "01000"),
    "g": ("00000", "01111", "10001", "10001", "01111", "00001", "01110"),
    "h": ("10000", "10000", "10110", "11001", "10001", "10001", "10001"),
    "i": ("00100", "00000", "01100", "00100", "00100", "00100", "01110"),
    "j": ("00010", "00000", "00110", "00010", "00010", "10010", "01100"),
    "k": ("10000", "10000", "10010", "10100", "11000", "10100", "10010"),
    "l": ("01100", "00100", "00100", "00100", "00100", "00100", "01110"),
    "m": ("00000", "00000", "11010", "10101", "10101", "10001", "10001"),
    "n": ("00000", "00000", "10110", "11001", "10001", "10001", "10001"),
    "o": ("00000", "00000", "01110", "10001", "10001", "10001", "01110"),
    "p": ("00000", "00000", "11110", "10001", "11110", "10000", "10000"),
    "q": ("00000", "00000", "01101", "10011", "01111", "00001", "00001"),
    "r": ("00000", "00000", "10110", "11001", "10000", "10000", "10000"),
    "s": ("00000", "00000", "01111", "10000", "01110", "00001", "11110"),
    "t": ("01000", "01000", "11100", "01000", "01000", "01001", "00110"),
    "u": ("00000", "00000", "10001", "10001", "10001", "10011", "01101"),
    "v": ("00000", "00000", "10001", "10001", "10001", "01010", "00100"),
    "w": ("00000", "00000", "10001", "10001", "10101", "10101", "01010"),
    "x": ("00000", "00000", "10001", "01010", "00100", "01010", "10001"),
    "y": ("00000", "00000", "10001", "10001", "01111", "00001", "01110"),
    "z": ("00000", "00000", "11111", "00010", "00100", "01000", "11111"),
    "A": ("01110", "10001", "10001", "10001", "11111", "10001", "10001"),
    "B": ("11110", "10001", "10001", "11110", "10001", "10001", "11110"),
    "C": ("01110", "10001", "10000", "10000", "10000", "10001", "01110"),
    "D": ("11100", "10010", "10001", "10001", "10001", "10010", "11100"),
    "E": ("11111", "10000", "10000", "11110", "10000", "10000", "11111"),
    "F": ("11111", "10000", "10000", "11110", "10000", "10000", "10000"),
    "G": ("01110", "10001", "10000", "10111", "10001", "10001", "01111"),
    "H": ("10001", "10001", "10001", "11111", "10001", "10001", "10001"),
    "I": ("01110", "00100", "00100", "00100", "00100", "00100", "01110"),
    "J": ("00111", "00010", "00010", "00010", "00010", "10010", "01100"),
    "K": ("10001", "10010", "10100", "11000", "10100", "10010", "10001"),
    "L": ("10000", "10000", "10000", "10000", "10000", "10000", "11111"),
    "M": ("10001", "11011", "10101", "10101", "10001", "10001", "10001"),
    "N": ("10001", "10001", "11001", "10101", "10011", "10001", "10001"),
    "O": ("01110", "10001", "10001", "10001", "10001", "10001", "01110"),
    "P": ("11110", "10001", "10001", "11110", "10000", "10000", "10000"),
    "Q": ("01110", "10001", "10001", "10001", "10101", "10010", "01101"),
    "R": ("11110", "10001", "10001", "11110", "10100", "10010", "10001"),
    "S": ("01111", "10000", "10000", "01110", "00001", "00001", "11110"),
    "T": ("11111", "00100", "00100", "00100", "00100", "00100", "00100"),
    "U": ("10001", "10001", "10001", "10001", "10001", "10001", "01110"),
    "V": ("10001", "10001", "10001", "10001", "10001", "01010", "00100"),
    "W": ("10001", "10001", "10001", "10101", "10101", "10101", "01010"),
    "X": ("10001", "10001", "01010", "00100", "01010", "10001", "10001"),
    "Y": ("10001", "10001", "10001", "01010", "00100", "00100", "00100"),
    "Z": ("11111", "00001", "00010", "00100", "01000", "10000", "11111"),
    "/": ("00000", "00001", "00010", "00100", "01000", "10000", "00000"),
    "_": ("00000", "00000", "00000", "00000", "00000", "00000", "11111"),
    ":": ("00000", "01100", "01100", "00000", "01100", "01100", "00000"),
    "(": ("00010", "00100", "01000", "01000", "01000", "00100", "00010"),
    ")": ("01000", "00100", "00010", "00010", "00010", "00100", "01000"),
    ",": ("00000", "00000", "00000", "00000", "01100", "00100", "01000"),
    "=": ("00000", "00000", "11111", "00000", "11111", "00000", "00000"),
    "?": ("01110", "10001", "00001", "00010", "00100", "00000", "00100"),
    "@": ("01110", "10001", "00001", "01101", "10101", "10101", "01110"),
}
_SCALE = 2  # pixels per font dot
_CHAR_W, _CHAR_H = 6 * _SCALE, 7 * _SCALE

WHITE = (255, 255, 255)
GREY = (225, 225, 225)
BLACK = (40, 40, 40)
BLUE = (31, 119, 180)
ORANGE = (255, 127, 14)


@dataclass
class Series:
    """One named curve; `markers` draws a dot at each point (for sparse series)."""

    name: str
    xs: Sequence[float]
    ys: Sequence[float]
    color: tuple[int, int, int]
    markers: bool = False


def _nice_ticks(low: float, high: float, count: int = 5) -> list[float]:
    """Round tick values (1, 2 or 5 times a power of ten) from at most `low` to at least `high`."""
    if high <= low:
        high = low + 1.0
    raw = (high - low) / count
    power = 10 ** math.floor(math.log10(raw))
    step = next(factor * power for factor in (1, 2, 5, 10) if factor * power >= raw)
    first, last = math.floor(low / step + 1e-9), math.ceil(high / step - 1e-9)
    return [index * step for index in range(first, last + 1)]


def _label(value: float) -> str:
    return f"{value:.4g}"


class _Canvas:
    def __init__(self, width: int, height: int) -> None:
        self.pixels = np.full((height, width, 3), WHITE, np.uint8)

    def rect(self, x0: int, y0: int, x1: int, y1: int, color: tuple[int, int, int]) -> None:
        height, width, _ = self.pixels.shape
        self.pixels[max(y0, 0) : min(y1, height), max(x0, 0) : min(x1, width)] = color

    def line(
        self,
        x0: float,
        y0: float,
        x1: float,
        y1: float,
        color: tuple[int, int, int],
        width: int = 2,
    ) -> None:
        samples = int(max(abs(x1 - x0), abs(y1 - y0)) * 2) + 2
        xs = np.rint(np.linspace(x0, x1, samples)).astype(int)
        ys = np.rint(np.linspace(y0, y1, samples)).astype(int)
        height, frame_width, _ = self.pixels.shape
        for dx in range(width):
            for dy in range(width):
                keep = (
                    (xs + dx >= 0) & (xs + dx < frame_width) & (ys + dy >= 0) & (ys + dy < height)
                )
                self.pixels[ys[keep] + dy, xs[keep] + dx] = color

    def text(self, x: int, y: int, text: str, color: tuple[int, int, int] = BLACK) -> None:
        for index, char in enumerate(text):
            for row, bits in enumerate(_GLYPHS.get(char, _GLYPHS["?"])):
                for col, bit in enumerate(bits):
                    if bit == "1":
                        left, top = x + index * _CHAR_W + col * _SCALE, y + row * _SCALE
                        self.rect(left, top, left + _SCALE, top + _SCALE, color)

    def png(self) -> bytes:
        height, width, _ = self.pixels.shape
        rows = np.concatenate(
            [np.zeros((height, 1), np.uint8), self.pixels.reshape(height, width * 3)], axis=1
        )

        def chunk(kind: bytes, data: bytes) -> bytes:
            return (
                struct.pack(">I", len(data))
                + kind
                + data
                + struct.pack(">I", zlib.crc32(kind + data))
            )

        header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
        return (
            b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(rows.tobytes(), 9))
            + chunk(b"IEND", b"")
        )


def line_chart(
    series: Sequence[Series],
    x_label: str = "step",
    y_label: str = "loss",
    width: int = 800,
    height: int = 480,
    title: str = "",
) -> bytes:
    """A PNG of `series` on shared axes, with ticks, grid, axis labels and a legend.

    Args:
        series: the curves; empty ones are left out.
        x_label, y_label: axis names.
        width, height: the picture's size in pixels.
        title: a line above the chart (shortened at the front to fit; characters the
            built-in font lacks are drawn as "?").

    Returns:
        The PNG file's bytes.
    """
    shown = [item for item in series if len(item.xs)]
    xs = [float(x) for item in shown for x in item.xs]
    ys = [float(y) for item in shown for y in item.ys if math.isfinite(float(y))]
    x_ticks = _nice_ticks(min(xs, default=0.0), max(xs, default=1.0))
    y_ticks = _nice_ticks(min(ys, default=0.0), max(ys, default=1.0))
    x_low, x_high, y_low, y_high = x_ticks[0], x_ticks[-1], y_ticks[0], y_ticks[-1]
    heading = _CHAR_H + 8 if title else 0
    left, right, top, bottom = (
        16 + 8 * _CHAR_W,
        width - 16 - 3 * _CHAR_W,
        24 + _CHAR_H + heading,
        height - 24 - 2 * _CHAR_H,
    )

    def px(x: float) -> float:
        return left + (x - x_low) / ((x_high - x_low) or 1.0) * (right - left)

    def py(y: float) -> float:
        return bottom - (y - y_low) / ((y_high - y_low) or 1.0) * (bottom - top)

    canvas = _Canvas(width, height)
    for tick in x_ticks:
        canvas.line(px(tick), top, px(tick), bottom, GREY, 1)
        label = _label(tick)
        canvas.text(int(px(tick)) - len(label) * _CHAR_W // 2, bottom + 8, label)
    for tick in y_ticks:
        canvas.line(left, py(tick), right, py(tick), GREY, 1)
        label = _label(tick)
        canvas.text(left - 8 - len(label) * _CHAR_W, int(py(tick)) - _CHAR_H // 2, label)
    canvas.line(left, top, left, bottom, BLACK)
    canvas.line(left, bottom, right, bottom, BLACK)
    canvas.text((left + right - len(x_label) * _CHAR_W) // 2, height - 8 - _CHAR_H, x_label)
    canvas.text(8, 8 + heading, y_label)
    if title:
        fits = (width - 16) // _CHAR_W
        shown_title = title if len(title) <= fits else "..." + title[len(title) - fits + 3 :]
        canvas.text((width - len(shown_title) * _CHAR_W) // 2, 8, shown_title)
    for item in shown:
        points = [
            (px(float(x)), py(float(y)))
            for x, y in zip(item.xs, item.ys, strict=True)
            if math.isfinite(float(y))
        ]
        for (x0, y0), (x1, y1) in itertools.pairwise(points):
            canvas.line(x0, y0, x1, y1, item.color)
        if item.markers or len(points) == 1:
            for x, y in points:
                canvas.rect(int(x) - 3, int(y) - 3, int(x) + 4, int(y) + 4, item.color)
    legend_x = right - 4 - max((len(item.name) for item in shown), default=0) * _CHAR_W - 36
    for row, item in enumerate(shown):
        y = top + 8 + row * (_CHAR_H + 8)
        canvas.rect(legend_x, y + _CHAR_H // 2 - 2, legend_x + 28, y + _CHAR_H // 2 + 2, item.color)
        canvas.text(legend_x + 36, y, item.name)
    return canvas.png()
