# style: lowercase with tab and newline around it
ex2_choice = "\td\n"
