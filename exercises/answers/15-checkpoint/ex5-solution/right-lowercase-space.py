# style: lowercase with a trailing space
ex5_choice = "c "
