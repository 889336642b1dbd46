"""Read a submission's own code, before it runs, for ways of tampering with the grader.

The grading process parses every code cell the student controls (every cell that is not locked)
and reports the constructs that change how later cells run or that read the tests or the
interpreter's internals: IPython's hooks and transformers, tracing, frames, the garbage
collector, ``ctypes``, rebinding an attribute of an imported module (``math.isclose = ...``),
dynamic code (``exec``, ``eval``, ``compile``, ``__import__``), and the like. None of these has
a place in an answer to an exercise of this course. The list is deliberately narrow, so that
printing, logging, warnings, ``!shell`` commands and ``%matplotlib`` never count against anyone.

The scan is one layer of three: the in-kernel guard undoes and reports tampering at run time,
and the sandbox keeps the rest of the machine out of reach.
"""

from __future__ import annotations

import ast
import re
import sys
from dataclasses import dataclass

from IPython.core.inputtransformer2 import TransformerManager

FORBIDDEN_MODULES = {
    "ctypes",
    "gc",
    "inspect",
    "importlib",
    "builtins",
    "__builtin__",
    "threading",
    "_thread",
    "multiprocessing",
    "signal",
    "sys.monitoring",
    "IPython",
    "ipykernel",
    "traitlets",
    "jupyter_client",
    "zmq",
    "aicareer.grading",
    "code",
    "codeop",
    "runpy",
    "pdb",
    "bdb",
    "trace",
    "dis",
    "marshal",
    "pickle",
    "dill",
    "shelve",
    "copyreg",
    "atexit",
    "faulthandler",
    "nbgrader",
    "_testcapi",
    "tracemalloc",
    "types",
    "site",
    "sitecustomize",
    "usercustomize",
    "pytest",
    "unittest.mock",
}
FORBIDDEN_NAMES = {
    "exec",
    "eval",
    "compile",
    "__import__",
    "globals",
    "vars",
    "locals",
    "breakpoint",
    "__builtins__",
    "__loader__",
    "__spec__",
    "In",
    "Out",
    "_ih",
    "_oh",
    "_dh",
    "_i",
    "_ii",
    "_iii",
    "get_ipython",
    "__IPYTHON__",
    "setattr",
    "delattr",
}
FORBIDDEN_ATTRIBUTES = {
    "settrace",
    "setprofile",
    "gettrace",
    "_getframe",
    "_current_frames",
    "f_back",
    "f_locals",
    "f_globals",
    "f_trace",
    "f_code",
    "f_lineno",
    "f_builtins",
    "gi_frame",
    "cr_frame",
    "ag_frame",
    "tb_frame",
    "tb_next",
    "co_consts",
    "co_code",
    "__code__",
    "__globals__",
    "__closure__",
    "__builtins__",
    "__subclasses__",
    "__dict__",
    "__bases__",
    "__mro__",
    "__instancecheck__",
    "__subclasscheck__",
    "__subclasshook__",
    "__getattribute__",
    "__init_subclass__",
    "__set_name__",
    "__class_getitem__",
    "ast_transformers",
    "input_transformers_post",
    "input_transformers_cleanup",
    "input_transformer_manager",
    "set_custom_exc",
    "showtraceback",
    "showsyntaxerror",
    "run_cell",
    "run_cell_async",
    "run_code",
    "run_ast_nodes",
    "user_ns",
    "user_global_ns",
    "shell_handlers",
    "addaudithook",
    "meta_path",
    "path_hooks",
    "path_importer_cache",
    "excepthook",
    "displayhook",
    "last_traceback",
    "__reduce__",
    "__reduce_ex__",
    "__setstate__",
    "attrgetter",
    "methodcaller",
}
# `sys.<these>` are read-only facts a student may print; every other sys attribute is suspect.
HARMLESS_SYS = {
    "version",
    "version_info",
    "float_info",
    "int_info",
    "maxsize",
    "platform",
    "float_repr_style",
    "byteorder",
    "implementation",
    "getsizeof",
    "getrecursionlimit",
    "setrecursionlimit",
    "stdout",
    "stderr",
    "argv",
    "exit",
    "hash_info",
    "executable",
}
# IPython magics a student may use (`%matplotlib inline`, `%%time`, `!ls`).
ALLOWED_MAGICS = {
    "matplotlib",
    "time",
    "timeit",
    "who",
    "whos",
    "pwd",
    "ls",
    "precision",
    "capture",
    "writefile",
    "load_ext",
} - {"load_ext", "writefile"}
ALLOWED_IPYTHON_CALLS = {"run_line_magic", "run_cell_magic", "system", "getoutput"}
# Lying about type: a property or attribute called __class__ inside a class body.
LYING_CLASS_MEMBERS = {"__class__", "__instancecheck__", "__subclasscheck__"}

_transformer = TransformerManager()


@dataclass(frozen=True)
class Finding:
    cell: str
    line: int
    what: str

    def __str__(self) -> str:
        return f"{self.what} (cell {self.cell}, line {self.line})"


def to_python(source: str) -> str:
    """Return a cell's source as plain Python, IPython's magics turned into calls."""
    return _transformer.transform_cell(source)


def _root_name(node: ast.AST) -> str | None:
    while isinstance(node, (ast.Attribute, ast.Subscript, ast.Call)):
        node = node.func if isinstance(node, ast.Call) else node.value
    return node.id if isinstance(node, ast.Name) else None


def _is_ipython_call(node: ast.Call) -> bool:
    """``get_ipython().run_line_magic('matplotlib', ...)`` and friends, allowed magics only."""
    func = node.func
    if not (
        isinstance(func, ast.Attribute)
        and isinstance(func.value, ast.Call)
        and isinstance(func.value.func, ast.Name)
        and func.value.func.id == "get_ipython"
    ):
        return False
    if func.attr not in ALLOWED_IPYTHON_CALLS:
        return False
    if func.attr in ("system", "getoutput"):
        return True
    first = node.args[0] if node.args else None
    return isinstance(first, ast.Constant) and first.value in ALLOWED_MAGICS


class _Scanner(ast.NodeVisitor):
    def __init__(self, cell: str, imported: dict[str, str]):
        self.cell = cell
        self.imported = imported  # alias -> module, from every cell of the notebook
        self.found: list[Finding] = []
        self._allowed_calls: set[int] = set()
        self._call_index: dict[int, list[ast.Call]] = {}
        self._depth = 0  # inside a function, a local name cannot hide a module from tests

    def flag(self, node: ast.AST, what: str) -> None:
        self.found.append(Finding(self.cell, getattr(node, "lineno", 0), what))

    def _check_module(self, node: ast.AST, module: str) -> None:
        parts = module.split(".")
        for i in range(1, len(parts) + 1):
            if ".".join(parts[:i]) in FORBIDDEN_MODULES:
                self.flag(node, f"imports {module}")
                return

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            self._check_module(node, alias.name)
            self._check_shadowing(node, alias.asname or alias.name.split(".")[0], alias.name)

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        module = node.module or ""
        self._check_module(node, module)
        for alias in node.names:
            self._check_module(node, f"{module}.{alias.name}")
            if alias.name in FORBIDDEN_ATTRIBUTES or alias.name in FORBIDDEN_NAMES:
                self.flag(node, f"imports {alias.name} from {module}")

    def _check_shadowing(self, node: ast.AST, name: str, module: str | None) -> None:
        """Binding a name the notebook imports as a module to anything else."""
        known = self.imported.get(name)
        if known is not None and known != module:
            self.flag(node, f"rebinds {name}, which the notebook imports as {known}")

    def visit_Call(self, node: ast.Call) -> None:
        if _is_ipython_call(node):
            self._allowed_calls.add(id(node.func.value))
        self.generic_visit(node)

    def visit_Name(self, node: ast.Name) -> None:
        forbidden = node.id in FORBIDDEN_NAMES or re.fullmatch(r"_i\d+|_\d+", node.id)
        if forbidden and not (node.id == "get_ipython" and self._parent_allowed(node)):
            self.flag(node, f"uses {node.id}")
        if (
            isinstance(node.ctx, (ast.Store, ast.Del))
            and node.id in self.imported
            and self._depth == 0
        ):
            self._check_shadowing(node, node.id, None)
        self.generic_visit(node)

    def _parent_allowed(self, node: ast.Name) -> bool:
        return any(id(call) in self._allowed_calls for call in self._calls_of(node))

    def _calls_of(self, node: ast.Name) -> list[ast.Call]:
        return self._call_index.get(id(node), [])

    def visit_Attribute(self, node: ast.Attribute) -> None:
        root = _root_name(node)
        if node.attr in FORBIDDEN_ATTRIBUTES and not (
            node.attr == "exit" or (root == "sys" and node.attr in HARMLESS_SYS)
        ):
            self.flag(node, f"uses .{node.attr}")
        elif (
            root in self.imported
            and self.imported[root] == "sys"
            and isinstance(node.value, ast.Name)
            and node.attr not in HARMLESS_SYS
        ):
            self.flag(node, f"uses sys.{node.attr}")
        if isinstance(node.ctx, (ast.Store, ast.Del)) and root in self.imported:
            self.flag(node, f"changes {ast.unparse(node)}, part of module {self.imported[root]}")
        self.generic_visit(node)

    def visit_Subscript(self, node: ast.Subscript) -> None:
        root = _root_name(node)
        if (
            isinstance(node.ctx, (ast.Store, ast.Del))
            and root in self.imported
            and isinstance(node.value, ast.Attribute)
            and node.value.attr == "__dict__"
        ):
            self.flag(node, f"changes {ast.unparse(node)}")
        self.generic_visit(node)

    def _visit_scope(self, node: ast.AST) -> None:
        self._depth += 1
        self.generic_visit(node)
        self._depth -= 1

    visit_FunctionDef = visit_AsyncFunctionDef = visit_Lambda = _visit_scope

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        for item in node.body:
            names = []
            if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)):
                names = [item.name]
            elif isinstance(item, ast.Assign):
                names = [t.id for t in item.targets if isinstance(t, ast.Name)]
            for name in names:
                if name in LYING_CLASS_MEMBERS:
                    self.flag(item, f"class {node.name} defines {name}")
        for keyword in node.keywords:
            if keyword.arg == "metaclass":
                self.flag(node, f"class {node.name} sets a metaclass")
        self.generic_visit(node)

    def visit_Constant(self, node: ast.Constant) -> None:
        # Only names nobody writes in prose or data ("eval" is a word of this course).
        if isinstance(node.value, str) and node.value in (
            FORBIDDEN_ATTRIBUTES
            | {
                "get_ipython",
                "__builtins__",
                "__import__",
            }
        ):
            self.flag(node, f"names {node.value!r} in a string")


def _index_calls(tree: ast.AST) -> dict[int, list[ast.Call]]:
    """Map each ``get_ipython`` name node to the calls it is the receiver of."""
    index: dict[int, list[ast.Call]] = {}
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "get_ipython"
        ):
            index.setdefault(id(node.func), []).append(node)
    return index


def imports_of(sources: list[str]) -> dict[str, str]:
    """Return alias -> module for every top-level import in *sources* (``np`` -> ``numpy``)."""
    found: dict[str, str] = {}
    for source in sources:
        try:
            tree = ast.parse(to_python(source))
        except SyntaxError:
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.asname:
                        found[alias.asname] = alias.name
                    else:
                        top = alias.name.split(".")[0]
                        found[top] = top
    return found


def trusted_imports(sources: list[str]) -> tuple[tuple[str, str, str], ...]:
    """The instructor's imports as ``(name, module, attribute)``, for the guard to restore."""
    found: dict[str, tuple[str, str, str]] = {}
    for source in sources:
        try:
            tree = ast.parse(to_python(source))
        except SyntaxError:
            continue
        for node in tree.body:
            if isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.asname:
                        found[alias.asname] = (alias.asname, alias.name, "")
                    else:
                        top = alias.name.split(".")[0]
                        found[top] = (top, top, "")
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                for alias in node.names:
                    if alias.name != "*":
                        name = alias.asname or alias.name
                        found[name] = (name, node.module, alias.name)
    return tuple(sorted(found.values()))


def global_names(source: str) -> tuple[str, ...]:
    """The names a cell reads, for the guard to give it the real builtins and modules."""
    try:
        tree = ast.parse(to_python(source))
    except SyntaxError:
        return ()
    return tuple(sorted({n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}))


def scan_cell(cell_id: str, source: str, imported: dict[str, str]) -> list[Finding]:
    """Return the tampering constructs in one student cell (a syntax error is not one)."""
    try:
        tree = ast.parse(to_python(source))
    except (SyntaxError, ValueError):
        return []
    scanner = _Scanner(cell_id, imported)
    scanner._call_index = _index_calls(tree)
    # Calls first, so that get_ipython() receivers of allowed magics are known.
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _is_ipython_call(node):
            scanner._allowed_calls.add(id(node.func.value))
    scanner.visit(tree)
    return scanner.found


def scan_notebook(cells: list[tuple[str, str]], imported: dict[str, str]) -> list[Finding]:
    """Scan ``(cell id, source)`` pairs of the cells a student controls."""
    found: list[Finding] = []
    for cell_id, source in cells:
        found += scan_cell(cell_id, source, imported)
    return found


STDLIB = frozenset(sys.stdlib_module_names)
