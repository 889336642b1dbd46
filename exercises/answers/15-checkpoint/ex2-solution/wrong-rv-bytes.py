# slip: bytes where a str is asked
ex2_choice = b"D"
