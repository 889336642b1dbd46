# slip: strings
ex13_interval = ("0.125", "-0.019", "0.269")
