// A plot file followed by options, the way the curve form takes them.
// args: --out {out}
// exit: 0
// file: small.png
// file: framed.svg
experiment('sweep') {
    logits z: [0.25, 1.23, -0.8]
    apply softmax, temperature: [0.5, 1, 2]
    plot 'small.png', width: 320, height: 240
    plot 'framed.svg', title: 'Temperature sweep'
}
