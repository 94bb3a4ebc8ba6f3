// Top-level statements, plain functions on lists, core classes, variables used in experiments.
// exit: 0
// out: [0.09003057317038046, 0.24472847105479767, 0.6652409557748219]
// out: 0.5
// out: [1, 0]
// out: z       [0.25, 1.23, -0.8]  argmax              1
println softmax([1, 2, 3])
println sigmoid(0)
println topK([0.25, 1.23, -0.8], 2)
assert Softmax.of([1, 2, 3] as double[]).toList() == softmax([1, 2, 3])
def z = [0.25, 1.23, -0.8]
experiment('variables') {
    logits z: z
    apply argmax
}
