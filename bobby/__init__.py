"""bobby: turn your Twitter/X archive into a bot that posts like you on Bluesky.

The same pipeline as the `bobby` command, as functions that take options dataclasses and
return data (nothing prints; long steps report `bobby.progress.Progress` events)::

    import bobby

    bobby.export(["twitter.zip"], "data/posts.jsonl")
    bobby.prep(bobby.PrepOptions())
    bobby.train(bobby.TrainOptions(iters=50))
    generation = bobby.generate(bobby.GenerateOptions(), bobby.GateOptions())
    print(generation.best()[0].text)

None of these modules imports MLX, datasets or atproto until a function needs it, so
`import bobby` (and `bobby --help`) stay quick.
"""

__version__ = "0.1.0"

from bobby.adapters import AdapterDir
from bobby.bluesky.session import BlueskyOptions
from bobby.candidates import Candidate
from bobby.errors import BobbyError
from bobby.evaluate import EvalOptions, evaluate
from bobby.export import export
from bobby.gate import GateOptions, GateRejected
from bobby.generate import GenerateOptions, Generation, Generator, generate
from bobby.layout import Layout
from bobby.models import load
from bobby.post import post
from bobby.prep import PrepOptions, prep
from bobby.progress import Progress
from bobby.train import TrainOptions, train

__all__ = [
    "AdapterDir",
    "BlueskyOptions",
    "BobbyError",
    "Candidate",
    "EvalOptions",
    "GateOptions",
    "GateRejected",
    "GenerateOptions",
    "Generation",
    "Generator",
    "Layout",
    "PrepOptions",
    "Progress",
    "TrainOptions",
    "__version__",
    "evaluate",
    "export",
    "generate",
    "load",
    "post",
    "prep",
    "train",
]
