// args: --format csv
// exit: 0
// out: "Софтмакс σ – ""quoted"", comma",ζ,"[0.25, 1.23, -0.8]",softmax,,"[0.249104, 0.663726, 0.0871708]",
experiment('Софтмакс σ – "quoted", comma') {
    logits 'ζ', [0.25, 1.23, -0.8]
    apply softmax
}
