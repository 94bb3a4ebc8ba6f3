// Logits and nothing else: the table says what to add instead of printing only the title.
// exit: 0
// out: == nothing yet
// out:   nothing to show: add e.g. apply softmax, evaluate accuracy (with data), or plot sigmoid, file: 'curve.png'
experiment('nothing yet') {
    logits z: [0.25, 1.23, -0.8]
}
