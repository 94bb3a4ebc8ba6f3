# Writes the example data sets of examples/scripts/calibration.groovy (run in this folder: python3 make.py).
#
# A simulated classifier whose calibration is known exactly: each row draws a class y of
# {seal, panda, duck} and features x = g + mu * onehot(y), g standard normal. Then the exact
# posterior is softmax(mu * x), so logits mu * x would be calibrated; this "model" is
# overconfident: its logits are s * mu * x with s = 2.5, and temperature scaling should find
# T close to 2.5. The binary scores are s * mu * (x1 - x0) of two classes (Platt: a = 1/s, b = 0).
import json
import numpy as np

classes = ['seal', 'panda', 'duck']
mu, s = 1.5, 2.5
rng = np.random.default_rng(20261204)


def draw(n, k):
    y = rng.integers(0, k, size=n)
    x = rng.standard_normal((n, k)) + mu * np.eye(k)[y]
    return s * mu * x, y


z, y = draw(600, 3)
np.save('val_logits.npy', z.astype('<f4'))
np.save('val_labels.npy', y.astype('<i8'))

z, y = draw(600, 3)
with open('test.csv', 'w') as out:
    out.write('# held-out logits of the simulated seal/panda/duck model (make.py)\n')
    out.write(','.join(classes + ['label']) + '\n')
    for row, label in zip(z, y):
        out.write(','.join(repr(float(v)) for v in row) + ',' + classes[label] + '\n')

z, y = draw(600, 3)
with open('test.json', 'w') as out:
    json.dump({'classes': classes, 'logits': [[float(v) for v in row] for row in z], 'labels': [int(v) for v in y]},
              out)

z, y = draw(2000, 2)
np.save('scores.npy', (z[:, 1] - z[:, 0]).astype('<f8'))
np.save('labels.npy', y.astype('<i4'))
