// exit: 1
// err: {file}:6: 'show' needs something to work on, e.g. show digits: 3
experiment('show') {
    logits z: [0.25, 1.23, -0.8]
    apply softmax
    show
}
