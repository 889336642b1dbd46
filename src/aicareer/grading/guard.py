"""The grader's agent inside a student's kernel: it keeps test cells running on a clean interpreter.

The grading process calls these functions through ``user_expressions`` of an execute request
(evaluated by the kernel without IPython's input or AST transformers):

- :func:`arm` before the first cell, while no student code has run: it records the state of the
  interpreter that tests rely on (builtins, a set of standard modules, IPython's hooks and
  transformers, tracing, import hooks);
- :func:`before_test` before each test cell: it undoes and reports every change to that state,
  and gives the test cell the real builtins and modules under the names it uses, even where a
  student cell reused such a name for a variable (that is put back after the test);
- :func:`after_test` after each test cell: the same check, since student code called by a test
  may tamper while the test runs.

Each returns a list of findings (strings). Any finding is tampering: the grading process gives
the submission no autograded points and reports it. This is the only check that zeroes a
submission: the scan (:mod:`aicareer.grading.scan`) only leaves the instructor a note. It is
defence in depth, not a wall: code in the same process can in principle undo anything, which is
why every test cell is rebuilt from the gradebook and the sandbox is the wall around the rest of
the machine.
"""

from __future__ import annotations

import builtins
import contextlib
import importlib
import sys
import threading
import types

# Pure standard modules a test may rely on. Their attributes are restored before each test cell,
# and a change is reported. (Larger libraries rebind their own globals at run time, matplotlib's
# backend switch for one, so they are left out: a test that relies on one is the instructor's.)
WATCHED_MODULES = (
    "math",
    "cmath",
    "statistics",
    "operator",
    "numbers",
    "functools",
    "itertools",
    "collections",
    "collections.abc",
    "json",
    "re",
    "decimal",
    "fractions",
    "string",
    "copy",
    "datetime",
    "types",
    "unittest",
    "difflib",
)
# Module names whose callbacks are part of a normal kernel (matplotlib's inline backend registers
# a post_execute hook, for example).
TRUSTED_CALLBACK_MODULES = (
    "IPython",
    "ipykernel",
    "matplotlib",
    "matplotlib_inline",
    "ipywidgets",
    "comm",
    "aicareer",
)
# IPython's transformer lists that a student could extend to rewrite later cells.
TRANSFORMER_LISTS = ("ast_transformers", "input_transformers_post", "input_transformers_cleanup")
_MANAGER_LISTS = ("cleanup_transforms", "line_transforms", "token_transformers")

_state: dict = {}
_swapped: dict = {}
_MISSING = object()


def _shell():
    from IPython import get_ipython

    return get_ipython()


def _callback_origin(cb) -> str:
    func = getattr(cb, "__func__", cb)
    return getattr(func, "__module__", None) or type(cb).__module__ or ""


def _is_trusted_callback(cb) -> bool:
    origin = _callback_origin(cb)
    return any(origin == m or origin.startswith(m + ".") for m in TRUSTED_CALLBACK_MODULES)


def _shell_classes(ip) -> list[type]:
    classes = [c for c in type(ip).__mro__ if c.__module__.startswith(("IPython", "ipykernel"))]
    kernel = getattr(ip, "kernel", None)
    if kernel is not None:
        classes += [
            c for c in type(kernel).__mro__ if c.__module__.startswith(("ipykernel", "IPython"))
        ]
    return classes


def _is_function(value) -> bool:
    return (
        isinstance(
            value,
            (types.FunctionType, types.MethodType, types.BuiltinFunctionType, types.LambdaType),
        )
        or type(value).__name__ == "partial"
    )


def arm(preload: tuple[str, ...] = ()) -> list[str]:
    """Record the clean state. Called once, before any student code runs."""
    for name in (*WATCHED_MODULES, *preload):
        # A missing optional library is not the student's doing.
        with contextlib.suppress(Exception):
            importlib.import_module(name)
    ip = _shell()
    manager = ip.input_transformer_manager
    _state.clear()
    _state.update(
        builtins=dict(vars(builtins)),
        modules={
            name: (sys.modules[name], dict(vars(sys.modules[name])))
            for name in WATCHED_MODULES
            if name in sys.modules
        },
        lists={name: list(getattr(ip, name, [])) for name in TRANSFORMER_LISTS},
        manager={name: list(getattr(manager, name, [])) for name in _MANAGER_LISTS},
        manager_obj=manager,
        events={k: list(v) for k, v in ip.events.callbacks.items()},
        instance={k: v for k, v in vars(ip).items() if _is_function(v)},
        classes={cls: dict(vars(cls)) for cls in _shell_classes(ip)},
        kernel_handlers=dict(getattr(getattr(ip, "kernel", None), "shell_handlers", {}) or {}),
        excepthook=sys.excepthook,
        meta_path=list(sys.meta_path),
        path_hooks=list(sys.path_hooks),
        custom_exceptions=ip.custom_exceptions,
    )
    return []


def _check_and_restore() -> list[str]:
    if not _state:
        return ["the grader's guard was not armed before student code ran"]
    found: list[str] = []
    ip = _shell()

    # Tracing and profiling rewrite or skip the lines of later cells.
    if sys.gettrace() is not None:
        found.append("sys.settrace")
        sys.settrace(None)
    if sys.getprofile() is not None:
        found.append("sys.setprofile")
        sys.setprofile(None)
    if threading.gettrace() is not None:
        found.append("threading.settrace")
        threading.settrace(None)
    if threading.getprofile() is not None:
        found.append("threading.setprofile")
        threading.setprofile(None)

    # Builtins the tests use (isinstance, type, abs, len, AssertionError...).
    current = vars(builtins)
    for key, value in _state["builtins"].items():
        if current.get(key, _MISSING) is not value:
            found.append(f"builtins.{key}")
            current[key] = value
    for key in [k for k in current if k not in _state["builtins"]]:
        if key in ("_", "__", "___", "exit", "quit"):
            continue
        found.append(f"builtins.{key} (added)")
        del current[key]

    # Standard modules the tests use, and sys.modules entries that point elsewhere.
    for name, (module, snapshot) in _state["modules"].items():
        if sys.modules.get(name) is not module:
            found.append(f"sys.modules[{name!r}]")
            sys.modules[name] = module
        namespace = vars(module)
        for key, value in snapshot.items():
            if namespace.get(key, _MISSING) is not value:
                found.append(f"{name}.{key}")
                namespace[key] = value

    # IPython's transformers and hooks that change how later cells run.
    for name, original in _state["lists"].items():
        now = getattr(ip, name, None)
        if now is not None and list(now) != original:
            found.append(f"IPython {name}")
            now[:] = original
    manager = _state["manager_obj"]
    if ip.input_transformer_manager is not manager:
        found.append("IPython input_transformer_manager")
        ip.input_transformer_manager = manager
    for name, original in _state["manager"].items():
        now = getattr(manager, name, None)
        if now is not None and list(now) != original:
            found.append(f"IPython input_transformer_manager.{name}")
            now[:] = original
    for event, callbacks in ip.events.callbacks.items():
        before = _state["events"].get(event, [])
        for cb in list(callbacks):
            if cb not in before and not _is_trusted_callback(cb):
                found.append(f"IPython event {event}")
                callbacks.remove(cb)
    if ip.custom_exceptions != _state["custom_exceptions"]:
        found.append("IPython set_custom_exc")
        ip.custom_exceptions = _state["custom_exceptions"]
    instance = vars(ip)
    for key, value in list(instance.items()):
        if _is_function(value) and _state["instance"].get(key, _MISSING) is not value:
            found.append(f"IPython shell.{key}")
            if key in _state["instance"]:
                instance[key] = _state["instance"][key]
            else:
                del instance[key]
    for cls, snapshot in _state["classes"].items():
        namespace = vars(cls)
        for key, value in snapshot.items():
            if namespace.get(key, _MISSING) is not value:
                found.append(f"{cls.__name__}.{key}")
                with contextlib.suppress(AttributeError, TypeError):
                    setattr(cls, key, value)
    kernel = getattr(ip, "kernel", None)
    handlers = getattr(kernel, "shell_handlers", None)
    if handlers is not None:
        for key, value in _state["kernel_handlers"].items():
            if handlers.get(key) is not value:
                found.append(f"kernel handler {key}")
                handlers[key] = value
    if sys.excepthook is not _state["excepthook"]:
        found.append("sys.excepthook")
        sys.excepthook = _state["excepthook"]
    for name in ("meta_path", "path_hooks"):
        now = getattr(sys, name)
        added = [h for h in now if h not in _state[name] and _callback_origin(h) == "__main__"]
        if added:
            found.append(f"sys.{name}")
            for hook in added:
                now.remove(hook)
    return found


def before_test(
    names: tuple[str, ...] = (), trusted: tuple[tuple[str, str, str], ...] = ()
) -> list:
    """Check and restore, then give the test cell the real objects behind *names*.

    *names* are the global names the test cell uses; *trusted* lists the instructor's imports as
    ``(name, module, attribute or "")``. A student variable that hides one of them (a variable
    called ``sum``, ``math = FakeMath()``) is set aside while the test runs and put back after.
    """
    found = _check_and_restore()
    ip = _shell()
    ns = ip.user_ns
    _swapped.clear()
    wanted = set(names)
    for name, module, attribute in trusted:
        if name not in wanted:
            continue
        try:
            real = importlib.import_module(module)
            if attribute:
                real = getattr(real, attribute)
        except Exception:
            continue
        current = ns.get(name, _MISSING)
        if current is not real:
            _swapped[name] = current
            ns[name] = real
    for name in wanted:
        if name in _swapped or name not in _state["builtins"]:
            continue
        current = ns.get(name, _MISSING)
        if current is not _MISSING and current is not _state["builtins"][name]:
            _swapped[name] = current
            del ns[name]
    if ns.get("__builtins__", builtins) not in (builtins, vars(builtins)):
        found.append("__builtins__ of the notebook")
        ns["__builtins__"] = builtins
    return found


def after_test() -> list:
    """Check and restore after a test cell, and put back what :func:`before_test` set aside."""
    found = _check_and_restore()
    ns = _shell().user_ns
    for name, value in _swapped.items():
        if value is _MISSING:
            ns.pop(name, None)
        else:
            ns[name] = value
    _swapped.clear()
    return found
