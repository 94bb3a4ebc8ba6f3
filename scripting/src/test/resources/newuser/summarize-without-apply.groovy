// The error names the summarize line, not the experiment's first line.
// exit: 1
// err: {file}:6: experiment 'sum' summarizes but applies nothing; add e.g. apply softmax
experiment('sum') {
    logits random(classes: 5, count: 10)
    summarize entropy
}
