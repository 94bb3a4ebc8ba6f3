// The five experiments of the scripting issue, word for word: every capability of the DSL.
// scripting/target/activations run examples/scripts/dsl-tour.groovy --out target/tour

experiment('Softmax vs divide-by-sum') {
    logits z1: [0.25, 1.23, -0.8], z2: [-0.25, 1, -0.75], z3: [0.1, 0.9, 0.2], z4: [0, 0.9, 0.1]
    apply softmax, divideBySum
    show digits: 3
}
experiment('Temperature') {
    logits z: [0.25, 1.23, -0.8]
    apply softmax, temperature: [0.1, 0.5, 1, 2, 10]
    plot 'temperature.png'
}
experiment('Sigmoid curve') {
    plot sigmoid, from: -10, to: 10, file: 'sigmoid.svg'
}
experiment('Two-class softmax is sigmoid') {
    check('softmax([z, 0])[0] == sigmoid(z)', tries: 100_000, seed: 42) { double z -> softmax([z, 0])[0] == sigmoid(z) }
}
experiment('Random logits') {
    logits random(classes: 10, count: 1000, distribution: normal(0, 3), seed: 7)
    apply softmax
    summarize entropy, maxProbability
}
