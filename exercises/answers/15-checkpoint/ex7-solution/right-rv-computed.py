# style: built from an index into a string
ex7_choice = "ABCD"["ABCD".index("A")]
