// exit: 1
// err: {file}:3: experiment needs a name: experiment('my experiment') { … }
experiment {
    logits z: [1, 2]
    apply softmax
}
