// Nested lists are rows z1, z2; ints and doubles mix.
// args: --format csv
// exit: 0
// out: rows,z1,argmax,,,,2,
// out: rows,z2,softmax,,0,0.5,0.506480391055654,
// out: rows,z2,softmax,,1,-0.5,0.1863237232258476,
// out: rows,z2,softmax,,2,0,0.3071958857184984,
experiment('rows') {
    logits([[1, 2, 3], [0.5, -0.5, 0]])
    apply softmax, argmax
}
