# sgd on (w - 2)^2 from w = 5
# reproduced in PyTorch: autograd computes the gradient, torch.optim takes the step
import math
import torch

torch.set_default_dtype(torch.float64)


def loss(w):
    return (w - 2) ** 2


w = torch.tensor(5.0, requires_grad=True)
params = [w]
optimizer = torch.optim.SGD(params, lr=0.1)
steps = 1

for t in range(1, steps + 1):  # Descent ran all 1 steps
    optimizer.zero_grad()  # forget the last step's gradient
    f = loss(*params)
    f.backward()  # autograd: the gradient of f into each p.grad
    optimizer.step()  # one SGD update

print("final =", [p.item() for p in params])
with torch.no_grad():
    print("loss =", loss(*params).item())

