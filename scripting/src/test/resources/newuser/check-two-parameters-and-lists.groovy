// exit: 0
// out: sigmoid is monotone   1000    42  passed
// out: softmax sums to 1      300    42  passed
experiment('checks') {
    check('sigmoid is monotone') { double a, double b -> a <= b ? sigmoid(a) <= sigmoid(b) : sigmoid(a) >= sigmoid(b) }
    check('softmax sums to 1', tries: 300) { List z -> Math.abs(softmax(z).sum() - 1) < 1e-9 }
}
