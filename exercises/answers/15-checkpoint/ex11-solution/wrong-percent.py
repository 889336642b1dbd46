# slip: a percentage
ex11_p = 6.54296875
