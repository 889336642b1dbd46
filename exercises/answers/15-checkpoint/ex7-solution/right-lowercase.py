# style: lowercase with a leading space
ex7_choice = " a"
