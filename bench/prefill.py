"""Peak memory of reading many long prompts at once: `bobby.decode` reads prompts at most
PREFILL_TOKENS positions a graph, against all of them in one graph (what it did before),
in one run on the same model.

    python bench/prefill.py --model DIR [--rows 64] [--prompt-tokens 150] [--limits 4096,0]

`--limits`: PREFILL_TOKENS values to try; 0 reads every prompt whole in one graph. Each
variant decodes two tokens per row from random prompts; the peak is MLX's own count.
"""

from __future__ import annotations

import argparse
import time

from bobby import backend

backend.prepare()  # OpenBLAS before MLX is imported, as bobby's own commands do

import mlx.core as mx  # noqa: E402

from bobby import decode  # noqa: E402
from bobby.models import load  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", required=True, help="a model folder (e.g. the imported SmolLM2)")
    parser.add_argument("--rows", type=int, default=64)
    parser.add_argument("--prompt-tokens", type=int, default=150)
    parser.add_argument("--limits", default="4096,0")
    args = parser.parse_args()
    print(
        f"$ python bench/prefill.py --model {args.model} --rows {args.rows} "
        f"--prompt-tokens {args.prompt_tokens} --limits {args.limits}"
    )
    loaded = load(args.model)
    vocabulary = loaded.model.args.vocab_size
    mx.random.seed(0)
    prompts = mx.random.randint(0, vocabulary, (args.rows, args.prompt_tokens)).tolist()
    first = None
    for limit in (int(value) for value in args.limits.split(",")):
        decode.PREFILL_TOKENS = limit or args.rows * args.prompt_tokens
        mx.clear_cache()
        mx.reset_peak_memory()
        start = time.perf_counter()
        tokens = [d.tokens for d in decode.decode(loaded.model, loaded.tokenizer, prompts, 2)]
        seconds = time.perf_counter() - start
        first = first or tokens
        print(
            f"PREFILL_TOKENS {decode.PREFILL_TOKENS:>7,}: peak {mx.get_peak_memory() / 1e9:6.2f} GB, "
            f"{seconds:6.1f} s, same tokens as the first variant: {tokens == first}"
        )


if __name__ == "__main__":
    main()
