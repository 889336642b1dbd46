# style: lowercase with tab and newline around it
ex7_choice = "\ta\n"
