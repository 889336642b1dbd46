# slip: bytes where a str is asked
ex5_choice = b"C"
