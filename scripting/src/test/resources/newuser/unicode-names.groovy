// args: --format csv
// exit: 0
// out: "Софтмакс σ – ""quoted"", comma",ζ,softmax,,1,1.23,0.663725645234628,
experiment('Софтмакс σ – "quoted", comma') {
    logits 'ζ', [0.25, 1.23, -0.8]
    apply softmax
}
