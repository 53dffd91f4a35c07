"""Decoding several prompts at once, one compiled step per token over a fixed-size cache.

mlx-lm's decoding builds each token's graph in Python (every layer, every projection,
every adapter product), and on a fast GPU that host work, not the GPU, sets the rate
(BENCHMARKS.md: 2.7-4.2 ms of Python a token for an 8B model). A compiled step replays
one recorded graph instead, but only while every shape stays the same: mlx-lm's cache
grows and is sliced to its current length each token, so here every layer writes into
a buffer of fixed length (prompt + `max_tokens`) at a position held in an array (one
token as one fused select over the buffer), and attention reads the buffer up to that
position: on CUDA through `bobby.attention`'s kernel, elsewhere (and for the prompt)
through a mask. One graph per batch size and length then serves every token.

Prompts of different lengths are padded on the left, as mlx-lm's `batch_generate` does,
with each row's positions counted from its first real token, so a row computes what it
would alone. The model code is mlx-lm's own: `FixedCache` answers the same calls as its
caches (`offset`, `update_and_fetch`, `make_mask`).

A batch runs until its last row ends, and posts differ in length: a fine-tuned model's
are short, but one long row would keep all the ended ones computing. So once half of a
batch has ended, the rest move to a batch of half the size (cache rows copied), as often
as that happens; each row still computes what it would alone.

Each prompt gets the tokens mlx-lm's own loop (`generate_step`) gives it, greedy or
sampled, adapter applied (tests/test_decode.py): the prompt is read the way mlx-lm reads
it, all but its last token first, then the last token as the first decoding step.

Measured on an H200 (BENCHMARKS.md): compiling takes the host's share of a token from
4.5-5 ms to 1.2-2.4 ms; at batch 1 with the runtime adapter it decodes 1.2-2.8x as fast
as mlx-lm's loop with the same adapter, round for round in two runs (still below mlx-lm
without an adapter: 0.82x and 0.87x), so `bobby generate` uses it for one candidate too;
with a wide base (`bobby.backend`) 16 candidates decode 2.7-5x as fast as mlx-lm's
`batch_generate`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

Sampler = Callable[[Any], Any]
LogitsProcessor = Callable[[Any, Any], Any]


@dataclass
class Decoded:
    """What one prompt produced.

    Attributes:
        tokens: the generated token ids, the end-of-sequence token excluded.
        text: the tokens decoded.
        logprob: the mean log-probability of the generated tokens (None if none).
    """

    tokens: list[int]
    text: str
    logprob: float | None


class FixedCache:
    """One layer's keys and values in buffers of fixed length, written at `store["index"]`.

    The buffers live in `store` (shared by all layers) so that a compiled step can take
    them in and hand the updated ones back.
    """

    def __init__(self, store: dict[str, Any], layer: int, length: int, fused: bool) -> None:
        self.store = store
        self.layer = layer
        self.length = length
        self.fused = fused

    @property
    def offset(self) -> Any:
        """Each row's position: the write index less the row's left padding."""
        return self.store["index"] - self.store["padding"]

    def update_and_fetch(self, keys: Any, values: Any) -> tuple[Any, Any]:
        import mlx.core as mx

        store, layer = self.store, self.layer
        start = store["index"].reshape(1)
        if store["keys"][layer] is None:  # shaped by the first call: heads and head size
            batch, heads, _, size = keys.shape
            store["keys"][layer] = mx.zeros((batch, heads, self.length, size), keys.dtype)
            store["values"][layer] = mx.zeros(
                (batch, heads, self.length, values.shape[-1]), values.dtype
            )
        if keys.shape[2] == 1:
            # one position: a select over the buffer, fused with the position test into
            # one kernel (MLX's update at a position held in an array is two kernels on
            # CUDA, 16 microseconds a layer in a profile: BENCHMARKS.md)
            at = mx.arange(self.length)[:, None] == store["index"]
            store["keys"][layer] = mx.where(at, keys, store["keys"][layer])
            store["values"][layer] = mx.where(at, values, store["values"][layer])
        else:
            store["keys"][layer] = mx.slice_update(store["keys"][layer], keys, start, (2,))
            store["values"][layer] = mx.slice_update(store["values"][layer], values, start, (2,))
        return store["keys"][layer], store["values"][layer]

    def attend(self, queries: Any, keys: Any, values: Any, scale: float) -> Any:
        """Attention by the fill level (`bobby.attention`'s kernel) where it serves, else
        None: MLX's attention with the mask."""
        from bobby import attention

        if not self.fused or not attention.available(queries, keys):
            return None
        store = self.store
        return attention.attend(queries, keys, values, store["padding"], store["index"], scale)

    def make_mask(self, n: int, return_array: bool = False, window_size: int | None = None) -> Any:
        """Row b, query i sees keys from its first real token up to its own position."""
        import mlx.core as mx

        if window_size is not None:
            raise ValueError("sliding-window attention is not supported by bobby.decode")
        store = self.store
        keys = mx.arange(self.length)
        queries = store["index"] + mx.arange(n)
        causal = queries[:, None] >= keys[None]
        real = keys[None] >= store["padding"][:, None]
        return (causal[None] & real[:, None])[:, None]


# Where a model keeps its compiled steps (an attribute, so they live and die with it).
STEPS = "_bobby_decode_steps"

# Cache buffers are this many positions long, or a multiple: calls whose prompt and
# `max_tokens` round to the same length reuse one compiled step.
LENGTH_STEP = 64


# The most prompt positions (rows x positions) read in one graph. mlx-lm's models compute
# the vocabulary's logits at every position given, so 192 rows of long prompts read at
# once asked for 21 GB (SmolLM2's 49,152 words in float32); 4,096 positions are 0.8 GB.
PREFILL_TOKENS = 4096


def compiles(rows: int) -> bool:
    """Whether a step of `rows` rows is compiled: on a GPU always; on the CPU only for a
    batch. There a compiled step's first use of each shape runs the C++ compiler (a cold
    `bobby generate -n 1` took 45 s compiled and 17 s not, BENCHMARKS.md), for a step
    that gains little at one row."""
    import mlx.core as mx

    return rows > 1 or mx.default_device() != mx.cpu


def _steps(
    model: Any, batch: int, length: int, fused: bool = True
) -> tuple[dict[str, Any], Callable, Callable]:
    """(store, plain step, compiled step) for `batch` rows of `length` positions, made once
    per model, shape and attention kind and kept on the model, so that later calls skip
    the compilation. `fused`: one-token attention by the fill level (`bobby.attention`)
    where the device has it.

    Both steps return the logits of each row's last position and advance the index; the
    compiled one takes the cache arrays from `store` and writes the new ones back.
    """
    import mlx.core as mx

    kept = model.__dict__.setdefault(STEPS, {})
    if (batch, length, fused) not in kept:
        from bobby import attention

        attention.route(model)
        store: dict[str, Any] = {"keys": [], "values": [], "index": None, "padding": None}
        caches = [FixedCache(store, layer, length, fused) for layer in range(len(model.layers))]

        def step(tokens: Any) -> Any:
            logits = model(tokens, cache=caches)[:, -1, :]
            store["index"] = store["index"] + tokens.shape[1]
            return logits

        kept[(batch, length, fused)] = (
            store,
            step,
            mx.compile(step, inputs=store, outputs=store),
        )
    return kept[(batch, length, fused)]


def decode(
    model: Any,
    tokenizer: Any,
    prompts: Sequence[Sequence[int]],
    max_tokens: int,
    sampler: Sampler | None = None,
    logits_processors: Sequence[LogitsProcessor] | None = None,
    compiled: bool | None = None,
    on_token: Callable[[int], None] | None = None,
    fused: bool = True,
) -> list[Decoded]:
    """Decode every prompt together, one batched step per token, until each has ended.

    Args:
        model: an mlx-lm model (adapter applied or not).
        tokenizer: its tokenizer (`eos_token_ids`, `decode`).
        prompts: token ids, one list per candidate.
        max_tokens: the most tokens to generate for each prompt.
        sampler: maps (batch, vocabulary) log-probabilities to token ids; greedy if None.
        logits_processors: mlx-lm's (tokens so far, logits) processors, applied per row.
        compiled: compile the step (False: the same graph built per token); None: where
            it pays (`compiles`).
        on_token: called with n after the n-th token of every row is known (progress).
        fused: one-token attention by the fill level where the device has the kernel
            (`bobby.attention`, CUDA); False: MLX's attention through the mask everywhere.

    Returns:
        One `Decoded` per prompt, in order.
    """
    import mlx.core as mx

    if not prompts or any(len(p) == 0 for p in prompts):
        raise ValueError("decode needs at least one prompt and no empty prompt")
    if compiled is None:
        compiled = compiles(len(prompts))
    width = max(len(p) for p in prompts)
    padding = [width - len(p) for p in prompts]
    rows = mx.array([[0] * pad + list(p) for pad, p in zip(padding, prompts, strict=True)])
    length = -(-(width + max_tokens) // LENGTH_STEP) * LENGTH_STEP
    batch = _Batch(model, list(range(len(prompts))), length, fused)
    batch.store.update(
        keys=[None] * len(model.layers),
        values=[None] * len(model.layers),
        index=mx.array(0, mx.int32),
        padding=mx.array(padding, mx.int32),
    )
    # All but the last token, uncompiled (its shape is the prompt's), a few positions at a
    # time: the model's output layer runs over every position it is given.
    chunk = max(1, PREFILL_TOKENS // len(prompts))
    for start in range(0, width - 1, chunk):
        batch.plain(rows[:, start : min(start + chunk, width - 1)])
        mx.eval(batch.store)

    history = [list(p) for p in prompts]
    eos = set(getattr(tokenizer, "eos_token_ids", ()) or ())

    def next_token(tokens: Any) -> tuple[Any, Any]:
        logits = batch.step(tokens, compiled)
        if logits_processors:
            logits = mx.concatenate(
                [
                    _process(logits_processors, history[prompt], logits[row : row + 1])
                    for row, prompt in enumerate(batch.rows)
                ]
            )
        logprobs = logits - mx.logsumexp(logits, axis=-1, keepdims=True)
        chosen = sampler(logprobs) if sampler else mx.argmax(logprobs, axis=-1)
        picked = mx.take_along_axis(logprobs, chosen[:, None], axis=-1)[:, 0]
        return chosen, picked

    out: list[list[int]] = [[] for _ in prompts]
    scores: list[list[float]] = [[] for _ in prompts]
    done = [False] * len(prompts)
    token, logprob = next_token(rows[:, -1:])
    mx.async_eval(token, logprob)
    for n in range(max_tokens):
        if not logits_processors and n + 1 < max_tokens:  # build the next step while this one runs
            following = next_token(token[:, None])
            mx.async_eval(*following)
        ids, values = token.tolist(), logprob.tolist()
        for prompt, tid, value in zip(batch.rows, ids, values, strict=True):
            if done[prompt]:
                continue
            if tid in eos:
                done[prompt] = True
                continue
            out[prompt].append(tid)
            scores[prompt].append(value)
            history[prompt].append(tid)
        if on_token:
            on_token(n + 1)
        if all(done) or n + 1 == max_tokens:
            break
        kept = batch.shrink(done)
        if logits_processors:
            following = next_token((token if kept is None else token[kept])[:, None])
        elif kept is not None:
            following = (following[0][kept], following[1][kept])
        token, logprob = following
    batch.release()
    return [
        Decoded(tokens, tokenizer.decode(tokens), sum(s) / len(s) if s else None)
        for tokens, s in zip(out, scores, strict=True)
    ]


class _Batch:
    """The rows still decoding (`rows`: their prompts' indices), their cache and steps.

    Once half of the rows have ended, the others move to a batch of half the size (the
    next power of two that holds them, topped up with ended rows), so that a batch whose
    posts are mostly short stops paying for the long ones' neighbours; each row computes
    what it would alone, so only the cost changes. Sizes are powers of two of the first,
    so a model compiles a handful of steps, kept for later calls.
    """

    def __init__(self, model: Any, rows: list[int], length: int, fused: bool) -> None:
        self.model, self.rows, self.length, self.fused = model, rows, length, fused
        self.store, self.plain, self.fast = _steps(model, len(rows), length, fused)

    def step(self, tokens: Any, compiled: bool) -> Any:
        # the buffers are made by the first call (a one-token prompt's first step)
        use = compiled and self.store["keys"][0] is not None
        return self.fast(tokens) if use else self.plain(tokens)

    def shrink(self, done: list[bool]) -> Any:
        """Move to a smaller batch if half of the rows have ended; returns the indices of
        the rows kept, for the caller's next tokens, or None if the batch stays."""
        import mlx.core as mx

        size = len(self.rows)
        live = [row for row, prompt in enumerate(self.rows) if not done[prompt]]
        if size == 1 or len(live) > size // 2:
            return None
        target = 1 << (len(live) - 1).bit_length()
        filler = [row for row in range(size) if done[self.rows[row]]][: target - len(live)]
        kept = mx.array(sorted(live + filler))
        old = self.store
        self.store, self.plain, self.fast = _steps(self.model, target, self.length, self.fused)
        self.store.update(
            keys=[k[kept] for k in old["keys"]],
            values=[v[kept] for v in old["values"]],
            index=old["index"],
            padding=old["padding"][kept],
        )
        self.rows = [self.rows[row] for row in kept.tolist()]
        old.update(keys=[None] * len(old["keys"]), values=[None] * len(old["values"]))
        return kept

    def release(self) -> None:
        """The compiled steps stay with the model for the next call; the buffers need not."""
        n = len(self.model.layers)
        self.store.update(keys=[None] * n, values=[None] * n)


def _process(processors: Sequence[LogitsProcessor], history: list[int], logits: Any) -> Any:
    import mlx.core as mx

    tokens = mx.array(history)
    for processor in processors:
        logits = processor(tokens, logits)
    return logits
