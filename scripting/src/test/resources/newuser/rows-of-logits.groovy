// Nested lists are rows z1, z2; ints and doubles mix.
// args: --format csv
// exit: 0
// out: rows,z1,"[1, 2, 3]",argmax,,2,
// out: rows,z2,"[0.5, -0.5, 0]",softmax,,"[0.50648, 0.186324, 0.307196]",
experiment('rows') {
    logits([[1, 2, 3], [0.5, -0.5, 0]])
    apply softmax, argmax
}
