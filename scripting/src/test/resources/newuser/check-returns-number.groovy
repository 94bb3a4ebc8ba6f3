// A property that forgets its comparison is told so, instead of failing on Groovy truth.
// args: --format json
// exit: 1
// out: "passed":false
// out: not true or false
// err: {file}:8: check 'forgot the comparison' failed on [-2.8997681372271478]: the property returned
experiment('number') {
    check('forgot the comparison') { double z -> sigmoid(z) }
}
