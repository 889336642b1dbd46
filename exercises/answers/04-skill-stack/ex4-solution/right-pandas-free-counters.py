# style: per-check lists of booleans and sum/len, with a helper per check
import json

CHECKS = ("valid_json", "required_keys", "max_length", "must_mention", "must_not_mention", "all_checks")


def _object(text):
    try:
        value = json.loads(text)
    except ValueError:
        return None
    return value if type(value) is dict else None


def eval_outputs(outputs, required_keys, max_chars, must_mention, must_not_mention):
    """Run assertion checks on model outputs; return the pass rate of each check."""
    if not isinstance(outputs, (list, tuple)):
        raise TypeError("outputs must be a list or tuple")
    if not outputs:
        raise ValueError("no outputs")
    for o in outputs:
        if not isinstance(o, str):
            raise TypeError("outputs are strings")
    for seq in (required_keys, must_mention, must_not_mention):
        if not isinstance(seq, (list, tuple)):
            raise TypeError("term lists must be lists or tuples")
        for item in seq:
            if not isinstance(item, str):
                raise TypeError("terms must be strings")
    if type(max_chars) is not int:
        raise TypeError("max_chars must be an int")
    if max_chars < 0:
        raise ValueError("max_chars must not be negative")
    table = {name: [] for name in CHECKS}
    for text in outputs:
        obj = _object(text)
        folded = text.casefold()
        row = [
            obj is not None,
            obj is not None and set(required_keys) <= set(obj),
            len(text) <= max_chars,
            all(t.casefold() in folded for t in must_mention),
            all(t.casefold() not in folded for t in must_not_mention),
        ]
        row.append(all(row))
        for name, ok in zip(CHECKS, row):
            table[name].append(bool(ok))
    return {name: sum(table[name]) / len(table[name]) for name in CHECKS}
