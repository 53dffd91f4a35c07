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

from bobby import lazy

__version__ = "0.1.0"

# Imported on first use, so that `import bobby` (which every command pays through
# `bobby.cli`) does not import the pipeline: `bobby --version` needs none of it.
__all__ = [
    "__version__",
    *lazy.exports(
        __name__,
        {
            "AdapterDir": "bobby.adapters",
            "BlueskyOptions": "bobby.bluesky.session",
            "BobbyError": "bobby.errors",
            "Candidate": "bobby.candidates",
            "EvalOptions": "bobby.options",
            "GateOptions": "bobby.options",
            "GateRejected": "bobby.gate",
            "GenerateOptions": "bobby.options",
            "Generation": "bobby.generate",
            "Generator": "bobby.generate",
            "Layout": "bobby.layout",
            "PrepOptions": "bobby.prep",
            "Progress": "bobby.progress",
            "TrainOptions": "bobby.train",
            "evaluate": "bobby.evaluate",
            "export": "bobby.export",
            "generate": "bobby.generate",
            "load": "bobby.models",
            "post": "bobby.post",
            "prep": "bobby.prep",
            "train": "bobby.train",
        },
    ),
]
