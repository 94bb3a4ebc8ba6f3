// Compiled by NullSafetyTest, not by the build. Each "expect:" comment is checked against the compiler's diagnostics:
// that line must get an error, and no other line may get any diagnostic.
import io.github.activations.Argmax
import io.github.activations.Sigmoid
import io.github.activations.Softmax

// Passing null to core does not compile: every parameter is non-null (@NullMarked).
// tag::pass-null[]
fun passNull(z: DoubleArray, maybe: DoubleArray?) {
    Softmax.of(null)                                     // expect: error
    Softmax.of(maybe)                                    // expect: error
    Softmax.backward(z, maybe)                           // expect: error
    Sigmoid.of(null as FloatArray?)                      // expect: error
    Argmax.of(arrayOf<DoubleArray?>(z, null))            // expect: error
}
// end::pass-null[]
