// A data set kept in a variable named like a word hides the word; the message says so, not Groovy's "call" method.
// exit: 1
// err: {file}:6: 'data' is also a variable of this script (def data = …), which hides the word data here; give the variable another name
def data = simulated(classes: 3, count: 100)
experiment('clash') {
    data data
    evaluate accuracy
}
