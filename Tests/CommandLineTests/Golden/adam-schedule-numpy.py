# adam on (x - 1)^2 + x*y/4 + 3*sin(y)^2 from x = 2, y = 1
# reproduced in NumPy: the exact gradient and Adam's update, by hand
import numpy as np


def loss(x, y):
    return (x - 1) ** 2 + 1 / 4 * x * y + 3 * np.sin(y) ** 2


def gradient(x, y):
    # the exact partial derivatives
    return np.array([1 / 4 * y + 2 * x - 2, 1 / 4 * x + 6 * np.cos(y) * np.sin(y)], dtype=float)


theta = np.array([2.0, 1.0])  # x, y
steps = 50
lr = 0.05
betas = (0.9, 0.999)
eps = 1e-08
weight_decay = 0.01
beta1, beta2 = betas
m = np.zeros_like(theta)  # first moment
v = np.zeros_like(theta)  # second moment (uncentered variance)

def learning_rate(t):
    # torch.optim.lr_scheduler's closed form after t scheduler steps
    return lr * (0.3333333333333333 + (1 - 0.3333333333333333) * min((t - 0), 5) / 5) if t < 5 else 0.0 + (lr - 0.0) * (1 + np.cos(np.pi * (t - 5) / 45)) / 2

for t in range(1, steps + 1):  # Descent ran all 50 steps
    g = gradient(*theta)
    g = g + weight_decay * theta
    m = m + (1 - beta1) * (g - m)
    v = beta2 * v + (1 - beta2) * g * g
    bias_correction1 = 1 - beta1 ** t
    bias_correction2 = 1 - beta2 ** t
    theta = theta - (learning_rate(t - 1) / bias_correction1) * m / (np.sqrt(v) / np.sqrt(bias_correction2) + eps)

print("final =", [float(v) for v in theta])
print("loss =", float(loss(*theta)))

