// A temperature sweep: softmax(z / T). Low T approaches one-hot argmax, high T approaches uniform.
// scripting/target/activations run examples/scripts/temperature.groovy --out target/plots

experiment('Temperature sweep of z = [0.25, 1.23, -0.8]') {
    logits z: [0.25, 1.23, -0.8]
    apply softmax, temperature: [0.1, 0.5, 1, 2, 10]
    show digits: 3
    plot 'temperature.png'
}

experiment('Entropy grows with temperature') {
    logits random(classes: 3, count: 200, distribution: normal(0, 1), seed: 1)
    apply softmax, temperature: [0.5, 1, 2]
    summarize entropy, maxProbability
    show rows: 3
}
