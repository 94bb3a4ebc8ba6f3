// A failed check is reported in the table and makes the run fail, with the check's line.
// exit: 1
// out: FAILED on [191.457]: assert sigmoid(z) < 1
// err: {file}:6: check 'sigmoid < 1' failed on [191.45680557992728]: assert sigmoid(z) < 1
experiment('assert fails') {
    check('sigmoid < 1') { double z -> assert sigmoid(z) < 1 }
}
