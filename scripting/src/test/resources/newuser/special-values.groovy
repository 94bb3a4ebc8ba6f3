// Infinite and NaN logits, a zero sum and empty logits are cell errors; the rest still runs.
// args: --format json
// exit: 0
// out: "input":["Infinity",1.0]
// out: "activation":"logSumExp","params":{},"output":"Infinity"
// out: "error":"z[1] is NaN"
// out: "error":"z is empty (length 0): at least one entry is needed"
// out: "error":"sum of logits is 0 in z: divide-by-sum is undefined (softmax never divides by zero)"
experiment('special') {
    logits z: [Double.POSITIVE_INFINITY, 1], n: [1, Double.NaN], e: [], w: [-0.25, 1, -0.75], h: [1000, 0]
    apply softmax, divideBySum, logSumExp
}
