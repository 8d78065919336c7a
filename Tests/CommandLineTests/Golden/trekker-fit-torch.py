# fit of w*x + b by sgd with full batches
# reproduced in PyTorch: autograd computes the gradient, torch.optim takes the step
import math
import torch

torch.set_default_dtype(torch.float64)

x = torch.tensor([1.0, 2.0, 3.0, 4.0, 5.0])
y = torch.tensor([2.0, 4.0, 5.0, 4.0, 5.0])
m = len(y)


def loss(w, b):
    h = b + w * x  # the model at every x at once
    return ((h - y) ** 2).sum() / (2 * m)


w = torch.tensor(0.0, requires_grad=True)
b = torch.tensor(0.0, requires_grad=True)
params = [w, b]
optimizer = torch.optim.SGD(params, lr=0.01)
steps = 1000

for t in range(1, steps + 1):  # Descent: ran all 1000 steps
    optimizer.zero_grad()  # forget the last step's gradient
    f = loss(*params)
    f.backward()  # autograd: the gradient of f into each p.grad
    optimizer.step()  # one SGD update

print("final =", [p.item() for p in params])
with torch.no_grad():
    print("loss =", loss(*params).item())

