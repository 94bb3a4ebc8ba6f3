// exit: 1
// err: {file}:5: softmax(temperature: 2) is not a function call here; parameters follow the function after a comma: apply softmax, temperature: 2
experiment('call') {
    logits z: [0.25, 1.23, -0.8]
    apply softmax(temperature: 2)
}
