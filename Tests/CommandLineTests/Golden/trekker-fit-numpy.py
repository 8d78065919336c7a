# fit of w*x + b by sgd with full batches
# reproduced in NumPy: the exact gradient and SGD's update, by hand
import numpy as np

x = np.array([1.0, 2.0, 3.0, 4.0, 5.0])
y = np.array([2.0, 4.0, 5.0, 4.0, 5.0])
m = len(y)
# one column per parameter: dh/dw, dh/db (a column of ones for a bias)
X = np.column_stack([x, np.ones(m)])


def loss(theta):
    r = X @ theta - y
    return r @ r / (2 * m)


def gradient(theta):
    return X.T @ (X @ theta - y) / m


theta = np.array([0.0, 0.0])  # w, b
steps = 1000
lr = 0.01
for t in range(1, steps + 1):  # Descent: ran all 1000 steps
    g = gradient(theta)
    theta = theta - lr * g

print("final =", [float(v) for v in theta])
print("loss =", float(loss(theta)))

