import Testing
import Optimization

/// Five steps on Rosenbrock from (−1.2, 1), against torch 2.15 `torch.optim` in float64
/// (the gradient fed to torch as `p.grad`, computed by the same formula as
/// `Objectives.rosenbrock`, so only the optimizers' arithmetic is compared).
@Suite struct TorchReferenceTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let settings: String
        let kind: OptimizerKind
        let adjust: @Sendable (inout Hyperparameters) -> Void
        let points: [[Double]]
        var testDescription: String { settings }
    }

    static let cases: [Case] = [
        Case(
            settings: "SGD lr 1e-3", kind: .sgd, adjust: { $0.learningRate = 1e-3 },
            points: [[-0.9843999999999999, 1.088], [-1.0272715665664, 1.0642086720000001], [-1.0268830682337082, 1.0624243118951573], [-1.0260888245031374, 1.0608372166811408], [-1.0253114876941536, 1.0592414284989586]]),
        Case(
            settings: "SGD lr 1e-3, momentum 0.8, dampening 0.3, weight_decay 0.1", kind: .momentum, adjust: { $0.learningRate = 1e-3; $0.momentum = 0.8; $0.dampening = 0.3; $0.weightDecay = 0.1 },
            points: [[-0.9842799999999999, 1.0879], [-0.8416789160203494, 1.1414708435760001], [-0.8270171141888792, 1.1236209730513564], [-0.9144825828957125, 1.0477095099389202], [-1.0358486887992153, 0.9573066436105726]]),
        Case(
            settings: "SGD lr 1e-3, momentum 0.9", kind: .momentum, adjust: { $0.learningRate = 1e-3 },
            points: [[-0.9843999999999999, 1.088], [-0.8332315665664, 1.143408672], [-0.8432065067430704, 1.1034497111045394], [-0.9808649398796438, 0.9889961466804872], [-1.1113499522431685, 0.8806079154197622]]),
        Case(
            settings: "SGD lr 1e-3, momentum 0.9, nesterov", kind: .nesterov, adjust: { $0.learningRate = 1e-3 },
            points: [[-0.79036, 1.1672], [-0.9348047231690214, 1.032318193248], [-1.0188861829366709, 0.948365997183422], [-0.9675361088906598, 0.93544148033372], [-0.9498999660710464, 0.9079122288176898]]),
        Case(
            settings: "Adagrad lr 0.1", kind: .adagrad, adjust: { $0.learningRate = 0.1 },
            points: [[-1.1000000000000463, 1.0999999999998864], [-1.0762981580588176, 1.1242535625035377], [-1.0678298518664955, 1.1317650331037847], [-1.0643458624393447, 1.1336325753156797], [-1.0626464211982958, 1.133456613823318]]),
        Case(
            settings: "Adagrad lr 0.1, lr_decay 0.5, weight_decay 0.2, initial_accumulator_value 0.3", kind: .adagrad, adjust: { $0.learningRate = 0.1; $0.learningRateDecay = 0.5; $0.weightDecay = 0.2; $0.initialAccumulatorValue = 0.3 },
            points: [[-1.100000321977378, 1.0999980542386296], [-1.084153095388369, 1.116049229187813], [-1.0774375689091928, 1.1224326451309885], [-1.073719086432718, 1.1256947997415612], [-1.0713518503909625, 1.127589594228195]]),
        Case(
            settings: "RMSprop lr 0.01", kind: .rmsprop, adjust: { $0.learningRate = 0.01 },
            points: [[-1.100000000046382, 1.0999999998863637], [-1.076185508403677, 1.1243685088457427], [-1.0677047397249682, 1.1318742774380115], [-1.064242363290068, 1.13368567058998], [-1.0625622494376303, 1.1334448836360989]]),
        Case(
            settings: "RMSprop lr 0.01, momentum 0.5, centered, weight_decay 0.1", kind: .rmsprop, adjust: { $0.learningRate = 0.01; $0.momentum = 0.5; $0.centered = true; $0.weightDecay = 0.1 },
            points: [[-1.0994962185209034, 1.1005037814110064], [-1.025536156414328, 1.1748743998210889], [-1.0092982092775615, 1.1853382349728818], [-1.0284383938388777, 1.1565273227850617], [-1.0536319674783987, 1.122206677575342]]),
        Case(
            settings: "Adam lr 0.1", kind: .adam, adjust: { $0.learningRate = 0.1 },
            points: [[-1.1000000000046382, 1.0999999999886363], [-1.017259582788236, 1.1830597533458147], [-0.9709867583811591, 1.2242180561995206], [-0.9608829586707753, 1.2236970659053639], [-0.9751825797273527, 1.1972757977820128]]),
        Case(
            settings: "Adam lr 0.1, betas (0.8, 0.99), weight_decay 0.1", kind: .adam, adjust: { $0.learningRate = 0.1; $0.beta1 = 0.8; $0.beta2 = 0.99; $0.weightDecay = 0.1 },
            points: [[-1.1000000000046355, 1.0999999999886234], [-1.0201151638339774, 1.1801552018358366], [-0.9803140003655297, 1.2145356878109903], [-0.9784982351918416, 1.2055456976569057], [-1.0006981996367972, 1.1711408466926307]]),
        Case(
            settings: "AdamW lr 0.1", kind: .adamw, adjust: { $0.learningRate = 0.1 },
            points: [[-1.098800000004638, 1.0989999999886364], [-1.015152951752083, 1.180763950174303], [-0.9682499222464368, 1.22025675391552], [-0.9575191126450217, 1.2180487017788115], [-0.9711024529901685, 1.1900416333892654]]),
    ]

    @Test(arguments: cases)
    func matchesTorchDigitForDigit(_ c: Case) throws {
        var h = Hyperparameters(for: c.kind)
        c.adjust(&h)
        let run = try Run(kind: c.kind, hyperparameters: h, objective: Objectives.rosenbrock, start: [-1.2, 1], steps: 5, tol: 0)
        for (k, expected) in c.points.enumerated() {
            let row = k + 1
            #expect(run.table[row, 1] == expected[0], "x at step \(row)")
            #expect(run.table[row, 2] == expected[1], "y at step \(row)")
        }
    }

    struct LongCase: CustomTestStringConvertible, Sendable {
        let settings: String
        let kind: OptimizerKind
        let adjust: @Sendable (inout Hyperparameters) -> Void
        let final: [Double]
        var testDescription: String { settings }
    }

    static let longCases: [LongCase] = [
        LongCase(settings: "Adam lr 0.01", kind: .adam, adjust: { $0.learningRate = 0.01 },
                 final: [-0.12021127799811612, 0.015458278546678108]),
        LongCase(settings: "AdamW lr 0.01, weight_decay 0.1", kind: .adamw, adjust: { $0.learningRate = 0.01; $0.weightDecay = 0.1 },
                 final: [0.23967311640847194, 0.056113131572288234]),
        LongCase(settings: "SGD lr 1e-3, momentum 0.9, nesterov", kind: .nesterov, adjust: { $0.learningRate = 1e-3 },
                 final: [0.9941428343944045, 0.9882964533976959]),
        LongCase(settings: "RMSprop lr 1e-3, momentum 0.9, centered", kind: .rmsprop,
                 adjust: { $0.learningRate = 1e-3; $0.momentum = 0.9; $0.centered = true },
                 final: [0.9888580651604979, 0.9778046319332425]),
    ]

    @Test(arguments: longCases)
    func thousandStepsEndWhereTorchEnds(_ c: LongCase) throws {
        var h = Hyperparameters(for: c.kind)
        c.adjust(&h)
        let run = try Run(kind: c.kind, hyperparameters: h, objective: Objectives.rosenbrock, start: [-1.2, 1], steps: 1000, tol: 0, record: false)
        #expect(run.stopReason == .completed)
        #expect(run.finalPoint == c.final)
    }
}
