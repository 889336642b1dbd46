# slip: bytes where a str is asked
ex7_choice = b"A"
