// BigDecimal literals in parameters come out as plain numbers; small outputs in scientific form.
// args: --format csv
// exit: 0
// out: sweep,z,"[0.25, 1.23, -0.8]",softmax,temperature=0.1,"[5.54485e-5, 0.999945, 1.52686e-9]",
// out: sweep,z,"[0.25, 1.23, -0.8]",crossEntropy,"target=[0.2, 0.5, 0.3]",1.21489,
experiment('sweep') {
    logits z: [0.25, 1.23, -0.8]
    apply softmax, temperature: [0.1, 0.25]
    apply crossEntropy, target: [0.2, 0.5, 0.3]
}
