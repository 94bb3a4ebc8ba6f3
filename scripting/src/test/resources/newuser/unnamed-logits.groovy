// `logits [..]` parses as indexing in Groovy; the runner makes it the README's one vector named z.
// exit: 0
// out: z       [0.25, 1.23, -0.8]  softmax             [0.249104, 0.663726, 0.0871708]
experiment('one vector') {
    logits [0.25, 1.23, -0.8]
    apply softmax
}
