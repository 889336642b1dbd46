# slip: the handshake of older revisions
ex7_choice = "B"
