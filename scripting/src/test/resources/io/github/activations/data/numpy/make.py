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
