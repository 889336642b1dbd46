# style: built from an index into a string
ex2_choice = "ABCD"["ABCD".index("D")]
