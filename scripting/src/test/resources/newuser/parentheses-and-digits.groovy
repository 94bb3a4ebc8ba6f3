// A new user's first script: parentheses everywhere, Groovy's BigDecimal literals.
// exit: 0
// out: z       [0.25, 1.23, -0.8]  softmax             [0.249, 0.664, 0.087]
experiment('tutorial') {
    logits(z: [0.25, 1.23, -0.8])
    apply(softmax)
    show(digits: 3)
}
