// The tutorial's sigmoid plot: σ(x) = 1 / (1 + e^−x) squishes every real number into (0, 1).
// scripting/target/activations run examples/scripts/sigmoid-plot.groovy --out target/plots

experiment('Sigmoid function') {
    plot sigmoid, from: -10, to: 10, points: 200, file: 'sigmoid.png', title: 'Sigmoid Function'
    plot sigmoid, from: -10, to: 10, points: 200, file: 'sigmoid.svg', title: 'Sigmoid Function'
}

experiment('Sigmoid at a few points') {
    logits x: [-10, -1, 0, 1, 10]
    apply sigmoid
    show digits: 3
}
