"""A module-level name is bound once: a second word list of the same name, added far below the first, silently replaces
it for every rule that read the first (session 32 found two: `BACKING_VERBS` of pledged support, replaced by the
backers told in passing, and a `PERMITTING_VERBS` that would have replaced the list of refused permissions). A
rebinding that extends the name from itself (`TITLE_WORDS = TITLE_WORDS | ...`) is allowed."""

from __future__ import annotations

import ast
from pathlib import Path

import dragoman

PACKAGE = Path(dragoman.__file__).parent


def _rebound(tree: ast.Module) -> list[str]:
    seen: set[str] = set()
    found = []
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(
            node, ast.AnnAssign) and node.value is not None else []
        for target in targets:
            if not isinstance(target, ast.Name):
                continue
            reads_itself = any(isinstance(n, ast.Name) and n.id == target.id for n in ast.walk(node.value))
            if target.id in seen and not reads_itself:
                found.append(f"{target.id} (line {node.lineno})")
            seen.add(target.id)
    return found


def test_no_module_rebinds_a_name_it_defined() -> None:
    rebound = {str(path.relative_to(PACKAGE)): names for path in sorted(PACKAGE.rglob("*.py"))
               if (names := _rebound(ast.parse(path.read_text("utf-8"))))}
    assert rebound == {}
