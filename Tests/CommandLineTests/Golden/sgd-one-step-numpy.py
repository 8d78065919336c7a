# sgd on (w - 2)^2 from w = 5
# reproduced in NumPy: the exact gradient and SGD's update, by hand
import numpy as np


def loss(w):
    return (w - 2) ** 2


def gradient(w):
    # the exact partial derivatives
    return np.array([2 * w - 4], dtype=float)


theta = np.array([5.0])  # w
steps = 1
lr = 0.1
for t in range(1, steps + 1):  # Descent ran all 1 steps
    g = gradient(*theta)
    theta = theta - lr * g

print("final =", [float(v) for v in theta])
print("loss =", float(loss(*theta)))

