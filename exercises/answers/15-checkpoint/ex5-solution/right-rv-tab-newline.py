# style: lowercase with tab and newline around it
ex5_choice = "\tc\n"
