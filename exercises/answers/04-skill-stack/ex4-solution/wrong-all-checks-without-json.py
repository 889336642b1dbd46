# slip: computes all_checks from the text checks only
import json

CHECKS = ("valid_json", "required_keys", "max_length", "must_mention", "must_not_mention", "all_checks")


def eval_outputs(outputs, required_keys, max_chars, must_mention, must_not_mention):
    """Run assertion checks on model outputs; return the pass rate of each check."""
    if not isinstance(outputs, (list, tuple)):
        raise TypeError("outputs must be a list of strings")
    if len(outputs) == 0:  # a pass rate over zero outputs is undefined
        raise ValueError("outputs is empty: no pass rate to report")
    if not all(isinstance(o, str) for o in outputs):
        raise TypeError("every output must be a str")
    for name, seq in (("required_keys", required_keys), ("must_mention", must_mention),
                      ("must_not_mention", must_not_mention)):
        if not isinstance(seq, (list, tuple)) or not all(isinstance(s, str) for s in seq):
            raise TypeError(f"{name} must be a list of strings")
    if isinstance(max_chars, bool) or not isinstance(max_chars, int):
        raise TypeError("max_chars must be an int")
    if max_chars < 0:  # a negative length limit makes no sense
        raise ValueError("max_chars must be >= 0")
    passed = {name: 0 for name in CHECKS}
    for out in outputs:  # run every check on every output
        try:
            obj = json.loads(out)  # may be a dict, list, str, number or None
        except json.JSONDecodeError:  # not JSON at all
            obj = None
        low = out.lower()  # terms match case-insensitively
        results = {
            "valid_json": isinstance(obj, dict),
            "required_keys": isinstance(obj, dict) and all(key in obj for key in required_keys),
            "max_length": len(out) <= max_chars,
            "must_mention": all(term.lower() in low for term in must_mention),
            "must_not_mention": not any(term.lower() in low for term in must_not_mention),
        }
        results["all_checks"] = results["max_length"] and results["must_mention"] and results["must_not_mention"]
        for name, ok in results.items():
            passed[name] += ok  # True counts as 1
    return {name: passed[name] / len(outputs) for name in CHECKS}
