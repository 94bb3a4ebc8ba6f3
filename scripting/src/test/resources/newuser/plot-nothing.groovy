// args: --out {out}
// exit: 1
// err: {file}:6: plot 'nothing.png': nothing to plot; add e.g. apply softmax, or plot a curve: plot sigmoid, file: 'nothing.png'
experiment('plot') {
    logits z: [1, 2]
    plot 'nothing.png'
}
