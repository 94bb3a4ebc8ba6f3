// Groovy users write assert in properties; a closure that returns nothing passes unless it throws.
// exit: 0
// out: sigmoid is in [0, 1]   1000    42  passed
experiment('assert') {
    check('sigmoid is in [0, 1]') { double z -> assert sigmoid(z) >= 0 && sigmoid(z) <= 1 }
}
