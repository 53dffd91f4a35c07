"""Packages whose public names are imported on first use (PEP 562).

Every `bobby` command imports `bobby.cli`, which imports the option dataclasses of the
library; a package `__init__` that imported its whole API would make `bobby --version`
pay for the model loader, the server and the training loop (0.3 s of a 0.35 s start-up
on a 2-core machine). So `bobby`, `bobby.models`, `bobby.serve` and `bobby.train` name
what they offer and where it lives, and import it when someone asks for it.

Some public names are also the names of submodules (`bobby.models.load` is the function
and the module that holds it); the import system records a submodule on its package when
it loads it, so such a package keeps the public name for what it exports instead.
"""

from __future__ import annotations

import importlib
import sys
import types
from collections.abc import Mapping


class _LazyPackage(types.ModuleType):
    _exports: Mapping[str, str]

    def __getattr__(self, name: str) -> object:
        where = self._exports.get(name)
        if where is None:
            raise AttributeError(f"module {self.__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(where), name)
        super().__setattr__(name, value)
        return value

    def __setattr__(self, name: str, value: object) -> None:
        if name in self._exports and isinstance(value, types.ModuleType):
            return  # a submodule of the same name being recorded: the export keeps it
        super().__setattr__(name, value)

    def __dir__(self) -> list[str]:
        return sorted({*self.__dict__, *self._exports})


def exports(package: str, names: Mapping[str, str]) -> list[str]:
    """Make `package`'s public names (name -> the module that defines it) importable
    on first use; returns the names, for `__all__`."""
    module = sys.modules[package]
    module.__dict__["_exports"] = dict(names)
    module.__class__ = _LazyPackage
    return list(names)
