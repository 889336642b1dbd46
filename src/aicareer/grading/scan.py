"""Hints for the instructor: code in a student's cells that is shaped like tampering.

The scan never changes a score. What decides is what happens when the code runs: the rebuild
from the gradebook puts every test back, the in-kernel guard (:mod:`aicareer.grading.guard`)
undoes and reports tampering around each test cell, and the sandbox keeps the rest of the machine
out of reach. A submission the scan notices is graded like any other, and its notes say
``review: ...`` so that the instructor can read it.

The list is short on purpose: only what an answer to these exercises has no use for and what
changes how *later* cells run (IPython's hooks and transformers, tracing, frames, the interpreter's
import machinery, rebinding a module the notebook imports, a class that lies about its type).
Ordinary library code (``inspect``, ``pickle``, ``types``, ``copy``, ``threading``, ``setattr``,
``vars``, ``__dict__``, ``operator.attrgetter``, ``sys.path``), printing, logging, warnings,
``%time``, ``%matplotlib`` and ``!shell`` commands are never mentioned.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass

from aicareer.grading.analysis import imports_of, parse

# Modules that reach into the interpreter or the kernel, not into the problem.
# (IPython.display is how a notebook shows things: only the shell's machinery is suspect.)
SUSPECT_MODULES = (
    "ctypes",
    "gc",
    "builtins",
    "IPython.core",
    "ipykernel",
    "nbgrader",
    "aicareer.grading",
)
# Names that run or build code at run time, or read the kernel's input history.
SUSPECT_NAMES = {"exec", "eval", "compile", "__import__", "__builtins__", "In", "_ih"}
# Attributes that hook later cells, tracing and frames, and the import machinery.
SUSPECT_ATTRIBUTES = {
    "settrace",
    "setprofile",
    "_getframe",
    "f_back",
    "f_globals",
    "f_locals",
    "tb_frame",
    "__globals__",
    "__code__",
    "__subclasses__",
    "ast_transformers",
    "input_transformers_post",
    "input_transformers_cleanup",
    "input_transformer_manager",
    "set_custom_exc",
    "showtraceback",
    "meta_path",
    "path_hooks",
    "excepthook",
    "displayhook",
    "addaudithook",
}
# Members of a class that make its instances lie about their type.
LYING_MEMBERS = {"__class__", "__instancecheck__", "__subclasscheck__"}
# IPython calls that magics become (``%time``, ``!ls``): not a hint.
MAGIC_CALLS = {"run_line_magic", "run_cell_magic", "system", "getoutput"}


@dataclass(frozen=True)
class Hint:
    cell: str
    line: int
    what: str

    def __str__(self) -> str:
        return f"{self.what} (cell {self.cell}, line {self.line})"


def _module_of(node: ast.expr, imported: dict[str, str]) -> str | None:
    """The module an expression's root name is bound to by an import, if any."""
    while isinstance(node, ast.Attribute):
        node = node.value
    return imported.get(node.id) if isinstance(node, ast.Name) else None


def _is_shell(node: ast.expr) -> bool:
    """``get_ipython()``: the kernel's shell, whose hooks run every later cell."""
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "get_ipython"
    )


class _Scanner(ast.NodeVisitor):
    def __init__(self, cell: str, imported: dict[str, str], modules: dict[str, str]):
        self.cell = cell
        self.imported = imported  # the instructor's imports: tests rely on these names
        self.modules = modules  # every name bound to a module, by anyone
        self.hints: list[Hint] = []
        self._depth = 0  # inside a function, a local name does not hide a module

    def hint(self, node: ast.AST, what: str) -> None:
        self.hints.append(Hint(self.cell, getattr(node, "lineno", 0), what))

    def _module(self, node: ast.AST, module: str) -> None:
        if any(module == m or module.startswith(m + ".") for m in SUSPECT_MODULES):
            self.hint(node, f"imports {module}")

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            self._module(node, alias.name)
        self.generic_visit(node)

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        self._module(node, node.module or "")
        self.generic_visit(node)

    def visit_Name(self, node: ast.Name) -> None:
        if node.id in SUSPECT_NAMES:
            self.hint(node, f"uses {node.id}")
        rebinds = isinstance(node.ctx, ast.Store) and node.id in self.imported
        if rebinds and self._depth == 0:
            self.hint(node, f"rebinds {node.id}, which the notebook imports as a module")

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        if _is_shell(node):
            return  # a bare get_ipython() is harmless; its use is judged at the attribute
        if isinstance(func, ast.Attribute) and _is_shell(func.value) and func.attr in MAGIC_CALLS:
            for arg in node.args:
                self.visit(arg)
            return
        self.generic_visit(node)

    def visit_Attribute(self, node: ast.Attribute) -> None:
        if node.attr in SUSPECT_ATTRIBUTES:
            self.hint(node, f"uses .{node.attr}")
        elif _is_shell(node.value) and node.attr not in MAGIC_CALLS:
            self.hint(node, f"uses get_ipython().{node.attr}")
        module = _module_of(node.value, self.modules)
        if isinstance(node.ctx, (ast.Store, ast.Del)) and module:
            self.hint(node, f"changes {ast.unparse(node)}, part of module {module}")
        self.generic_visit(node)

    def visit_Subscript(self, node: ast.Subscript) -> None:
        target = node.value
        if (
            isinstance(node.ctx, (ast.Store, ast.Del))
            and isinstance(target, ast.Attribute)
            and target.attr == "modules"
            and _module_of(target.value, self.modules) == "sys"
        ):
            self.hint(node, f"changes {ast.unparse(node)}")
        self.generic_visit(node)

    def _scope(self, node: ast.AST) -> None:
        self._depth += 1
        self.generic_visit(node)
        self._depth -= 1

    visit_FunctionDef = visit_AsyncFunctionDef = visit_Lambda = _scope

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        for item in node.body:
            names: list[str] = []
            if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)):
                names = [item.name]
            elif isinstance(item, ast.Assign):
                names = [t.id for t in item.targets if isinstance(t, ast.Name)]
            for name in names:
                if name in LYING_MEMBERS:
                    self.hint(item, f"class {node.name} defines {name}")
        self._scope(node)


def scan_cell(
    cell_id: str, source: str, imported: dict[str, str], modules: dict[str, str] | None = None
) -> list[Hint]:
    """The hints for one student cell (a syntax error is not one: the run reports it).

    *imported* are the instructor's imports; *modules* every import of the notebook.
    """
    tree = parse(source)
    if tree is None:
        return []
    scanner = _Scanner(cell_id, imported, {**imports_of([source]), **(modules or {}), **imported})
    scanner.visit(tree)
    return scanner.hints


def scan_notebook(cells: list[tuple[str, str]], imported: dict[str, str]) -> list[Hint]:
    """Scan ``(cell id, source)`` pairs of the cells a student controls."""
    modules = imports_of([source for _, source in cells])
    return [h for cell_id, source in cells for h in scan_cell(cell_id, source, imported, modules)]
