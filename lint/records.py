"""Immutable records declared like ``typing.NamedTuple`` classes, without importing
typing: that import costs 2 ms of every run, a quarter of bare Python's start-up."""

from collections import namedtuple


def record(cls: type) -> type:
    """The class as a named tuple: its annotated names are the fields, in order, a value
    in the class body is that field's default, and its docstring and methods stay."""
    body = dict(cls.__dict__)
    fields = tuple(body.get("__annotations__", {}))
    defaults = [body.pop(name) for name in fields if name in body]
    if any(name in cls.__dict__ for name in fields[: len(fields) - len(defaults)]):
        raise TypeError(f"{cls.__name__}: a field without a default follows one with a default")
    base = namedtuple(cls.__name__, fields, defaults=defaults, module=cls.__module__)
    for name in ("__dict__", "__weakref__"):
        body.pop(name, None)
    return type(cls.__name__, (base,), {**body, "__slots__": (), "__reduce__": _as_tuple})


def _as_tuple(self) -> tuple:
    """Pickled as the plain tuple, rebuilt by ``tuple.__new__`` in C rather than by the
    named tuple's Python ``__new__``: results cross between processes a few dozen records
    at a time, and this makes ``--jobs`` measurably quicker."""
    return tuple.__new__, (type(self), tuple(self))
