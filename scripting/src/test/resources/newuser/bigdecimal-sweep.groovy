// BigDecimal literals in parameters come out as plain numbers; CSV keeps every digit, tiny ones in scientific form.
// args: --format csv
// exit: 0
// out: sweep,z,softmax,temperature=0.1,0,0.25,0.0000554485246381331,
// out: sweep,z,softmax,temperature=0.1,1,1.23,0.9999445499485063,
// out: sweep,z,softmax,temperature=0.1,2,-0.8,1.5268554902161597e-9,
// out: sweep,z,crossEntropy,"target=[0.2, 0.5, 0.3]",,,1.214886399777708,
experiment('sweep') {
    logits z: [0.25, 1.23, -0.8]
    apply softmax, temperature: [0.1, 0.25]
    apply crossEntropy, target: [0.2, 0.5, 0.3]
}
