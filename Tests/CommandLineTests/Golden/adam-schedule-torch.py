# adam on (x - 1)^2 + x*y/4 + 3*sin(y)^2 from x = 2, y = 1
# reproduced in PyTorch: autograd computes the gradient, torch.optim takes the step
import math
import torch

torch.set_default_dtype(torch.float64)


def loss(x, y):
    return (x - 1) ** 2 + 1 / 4 * x * y + 3 * torch.sin(y) ** 2


x = torch.tensor(2.0, requires_grad=True)
y = torch.tensor(1.0, requires_grad=True)
params = [x, y]
optimizer = torch.optim.Adam(params, lr=0.05, betas=(0.9, 0.999), eps=1e-08, weight_decay=0.01)
scheduler = torch.optim.lr_scheduler.SequentialLR(optimizer, [torch.optim.lr_scheduler.LinearLR(optimizer, start_factor=0.3333333333333333, end_factor=1.0, total_iters=5), torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max=45, eta_min=0.0)], milestones=[5])
steps = 50

for t in range(1, steps + 1):  # Descent ran all 50 steps
    optimizer.zero_grad()  # forget the last step's gradient
    f = loss(*params)
    f.backward()  # autograd: the gradient of f into each p.grad
    optimizer.step()  # one Adam update
    scheduler.step()  # the next learning rate

print("final =", [p.item() for p in params])
with torch.no_grad():
    print("loss =", loss(*params).item())

