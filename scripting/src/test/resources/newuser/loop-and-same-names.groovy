// Experiments made in a loop, two with the same name; --out keeps both CSV files.
// args: --out {out}
// exit: 0
// out: == T=0.5
// out: == T=2
// file: same.csv
// file: same-2.csv
for (t in [0.5, 1, 2]) {
    experiment("T=$t") {
        logits z: [0.25, 1.23, -0.8]
        apply softmax, temperature: t
    }
}
experiment('same') { logits z: [1, 2]; apply softmax }
experiment('same') { logits z: [3, 4]; apply softmax }
experiment('empty') { }
