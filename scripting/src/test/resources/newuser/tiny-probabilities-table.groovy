// exit: 0
// out: z       [0, -700, -1e-300]  softmax                      [0.5, 4.92984e-305, 0.5]
// out: z       [0, -700, -1e-300]  softmax     temperature=0.1  [0.5, 0, 0.5]
experiment('tiny') {
    logits z: [0, -700, -1e-300]
    apply softmax
    apply softmax, temperature: 0.1
}
