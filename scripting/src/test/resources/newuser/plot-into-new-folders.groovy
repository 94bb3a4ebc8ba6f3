// Plot paths may name folders that do not exist yet.
// args: --out {out}/nested/out
// exit: 0
// file: nested/out/plots/a/temperature.png
// file: nested/out/curves/sigmoid.svg
// file: nested/out/sweep.csv
experiment('sweep') {
    logits z: [0.25, 1.23, -0.8]
    apply softmax, temperature: [0.5, 1, 2]
    plot 'plots/a/temperature.png'
}
experiment('curve') {
    plot sigmoid, from: -5, to: 5, file: 'curves/sigmoid.svg'
}
