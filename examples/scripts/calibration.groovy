// Is the model as sure as it is right? Calibration of a (simulated) seal/panda/duck classifier.
// Run from the repository root:  scripting/target/activations run examples/scripts/calibration.groovy
// The data in examples/data come from make.py there: a model whose logits are 2.5 times too large.

def val = dataset(logits: 'examples/data/val_logits.npy', labels: 'examples/data/val_labels.npy',
                  classes: ['seal', 'panda', 'duck'], name: 'validation')
def test = dataset('examples/data/test.csv', labelColumn: 'label', name: 'test')

experiment('An overconfident model') {
    data val
    evaluate accuracy, nll, brier, ece, mce
    plot reliability, file: 'reliability-before.png'     // bars far below the diagonal: too sure
    plot confidence, file: 'confidence.png'              // most answers given with confidence near 1
}

experiment('Which temperature?') {
    data val
    apply softmax, temperature: [0.5, 1, 1.5, 2, 2.5, 3, 4, 6]
    evaluate nll, ece
    plot nll, ece, file: 'nll-ece-vs-temperature.png'    // both lowest between T = 2 and 2.5
}

experiment('Temperature scaling: fitted on validation, checked on test') {
    data test, dataset('examples/data/test.json', name: 'test (JSON)')
    evaluate accuracy, nll, ece
    calibrate temperature, on: val                      // T = 2.29 (2.5 made the data; 600 rows estimate it); accuracy unchanged
    plot reliability, file: 'reliability-after.png'
}

experiment('One score per row: Platt scaling') {
    data dataset(scores: 'examples/data/scores.npy', labels: 'examples/data/labels.npy', name: 'binary')
    evaluate accuracy, nll, brier, ece
    calibrate platt                                     // sigmoid(a·s + b) with a close to 1/2.5, b close to 0
}
