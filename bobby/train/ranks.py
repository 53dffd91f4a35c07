"""Data-parallel training: which process this is, and what the processes agree on.

`mlx.launch -n 2 -- bobby train ...` (or `--hosts` for several machines, NCCL on several
GPUs) starts one bobby per process; MLX's distributed engine joins them in one group.
Every process loads the model and the data and takes its own rows of every batch
(`--batch-size` is the global batch); only rank 0 touches the adapter folder, so the
other machines need the data and the model but no adapter folder, not even to resume:
rank 0's settings, step and weights are sent to the others before the first step.

The loss is weighted by tokens across processes, so N processes compute the gradient of
the same global batch as one process would (mlx-lm's trainer averages per-process means
instead, which differs when the shards hold different numbers of tokens). A stop request
(Ctrl-C) on any process is agreed on at the next step, so all stop there together and
rank 0 writes one checkpoint.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from bobby.errors import InputError


@dataclass(frozen=True)
class World:
    """This process's place among the processes that train together."""

    rank: int = 0
    size: int = 1
    group: Any = None
    backend: Any = None  # bobby.backend.Backend, from readying MLX before joining

    @property
    def main(self) -> bool:
        """Rank 0: the one that writes files and reports."""
        return self.rank == 0

    def shard(self, indices: list[int]) -> list[int]:
        """This process's rows of a global batch."""
        return indices[self.rank :: self.size]


SINGLE = World()


@functools.cache
def world() -> World:
    """The group MLX's distributed engine set up (a group of one when not launched).

    The first call readies MLX (`bobby.backend.prepare`, which must come before mlx is
    imported) and keeps what it found, its one-time speed hint included, in `backend`.
    """
    from bobby.backend import prepare

    backend = prepare()
    import mlx.core as mx

    group = mx.distributed.init()
    if group.size() == 1:
        return World(backend=backend)
    return World(group.rank(), group.size(), group, backend)


def check_batch(world: World, batch_size: int) -> None:
    """The global batch must split evenly, so every process takes as many rows."""
    if batch_size % world.size:
        raise InputError(
            f"batch_size {batch_size} does not split over {world.size} processes; use a multiple of {world.size}"
        )


def _from_main(world: World, array: Any) -> Any:
    """Rank 0's value of `array` on every process (a sum in which the others add zeros)."""
    import mlx.core as mx

    mine = array if world.main else mx.zeros_like(array)
    return mx.distributed.all_sum(mine, group=world.group)


def share(world: World, value: Any) -> Any:
    """Rank 0's JSON-able `value` on every process."""
    if world.size == 1:
        return value
    import mlx.core as mx
    import numpy as np

    data = orjson.dumps(value, default=str) if world.main else b""
    length = int(_from_main(world, mx.array([len(data)], mx.int32)).item())
    codes = np.frombuffer(data.ljust(length, b"\0"), np.uint8).astype(np.int32)
    received = np.array(_from_main(world, mx.array(codes))).astype(np.uint8).tobytes()
    return orjson.loads(received)


def share_options(world: World, options: Any) -> Any:
    """Rank 0's training settings on every process (its adapter folder decides a resume)."""
    if world.size == 1:
        return options
    values = {f.name: getattr(options, f.name) for f in dataclasses.fields(options) if f.init}
    shared = type(options)(**share(world, values))
    shared.origins = options.origins  # rank 0's account of where each value came from
    return shared


def share_state(
    world: World, model: Any, optimizer: Any, start: int, grad: Any | None
) -> tuple[int, Any | None]:
    """Rank 0's step, adapter, optimizer state and accumulated gradient on every process.

    Rank 0 read them from a checkpoint (or initialised them); it sends their names,
    shapes and types, then each array (a sum to which the others add zeros), in its
    order, so the processes agree even where their own state trees would differ.
    """
    if world.size == 1:
        return start, grad
    import mlx.core as mx

    from bobby.train.checkpoints import load_state, state_arrays

    mine = state_arrays(model, optimizer, grad) if world.main else {}
    specs = share(
        world,
        {
            "start": start,
            "arrays": [[key, a.shape, str(a.dtype).rpartition(".")[2]] for key, a in mine.items()],
        },
    )
    received = {
        key: _from_main(world, mine[key] if world.main else mx.zeros(shape, getattr(mx, dtype)))
        for key, shape, dtype in specs["arrays"]
    }
    mx.eval(received)
    if world.main:
        return start, grad
    return specs["start"], load_state(Path("rank 0's state"), received, model, optimizer)


def loss_function(world: World) -> Callable[..., tuple[Any, Any]]:
    """mlx-lm's loss for one process; across processes, its share of the global mean.

    Each process returns its summed token losses over the global token count, times the
    number of processes, so that mlx's `average_gradients` yields the gradient of the
    global batch's mean loss, and the mean over processes of the returned loss is that
    loss. The token count returned is the global one.
    """
    from mlx_lm.tuner.trainer import default_loss

    if world.size == 1:
        return default_loss
    import mlx.core as mx

    def shared_loss(model: Any, batch: Any, lengths: Any) -> tuple[Any, Any]:
        loss, tokens = default_loss(model, batch, lengths)
        total = mx.distributed.all_sum(mx.stop_gradient(tokens), group=world.group)
        return loss * tokens * world.size / total, total

    return shared_loss


def mean_over(world: World, value: float) -> float:
    """The mean of `value` over the processes (the global batch's loss, given each
    process's share from `loss_function`)."""
    return sum_over(world, [value])[0] / world.size


def any_of(world: World, flag: bool) -> bool:
    """Whether any process says yes (was asked to stop): all then act on it together."""
    return sum_over(world, [float(flag)])[0] > 0


def sum_over(world: World, values: list[float]) -> list[float]:
    """Each value summed over the processes (validation's losses and token counts)."""
    if world.size == 1:
        return values
    import mlx.core as mx

    return mx.distributed.all_sum(mx.array(values), group=world.group).tolist()
