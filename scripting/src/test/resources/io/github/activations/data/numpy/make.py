# Writes the NumPy fixtures of DatasetReaderNumpyTest (run in this folder: python3 make.py).
import numpy as np
from numpy.lib import format as f
z = [[0.25, 1.23, -0.8, 5.0], [np.inf, -np.inf, -0.0, 2.5e-3], [1e-40, 3.0e38, -7.5, 0.1]]
np.save('logits_f4.npy', np.array(z, dtype='<f4'))
np.save('logits_f8_big_fortran.npy', np.asfortranarray(np.array(z, dtype='>f8')))
for v in (2, 3):
    with open(f'logits_f4_v{v}.npy', 'wb') as out:
        f.write_array(out, np.array(z, dtype='<f4'), version=(v, 0))
np.save('logits_f2.npy', np.array([[0.5, -1.5, 65504.0], [2.0**-24, np.inf, -0.0]], dtype='<f2'))
np.save('scores_f8.npy', np.array([-2.5, 0.0, 7.25]))
np.save('labels_i8.npy', np.array([0, 3, 1]))
np.save('labels_u1.npy', np.array([0, 3, 1], dtype='u1'))
np.save('labels_i4_big.npy', np.array([0, 3, 1], dtype='>i4'))
np.save('labels_bool.npy', np.array([True, False, True]))
np.savez('val.npz', logits=np.array(z, dtype='<f4'), labels=np.array([0, 3, 1]))
np.savez_compressed('val_compressed.npz', logits=np.array(z, dtype='<f8'), labels=np.array([0, 3, 1]))
np.savez('unnamed.npz', np.array(z, dtype='<f4'), np.array([0, 3, 1]))
np.savetxt('logits.csv', np.array(z), delimiter=',', header='seal,panda,duck,cat', comments='')
np.save('shape_3d.npy', np.zeros((2, 2, 2), dtype='<f4'))
np.save('scalar.npy', np.float32(1.5))
np.save('logits_i8.npy', np.array([[1, 2], [3, 4]]))
np.save('onehot_labels.npy', np.eye(3, dtype='i8'))
# A labelled CSV as a model's evaluation writes it (pandas' to_csv(index=False) writes the same
# layout: a header, a label column of integers), and NumPy's own accuracy and mean NLL of it.
rng = np.random.default_rng(7)
zl = rng.standard_normal((20, 4)) * 2
yl = rng.integers(0, 4, 20)
zl[np.arange(20), yl] += 1.5  # a model better than chance
np.savetxt('labelled.csv', np.column_stack([zl, yl]), delimiter=',', header='seal,panda,duck,cat,label',
           comments='', fmt=['%.17g'] * 4 + ['%d'])
m = zl.max(axis=1)
nll = np.mean(m + np.log(np.exp(zl - m[:, None]).sum(axis=1)) - zl[np.arange(20), yl])
with open('labelled_expected.csv', 'w') as out:
    out.write(f'accuracy,nll\n{float(np.mean(zl.argmax(axis=1) == yl))!r},{float(nll)!r}\n')
