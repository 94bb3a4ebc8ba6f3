// exit: 1
// err: {file}:4: logits z must be a list of numbers, e.g. [0.5], not the single number 0.5
experiment('scalar') {
    logits z: 0.5
    apply sigmoid
}
