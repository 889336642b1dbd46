# style: built from an index into a string
ex5_choice = "ABCD"["ABCD".index("C")]
