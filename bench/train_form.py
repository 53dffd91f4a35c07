"""Benchmark: does an adapter trained on the bf16 form score as one trained on the exact values?

The GPU trains on the `bf16` base form (`bobby.train.form`): the 4-bit weights'
values rounded to bfloat16. The adapter then runs over the 4-bit base. This trains the
real SmolLM2-135M on the sample archive (the demo's settings, `--iters` steps, each
seed in `--seeds`) twice per seed, with everything else equal:

- `exact`: on the exact float32 values of the 4-bit weights (the CPU's own form);
- `bf16`: on the same values rounded to bfloat16 and held in float32 (a model folder
  written for it), so that the only difference is the rounding of the weights (on the
  CPU a bfloat16 model would compute 8x slower; on the GPU both forms compute in bf16);

then scores every adapter on the held-out posts (test and validation splits) over the
4-bit base with the adapter applied at run time (what `bobby generate` runs), and
prints each, the difference per seed and the spread between seeds.

    PYTHONPATH=$PWD python bench/train_form.py [--iters 50] [--seeds 0,1,2]
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bobby import backend  # noqa: E402

backend.prepare()


def rounded_copy(source: Path, folder: Path) -> Path:
    """`source` (a 4-bit mlx-lm folder) with every quantized layer dense, holding its
    exact values rounded to bfloat16, stored as float32."""
    import shutil

    import mlx.core as mx
    import mlx.nn as nn
    from mlx.utils import tree_unflatten
    from mlx_lm.utils import load_model, save_model

    model, config = load_model(source)
    for name, module in list(model.named_modules()):
        if isinstance(module, (nn.QuantizedLinear, nn.QuantizedEmbedding)):
            layer = backend.dense(module, mx.bfloat16)
            layer.weight = layer.weight.astype(mx.float32)
            model.update_modules(tree_unflatten([(name, layer)]))
    model.set_dtype(mx.float32)
    folder.mkdir(parents=True)
    save_model(folder, model)
    config.pop("quantization", None)
    config.pop("quantization_config", None)
    (folder / "config.json").write_text(json.dumps(config))
    for path in source.iterdir():
        if path.name.startswith("tokenizer") or path.name == "special_tokens_map.json":
            shutil.copy(path, folder / path.name)
    return folder


def held_out_loss(model_dir: Path, adapter: Path, data: Path) -> dict[str, float]:
    """Mean loss per post token of the test and validation posts, 4-bit base + adapter."""
    from mlx_lm.utils import load_model, load_tokenizer

    from bobby import runtime
    from bobby.evaluate import _test_set, nll
    from bobby.prompt import MAX_SEQ_LENGTH

    model, _ = load_model(model_dir)
    tokenizer = load_tokenizer(model_dir)
    runtime.attach(model, adapter)
    scores = {}
    for split in ("test", "valid"):
        from bobby.train.data import load_split
        from bobby.train.options import TrainOptions

        if split == "test":
            examples = _test_set(data, tokenizer, True)
        else:
            examples = load_split(data / "valid.jsonl", tokenizer, TrainOptions()).examples
        scores[split] = nll(model, examples, MAX_SEQ_LENGTH)[0]
    return scores


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--iters", type=int, default=50)
    parser.add_argument("--seeds", default="0,1,2")
    args = parser.parse_args()
    seeds = [int(s) for s in args.seeds.split(",")]
    import mlx.core as mx

    from bobby.demo import Demo
    from bobby.export import export
    from bobby.models import fetch_smollm2
    from bobby.prep import prep
    from bobby.sample import archive_path
    from bobby.train import train

    print(f"$ python bench/train_form.py --iters {args.iters} --seeds {args.seeds}")
    print(f"device: {mx.default_device()}, {platform.machine()}, mlx {mx.__version__}", flush=True)
    source = fetch_smollm2()
    with tempfile.TemporaryDirectory() as tmp:
        plan = Demo(Path(tmp) / "demo")
        export([archive_path()], plan.layout.posts)
        prep(plan.prep())
        forms = {"exact": source, "bf16": rounded_copy(source, Path(tmp) / "rounded")}
        results: dict[str, dict[int, dict[str, float]]] = {form: {} for form in forms}
        for seed in seeds:
            for form, model in forms.items():
                options = plan.train()
                options.iters, options.steps_per_eval, options.save_every = (args.iters,) * 3
                options.model, options.seed = str(model), seed
                options.adapter_path = Path(tmp) / f"adapter-{form}-{seed}"
                began = time.perf_counter()
                trained = train(options, force=True)
                scores = held_out_loss(source, options.adapter_path, plan.layout.data)
                results[form][seed] = scores
                print(
                    f"seed {seed} {form:5s}: trained {time.perf_counter() - began:.0f} s, "
                    f"val loss in training {trained.val_loss:.4f}; on the 4-bit base at run "
                    f"time: test {scores['test']:.4f}, valid {scores['valid']:.4f}",
                    flush=True,
                )
    print(
        f"\n{'split':6s} {'exact (per seed)':>28s} {'bf16 (per seed)':>28s} {'bf16 - exact':>24s}"
    )
    for split in ("test", "valid"):
        exact = [results["exact"][s][split] for s in seeds]
        rounded = [results["bf16"][s][split] for s in seeds]
        gaps = [r - e for r, e in zip(rounded, exact, strict=True)]
        print(
            f"{split:6s} {' '.join(f'{v:.4f}' for v in exact):>28s} "
            f"{' '.join(f'{v:.4f}' for v in rounded):>28s} "
            f"{' '.join(f'{v:+.4f}' for v in gaps):>24s}"
        )
        spread = statistics.stdev(exact) if len(exact) > 1 else float("nan")
        print(
            f"{'':6s} mean gap {statistics.fmean(gaps):+.4f}; spread between seeds (stdev, "
            f"exact) {spread:.4f}"
        )


if __name__ == "__main__":
    main()
