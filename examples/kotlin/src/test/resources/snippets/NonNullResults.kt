// Compiled by NullSafetyTest, not by the build. Each "expect:" comment is checked against the compiler's diagnostics:
// that line must get a warning, and no other line may get any diagnostic.
import io.github.activations.Argmax
import io.github.activations.CrossEntropy
import io.github.activations.DivideBySum
import io.github.activations.LogSigmoid
import io.github.activations.LogSoftmax
import io.github.activations.LogSumExp
import io.github.activations.Logit
import io.github.activations.OneHot
import io.github.activations.Sigmoid
import io.github.activations.Softmax
import io.github.activations.Softmin
import io.github.activations.TopK

// Every result is a non-null Kotlin type, not a platform type (DoubleArray!): a safe call on it is flagged as
// unnecessary. On a platform type the compiler would stay silent, as it does for the JDK call at the end.
fun results(z: DoubleArray, rows: Array<DoubleArray>) {
    Softmax.of(z)?.size                                  // expect: warning
    Softmax.of(floatArrayOf(1f, 2f))?.size               // expect: warning
    Softmax.of(z, 2.0)?.size                             // expect: warning
    Softmax.of(z, booleanArrayOf(true, false))?.size     // expect: warning
    Softmax.of(rows)?.size                               // expect: warning
    Softmax.of(rows)[0]?.size                            // expect: warning
    Softmax.backward(z, z)?.size                         // expect: warning
    Softmax.jacobian(z)[0]?.size                         // expect: warning
    LogSoftmax.of(z)?.size                               // expect: warning
    Softmin.of(z)?.size                                  // expect: warning
    Sigmoid.of(z)?.size                                  // expect: warning
    DivideBySum.of(z)?.size                              // expect: warning
    Argmax.of(rows)?.size                                // expect: warning
    TopK.of(z, 2)?.size                                  // expect: warning
    OneHot.of(1, 3)?.size                                // expect: warning
    CrossEntropy.of(rows, intArrayOf(0))?.size           // expect: warning
    Softmax.of(rows, 0.5)[0]?.size                       // expect: warning
    Softmax.into(z, DoubleArray(z.size))?.size           // expect: warning
    Softmax.inPlace(z.copyOf())?.size                    // expect: warning
    LogSumExp.of(rows)?.size                             // expect: warning
    TopK.of(rows, 1)[0]?.size                            // expect: warning
    OneHot.of(intArrayOf(0, 2), 3)[1]?.size              // expect: warning
    OneHot.ofFloat(1, 3)?.size                           // expect: warning
    Logit.of(doubleArrayOf(0.5))?.size                   // expect: warning
    LogSigmoid.of(floatArrayOf(0f))?.size                // expect: warning
    System.getProperty("platform.type")?.length          // the control: a platform type, no warning
}
