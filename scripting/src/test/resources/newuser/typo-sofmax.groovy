// exit: 1
// err: {file}:5: unknown word 'sofmax'; did you mean 'softmax'?
experiment('typo') {
    logits z: [1, 2, 3]
    apply sofmax
}
