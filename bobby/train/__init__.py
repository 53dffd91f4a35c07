"""`bobby train`: a LoRA (or DoRA) adapter on the prepared posts, with mlx-lm in-process.

The adapter folder it writes is mlx-lm's own (adapters.safetensors, adapter_config.json),
so `mlx_lm.load(base, adapter_path=...)` and `mlx_lm.generate --adapter-path` use it as
is; bobby adds metrics.jsonl, loss.png and resumable checkpoints. The base model is never
changed on disk: on the CPU it is dequantized in memory for speed (see bobby.backend),
and the adapter trained on it applies unchanged to the 4-bit weights.

The package imports a public name when it is first asked for (`bobby.lazy`): `bobby
--help` imports `bobby.train.options`, of which `bobby train`'s flags are made, and needs
none of the training run's code (`bobby.train.run`).
"""

from bobby import lazy

__all__ = lazy.exports(
    __name__,
    {
        "TrainOptions": "bobby.train.options",
        "TrainResult": "bobby.train.run",
        "train": "bobby.train.run",
        "train_settings": "bobby.train.options",
    },
)
