// `logits = [..]` inside an experiment adds the vector (it used to set a script variable silently).
// exit: 0
// out: z       [1, 2, 3]  softmax             [0.0900306, 0.244728, 0.665241]
experiment('assigned') {
    logits = [1, 2, 3]
    apply softmax
}
