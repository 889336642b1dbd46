# style: lowercase with a tab and a newline around it
ex2_choice = "\td\n"
