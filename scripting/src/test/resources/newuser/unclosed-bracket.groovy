// The syntax error names the line of the bracket left open, not where Groovy gave up.
// exit: 1
// err: {file}:5: '[' is not closed: ']' missing (Groovy stopped at line 6: unexpected input 'apply')
experiment('syntax') {
    logits z: [1, 2, 3
    apply softmax
}
