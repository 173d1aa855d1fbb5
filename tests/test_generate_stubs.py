"""The stub generator on small packages written for each case: what it keeps, drops, inlines and refuses.

The package's own stubs are checked elsewhere: `tests/test_registry.py` (they are current), `make typecheck`
(both checkers read them), `make stubtest` (they agree with the runtime).
"""

from __future__ import annotations

import ast
import textwrap
from pathlib import Path

import pytest

from scripts.generate_stubs import StubError, wanted_stubs


def write_package(root: Path, files: dict[str, str]) -> Path:
    """A package `lambda_events` under `root` with `files` (paths relative to the package) and empty
    `__init__.py` files for its folders; returns the package folder."""
    package = root / "lambda_events"
    for folder in (package, package / "types", package / "helpers"):
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "__init__.py").write_text('"""A folder."""\n', encoding="utf-8")
    for relative, text in files.items():
        (package / relative).write_text(textwrap.dedent(text), encoding="utf-8")
    return package


TYPES_ORDER = '''\
    """Orders."""

    from typing import TYPE_CHECKING, Any, Generic

    from lambda_events._typing import TypedDict

    if TYPE_CHECKING:
        from typing_extensions import TypeVar

        ItemT = TypeVar("ItemT", default=dict[str, Any])
    else:
        from typing import TypeVar

        ItemT = TypeVar("ItemT")

    __all__ = ["OrderDict"]


    class OrderDict(TypedDict, Generic[ItemT]):
        """An order."""

        item: ItemT
        """What was ordered."""
'''

TYPES_TYPING = '''\
    """The typing names."""

    from typing_extensions import TypedDict

    __all__ = ["TypedDict"]
'''


def stubs_of(tmp_path: Path, files: dict[str, str], types: tuple[str, ...] = ("order",)) -> dict[str, str]:
    """The generated stubs of a package made of `files`, keyed by path relative to the package."""
    package = write_package(tmp_path, {"_typing.py": TYPES_TYPING, **files})
    module_of: dict[str, str] = {}
    for module in types:
        tree = ast.parse((package / "types" / f"{module}.py").read_text(encoding="utf-8"))
        names = next(ast.literal_eval(node.value) for node in tree.body if isinstance(node, ast.Assign))
        module_of.update(dict.fromkeys(names, f"lambda_events.types.{module}"))
    for path in sorted((package / "helpers").glob("[!_]*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "__all__":
                module_of.update(dict.fromkeys(ast.literal_eval(node.value), f"lambda_events.helpers.{path.stem}"))
    types_modules = [f"lambda_events.types.{module}" for module in types]
    files_out = wanted_stubs(package, types_modules, module_of, tmp_path / "allowlist.txt")
    return {str(path.relative_to(package)) if path.is_relative_to(package) else path.name: text for path, text in files_out.items()}


def test_the_flat_root_takes_the_checkers_branch_and_the_docstrings(tmp_path: Path) -> None:
    stubs = stubs_of(tmp_path, {"types/order.py": TYPES_ORDER})
    root = stubs["__init__.pyi"]
    assert 'ItemT = TypeVar("ItemT", default=dict[str, Any])' in root
    assert 'TypeVar("ItemT")\n' not in root
    assert "from typing_extensions import TypeVar, TypedDict" in root
    assert '"""What was ordered."""' in root
    assert stubs["types/order.pyi"].endswith('from lambda_events import OrderDict as OrderDict\n\n__all__ = ["OrderDict"]\n')
    assert "lambda_events\\.ItemT  # defined by the flat stub" in stubs["allowlist.txt"]


def test_two_types_modules_may_share_a_definition_but_not_redefine_it(tmp_path: Path) -> None:
    same = TYPES_ORDER.replace("OrderDict", "ReturnDict")
    stubs = stubs_of(tmp_path / "same", {"types/order.py": TYPES_ORDER, "types/refund.py": same}, ("order", "refund"))
    assert stubs["__init__.pyi"].count("ItemT = TypeVar(") == 1
    different = same.replace('default=dict[str, Any]', "default=str")
    with pytest.raises(StubError, match="ItemT is also defined, differently"):
        stubs_of(tmp_path / "different", {"types/order.py": TYPES_ORDER, "types/refund.py": different}, ("order", "refund"))


HELPER = '''\
    """Reading orders."""

    from __future__ import annotations

    import json
    from typing import TYPE_CHECKING, Any, overload

    from lambda_events.helpers._shared import DEFAULT_NAME, Document
    from lambda_events.types.order import OrderDict

    if TYPE_CHECKING:
        from lambda_events.helpers._shared import ItemT

    __all__ = ["DEFAULT_NAME", "LIMIT", "Reader", "first", "read"]

    LIMIT = 64 * 1024
    """The most read."""


    class Reader:
        """Reads."""

        def __init__(self, name: str, strict: bool = False) -> None:
            """A reader called `name`."""
            self.name = name
            """Its name."""
            self.seen: list[str] = []
            self._cache = json.loads("{}")

        def _private(self) -> None:
            pass


    def first(items: list[ItemT]) -> ItemT:
        """The first item."""
        return items[0]


    @overload
    def read(order: OrderDict, *, type: None = None) -> Document: ...
    @overload
    def read(order: OrderDict, *, type: type[int]) -> int: ...
    def read(order: OrderDict, *, type: Any = None) -> Any:
        """Read an order."""
        return json.loads(order["item"])
'''

SHARED = '''\
    """Private building blocks."""

    import json
    from typing import TypeVar, Union

    ItemT = TypeVar("ItemT")

    DEFAULT_NAME = "order"
    """The name used when none is given."""

    Document = Union[str, "list[Document]", _Leaf]

    _Leaf = int


    def parse(text: str) -> object:
        return json.loads(text)
'''


def test_a_helper_stub_keeps_signatures_and_inlines_what_it_takes_from_private_modules(tmp_path: Path) -> None:
    stubs = stubs_of(
        tmp_path, {"types/order.py": TYPES_ORDER, "helpers/orders.py": HELPER, "helpers/_shared.py": SHARED}
    )
    stub = stubs["helpers/orders.pyi"]
    tree = ast.parse(stub)
    imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert imported == {"lambda_events", "typing"}  # no json, no private module
    assert "DEFAULT_NAME = 'order'" in stub and "Document = Union[" in stub and "_Leaf = int" in stub
    assert "def parse" not in stub and "_private" not in stub and "_cache" not in stub
    assert stub.count("@overload") == 2 and "type: None=..." in stub
    assert stub.count("Read an order.") == 2 and "json.loads" not in stub  # each overload gets the docstring
    assert "LIMIT = 64 * 1024" in stub
    assert "name: str\n    'Its name.'\n    seen: list[str]" in stub
    assert "def __init__(self, name: str, strict: bool=...) -> None:" in stub
    assert "helpers\\.orders\\.Document" not in stubs["allowlist.txt"]  # a Union: stubtest compares it
    assert "ItemT = TypeVar('ItemT')" in stub
    assert "lambda_events\\.helpers\\.orders\\.ItemT  # defined by the stub for its signatures" in stubs["allowlist.txt"]


@pytest.mark.parametrize(
    ("name", "line", "message"),
    [
        ("TABLE", "TABLE = dict(a=1)", "annotate TABLE"),
        ("Box", "class Box:\n    def __init__(self) -> None:\n        self.size = len('ab')", r"annotate `self.size`"),
    ],
)
def test_a_helper_stub_refuses_what_it_cannot_type(tmp_path: Path, name: str, line: str, message: str) -> None:
    helper = f'"""A helper."""\n\n__all__ = ["{name}"]\n\n{line}\n'
    with pytest.raises(StubError, match=message):
        stubs_of(tmp_path, {"types/order.py": TYPES_ORDER, "helpers/bad.py": helper})
