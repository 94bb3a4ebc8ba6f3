// The softmax tutorial, reproduced. Run it with:
//   scripting/target/activations run examples/scripts/tutorial.groovy
// No imports needed: every core function is a word of the DSL.

// The network's raw outputs for the classes {seal, panda, duck}.
experiment('softmax(z) for z = [0.25, 1.23, -0.8]') {
    logits z: [0.25, 1.23, -0.8]
    apply softmax, argmax
    show digits: 3
}

// Why not just divide by the sum? z1 has negative "probabilities", z2 sums to 0,
// z3 only keeps the ratio 1:9:2, z4 keeps the 0 at 0. Softmax handles all four.
experiment('Divide-by-sum vs softmax') {
    logits z1: [0.25, 1.23, -0.8], z2: [-0.25, 1, -0.75], z3: [0.1, 0.9, 0.2], z4: [0, 0.9, 0.1]
    apply divideBySum, softmax
    show digits: 3
}

// For N = 2 classes with raw outputs [z, 0], softmax is the sigmoid: softmax([z, 0])[0] == σ(z),
// checked bit for bit on seeded random z (edge cases included).
experiment('N = 2: softmax is sigmoid') {
    check('softmax([z, 0])[0] == sigmoid(z)', tries: 100_000, seed: 42) { double z -> softmax([z, 0])[0] == sigmoid(z) }
}
