import Foundation
import FoundationXML
import Kernel
import Plotting
import Testing

/// Every builtin that draws hands its front end a ``Plot`` of the right kind, as data,
/// and each of those plots has a well-formed SVG for a notebook.
@Suite struct PlotOutputTests {
    enum Kind: String, Sendable { case line, contour, bars }

    struct Case: CustomTestStringConvertible, Sendable {
        /// Cells run in one session; the last one's output is checked.
        var cells: [String]
        /// The kinds of the plots in the output, in order.
        var kinds: [Kind]
        var testDescription: String { cells.last ?? "" }
    }

    static let cases: [Case] = [
        Case(cells: ["plot([sin(x), cos(x)], x = -pi..pi)"], kinds: [.line]),
        Case(cells: ["plot(2 + 3*(1 - 2*0.9)^k, k = 0..20, step = 1)"], kinds: [.line]),
        Case(cells: ["scatter([1, 2, 3, 4, 5], [2, 4, 5, 4, 5], 0.6*x + 2.2)"], kinds: [.line]),
        Case(cells: ["contour((1-x)^2 + 100*(y-x^2)^2, x = -2..2, y = -1..3, log = true)"], kinds: [.contour]),
        Case(cells: ["bars([1, 0.1, 1e-3, 1e-5], log = true)"], kinds: [.bars]),
        Case(cells: ["lrplot([stepdecay(every = 25, factor = 0.5), cosine(steps = 100)], steps = 100)"],
             kinds: [.line]),
        Case(cells: ["sgd((w - 2)^2, w = 5, lr = 0.1, steps = 5)"], kinds: [.line]),
        Case(cells: ["r = sgd((w - 2)^2, w = 5, lr = 0.1, steps = 5)", "r.plot"], kinds: [.line]),
        Case(cells: ["adam((1-x)^2 + 100*(y-x^2)^2, x = -1.2, y = 1, lr = 0.01, steps = 50)"],
             kinds: [.line, .contour]),
        Case(cells: ["r = momentum(x^2 + 3*y^2, x = 1, y = 1, lr = 0.05, steps = 20)", "r.contour"],
             kinds: [.contour]),
        Case(cells: ["lrsweep((w-2)^2, w = 5, lrs = [0.01, 0.1, 0.5], steps = 30)"], kinds: [.line]),
        Case(cells: ["compare(x^2 + 3*y^2, x = 1, y = 2, methods = [sgd, adam], lr = 0.05, steps = 30)"],
             kinds: [.line, .contour]),
        Case(cells: ["fit(w*x + b, x = [1,2,3,4,5], y = [2,4,5,4,5], params = [w, b], lr = 0.01, steps = 100)"],
             kinds: [.line, .line]),
        Case(cells: ["r = fit(w*x + b, x = [1,2,3,4,5], y = [2,4,5,4,5], params = [w, b], lr = 0.01, steps = 100)",
                     "r.plot"],
             kinds: [.line]),
        Case(cells: ["sigmoidchain(n = 6)"], kinds: [.bars]),
        Case(cells: ["layers(depth = 5, width = 8, activation = sigmoid, init = xavier, seed = 1)"], kinds: [.bars]),
    ]

    @Test(arguments: cases)
    func eachDrawingComesBackAsItsKindOfPlotWithAnSVG(_ example: Case) throws {
        let session = Session()
        var output: Output?
        for cell in example.cells { output = session.execute(cell).output }
        let plots = Self.plots(in: try #require(output))
        #expect(plots.map(Self.kind) == example.kinds)
        for plot in plots {
            let options = TextRenderer(settings: session.settings).renderOptions
            let svg = try #require(SVGRenderer(options: options).svg(of: plot))
            #expect(svg.hasPrefix("<svg"))
            #expect(XMLParser(data: Data(svg.utf8)).parse(), "the SVG is well-formed XML")
        }
    }

    @Test func thePlotsTerminalTextIsItsKindsText() throws {
        let session = Session()
        let output = try #require(session.execute("bars([3, 1, 2])").output)
        guard case .plot(.bars(let chart)) = output else {
            Issue.record("bars gave no bar chart")
            return
        }
        let options = TextRenderer(settings: session.settings).renderOptions
        #expect(Plot.bars(chart).render(options) == chart.render(options))
        #expect(TextRenderer(settings: session.settings).render(output) == chart.text(options))
    }

    static func plots(in output: Output) -> [Plot] {
        switch output {
        case .plot(let plot): [plot]
        case .sequence(let parts), .list(let parts): parts.flatMap(plots)
        default: []
        }
    }

    static func kind(_ plot: Plot) -> Kind {
        switch plot {
        case .line: .line
        case .contour: .contour
        case .bars: .bars
        }
    }
}
