# style: a numpy boolean matrix (outputs x checks), column means converted to float, tuples as term lists
import json

import numpy as np

CHECKS = ("valid_json", "required_keys", "max_length", "must_mention", "must_not_mention", "all_checks")


def _as_object(text):
    try:
        value = json.loads(text)
    except json.JSONDecodeError:
        return None
    return value if type(value) is dict else None


def eval_outputs(outputs, required_keys, max_chars, must_mention, must_not_mention):
    """Run assertion checks on model outputs; return the pass rate of each check."""
    if type(outputs) not in (list, tuple) or any(type(o) is not str for o in outputs):
        raise TypeError("outputs must be a list or tuple of str")
    for terms in (required_keys, must_mention, must_not_mention):
        if type(terms) not in (list, tuple) or any(type(t) is not str for t in terms):
            raise TypeError("term lists must be lists or tuples of str")
    if isinstance(max_chars, bool) or not isinstance(max_chars, int):
        raise TypeError("max_chars must be an int")
    if len(outputs) == 0 or max_chars < 0:
        raise ValueError("bad outputs or max_chars")
    rows = []
    for out in tuple(outputs):
        obj = _as_object(out)
        folded = out.casefold()
        mention = [t.casefold() in folded for t in must_mention]
        forbidden = [t.casefold() in folded for t in must_not_mention]
        row = [obj is not None,
               obj is not None and set(required_keys) <= set(obj),
               len(out) <= max_chars,
               bool(np.all(mention)) if mention else True,
               not bool(np.any(forbidden)) if forbidden else True]
        rows.append(row + [all(row)])
    rates = np.array(rows, dtype=bool).mean(axis=0)
    return {name: float(rate) for name, rate in zip(CHECKS, rates)}
