"""Write everything derived from the registries of `lambda_events.eventbridge.aws`.

Each service module (`src/lambda_events/eventbridge/aws/<service>.py`) declares a literal `EVENTS` dict:
alias name → (`source`, `detail-type`), `source` `None` for a detail-type that any source sends (`AWS API
Call via CloudTrail`). This script reads them with `ast` (importing nothing) and rewrites the generated
part, between markers, of three files:

- `src/lambda_events/eventbridge/__init__.py`: the lookup tables of `eventbridge_detail_type`, one `TypeIs`
  guard per alias (`is_ec2_instance_state_change_event`), the imports of the aliases for type checkers
  only, and `__all__`;
- `src/lambda_events/testing/eventbridge_aws/__init__.py`: the factory of each alias
  (`ec2_instance_state_change_event` in `lambda_events/testing/eventbridge_aws/ec2.py`), by name, for
  `lambda-events sample`; a factory that is missing from its module is an error;
- `docs/eventbridge/index.md`: the table of every typed detail-type (service, detail-type, type, guard,
  factory);
- `README.md`: how many detail-types of how many services are typed.

Usage: `python scripts/generate_eventbridge.py` rewrites the files; `--check` exits 1 if one is out of date.
A pair registered twice, or a name that is not `<CamelCase>EventDict`, is an error.
"""

from __future__ import annotations

import ast
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

ROOT = Path(__file__).resolve().parent.parent
PACKAGE_DIR = ROOT / "src" / "lambda_events"
SERVICES_DIR = PACKAGE_DIR / "eventbridge" / "aws"
FACTORIES_DIR = PACKAGE_DIR / "testing" / "eventbridge_aws"
LOOKUP_FILE = PACKAGE_DIR / "eventbridge" / "__init__.py"
FACTORY_INDEX_FILE = FACTORIES_DIR / "__init__.py"
DOCS_INDEX_FILE = ROOT / "docs" / "eventbridge" / "index.md"
README_FILE = ROOT / "README.md"
REGISTRY_NAME = "EVENTS"
BEGIN_MARKER = "# --- begin generated (scripts/generate_eventbridge.py) ---\n"
END_MARKER = "# --- end generated ---\n"
DOCS_BEGIN_MARKER = "<!-- begin generated (scripts/generate_eventbridge.py) -->\n"
DOCS_END_MARKER = "<!-- end generated -->\n"

# Runs of capitals that are several words (`AWSAPICall` is `aws_api_call`), split where they are met, and
# service names written in CamelCase that are one word (`SageMaker` is `sagemaker`).
_ACRONYM_WORDS = {"AWSAPI": ("aws", "api")}
_ONE_WORD_NAMES = ("CloudTrail", "SageMaker", "CodePipeline", "CodeBuild", "CodeDeploy", "CodeCommit")
_WORD = re.compile(r"[A-Z]+[0-9]*(?=[A-Z][a-z])|[A-Z]?[a-z]+[0-9]*|[A-Z]+[0-9]*")


@dataclass(frozen=True)
class RegisteredEvent:
    """One alias of the registries, and the names derived from it."""

    service: str
    alias: str
    source: Optional[str]
    detail_type: str

    @property
    def stem(self) -> str:
        """The alias in snake_case without `EventDict`: `ec2_instance_state_change`."""
        return snake_case(self.alias[: -len("EventDict")])

    @property
    def guard(self) -> str:
        """The guard's name: `is_ec2_instance_state_change_event`."""
        return f"is_{self.stem}_event"

    @property
    def factory(self) -> str:
        """The factory's name: `ec2_instance_state_change_event`."""
        return f"{self.stem}_event"

    @property
    def module(self) -> str:
        """The dotted name of the module that defines the alias."""
        return f"lambda_events.eventbridge.aws.{self.service}"

    @property
    def factory_module(self) -> str:
        """The dotted name of the module that defines the factory."""
        return f"lambda_events.testing.eventbridge_aws.{self.service}"


def snake_case(camel: str) -> str:
    """`EC2InstanceStateChange` → `ec2_instance_state_change`; `AWSAPICallViaCloudTrail` →
    `aws_api_call_via_cloudtrail`."""
    words: list[str] = []
    one_word_names = camel
    for name in _ONE_WORD_NAMES:
        one_word_names = one_word_names.replace(name, name.capitalize())
    for word in _WORD.findall(one_word_names):
        words.extend(_ACRONYM_WORDS.get(word, (word.lower(),)))
    if "".join(words) != camel.lower():
        raise SystemExit(f"{camel}: cannot split into words")
    return "_".join(words)


def module_registry(path: Path) -> dict[str, tuple[Optional[str], str]]:
    """The literal `EVENTS` of the module at `path` (an error when it has none or it is not literal)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        if any(isinstance(target, ast.Name) and target.id == REGISTRY_NAME for target in targets):
            assert isinstance(node, (ast.Assign, ast.AnnAssign)) and node.value is not None
            registry = ast.literal_eval(node.value)
            if not isinstance(registry, dict):
                raise SystemExit(f"{path}: {REGISTRY_NAME} must be a literal dict")
            return registry
    raise SystemExit(f"{path}: no literal {REGISTRY_NAME}")


def module_functions(path: Path) -> set[str]:
    """The names of the top-level functions of the module at `path` (none when it does not exist)."""
    if not path.is_file():
        return set()
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    return {node.name for node in tree.body if isinstance(node, ast.FunctionDef)}


def collect_events() -> list[RegisteredEvent]:
    """Every registered alias of every service module, checked, in module then registry order."""
    events: list[RegisteredEvent] = []
    pairs: set[tuple[Optional[str], str]] = set()
    for path in sorted(SERVICES_DIR.glob("*.py")):
        if path.name.startswith("_"):
            continue
        factories = module_functions(FACTORIES_DIR / path.name)
        for alias, pair in module_registry(path).items():
            if not (isinstance(alias, str) and alias.endswith("EventDict") and alias[0].isupper()):
                raise SystemExit(f"{path}: {alias!r} is not a name ending in EventDict")
            if not (isinstance(pair, tuple) and len(pair) == 2 and isinstance(pair[1], str)):
                raise SystemExit(f"{path}: {alias} must map to (source or None, detail-type)")
            source, detail_type = pair
            if source is not None and not isinstance(source, str):
                raise SystemExit(f"{path}: {alias}: the source must be a string or None")
            if pair in pairs:
                raise SystemExit(f"{path}: {alias}: {pair} is registered twice")
            pairs.add(pair)
            event = RegisteredEvent(path.stem, alias, source, detail_type)
            if event.factory not in factories:
                raise SystemExit(f"{event.factory_module} has no factory {event.factory} for {alias}")
            events.append(event)
    return events


def render_lookup(events: list[RegisteredEvent]) -> str:
    """The generated part of `lambda_events/eventbridge/__init__.py`."""
    lines = [BEGIN_MARKER, "if TYPE_CHECKING:\n"]
    by_module: dict[str, list[str]] = {}
    for event in events:
        by_module.setdefault(event.module, []).append(event.alias)
    for module, aliases in by_module.items():
        lines.append(f"    from {module} import (\n")
        lines.extend(f"        {alias},\n" for alias in sorted(aliases))
        lines.append("    )\n")
    lines.append("\n_ALIAS_BY_SOURCE_AND_DETAIL_TYPE: dict[tuple[str, str], str] = {\n")
    lines.extend(
        f'    ("{event.source}", "{event.detail_type}"): "{event.alias}",\n' for event in events if event.source
    )
    lines.append("}\n\n_ALIAS_BY_DETAIL_TYPE_OF_ANY_SOURCE: dict[str, str] = {\n")
    lines.extend(f'    "{event.detail_type}": "{event.alias}",\n' for event in events if event.source is None)
    lines.append("}\n\nEVENTBRIDGE_EVENT_TYPES: Mapping[str, str] = MappingProxyType(\n    {\n")
    lines.extend(f'        "{event.alias}": "{event.module}",\n' for event in events)
    lines.append("    }\n)\n")
    lines.append('"""Every registered event type\'s name, mapped to the module that defines it."""\n')
    for event in events:
        producer = f"`{event.source}`" if event.source else "any source"
        lines.append(
            f"\n\ndef {event.guard}(event: object) -> TypeIs[{event.alias}]:\n"
            f'    """Whether `event` is `{event.detail_type}` from {producer}\n'
            f'    (`{event.module}.{event.alias}`)."""\n'
            f'    return eventbridge_detail_type(event) == "{event.alias}"\n'
        )
    lines.append("\n\n__all__ = [\n")
    names = ["EVENTBRIDGE_EVENT_TYPES", "eventbridge_detail_type", "eventbridge_type", *(event.guard for event in events)]
    lines.extend(f'    "{name}",\n' for name in sorted(names))
    lines.append("]\n")
    lines.append(END_MARKER)
    return "".join(lines)


def render_factory_index(events: list[RegisteredEvent]) -> str:
    """The generated part of `lambda_events/testing/eventbridge_aws/__init__.py`."""
    lines = [BEGIN_MARKER, "FACTORY_MODULES: Mapping[str, str] = MappingProxyType(\n    {\n"]
    lines.extend(f'        "{event.factory}": "{event.factory_module}",\n' for event in events)
    lines.append("    }\n)\n")
    lines.append('"""The module of each factory, by factory name: what `lambda-events sample NAME` accepts."""\n')
    lines.append(END_MARKER)
    return "".join(lines)


def render_docs_table(events: list[RegisteredEvent]) -> str:
    """The generated table of `docs/eventbridge/index.md`."""
    lines = [
        DOCS_BEGIN_MARKER,
        f"{len(events)} detail-types are typed.\n\n",
        "| service | source | detail-type | type | guard | factory |\n",
        "|---|---|---|---|---|---|\n",
    ]
    for event in events:
        source = f"`{event.source}`" if event.source else "any"
        lines.append(
            f"| `{event.service}` | {source} | {event.detail_type} | `{event.alias}` | `{event.guard}` "
            f"| `{event.factory}` |\n"
        )
    lines.append(DOCS_END_MARKER)
    return "".join(lines)


def render_readme_count(events: list[RegisteredEvent]) -> str:
    """The generated sentence of `README.md`."""
    services = sorted({event.service for event in events})
    return (
        f"{DOCS_BEGIN_MARKER}{len(events)} detail-types of {len(services)} services are typed: "
        f"{', '.join(f'`{service}`' for service in services)}.\n{DOCS_END_MARKER}"
    )


def regenerate(text: str, block: str, begin: str, end: str) -> str:
    """Return `text` with the part between the markers replaced by `block`."""
    start = text.index(begin)
    stop = text.index(end) + len(end)
    return text[:start] + block + text[stop:]


def main(argv: list[str]) -> int:
    """Rewrite the generated parts, or with `--check` report whether they are current."""
    events = collect_events()
    outputs = [
        (LOOKUP_FILE, render_lookup(events), BEGIN_MARKER, END_MARKER),
        (FACTORY_INDEX_FILE, render_factory_index(events), BEGIN_MARKER, END_MARKER),
        (DOCS_INDEX_FILE, render_docs_table(events), DOCS_BEGIN_MARKER, DOCS_END_MARKER),
        (README_FILE, render_readme_count(events), DOCS_BEGIN_MARKER, DOCS_END_MARKER),
    ]
    stale = 0
    for path, block, begin, end in outputs:
        current = path.read_text(encoding="utf-8")
        wanted = regenerate(current, block, begin, end)
        if wanted == current:
            continue
        if "--check" in argv:
            print(f"{path} is out of date: run `python scripts/generate_eventbridge.py`", file=sys.stderr)
            stale += 1
        else:
            path.write_text(wanted, encoding="utf-8")
    return 1 if stale else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
