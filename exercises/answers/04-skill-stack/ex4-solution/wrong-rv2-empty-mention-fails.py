# slip: an empty must_mention list fails every output (any() of nothing)
import json

CHECKS = ("valid_json", "required_keys", "max_length", "must_mention", "must_not_mention", "all_checks")


def eval_outputs(outputs, required_keys, max_chars, must_mention, must_not_mention):
    """Run assertion checks on model outputs; return the pass rate of each check."""
    if not isinstance(outputs, (list, tuple)) or not all(isinstance(o, str) for o in outputs):
        raise TypeError("outputs must be a list or tuple of str")
    for terms in (required_keys, must_mention, must_not_mention):
        if not isinstance(terms, (list, tuple)) or not all(isinstance(t, str) for t in terms):
            raise TypeError("term lists must be lists or tuples of str")
    if type(max_chars) is not int:
        raise TypeError("max_chars must be an int")
    if not outputs:
        raise ValueError("no outputs")
    if max_chars < 0:
        raise ValueError("max_chars must be >= 0")
    passed = {name: 0 for name in CHECKS}
    for out in outputs:
        try:
            obj = json.loads(out)
        except ValueError:
            obj = None
        low = out.lower()
        r = {
            "valid_json": isinstance(obj, dict),
            "required_keys": isinstance(obj, dict) and all(k in obj for k in required_keys),
            "max_length": len(out) <= max_chars,
            "must_mention": bool(must_mention) and all(t.lower() in low for t in must_mention),
            "must_not_mention": not any(t.lower() in low for t in must_not_mention),
        }
        r["all_checks"] = all(r.values())
        for name in CHECKS:
            passed[name] += bool(r[name])
    return {name: passed[name] / len(outputs) for name in CHECKS}
