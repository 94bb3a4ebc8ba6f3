// Very small probabilities keep their exponent in tables and full precision in JSON.
// args: --format json
// exit: 0
// out: "input":[0.0,-700.0,-1.0E-300]
// out: "output":[0.5,4.929838271879885E-305,0.5]
experiment('tiny') {
    logits z: [0, -700, -1e-300]
    apply softmax
}
